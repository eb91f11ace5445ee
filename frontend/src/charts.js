// uPlot wrappers: aligned series with exact hover values (NaN/Inf shown as
// such, plotted as gaps with a marker), log scales, the onset marker, the
// shaded window before the onset, the selected step, drag-to-zoom and click.
import uPlot from "uplot";
import { fmt } from "./format.js";
import { colors } from "./theme.js";

const charts = new Set();

export function destroyAll(root) {
  for (const c of [...charts]) {
    if (!root || root.contains(c.el)) c.destroy();
  }
}

function isPos(v) {
  return typeof v === "number" && Number.isFinite(v) && v > 0;
}

// marks: [{kind: "skip"|"spike"|"rollback", step, from, title}]: the run's events. A skipped
// update is a tick at the foot of the plot, a spike a dashed line, a rollback a line with the
// dropped steps `from`..`step` shaded; each has a label (its title on hover).
// series: [{label, steps, values, color, width, dash, scale, band: "lo"|"hi"}]
// hlines: [{value, label, text, scale, color}]: horizontal dashed reference lines (a
// constant predictor's loss): drawn as constant series, so the y range takes them in and the
// legend shows their value; `text` labels the line on the plot.
export class Chart {
  constructor(el, opts) {
    this.el = el;
    this.opts = opts;
    this.u = null;
    charts.add(this);
    this._build();
    if (window.ResizeObserver) {
      this.ro = new ResizeObserver(() => this._resize());
      this.ro.observe(el);
    }
  }

  destroy() {
    charts.delete(this);
    if (this.ro) this.ro.disconnect();
    if (this.u) this.u.destroy();
    this.u = null;
  }

  _width() {
    return Math.max(120, Math.floor(this.el.clientWidth || this.opts.width || 300));
  }

  _resize() {
    if (!this.u) return;
    const w = this._width();
    if (Math.abs(w - this.u.width) > 2) this.u.setSize({ width: w, height: this.opts.height });
  }

