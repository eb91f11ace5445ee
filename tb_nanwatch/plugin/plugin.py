"""The tb_nanwatch `TBPlugin`: routes as thin handlers over `views`.

Each handler parses its query parameters (400 when bad or missing), looks up
the run (404 when unknown), calls a pure ``*_impl`` and answers with
`http_util.Respond`. See ``http_api.md`` for the API.
"""

import functools

from tensorboard import errors, plugin_util
from tensorboard.backend import http_util
from tensorboard.plugins import base_plugin
from werkzeug import wrappers

from tb_nanwatch import metadata
from tb_nanwatch.plugin import jsonify, params, static_files, store, views

JSON = "application/json"
MAX_POINTS = 100_000
MAX_BUCKETS = 5_000


def _route(fn):
    """Wraps a handler: GET/HEAD only, request context, JSON response."""

    @wrappers.Request.application
    @functools.wraps(fn)
    def handler(self, request):
        if request.method not in ("GET", "HEAD"):
            return http_util.Respond(request, "method not allowed", "text/plain", code=405, headers=[("Allow", "GET, HEAD")])
        ctx = plugin_util.context(request.environ)
        eid = plugin_util.experiment_id(request.environ)
        result = fn(self, request, ctx, eid)
        if isinstance(result, wrappers.Response):
            return result
        return http_util.Respond(request, jsonify.dumps(result), JSON)

    return handler


class NanWatchPlugin(base_plugin.TBPlugin):
    """TensorBoard tab showing where, when and why training went NaN.

    Args:
      context: the `base_plugin.TBContext`: data comes from ``data_provider``
        only; ``logdir``, when local, lets `integrity` check file framing.

    Example:
      >>> app = application.TensorBoardWSGIApp(flags, [NanWatchLoader()], provider)
      >>> Client(app).get("/data/plugin/tb_nanwatch/runs").json["runs"][0]["status"]
      'nonfinite'
    """

    plugin_name = metadata.PLUGIN_NAME

    def __init__(self, context):
        self._store = store.RunStore(context.data_provider, context.logdir)

    def get_plugin_apps(self):
        return {
            "/runs": self._serve_runs,
            "/diagnosis": self._serve_diagnosis,
            "/tensors": self._serve_tensors,
            "/series": self._serve_series,
            "/heatmap": self._serve_heatmap,
            "/index.js": self._serve_index_js,
            "/static/*": self._serve_static,
        }

    def data_plugin_names(self):
        # Our tags, and the scalars of runs written without the watch (Keras's TensorBoard callback,
        # tf.summary, tensorboardX, HF Trainer): a logdir of those gets its diagnosis too.
        return (metadata.PLUGIN_NAME, "scalars")

    def is_active(self):
        return False  # TensorBoard's plugin listing (our data_class TENSOR tags) decides

    def frontend_metadata(self):
        return base_plugin.FrontendMetadata(es_module_path="/index.js", tab_name="NaN Watch", disable_reload=False)

    def _entry(self, request, ctx, eid):
        run = params.one(request.args, "run")
        entry = self._store.get(ctx, eid, run)
        if entry is None:
            raise errors.NotFoundError("no run %r with tb_nanwatch data or a logged loss" % run)
        return entry

    @_route
    def _serve_runs(self, request, ctx, eid):
        return views.runs_impl(self._store.overview(ctx, eid))

    @_route
    def _serve_diagnosis(self, request, ctx, eid):
        return views.diagnosis_impl(self._entry(request, ctx, eid))

    @_route
    def _serve_tensors(self, request, ctx, eid):
        return views.tensors_impl(self._entry(request, ctx, eid))

    @_route
    def _serve_series(self, request, ctx, eid):
        args = request.args
        tensors = params.many(args, "tensor")
        stats = params.many(args, "stat", required=False) or [views.TRACE]
        start, end = params.step_range(args)
        points = params.integer(args, "points", default=1000, lo=4, hi=MAX_POINTS)
        if len(tensors) * len(stats) > 256:
            raise errors.InvalidArgumentError("at most 256 tensor x stat series per request")
        return views.series_impl(self._entry(request, ctx, eid), tensors, stats, start, end, points)

    @_route
    def _serve_heatmap(self, request, ctx, eid):
        args = request.args
        start, end = params.step_range(args)
        buckets = params.integer(args, "buckets", default=200, lo=1, hi=MAX_BUCKETS)
        kind = params.choice(args, "kind", metadata.KINDS)
        return views.heatmap_impl(self._entry(request, ctx, eid), start, end, buckets, kind)

    @_route
    def _serve_index_js(self, request, ctx, eid):
        return _static(request, "index.js")

    @_route
    def _serve_static(self, request, ctx, eid):
        prefix = "/data/plugin/%s/static/" % metadata.PLUGIN_NAME
        path = request.path
        rel = path[path.index(prefix) + len(prefix):] if prefix in path else ""
        return _static(request, rel)


def _static(request, rel):
    found = static_files.read(rel)
    if found is None:
        raise errors.NotFoundError("no static file %r" % rel[:200])
    body, ctype = found
    return http_util.Respond(request, body, ctype)
