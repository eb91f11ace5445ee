"""The NaN Watch tab in a real browser, against a real `tensorboard` process.

Logs come from real `NanWatch` hook runs (tests/frontend_logs.py: a NaN in
the input at a known step, a too-high learning rate, a healthy run whose run
name is an XSS string, a run stalled by a softmax over one unit) plus two
numpy-writer runs: one whose *layer* name is the XSS string (Keras refuses `<`
in layer names under TensorFlow), an old-format run without model facts, and
one whose model facts hold the XSS string in every name.

Needs Debian's chromium at /usr/bin/chromium and `pip install playwright`
(never `playwright install`). Locally the tests skip when either is missing;
with CI=true they fail instead. Screenshots go to tests/artifacts/;
NANWATCH_UPDATE_SCREENSHOT=1 also rewrites docs/screenshot.png.
"""

import ast
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ARTIFACTS = os.path.join(HERE, "artifacts")
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
XSS = "<img src=x onerror=alert(1)>"
HEALTHY = "healthy_" + XSS
STALLED = "stalled_softmax"  # tests/frontend_logs.py: Dense(1, activation="softmax") under binary cross-entropy
STALLED_LAYER = "prob"
STALLED_TASK = "stalled_mae_labels"  # tests/frontend_logs.py: XOR with Activation layers, MAE on 0/1 labels (issue 21)
STALLED_SLOW = "stalled_slow"  # tests/frontend_logs.py: a linear fit under RMSprop(5e-3), still on its way (issue 21)
STALLED_LINEAR = "stalled_linear"  # tests/frontend_logs.py: XOR through hidden layers with no activation (issue 21)
STALLED_UNSETTLED = "stalled_unsettled"  # tests/frontend_logs.py: RMSprop(1.0) on a linear fit, never settles (issue 21)
IMPAIRED = "impaired_pixels"  # tests/frontend_logs.py: raw 0-255 pixels into a ReLU MLP, learns from a bad start (issue 21)
STATUS_RANK = {"nonfinite": 0, "diverging": 1, "stalled": 2, "impaired": 3, "unreadable": 4, "empty": 5, "healthy": 6}
NAN_COLOR = (0xFF, 0x00, 0xC8)  # --nw-nan in frontend/src/style.css (light theme)
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _need(ok, why):
    if ok:
        return
    if IN_CI:
        pytest.fail(why + " (CI=true: the browser tests must run)")
    pytest.skip(why)


try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover
    sync_playwright = None


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get_json(url, timeout=5):
    with urllib.request.urlopen(url, timeout=timeout) as r:
        return json.loads(r.read().decode("utf-8"))


def _hook_logs(tmp_path_factory, name, *args):
    """Runs tests/frontend_logs.py (real trainings) into a new directory; returns it and what the script printed."""
    d = str(tmp_path_factory.mktemp(name))
    try:
        import tensorflow  # noqa: F401
    except ImportError:
        _need(False, "TensorFlow is needed to write real hook logs")
    out = subprocess.run([sys.executable, os.path.join(HERE, "frontend_logs.py"), d, *args], capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert out.returncode == 0, out.stderr[-3000:]
    return d, json.loads(out.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def logdir(tmp_path_factory):
    return _hook_logs(tmp_path_factory, "frontend_logs")


def _tensorboard(d, expected, *extra, wait_runs=True):
    """Starts `tensorboard` on a free port; yields its base URL once it lists the runs.

    With ``wait_runs=False`` it yields as soon as TensorBoard lists our plugin,
    without asking our /runs (which starts reading the runs).
    """
    port = _free_port()
    log_path = os.path.join(d, "..", "tensorboard-%d.log" % port)
    log = open(log_path, "w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "tensorboard.main", "--logdir", d, "--host", "127.0.0.1", "--port", str(port), "--reload_interval", "1", *extra],
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=ROOT,
    )
    base = "http://127.0.0.1:%d" % port
    try:
        deadline = time.time() + 90
        while True:
            try:
                if not wait_runs:
                    if _get_json(base + "/data/plugins_listing").get("tb_nanwatch", {}).get("enabled"):
                        break
                    raise ValueError("not listed yet")
                runs = _get_json(base + "/data/plugin/tb_nanwatch/runs")["runs"]
                if len(runs) >= len(expected) and all(r["status"] not in ("empty", "loading") for r in runs):
                    break
            except Exception:
                pass
            assert proc.poll() is None, open(log_path).read()[-3000:]
            assert time.time() < deadline, "tensorboard did not list the runs in time"
            time.sleep(0.5)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="module")
def tensorboard(logdir):
    d, expected = logdir
    for base in _tensorboard(d, expected):
        yield base, d, expected


@pytest.fixture(scope="module")
def browser():
    _need(sync_playwright is not None, "playwright is not installed (pip install playwright)")
    _need(os.path.exists(CHROMIUM), "%s is missing (apt-get install chromium)" % CHROMIUM)
    os.makedirs(ARTIFACTS, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Tab:
    """A TensorBoard page showing our tab, with the errors it raised."""

    def __init__(self, browser, base, hash_extra="", dark=False, height=1000, loaded=True, width=1400, routes=()):
        self.errors = []
        self.dialogs = []
        self.context = browser.new_context(viewport={"width": width, "height": height}, color_scheme="dark" if dark else "light")
        for pattern, handler in routes:  # (url glob, fn(route)): rewrite what the backend answers
            self.context.route(pattern, handler)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda e: self.errors.append("pageerror: %s" % e))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append("console: %s" % m.text))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(base + "/#tb_nanwatch" + hash_extra)
        self.frame = self._frame()
        self.wait_rendered(0)
        if loaded:
            self.wait_loaded()

    def wait_loaded(self):
        """Waits until the overview shows no run still being read (it asks again until then)."""
        self.frame.wait_for_function(
            "() => document.body.dataset.nwView !== 'overview' || (!document.body.dataset.nwBusy"
            " && !document.querySelector('tr.nw-run-row[data-loading=\"1\"]'))", timeout=60000)

    def _frame(self):
        deadline = time.time() + 30
        while time.time() < deadline:
            for f in self.page.frames:
                if "plugin_entry.html?name=tb_nanwatch" in f.url:
                    return f
            self.page.wait_for_timeout(100)  # lets playwright process frame events
        raise AssertionError("the tb_nanwatch iframe never appeared")

    def renders(self):
        return int(self.frame.evaluate("Number(document.body.dataset.nwRenders || 0)"))

    def wait_rendered(self, after):
        self.frame.wait_for_function("(n) => Number(document.body.dataset.nwRenders || 0) > n && !document.body.dataset.nwBusy", arg=after, timeout=30000)

    def view(self):
        return self.frame.evaluate("document.body.dataset.nwView")

    def open_run(self, run):
        n = self.renders()
        self.frame.locator("tr.nw-run-row", has_text=run).first.locator("a").click()
        self.wait_rendered(n)
        assert self.view() == "run"
        self.frame.wait_for_selector(".nw-timeline .uplot", timeout=20000)

    def shot(self, name):
        self.page.screenshot(path=os.path.join(ARTIFACTS, name))

    def close(self):
        self.context.close()

    def assert_clean(self):
        assert not self.dialogs, "a dialog opened (XSS?): %r" % self.dialogs
        assert not self.errors, "page errors: %r" % self.errors


@pytest.fixture
def tab_factory(browser, tensorboard):
    tabs = []

    def make(hash_extra="", dark=False, height=1000, **kw):
        t = Tab(browser, tensorboard[0], hash_extra, dark, height, **kw)
        tabs.append(t)
        return t

    yield make
    for t in tabs:
        t.close()


def _rows(frame):
    return frame.evaluate(
        """() => [...document.querySelectorAll('tr.nw-run-row')].map(tr => ({
            run: tr.dataset.run, status: tr.dataset.status,
            onset: tr.querySelector('.nw-onset-step').textContent,
            cause: tr.querySelector('.nw-top-cause').textContent,
            origin: tr.querySelector('.nw-origin').textContent}))"""
    )


def test_overview_lists_every_run_with_onset_and_top_cause(tab_factory, tensorboard):
    base, _, expected = tensorboard
    api = {r["run"]: r for r in _get_json(base + "/data/plugin/tb_nanwatch/runs")["runs"]}
    t = tab_factory()
    assert t.view() == "overview"
    rows = _rows(t.frame)
    assert sorted(r["run"] for r in rows) == sorted(expected)
    statuses = [r["status"] for r in rows]
    assert statuses.index("healthy") == len(rows) - 1, "failing runs come first: %r" % statuses
    for r in rows:
        onset = expected[r["run"]]
        if onset is None:
            assert r["onset"] == "–"
        else:
            assert r["onset"] == str(onset), r  # visible without a click
            assert r["status"] in ("nonfinite", "diverging")
            top = api[r["run"]]["top_cause"]
            assert top and top["summary"] in r["cause"], (r, top)
    nan_row = next(r for r in rows if r["run"] == "nan_input")
    assert "input" in nan_row["origin"]
    t.shot("overview.png")
    t.assert_clean()


