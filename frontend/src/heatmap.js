// The layers x steps heatmap: one row per tensor (dataflow order), one column
// per step bucket, colour = log10 of the largest |x| in the bucket, NaN and Inf
// cells in colours of their own. Drawn as one ImageData at bucket resolution and
// scaled up, so 400 rows x 1000 buckets is a single putImageData.
import { h, clear } from "./dom.js";
import { fmt } from "./format.js";
import { colors } from "./theme.js";

const VIRIDIS = [
  [68, 1, 84],
  [72, 40, 120],
  [62, 74, 137],
  [49, 104, 142],
  [38, 130, 142],
  [31, 158, 137],
  [53, 183, 121],
  [109, 205, 89],
  [180, 222, 44],
  [253, 231, 37],
];

function lut() {
  const out = new Uint8ClampedArray(256 * 3);
  for (let i = 0; i < 256; i++) {
    const t = (i / 255) * (VIRIDIS.length - 1);
    const k = Math.min(VIRIDIS.length - 2, Math.floor(t));
    const f = t - k;
    for (let c = 0; c < 3; c++) out[i * 3 + c] = VIRIDIS[k][c] * (1 - f) + VIRIDIS[k + 1][c] * f;
  }
  return out;
}
const LUT = lut();

function parseColor(css) {
  const m = /^#([0-9a-f]{6})$/i.exec(css.trim());
  if (m) {
    const n = parseInt(m[1], 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  const r = /rgba?\(([^)]+)\)/.exec(css);
  if (r) return r[1].split(",").slice(0, 3).map((x) => Number(x.trim()));
  return [128, 128, 128];
}

function toNum(v) {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return v;
  if (v === "NaN") return NaN;
  if (v === "Inf") return Infinity;
  if (v === "-Inf") return -Infinity;
  return Number(v);
}

// A bucket without a statistics step has only the trace L2 norm, which bounds max |x| from
// above: on a healthy run that made every statistics step (every log_every-th) a darker column,
// stripes that look like events. Per row, the L2 buckets are brought to the max |x| scale by the
// median gap (in log10) between L2 buckets and their nearest max |x| buckets, so only real changes
// show. Returns [the magnitudes to draw (numbers, null: none), the gap per row (0: none)].
export function calibrate(mag, source, R, B) {
  const vals = [];
  for (let r = 0; r < R; r++) vals.push(Array.from({ length: B }, (_, b) => toNum(mag[r][b])));
  const gaps = new Array(R).fill(0);
  if (!Array.isArray(source) || !source.includes("max_abs") || !source.includes("l2")) return [vals, gaps];
  const prev = new Array(B).fill(-1);
  const next = new Array(B).fill(-1);
  for (let b = 0, last = -1; b < B; b++) {
    if (source[b] === "max_abs") last = b;
    prev[b] = last;
  }
  for (let b = B - 1, last = -1; b >= 0; b--) {
    if (source[b] === "max_abs") last = b;
    next[b] = last;
  }
  for (let r = 0; r < R; r++) {
    const row = vals[r];
    const d = [];
    for (let b = 0; b < B; b++) {
      if (source[b] !== "l2" || !Number.isFinite(row[b])) continue;
      for (const n of [prev[b], next[b]]) if (n >= 0 && Number.isFinite(row[n])) d.push(row[b] - row[n]);
    }
    if (d.length < 3) continue;
    d.sort((a, b) => a - b);
    const gap = d[Math.floor(d.length / 2)];
    if (!(gap > 0)) continue;
    gaps[r] = gap;
    for (let b = 0; b < B; b++) if (source[b] === "l2" && Number.isFinite(row[b])) row[b] -= gap;
  }
  return [vals, gaps];
}

export class Heatmap {
  // data: heatmap response; opts: {onset, selRow, selStep, onCell(info)}
  constructor(el, data, opts) {
    this.el = el;
    this.data = data;
    this.opts = opts;
    this.render();
  }

  render() {
    const { el, data, opts } = this;
    clear(el);
    const rows = data.rows || [];
    const buckets = data.buckets || [];
    const R = rows.length;
    const B = buckets.length;
    if (!R || !B) {
      el.appendChild(h("div", { class: "nw-empty", text: "No statistics in this step range." }));
      return;
    }
    const c = colors();
    const rh = Math.max(3, Math.min(16, Math.floor(640 / R)));
    this.rh = rh;
    // magnitude range over finite cells
    let lo = Infinity;
    let hi = -Infinity;
    const [mag, gaps] = calibrate(data.magnitude, data.bucket_source, R, B);
    this.mag = mag;
    this.gaps = gaps;
    const nf = data.nonfinite;
    for (let r = 0; r < R; r++) {
      const row = mag[r];
      for (let b = 0; b < B; b++) {
        const v = row[b];
        if (v !== null && Number.isFinite(v)) {
          if (v < lo) lo = v;
          if (v > hi) hi = v;
        }
      }
    }
    if (!(hi >= lo)) {
      lo = 0;
      hi = 1;
    }
    if (hi - lo < 1e-9) hi = lo + 1;
    this.lo = lo;
    this.hi = hi;

    const wrap = h("div", { class: "nw-hm" });
    const labels = h("div", { class: "nw-hm-labels", style: { height: `${R * rh}px` } });
    const layers = data.layers || [];
    // rows too thin for text: label every k-th row (the tooltip names every row)
    const every = rh >= 9 ? 1 : Math.ceil(12 / rh);
    for (let r = 0; r < R; r++) {
      const shown = r % every === 0;
      const lab = h("div", {
        class: "nw-hm-label" + (opts.selLayer != null && layers[r] === opts.selLayer ? " nw-sel" : "") + (every > 1 ? " nw-thin" : ""),
        style: { height: `${rh}px`, lineHeight: every > 1 ? "12px" : `${rh}px` },
        title: rows[r],
        text: shown ? rows[r] : "",
      });
      lab.addEventListener("click", () => opts.onCell && opts.onCell({ row: r, name: rows[r], layer: layers[r] ?? null, step: null }));
      labels.appendChild(lab);
    }
    const plot = h("div", { class: "nw-hm-plot" });
    const canvas = h("canvas", { class: "nw-hm-canvas" });
    const tip = h("div", { class: "nw-tip", style: { display: "none" } });
    plot.append(canvas, tip);
    const axis = h("div", { class: "nw-hm-axis" });
    wrap.append(labels, plot);
    const legend = this._legend(c);
    el.append(wrap, axis, legend);
    this.canvas = canvas;
    this.plot = plot;
    this.tip = tip;

    // cell image at bucket resolution
    const img = document.createElement("canvas");
    img.width = B;
    img.height = R;
    const ictx = img.getContext("2d");
    const id = ictx.createImageData(B, R);
    const px = id.data;
    const nanC = parseColor(c.nan);
    const infC = parseColor(c.inf);
    const emptyC = parseColor(c.grid);
    const span = hi - lo;
    let nfCount = 0;
    for (let r = 0; r < R; r++) {
      const mrow = mag[r];
      const frow = nf ? nf[r] : null;
      for (let b = 0; b < B; b++) {
        const o = (r * B + b) * 4;
        const f = frow ? frow[b] : 0;
        let col;
        if (f === 1) {
          col = nanC;
          nfCount++;
        } else if (f === 2) {
          col = infC;
          nfCount++;
        } else {
          const v = mrow[b];
          if (v === null || Number.isNaN(v) || v === Infinity) col = emptyC;
          else {
            // "-Inf" = log10(0): all zeros, the lowest colour
            const k = v === -Infinity ? 0 : Math.max(0, Math.min(255, Math.round(((v - lo) / span) * 255))) * 3;
            px[o] = LUT[k];
            px[o + 1] = LUT[k + 1];
            px[o + 2] = LUT[k + 2];
            px[o + 3] = 255;
            continue;
          }
        }
        px[o] = col[0];
        px[o + 1] = col[1];
        px[o + 2] = col[2];
        px[o + 3] = 255;
      }
    }
    ictx.putImageData(id, 0, 0);
    this.img = img;
    el.dataset.nonfiniteCells = String(nfCount);
    this.R = R;
    this.B = B;
    this._draw();
    this._axis(axis);

    if (window.ResizeObserver) {
      if (this.ro) this.ro.disconnect();
      let lastW = plot.clientWidth;
      this.ro = new ResizeObserver(() => {
        if (Math.abs(plot.clientWidth - lastW) > 2) {
          lastW = plot.clientWidth;
          this._draw();
        }
      });
      this.ro.observe(plot);
    }
    canvas.addEventListener("mousemove", (e) => this._hover(e));
    canvas.addEventListener("mouseleave", () => (tip.style.display = "none"));
    canvas.addEventListener("click", (e) => {
      const cell = this._cellAt(e);
      if (cell && opts.onCell) opts.onCell(cell);
    });
  }

  destroy() {
    if (this.ro) this.ro.disconnect();
  }

  // {layer: [first step of a non-finite bucket, "NaN"|"Inf"]} over the rows shown.
  badLayers() {
    const d = this.data;
    const out = {};
    const layers = d.layers || [];
    (d.nonfinite || []).forEach((row, r) => {
      const layer = layers[r];
      if (layer == null) return;
      const b = row.findIndex((f) => f === 1 || f === 2);
      if (b < 0) return;
      const step = d.buckets[b][0];
      if (!(layer in out) || step < out[layer][0]) out[layer] = [step, row[b] === 1 ? "NaN" : "Inf"];
    });
    return out;
  }

  _draw() {
    const { canvas, plot, R, B, rh } = this;
    const dpr = window.devicePixelRatio || 1;
    const w = Math.max(100, plot.clientWidth || 600);
    const hgt = R * rh;
    this.w = w;
    this.hgt = hgt;
    canvas.style.width = `${w}px`;
    canvas.style.height = `${hgt}px`;
    canvas.width = Math.round(w * dpr);
    canvas.height = Math.round(hgt * dpr);
    const ctx = canvas.getContext("2d");
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(this.img, 0, 0, B, R, 0, 0, canvas.width, canvas.height);
    const c = colors();
    const { onset, selStep, selLayer } = this.opts;
    const layers = this.data.layers || [];
    if (selLayer != null) {
      ctx.strokeStyle = c.select;
      ctx.lineWidth = 1.5 * dpr;
      for (let r = 0; r < R; r++) {
        if (layers[r] === selLayer) ctx.strokeRect(0.75 * dpr, r * rh * dpr + 0.75 * dpr, canvas.width - 1.5 * dpr, rh * dpr - 1.5 * dpr);
      }
    }
    const bx = (step) => {
      const b = this._bucketOf(step);
      return b == null ? null : ((b + 0.5) / B) * canvas.width;
    };
    if (onset != null) {
      const x = bx(onset);
      if (x != null) {
        ctx.strokeStyle = c.onset;
        ctx.lineWidth = 2 * dpr;
        ctx.setLineDash([5 * dpr, 3 * dpr]);
        ctx.beginPath();
        ctx.moveTo(x, 0);
        ctx.lineTo(x, canvas.height);
        ctx.stroke();
        ctx.setLineDash([]);
      }
    }
    if (selStep != null) {
      const x = bx(selStep);
      if (x != null) {
        ctx.strokeStyle = c.select;
        ctx.lineWidth = 1 * dpr;
        ctx.beginPath();
        ctx.moveTo(x, 0);
        ctx.lineTo(x, canvas.height);
        ctx.stroke();
      }
    }
  }

  _bucketOf(step) {
    const bk = this.data.buckets;
    if (!bk.length || step < bk[0][0] || step > bk[bk.length - 1][1]) return null;
    let lo = 0;
    let hi = bk.length - 1;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (bk[m][1] < step) lo = m + 1;
      else hi = m;
    }
    return lo;
  }

  _cellAt(e) {
    const rect = this.canvas.getBoundingClientRect();
    const x = e.clientX - rect.left;
    const y = e.clientY - rect.top;
    const b = Math.floor((x / rect.width) * this.B);
    const r = Math.floor(y / this.rh);
    if (b < 0 || b >= this.B || r < 0 || r >= this.R) return null;
    const d = this.data;
    const [first, last] = d.buckets[b];
    const f = d.nonfinite ? d.nonfinite[r][b] : 0;
    return {
      row: r,
      bucket: b,
      name: d.rows[r],
      layer: (d.layers || [])[r] ?? null,
      step: first,
      first,
      last,
      magnitude: toNum(d.magnitude[r][b]),
      gap: this.gaps ? this.gaps[r] : 0,
      nonfinite: f === 1 ? "NaN" : f === 2 ? "Inf" : null,
      source: d.bucket_source ? d.bucket_source[b] : null,
      x,
      y,
    };
  }

  _hover(e) {
    const cell = this._cellAt(e);
    const tip = this.tip;
    if (!cell) {
      tip.style.display = "none";
      return;
    }
    clear(tip);
    tip.append(
      h("div", { class: "nw-tip-name", text: cell.name }),
      h("div", { text: cell.first === cell.last ? `step ${cell.first}` : `steps ${cell.first}–${cell.last}` }),
      cell.nonfinite
        ? h("div", { class: cell.nonfinite === "NaN" ? "nw-tip-nan" : "nw-tip-inf", text: `holds ${cell.nonfinite}` })
        : null,
      h("div", {
        text:
          cell.magnitude === -Infinity
            ? "max |x| = 0"
            : cell.magnitude === null || !Number.isFinite(cell.magnitude)
              ? "max |x|: no finite value"
              : `max |x| ${cell.source === "l2" ? "≤" : "="} ${fmt(Math.pow(10, cell.magnitude))} (log10 ${fmt(cell.magnitude, 3)})`,
      }),
      cell.source === "l2"
        ? h("div", {
            class: "nw-muted",
            text: cell.gap > 0
              ? `from the trace L2 norm (no statistics step here), coloured as about ${fmt(Math.pow(10, cell.magnitude - cell.gap))}: the row's usual L2 to max |x| ratio`
              : "from the trace L2 norm (no statistics step here)",
          })
        : null,
    );
    tip.style.display = "block";
    const pw = this.plot.clientWidth;
    tip.style.left = `${Math.min(cell.x + 12, pw - 230)}px`;
    tip.style.top = `${cell.y + 12}px`;
  }

  _axis(axis) {
    const bk = this.data.buckets;
    const first = bk[0][0];
    const last = bk[bk.length - 1][1];
    const mid = bk[Math.floor(bk.length / 2)][0];
    axis.append(h("span", { text: `step ${first}` }), h("span", { text: String(mid) }), h("span", { text: String(last) }));
  }

  _legend(c) {
    const grad = h("canvas", { class: "nw-hm-grad", width: 120, height: 10 });
    const g = grad.getContext("2d");
    for (let i = 0; i < 120; i++) {
      const k = Math.round((i / 119) * 255) * 3;
      g.fillStyle = `rgb(${LUT[k]},${LUT[k + 1]},${LUT[k + 2]})`;
      g.fillRect(i, 0, 1, 10);
    }
    const sw = (cls, text) => h("span", { class: "nw-sw-wrap" }, h("span", { class: `nw-sw ${cls}` }), text);
    return h(
      "div",
      { class: "nw-hm-legend" },
      h("span", { text: `max |x| 10^${fmt(this.lo, 2)}` }),
      grad,
      h("span", { text: `10^${fmt(this.hi, 2)}` }),
      sw("nw-sw-nan", "NaN"),
      sw("nw-sw-inf", "Inf"),
      sw("nw-sw-empty", "not logged"),
    );
  }
}
