"""Browser benchmark of the NaN Watch tab: 100 layers x 100,000 steps.

Serves the plugin's real routes (`tb_nanwatch.plugin.plugin.NanWatchPlugin`
over `views`) and TensorBoard's real iframe entry page and CSP
(`tensorboard.backend.application.TensorBoardWSGI`) from a synthetic in-memory
run, so no event files and no data-provider loading are timed: the figures are
the tab's (module load, fetch + JSON parse, drawing, interaction) plus the
routes' own compute, which is reported separately from resource timing.

The run: 100 Dense layers (pre-activation, output, kernel/bias gradients and
weights each: 605 rows), 100,000 traced steps, statistics every 100 steps and
every step of the window after the onset; NaN from step 80,000 spreading one
layer per step from layer 40. Plus 49 small runs for the overview.

Usage: python bench/frontend.py [--steps 100000] [--layers 100] [--json out.json]
Needs /usr/bin/chromium and playwright (pip install playwright).
"""

import argparse
import json
import os
import sys
import threading
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from tb_nanwatch import metadata  # noqa: E402
from tb_nanwatch.plugin import diagnosis as diagnosis_lib  # noqa: E402
from tb_nanwatch.plugin import store  # noqa: E402
from tb_nanwatch.plugin.plugin import NanWatchPlugin  # noqa: E402
from tb_nanwatch.reader import RunData  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
S = metadata.STAT_INDEX


def make_run(name, layers, steps, onset=None, log_every=100, window=20, seed=0):
    mk = metadata.make_row
    rows = [mk("input/x", "input"), mk("target/y", "target")]
    for i in range(layers):
        rows.append(mk("layer_%d/preactivation" % i, "preactivation", "layer_%d" % i, "relu"))
        rows.append(mk("layer_%d/output" % i, "activation", "layer_%d" % i, "relu"))
    rows.append(mk("loss", "loss"))
    for i in reversed(range(layers)):
        rows += [mk("layer_%d/kernel/grad" % i, "gradient", "layer_%d" % i), mk("layer_%d/bias/grad" % i, "gradient", "layer_%d" % i)]
    for i in range(layers):
        rows += [mk("layer_%d/kernel" % i, "weight", "layer_%d" % i), mk("layer_%d/bias" % i, "weight", "layer_%d" % i)]
    rows += [mk("learning_rate", "scalar"), mk("global_grad_norm", "scalar")]
    R = len(rows)
    rng = np.random.default_rng(seed)
    t_steps = np.arange(steps, dtype=np.int64)
    scale = rng.lognormal(0, 1, R).astype(np.float32)
    trace = np.empty((steps, R), np.float32)
    chunk = 10000
    for a in range(0, steps, chunk):  # a slow drift, noise, and growth before the onset
        b = min(steps, a + chunk)
        t = t_steps[a:b, None].astype(np.float32)
        grow = np.ones_like(t) if onset is None else np.exp(np.clip((t - (onset - 2000)) / 300.0, 0, 30))
        trace[a:b] = scale[None, :] * (1 + 0.3 * np.sin(t / 5000.0)) * grow * (1 + 0.1 * rng.random((b - a, R), dtype=np.float32))
    trace[:, R - 2] = 1e-3
    bad_from = {}
    if onset is not None:
        first = 40
        for i in range(first, layers):  # NaN spreads one layer per step from layer 40
            for r, row in enumerate(rows):
                if row["layer"] == "layer_%d" % i:
                    bad_from[r] = onset + (i - first)
        for r, row in enumerate(rows):
            if row["name"] in ("loss", "global_grad_norm") or row["kind"] in ("gradient", "weight"):
                bad_from[r] = min(bad_from.get(r, steps), onset + (layers - first))
        for r, s in bad_from.items():
            trace[s:, r] = np.nan
    s_steps = set(range(0, steps, log_every))
    if onset is not None:
        s_steps |= set(range(onset, min(steps, onset + window)))
    s_steps = np.array(sorted(s_steps), dtype=np.int64)
    stats = np.zeros((len(s_steps), R, len(metadata.STATS)), np.float32)
    v = trace[s_steps]
    fin = np.where(np.isfinite(v), v, np.nan)
    stats[:, :, S["size"]] = 256
    stats[:, :, S["nan"]] = np.where(np.isnan(v), 256, 0)
    stats[:, :, S["max_abs"]] = fin / 4
    stats[:, :, S["max"]] = fin / 4
    stats[:, :, S["min"]] = -fin / 5
    stats[:, :, S["mean"]] = fin / 40
    stats[:, :, S["std"]] = fin / 16
    stats[:, :, S["l2"]] = fin
    stats[:, :, S["update_ratio"]] = 1e-3 * (1 + 0.1 * np.sin(s_steps[:, None] / 100.0))
    stats[:, :, S["scale_spread"]] = 3.0
    onset_rec = None
    if onset is not None:
        r0 = min(bad_from, key=lambda r: (bad_from[r], r))
        onset_rec = metadata.onset_record(onset, rows[r0]["phase"], rows[r0]["name"], rows[r0]["layer"]) if hasattr(metadata, "onset_record") else {
            "step": onset, "phase": rows[r0]["phase"], "tensor": rows[r0]["name"], "layer": rows[r0]["layer"]}
    return RunData(name, rows, t_steps, trace, s_steps, stats, onset_rec)