def test_failing_run_shows_onset_marker_and_causes(tab_factory, tensorboard):
    _, _, expected = tensorboard
    t = tab_factory(height=1400)
    t.open_run("nan_input")
    f = t.frame
    step = expected["nan_input"]
    assert f.locator(".nw-head .nw-onset-step").text_content() == str(step)
    label = f.locator(".nw-timeline .nw-onset-label")
    assert label.get_attribute("data-step") == str(step)
    # the marker sits where the x axis puts that step
    geo = f.evaluate(
        """() => { const o = document.querySelector('.nw-timeline .u-over');
                  const l = document.querySelector('.nw-timeline .nw-onset-label');
                  return {w: o.clientWidth, x: Number(l.dataset.x), range: document.querySelector('.nw-range').textContent}; }"""
    )
    lo, hi = [int(v) for v in geo["range"].split()[1].split("–")]
    want = (step - lo) / (hi - lo) * geo["w"]
    assert abs(geo["x"] - want) < 2.0, (geo, want)
    causes = f.locator(".nw-cause")
    assert causes.count() >= 1
    assert causes.first.get_attribute("data-id") == "input_nonfinite"
    assert "input" in causes.first.locator(".nw-cause-summary").text_content()
    assert causes.first.locator(".nw-ev").count() >= 1
    assert causes.first.locator(".nw-fix code").first.text_content().strip()
    top = _diagnosis(tensorboard[0], "nan_input")["causes"][0]
    if top.get("code"):  # Copy copies the runnable code, and is there only when there is some
        assert causes.first.locator("button.nw-copy").is_visible()
    else:
        assert causes.first.locator("button.nw-copy").count() == 0
    assert f.locator(".nw-ruled-item").count() >= 1
    # The onset step holds a non-finite value, so its NaN/Inf are counted exactly.
    bad = f.locator(".nw-inputs-card tr.nw-bad-row")
    assert bad.count() == 1 and "input/" in bad.locator("td").nth(0).text_content()
    assert int(bad.locator("td").nth(1).text_content()) >= 1
    assert bad.locator("td").nth(3).text_content() == str(step)
    t.shot("run_nan_input.png")
    if os.environ.get("NANWATCH_UPDATE_SCREENSHOT"):  # refreshes the README's picture
        t.page.screenshot(path=os.path.join(ROOT, "docs", "screenshot.png"))
    t.assert_clean()


def _pixel(frame, row_name, step):
    """RGB of the drawn heatmap cell of `row_name` at `step`."""
    return frame.evaluate(
        """([row, step]) => {
            const hm = window.__nanwatch.app.view.heatmap;
            const r = hm.data.rows.indexOf(row);
            const b = hm._bucketOf(step);
            if (r < 0 || b === null) return null;
            const c = hm.canvas;
            // a quarter into the cell: the onset line runs down the cell's middle
            const x = Math.floor((b + 0.25) / hm.B * c.width);
            const y = Math.floor((r + 0.5) * hm.rh * c.height / hm.hgt);
            const d = c.getContext('2d').getImageData(x, y, 1, 1).data;
            return [d[0], d[1], d[2]];
        }""",
        [row_name, step],
    )


def test_heatmap_marks_nonfinite_cells(tab_factory, tensorboard):
    _, _, expected = tensorboard
    t = tab_factory()
    t.open_run("nan_input")
    f = t.frame
    f.wait_for_selector(".nw-hm-canvas")
    assert int(f.locator(".nw-heatmap").get_attribute("data-nonfinite-cells")) > 0
    rows = f.evaluate("window.__nanwatch.app.view.heatmap.data.rows")
    inp = next(r for r in rows if r.startswith("input/"))
    step = expected["nan_input"]
    assert tuple(_pixel(f, inp, step)) == NAN_COLOR
    assert tuple(_pixel(f, inp, 0)) != NAN_COLOR  # finite before the onset
    t.assert_clean()


def test_xss_names_render_as_text(tab_factory, tensorboard):
    t = tab_factory()
    f = t.frame
    names = f.evaluate("[...document.querySelectorAll('tr.nw-run-row')].map(tr => tr.querySelector('.nw-run-name').textContent)")
    assert HEALTHY in names
    assert f.locator("img").count() == 0
    t.open_run("xss_layer")
    assert f.locator(".nw-layer-name", has_text=XSS).count() == 1
    assert XSS in f.locator(".nw-hm-labels").text_content()
    assert XSS in f.locator(".nw-head").text_content()
    assert f.locator("img").count() == 0
    assert f.evaluate("document.querySelectorAll('[onerror]').length") == 0
    t.shot("run_xss_layer.png")
    t.assert_clean()


def test_heatmap_click_jumps_and_state_is_in_the_url(tab_factory, tensorboard, browser):
    base, _, expected = tensorboard
    t = tab_factory()
    t.open_run("xss_layer")
    f = t.frame
    # click the XSS layer's row at the onset step
    box = f.evaluate(
        """(layer) => { const hm = window.__nanwatch.app.view.heatmap;
             const r = hm.data.layers.indexOf(layer); const b = hm._bucketOf(%d);
             const rect = hm.canvas.getBoundingClientRect();
             return {x: rect.left + (b + 0.5) / hm.B * rect.width, y: rect.top + (r + 0.5) * hm.rh}; }"""
        % expected["xss_layer"],
        XSS,
    )
    f.evaluate(
        """({x, y}) => { const c = document.querySelector('.nw-hm-canvas');
             c.dispatchEvent(new MouseEvent('click', {clientX: x, clientY: y, bubbles: true})); }""",
        box,
    )
    f.wait_for_selector(".nw-layer.nw-sel")
    assert f.locator(".nw-layer.nw-sel .nw-layer-name").text_content() == XSS
    state = f.evaluate("Object.fromEntries(new URLSearchParams(location.hash.slice(1)))")
    assert state["run"] == "xss_layer" and state["layer"] == XSS
    assert abs(int(state["step"]) - expected["xss_layer"]) <= 2
    parent = t.page.evaluate("location.hash")
    assert "p.tb_nanwatch.run=xss_layer" in parent and "p.tb_nanwatch.layer=" in parent
    # the TensorBoard URL reopens the same view in a new page
    t2 = tab_factory(parent.split("#", 1)[1].replace("tb_nanwatch", "", 1))
    assert t2.view() == "run"
    t2.frame.wait_for_selector(".nw-layer.nw-sel")
    assert t2.frame.locator(".nw-layer.nw-sel .nw-layer-name").text_content() == XSS
    t.assert_clean()
    t2.assert_clean()


def test_evidence_click_jumps_to_step(tab_factory, tensorboard):
    _, _, expected = tensorboard
    t = tab_factory()
    t.open_run("nan_input")
    f = t.frame
    ev = f.locator(".nw-cause").first.locator(".nw-ev.nw-jump .nw-evlink").first
    ev.click()
    f.wait_for_selector(".nw-sel-step")
    assert f.locator(".nw-sel-step").text_content() == str(expected["nan_input"])
    t.assert_clean()


def test_zoom_to_onset_narrows_the_range(tab_factory, tensorboard):
    _, _, expected = tensorboard
    t = tab_factory()
    t.open_run("xss_layer")
    f = t.frame
    n = t.renders()
    f.locator("button.nw-zoom-onset").click()
    t.wait_rendered(n)
    lo, hi = [int(v) for v in f.locator(".nw-range").text_content().split()[1].split("–")]
    assert lo < expected["xss_layer"] < hi and hi - lo < 100
    f.wait_for_selector(".nw-timeline .nw-onset-label")
    t.assert_clean()


def test_follows_dark_mode(tab_factory, tensorboard):
    t = tab_factory(dark=True, height=1400)
    f = t.frame
    parent_dark = t.page.evaluate("document.body.classList.contains('dark-mode')")
    assert f.evaluate("document.documentElement.classList.contains('nw-dark')") == parent_dark
    if not parent_dark:  # TensorBoard's toggle: flip the class the way it does
        t.page.evaluate("document.body.classList.add('dark-mode')")
    f.wait_for_function("document.documentElement.classList.contains('nw-dark')")
    bg = f.evaluate("getComputedStyle(document.body).backgroundColor")
    assert bg == "rgb(32, 33, 36)", bg
    t.open_run("lr_high")
    t.shot("run_lr_high_dark.png")
    t.page.evaluate("document.body.classList.remove('dark-mode')")
    f.wait_for_function("!document.documentElement.classList.contains('nw-dark')")
    t.assert_clean()


