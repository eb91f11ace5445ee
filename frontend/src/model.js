// Model panel: the facts the hook read at train begin (layers with the output
// layer(s) marked, loss, optimizer, fit settings) and what the sampled inputs
// and targets looked like. Every name and value comes from user code: all of it
// goes through textContent (the `h` helper), never innerHTML.
import { num } from "./api.js";
import { h } from "./dom.js";
import { fmt, plural } from "./format.js";

const MAX_VALUES_SHOWN = 8;

const str = (v) => (v === null || v === undefined ? "" : String(v));
const arr = (v) => (Array.isArray(v) ? v : []);
const obj = (v) => (v && typeof v === "object" && !Array.isArray(v) ? v : null);
const numText = (v) => {
  const x = num(v);
  return x === null ? "–" : fmt(x);
};
// Settings as the user would type them: 0.001, 1e-7.
const setting = (v) => (typeof v === "number" && Number.isFinite(v) ? String(Number(v.toPrecision(4))) : str(v));

function shapeText(shape) {
  if (!Array.isArray(shape)) return shape == null ? "–" : String(shape);
  return `(${shape.map((d) => (d === null ? "None" : String(d))).join(", ")}${shape.length === 1 ? "," : ""})`;
}

export function lossText(l) {
  const parts = [str(l.name) || str(l.class) || "?"];
  if (l.class && l.name && String(l.class) !== "function" && String(l.class) !== String(l.name)) parts.push(` [${l.class}]`);
  if (l.from_logits) parts.push(" (from_logits=True)");
  if (l.output) parts.push(` on output ${l.output}`);
  return parts.join("");
}

function optimizerText(o) {
  const extras = Object.entries(o)
    .filter(([k]) => k !== "class" && k !== "learning_rate")
    .map(([k, v]) => `${k}=${setting(v)}`);
  const lr = o.learning_rate != null ? [`learning_rate=${setting(o.learning_rate)}`] : [];
  return `${str(o.class) || "?"}(${[...lr, ...extras].join(", ")})`;
}

function fitText(fit) {
  const bits = [];
  if (fit.epochs != null || fit.steps_per_epoch != null) bits.push(`${str(fit.epochs ?? "?")} epochs × ${str(fit.steps_per_epoch ?? "?")} steps`);
  if (fit.batch_size != null) bits.push(`batch size ${fit.batch_size}`);
  return bits.join(", ");
}

// A value as a label: a number in at most 4 significant digits (never "0.30000000000000004").
function valueLabel(k) {
  const x = k.trim() === "" ? NaN : Number(k);
  if (!Number.isFinite(x) || (Number.isInteger(x) && k.length <= 12)) return k;
  return fmt(x);
}

// `values` is {value: frequency}: class labels and how often each was seen. Values that are
// not whole numbers are a continuous target (a regression's), not classes: they are counted,
// not listed with shares.
function valuesText(values) {
  const entries = Object.entries(values);
  const numeric = entries.length > 0 && entries.every(([k]) => k.trim() !== "" && Number.isFinite(Number(k)));
  if (numeric && entries.some(([k]) => !Number.isInteger(Number(k))))
    return `continuous: ${plural(entries.length, "distinct value")} in the sampled rows`;
  const shown = entries.slice(0, MAX_VALUES_SHOWN).map(([k, f]) => {
    const x = num(f);
    return x === null ? valueLabel(k) : `${valueLabel(k)} (${fmt(100 * x, 3)}%)`;
  });
  return shown.join(", ") + (entries.length > MAX_VALUES_SHOWN ? `, … ${entries.length - MAX_VALUES_SHOWN} more` : "");
}

function layersTable(layers, outputs, ctx) {
  const known = new Set((ctx.rows || []).map((r) => r.layer).filter(Boolean));
  const tbody = h("tbody");
  layers.forEach((l, i) => {
    const name = str(l.name);
    const isOut = outputs.has(name);
    const nameCell = known.has(name)
      ? h("span", {
          class: "nw-linkbtn nw-model-layer-name",
          role: "button",
          tabindex: "0",
          title: `Show layer ${name}`,
          text: name,
          onclick: () => ctx.jump({ layer: name }),
          onkeydown: (e) => (e.key === "Enter" || e.key === " ") && (e.preventDefault(), ctx.jump({ layer: name })),
        })
      : h("span", { class: "nw-model-layer-name", text: name });
    tbody.appendChild(
      h(
        "tr",
        { class: isOut ? "nw-model-layer nw-out-layer" : "nw-model-layer", dataset: { layer: name } },
        h("td", { class: "nw-num nw-muted", text: String(i + 1) }),
        h("td", { class: "nw-mono" }, nameCell, isOut ? h("span", { class: "nw-chip nw-out-chip", text: "output" }) : null),
        h("td", { text: str(l.class) || "–" }),
        h("td", { class: "nw-model-act", text: str(l.activation) || "–" }),
        h("td", { class: "nw-num", text: l.units != null ? str(l.units) : "–" }),
        h("td", { class: "nw-mono", text: shapeText(l.output_shape) }),
        h("td", { class: "nw-num", text: l.params != null ? str(l.params) : "–" }),
      ),
    );
  });
  return h(
    "div",
    { class: "nw-model-layers nw-scroll-x" },
    h(
      "table",
      { class: "nw-table nw-model-layer-table" },
      h("thead", null, h("tr", null, ["#", "Layer", "Class", "Activation", "Units", "Output shape", "Params"].map((t) => h("th", { text: t })))),
      tbody,
    ),
  );
}

