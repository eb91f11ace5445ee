// One run: header, causes, timeline (loss and global gradient norm), the
// layers x steps heatmap, the input/target panel and per-layer small multiples.
import { get, num, nums } from "./api.js";
import { Chart, destroyAll } from "./charts.js";
import { copyText, renderCauses, richText } from "./causes.js";
import { h, clear } from "./dom.js";
import { fmt, plural } from "./format.js";
import { Heatmap } from "./heatmap.js";
import { renderInputs } from "./inputs.js";
import { LayerGrid } from "./layers.js";
import { renderModel } from "./model.js";
import { sourceBadge, statusBadge, stopText } from "./overview.js";

const ONSET_WINDOW = 20; // steps before the onset the backend keeps at full resolution

const KIND_OPTIONS = [
  ["", "all tensors"],
  ["activation", "layer outputs"],
  ["preactivation", "pre-activations"],
  ["gradient", "gradients"],
  ["weight", "weights"],
  ["input", "inputs"],
];

export class RunView {
  constructor(app, root) {
    this.app = app;
    this.root = root;
    this.charts = [];
    this.heatmap = null;
    this.grid = null;
    this.hmKind = null;
  }

  destroy() {
    destroyAll(this.root);
    this.charts = [];
    if (this.heatmap) this.heatmap.destroy();
    if (this.grid) this.grid.destroy();
  }

