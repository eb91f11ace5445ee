// Number formatting for labels, legends and tooltips.

// 1.2e4, 3e-7: the exponent form without "+" and without trailing zeros in the mantissa.
export function expo(v, digits = 4) {
  const [m, e] = v.toExponential(Math.max(0, digits - 1)).split("e");
  const mant = m.includes(".") ? m.replace(/0+$/, "").replace(/\.$/, "") : m;
  return `${mant}e${Number(e)}`;
}

export function fmt(v, digits = 4) {
  if (v === null || v === undefined) return "–";
  if (typeof v !== "number") return String(v);
  if (Number.isNaN(v)) return "NaN";
  if (v === Infinity) return "Inf";
  if (v === -Infinity) return "-Inf";
  if (v === 0) return "0";
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-3) return expo(v, digits);
  return String(Number(v.toPrecision(digits)));
}

export function fmtStep(s) {
  if (s === null || s === undefined) return "–";
  return String(s);
}

export function isBad(v) {
  return typeof v === "number" && !Number.isFinite(v);
}

// "1 rollback", "3 rollbacks"; `many` defaults to one + "s".
export function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many || one + "s"}`;
}
