"""The plugin imports and serves without TensorFlow."""

import subprocess
import sys
import textwrap

from tests import plugin_support as ps

SCRIPT = textwrap.dedent(
    """
    import sys
    sys.modules["tensorflow"] = None  # any `import tensorflow` now raises ImportError
    sys.path.insert(0, %(tests)r)
    import plugin_support as ps
    from tb_nanwatch.plugin import loader, plugin, store, views, integrity, static_files  # noqa: F401
    from werkzeug.test import Client
    flags = ps.flags(%(logdir)r)
    c = Client(ps.app(%(logdir)r, ps.python_provider(%(logdir)r, flags).data_provider, flags))
    r = c.get(ps.PREFIX + "/runs")
    assert r.status_code == 200, r.status_code
    run = r.get_json()["runs"][0]
    assert run["onset"]["step"] == 30, run
    assert c.get(ps.PREFIX + "/heatmap?run=r").status_code == 200
    assert "tensorflow" not in [m for m in sys.modules if sys.modules[m] is not None]
    assert not [m for m in sys.modules if m.startswith("keras")]
    print("OK")
    """
)


def test_plugin_works_without_tensorflow(tmp_path):
    logdir = str(tmp_path)
    ps.write_run(logdir, "r", 60, onset=30)
    tests = str(__import__("os").path.dirname(__file__))
    out = subprocess.run([sys.executable, "-c", SCRIPT % {"tests": tests, "logdir": logdir}], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stdout.strip().endswith("OK"), out.stderr[-3000:]