def test_reload_button_shows_new_runs(tab_factory, tensorboard):
    base, d, _ = tensorboard
    t = tab_factory()
    before = len(_rows(t.frame))
    sys.path.insert(0, HERE)
    import frontend_logs

    frontend_logs.write_xss_layer(os.path.join(d, "late_run"), steps=150)
    deadline = time.time() + 60
    while not any(r["run"] == "late_run" for r in _get_json(base + "/data/plugin/tb_nanwatch/runs")["runs"]):
        assert time.time() < deadline, "the backend never listed the new run"
        time.sleep(0.5)
    deadline = time.time() + 60
    while True:  # TensorBoard's reload button broadcasts DataReloaded to the tab
        n = t.renders()
        t.page.locator("button.reload-button").click()
        try:
            t.wait_rendered(n)
        except Exception:
            pass
        if len(_rows(t.frame)) > before:
            break
        assert time.time() < deadline, "the tab did not reload"
        t.page.wait_for_timeout(1000)
    assert any(r["run"] == "late_run" for r in _rows(t.frame))
    t.assert_clean()


def test_hover_shows_exact_values(tab_factory, tensorboard):
    _, _, expected = tensorboard
    t = tab_factory()
    t.open_run("xss_layer")
    f = t.frame
    over = f.locator(".nw-timeline .u-over")
    box = over.bounding_box()
    lo, hi = [int(v) for v in f.locator(".nw-range").text_content().split()[1].split("–")]

    def legend_at(step):
        over.hover(position={"x": (step - lo) / (hi - lo) * box["width"], "y": box["height"] / 2})
        f.wait_for_timeout(100)
        return f.evaluate(
            """() => [...document.querySelectorAll('.nw-timeline .u-legend .u-series')].map(
                  s => [s.querySelector('.u-label').textContent, s.querySelector('.u-value').textContent])"""
        )

    before = dict(legend_at(expected["xss_layer"] - 30))
    assert before["step"] == str(expected["xss_layer"] - 30)
    float(before["loss"])  # an exact finite number
    after = dict(legend_at(expected["xss_layer"] + 30))
    assert after["loss"] == "NaN"
    # the heatmap tooltip names the tensor as text
    canvas = f.locator(".nw-hm-canvas")
    r = f.evaluate("window.__nanwatch.app.view.heatmap.data.rows").index(XSS + "/output")
    rh = f.evaluate("window.__nanwatch.app.view.heatmap.rh")
    canvas.hover(position={"x": canvas.bounding_box()["width"] * 0.9, "y": (r + 0.5) * rh})
    tip = f.locator(".nw-tip")
    assert tip.is_visible()
    assert tip.locator(".nw-tip-name").text_content() == XSS + "/output"
    assert "NaN" in tip.text_content()
    assert f.locator("img").count() == 0
    t.assert_clean()


def test_drag_on_timeline_zooms_and_double_click_resets(tab_factory, tensorboard):
    t = tab_factory()
    t.open_run("xss_layer")
    f = t.frame
    over = f.locator(".nw-timeline .u-over")
    box = over.bounding_box()
    n = t.renders()
    y = box["y"] + box["height"] / 2
    t.page.mouse.move(box["x"] + box["width"] * 0.5, y)
    t.page.mouse.down()
    t.page.mouse.move(box["x"] + box["width"] * 0.6, y, steps=5)
    t.page.mouse.move(box["x"] + box["width"] * 0.7, y, steps=5)
    t.page.mouse.up()
    t.wait_rendered(n)
    lo, hi = [int(v) for v in f.locator(".nw-range").text_content().split()[1].split("–")]
    assert 80 <= lo <= 120 and 120 <= hi <= 160, (lo, hi)  # 200 steps: 50%..70%
    state = f.evaluate("Object.fromEntries(new URLSearchParams(location.hash.slice(1)))")
    assert int(state["start"]) == lo and int(state["end"]) == hi
    n = t.renders()
    f.locator(".nw-timeline .u-over").dblclick()
    t.wait_rendered(n)
    assert f.locator(".nw-range").text_content().startswith("steps 0–199")
    t.assert_clean()


def test_sampled_runs_say_so(browser, logdir):
    """With --samples_per_plugin capping our tags, the overview and the run view say so."""
    d, expected = logdir
    runs = [r for r in expected if r != "late_run"]
    for base in _tensorboard(d, runs, "--samples_per_plugin", "tb_nanwatch=10"):
        t = Tab(browser, base)
        try:
            rows = t.frame.locator("tr.nw-run-row", has_text="nan_input")
            chips = rows.locator(".nw-chip").all_text_contents()
            assert "sampled" in chips, chips
            t.open_run("nan_input")
            notice = t.frame.locator(".nw-notice.nw-warn")
            assert "sample" in notice.first.text_content()
            assert "--samples_per_plugin=tb_nanwatch=0" in notice.first.text_content()
            t.assert_clean()
        finally:
            t.close()


# --- stalled runs, the constant-predictor baseline, the model panel -------------------------


def _diagnosis(base, run):
    return _get_json(base + "/data/plugin/tb_nanwatch/diagnosis?" + urllib.parse.urlencode({"run": run}))


def _fmt(v):
    """format.js `fmt(v)` (4 significant digits) for 1e-3 <= |v| < 1e4."""
    assert 1e-3 <= abs(v) < 1e4, v
    return "%.4g" % v


def _legend(frame):
    return dict(
        frame.evaluate(
            """() => [...document.querySelectorAll('.nw-timeline .u-legend .u-series')].map(
                  s => [s.querySelector('.u-label').textContent, s.querySelector('.u-value').textContent])"""
        )
    )


def _badge_colours(frame):
    """Background of a badge per status class, as the tab's CSS paints it."""
    return frame.evaluate(
        """(statuses) => Object.fromEntries(statuses.map((s) => {
              const e = document.createElement('span'); e.className = 'nw-badge nw-st-' + s;
              document.body.appendChild(e); const c = getComputedStyle(e).backgroundColor; e.remove();
              return [s, c]; }))""",
        ["stalled", "impaired", "healthy", "nonfinite", "diverging", "unreadable", "empty", "unknown"],
    )


def _baseline_pixels(frame, dy=0):
    """Share of the plot's columns with a dark grey (baseline-coloured) pixel within 2 px of
    the baseline's height (+ dy), read from the chart's canvas."""
    return frame.evaluate(
        """(dy) => { const ch = window.__nanwatch.app.view.timeline; const u = ch.u; const l = ch.hlines[0];
             const y = Math.round(u.valToPos(l.pos, l.scale, true)) + dy;
             const {left, width} = u.bbox; const w = Math.floor(width);
             const d = u.ctx.getImageData(Math.ceil(left), y - 2, w, 5).data;
             let cols = 0;
             for (let x = 0; x < w; x++) {
               let hit = false;
               for (let r = 0; r < 5 && !hit; r++) {
                 const i = (r * w + x) * 4; const [R, G, B, A] = [d[i], d[i + 1], d[i + 2], d[i + 3]];
                 hit = A > 200 && Math.max(R, G, B) < 140 && Math.abs(R - G) < 16 && Math.abs(G - B) < 16;
               }
               if (hit) cols++;
             }
             return cols / w; }""",
        dy,
    )