class FakeStore:
    def __init__(self, entries):
        self.entries = entries

    def runs(self, ctx, eid):
        names = sorted(self.entries)
        return names, {n: None for n in names}

    def get(self, ctx, eid, run, *_):
        return self.entries.get(run)


def build_entries(layers, steps, small_runs):
    t0 = time.time()
    big = make_run("big_100x100k", layers, steps, onset=int(steps * 0.8))
    t1 = time.time()
    entries = {big.run: store.Entry((), big, diagnosis_lib.diagnose(big))}
    t2 = time.time()
    for k in range(small_runs):
        rd = make_run("small_%02d" % k, 3, 2000, onset=(1500 if k % 3 == 0 else None), log_every=20, seed=k)
        entries[rd.run] = store.Entry((), rd, diagnosis_lib.diagnose(rd))
    print("synthetic data %.1fs, big-run diagnosis %.1fs, %d rows" % (t1 - t0, t2 - t1, len(big.rows)), file=sys.stderr)
    return entries


def serve(entries):
    from tensorboard.backend import application
    import logging

    from werkzeug.serving import make_server

    logging.getLogger("werkzeug").setLevel(logging.ERROR)

    plugin = NanWatchPlugin.__new__(NanWatchPlugin)
    plugin._store = FakeStore(entries)
    app = application.TensorBoardWSGI([plugin])
    srv = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv, "http://127.0.0.1:%d" % srv.server_port


WAIT_READY = "(n) => Number(document.body.dataset.nwRenders || 0) >= n && !document.body.dataset.nwBusy"

RESOURCES = """() => performance.getEntriesByType('resource').map(e => ({
    name: e.name.split('/tb_nanwatch/')[1] || e.name, start: e.startTime, server: e.responseStart - e.requestStart,
    total: e.duration, bytes: e.transferSize}))"""

LONGTASKS = """() => { window.__lt = []; new PerformanceObserver(l => { for (const e of l.getEntries()) window.__lt.push(e.duration); })
    .observe({type: 'longtask', buffered: true}); }"""