  async render(signal) {
    const app = this.app;
    const st = app.state;
    const run = st.run;
    const t0 = performance.now();
    const diagP = get("diagnosis", { run }, signal);
    diagP.catch(() => null); // awaited below; a failed /tensors must not leave it unhandled
    const tens = await get("tensors", { run }, signal);
    // the heatmap is the slowest route: ask for it as soon as the rows are known
    const nRows0 = (tens.rows || []).length;
    // a run written without the watch has weights (from its histograms) but no layer outputs: its heatmap is the weights
    const weightsOnly = (tens.rows || []).some((r) => r.kind === "weight") && !(tens.rows || []).some((r) => r.kind === "activation");
    if (this.hmKind === null) this.hmKind = weightsOnly ? "weight" : nRows0 > 150 ? "activation" : "";
    const hmWidth = Math.max(200, Math.min(1000, (this.root.clientWidth || 1000) - 230));
    const hmDataP = get(
      "heatmap",
      { run, start: st.start ?? null, end: st.end ?? null, buckets: Math.floor(hmWidth), kind: this.hmKind || null },
      signal,
    ).catch((e) => e);
    const diag = await diagP;
    const rows = tens.rows || [];
    // a run written without the watch (Keras's TensorBoard callback, tf.summary, ...): its steps may be epochs
    const fr = diag.foreign && typeof diag.foreign === "object" ? diag.foreign : null;
    const unit = fr && fr.unit === "epoch" ? "epoch" : "step";
    const steps = Number(diag.steps) || 0;
    const onset = diag.onset && diag.onset.step != null ? Number(diag.onset.step) : null;
    const full = [0, Math.max(1, steps - 1)];
    let range = [st.start ?? full[0], st.end ?? full[1]];
    if (!(range[1] > range[0])) range = full;
    const self = this;
    const deferred = [];
    const ctx = {
      run,
      rows,
      range,
      full,
      onset,
      onsetText: runaway(diag) ? "diverging" : "onset",
      windowStart: onset == null || fr ? null : onset - ONSET_WINDOW, // (another writer's logs keep no window around the onset)
      charts: this.charts,
      signal,
      defer: (fn) => deferred.push(fn),
      selStep: () => app.state.step ?? null,
      jump: (t) => self.jump(t),
      zoom: (a, b) => self.zoom(a, b),
    };
    this.ctx = ctx;

    // Header
    const runSel = h("select", { class: "nw-select", title: "Run" });
    for (const r of app.runs || [{ run }]) {
      const o = h("option", { value: r.run, text: r.run });
      if (r.run === run) o.selected = true;
      runSel.appendChild(o);
    }
    if (![...runSel.options].some((o) => o.value === run)) runSel.appendChild(h("option", { value: run, text: run, selected: true }));
    runSel.addEventListener("change", () => app.setState({ run: runSel.value, layer: null, step: null, start: null, end: null }));
    const back = h("a", {
      class: "nw-btn",
      href: app.hrefFor({}),
      text: "← All runs",
      onclick: (e) => {
        e.preventDefault();
        app.setState({ run: null, layer: null, step: null, start: null, end: null });
      },
    });
    // what the step is depends on the status: a diverging run may hold no NaN/Inf at all
    const onsetTxt = diag.onset
      ? h(
          "span",
          { class: "nw-onset-summary" },
          runaway(diag) ? `diverging from ${unit} ` : diag.status === "nonfinite" || diag.onset.kind === "nonfinite" ? `non-finite from ${unit} ` : `onset at ${unit} `,
          h("b", { class: "nw-onset-step", text: String(diag.onset.step) }),
          diag.onset.phase ? ` in the ${diag.onset.phase} phase` : "",
          diag.onset.tensor ? h("span", null, ", tensor ", h("code", { text: String(diag.onset.tensor) })) : "",
          diag.onset.layer ? h("span", null, " (layer ", h("code", { text: String(diag.onset.layer) }), ")") : "",
        )
      : h("span", { class: "nw-muted", text: diag.status === "nonfinite" ? "" : "no NaN/Inf logged" });
    const zoomOnset =
      onset != null
        ? h("button", {
            class: "nw-btn nw-zoom-onset",
            text: "Zoom to onset",
            onclick: () => {
              const w = Math.max(25, Math.round(steps * 0.03));
              this.zoom(Math.max(full[0], onset - w), Math.min(full[1], onset + Math.max(10, Math.round(w / 3))));
            },
          })
        : null;
    const zoomed = range[0] !== full[0] || range[1] !== full[1];
    const fullBtn = h("button", { class: "nw-btn", text: "Full range", disabled: zoomed ? null : true, onclick: () => this.zoom(null, null) });
    const header = h(
      "div",
      { class: "nw-head" },
      back,
      runSel,
      statusBadge(diag.status),
      fr ? sourceBadge(fr) : null,
      onsetTxt,
      h("span", { class: "nw-spacer" }),
      h("span", { class: "nw-muted nw-small nw-range", text: `${unit}s ${range[0]}–${range[1]} of ${steps}` }),
      zoomOnset,
      fullBtn,
    );
    const baseline = baselineOf(diag);
    const ruleErrors = Array.isArray(diag.rule_errors) ? diag.rule_errors.filter((e) => e && typeof e === "object") : [];
    // rule errors are listed in the causes card; the notes repeat them as text
    const errorNotes = new Set(ruleErrors.map((e) => `rule ${e.id} failed: ${e.error}`));
    // the stop has a notice of its own (from its record): the analysis's note saying it again goes
    const stopNote = /^the watch stopped at step \d+/;
    const hasStop = (Array.isArray(diag.events) && diag.events.some((e) => e && e.kind === "stop")) || !!diag.stopped;
    const notes = (Array.isArray(diag.notes) ? diag.notes : []).map(String).filter((n) => !errorNotes.has(n) && !(hasStop && stopNote.test(n)));
    // a stalled or impaired run: its notes are the evidence of its status, in a box by the badge
    const boxed = diag.status === "stalled" || diag.status === "impaired";
    const drawable = baseline && baseline.loss > 0 && rows.some((r) => r.name === "loss");
    const statusBox = boxed ? renderStatusBox(diag.status, notes, baseline, drawable, diag.status_reason) : null;
    const notices = h("div", { class: "nw-notices" });
    if (diag.sampled)
      notices.appendChild(
        h("div", {
          class: "nw-notice nw-warn",
          text: "TensorBoard kept only a sample of this run's steps: figures may miss steps. Start tensorboard with --samples_per_plugin=tb_nanwatch=0 to read every step.",
        }),
      );
    const events = eventsOf(diag);
    // a stop the events do not hold (older readers): from the diagnosis's `stopped`
    const st0 = diag.stopped && typeof diag.stopped === "object" && Number.isFinite(Number(diag.stopped.step)) ? diag.stopped : null;
    if (st0 && !events.some((e) => e.kind === "stop")) events.push({ kind: "stop", ...st0 });
    for (const n of eventNotices(events)) notices.appendChild(n);
    const forensics = renderForensics(diag);
    if (forensics) notices.appendChild(forensics);
    const summarised = summarisedRanges(diag.summarised);
    if (summarised.length)
      notices.appendChild(
        h("div", {
          class: "nw-notice nw-info nw-summarised",
          text:
            `Summarised: ${summarised.map(([a, b]) => `steps ${a}–${b}`).join(", ")} ` +
            `${summarised.length === 1 ? "is" : "are"} kept as one summary per ${summarised[0][2]} steps (smallest, largest and last value; the charts show each block's last value, the loss chart its min–max band too). ` +
            "Every step is kept in the first steps, around the onset and loss spikes, and in the last steps.",
        }),
      );
    for (const p of [...(diag.problems || []), ...(boxed ? [] : notes)].map(String).filter((x, i, a) => a.indexOf(x) === i))
      notices.appendChild(h("div", { class: "nw-notice", text: String(p) }));
    const o = diag.origin;
    const on = diag.onset || {};
    if (o && o.how && (o.tensor !== on.tensor || o.step !== on.step))
      notices.appendChild(
        h("div", {
          class: "nw-notice nw-info nw-origin-note",
          text: `Origin: ${[o.tensor ?? o.layer, o.step != null ? `at ${unit} ${o.step}` : null].filter((x) => x != null).join(" ") || "unknown"} (${o.how})`,
        }),
      );

    const causes = renderCauses(diag, rows, (t) => this.jump(t), ruleErrors);
    const modelCard = renderModel(diag.model, ctx);
    const tlCard = h(
      "section",
      { class: "nw-card nw-timeline-card" },
      h("h2", { text: fr ? (fr.series && fr.series.validation_loss ? "Loss and validation loss" : "Loss") : "Loss and global gradient norm" }),
    );
    const tlEl = h("div", { class: "nw-timeline", dataset: { onsetStep: onset == null ? "" : String(onset) } });
    const nanNote = h("span", { class: "nw-nan-note" });
    const tlCaption = h(
      "div",
      { class: "nw-muted nw-small nw-tl-caption" },
        "Log scale.",
        onset != null
          ? ` Red line: ${runaway(diag) ? "where the run-away began" : "the first NaN/Inf"}${fr ? "" : `; shaded: the ${ONSET_WINDOW} steps before it`}.`
          : "",
        eventsCaption(events),
        drawable ? " Grey dashed line: the loss a constant predictor reaches on this run's targets." : "",
      nanNote,
      " Drag to zoom, double-click to reset, click to select a step.",
    );
    tlCard.append(tlEl, tlCaption);

    const hmCard = h("section", { class: "nw-card nw-heatmap-card" });
    const kindSel = h("select", { class: "nw-select nw-hm-kind" });
    for (const [v, t] of KIND_OPTIONS) {
      if (v && !rows.some((r) => r.kind === v)) continue;
      const o = h("option", { value: v, text: t });
      if (v === this.hmKind) o.selected = true;
      kindSel.appendChild(o);
    }
    const hmEl = h("div", { class: "nw-heatmap" });
    kindSel.addEventListener("change", () => {
      this.hmKind = kindSel.value;
      this._loadHeatmap(hmEl, signal);
    });
    hmCard.append(
      h("div", { class: "nw-card-head" }, h("h2", { text: fr ? `Weights by layer and ${unit} (from the weight histograms)` : "Magnitude by tensor and step" }), kindSel),
      hmEl,
      h("div", {
        class: "nw-muted nw-small",
        text: fr
          ? `Colour: log10 of the largest |w| in each logged histogram (TensorBoard keeps bucket edges and counts only; a histogram of NaN weights has NaN edges: marked NaN). Between histograms the last one stands. Click a cell to jump to that layer and ${unit}.`
          : "Colour: log10 of the largest |x| per step bucket (between statistics steps: the trace L2 norm, scaled by the row's usual L2 to max |x| ratio). Click a cell to jump to that layer and step.",
      }),
    );

    const inCard = fr ? null : h("section", { class: "nw-card nw-inputs-card" }, h("h2", { text: "Inputs and targets" }));
    const frCard = fr ? renderForeign(fr, unit) : null;
    const lrSeries = fr && fr.series && fr.series.learning_rate ? fr.series.learning_rate : null;
    const lrCard = lrSeries ? h("section", { class: "nw-card nw-lr-card" }, h("h2", { text: "Learning rate" })) : null;
    const lrEl = lrCard ? h("div", { class: "nw-lr-chart" }) : null;
    if (lrCard) lrCard.appendChild(lrEl);
    const lyCard = h("section", { class: "nw-card nw-layers-card" }, h("h2", { text: "Per layer" }));

    clear(this.root);
    // What explains a stalled or impaired run is the model and its data: its facts come right after
    // the causes; for a run that went non-finite, where it began (the heatmap) comes first.
    const top = h("div", { class: "nw-top" }, causes, tlCard);
    const order = boxed
      ? [header, statusBox, notices, top, frCard, modelCard, lrCard, hmCard, inCard, lyCard]
      : [header, notices, top, frCard, lrCard, hmCard, modelCard, inCard, lyCard];
    this.root.append(...order.filter(Boolean)); // Element.append would write a null as the text "null"

    // Data for the charts, in parallel
    const width = Math.max(300, tlEl.clientWidth || 800);
    const wanted = ["loss", "global_grad_norm"].filter((n) => rows.some((r) => r.name === n));
    const tlP = wanted.length
      ? get("series", { run, tensor: wanted, stat: "trace", start: range[0], end: range[1], points: Math.min(4000, 2 * width) }, signal)
      : Promise.resolve({ series: [] });
    const hmP = this._loadHeatmap(hmEl, signal, hmDataP);
    const inP = inCard
      ? renderInputs(ctx, inCard, signal).catch((e) => {
          if (!signal.aborted) inCard.appendChild(h("div", { class: "nw-error", text: String(e.message || e) }));
        })
      : Promise.resolve();
    const tl = await tlP;
    if (signal.aborted) return;
    const c = { loss: "var(--nw-loss)", global_grad_norm: "var(--nw-gnorm)" };
    const series = (tl.series || []).map((s) => ({
      label: s.tensor === "global_grad_norm" ? "global grad norm" : s.tensor,
      steps: s.steps,
      values: nums(s.values),
      scale: s.tensor === "loss" ? "loss" : "gn",
      color: getComputedStyle(document.documentElement).getPropertyValue(s.tensor === "loss" ? "--nw-loss" : "--nw-gnorm").trim() || c[s.tensor],
      width: 1.5,
    }));
    // summarised steps: the loss point is a block's last value; its min–max over the block is a band
    const lossS = (tl.series || []).find((s) => s.tensor === "loss" && Array.isArray(s.hi) && s.hi.some((v) => v != null));
    if (lossS) {
      const bandColor = series.find((s) => s.scale === "loss").color;
      series.push(
        { label: "loss, block max", steps: lossS.steps, values: nums(lossS.hi), scale: "loss", color: bandColor, width: 0.5, band: "hi" },
        { label: "loss, block min", steps: lossS.steps, values: nums(lossS.lo), scale: "loss", color: bandColor, width: 0.5, band: "lo" },
      );
    }
    const val = fr && fr.series && fr.series.validation_loss;
    if (val && Array.isArray(val.steps) && Array.isArray(val.values) && val.steps.length)
      series.push({
        label: "validation loss",
        steps: val.steps.map(Number),
        values: nums(val.values),
        scale: "loss",
        color: getComputedStyle(document.documentElement).getPropertyValue("--nw-val").trim() || "#8e24aa",
        width: 1.5,
        dash: [5, 3],
      });
    const hasLoss = series.some((s) => s.scale === "loss");
    if (series.length) {
      this.timeline = new Chart(tlEl, {
        series,
        hlines:
          baseline && hasLoss
            ? [
                {
                  value: baseline.loss,
                  scale: "loss",
                  label: "constant predictor",
                  text: baselineText(baseline),
                  short: `constant predictor: ${fmt(baseline.loss)}`,
                  color: getComputedStyle(document.documentElement).getPropertyValue("--nw-baseline").trim() || undefined,
                },
              ]
            : [],
        log: true,
        height: 260,
        range,
        onset,
        onsetText: ctx.onsetText,
        marks: eventMarks(events),
        windowStart: ctx.windowStart,
        syncKey: "nw",
        selStep: app.state.step ?? null,
        onStep: (s) => this.jump({ step: s }),
        onRange: (a, b) => this.zoom(a, b),
        onReset: () => this.zoom(null, null),
      });
      this.charts.push(this.timeline);
      if (this.timeline.bad.length) nanNote.textContent = " Triangles at the top: NaN/Inf values.";
    } else tlEl.appendChild(h("p", { class: "nw-muted", text: "No loss or gradient norm logged." }));
    if (lrEl && Array.isArray(lrSeries.steps) && lrSeries.steps.length) {
      const lrChart = new Chart(lrEl, {
        series: [{ label: "learning rate", steps: lrSeries.steps.map(Number), values: nums(lrSeries.values), scale: "lr", width: 1.5 }],
        log: true,
        height: 140,
        range,
        onset,
        onsetText: ctx.onsetText,
        syncKey: "nw",
        selStep: app.state.step ?? null,
        onStep: (s) => this.jump({ step: s }),
        onRange: (a, b) => this.zoom(a, b),
        onReset: () => this.zoom(null, null),
      });
      this.charts.push(lrChart);
    }
    const sampledNote = (tl.series || []).find((s) => s.returned < s.logged);
    if (sampledNote)
      tlCard.appendChild(
        h("div", { class: "nw-muted nw-small", text: `Showing ${sampledNote.returned} of ${sampledNote.logged} steps (each bucket's min and max, every step near the onset).` }),
      );
    await hmP;
    if (signal.aborted) return;
    this.grid = new LayerGrid(ctx, lyCard);
    if (this.heatmap) this.grid.markBad(this.heatmap.badLayers());
    await inP;
    for (const fn of deferred) fn();
    if (signal.aborted) return;
    this.applySelection(false);
    app.timing("run", performance.now() - t0);
    if (app.state.layer && this.grid) this.grid.highlight(app.state.layer, true);
  }