  _build() {
    const o = this.opts;
    const c = colors();
    const tables = o.series.map((s) => [s.steps, s.values]);
    let data;
    if (tables.length === 1) data = [tables[0][0], tables[0][1]];
    else if (tables.every((t) => t[0] === tables[0][0])) data = [tables[0][0], ...tables.map((t) => t[1])];
    else data = uPlot.join(tables);
    const xs = Array.from(data[0]);
    const raw = data.slice(1).map((a) => Array.from(a));
    this.raw = raw;
    this.xs = xs;

    // Which scales can be log: those whose series hold a positive value.
    const scaleNames = [...new Set(o.series.map((s) => s.scale || "y"))];
    const logOk = {};
    for (const sc of scaleNames) {
      logOk[sc] = !!o.log && o.series.some((s, i) => (s.scale || "y") === sc && raw[i].some(isPos));
    }
    const plotted = raw.map((arr, i) => {
      const sc = o.series[i].scale || "y";
      const log = logOk[sc];
      const out = new Array(arr.length);
      for (let j = 0; j < arr.length; j++) {
        const v = arr[j];
        if (v === undefined) out[j] = undefined;
        else if (v === null || !Number.isFinite(v) || (log && v <= 0)) out[j] = null;
        else out[j] = v;
      }
      return out;
    });
    // Non-finite markers: step -> "nan"|"inf".
    const bad = [];
    for (let j = 0; j < xs.length; j++) {
      let kind = null;
      for (const arr of raw) {
        const v = arr[j];
        if (typeof v === "number" && !Number.isFinite(v)) {
          kind = Number.isNaN(v) ? "nan" : "inf";
          if (kind === "nan") break;
        }
      }
      if (kind) bad.push([xs[j], kind]);
    }
    this.bad = bad;

    // Reference lines: constant series over the same steps, on a scale the chart already has.
    const hlines = [];
    for (const l of o.hlines || []) {
      const sc = l.scale || "y";
      const v = Number(l.value);
      if (!scaleNames.includes(sc) || !Number.isFinite(v) || (logOk[sc] && v <= 0) || !xs.length) continue;
      hlines.push({ ...l, value: v, scale: sc });
      raw.push(xs.map(() => v));
      plotted.push(xs.map(() => v));
    }
    this.hlines = hlines;

    const scales = { x: { time: false, range: (u, mn, mx) => this._xRange(mn, mx) } };
    for (const sc of scaleNames) {
      scales[sc] = logOk[sc]
        ? { distr: 3, log: 10, range: (u, mn, mx) => (mn == null ? [1e-3, 1] : uPlot.rangeLog(mn, mx, 10, true)) }
        : {
            range: (u, mn, mx) => {
              if (mn == null) return [0, 1];
              // a constant series (float32 noise included: the mean of ones is 0.99999994) gets a
              // padded range: uPlot's tick search loops forever on a span below float precision
              if (mx - mn <= 1e-6 * Math.max(Math.abs(mn), Math.abs(mx))) {
                const mid = (mn + mx) / 2;
                return [mid - Math.abs(mid || 1) * 0.5, mid + Math.abs(mid || 1) * 0.5];
              }
              return uPlot.rangeNum(mn, mx, 0.1, true);
            },
          };
    }
    const font = "11px system-ui, sans-serif";
    const axis = (scale, side) => ({
      scale,
      side,
      stroke: c.muted,
      font,
      // wide enough for the longest tick label
      size: (u, values) => {
        let n = 0;
        for (const v of values || []) n = Math.max(n, String(v).length);
        return Math.max(o.compact ? 30 : 40, Math.ceil(n * 6.6) + 14);
      },
      gap: 3,
      grid: { stroke: c.grid, width: 1, show: side !== 1 },
      ticks: { stroke: c.grid, width: 1, size: 4 },
      values: (u, vals) => vals.map((v) => (v == null ? "" : fmt(v, 2))),
    });
    const axes = [
      {
        stroke: c.muted,
        font,
        size: o.compact ? 22 : 30,
        grid: { stroke: c.grid, width: 1 },
        ticks: { stroke: c.grid, width: 1, size: 4 },
        values: (u, vals) => vals.map((v) => (v == null ? "" : String(Math.round(v)))),
      },
    ];
    scaleNames.forEach((sc, i) => axes.push(axis(sc, i === 0 ? 3 : 1)));

    const series = [
      { label: "step", value: (u, v) => (v == null ? "–" : String(Math.round(v))) },
      ...o.series.map((s, i) => ({
        label: s.label,
        scale: s.scale || "y",
        stroke: s.color || c.series[i % c.series.length],
        width: s.width || 1.5,
        dash: s.dash,
        spanGaps: false,
        points: { show: (u, si, i0, i1) => i1 - i0 < 40, size: 4 },
        value: (u, v, si, idx) => (idx == null ? "–" : fmt(this.raw[si - 1][idx])),
      })),
      ...hlines.map((l) => ({
        label: l.label,
        scale: l.scale,
        stroke: l.color || c.muted,
        width: 1.5,
        dash: [6, 4],
        spanGaps: true,
        points: { show: false },
        // the value is the same at every step: shown with or without a cursor
        value: () => fmt(l.value),
      })),
    ];
    const bands = [];
    const hi = o.series.findIndex((s) => s.band === "hi");
    const lo = o.series.findIndex((s) => s.band === "lo");
    if (hi >= 0 && lo >= 0) bands.push({ series: [hi + 1, lo + 1], fill: c.band });

    const self = this;
    const opts = {
      width: this._width(),
      height: o.height || 200,
      class: "nw-uplot",
      scales,
      axes,
      series,
      bands,
      legend: { show: o.legend !== false, live: true },
      padding: [8, 6, 0, 2],
      cursor: {
        sync: o.syncKey ? { key: o.syncKey, setSeries: false } : undefined,
        drag: { x: true, y: false, setScale: false },
        points: { size: 5 },
      },
      select: { show: true },
      hooks: {
        draw: [(u) => self._drawOverlay(u)],
        setSelect: [
          (u) => {
            const s = u.select;
            if (s.width > 4 && o.onRange) {
              const a = Math.round(u.posToVal(s.left, "x"));
              const b = Math.round(u.posToVal(s.left + s.width, "x"));
              u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
              self._dragged = true;
              o.onRange(a, b);
            }
          },
        ],
        ready: [(u) => self._ready(u)],
      },
    };
    this.u = new uPlot(opts, [xs, ...plotted], this.el);
    this._synced = !!o.syncKey;
  }

