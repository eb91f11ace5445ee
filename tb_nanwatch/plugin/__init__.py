"""The tb_nanwatch TensorBoard plugin backend (no TensorFlow import).

TensorBoard finds it through the ``tensorboard_plugins`` entry point
``tb_nanwatch = tb_nanwatch.plugin.loader:NanWatchLoader``. Modules, one job each:

* `loader`: the `TBLoader` (keeps every sample of our tags) and plugin factory.
* `plugin`: the `TBPlugin`: routes as thin handlers over `views`.
* `views`: pure ``*_impl`` functions from cached run data to JSON-able dicts.
* `store`: reads runs through ``context.data_provider`` and caches them.
* `downsample`, `params`, `jsonify`, `static_files`, `diagnosis`: helpers.

The routes are documented in ``http_api.md`` beside this file.
"""