  async _loadHeatmap(hmEl, signal, pending) {
    const ctx = this.ctx;
    const width = Math.max(200, (hmEl.clientWidth || 800) - 170);
    try {
      let data = pending ? await pending : null;
      if (data instanceof Error) throw data;
      if (!data)
        data = await get(
          "heatmap",
          { run: ctx.run, start: ctx.range[0], end: ctx.range[1], buckets: Math.min(1000, Math.floor(width)), kind: this.hmKind || null },
          signal,
        );
      if (signal.aborted) return;
      if (this.heatmap) this.heatmap.destroy();
      this.heatmap = new Heatmap(hmEl, data, {
        onset: ctx.onset,
        selStep: this.app.state.step ?? null,
        selLayer: this.app.state.layer ?? null,
        onCell: (cell) => this.jump({ layer: cell.layer, step: cell.step, tensor: cell.name }),
      });
      if (this.grid) this.grid.markBad(this.heatmap.badLayers());
    } catch (e) {
      if (!signal.aborted) {
        clear(hmEl);
        hmEl.appendChild(h("div", { class: "nw-error", text: String(e.message || e) }));
      }
    }
  }

  zoom(a, b) {
    this.app.setState({ start: a == null ? null : Math.round(a), end: b == null ? null : Math.round(b) });
  }

