// Fetches the plugin's JSON routes. URLs are relative to this module, which
// TensorBoard serves at /data/plugin/tb_nanwatch/index.js, so "runs" means
// /data/plugin/tb_nanwatch/runs whatever the iframe's <base> or location is.

const BASE = new URL("./", import.meta.url);

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function url(route, params) {
  const u = new URL(route, BASE);
  if (params) {
    for (const [k, v] of Object.entries(params)) {
      if (v === undefined || v === null) continue;
      if (Array.isArray(v)) for (const x of v) u.searchParams.append(k, String(x));
      else u.searchParams.set(k, String(v));
    }
  }
  return u.toString();
}

export async function get(route, params, signal) {
  const res = await fetch(url(route, params), { signal, credentials: "same-origin" });
  if (!res.ok) {
    let msg = res.statusText;
    try {
      const body = await res.text();
      if (body) msg = body.slice(0, 300);
    } catch (_) {
      /* ignore */
    }
    throw new ApiError(res.status, `${route}: ${res.status} ${msg}`);
  }
  return res.json();
}

// Non-finite numbers arrive as strings. Returns a JS number (NaN/Infinity
// kept) or null for "no value".
export function num(v) {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return v;
  if (v === "NaN" || v === "nan") return NaN;
  if (v === "Inf" || v === "Infinity" || v === "inf" || v === "+Inf") return Infinity;
  if (v === "-Inf" || v === "-Infinity" || v === "-inf") return -Infinity;
  const x = Number(v);
  return Number.isNaN(x) ? null : x;
}

export function nums(arr) {
  const out = new Array(arr ? arr.length : 0);
  for (let i = 0; i < out.length; i++) {
    const v = arr[i];
    out[i] = typeof v === "number" ? v : num(v);
  }
  return out;
}
