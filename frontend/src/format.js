// Number formatting for labels, legends and tooltips.

export function fmt(v, digits = 4) {
  if (v === null || v === undefined) return "–";
  if (typeof v !== "number") return String(v);
  if (Number.isNaN(v)) return "NaN";
  if (v === Infinity) return "Inf";
  if (v === -Infinity) return "-Inf";
  if (v === 0) return "0";
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-3) return v.toExponential(Math.max(0, digits - 1));
  return String(Number(v.toPrecision(digits)));
}

export function fmtStep(s) {
  if (s === null || s === undefined) return "–";
  return String(s);
}

export function isBad(v) {
  return typeof v === "number" && !Number.isFinite(v);
}
