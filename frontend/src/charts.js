// uPlot wrappers: aligned series with exact hover values (NaN/Inf shown as
// such, plotted as gaps with a marker), log scales, the onset marker, the
// shaded window before the onset, the selected step, drag-to-zoom and click.
import uPlot from "uplot";
import { expo, fmt } from "./format.js";
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

// 10^e and m*10^e exactly as decimal literals (Math.pow(10, -5) is 0.000009999999999999999)
const p10 = (e, m = 1) => Number(`${m}e${e}`);

// Whole-number steps for the step axis: 1 2 5 10 20 25 50 ... (never 0.5: a 3-step run reads 0 1 2)
const STEP_INCRS = [];
for (let e = 0; e <= 12; e++) for (const m of [1, 2, 2.5, 5]) if (Number.isInteger(p10(e, m))) STEP_INCRS.push(p10(e, m));

// Ticks of a log axis: decades, every k-th decade when there are more than fit (one label per
// `space` px), with the 2x and 5x multiples added when a narrow range leaves room; `floor`, the
// value zeros are drawn at, is always a tick (labelled 0).
export function logSplits(min, max, heightPx, space = 24, floor = null) {
  if (!(min > 0) || !(max > 0) || !(max >= min)) return [];
  const fit = Math.max(2, Math.floor(heightPx / space) + 1);
  const lo = Math.log10(min);
  const hi = Math.log10(max);
  const e0 = Math.ceil(lo - 1e-9);
  const e1 = Math.floor(hi + 1e-9);
  let out = [];
  if (e1 - e0 + 1 >= 2) {
    let k = 1;
    for (const c of [1, 2, 3, 4, 5, 10, 20, 25, 50, 100]) {
      k = c;
      if (Math.floor(e1 / c) - Math.ceil(e0 / c) + 1 <= fit) break;
    }
    for (let e = Math.ceil(e0 / k) * k; e <= e1; e += k) out.push(p10(e));
    if (k === 1) {
      for (const mults of [[2, 5], [2, 3, 5]]) {
        const more = [];
        for (let e = e0 - 1; e <= e1; e++) for (const m of mults) if (p10(e, m) >= min * (1 - 1e-9) && p10(e, m) <= max * (1 + 1e-9)) more.push(p10(e, m));
        if (out.length + more.length <= Math.floor(fit * 0.75)) out = out.concat(more);
        else break;
      }
    }
  } else {
    // less than two decades inside the range: 1-2-5 multiples, else every multiple
    for (const mults of [[1, 2, 5], [1, 2, 3, 4, 5, 6, 7, 8, 9]]) {
      const c = [];
      for (let e = Math.floor(lo) - 1; e <= Math.ceil(hi); e++) for (const m of mults) if (p10(e, m) >= min * (1 - 1e-9) && p10(e, m) <= max * (1 + 1e-9)) c.push(p10(e, m));
      out = c;
      if (c.length >= 2) break;
    }
  }
  if (floor != null) out = out.filter((v) => v > floor * 1.0001).concat([floor]);
  return [...new Set(out)].sort((a, b) => a - b);
}

// The label of a log axis tick at exponent e (a decade: 1e36, 1000, 0.01; 2x, 5x multiples).
function logTick(e, floorE) {
  const k = Math.round(e);
  if (floorE != null && k === floorE && Math.abs(e - k) < 1e-6) return "0";
  const v = Math.abs(e - k) < 1e-6 ? p10(k) : Number(Math.pow(10, e).toPrecision(3));
  return v >= 1e4 ? expo(v, 2) : fmt(v, 2);
}

