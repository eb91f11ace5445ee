"""The `TBLoader` TensorBoard's entry point names (no TensorFlow import).

TensorBoard keeps only a random sample of a third-party plugin's tensor
summaries (100 points on the Rust loader, 10 on the Python one), which would
drop the onset step. `NanWatchLoader.fix_flags` asks both loaders to keep
every sample of our plugin unless the user set ``--samples_per_plugin`` for
it; when fewer points still come back, the responses say ``sampled``.
"""

from tensorboard.plugins import base_plugin

from tb_nanwatch import metadata

KEEP_ALL = 0  # "all samples" to both the Python and the Rust data loaders


class NanWatchLoader(base_plugin.TBLoader):
    """Loads `NanWatchPlugin` and keeps every sample of its tags.

    Example:
      >>> flags = argparse.Namespace(samples_per_plugin={})
      >>> NanWatchLoader().fix_flags(flags)
      >>> flags.samples_per_plugin
      {'tb_nanwatch': 0}
    """

    def fix_flags(self, flags):
        """Sets ``samples_per_plugin[tb_nanwatch] = 0`` unless the user set it.

        Args:
          flags: the parsed `argparse.Namespace` of TensorBoard's flags.
        """
        current = getattr(flags, "samples_per_plugin", None)
        if isinstance(current, str):  # unparsed, e.g. set through configure()
            current = _parse(current)
        current = dict(current or {})
        current.setdefault(metadata.PLUGIN_NAME, KEEP_ALL)
        flags.samples_per_plugin = current

    def load(self, context):
        """Returns the plugin; imported here so a broken import only disables this tab."""
        from tb_nanwatch.plugin.plugin import NanWatchPlugin

        return NanWatchPlugin(context)


def _parse(value):
    out = {}
    for token in value.split(","):
        if token.strip():
            k, v = token.strip().split("=")
            out[k.strip()] = int(v)
    return out