def test_stalled_run_shows_status_baseline_model_and_cause(tab_factory, tensorboard):
    base, _, _ = tensorboard
    diag = _diagnosis(base, STALLED)
    # what the analysis says about this real Keras run (the tab shows it below)
    assert diag["status"] == "stalled", diag["status"]
    assert diag["onset"] is None
    top = diag["causes"][0]
    assert top["id"] == "softmax_single_unit" and STALLED_LAYER in top["fix"], top
    bl = diag["baseline"]
    assert bl and bl["loss_name"] == "binary_crossentropy" and abs(bl["loss"] - 0.693) < 0.01, bl
    assert diag["notes"]

    t = tab_factory(height=1400)
    t.open_run(STALLED)
    f = t.frame
    # the badge: its own colour, unlike every other status
    badge = f.locator(".nw-head .nw-badge")
    assert badge.text_content() == "stalled"
    assert "nw-st-stalled" in badge.get_attribute("class")
    colours = _badge_colours(f)
    assert colours["stalled"] not in [c for s, c in colours.items() if s != "stalled"], colours
    assert f.evaluate("getComputedStyle(document.querySelector('.nw-head .nw-badge')).backgroundColor") == colours["stalled"]
    # the evidence for the status sits right under the header, next to the badge
    box = f.locator(".nw-status-box")
    assert box.is_visible()
    assert f.evaluate("document.querySelector('.nw-head').nextElementSibling.classList.contains('nw-status-box')")
    assert f.locator(".nw-status-note").all_text_contents() == diag["notes"]
    assert f.locator(".nw-status-box .nw-baseline-value").text_content() == _fmt(bl["loss"])
    assert "binary_crossentropy" in box.text_content()

    # the baseline: a labelled dashed line on the loss chart, its value in the legend
    label = f.locator(".nw-timeline .nw-hline-label")
    assert label.count() == 1 and label.is_visible()
    assert label.text_content() == "constant predictor: %s (%s)" % (_fmt(bl["loss"]), bl["what"])
    assert _legend(f)["constant predictor"] == _fmt(bl["loss"])
    drawn, above = _baseline_pixels(f), _baseline_pixels(f, -25)
    assert drawn > 0.35 and above < 0.1, (drawn, above)  # dashes along the whole width, at its height only
    over = f.locator(".nw-timeline .u-over")
    box_ = over.bounding_box()
    over.hover(position={"x": box_["width"] / 2, "y": box_["height"] / 2})
    f.wait_for_timeout(100)
    legend = _legend(f)
    assert legend["constant predictor"] == _fmt(bl["loss"]) and float(legend["loss"]) > 0, legend

    # the new cause first, its fix naming the output layer
    cause = f.locator(".nw-cause").first
    assert cause.get_attribute("data-id") == "softmax_single_unit"
    assert cause.locator(".nw-cause-summary").text_content() == top["summary"]
    # the fix's prose with its `code` spans as <code>, no backtick left
    assert cause.locator(".nw-fix-text").text_content() == top["fix"].replace("`", "")
    assert STALLED_LAYER in cause.locator(".nw-fix-text code").all_text_contents()

    # the model panel: the output layer highlighted, the loss, optimizer, fit, the data
    card = f.locator(".nw-model-card")
    assert card.is_visible()
    out = card.locator("tr.nw-out-layer")
    assert out.count() == 1 and out.get_attribute("data-layer") == STALLED_LAYER
    assert "softmax" in out.locator(".nw-model-act").text_content()
    assert out.locator(".nw-out-chip").text_content() == "output"
    assert card.locator("tr.nw-model-layer").count() == len(diag["model"]["layers"]) == 2
    assert card.locator(".nw-fact-output").text_content() == STALLED_LAYER
    assert card.locator(".nw-fact-loss").text_content() == "binary_crossentropy"
    assert card.locator(".nw-fact-optimizer").text_content().startswith("Adam(learning_rate=0.001")
    assert card.locator(".nw-fact-fit").text_content() == "2 epochs × 16 steps, batch size 32"
    target = card.locator("tr.nw-model-data-row[data-name='target/0']")
    want = ", ".join("%s (%s%%)" % (k, "%.3g" % (100 * v)) for k, v in diag["model"]["data"]["target/0"]["values"].items())
    assert target.locator(".nw-model-values").text_content() == want and want.startswith("0 (")
    assert target.locator(".nw-model-range").text_content() == "[0, 1]"
    assert "\n".join(diag["model"]["lines"]) == card.locator(".nw-model-text pre").text_content()
    # for a stalled run the model comes right after the causes and the loss chart
    assert f.evaluate("document.querySelector('.nw-top').nextElementSibling.classList.contains('nw-model-card')")
    t.shot("run_stalled.png")

    # the evidence naming the layer and the layer in the model table both jump to it
    ev = cause.locator(".nw-ev.nw-jump .nw-evlink", has_text="in layer %s" % STALLED_LAYER)
    ev.click()
    f.wait_for_selector(".nw-sel-layer")
    assert f.locator(".nw-sel-layer").text_content() == STALLED_LAYER
    # the softmax's output is constant (its float32 mean 0.99999994): its activation chart
    # still gets a readable range (uPlot's tick search used to loop until "Invalid array length")
    f.wait_for_function("(l) => { const c = window.__nanwatch.app.view.grid.cards.get(l); return c && c.charts.length > 0; }", arg=STALLED_LAYER)
    y = f.evaluate("(l) => { const u = window.__nanwatch.app.view.grid.cards.get(l).charts[0].u; return [u.scales.y.min, u.scales.y.max]; }", STALLED_LAYER)
    assert y[0] < 1 < y[1] and y[1] - y[0] > 0.1, y
    f.locator("tr.nw-model-layer[data-layer='hidden'] .nw-model-layer-name").click()
    f.wait_for_function("document.querySelector('.nw-sel-layer') && document.querySelector('.nw-sel-layer').textContent === 'hidden'")
    assert f.locator(".nw-layer.nw-sel .nw-layer-name").text_content() == "hidden"
    t.assert_clean()


def test_overview_shows_stalled_runs(tab_factory, tensorboard):
    base, _, _ = tensorboard
    api = {r["run"]: r for r in _get_json(base + "/data/plugin/tb_nanwatch/runs")["runs"]}
    t = tab_factory()
    rows = _rows(t.frame)
    ranks = [STATUS_RANK[r["status"]] for r in rows]
    assert ranks == sorted(ranks), [r["status"] for r in rows]
    row = next(r for r in rows if r["run"] == STALLED)
    assert row["status"] == "stalled" and row["onset"] == "–"
    assert api[STALLED]["top_cause"]["summary"] in row["cause"]
    badge = t.frame.locator("tr.nw-run-row[data-run='%s'] .nw-badge" % STALLED)
    assert badge.text_content() == "stalled" and "progress" in badge.get_attribute("title")
    note = t.frame.locator("tr.nw-run-row[data-run='%s'] .nw-status-note" % STALLED)
    assert api[STALLED]["status_note"] and note.text_content() == api[STALLED]["status_note"]
    colours = _badge_colours(t.frame)
    bg = t.frame.evaluate("(b) => getComputedStyle(b).backgroundColor", badge.element_handle())
    assert bg == colours["stalled"] and bg not in (colours["healthy"], colours["unreadable"], colours["diverging"])
    t.assert_clean()


def test_old_format_run_renders_without_model_facts(tab_factory, tensorboard):
    """xss_layer was written by the numpy RunWriter without model facts or a data summary."""
    base, _, _ = tensorboard
    diag = _diagnosis(base, "xss_layer")
    assert diag.get("model") is None and diag.get("baseline") is None, diag
    t = tab_factory()
    t.open_run("xss_layer")
    f = t.frame
    f.wait_for_selector(".nw-layer")
    assert f.locator(".nw-cause").count() >= 1
    assert f.locator(".nw-model-card").count() == 0
    assert f.locator(".nw-hline-label").count() == 0
    assert f.locator(".nw-status-box").count() == 0
    assert "constant predictor" not in _legend(f)
    assert "Dashed line" not in f.locator(".nw-timeline-card").text_content()
    # no missing field leaks into the page as text
    stray = f.evaluate(
        """() => { const w = document.createTreeWalker(document.getElementById('nw-root'), NodeFilter.SHOW_TEXT);
                  const out = []; for (let n = w.nextNode(); n; n = w.nextNode()) {
                    if (/\\b(null|undefined)\\b|\\[object Object\\]/.test(n.textContent)) out.push(n.textContent); }
                  return out; }"""
    )
    assert not stray, stray
    t.assert_clean()


def test_healthy_run_draws_the_baseline_without_a_status_box(tab_factory, tensorboard):
    base, _, _ = tensorboard
    diag = _diagnosis(base, HEALTHY)
    assert diag["status"] == "healthy" and diag["baseline"], diag["status"]
    t = tab_factory()
    t.open_run(HEALTHY)
    f = t.frame
    assert f.locator(".nw-status-box").count() == 0
    assert f.locator(".nw-timeline .nw-hline-label").text_content().startswith("constant predictor: %s" % _fmt(diag["baseline"]["loss"]))
    assert f.locator(".nw-model-card tr.nw-out-layer").get_attribute("data-layer") == "head"
    t.assert_clean()