  jump(t) {
    const app = this.app;
    const patch = {};
    if (t.layer !== undefined && t.layer !== null) patch.layer = t.layer;
    if (t.step !== undefined && t.step !== null) patch.step = Math.round(t.step);
    const r = this.ctx ? this.ctx.range : null;
    if (patch.step != null && r && (patch.step < r[0] || patch.step > r[1])) {
      const w = Math.max(25, Math.round((r[1] - r[0]) / 4));
      patch.start = Math.max(this.ctx.full[0], patch.step - w);
      patch.end = Math.min(this.ctx.full[1], patch.step + w);
    }
    app.setState(patch);
  }

  // Layer/step changed without a new range: update highlights only.
  applySelection(scroll = true) {
    const st = this.app.state;
    for (const c of this.charts) c.setSelStep(st.step ?? null);
    if (this.heatmap) {
      this.heatmap.opts.selStep = st.step ?? null;
      this.heatmap.opts.selLayer = st.layer ?? null;
      this.heatmap._draw();
      const labels = this.heatmap.el.querySelectorAll(".nw-hm-label");
      const layers = this.heatmap.data.layers || [];
      labels.forEach((l, i) => l.classList.toggle("nw-sel", st.layer != null && layers[i] === st.layer));
    }
    if (this.grid) this.grid.highlight(st.layer ?? null, scroll);
    const sel = this.root.querySelector(".nw-selection");
    if (sel) sel.remove();
    if (st.layer != null || st.step != null) {
      const head = this.root.querySelector(".nw-head");
      if (head)
        head.after(
          h(
            "div",
            { class: "nw-selection" },
            "Selected: ",
            st.layer != null ? h("span", null, "layer ", h("code", { class: "nw-sel-layer", text: st.layer })) : null,
            st.layer != null && st.step != null ? ", " : null,
            st.step != null ? h("span", null, "step ", h("b", { class: "nw-sel-step", text: String(st.step) })) : null,
            h("button", { class: "nw-linkbtn", text: "clear", onclick: () => this.app.setState({ layer: null, step: null }) }),
          ),
        );
    }
  }
}