  _xRange(mn, mx) {
    const r = this.opts.range;
    if (r && r[0] != null && r[1] != null && r[1] > r[0]) return [r[0], r[1]];
    if (mn == null) return [0, 1];
    if (mn === mx) return [mn - 1, mx + 1];
    return [mn, mx];
  }

  _ready(u) {
    const o = this.opts;
    const over = u.over;
    if (o.onset != null) {
      const lab = document.createElement("div");
      lab.className = "nw-onset-label";
      lab.dataset.step = String(o.onset);
      lab.textContent = `onset ${o.onset}`;
      over.appendChild(lab);
      this.onsetLabel = lab;
      this._placeLabel();
    }
    this.markLabels = (o.marks || []).filter((m) => m.kind !== "skip").map((m, i) => {
      const lab = document.createElement("div");
      lab.className = `nw-mark nw-mark-${m.kind}`;
      lab.style.top = `${14 + 13 * (i % 3)}px`; // neighbours on three rows
      lab.dataset.kind = m.kind;
      lab.dataset.step = String(m.step);
      lab.textContent = m.kind === "rollback" ? "rollback" : "spike";
      lab.title = m.title || "";
      over.appendChild(lab);
      return [lab, m];
    });
    this.hlineLabels = this.hlines.map((l) => {
      const lab = document.createElement("div");
      lab.className = "nw-hline-label";
      lab.dataset.value = String(l.value);
      lab.textContent = l.text || l.label;
      lab.title = l.text || l.label;
      over.appendChild(lab);
      return lab;
    });
    this._placeLabel();
    let down = null;
    over.addEventListener("mousedown", (e) => {
      down = [e.clientX, e.clientY];
      this._dragged = false;
    });
    over.addEventListener("click", (e) => {
      if (!o.onStep || this._dragged) return;
      if (down && Math.abs(e.clientX - down[0]) > 3) return;
      const left = u.cursor.left;
      if (left == null || left < 0) return;
      const step = Math.round(u.posToVal(left, "x"));
      o.onStep(this._nearestStep(step));
    });
    over.addEventListener("dblclick", () => {
      if (o.onReset) o.onReset();
    });
  }

