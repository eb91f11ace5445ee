// Small multiples, one card per layer: activation range (min/max band and
// mean), gradient norm, weight norm, update ratio. Cards fetch and draw only
// when they scroll into view, so 100 layers cost what the visible few cost.
import { get, nums } from "./api.js";
import { Chart } from "./charts.js";
import { h } from "./dom.js";

export function groupLayers(rows) {
  const map = new Map();
  for (const r of rows) {
    if (!r.layer) continue;
    if (!map.has(r.layer)) map.set(r.layer, { layer: r.layer, act: null, pre: null, grads: [], weights: [] });
    const g = map.get(r.layer);
    if (r.kind === "activation" || r.kind === "output") g.act = g.act || r;
    else if (r.kind === "preactivation") g.pre = r;
    else if (r.kind === "gradient") g.grads.push(r);
    else if (r.kind === "weight") g.weights.push(r);
  }
  return [...map.values()];
}

const short = (name, layer) => (name.startsWith(layer + "/") ? name.slice(layer.length + 1) : name);

export class LayerGrid {
  constructor(ctx, container) {
    this.ctx = ctx;
    this.groups = groupLayers(ctx.rows);
    this.cards = new Map();
    this.queue = new Set();
    this.loaded = new Set();
    this.timer = null;
    this.container = container;
    if (!this.groups.length) {
      container.appendChild(h("p", { class: "nw-muted", text: "No per-layer rows logged." }));
      return;
    }
    const grid = h("div", { class: "nw-layers" });
    for (const g of this.groups) {
      const body = h("div", { class: "nw-layer-body" }, h("div", { class: "nw-muted nw-small", text: "…" }));
      const card = h(
        "div",
        { class: "nw-layer", dataset: { layer: g.layer } },
        h("div", { class: "nw-layer-head" }, h("span", { class: "nw-layer-name", text: g.layer }), g.act && g.act.activation ? h("span", { class: "nw-chip", text: String(g.act.activation) }) : null),
        body,
      );
      card.addEventListener("click", (e) => {
        if (e.target.closest(".u-over")) return;
        ctx.jump({ layer: g.layer });
      });
      this.cards.set(g.layer, { card, body, group: g, charts: [], visible: false });
      grid.appendChild(card);
    }
    container.appendChild(grid);
    if (window.IntersectionObserver) {
      this.io = new IntersectionObserver(
        (entries) => {
          for (const e of entries) if (e.isIntersecting) this._want(e.target.dataset.layer);
        },
        { rootMargin: "300px 0px" },
      );
      // hover sync only across the cards actually on screen
      this.vis = new IntersectionObserver((entries) => {
        for (const e of entries) {
          const c = this.cards.get(e.target.dataset.layer);
          if (!c) continue;
          c.visible = e.isIntersecting;
          for (const ch of c.charts) ch.setSynced(e.isIntersecting);
        }
      });
      for (const { card } of this.cards.values()) {
        this.io.observe(card);
        this.vis.observe(card);
      }
    } else {
      for (const g of this.groups) this._want(g.layer);
    }
  }

  destroy() {
    if (this.io) this.io.disconnect();
    if (this.vis) this.vis.disconnect();
    clearTimeout(this.timer);
  }

  // Marks the cards of layers that held NaN/Inf, with the first such step.
  markBad(bad) {
    for (const [name, { card }] of this.cards) {
      const old = card.querySelector(".nw-layer-bad");
      if (old) old.remove();
      const b = bad[name];
      card.classList.toggle("nw-layer-hasbad", !!b);
      if (b)
        card
          .querySelector(".nw-layer-head")
          .appendChild(h("span", { class: "nw-chip nw-layer-bad", text: `${b[1]} from step ${b[0]}` }));
    }
  }

  highlight(layer, scroll) {
    for (const [name, { card }] of this.cards) card.classList.toggle("nw-sel", name === layer);
    const c = this.cards.get(layer);
    if (c && scroll) {
      c.card.scrollIntoView({ block: "nearest", behavior: "smooth" });
      this._want(layer);
    }
  }

