// First view: every run at a glance, failing runs first, onset step visible.
import { get } from "./api.js";
import { h } from "./dom.js";
import { SCORE_TITLE } from "./causes.js";
import { fmt, plural } from "./format.js";

const RANK = { nonfinite: 0, diverging: 1, stalled: 2, impaired: 3, unreadable: 4, empty: 5, healthy: 6, loading: 7 };
// While runs are still being read, the overview asks again this often.
const LOADING_POLL_MS = 1000;

const STATUS_TITLE = {
  nonfinite: "a NaN or Inf appeared",
  diverging: "finite, but exploding",
  stalled: "the loss makes no real progress (at the constant predictor's level, or flat)",
  impaired: "it learns, but a fault measured in it holds it back (it began confidently wrong)",
  healthy: "no problem found",
  unreadable: "no usable data",
  empty: "no step logged yet",
  loading: "being read by TensorBoard; its row fills in when it is diagnosed",
};

export function statusBadge(status) {
  const s = String(status ?? "unknown");
  const cls = /^[a-z]+$/.test(s) ? s : "unknown";
  return h("span", { class: `nw-badge nw-st-${cls}`, text: s, title: Object.prototype.hasOwnProperty.call(STATUS_TITLE, s) ? STATUS_TITLE[s] : null });
}

// A run name that may wrap only after a "/" (and, inside a very long part, after "_"):
// text nodes with <wbr> between them, never a break inside a word.
export function breakableName(name) {
  const out = [];
  const parts = String(name).split(/(?<=\/)/);
  parts.forEach((part, i) => {
    if (i) out.push(h("wbr"));
    const bits = part.length > 28 ? part.split(/(?<=_)/) : [part];
    bits.forEach((b, j) => {
      if (j) out.push(h("wbr"));
      out.push(b);
    });
  });
  return out;
}

const STOP_REASON = {
  stop: 'on_nonfinite="stop" ended the training at the first NaN/Inf',
  raise: 'on_nonfinite="raise" raised an error at the first NaN/Inf',
  max_skips: "too many updates in a row had to be skipped (max_skips)",
  max_rollbacks: "too many rollbacks (max_rollbacks)",
};

// A stop record ({step, reason, applied}) as a sentence.
export function stopText(e) {
  const why = Object.prototype.hasOwnProperty.call(STOP_REASON, e.reason) ? STOP_REASON[e.reason] : e.reason != null ? `reason: ${String(e.reason)}` : "";
  const applied = e.applied === false ? " The update of that step was not applied." : e.applied === true ? " The update of that step was applied." : "";
  return `Stopped after step ${Number(e.step)}${why ? `: ${why}` : ""}.${applied}`;
}

export function originText(onset) {
  if (!onset) return "";
  const parts = [];
  if (onset.layer) parts.push(onset.layer);
  else if (onset.tensor) parts.push(onset.tensor);
  if (onset.phase && onset.phase !== parts[0]) parts.push(onset.phase);
  return parts.join(" · ");
}

// A run written without the watch (Keras's TensorBoard callback, tf.summary, tensorboardX, HF Trainer): what it is.
export function sourceBadge(source) {
  if (!source || typeof source !== "object") return null;
  return h("span", {
    class: "nw-chip nw-source",
    dataset: { resolution: String(source.resolution ?? "") },
    title: `Written by ${String(source.writer_text ?? "another writer")}, not by NanWatch: diagnosed at the resolution it was logged.`,
    text: String(source.label ?? "TensorBoard logs"),
  });
}

