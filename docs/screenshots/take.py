"""Screenshots of the NaN Watch tab: the overview and every run's view, as PNGs in this folder.

    python3 -m demo --logdir /tmp/demo_f
    python3 -m tensorboard.main --logdir /tmp/demo_f --port 6123 &
    python3 docs/screenshots/take.py --base http://127.0.0.1:6123

Needs playwright and Debian's /usr/bin/chromium. Each run's page is the tab itself
(data/plugin_entry.html), shot in a viewport --max-height pixels tall (the overview full-page, cut there) and stored losslessly (a palette changes the tab's colours). Prints any console error a page raised.
"""

import argparse
import json
import os
import re
import sys
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))


def _name(run):
    return "run_" + re.sub(r"[^A-Za-z0-9]+", "_", run).strip("_") + ".png"


def _save(page, path, max_height, full=True):
    from PIL import Image

    tmp = path + ".tmp.png"
    page.screenshot(path=tmp, full_page=full)
    img = Image.open(tmp).convert("RGB")
    height = min(max_height, int(page.evaluate("document.documentElement.scrollHeight")) + 4)
    if img.height > height:
        img = img.crop((0, 0, img.width, height))
    # lossless: a 256-colour palette turned the heatmap's yellow orange (the Inf colour), NaN magenta
    # purple, and banded the viridis scale into stripes
    img.save(path, optimize=True)
    os.remove(tmp)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--base", default="http://127.0.0.1:6123")
    p.add_argument("--out", default=HERE)
    p.add_argument("--max-height", type=int, default=2600)
    p.add_argument("--dark", action="store_true", help="also one dark-mode shot of each run given with --only")
    p.add_argument("--only", nargs="*", help="only these runs")
    args = p.parse_args(argv)
    from playwright.sync_api import sync_playwright

    with urllib.request.urlopen(args.base + "/data/plugin/tb_nanwatch/runs", timeout=30) as r:
        runs = [x["run"] for x in json.loads(r.read().decode())["runs"]]
    if args.only:
        runs = [r for r in runs if r in args.only]
    entry = args.base + "/data/plugin_entry.html?name=tb_nanwatch"
    problems = {}
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=["--no-sandbox", "--disable-gpu"])
        schemes = ["light"] + (["dark"] if args.dark else [])
        for scheme in schemes:
            # a viewport as tall as the picture: every layer card in it loads and draws
            ctx = b.new_context(viewport={"width": 1400, "height": args.max_height}, color_scheme=scheme)
            page = ctx.new_page()
            errors = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            # a standalone page asks for /favicon.ico (no response event): not the tab's error
            page.on("console", lambda m: m.type == "error" and "Failed to load resource" not in m.text and errors.append(m.text))
            page.on("response", lambda r: r.status >= 400 and errors.append("%d %s" % (r.status, r.url)))
            views = [("", "overview.png")] if scheme == "light" and not args.only else []
            views += [(r, _name(r)) for r in runs]
            for run, fname in views:
                if scheme == "dark":
                    fname = fname.replace(".png", "_dark.png")
                errors.clear()
                # the overview: a full-page shot of its own height; a run: the tall viewport
                page.set_viewport_size({"width": 1400, "height": 900 if not run else args.max_height})
                page.goto("about:blank")
                page.goto(entry + ("#" + urllib.parse.urlencode({"run": run}) if run else ""))
                page.wait_for_function("() => Number(document.body.dataset.nwRenders || 0) > 0 && !document.body.dataset.nwBusy", timeout=60000)
                if run:
                    page.wait_for_timeout(2500)  # the per-layer cards in view load and draw
                else:
                    page.wait_for_function("() => !document.querySelector('tr.nw-run-row[data-loading=\"1\"]')", timeout=120000)
                _save(page, os.path.join(args.out, fname), args.max_height, full=not run)
                if errors:
                    problems[fname] = list(errors)
                print(fname, "errors: %r" % errors if errors else "")
            ctx.close()
        b.close()
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
