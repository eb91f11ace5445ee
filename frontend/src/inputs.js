// Input/target panel: scale spread, outliers (largest |x| against the std),
// NaN/Inf counts, and the largest |x| over time.
import { get, nums } from "./api.js";
import { Chart } from "./charts.js";
import { h } from "./dom.js";
import { fmt } from "./format.js";

const STATS = ["nan", "inf", "max_abs", "std", "mean", "scale_spread"];

export async function renderInputs(ctx, card, signal) {
  const rows = ctx.rows.filter((r) => r.kind === "input" || r.kind === "target");
  if (!rows.length) {
    card.appendChild(h("p", { class: "nw-muted", text: "No input or target rows logged." }));
    return;
  }
  const res = await get(
    "series",
    { run: ctx.run, tensor: rows.map((r) => r.name), stat: STATS, start: ctx.range[0], end: ctx.range[1], points: 400 },
    signal,
  );
  const by = new Map();
  for (const s of res.series || []) by.set(`${s.tensor}\u0000${s.stat}`, { steps: s.steps, values: nums(s.values) });
  const tbody = h("tbody");
  const charts = h("div", { class: "nw-grid-multi" });
  for (const r of rows) {
    const g = (stat) => by.get(`${r.name}\u0000${stat}`) || { steps: [], values: [] };
    const nan = g("nan");
    const inf = g("inf");
    const ma = g("max_abs");
    const sd = g("std");
    const mean = g("mean");
    const sp = g("scale_spread");
    let nanSum = 0;
    let infSum = 0;
    let firstBad = null;
    // A NaN count is unknown: the tensor turned non-finite on a logged step that took the fast path.
    let unknown = false;
    nan.values.forEach((v, i) => {
      if (v > 0 || Number.isNaN(v)) {
        if (v > 0) nanSum += v;
        else unknown = true;
        if (firstBad === null || nan.steps[i] < firstBad) firstBad = nan.steps[i];
      }
    });
    inf.values.forEach((v, i) => {
      if (v > 0) {
        infSum += v;
        if (firstBad === null || inf.steps[i] < firstBad) firstBad = inf.steps[i];
      }
    });
    let maxAbs = null;
    let outlier = null;
    let outStep = null;
    ma.values.forEach((v, i) => {
      if (Number.isFinite(v) && (maxAbs === null || v > maxAbs)) maxAbs = v;
      const s = sd.values[i];
      const m = mean.values[i];
      if (Number.isFinite(v) && Number.isFinite(s) && s > 0) {
        const z = (v - Math.abs(Number.isFinite(m) ? m : 0)) / s;
        if (outlier === null || z > outlier) {
          outlier = z;
          outStep = ma.steps[i];
        }
      }
    });
    let spread = null;
    for (const v of sp.values) if (Number.isFinite(v) && (spread === null || v > spread)) spread = v;
    const bad = nanSum + infSum > 0 || unknown;
    const count = (n) => (unknown ? `${n ? `${fmt(n)} + ` : ""}?` : fmt(n));
    tbody.appendChild(
      h(
        "tr",
        { class: bad ? "nw-bad-row" : "" },
        h("td", { class: "nw-mono", text: r.name }),
        h("td", { class: nanSum || unknown ? "nw-nan-text" : "", text: count(nanSum), title: unknown ? "some counts unknown" : null }),
        h("td", { class: infSum || unknown ? "nw-inf-text" : "", text: count(infSum), title: unknown ? "some counts unknown" : null }),
        h("td", { text: firstBad === null ? "–" : String(firstBad) }),
        h("td", { text: fmt(maxAbs) }),
        h("td", { class: outlier !== null && outlier > 10 ? "nw-warn-text" : "", text: outlier === null ? "–" : `${fmt(outlier, 3)} σ @ ${outStep}` }),
        h("td", { class: spread !== null && spread > 100 ? "nw-warn-text" : "", text: fmt(spread) }),
      ),
    );
    const el = h("div", { class: "nw-mini" });
    charts.appendChild(h("div", { class: "nw-mini-wrap" }, h("div", { class: "nw-mini-title", text: `${r.name}: max |x|` }), el));
    ctx.defer(() =>
      ctx.charts.push(
        new Chart(el, {
          series: [{ label: "max |x|", steps: ma.steps, values: ma.values }],
          log: true,
          compact: true,
          height: 120,
          range: ctx.range,
          onset: ctx.onset,
          onsetText: ctx.onsetText,
          windowStart: ctx.windowStart,
          syncKey: "nw",
          selStep: ctx.selStep(),
          onStep: (s) => ctx.jump({ step: s }),
          onRange: (a, b) => ctx.zoom(a, b),
          onReset: () => ctx.zoom(null, null),
        }),
      ),
    );
  }
  card.append(
    h(
      "div",
      { class: "nw-scroll-x" },
      h(
        "table",
        { class: "nw-table nw-inputs" },
        h(
          "thead",
          null,
          h("tr", null, ["Tensor", "NaN", "Inf", "First non-finite", "max |x|", "Worst outlier", "Scale spread"].map((t) => h("th", { text: t }))),
        ),
        tbody,
      ),
    ),
    h("div", { class: "nw-muted nw-small", text: "Counts and extremes over the logged statistics steps in view." }),
    charts,
  );
}