def measure(base, run, reps, shot=None):
    from playwright.sync_api import sync_playwright

    out = {}
    errors = []
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        for rep in range(reps):
            ctx = b.new_context(viewport={"width": 1400, "height": 1000})
            pg = ctx.new_page()
            pg.on("pageerror", lambda e: errors.append(str(e)))
            pg.add_init_script("window.__lt = []; new PerformanceObserver(l => { for (const e of l.getEntries()) window.__lt.push(e.duration); }).observe({type: 'longtask', buffered: true});")
            entry = base + "/data/plugin_entry.html?name=tb_nanwatch"
            # overview
            pg.goto(entry)
            pg.wait_for_function(WAIT_READY, arg=1, timeout=60000)
            ov = pg.evaluate("({ready: performance.now(), render: window.__nanwatch.timings.render, rows: document.querySelectorAll('tr.nw-run-row').length, lt: window.__lt})")
            # run view, cold page load with the run in the hash
            pg.goto(entry + "#run=" + run)
            pg.wait_for_function(WAIT_READY, arg=1, timeout=60000)
            rv = pg.evaluate("({ready: performance.now(), render: window.__nanwatch.timings.render, run: window.__nanwatch.timings.run, lt: window.__lt.slice(), "
                             "charts: document.querySelectorAll('.uplot').length, hmRows: window.__nanwatch.app.view.heatmap.R, hmBuckets: window.__nanwatch.app.view.heatmap.B})")
            rv["resources"] = pg.evaluate(RESOURCES)
            # the tab's own work after its last response arrived (drawing, JSON already parsed by then)
            ends = [e["start"] + e["total"] for e in rv["resources"] if e["start"] + e["total"] <= rv["ready"]]
            rv["client_tail"] = rv["ready"] - max(ends) if ends else None
            # every tensor in the heatmap (605 rows x ~1000 buckets) instead of the layer outputs
            t0 = time.time()
            pg.select_option("select.nw-hm-kind", "")
            pg.wait_for_function("window.__nanwatch.app.view.heatmap && window.__nanwatch.app.view.heatmap.R > 600", timeout=60000)
            rv["heatmap_all_rows_s"] = time.time() - t0
            rv["heatmap_all_cells"] = pg.evaluate("window.__nanwatch.app.view.heatmap.R * window.__nanwatch.app.view.heatmap.B")
            t1 = pg.evaluate("performance.now()")
            pg.evaluate("window.__nanwatch.app.view.heatmap.render()")
            rv["heatmap_all_redraw_ms"] = pg.evaluate("performance.now()") - t1
            pg.select_option("select.nw-hm-kind", "activation")
            pg.wait_for_function("window.__nanwatch.app.view.heatmap.R < 200", timeout=60000)
            # interactions
            inter = pg.evaluate(
                """async () => {
                  const frame = () => new Promise(r => requestAnimationFrame(() => r()));
                  const res = {};
                  const c = document.querySelector('.nw-hm-canvas'); const rc = c.getBoundingClientRect();
                  let t = performance.now(), worst = 0;
                  for (let i = 0; i < 200; i++) {
                    const t1 = performance.now();
                    c.dispatchEvent(new MouseEvent('mousemove', {clientX: rc.left + (i / 200) * rc.width, clientY: rc.top + rc.height / 2, bubbles: true}));
                    worst = Math.max(worst, performance.now() - t1);
                  }
                  res.heatmap_hover_ms_per_event = (performance.now() - t) / 200; res.heatmap_hover_worst_ms = worst;
                  const o = document.querySelector('.nw-timeline .u-over'); const ro = o.getBoundingClientRect();
                  await frame(); t = performance.now(); worst = 0; let last = t;
                  for (let i = 0; i < 60; i++) {
                    o.dispatchEvent(new MouseEvent('mousemove', {clientX: ro.left + (i / 60) * ro.width, clientY: ro.top + ro.height / 2, bubbles: true}));
                    await frame(); const now = performance.now(); worst = Math.max(worst, now - last); last = now;
                  }
                  res.timeline_hover_frame_ms = (performance.now() - t) / 60; res.timeline_hover_worst_frame_ms = worst;
                  res.synced_charts = document.querySelectorAll('.uplot').length;
                  t = performance.now();
                  c.dispatchEvent(new MouseEvent('click', {clientX: rc.left + rc.width * 0.9, clientY: rc.top + 20, bubbles: true}));
                  res.heatmap_click_to_selection_ms = performance.now() - t;
                  await frame(); res.heatmap_click_to_frame_ms = performance.now() - t;
                  return res;
                }"""
            )
            # scroll through every layer card: lazy loads
            lt0 = len(pg.evaluate("window.__lt"))
            t0 = time.time()
            pg.evaluate("""async () => { const f = () => new Promise(r => requestAnimationFrame(() => r()));
                for (let y = 0; y < document.documentElement.scrollHeight; y += 600) { window.scrollTo(0, y); await f(); } }""")
            pg.wait_for_function("[...document.querySelectorAll('.nw-layer')].every(c => c.querySelector('.uplot'))", timeout=120000)
            inter["scroll_all_layers_loaded_s"] = time.time() - t0
            lts = pg.evaluate("window.__lt")[lt0:]
            inter["scroll_longest_task_ms"] = max(lts) if lts else 0
            inter["charts_after_scroll"] = pg.evaluate("document.querySelectorAll('.uplot').length")
            # hover a layer chart at the bottom once all 400 charts exist (cursor synced to the visible ones)
            inter.update(pg.evaluate(
                """async () => {
                  const frame = () => new Promise(r => requestAnimationFrame(() => r()));
                  const overs = [...document.querySelectorAll('.nw-layer .u-over')];
                  const o = overs[overs.length - 1]; o.scrollIntoView(); await frame(); await frame();
                  const ro = o.getBoundingClientRect();
                  let t = performance.now(), worst = 0, last = t;
                  for (let i = 0; i < 60; i++) {
                    o.dispatchEvent(new MouseEvent('mousemove', {clientX: ro.left + (i / 60) * ro.width, clientY: ro.top + ro.height / 2, bubbles: true}));
                    await frame(); const now = performance.now(); worst = Math.max(worst, now - last); last = now;
                  }
                  let sync = 0; for (let i = 0; i < 20; i++) { const t1 = performance.now();
                    o.dispatchEvent(new MouseEvent('mousemove', {clientX: ro.left + (i / 20) * ro.width, clientY: ro.top + 5, bubbles: true})); sync += performance.now() - t1; }
                  return {layer_hover_after_scroll_frame_ms: (performance.now() - t) / 60, layer_hover_after_scroll_worst_frame_ms: worst,
                          layer_hover_sync_ms_per_event: sync / 20, charts_in_cursor_sync: window.__nanwatch.syncedCount()};
                }"""))
            # zoom to onset
            n = pg.evaluate("Number(document.body.dataset.nwRenders)")
            pg.evaluate("window.scrollTo(0, 0)")
            t0 = time.time()
            pg.click("button.nw-zoom-onset")
            pg.wait_for_function(WAIT_READY, arg=n + 1, timeout=60000)
            inter["zoom_to_onset_s"] = time.time() - t0
            inter["zoom_render_ms"] = pg.evaluate("window.__nanwatch.timings.render")
            if shot and rep == 0:
                pg.goto(entry + "#run=" + run)
                pg.wait_for_function(WAIT_READY, arg=1, timeout=60000)
                pg.set_viewport_size({"width": 1400, "height": 1700})
                pg.evaluate("window.scrollTo(0, 0)")
                pg.wait_for_timeout(800)
                pg.screenshot(path=shot)
            out.setdefault("runs", []).append({"overview": ov, "run_view": rv, "interactions": inter})
            ctx.close()
        b.close()
    out["errors"] = errors
    return out


