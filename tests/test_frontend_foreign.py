"""Runs written without NanWatch in the tab (issue 23): a real `tensorboard` (default loader) and headless Chromium.

The logs are written by Keras's TensorBoard callback (a NaN target at epoch resolution, a healthy
run at batch resolution) and by tensorboardX (a run whose name is an XSS string). The browser
helpers are those of tests/test_frontend_tab.py.
"""

import os

import pytest

import foreign_logs
from test_frontend_tab import XSS, Tab, _get_json, _need, _tensorboard, browser  # noqa: F401 (browser: a fixture)

RUNS = ("keras/nan", "keras_batch/healthy", "tbx_" + XSS)


@pytest.fixture(scope="module")
def tensorboard(tmp_path_factory):
    try:
        import keras  # noqa: F401
    except ImportError:
        _need(False, "Keras is needed to write the TensorBoard callback's logs")
    d = str(tmp_path_factory.mktemp("foreign_tab"))
    foreign_logs.keras_run(os.path.join(d, "keras", "nan"), "nan")
    foreign_logs.keras_run(os.path.join(d, "keras_batch", "healthy"), "healthy", update_freq="batch")
    foreign_logs.tbx_run(os.path.join(d, "tbx_" + XSS), "nan")
    for base in _tensorboard(d, RUNS):
        yield base


@pytest.fixture
def tab(browser, tensorboard):  # noqa: F811
    t = Tab(browser, tensorboard)
    yield t
    t.close()


def test_overview_lists_foreign_runs_with_their_badge(tab, tensorboard):
    rows = tab.frame.evaluate(
        """() => [...document.querySelectorAll('tr.nw-run-row')].map(tr => ({
            run: tr.dataset.run, status: tr.dataset.status,
            badge: (tr.querySelector('.nw-source') || {}).textContent,
            onset: tr.querySelector('.nw-onset-step').textContent,
            steps: tr.querySelector('.nw-num').textContent}))"""
    )
    by = {r["run"]: r for r in rows}
    assert set(by) == set(RUNS)
    assert by["keras/nan"]["badge"] == "TensorBoard logs, epoch resolution"
    assert by["keras/nan"]["status"] == "nonfinite" and by["keras/nan"]["onset"] == "epoch 0" and by["keras/nan"]["steps"] == "5 epochs"
    assert by["keras_batch/healthy"]["badge"] == "TensorBoard logs, batch resolution" and by["keras_batch/healthy"]["status"] == "healthy"
    assert by["tbx_" + XSS]["badge"] == "TensorBoard logs, step resolution"
    # the XSS run name is text, never markup
    assert tab.frame.locator("tr.nw-run-row img").count() == 0
    tab.shot("foreign_overview.png")
    tab.assert_clean()


def test_foreign_run_view_shows_loss_validation_lr_weights_and_what_to_add(tab):
    tab.open_run("keras/nan")
    f = tab.frame
    assert "non-finite from epoch 0" in f.locator(".nw-head").inner_text()
    assert f.locator(".nw-head .nw-source").inner_text() == "TensorBoard logs, epoch resolution"
    assert f.locator(".nw-range").inner_text().startswith("epochs ")
    card = f.locator(".nw-foreign-card")
    assert "written by Keras's TensorBoard callback, not by NanWatch" in card.inner_text()
    assert card.locator(".nw-cannot li").count() >= 2 and "during epoch 0" in card.inner_text()
    assert "NanWatch(" in card.locator("pre code").inner_text()
    f.wait_for_selector(".nw-lr-card .uplot", timeout=20000)
    legend = f.locator(".nw-timeline").inner_text()
    assert "validation loss" in legend
    assert "Weights by layer and epoch" in f.locator(".nw-heatmap-card h2").inner_text()
    f.wait_for_selector(".nw-heatmap canvas, .nw-heatmap .nw-hm-label", timeout=20000)
    labels = f.locator(".nw-heatmap .nw-hm-label").all_inner_texts()
    assert labels and all("kernel" in l or "bias" in l for l in labels), labels
    assert f.locator(".nw-inputs-card").count() == 0  # no inputs or targets in these logs
    tab.shot("foreign_run.png")
    tab.assert_clean()


def test_xss_named_foreign_run_opens_as_text(tab):
    tab.open_run("tbx_")
    assert tab.frame.locator("img").count() == 0
    assert XSS in tab.frame.locator(".nw-head select").input_value()
    tab.assert_clean()
