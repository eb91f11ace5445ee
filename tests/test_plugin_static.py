"""The static-file guard: only regular files inside the static folder are served."""

import os

import pytest
from werkzeug.test import Client

from tests import plugin_support as ps
from tb_nanwatch.plugin import static_files

P = ps.PREFIX


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    logdir = str(tmp_path_factory.mktemp("static_logs"))
    ps.write_run(logdir, "r", 5)
    flags = ps.flags(logdir)
    return Client(ps.app(logdir, ps.python_provider(logdir, flags).data_provider, flags))


TRAVERSALS = [
    "../loader.py",
    "../../metadata.py",
    "..%2floader.py",
    "%2e%2e/loader.py",
    "%2e%2e%2floader.py",
    "..%5cloader.py",
    "..\\loader.py",
    "static/../../loader.py",
    "a/../../loader.py",
    "/etc/passwd",
    "%2fetc%2fpasswd",
    "//etc/passwd",
    "....//loader.py",
    "..;/loader.py",
    "C:%5cWindows%5cwin.ini",
    "c:/windows/win.ini",
    "index.js%00.png",
    "~/.bashrc",
    ".hidden",
    "%252e%252e/loader.py",
    "",
    ".",
    "..",
]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_traversal_attempts_are_404(client, path):
    r = client.get(P + "/static/" + path)
    assert r.status_code == 404, (path, r.status_code)
    body = r.get_data()
    assert b"import" not in body and b"root:" not in body and b"Traceback" not in body


@pytest.mark.parametrize("path", [p.replace("%2f", "/").replace("%5c", "\\").replace("%00", "\x00").replace("%2e", ".") for p in TRAVERSALS])
def test_resolve_refuses_decoded_attempts(path):
    assert static_files.resolve(path) is None or os.path.dirname(static_files.resolve(path)).startswith(static_files.STATIC_DIR)


def test_resolve_accepts_files_inside_and_refuses_symlinks_out(tmp_path):
    root = tmp_path / "static"
    (root / "assets").mkdir(parents=True)
    (root / "assets" / "app.js").write_text("export {}")
    (tmp_path / "secret.txt").write_text("secret")
    os.symlink(tmp_path / "secret.txt", root / "link.txt")
    os.symlink(tmp_path, root / "up")
    assert static_files.resolve("assets/app.js", str(root)) == os.path.realpath(root / "assets" / "app.js")
    assert static_files.resolve("assets/./app.js", str(root)) is not None
    assert static_files.resolve("link.txt", str(root)) is None
    assert static_files.resolve("up/secret.txt", str(root)) is None
    assert static_files.resolve("assets", str(root)) is None  # a folder is not a file
    assert static_files.resolve("assets/../../secret.txt", str(root)) is None


def test_index_js_served_from_build_or_placeholder(client):
    r = client.get(P + "/index.js")
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("application/javascript")
    built = os.path.join(static_files.STATIC_DIR, "index.js")
    expected = open(built, "rb").read() if os.path.isfile(built) else static_files.PLACEHOLDER_INDEX_JS.encode()
    assert r.get_data() == expected
    assert r.headers["X-Content-Type-Options"] == "nosniff"


def test_content_types():
    assert static_files.content_type("a/b.css") == "text/css"
    assert static_files.content_type("x.JS") == "application/javascript"
    assert static_files.content_type("x.bin") == "application/octet-stream"