def test_model_facts_render_names_as_text(tab_factory, tensorboard):
    """xss_model's layer, loss, optimizer, dtype policy, tensor and label names are the XSS string."""
    t = tab_factory()
    t.open_run("xss_model")
    f = t.frame
    card = f.locator(".nw-model-card")
    out = card.locator("tr.nw-out-layer")
    assert out.get_attribute("data-layer") == XSS
    assert out.locator(".nw-model-layer-name").text_content() == XSS
    assert card.locator(".nw-fact-output").text_content() == XSS
    assert card.locator(".nw-fact-loss").text_content() == XSS
    assert card.locator(".nw-fact-optimizer").text_content() == XSS + "(learning_rate=0.001)"
    assert card.locator(".nw-fact-dtype-policy").text_content() == XSS
    names = card.locator("tr.nw-model-data-row td:first-child").all_text_contents()
    assert "target/" + XSS in names
    target = card.locator("tr.nw-model-data-row").nth(names.index("target/" + XSS))
    assert XSS + " (50%)" in target.locator(".nw-model-values").text_content()
    assert XSS in card.locator(".nw-model-text pre").text_content()
    assert f.locator("img").count() == 0
    assert f.evaluate("document.querySelectorAll('[onerror]').length") == 0
    t.shot("run_xss_model.png")
    t.assert_clean()


def test_back_forward_and_the_address_bar_redraw_the_named_run(tab_factory, tensorboard):
    """The tab follows the TensorBoard page's URL, not only its own clicks."""
    _, _, expected = tensorboard
    first, second = sorted(expected)[:2]
    t = tab_factory()
    assert t.view() == "overview"
    t.open_run(first)
    shown = lambda: t.frame.evaluate("new URLSearchParams(location.hash.slice(1)).get('run')")
    assert shown() == first and "p.tb_nanwatch.run=" in t.page.evaluate("location.hash")

    def navigate(action):
        n = t.renders()
        action()
        t.wait_rendered(n)

    navigate(t.page.go_back)  # opening a run was a navigation: back is the overview
    assert t.view() == "overview" and shown() is None
    navigate(t.page.go_forward)
    assert t.view() == "run" and shown() == first
    # p.tb_nanwatch.run edited in the address bar of the open TensorBoard
    navigate(lambda: t.page.evaluate(
        "(run) => { location.hash = 'tb_nanwatch&p.tb_nanwatch.run=' + encodeURIComponent(run); }", second))
    assert t.view() == "run" and shown() == second
    t.frame.wait_for_selector(".nw-timeline .uplot", timeout=20000)
    assert t.frame.locator(".nw-head select.nw-select").input_value() == second
    navigate(t.page.go_back)  # back to the run before the edit
    assert shown() == first
    t.assert_clean()


# --- long runs and many runs (issue 13) ---------------------------------------

LONG_RUN, LONG_STEPS, LONG_ONSET, SWEEP_RUNS = "long_nan", 8_000, 7_000, 120
SKIP_RUN, SKIPPED = "skipped_updates", (30, 64)


@pytest.fixture(scope="module")
def many_logdir(tmp_path_factory):
    """Schema 2 runs: one long run with block summaries and a late NaN, and a sweep of short runs."""
    import plugin_support as ps

    d = str(tmp_path_factory.mktemp("many_logs"))
    ps.write_resolved(os.path.join(d, LONG_RUN), LONG_STEPS, onset=LONG_ONSET)
    for i in range(SWEEP_RUNS):
        ps.write_resolved(os.path.join(d, "sweep", "run_%03d" % i), 300, onset=200 if i % 10 == 0 else None)
    # a run trained with on_nonfinite="skip": its two skipped updates are event records
    from tb_nanwatch.writer import RunWriter

    path = ps.write_run(d, SKIP_RUN, 100, onset=SKIPPED[0])
    w = RunWriter(path, ps.ROWS)
    for step in SKIPPED:
        w.write_event(step, {"kind": "skip", "step": step, "steps": 1, "consecutive": 1})
    w.close()
    return d


def test_the_overview_shows_runs_still_loading_then_fills_them_in(browser, many_logdir):
    for base in _tensorboard(many_logdir, [], wait_runs=False):
        t = Tab(browser, base, loaded=False)
        try:
            f = t.frame
            f.wait_for_selector("tr.nw-run-row", timeout=30000)
            loading = f.evaluate("document.querySelectorAll('tr.nw-run-row[data-loading=\"1\"]').length")
            assert loading > 0, "the first overview already had every run read"
            assert "still loading" in f.locator(".nw-loading-count").text_content()
            assert f.locator("tr.nw-run-row .nw-st-loading").count() > 0
            t.wait_loaded()  # the tab asks again by itself until every row is filled in
            rows = _rows(f)
            assert len(rows) == SWEEP_RUNS + 2 and not any(r["status"] == "loading" for r in rows)
            assert sum(r["status"] == "nonfinite" for r in rows) == SWEEP_RUNS // 10 + 2
            assert not f.locator(".nw-loading-count").count()
            t.assert_clean()
        finally:
            t.close()


def test_a_run_with_block_summaries_says_where_data_is_summarised(browser, many_logdir):
    for base in _tensorboard(many_logdir, [LONG_RUN, SKIP_RUN] + ["r"] * SWEEP_RUNS):
        t = Tab(browser, base)
        try:
            row = t.frame.locator("tr.nw-run-row", has_text=LONG_RUN)
            assert "summarised" in row.locator(".nw-chip").all_text_contents()
            assert row.locator(".nw-onset-step").text_content() == str(LONG_ONSET)
            t.open_run(LONG_RUN)
            notice = t.frame.locator(".nw-notice.nw-summarised").text_content()
            # head: 2,000 steps per step; then blocks until the 256 steps held before the onset
            assert "steps 2000–%d" % (LONG_ONSET - 257) in notice and "per 100 steps" in notice, notice
            assert t.frame.locator(".nw-onset-summary .nw-onset-step").text_content() == str(LONG_ONSET)
            t.shot("summarised_run.png")
            t.assert_clean()
        finally:
            t.close()


def test_skipped_updates_are_named_in_the_run_view(browser, many_logdir):
    for base in _tensorboard(many_logdir, [LONG_RUN, SKIP_RUN] + ["r"] * SWEEP_RUNS):
        t = Tab(browser, base)
        try:
            t.open_run(SKIP_RUN)
            notice = t.frame.locator(".nw-notice.nw-skips").text_content()
            assert "2 updates with non-finite gradients or loss were not applied" in notice
            assert "at steps 30, 64" in notice, notice
            t.assert_clean()
        finally:
            t.close()


# --- surviving a NaN (issue 14) -------------------------------------------------


@pytest.fixture(scope="module")
def survived_logdir(tmp_path_factory):
    """A real run that rolls back a learning-rate spike (tests/frontend_logs.py `write_survived`)."""
    return _hook_logs(tmp_path_factory, "survived_logs", "survived")


def test_a_run_that_survived_shows_its_rollbacks_spike_op_and_batch(browser, survived_logdir):
    d, written = survived_logdir
    rollbacks = written["rollbacks"]
    assert written["onset"] is not None and len(rollbacks) >= 1
    for base in _tensorboard(d, ["survived_lr_spike"]):
        t = Tab(browser, base)
        try:
            f = t.frame
            row = f.locator("tr.nw-run-row", has_text="survived_lr_spike")
            chips = {c.get_attribute("data-kind"): int(c.get_attribute("data-count")) for c in row.locator(".nw-event").all()}
            assert chips.get("rollback") == len(rollbacks) and chips.get("spike", 0) >= 1 and chips.get("skip", 0) >= 1, chips
            t.open_run("survived_lr_spike")
            marks = f.evaluate("[...document.querySelectorAll('.nw-timeline .nw-mark')].map(m => [m.dataset.kind, Number(m.dataset.step)])")
            assert sorted(s for k, s in marks if k == "rollback") == sorted(r["step"] for r in rollbacks), marks
            assert any(k == "spike" for k, _ in marks)
            notices = f.locator(".nw-notice.nw-rollback").all_text_contents()
            assert len(notices) == len(rollbacks)
            first = rollbacks[0]
            n = first["skipped_batches"]
            dropped = "1 batch was dropped" if n == 1 else "%d batches were dropped" % n
            assert "snapshot of step %d" % first["restored"] in notices[0] and dropped in notices[0], notices[0]
            assert "learning rate" in f.locator(".nw-notice.nw-spike").first.text_content()  # what preceded the spike
            op = f.locator(".nw-forensics .nw-op").text_content()
            assert "MatMul" in op and "replay of step %d" % written["onset"] in op, op
            load = f.locator(".nw-forensics .nw-batch-load").text_content()
            assert load == 'numpy.load("nonfinite_batch_step%d.npz")' % written["onset"]
            assert os.path.exists(os.path.join(d, "survived_lr_spike", "nonfinite_batch_step%d.npz" % written["onset"]))
            t.shot("survived_run.png")
            t.assert_clean()
        finally:
            t.close()


