"""Serves the tab's built assets from ``tb_nanwatch/plugin/static/``.

`resolve` is the path-normalising guard: a request path is accepted only if
it names a regular file inside the static folder after every ``..``,
symlink, backslash, drive letter or NUL trick has been taken into account.
Until the frontend is built into that folder, ``/index.js`` serves a small
placeholder module from this file (nothing is written into the folder).
"""

import os
import posixpath

STATIC_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "static")

CONTENT_TYPES = {
    ".js": "application/javascript",
    ".mjs": "application/javascript",
    ".css": "text/css",
    ".html": "text/html",
    ".json": "application/json",
    ".map": "application/json",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".woff2": "font/woff2",
    ".wasm": "application/wasm",
    ".txt": "text/plain",
}

PLACEHOLDER_INDEX_JS = """\
// tb_nanwatch placeholder: the frontend has not been built into
// tb_nanwatch/plugin/static/ yet. It lists the runs from the backend.
export async function render() {
  const el = document.createElement("pre");
  document.body.appendChild(el);
  el.textContent = "tb_nanwatch: frontend not built; runs overview from ./runs\\n\\n";
  try {
    const r = await fetch("./runs");
    el.textContent += JSON.stringify(await r.json(), null, 2);
  } catch (e) {
    el.textContent += "could not load ./runs: " + e;
  }
}
"""


def resolve(rel_path, root=STATIC_DIR):
    """Returns the absolute path of a file inside ``root``, or None.

    Args:
      rel_path: the (already URL-decoded) path below ``/static/``.
      root: the folder served.

    Example:
      >>> resolve("../loader.py") is None
      True
    """
    if not rel_path or "\x00" in rel_path or "\\" in rel_path or ":" in rel_path:
        return None
    if rel_path.startswith("/") or rel_path.startswith("~"):
        return None
    norm = posixpath.normpath(rel_path)
    if norm.startswith("..") or norm == "." or any(part in ("..", "") for part in norm.split("/")):
        return None
    if any(part.startswith(".") for part in norm.split("/")):  # no dotfiles
        return None
    real_root = os.path.realpath(root)
    path = os.path.realpath(os.path.join(real_root, *norm.split("/")))
    if os.path.commonpath([real_root, path]) != real_root or path == real_root:
        return None
    return path if os.path.isfile(path) else None


def content_type(path):
    """Returns the Content-Type to serve ``path`` with."""
    return CONTENT_TYPES.get(os.path.splitext(path)[1].lower(), "application/octet-stream")


def read(rel_path, root=STATIC_DIR):
    """Returns ``(bytes, content_type)`` of a static file, or None if refused or missing.

    ``index.js`` falls back to `PLACEHOLDER_INDEX_JS` while no build exists.
    """
    path = resolve(rel_path, root)
    if path is None:
        if rel_path == "index.js":
            return PLACEHOLDER_INDEX_JS.encode("utf-8"), CONTENT_TYPES[".js"]
        return None
    with open(path, "rb") as f:
        return f.read(), content_type(path)
