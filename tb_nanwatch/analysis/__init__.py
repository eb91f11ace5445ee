"""Diagnosis of logged runs: status, onset, origin and ranked causes.

Pure numpy (plus TensorBoard's readers for logdirs): imports and works
without TensorFlow, so the plugin, the CLI and the tests share it.

Example:
  >>> from tb_nanwatch.analysis import diagnose_logdir
  >>> for d in diagnose_logdir("logs")["runs"]:
  ...     print(d["run"], d["status"], d["onset"], [c["id"] for c in d["causes"]])
"""

from tb_nanwatch.analysis.diagnose import REPORT_KEYS, diagnose, report_only
from tb_nanwatch.analysis.logdir import LogdirError, diagnose_logdir
from tb_nanwatch.analysis.onset import STATUSES
from tb_nanwatch.analysis.rules import CAUSE_IDS, RULES, Finding, Rule

__all__ = ["diagnose", "diagnose_logdir", "report_only", "LogdirError", "RULES", "Rule", "Finding", "CAUSE_IDS", "STATUSES", "REPORT_KEYS"]