  _want(layer) {
    if (this.loaded.has(layer) || !this.cards.has(layer)) return;
    this.loaded.add(layer);
    this.queue.add(layer);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this._flush(), 16);
  }

  async _flush() {
    const all = [...this.queue];
    this.queue.clear();
    // the series route takes at most 256 series per request: 16 layers a batch
    for (let i = 0; i < all.length; i += 16) {
      if (this.ctx.signal.aborted) return;
      await this._load(all.slice(i, i + 16));
    }
  }

  async _load(layers) {
    if (!layers.length) return;
    const ctx = this.ctx;
    const groups = layers.map((l) => this.cards.get(l).group);
    const acts = groups.filter((g) => g.act).map((g) => g.act.name);
    const traced = groups.flatMap((g) => [...g.grads, ...g.weights].map((r) => r.name));
    const weights = groups.flatMap((g) => g.weights.map((r) => r.name));
    const base = { run: ctx.run, start: ctx.range[0], end: ctx.range[1], points: 300 };
    const reqs = [];
    if (acts.length) reqs.push(get("series", { ...base, tensor: acts, stat: ["min", "max", "mean"] }, ctx.signal));
    if (traced.length) reqs.push(get("series", { ...base, tensor: traced, stat: ["trace"] }, ctx.signal));
    if (weights.length) reqs.push(get("series", { ...base, tensor: weights, stat: ["update_ratio"] }, ctx.signal));
    let results;
    try {
      results = await Promise.all(reqs);
    } catch (err) {
      if (ctx.signal.aborted) return;
      for (const l of layers) {
        const { body } = this.cards.get(l);
        body.textContent = `Could not load: ${err.message}`;
      }
      return;
    }
    if (ctx.signal.aborted) return;
    const by = new Map();
    for (const r of results) for (const s of r.series || []) by.set(`${s.tensor}\u0000${s.stat}`, { steps: s.steps, values: nums(s.values) });
    // one card per frame keeps every task short while many cards arrive at once
    for (const l of layers) {
      if (ctx.signal.aborted) return;
      const c = this.cards.get(l);
      this._draw(c, by);
      for (const ch of c.charts) ch.setSynced(c.visible);
      await new Promise((r) => requestAnimationFrame(() => r()));
    }
  }

  _draw(card, by) {
    const { body, group: g } = card;
    const ctx = this.ctx;
    body.textContent = "";
    const get2 = (t, s) => by.get(`${t}\u0000${s}`);
    const panels = [];
    if (g.act) {
      const mn = get2(g.act.name, "min");
      const mx = get2(g.act.name, "max");
      const me = get2(g.act.name, "mean");
      if (mn && mx)
        panels.push([
          "activation range",
          [
            { label: "max", steps: mx.steps, values: mx.values, band: "hi" },
            { label: "min", steps: mn.steps, values: mn.values, band: "lo" },
            ...(me ? [{ label: "mean", steps: me.steps, values: me.values, dash: [3, 3] }] : []),
          ],
          false,
        ]);
    }
    const tr = (rows) => rows.map((r) => ({ label: short(r.name, g.layer), ...(get2(r.name, "trace") || { steps: [], values: [] }) }));
    if (g.grads.length) panels.push(["gradient norm", tr(g.grads), true]);
    if (g.weights.length) panels.push(["weight norm", tr(g.weights), true]);
    if (g.weights.length)
      panels.push([
        "update ratio",
        g.weights.map((r) => ({ label: short(r.name, g.layer), ...(get2(r.name, "update_ratio") || { steps: [], values: [] }) })),
        true,
      ]);
    if (!panels.length) {
      body.appendChild(h("div", { class: "nw-muted nw-small", text: "Nothing logged for this layer." }));
      return;
    }
    for (const [title, series, log] of panels) {
      // a series with no measured value (a bias's update ratio) says so in the legend
      for (const s of series) if (s.steps.length && s.values.every((v) => v === null)) s.label = `${s.label} (not measured)`;
      const el = h("div", { class: "nw-mini", dataset: { panel: title } });
      body.appendChild(h("div", { class: "nw-mini-wrap" }, h("div", { class: "nw-mini-title", text: title }), el));
      if (series.every((s) => !s.steps.length)) {
        el.appendChild(h("div", { class: "nw-muted nw-small", text: "not logged" }));
        continue;
      }
      const chart = new Chart(el, {
          series,
          log,
          compact: true,
          height: 110,
          range: ctx.range,
          onset: ctx.onset,
          onsetText: ctx.onsetText,
          windowStart: ctx.windowStart,
          syncKey: "nw",
          selStep: ctx.selStep(),
          onStep: (s) => ctx.jump({ step: s, layer: g.layer }),
          onRange: (a, b) => ctx.zoom(a, b),
          onReset: () => ctx.zoom(null, null),
        });
      ctx.charts.push(chart);
      card.charts.push(chart);
    }
  }
}
