// Entry point. TensorBoard loads this ES module in the tab's iframe
// (data/plugin_entry.html?name=tb_nanwatch) and calls render().
import uplotCss from "uplot/dist/uPlot.min.css";
import css from "./style.css";
import { get } from "./api.js";
import { destroyAll, syncedCount } from "./charts.js";
import { h, clear } from "./dom.js";
import { Host, readParentHash, writeParentHash } from "./host.js";
import { renderOverview } from "./overview.js";
import { RunView } from "./run.js";
import { parseState, readHash, sameState, writeHash } from "./state.js";
import { watchTheme } from "./theme.js";

class App {
  constructor(root) {
    this.root = root;
    this.state = {};
    this.runs = null;
    this.view = null;
    this.ctl = null;
    this.renders = 0;
    this.timings = {};
    this.host = new Host();
  }

  async start() {
    let st = readHash();
    if (!Object.keys(st).length) {
      let fromParent = readParentHash();
      if (fromParent === null && this.host.connected) fromParent = await this.host.urlData();
      if (fromParent) st = parseState(fromParent);
    }
    this.state = st;
    writeHash(this.state);
    this.host.on("experimental.DataReloaded", () => {
      this.reload();
      return null;
    });
    window.addEventListener("hashchange", () => {
      const next = readHash();
      this._apply(next);
    });
    this._followParentUrl();
    watchTheme(() => {
      if (this.renders > 0) this.reload(true);
    });
    await this.rerender();
  }

  // Redraws the view the TensorBoard page's URL names when it changes under
  // us: back/forward, or p.tb_nanwatch.* edited in the address bar.
  _followParentUrl() {
    let parent = null;
    try {
      if (window.parent && window.parent !== window && window.parent.location.href) parent = window.parent;
    } catch (_) {
      return; // cross-origin parent: nothing to follow
    }
    if (!parent) return;
    const follow = () => {
      const fromParent = readParentHash();
      if (fromParent === null) return;
      const next = parseState(fromParent);
      if (!sameState(next, this.state)) this._apply(next, true);
    };
    parent.addEventListener("popstate", follow);
    parent.addEventListener("hashchange", follow);
  }