# --- issue 20: every sentence true, every chart readable ------------------------------------------
#
# One test per class of defect seen on the demo: what the header calls the onset, fix boxes (code
# as code, Copy copies the code), unmeasured values (gaps, not NaN markers), step ticks, log axes,
# zeros on a log axis, labels over labels or over the data, colours, heatmap stripes, a stopped
# run, plurals and plain numbers, a continuous target, a bad run name, run names wrapping mid-word.
# The chart cases are numpy-writer runs (tests/frontend_logs.py `write_charts`).

LABELS_JS = """(root) => [...(root || document).querySelectorAll('.u-over')].map(over =>
    [...over.querySelectorAll('.nw-chart-label')].filter(l => getComputedStyle(l).display !== 'none')
      .map(l => { const r = l.getBoundingClientRect();
                  return {cls: l.className, text: l.textContent, l: r.left, r: r.right, t: r.top, b: r.bottom}; }))"""


def _label_overlaps(frame):
    """Pairs of labels on one chart whose boxes overlap (should be none)."""
    out = []
    for labels in frame.evaluate(LABELS_JS):
        for i, a in enumerate(labels):
            for b in labels[i + 1:]:
                if a["l"] < b["r"] - 0.5 and b["l"] < a["r"] - 0.5 and a["t"] < b["b"] - 0.5 and b["t"] < a["b"] - 0.5:
                    out.append((a["text"], b["text"]))
    return out


def _rewrite(pattern, fn):
    """A route that passes the backend's JSON answer through ``fn(url, body)`` (which edits it in place)."""

    def handler(route):
        resp = route.fetch()
        body = resp.json()
        fn(route.request.url, body)
        route.fulfill(response=resp, json=body)

    return (pattern, handler)


def _charts(frame):
    """Every chart of the run view: panel, axis tick labels, NaN/Inf markers, the floor of zeros."""
    return frame.evaluate(
        """() => window.__nanwatch.app.view.charts.filter(c => c.u).map(c => ({
             panel: c.el.dataset.panel || (c.el.classList.contains('nw-timeline') ? 'timeline' : c.el.className),
             labels: c.opts.series.map(s => s.label),
             axes: c.u.axes.map(a => (a._values || []).map(String)),
             ticks: c.u.axes.slice(1).map(a => (a._splits || []).map(v => c.u.valToPos(v, a.scale))),
             height: c.u.bbox.height / devicePixelRatio,
             bad: c.bad.length, floor: c.floor}))"""
    )


def _wait_layers(frame):
    """Asks every per-layer card to load (as if scrolled into view) and waits until each has drawn."""
    frame.evaluate("() => { const g = window.__nanwatch.app.view.grid; if (g) for (const l of g.cards.keys()) g._want(l); }")
    frame.wait_for_function(
        """() => { const g = window.__nanwatch.app.view.grid; return g && [...g.cards.values()].every(c => c.charts.length > 0
                   || c.body.textContent.includes('not logged') || c.body.textContent.includes('Nothing')); }""", timeout=30000)


def test_the_header_says_diverging_or_non_finite_by_status(tab_factory, tensorboard):
    base, _, expected = tensorboard
    step = expected["xss_layer"]
    t = tab_factory()
    t.open_run("xss_layer")
    assert t.frame.locator(".nw-onset-summary").text_content().startswith("non-finite from step %d" % step)
    t.assert_clean()

    def diverging(url, body):  # the same run as the analysis calls a run that exploded without a NaN
        body["status"] = body["status_reason"] = "diverging"
        body["onset"]["kind"] = "runaway"

    t = tab_factory(routes=[_rewrite("**/tb_nanwatch/diagnosis?*", diverging)])
    t.open_run("xss_layer")
    f = t.frame
    head = f.locator(".nw-onset-summary").text_content()
    assert head.startswith("diverging from step %d" % step) and "non-finite" not in head, head
    assert f.locator(".nw-timeline .nw-onset-label").text_content() == "diverging %d" % step
    t.assert_clean()


FIX = "Check `np.isfinite(x).all()` before `model.fit`; a name stays text: `%s`" % XSS
CODE = "import numpy as np\n\nassert np.isfinite(x).all(), \"x holds NaN/Inf\"\nmodel.fit(x, y)\n"


def test_fix_boxes_show_code_as_code_and_copy_only_the_code(tab_factory, tensorboard):
    def with_code(url, body):
        body["causes"][0]["fix"], body["causes"][0]["code"] = FIX, CODE
        body["causes"].append({"id": "plain_fix", "score": 0.1, "summary": "a fix without code", "evidence": [],
                               "fix": "Lower the `learning_rate` of `keras.optimizers.SGD` and the `np.isfinite` check"})

    t = tab_factory(width=900, height=1400, routes=[_rewrite("**/tb_nanwatch/diagnosis?*", with_code)])
    t.open_run("nan_input")
    f = t.frame
    box = f.locator(".nw-cause").first.locator(".nw-fix")
    assert box.locator(".nw-fix-text").text_content() == FIX.replace("`", "")
    assert box.locator(".nw-fix-text code").all_text_contents() == ["np.isfinite(x).all()", "model.fit", XSS]
    assert box.locator(".nw-fix-code").text_content() == CODE.rstrip()
    assert f.locator("img").count() == 0 and f.evaluate("document.querySelectorAll('[onerror]').length") == 0
    # no code token is broken over two lines
    broken = f.evaluate(
        """() => [...document.querySelectorAll('.nw-fix-text code')].filter(c => !/\\s/.test(c.textContent)
                 && c.getClientRects().length > 1).map(c => c.textContent)""")
    assert not broken, broken
    # Copy copies exactly the code (not the sentence)
    f.evaluate("() => { window.__copied = []; navigator.clipboard.writeText = async (text) => { window.__copied.push(text); }; }")
    box.locator("button.nw-copy").click()
    f.wait_for_function("() => window.__copied.length > 0")
    assert f.evaluate("window.__copied") == [CODE.rstrip()]
    # a fix without code has no Copy button
    plain = f.locator(".nw-cause[data-id='plain_fix']")
    assert plain.locator(".nw-fix-text code").count() == 3 and plain.locator("button.nw-copy").count() == 0
    assert plain.locator(".nw-fix-code").count() == 0
    t.assert_clean()


def test_a_stalled_run_of_old_style_code_gets_its_reason_and_runnable_fix(tab_factory, tensorboard):
    """Issue 21: a stalled run with no numerical fault shows the loss/task mismatch, its evidence and runnable code."""
    base, _, _ = tensorboard
    diag = _diagnosis(base, STALLED_TASK)
    assert diag["status"] == "stalled", diag["status"]
    top = diag["causes"][0]
    assert top["id"] == "loss_task_mismatch", [c["id"] for c in diag["causes"]]
    ast.parse(top["code"])
    t = tab_factory(height=1400)
    t.open_run(STALLED_TASK)
    f = t.frame
    cause = f.locator(".nw-cause").first
    assert cause.get_attribute("data-id") == "loss_task_mismatch"
    assert cause.locator(".nw-cause-summary").text_content() == top["summary"]
    assert [e.strip() for e in cause.locator(".nw-ev").all_text_contents()][:2] == top["evidence"][:2]
    assert cause.locator(".nw-fix-text").text_content() == top["fix"].replace("`", "")
    assert 'loss="binary_crossentropy"' in cause.locator(".nw-fix-text code").all_text_contents()
    assert cause.locator(".nw-fix-code").text_content() == top["code"].rstrip()
    # every candidate is ranked with evidence: none is listed bare
    assert f.locator(".nw-cause").count() == len(diag["causes"])
    for i in range(len(diag["causes"])):
        assert f.locator(".nw-cause").nth(i).locator(".nw-ev").count() >= 1
    t.assert_clean()


def test_hidden_layers_without_an_activation_are_shown_as_one_linear_map(tab_factory, tensorboard):
    """Issue 21: the tab names the missing hidden activation first, with the layer chain and a runnable fix."""
    base, _, _ = tensorboard
    diag = _diagnosis(base, STALLED_LINEAR)
    top = diag["causes"][0]
    assert (diag["status"], top["id"]) == ("stalled", "missing_activation"), [c["id"] for c in diag["causes"]]
    ast.parse(top["code"])
    t = tab_factory(height=1400)
    t.open_run(STALLED_LINEAR)
    cause = t.frame.locator(".nw-cause").first
    assert cause.get_attribute("data-id") == "missing_activation"
    evidence = [e.strip() for e in cause.locator(".nw-ev").all_text_contents()]
    assert evidence[:2] == top["evidence"][:2] and 'Activation("linear")' in evidence[0], evidence
    assert "activation='relu'" in cause.locator(".nw-fix-text code").all_text_contents()[0]
    assert cause.locator(".nw-fix-code").text_content() == top["code"].rstrip()
    t.assert_clean()