// A run written without the watch: who wrote it, at what resolution, what its logs cannot tell and
// the one line that adds the watch.
function renderForeign(fr, unit) {
  const cannot = (Array.isArray(fr.cannot_tell) ? fr.cannot_tell : []).map(String);
  const code = typeof fr.add_watch === "string" ? fr.add_watch : "";
  const btn = code ? h("button", { class: "nw-btn nw-copy", text: "Copy", title: "Copy the code" }) : null;
  if (btn) btn.addEventListener("click", () => copyText(code, btn));
  const members = fr.members && typeof fr.members === "object" ? Object.values(fr.members).map(String) : [];
  return h(
    "section",
    { class: "nw-card nw-foreign-card" },
    h("h2", { text: "What these logs can tell" }),
    h(
      "p",
      { class: "nw-foreign-source" },
      `${String(fr.label ?? "TensorBoard logs")}: written by ${String(fr.writer_text ?? "another writer")}, not by NanWatch`,
      members.length > 1 ? ` (the runs ${members.join(" and ")}, read as one)` : "",
      fr.loss_tag ? [". The loss is ", h("code", { text: String(fr.loss_tag) })] : "",
      unit === "epoch" ? ", one point per epoch." : ".",
    ),
    cannot.length ? h("div", { class: "nw-foreign-head", text: "Not in these logs:" }) : null,
    cannot.length ? h("ul", { class: "nw-cannot" }, cannot.map((t) => h("li", null, richText(t)))) : null,
    code
      ? h(
          "div",
          { class: "nw-fix nw-add-watch" },
          h("div", { class: "nw-fix-head" }, h("span", { text: "For more" }), btn),
          fr.add_watch_line ? h("p", { class: "nw-fix-text" }, richText(String(fr.add_watch_line))) : null,
          h("pre", { class: "nw-fix-code" }, h("code", { text: code })),
        )
      : null,
  );
}