function dataTable(data) {
  const tbody = h("tbody");
  for (const [name, d0] of Object.entries(data)) {
    const d = obj(d0) || {};
    const values = obj(d.values);
    const nonfinite = num(d.nonfinite);
    const range = d.min == null && d.max == null ? "–" : `[${numText(d.min)}, ${numText(d.max)}]`;
    const dtype = [str(d.dtype) || "float", d.features != null ? ` × ${d.features}` : ""].join("");
    tbody.appendChild(
      h(
        "tr",
        { class: "nw-model-data-row", dataset: { name } },
        h("td", { class: "nw-mono", text: name }),
        h("td", { class: "nw-mono", text: dtype }),
        h("td", { class: "nw-model-range", text: range }),
        h("td", { text: d.mean == null ? "–" : `${numText(d.mean)} ± ${numText(d.std)}` }),
        h("td", { class: "nw-model-values", text: values ? valuesText(values) : d.integer ? "whole numbers" : "–" }),
        h("td", { class: nonfinite ? "nw-nan-text" : "", text: nonfinite === null ? "–" : fmt(nonfinite) }),
      ),
    );
  }
  return h(
    "div",
    { class: "nw-scroll-x" },
    h(
      "table",
      { class: "nw-table nw-model-data" },
      h("thead", null, h("tr", null, ["Tensor", "dtype × features", "Range", "Mean ± std", "Values seen (share)", "NaN/Inf"].map((t) => h("th", { text: t })))),
      tbody,
    ),
  );
}

// Returns the Model card, or null for a run without model facts (logs from older versions).
export function renderModel(model, ctx) {
  const m = obj(model);
  if (!m) return null;
  const layers = arr(m.layers).filter((l) => obj(l));
  const outputs = new Set(arr(m.outputs).map(str));
  const losses = arr(m.losses).filter((l) => obj(l));
  const opt = obj(m.optimizer);
  const fit = obj(m.fit) || {};
  const data = obj(m.data) || {};
  const lines = arr(m.lines).map(str);

  const facts = [];
  const fact = (key, ...value) => facts.push(h("dt", { text: key }), h("dd", { class: `nw-fact-${key.toLowerCase().replace(/[^a-z]+/g, "-")}` }, ...value));
  if (outputs.size) fact("Output", [...outputs].map((o, i) => [i ? ", " : "", h("code", { class: "nw-model-output", text: o })]));
  if (losses.length) fact("Loss", losses.map((l, i) => [i ? "; " : "", h("code", { class: "nw-model-loss", text: lossText(l) })]));
  if (opt) fact("Optimizer", h("code", { class: "nw-model-optimizer", text: optimizerText(opt) }));
  const ft = fitText(fit);
  if (ft) fact("Fit", ft);
  if (m.dtype_policy != null) fact("dtype policy", h("code", { text: str(m.dtype_policy) }));

  const card = h("section", { class: "nw-card nw-model-card" }, h("h2", { text: "Model" }));
  const hasData = Object.keys(data).length > 0;
  if (!layers.length && !facts.length && !hasData) {
    if (lines.length) card.appendChild(h("ul", { class: "nw-model-lines" }, lines.map((t) => h("li", { class: "nw-mono", text: t }))));
    else card.appendChild(h("p", { class: "nw-muted", text: "No model facts were logged." }));
    return card;
  }
  card.append(
    h(
      "div",
      { class: "nw-model-grid" },
      layers.length ? layersTable(layers, outputs, ctx) : h("p", { class: "nw-muted", text: "No layers were logged." }),
      facts.length ? h("dl", { class: "nw-facts" }, facts) : null,
    ),
  );
  if (hasData) card.append(h("h3", { class: "nw-model-sub", text: "Data seen (sampled rows of logged steps)" }), dataTable(data));
  if (lines.length)
    card.append(h("details", { class: "nw-model-text" }, h("summary", { text: "As text" }), h("pre", null, h("code", { text: lines.join("\n") }))));
  return card;
}