def test_a_run_still_on_its_way_says_it_learns_too_slowly(tab_factory, tensorboard):
    """Issue 21: a loss far from a fit whose weights still travel: the status box says why, the rate is a cause."""
    base, _, _ = tensorboard
    diag = _diagnosis(base, STALLED_SLOW)
    assert (diag["status"], diag["status_reason"]) == ("stalled", "too_slow"), (diag["status"], diag["status_reason"])
    ids = [c["id"] for c in diag["causes"]]
    lr = diag["causes"][ids.index("learning_rate_too_low")]
    t = tab_factory(height=1400)
    t.open_run(STALLED_SLOW)
    f = t.frame
    head = f.locator(".nw-status-box .nw-status-head").text_content()
    assert "still on its way, far from a fit" in head and "learns too slowly" in head, head
    notes = f.locator(".nw-status-note").all_text_contents()
    assert all(n in notes for n in diag["status_evidence"]) and any("`line`" in n and "undiminished rate" in n for n in notes), notes
    cause = f.locator(".nw-cause[data-id='learning_rate_too_low']")
    assert cause.locator(".nw-cause-summary").text_content() == lr["summary"]
    assert cause.locator(".nw-fix-text").text_content() == lr["fix"].replace("`", "")
    assert "keras.optimizers.RMSprop(learning_rate=0.01)" in cause.locator(".nw-fix-text code").all_text_contents()
    assert f.locator(".nw-cause[data-id='too_few_steps']").count() == 1
    t.assert_clean()


def test_a_run_whose_weights_never_settle_says_so(tab_factory, tensorboard):
    """Issue 21 (learning rate too high, loss oscillating): the status box says training does not settle, with the
    update size and the loss's bounce as evidence, and the rate is the first cause."""
    base, _, _ = tensorboard
    diag = _diagnosis(base, STALLED_UNSETTLED)
    assert (diag["status"], diag["status_reason"]) == ("stalled", "unsettled"), (diag["status"], diag["status_reason"])
    top = diag["causes"][0]
    assert top["id"] == "learning_rate_too_high", [c["id"] for c in diag["causes"]]
    t = tab_factory(height=1400)
    t.open_run(STALLED_UNSETTLED)
    f = t.frame
    head = f.locator(".nw-status-box .nw-status-head").text_content()
    assert "training does not settle" in head, head
    notes = f.locator(".nw-status-note").all_text_contents()
    assert all(n in notes for n in diag["status_evidence"]) and any("bounced between" in n for n in notes), notes
    cause = f.locator(".nw-cause").first
    assert cause.get_attribute("data-id") == "learning_rate_too_high"
    assert "keras.optimizers.RMSprop(learning_rate=0.001)" in cause.locator(".nw-fix-text code").all_text_contents()
    t.assert_clean()


def test_an_impaired_run_shows_its_bad_start_and_the_raw_pixels(tab_factory, tensorboard):
    """Issue 21: a run that learns from a confidently wrong start has its own badge and status box, the loss before
    the first update as evidence, and the raw pixels first with a fix that scales them."""
    base, _, _ = tensorboard
    diag = _diagnosis(base, IMPAIRED)
    assert (diag["status"], diag["status_reason"]) == ("impaired", "bad_start"), (diag["status"], diag["status_reason"])
    assert diag["causes"][0]["id"] == "input_scale", [c["id"] for c in diag["causes"]]
    t = tab_factory(height=1400)
    t.open_run(IMPAIRED)
    f = t.frame
    badge = f.locator(".nw-head .nw-badge")
    assert badge.text_content() == "impaired" and "nw-st-impaired" in badge.get_attribute("class")
    colours = _badge_colours(f)
    assert colours["impaired"] not in [c for s, c in colours.items() if s != "impaired"], colours
    box = f.locator(".nw-status-box.nw-status-impaired")
    assert "Impaired:" in box.locator(".nw-status-head").text_content()
    notes = box.locator(".nw-status-note").all_text_contents()
    assert notes == diag["status_evidence"] and "before the first update" in notes[0], notes
    cause = f.locator(".nw-cause").first
    assert cause.get_attribute("data-id") == "input_scale"
    assert any("/ 255" in c for c in cause.locator(".nw-fix-text code").all_text_contents())
    t.shot("run_impaired.png")
    t.assert_clean()


def test_unmeasured_values_are_gaps_not_nonfinite_markers(tab_factory, tensorboard):
    """/series: null is a value not measured (a gap, no marker); "NaN"/"Inf" strings are real NaN/Inf."""

    def unmeasured(url, body):  # the contract: a ratio that was not measured is null
        for s in body["series"]:
            if s["stat"] == "update_ratio":
                s["values"] = [None if v in ("NaN", "Inf", "-Inf") else v for v in s["values"]]

    t = tab_factory(height=2600, routes=[_rewrite("**/tb_nanwatch/series?*", unmeasured)])
    t.open_run(HEALTHY)
    _wait_layers(t.frame)
    charts = _charts(t.frame)
    ratios = [c for c in charts if c["panel"] == "update ratio"]
    assert ratios and all(c["bad"] == 0 for c in ratios), ratios
    t.assert_clean()
    # a real NaN still gets its marker
    t = tab_factory()
    t.open_run("xss_layer")
    assert t.frame.evaluate("window.__nanwatch.app.view.timeline.bad.length") > 0
    t.assert_clean()


def test_a_healthy_run_shows_no_nonfinite_marker(tab_factory, tensorboard):
    """The real backend: a healthy run's charts hold no NaN/Inf marker (a bias's unmeasured update ratio is no NaN)."""
    t = tab_factory(height=2600)
    t.open_run(HEALTHY)
    _wait_layers(t.frame)
    marked = [(c["panel"], c["labels"]) for c in _charts(t.frame) if c["bad"]]
    assert not marked, marked
    assert int(t.frame.locator(".nw-heatmap").get_attribute("data-nonfinite-cells")) == 0
    t.assert_clean()


def test_a_bad_run_name_in_the_url_says_so_without_errors(tab_factory, tensorboard):
    for name in ("doesnotexist", XSS + "/nope"):
        t = tab_factory("&p.tb_nanwatch.run=" + urllib.parse.quote(name, safe=""))
        f = t.frame
        assert t.view() == "missing"
        assert f.locator(".nw-missing-run").text_content() == name
        assert "no run named" in f.locator(".nw-missing").text_content()
        assert f.locator("img").count() == 0
        n = t.renders()
        f.locator(".nw-missing button").click()
        t.wait_rendered(n)
        assert t.view() == "overview"
        t.assert_clean()


def _name_breaks(frame):
    """Per run name in the overview: the characters a line break follows."""
    return frame.evaluate(
        """() => [...document.querySelectorAll('.nw-run-name a')].map(a => {
             const text = a.textContent; const breaks = []; let pos = 0; let lastTop = null;
             const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
             for (let n = walker.nextNode(); n; n = walker.nextNode()) {
               for (let i = 0; i < n.length; i++, pos++) {
                 const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 1);
                 const top = r.getBoundingClientRect().top;
                 if (lastTop !== null && top > lastTop + 2) breaks.push(text[pos - 1]);
                 lastTop = top;
               }
             }
             return [text, breaks]; })"""
    )


def test_overview_names_do_not_break_mid_word_and_scores_are_labelled(tab_factory, tensorboard):
    t = tab_factory(width=760)
    f = t.frame
    for name, breaks in _name_breaks(f):
        assert all(c in "/_ " for c in breaks), (name, breaks)  # after a "/", a "_" or a space
    status_w = f.evaluate("document.querySelectorAll('.nw-runs th')[1].getBoundingClientRect().width")
    assert status_w < 340, status_w  # as wide as a badge or a short note, not half the table
    scores = f.locator(".nw-top-cause .nw-score").all_text_contents()
    assert scores and all(s.startswith("score ") for s in scores), scores
    t.assert_clean()


def _colour(css):
    css = css.strip()
    if css.startswith("#"):
        return tuple(int(css[i:i + 2], 16) for i in (1, 3, 5))
    return tuple(int(float(x)) for x in css[css.index("(") + 1:css.index(")")].split(",")[:3])