export async function renderOverview(app, root, signal) {
  const t0 = performance.now();
  const data = await get("runs", null, signal);
  app.runsKey = JSON.stringify(data.runs || []);
  const runs = (data.runs || []).map((r, i) => ({ ...r, _i: i }));
  runs.sort((a, b) => (RANK[a.status] ?? 4.5) - (RANK[b.status] ?? 4.5) || a._i - b._i);
  app.runs = runs;
  const failing = runs.filter((r) => r.status !== "healthy" && r.status !== "loading").length;
  const loading = runs.filter((r) => r.loading).length;
  const head = h(
    "div",
    { class: "nw-head" },
    h("h1", { class: "nw-title", text: "NaN Watch" }),
    h("span", { class: "nw-sub", text: `${runs.length} run${runs.length === 1 ? "" : "s"}, ${failing} failing` }),
    loading ? h("span", { class: "nw-sub nw-loading-count", text: `${loading} still loading…` }) : null,
  );
  // rows fill in as the backend reads runs: ask again until none is loading
  if (loading) app.pollRuns(LOADING_POLL_MS);
  if (!runs.length) {
    root.append(
      head,
      h(
        "div",
        { class: "nw-card nw-empty" },
        "No tb_nanwatch data in this logdir yet, and no run of another writer logs a loss. Add the callback to model.fit: ",
        h("code", { text: "from tb_nanwatch import NanWatch; model.fit(..., callbacks=[NanWatch(log_dir)])" }),
      ),
    );
    return;
  }
  const tbody = h("tbody");
  for (const r of runs) {
    const onset = r.onset;
    // where it began: the analysis's origin when it has one (for a diverging run it can name
    // the layer that grew first, before the loss overflowed), else the latched onset
    const where = r.origin && (r.origin.layer || r.origin.tensor) ? r.origin : onset;
    const tc = r.top_cause;
    const epochs = !!(r.source && r.source.unit === "epoch"); // a run logged once per epoch counts epochs
    const notes = [];
    if (r.loading && r.status !== "loading") notes.push(h("span", { class: "nw-chip nw-loading", title: "new steps are being read", text: "updating…" }));
    const ev = r.events && typeof r.events === "object" ? r.events : {};
    // a run the watch stopped says so (its unapplied last update is the stop, not a skip)
    const stops = Number(ev.stop) || 0;
    const stopped = r.stopped && typeof r.stopped === "object" && Number.isFinite(Number(r.stopped.step)) ? r.stopped : null;
    if (stops > 0 || stopped)
      notes.push(
        h("span", {
          class: "nw-chip nw-event nw-event-stop",
          dataset: { kind: "stop", count: String(Math.max(1, stops)) },
          title: stopped ? stopText(stopped) : 'the watch ended the training (on_nonfinite="stop" or "raise", or too many skips or rollbacks)',
          text: stopped ? `stopped at step ${Number(stopped.step)}` : "stopped",
        }),
      );
    for (const [kind, one, many, title] of [
      ["spike", "loss spike", "loss spikes", "a finite loss 10 times its running median for 5 steps"],
      ["rollback", "rollback", "rollbacks", "weights and optimizer state put back to a snapshot (on_nonfinite or on_spike=\"rollback\")"],
      ["skip", "skipped update", "skipped updates", "updates with non-finite gradients or loss not applied"],
    ]) {
      const n = Number(ev[kind]) || 0;
      if (n > 0) notes.push(h("span", { class: `nw-chip nw-event nw-event-${kind}`, dataset: { kind, count: String(n) }, title, text: plural(n, one, many) }));
    }
    if (r.summarised) notes.push(h("span", { class: "nw-chip", title: "some steps are kept as block summaries (a long run)", text: "summarised" }));
    if (r.sampled) notes.push(h("span", { class: "nw-chip nw-warn", title: "TensorBoard kept only a sample of the steps", text: "sampled" }));
    for (const p of r.problems || []) notes.push(h("span", { class: "nw-chip nw-warn", title: String(p), text: String(p) }));
    const open = (e) => {
      e.preventDefault();
      app.setState({ run: r.run, layer: null, step: null, start: null, end: null });
    };
    const tr = h(
      "tr",
      { class: "nw-run-row", dataset: { run: r.run, status: String(r.status), loading: r.loading ? "1" : "0" }, tabindex: "0", onclick: open, onkeydown: (e) => e.key === "Enter" && open(e) },
      h("td", { class: "nw-run-name" }, h("a", { href: app.hrefFor({ run: r.run }), title: r.run, onclick: open }, breakableName(r.run))),
      h(
        "td",
        { class: "nw-status-cell" },
        statusBadge(r.status),
        sourceBadge(r.source),
        r.status_note ? h("div", { class: "nw-muted nw-small nw-status-note", text: String(r.status_note) }) : null,
      ),
      h("td", { class: "nw-onset-step", text: onset && onset.step != null ? `${epochs ? "epoch " : ""}${onset.step}` : "–" }),
      h(
        "td",
        { class: "nw-origin" },
        where ? h("span", { text: originText(where) }) : "–",
        where && where.layer && where.tensor ? h("div", { class: "nw-muted nw-small", text: where.tensor }) : null,
        where && where !== onset && where.step != null && onset && where.step !== onset.step
          ? h("div", { class: "nw-muted nw-small", text: `from step ${where.step}` })
          : null,
      ),
      h(
        "td",
        { class: "nw-top-cause" },
        tc ? h("span", { text: tc.summary || tc.id }) : h("span", { class: "nw-muted", text: r.status === "healthy" ? "no cause found" : "–" }),
        tc && tc.score != null ? h("span", { class: "nw-score", title: SCORE_TITLE, text: `score ${fmt(Number(tc.score), 2)}` }) : null,
      ),
      h("td", { class: "nw-num", text: r.steps != null ? (epochs ? plural(Number(r.steps), "epoch") : String(r.steps)) : "–" }),
      h("td", { class: "nw-notes" }, notes),
    );
    tbody.appendChild(tr);
  }
  const table = h(
    "table",
    { class: "nw-table nw-runs" },
    h(
      "thead",
      null,
      h(
        "tr",
        null,
        ["Run", "Status", "Onset step", "Where it began", "Top cause", "Steps", "Notes"].map((t) => h("th", { text: t })),
      ),
    ),
    tbody,
  );
  root.append(head, h("div", { class: "nw-card nw-scroll-x" }, table));
  app.timing("overview", performance.now() - t0);
}