// A finite run that began to explode (no NaN/Inf): the onset is where the run-away began.
function runaway(diag) {
  const kind = diag.onset && diag.onset.kind;
  return kind ? kind === "runaway" : diag.status === "diverging";
}

// The constant predictor's loss ({loss, what, loss_name}) or null (old logs have none).
function baselineOf(diag) {
  const b = diag.baseline;
  if (!b || typeof b !== "object") return null;
  const loss = num(b.loss);
  if (loss === null || !Number.isFinite(loss)) return null;
  return { loss, what: b.what != null ? String(b.what) : "", lossName: b.loss_name != null ? String(b.loss_name) : "" };
}

function baselineText(b) {
  return `constant predictor: ${fmt(b.loss)}${b.what ? ` (${b.what})` : ""}`;
}

// What a stalled or impaired run's status means, by its reason (`status_reason`).
const STATUS_HEAD = {
  cannot_fit: "the model as set up cannot fit the task, whatever its loss does.",
  no_progress: "the loss is not making real progress.",
  too_slow: "the loss was still on its way, far from a fit, when training stopped: it learns too slowly.",
  unsettled: "the loss stopped improving while the weights still jump by large steps: training does not settle.",
  bad_start: "the run learns, but it began confidently wrong: what made that start holds it back.",
};