def _lab(rgb):
    """CIELAB of an sRGB colour (D65)."""
    lin = [(u / 255 / 12.92) if u / 255 <= 0.04045 else ((u / 255 + 0.055) / 1.055) ** 2.4 for u in rgb]
    r, g, b = lin
    xyz = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    fx, fy, fz = [t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in xyz]
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def test_chart_colours_are_distinct_in_both_themes(tab_factory, tensorboard):
    t = tab_factory()
    f = t.frame
    names = ["loss", "gnorm", "rollback", "spike", "onset", "nan", "stop", "baseline"]
    for dark in (False, True):
        f.evaluate("(d) => document.documentElement.classList.toggle('nw-dark', d)", dark)
        c = f.evaluate("(ns) => { const cs = getComputedStyle(document.documentElement); return Object.fromEntries(ns.map(n => [n, cs.getPropertyValue('--nw-' + n)])); }", names)
        rgb = {k: _colour(v) for k, v in c.items()}
        dist = lambda a, b: sum((x - y) ** 2 for x, y in zip(_lab(rgb[a]), _lab(rgb[b]))) ** 0.5  # CIE76 delta E
        # the two lines of the loss chart (the old purple/blue pairs were 38 and 44), and the
        # gradient norm against the rollback line (the old pair, one purple, was 41)
        assert dist("loss", "gnorm") > 60 and dist("gnorm", "rollback") > 60, (dark, c)
        for other in names:
            if other not in ("gnorm", "loss"):
                assert dist("gnorm", other) > 35 and dist("loss", other) > 35, (dark, other, c)
    t.assert_clean()


@pytest.fixture(scope="module")
def charts_tb(tmp_path_factory):
    """The chart cases (tests/frontend_logs.py `write_charts`, numpy only) behind their own TensorBoard."""
    sys.path.insert(0, HERE)
    import frontend_logs

    d = str(tmp_path_factory.mktemp("chart_logs"))
    expected = frontend_logs.write_charts(d)
    for base in _tensorboard(d, expected):
        yield base, expected


@pytest.fixture
def chart_tab(browser, charts_tb):
    tabs = []

    def make(run=None, **kw):
        hash_extra = "&p.tb_nanwatch.run=" + urllib.parse.quote(run, safe="") if run else ""
        t = Tab(browser, charts_tb[0], hash_extra, **kw)
        tabs.append(t)
        if run:
            assert t.view() == "run"
            t.frame.wait_for_selector(".nw-timeline .uplot", timeout=20000)
        return t

    yield make
    for t in tabs:
        t.close()


def test_step_ticks_are_unique_whole_numbers_on_a_three_step_run(chart_tab):
    sys.path.insert(0, HERE)
    import frontend_logs as fl

    t = chart_tab(fl.SHORT, height=2600)
    _wait_layers(t.frame)
    charts = _charts(t.frame)
    assert len(charts) >= 5
    for c in charts:
        x = c["axes"][0]
        assert x and len(set(x)) == len(x) and set(x) <= {"0", "1", "2"}, c
    assert next(c for c in charts if c["panel"] == "timeline")["axes"][0] == ["0", "1", "2"]
    t.assert_clean()


def test_log_axes_label_huge_values_without_crowding(chart_tab):
    sys.path.insert(0, HERE)
    import frontend_logs as fl

    t = chart_tab(fl.HUGE, height=2600)
    _wait_layers(t.frame)
    for c in _charts(t.frame):
        for values, ys in zip(c["axes"][1:], c["ticks"]):
            assert values and all(values), c  # every axis has tick labels
            assert len(set(values)) == len(values), c
            gaps = [abs(a - b) for a, b in zip(ys, ys[1:])]
            assert all(g >= 17.5 for g in gaps), (c["panel"], values, gaps)
    tl = next(c for c in _charts(t.frame) if c["panel"] == "timeline")
    loss = tl["axes"][1]
    assert len(loss) >= 4 and any(v.startswith("1e3") for v in loss), loss  # up to 1e35: labelled
    t.assert_clean()


def test_zero_on_a_log_axis_is_drawn_at_the_foot(chart_tab):
    sys.path.insert(0, HERE)
    import frontend_logs as fl

    t = chart_tab(fl.HUGE)
    f = t.frame
    got = f.evaluate(
        """() => { const ch = window.__nanwatch.app.view.timeline; const u = ch.u;
             const i = ch.opts.series.findIndex(s => s.scale === 'gn') + 1;
             return {floor: ch.floor.gn, first: u.data[i].slice(0, %d), ticks: u.axes.find(a => a.scale === 'gn')._values}; }"""
        % fl.HUGE_ZEROS)
    assert got["floor"] is not None and got["first"] == [got["floor"]] * fl.HUGE_ZEROS, got
    assert "0" in got["ticks"], got
    assert f.locator(".nw-timeline .nw-zero-label").is_visible()
    t.assert_clean()


def test_chart_labels_never_overlap_each_other_or_the_data(chart_tab):
    sys.path.insert(0, HERE)
    import frontend_logs as fl

    t = chart_tab(fl.HUGE, height=2600)
    f = t.frame
    _wait_layers(f)
    assert not _label_overlaps(f), _label_overlaps(f)
    texts = [l["text"] for l in f.evaluate(LABELS_JS)[0]]
    assert "onset %d" % fl.HUGE_ONSET in texts and any(x.startswith("constant predictor") for x in texts), texts
    # the constant predictor's label sits where no line runs
    assert f.locator(".nw-timeline .nw-hline-label").get_attribute("data-over-data") == "0"
    t.assert_clean()


def test_the_heatmap_shows_no_stripes_from_statistics_steps(chart_tab):
    sys.path.insert(0, HERE)
    import frontend_logs as fl

    t = chart_tab(fl.STRIPED)
    f = t.frame
    f.wait_for_selector(".nw-hm-canvas")
    hm = f.evaluate("() => { const d = window.__nanwatch.app.view.heatmap.data; return {rows: d.rows, src: d.bucket_source}; }")
    assert "max_abs" in hm["src"] and "l2" in hm["src"]  # the data does mix the two sources
    for row in ("dense/output", "dense/kernel", "input/x"):
        colours = f.evaluate(
            """(row) => { const hm = window.__nanwatch.app.view.heatmap; const r = hm.data.rows.indexOf(row);
                 const c = hm.canvas; const g = c.getContext('2d'); const y = Math.floor((r + 0.5) * hm.rh * c.height / hm.hgt);
                 const out = new Set(); for (let b = 0; b < hm.B; b++) {
                   const x = Math.floor((b + 0.5) / hm.B * c.width); out.add(g.getImageData(x, y, 1, 1).data.slice(0, 3).join(',')); }
                 return [...out]; }""", row)
        assert len(colours) == 1, (row, colours)
    t.assert_clean()


def test_a_stopped_run_says_stopped_and_events_read_as_plain_text(chart_tab):
    sys.path.insert(0, HERE)
    import frontend_logs as fl

    t = chart_tab()
    f = t.frame
    row = f.locator("tr.nw-run-row[data-run='%s']" % fl.STOPPED)
    chips = row.locator(".nw-event").all_text_contents()
    assert any(c.startswith("stopped") for c in chips) and not any("skipped" in c for c in chips), chips
    huge = f.locator("tr.nw-run-row[data-run='%s'] .nw-event" % fl.HUGE).all_text_contents()
    assert "2 loss spikes" in huge and "1 rollback" in huge, huge
    t.assert_clean()
    t = chart_tab(fl.STOPPED)
    notice = t.frame.locator(".nw-notice.nw-stop").text_content()
    assert notice.startswith("Stopped after step %d" % fl.STOP_STEP) and 'on_nonfinite="stop"' in notice, notice
    assert t.frame.locator(".nw-timeline .nw-mark-stop").count() == 1
    t.assert_clean()
    t = chart_tab(fl.HUGE)
    f = t.frame
    rollback = f.locator(".nw-notice.nw-rollback").text_content()
    assert "1 batch was dropped" in rollback and "for 1 step." in rollback, rollback
    ours = " ".join(f.locator(".nw-notice.nw-spike, .nw-notice.nw-rollback, .nw-notice.nw-stop, .nw-onset-summary, .nw-tl-caption").all_text_contents())
    assert "(s)" not in ours and "e+" not in ours and "10000 times" in ours, ours
    t.assert_clean()


def test_a_continuous_target_is_not_listed_as_class_shares(chart_tab):
    sys.path.insert(0, HERE)
    import frontend_logs as fl
    import re

    t = chart_tab(fl.HUGE)
    card = t.frame.locator(".nw-model-card")
    values = card.locator("tr.nw-model-data-row[data-name='target/y'] .nw-model-values").text_content()
    assert values.startswith("continuous"), values
    table = card.locator(".nw-model-data").text_content()
    assert not re.search(r"\d{8,}", table), table
    t.assert_clean()
