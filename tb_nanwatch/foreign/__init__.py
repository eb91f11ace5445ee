"""Runs written without NanWatch: Keras's TensorBoard callback, tf.summary, PyTorch/tensorboardX, Hugging Face.

`reader.list_groups` finds them beside the watched runs of a logdir,
`reader.read_group` reads the tags it recognises (`tags`) into the `RunData`
the analysis takes, and `diagnosis.diagnose_foreign` diagnoses them with the
same rules, saying what their resolution cannot tell. Numpy only: no
TensorFlow import.
"""

from tb_nanwatch.foreign.diagnosis import diagnose_foreign, label
from tb_nanwatch.foreign.reader import ForeignRunData, Group, list_groups, read_group

__all__ = ["diagnose_foreign", "label", "ForeignRunData", "Group", "list_groups", "read_group"]