// A stalled or impaired run: what the status means and the evidence for it, next to the badge.
function renderStatusBox(status, notes, baseline, drawn, reason) {
  const impaired = status === "impaired";
  return h(
    "div",
    { class: `nw-status-box nw-status-${impaired ? "impaired" : "stalled"}` },
    // the evidence says how (a loss at the constant predictor's level, a flat loss, predictions that
    // never change): the head claims no more than the status does
    h(
      "div",
      { class: "nw-status-head" },
      h("b", { text: impaired ? "Impaired: " : "Stalled: " }),
      Object.prototype.hasOwnProperty.call(STATUS_HEAD, reason) ? STATUS_HEAD[reason] : "the model learns little or nothing useful.",
      notes.length ? " The evidence:" : "",
    ),
    notes.length ? h("ul", { class: "nw-status-notes" }, notes.map((n) => h("li", { class: "nw-status-note", text: n }))) : null,
    baseline
      ? h(
          "div",
          { class: "nw-status-baseline" },
          "Constant predictor",
          baseline.what ? ` (${baseline.what})` : "",
          ": ",
          baseline.lossName ? h("code", { text: baseline.lossName }) : "loss",
          " ",
          h("b", { class: "nw-baseline-value", text: fmt(baseline.loss) }),
          drawn ? ", the dashed line on the loss chart." : ".",
        )
      : null,
  );
}

export { fmt };

// [[first, last, block steps]] from the diagnosis, keeping only well-formed ranges
// The run's events (skipped updates, loss spikes, rollbacks) with a finite step.
function eventsOf(diag) {
  return (Array.isArray(diag.events) ? diag.events : []).filter((e) => e && typeof e === "object" && Number.isFinite(Number(e.step)));
}

function stepList(events) {
  return events.slice(0, 10).map((e) => String(Number(e.step))).join(", ") + (events.length > 10 ? ` and ${events.length - 10} more` : "");
}

function preceded(e) {
  const lines = Array.isArray(e.preceded_by) ? e.preceded_by.map(String) : [];
  return lines.length ? ` Before it: ${lines.join("; ")}.` : "";
}

const NOTICED = 5; // spikes and rollbacks with a notice of their own (each kind)


function eventNotices(events) {
  const out = [];
  for (const e of events.filter((x) => x.kind === "stop"))
    out.push(h("div", { class: "nw-notice nw-info nw-stop", dataset: { reason: String(e.reason ?? "") }, text: stopText(e) }));
  const skips = events.filter((e) => e.kind === "skip");
  if (skips.length) {
    const n = skips.reduce((a, e) => a + (Number(e.steps) || 1), 0);
    out.push(
      h("div", {
        class: "nw-notice nw-info nw-skips",
        text: `Skipped: ${plural(n, "update")} with non-finite gradients or loss ${n === 1 ? "was" : "were"} not applied, at step${skips.length === 1 ? "" : "s"} ${stepList(skips)}.`,
      }),
    );
  }
  const spikes = events.filter((x) => x.kind === "spike");
  const rollbacks = events.filter((x) => x.kind === "rollback");
  for (const e of spikes.slice(0, NOTICED))
    out.push(
      h("div", {
        class: "nw-notice nw-info nw-spike",
        text: `Loss spike at step ${Number(e.step)}: ${fmt(num(e.loss))}, ${fmt(num(e.factor), 3)} times its median ${fmt(num(e.median))} over the steps before.${preceded(e)}`,
      }),
    );
  for (const e of rollbacks.slice(0, NOTICED)) {
    const lrSteps = Number(e.lr_steps) || 0;
    const lr = e.lr != null ? ` The learning rate was set to ${fmt(num(e.lr))} for ${plural(lrSteps, "step")}.` : "";
    const dropped = Number(e.skipped_batches);
    const droppedText = Number.isFinite(dropped) ? `${plural(dropped, "batch", "batches")} ${dropped === 1 ? "was" : "were"} dropped` : "the batches since were dropped";
    const at = e.at != null ? ` at step ${Number(e.at)}` : "";
    const restored = e.restored != null ? `the snapshot of step ${Number(e.restored)}` : "the last snapshot";
    out.push(
      h("div", {
        class: "nw-notice nw-info nw-rollback",
        text:
          `Rollback at step ${Number(e.step)}: ${e.cause === "spike" ? "a loss spike" : "non-finite gradients or loss"}${at}; ` +
          `the weights and optimizer state went back to ${restored} and ${droppedText}.${lr}${preceded(e)}`,
      }),
    );
  }
  const more = Math.max(0, spikes.length - NOTICED) + Math.max(0, rollbacks.length - NOTICED);
  if (more > 0) out.push(h("div", { class: "nw-notice nw-muted", text: `…and ${more} more spikes or rollbacks (the CLI report lists them).` }));
  return out;
}

