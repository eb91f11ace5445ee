"""``python -m tb_nanwatch report LOGDIR`` (same as the ``tb-nanwatch`` command)."""

import sys

from tb_nanwatch.cli import main

sys.exit(main())