  _nearestStep(step) {
    const xs = this.xs;
    if (!xs.length) return step;
    let lo = 0;
    let hi = xs.length - 1;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (xs[m] < step) lo = m + 1;
      else hi = m;
    }
    if (lo > 0 && Math.abs(xs[lo - 1] - step) < Math.abs(xs[lo] - step)) lo--;
    return xs[lo];
  }

  _placeLabel() {
    if (!this.u) return;
    (this.hlineLabels || []).forEach((lab, i) => {
      const l = this.hlines[i];
      const y = this.u.valToPos(l.value, l.scale);
      const hgt = this.u.over.clientHeight || this.u.bbox.height / devicePixelRatio;
      lab.style.display = y >= 0 && y <= hgt + 0.5 ? "" : "none";
      lab.style.top = `${y}px`;
      // near the top the label goes below the line
      lab.classList.toggle("nw-below", y < 16);
      lab.dataset.y = String(y);
    });
    const w = this.u.over.clientWidth || this.u.bbox.width / devicePixelRatio;
    for (const [lab, m] of this.markLabels || []) {
      const mx = this.u.valToPos(m.step, "x");
      lab.style.display = mx >= 0 && mx <= w + 0.5 ? "" : "none";
      lab.style.left = `${mx}px`;
      lab.classList.toggle("nw-left", mx > w - 60);
    }
    if (!this.onsetLabel) return;
    const x = this.u.valToPos(this.opts.onset, "x");
    const vis = x >= 0 && x <= w + 0.5;
    this.onsetLabel.style.display = vis ? "" : "none";
    this.onsetLabel.style.left = `${x}px`;
    // near the right edge the label goes left of the line
    this.onsetLabel.classList.toggle("nw-left", x > w - 70);
    this.onsetLabel.dataset.x = String(x);
  }

  _drawOverlay(u) {
    const o = this.opts;
    const c = colors();
    const ctx = u.ctx;
    const { left, top, width, height } = u.bbox;
    const dpr = devicePixelRatio || 1;
    const X = (v) => u.valToPos(v, "x", true);
    ctx.save();
    ctx.setLineDash([]); // uPlot may leave a dashed series' dash set
    ctx.beginPath();
    ctx.rect(left, top, width, height);
    ctx.clip();
    if (o.onset != null && o.windowStart != null && o.windowStart < o.onset) {
      const a = Math.max(left, X(o.windowStart));
      const b = Math.min(left + width, X(o.onset));
      if (b > a) {
        ctx.fillStyle = c.window;
        ctx.fillRect(a, top, b - a, height);
      }
    }
    for (const m of o.marks || []) {
      const x = Math.round(X(m.step)) + 0.5;
      ctx.strokeStyle = ctx.fillStyle = c[m.kind] || c.muted;
      if (m.kind === "skip") {
        ctx.beginPath();
        ctx.moveTo(x, top + height);
        ctx.lineTo(x - 4 * dpr, top + height - 7 * dpr);
        ctx.lineTo(x + 4 * dpr, top + height - 7 * dpr);
        ctx.closePath();
        ctx.fill();
        continue;
      }
      if (m.kind === "rollback" && m.from != null && m.from < m.step) {
        const a = Math.max(left, X(m.from));
        ctx.globalAlpha = 0.15;
        ctx.fillRect(a, top, Math.max(0, x - a), height);
        ctx.globalAlpha = 1;
      }
      ctx.lineWidth = 1.5 * dpr;
      ctx.setLineDash(m.kind === "spike" ? [3 * dpr, 3 * dpr] : []);
      ctx.beginPath();
      ctx.moveTo(x, top);
      ctx.lineTo(x, top + height);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    for (const [step, kind] of this.bad) {
      const x = X(step);
      ctx.fillStyle = kind === "nan" ? c.nan : c.inf;
      ctx.beginPath();
      ctx.moveTo(x - 3.5 * dpr, top);
      ctx.lineTo(x + 3.5 * dpr, top);
      ctx.lineTo(x, top + 6 * dpr);
      ctx.closePath();
      ctx.fill();
    }
    if (o.onset != null) {
      const x = Math.round(X(o.onset)) + 0.5;
      ctx.strokeStyle = c.onset;
      ctx.lineWidth = 2 * dpr;
      ctx.beginPath();
      ctx.moveTo(x, top);
      ctx.lineTo(x, top + height);
      ctx.stroke();
    }
    if (o.selStep != null) {
      const x = Math.round(X(o.selStep)) + 0.5;
      ctx.strokeStyle = c.select;
      ctx.lineWidth = 1 * dpr;
      ctx.setLineDash([4 * dpr, 3 * dpr]);
      ctx.beginPath();
      ctx.moveTo(x, top);
      ctx.lineTo(x, top + height);
      ctx.stroke();
    }
    ctx.restore();
    this._placeLabel();
  }

  // Cursor sync costs one redraw per synced chart per mouse move: charts
  // scrolled out of view leave the sync group and rejoin when visible.
  setSynced(on) {
    if (!this.u || !this.opts.syncKey || this._synced === on) return;
    this._synced = on;
    const g = uPlot.sync(this.opts.syncKey);
    if (on) g.sub(this.u);
    else g.unsub(this.u);
  }

  setSelStep(step) {
    this.opts.selStep = step;
    if (this.u) this.u.redraw(false, false);
  }
}

// For the benchmark and tests: how many charts the hover cursor is synced across.
export function syncedCount(key = "nw") {
  return uPlot.sync(key).plots.length;
}
