#!/usr/bin/env bash
# One command: install tb_nanwatch, train the demo scenarios, open TensorBoard with the NaN Watch tab.
#
#   bash demo/run.sh
#
# Reruns reuse finished demo runs. Environment knobs:
#   PORT=6006             TensorBoard's port (on 127.0.0.1)
#   PYTHON=python3        the interpreter to install into and run with
#   SKIP_INSTALL=1        skip `pip install -e ".[train]"` (already installed)
#   LOGDIR=demo/logs      where the demo runs are written
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
PYTHON="${PYTHON:-$(command -v python3 || command -v python)}"
PORT="${PORT:-6006}"
LOGDIR="${LOGDIR:-demo/logs}"

if [ "${SKIP_INSTALL:-0}" != "1" ]; then
  echo "==> Installing tb_nanwatch with its training extras"
  "$PYTHON" -m pip install -q -e ".[train]"
fi

echo "==> Training the demo scenarios into $LOGDIR (finished runs are reused)"
"$PYTHON" -m demo --logdir "$LOGDIR"

if "$PYTHON" - "$PORT" <<'PY'
import socket, sys
s = socket.socket()
try:
    s.bind(("127.0.0.1", int(sys.argv[1])))
except OSError:
    sys.exit(0)  # taken
sys.exit(1)
PY
then
  echo "Port $PORT on 127.0.0.1 is already in use; rerun with PORT=<another port> bash demo/run.sh" >&2
  exit 1
fi

echo
echo "==> TensorBoard with the NaN Watch tab: http://127.0.0.1:$PORT/#tb_nanwatch"
echo "    (Ctrl+C to stop)"
exec "$PYTHON" -m tensorboard.main --logdir "$LOGDIR" --host 127.0.0.1 --port "$PORT"