  hrefFor(state) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(state)) if (v !== null && v !== undefined && v !== "") p.set(k, String(v));
    const u = new URL(window.location.href);
    u.hash = p.toString();
    return u.href;
  }

  setState(patch) {
    const next = { ...this.state, ...patch };
    for (const k of Object.keys(next)) if (next[k] === null || next[k] === undefined || next[k] === "") delete next[k];
    this._apply(next);
  }

  // `fromUrl`: the state came from the TensorBoard page's URL (back/forward,
  // an edited address bar), which then already holds it. Otherwise a change
  // of run is a navigation (a history entry, so that back returns to the
  // previous run); a selection or zoom only replaces the entry.
  _apply(next, fromUrl = false) {
    const prev = this.state;
    this.state = next;
    writeHash(next);
    if (!fromUrl) writeParentHash(next, prev.run !== next.run);
    const full = prev.run !== next.run || prev.start !== next.start || prev.end !== next.end || !this.view;
    if (full) this.rerender();
    else if (this.view instanceof RunView && (prev.layer !== next.layer || prev.step !== next.step)) this.view.applySelection(true);
  }

  // The overview asks /runs again after ms while runs are loading (one timer at a time).
  pollRuns(ms) {
    clearTimeout(this.pollTimer);
    this.pollTimer = setTimeout(() => {
      if (!this.state.run) this.reload();
    }, ms);
  }

  timing(name, ms) {
    this.timings[name] = ms;
    window.__nanwatch.timings[name] = ms;
  }

  // TensorBoard's reload button (and its auto-reload timer) land here. The
  // view is redrawn only when the runs listing changed (new runs, new steps,
  // a new status), so the periodic reload does not disturb someone reading.
  async reload(force = false) {
    window.__nanwatch.reloads = (window.__nanwatch.reloads || 0) + 1;
    if (!force && this.runsKey) {
      try {
        const runs = (await get("runs")).runs || [];
        const key = JSON.stringify(runs);
        if (key === this.runsKey) return;
        this.runs = runs;
        this.runsKey = key;
      } catch (_) {
        /* redraw below and show the error there */
      }
    }
    const y = window.scrollY;
    await this.rerender();
    window.scrollTo(0, y);
  }

  async rerender() {
    if (this.ctl) this.ctl.abort();
    const ctl = new AbortController();
    this.ctl = ctl;
    if (this.view && this.view.destroy) this.view.destroy();
    destroyAll(this.root);
    const page = h("div", { class: "nw-page" });
    const t0 = performance.now();
    document.body.dataset.nwBusy = "1";
    try {
      const known = () => (this.runs || []).some((r) => r.run === this.state.run);
      if (this.runs === null || !this.state.run || !known()) {
        // the overview also fills this.runs, used by the run selector
        if (!this.state.run) {
          this.view = { kind: "overview" };
          clear(this.root).appendChild(page);
          await renderOverview(this, page, ctl.signal);
        } else {
          this.runs = (await get("runs", null, ctl.signal)).runs || [];
          this.runsKey = JSON.stringify(this.runs);
        }
      }
      // a run name from the URL that no run has: say so (and ask for nothing about it)
      if (this.state.run && !ctl.signal.aborted && !known()) {
        this.view = { kind: "missing" };
        clear(this.root).appendChild(page);
        renderMissing(this, page);
      } else if (this.state.run && !ctl.signal.aborted) {
        const v = new RunView(this, page);
        this.view = v;
        clear(this.root).appendChild(page);
        await v.render(ctl.signal);
      }
    } catch (e) {
      if (ctl.signal.aborted || (e && e.name === "AbortError")) return;
      clear(this.root).appendChild(page);
      clear(page).append(
        h("div", { class: "nw-head" }, h("h1", { class: "nw-title", text: "NaN Watch" })),
        h("div", { class: "nw-card nw-error", text: `Could not load: ${e && e.message ? e.message : e}` }),
        this.state.run
          ? h("button", { class: "nw-btn", text: "← All runs", onclick: () => this.setState({ run: null, layer: null, step: null, start: null, end: null }) })
          : null,
      );
      console.warn("tb_nanwatch:", e);
    }
    if (ctl.signal.aborted) return;
    this.renders++;
    this.timing("render", performance.now() - t0);
    document.body.dataset.nwView = this.view && this.view.kind === "missing" ? "missing" : this.state.run ? "run" : "overview";
    document.body.dataset.nwRenders = String(this.renders);
    delete document.body.dataset.nwBusy;
  }
}

function renderMissing(app, page) {
  const runs = app.runs || [];
  page.append(
    h("div", { class: "nw-head" }, h("h1", { class: "nw-title", text: "NaN Watch" })),
    h(
      "div",
      { class: "nw-card nw-missing" },
      h("p", null, "There is no run named ", h("code", { class: "nw-missing-run", text: app.state.run }), " in this logdir", runs.length ? "." : " (it holds no tb_nanwatch run yet)."),
      h("p", { class: "nw-muted", text: "The link may name a run that was renamed or deleted, or whose logs TensorBoard has not read yet (it appears after the next reload)." }),
      h("button", { class: "nw-btn", text: "← All runs", onclick: () => app.setState({ run: null, layer: null, step: null, start: null, end: null }) }),
    ),
  );
}

let started = null;

export function render() {
  if (started) return started;
  window.__nanwatch = window.__nanwatch || { timings: {} };
  const style = document.createElement("style");
  style.textContent = uplotCss + "\n" + css;
  document.head.appendChild(style);
  const meta = document.createElement("meta");
  meta.name = "color-scheme";
  meta.content = "light dark";
  document.head.appendChild(meta);
  const root = h("div", { id: "nw-root" });
  document.body.appendChild(root);
  const app = new App(root);
  window.__nanwatch.app = app;
  window.__nanwatch.syncedCount = syncedCount;
  started = app.start();
  return started;
}
