// The view state lives in the iframe's location hash (and is mirrored into the
// TensorBoard page's hash as p.tb_nanwatch.<key>), so a view can be shared.
// Keys: run, layer, step, start, end.

const KEYS = ["run", "layer", "step", "start", "end"];
const INT_KEYS = new Set(["step", "start", "end"]);

export function parseState(obj) {
  const s = {};
  for (const k of KEYS) {
    let v = obj ? obj[k] : undefined;
    if (v === undefined || v === null || v === "") continue;
    if (INT_KEYS.has(k)) {
      v = Number(v);
      if (!Number.isFinite(v)) continue;
      v = Math.round(v);
    } else v = String(v);
    s[k] = v;
  }
  return s;
}

export function readHash() {
  const p = new URLSearchParams(window.location.hash.replace(/^#/, ""));
  const o = {};
  for (const k of KEYS) if (p.has(k)) o[k] = p.get(k);
  return parseState(o);
}

export function writeHash(state) {
  const p = new URLSearchParams();
  for (const k of KEYS) {
    const v = state[k];
    if (v === undefined || v === null || v === "") continue;
    p.set(k, String(v));
  }
  const hash = p.toString();
  const u = new URL(window.location.href);
  u.hash = hash;
  if (u.href !== window.location.href) window.history.replaceState(null, "", u.href);
}

export function sameState(a, b) {
  return KEYS.every((k) => (a[k] ?? null) === (b[k] ?? null));
}