def summarise(res):
    def med(xs):
        xs = sorted(xs)
        return xs[len(xs) // 2]

    reps = res["runs"]
    s = {
        "overview_render_ms": med([r["overview"]["render"] for r in reps]),
        "overview_ready_since_navigation_ms": med([r["overview"]["ready"] for r in reps]),
        "run_view_render_ms": med([r["run_view"]["render"] for r in reps]),
        "run_view_ready_since_navigation_ms": med([r["run_view"]["ready"] for r in reps]),
        "run_view_longest_task_ms": med([max(r["run_view"]["lt"] or [0]) for r in reps]),
        "run_view_client_after_last_response_ms": med([r["run_view"]["client_tail"] for r in reps]),
        "heatmap_all_rows_switch_s": med([r["run_view"]["heatmap_all_rows_s"] for r in reps]),
        "heatmap_all_rows_client_redraw_ms": med([r["run_view"]["heatmap_all_redraw_ms"] for r in reps]),
        "heatmap_all_rows_cells": reps[0]["run_view"]["heatmap_all_cells"],
        "run_view_charts_drawn": reps[0]["run_view"]["charts"],
        "heatmap_cells": reps[0]["run_view"]["hmRows"] * reps[0]["run_view"]["hmBuckets"],
    }
    for k in reps[0]["interactions"]:
        s[k] = med([r["interactions"][k] for r in reps])
    srv = {}
    for r in reps:
        for e in r["run_view"]["resources"]:
            key = e["name"].split("?")[0]
            srv.setdefault(key, []).append(e["server"])
    s["server_ms_by_route_max"] = {k: round(max(v), 1) for k, v in srv.items()}
    s["page_errors"] = res["errors"]
    return s


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--layers", type=int, default=100)
    ap.add_argument("--steps", type=int, default=100000)
    ap.add_argument("--small-runs", type=int, default=49)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--json", help="write the raw figures here")
    ap.add_argument("--screenshot", help="save a screenshot of the big run's view here")
    a = ap.parse_args()
    entries = build_entries(a.layers, a.steps, a.small_runs)
    srv, base = serve(entries)
    try:
        res = measure(base, "big_100x100k", a.reps, a.screenshot)
    finally:
        srv.shutdown()
    s = summarise(res)
    print(json.dumps(s, indent=1))
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"summary": s, "raw": res}, f, indent=1)


if __name__ == "__main__":
    main()