// What the event marks on the loss chart mean, for the kinds this run has.
function eventsCaption(events) {
  const kinds = new Set(events.map((e) => e.kind));
  const parts = [];
  if (kinds.has("spike")) parts.push("orange dashed line: a loss spike");
  if (kinds.has("rollback")) parts.push("purple line: a rollback (shaded: the batches it dropped)");
  if (kinds.has("skip")) parts.push("grey ticks at the foot: skipped updates");
  if (kinds.has("stop")) parts.push("dark line: where the watch stopped the training");
  return parts.length ? ` ${parts.join("; ").replace(/^./, (c) => c.toUpperCase())}.` : "";
}

function eventMarks(events) {
  return events
    .filter((e) => e.kind === "skip" || e.kind === "spike" || e.kind === "rollback" || e.kind === "stop")
    .slice(0, 2000)
    .map((e) => ({
      kind: e.kind,
      step: Number(e.step),
      from: e.kind === "rollback" && Number.isFinite(Number(e.restored)) ? Number(e.restored) : null,
      title:
        e.kind === "spike"
          ? `loss spike at step ${Number(e.step)}: ${fmt(num(e.factor), 3)} times its median`
          : e.kind === "rollback"
            ? `rollback at step ${Number(e.step)} to the snapshot of step ${e.restored}`
            : e.kind === "stop"
              ? stopText(e)
              : `update skipped at step ${Number(e.step)}`,
    }));
}

// The onset's replayed op and its saved batch: what the hook found by running the failing step again.
function renderForensics(diag) {
  const onset = diag.onset || {};
  const op = onset.op && typeof onset.op === "object" ? onset.op : null;
  const batch = onset.batch && typeof onset.batch === "object" ? onset.batch : null;
  if (!op && !batch) return null;
  const box = h("div", { class: "nw-notice nw-info nw-forensics" });
  if (op && op.found && diag.op)
    box.appendChild(h("div", { class: "nw-op", dataset: { type: String(op.type) } }, h("b", { text: "Op: " }), String(diag.op)));
  else if (op && op.why) box.appendChild(h("div", { class: "nw-op" }, h("b", { text: "Op: " }), `not named: ${String(op.why)}`));
  if (batch && batch.file) {
    const arrays = batch.arrays && typeof batch.arrays === "object" ? batch.arrays : {};
    // "row 18 of x", "rows 3, 7 of y"
    const bad = Object.entries(arrays)
      .filter(([, a]) => a && Number(a.nonfinite_row_count) > 0)
      .map(([k, a]) => {
        const rows = (Array.isArray(a.nonfinite_rows) ? a.nonfinite_rows : []).map(Number);
        const count = Number(a.nonfinite_row_count);
        const more = count > rows.length ? `, … (${count} in all)` : "";
        return [`${count === 1 ? "row" : "rows"} ${rows.join(", ")}${more} of `, h("code", { text: k })];
      });
    box.appendChild(
      h(
        "div",
        { class: "nw-batch" },
        h("b", { text: "Batch: " }),
        `the batch of ${batch.step != null ? `step ${batch.step}` : "the onset"} is saved next to the run's event file: `,
        h("code", { class: "nw-batch-load", text: `numpy.load("${String(batch.file)}")` }),
        Object.keys(arrays).length ? [` (${Object.keys(arrays).length === 1 ? "array" : "arrays"} `, Object.keys(arrays).map((k, i) => [i ? ", " : "", h("code", { text: k })]), "). "] : ". ",
        bad.length ? ["Holding NaN/Inf: ", bad.map((b, i) => [i ? "; " : "", b]), "."] : "None of its rows holds a NaN/Inf.",
        batch.rows != null
          ? ` ${plural(Number(batch.rows), "row")}${batch.batch_rows != null ? ` of its ${Number(batch.batch_rows)}` : ""} ${Number(batch.rows) === 1 ? "was" : "were"} saved (size cap); their indices are in "_rows".`
          : "",
      ),
    );
  }
  return box;
}

function summarisedRanges(ranges) {
  if (!Array.isArray(ranges)) return [];
  return ranges.filter((r) => Array.isArray(r) && r.length === 3 && r.every((x) => Number.isFinite(Number(x)))).map((r) => r.map(Number));
}