// Does the polyline (pixel points, null = a break) cross the box?
function hitsBox(lines, b) {
  let n = 0;
  for (const pts of lines) {
    let prev = null;
    for (const p of pts) {
      if (p === null) {
        prev = null;
        continue;
      }
      if (prev === null) {
        if (p[0] >= b.l && p[0] <= b.r && p[1] >= b.t && p[1] <= b.b) n++;
      } else {
        const [x0, y0] = prev[0] <= p[0] ? prev : p;
        const [x1, y1] = prev[0] <= p[0] ? p : prev;
        if (x1 >= b.l && x0 <= b.r) {
          // the segment's y extent over the box's x extent (a vertical segment: all of it)
          const at = (x) => y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
          const a = x1 === x0 ? y0 : at(Math.max(b.l, x0));
          const c = x1 === x0 ? y1 : at(Math.min(b.r, x1));
          if (Math.max(a, c) >= b.t && Math.min(a, c) <= b.b) n++;
        }
      }
      prev = p;
    }
  }
  return n;
}

const overlaps = (a, b) => a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b;

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
    // Log scales are drawn as linear scales over log10 of the values (uPlot's own log axes lose
    // their ticks above ~1e16 and cannot show 1e36). A log scale cannot show 0: zeros are drawn at
    // a floor a decade below the smallest positive value of the scale, its lowest tick, labelled 0
    // (a note on the plot says so). `floor` holds that floor's exponent.
    const floor = {};
    for (const sc of scaleNames) {
      if (!logOk[sc]) continue;
      let minPos = Infinity;
      let zeros = false;
      o.series.forEach((s, i) => {
        if ((s.scale || "y") !== sc) return;
        for (const v of raw[i]) {
          if (v === 0) zeros = true;
          else if (isPos(v) && v < minPos) minPos = v;
        }
      });
      if (zeros && minPos < Infinity) floor[sc] = Math.floor(Math.log10(minPos) + 1e-9) - 1;
    }
    this.floor = floor;
    this.logOk = logOk;
    // where a value sits on its scale (log10 on a log scale), null: not drawn
    const pos = (v, sc) => {
      if (!logOk[sc]) return v;
      if (v > 0) return Math.log10(v);
      return v === 0 && floor[sc] != null ? floor[sc] : null;
    };
    // null (not measured) and undefined (a step another series has) are gaps/spans, no marker
    const plotted = raw.map((arr, i) => {
      const sc = o.series[i].scale || "y";
      const out = new Array(arr.length);
      for (let j = 0; j < arr.length; j++) {
        const v = arr[j];
        if (v === undefined) out[j] = undefined;
        else if (v === null || !Number.isFinite(v)) out[j] = null;
        else out[j] = pos(v, sc);
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
      hlines.push({ ...l, value: v, pos: pos(v, sc), scale: sc });
      raw.push(xs.map(() => v));
      plotted.push(xs.map(() => pos(v, sc)));
    }
    this.hlines = hlines;

    const scales = { x: { time: false, range: (u, mn, mx) => this._xRange(mn, mx) } };
    for (const sc of scaleNames) {
      scales[sc] = logOk[sc]
        ? {
            // whole decades
            range: (u, mn, mx) => {
              if (mn == null) return [-3, 0];
              const a = floor[sc] != null ? floor[sc] : Math.floor(mn + 1e-9);
              const b = Math.max(a + 1, Math.ceil(mx - 1e-9));
              return [a, b];
            },
          }
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
    const plotH = () => (this.u && this.u.bbox.height ? this.u.bbox.height / (devicePixelRatio || 1) : (o.height || 200) - 60);
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
      space: o.compact ? 18 : 24,
      grid: { stroke: c.grid, width: 1, show: side !== 1 },
      ticks: { stroke: c.grid, width: 1, size: 4 },
      // log axes: decades (every k-th when many), labelled with the values, not their log
      ...(logOk[scale]
        ? {
            splits: (u, ai, mn, mx) =>
              logSplits(p10(Math.round(mn)), p10(Math.round(mx)), plotH(), o.compact ? 18 : 24, floor[scale] != null ? p10(floor[scale]) : null).map((v) => Math.log10(v)),
          }
        : {}),
      values: (u, vals) => vals.map((v) => (v == null ? "" : logOk[scale] ? logTick(v, floor[scale]) : fmt(v, 2))),
    });
    const axes = [
      {
        stroke: c.muted,
        font,
        size: o.compact ? 22 : 30,
        space: 50,
        incrs: STEP_INCRS,
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

  // A few steps get half a step of room on each side: the first and last step's markers are not
  // cut in half by the plot's edge.
  _xRange(mn, mx) {
    const r = this.opts.range;
    let out;
    if (r && r[0] != null && r[1] != null && r[1] > r[0]) out = [r[0], r[1]];
    else if (mn == null) out = [0, 1];
    else if (mn === mx) out = [mn - 1, mx + 1];
    else out = [mn, mx];
    if (out[1] - out[0] <= 20) out = [out[0] - 0.5, out[1] + 0.5];
    return out;
  }

  _ready(u) {
    const o = this.opts;
    const over = u.over;
    const label = (cls, text, title) => {
      const lab = document.createElement("div");
      lab.className = `nw-chart-label ${cls}`;
      lab.textContent = text;
      if (title) lab.title = title;
      over.appendChild(lab);
      return lab;
    };
    if (o.onset != null) {
      this.onsetLabel = label("nw-onset-label", `${o.onsetText || "onset"} ${o.onset}`);
      this.onsetLabel.dataset.step = String(o.onset);
    }
    const MARK_TEXT = { rollback: "rollback", spike: "spike", stop: "stopped" };
    this.markLabels = (o.marks || [])
      .filter((m) => MARK_TEXT[m.kind])
      .map((m) => {
        const lab = label(`nw-mark nw-mark-${m.kind}`, MARK_TEXT[m.kind], m.title || "");
        lab.dataset.kind = m.kind;
        lab.dataset.step = String(m.step);
        return [lab, m];
      });
    this.hlineLabels = this.hlines.map((l) => {
      const lab = label("nw-hline-label", l.text || l.label, l.text || l.label);
      lab.dataset.value = String(l.value);
      return lab;
    });
    const zeroScales = Object.keys(this.floor);
    this.zeroLabel = zeroScales.length
      ? label("nw-zero-label", "0 is drawn at the foot (log scale)", "a value of exactly 0 cannot sit on a log scale: it is drawn at the lowest tick, labelled 0")
      : null;
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

  // Lays the labels out so that none overlaps another: the onset's and the events' labels in rows
  // along the top (right of their line, else left; a label with no free place is hidden, its
  // line stays), the reference lines' labels along their line where they cover the least data,
  // the zero note at the foot.
  _placeLabel() {
    if (!this.u) return;
    const u = this.u;
    const W = u.over.clientWidth || u.bbox.width / devicePixelRatio;
    const H = u.over.clientHeight || u.bbox.height / devicePixelRatio;
    if (!(W > 0 && H > 0)) return;
    const placed = [];
    const size = (lab) => {
      if (!lab._w) {
        lab.style.display = "";
        lab.style.maxWidth = "none";
        const r = lab.getBoundingClientRect();
        if (r.width > 0) {
          lab._w = Math.ceil(r.width);
          lab._h = Math.ceil(r.height);
        }
      }
      return [Math.min(lab._w || 60, Math.max(20, W - 8)), lab._h || 14];
    };
    const put = (lab, box) => {
      lab.style.display = "";
      lab.style.left = `${box.l}px`;
      lab.style.top = `${box.t}px`;
      lab.style.maxWidth = `${box.r - box.l}px`;
      placed.push(box);
    };
    const hide = (lab) => {
      lab.style.display = "none";
    };
    const free = (box) => box.l >= 0 && box.r <= W + 0.5 && !placed.some((p) => overlaps(p, box));
    // top labels: the onset first, then the events in step order
    const tops = [];
    if (this.onsetLabel) tops.push([this.onsetLabel, this.opts.onset]);
    for (const [lab, m] of [...(this.markLabels || [])].sort((a, b) => a[1].step - b[1].step)) tops.push([lab, m.step]);
    const ROWS = 3;
    for (const [lab, step] of tops) {
      const x = u.valToPos(step, "x");
      lab.dataset.x = String(x);
      if (!(x >= -0.5 && x <= W + 0.5)) {
        hide(lab);
        continue;
      }
      const [w, h] = size(lab);
      let done = false;
      for (let row = 0; row < ROWS && !done; row++) {
        const t = 8 + row * (h + 1); // below the row of NaN/Inf triangles
        for (const l of [x + 3, x - 3 - w]) {
          const box = { l, r: l + w, t, b: t + h };
          if (free(box)) {
            put(lab, box);
            lab.classList.toggle("nw-left", l < x);
            done = true;
            break;
          }
        }
      }
      if (!done) hide(lab);
    }
    // the data as pixel polylines, to keep the reference and zero labels off it
    let lines = null;
    const data = () => {
      if (lines) return lines;
      lines = [];
      const n = this.opts.series.length;
      for (let i = 0; i < n; i++) {
        const sc = this.opts.series[i].scale || "y";
        const ys = u.data[i + 1];
        const pts = [];
        for (let j = 0; j < ys.length; j++) {
          const v = ys[j];
          if (v === undefined) continue;
          pts.push(v === null ? null : [u.valToPos(u.data[0][j], "x"), u.valToPos(v, sc)]);
        }
        lines.push(pts);
      }
      // the onset's and the events' vertical lines are in the way too
      const vx = [];
      if (this.opts.onset != null) vx.push(this.opts.onset);
      for (const m of this.opts.marks || []) if (m.kind !== "skip") vx.push(m.step);
      for (const v of vx) {
        const x = u.valToPos(v, "x");
        if (x >= 0 && x <= W) lines.push([[x, 0], [x, H]], [[x, 0], [x, H]]); // counted twice: a label hides a marker worse than a stretch of line
      }
      return lines;
    };
    const choose = (candidates) => {
      let pick = null;
      for (const box of candidates) {
        if (!free(box)) continue;
        const hits = hitsBox(data(), { l: box.l - 1, r: box.r + 1, t: box.t - 1, b: box.b + 1 });
        if (!pick || hits < pick.hits) pick = { box, hits };
        if (hits === 0) break;
      }
      return pick;
    };
    const best = (lab, candidates) => {
      const pick = choose(candidates);
      if (!pick) return hide(lab);
      put(lab, pick.box);
      lab.dataset.overData = String(pick.hits);
    };
    // the zero note first, at the foot (two rows to choose from)
    if (this.zeroLabel) {
      const [w, h] = size(this.zeroLabel);
      const cands = [];
      for (const t of [H - h - 2, H - 2 * h - 4])
        for (let k = 0; k <= 8; k++) cands.push({ l: 4 + ((W - 8 - w) * k) / 8, r: 4 + ((W - 8 - w) * k) / 8 + w, t, b: t + h });
      best(this.zeroLabel, cands);
    }
    (this.hlineLabels || []).forEach((lab, i) => {
      const l = this.hlines[i];
      const y = u.valToPos(l.pos, l.scale);
      lab.dataset.y = String(y);
      if (!(y >= -0.5 && y <= H + 0.5)) return hide(lab);
      const along = () => {
        const [w, h] = size(lab);
        const cands = [];
        const xs = [W - 4 - w, 4];
        for (let k = 1; k < 8; k++) xs.push(4 + ((W - 8 - w) * k) / 8);
        for (const x of xs) for (const t of [y - 2 - h, y + 2]) if (t >= 0 && t + h <= H) cands.push({ l: x, r: x + w, t, b: t + h });
        return cands;
      };
      // the long text where it fits off the data, else the short one (the long one is its title)
      const texts = [l.text || l.label, l.short].filter(Boolean);
      let pick = null;
      for (const text of texts) {
        if (lab.textContent !== text) {
          lab.textContent = text;
          lab._w = 0;
        }
        const p = choose(along());
        if (p && (!pick || p.hits < pick.hits)) pick = { ...p, text };
        if (p && p.hits === 0) break;
      }
      if (!pick) return hide(lab);
      if (lab.textContent !== pick.text) {
        lab.textContent = pick.text;
        lab._w = 0;
      }
      put(lab, pick.box);
      lab.dataset.overData = String(pick.hits);
    });

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
