"""The custom-loop API inside `strategy.run`: MirroredStrategy, and MultiWorkerMirroredStrategy on two processes.

Each case runs in fresh processes (logical devices and TF_CONFIG must be set
before TensorFlow starts). A NaN is planted in one replica's shard of the
batch of step 7; the onset must be latched at step 7, phase input, naming
that replica (and its worker), with no process hanging.
"""

import json
import os
import socket
import subprocess
import sys
import textwrap

import pytest

pytest.importorskip("tensorflow")

NAN_STEP = 7
STEPS = 12

# The user's program: a custom loop as the TensorFlow multi-worker tutorial writes it, plus the watch.
PROGRAM = textwrap.dedent("""
    import json, os, sys
    os.environ["TF_CPP_MIN_LOG_LEVEL"] = "2"
    import numpy as np
    import tensorflow as tf
    mode, log_dir, nan_replica = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if mode == "mirrored":
        cpu = tf.config.list_physical_devices("CPU")[0]
        tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
        strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])
    else:
        strategy = tf.distribute.MultiWorkerMirroredStrategy()
    import keras
    from tb_nanwatch import NanWatch

    GLOBAL_BATCH, STEPS, NAN_STEP = 16, %(steps)d, %(nan_step)d
    replicas = strategy.num_replicas_in_sync
    per_replica = GLOBAL_BATCH // replicas
    rng = np.random.default_rng(0)
    x = rng.standard_normal((STEPS * GLOBAL_BATCH, 8)).astype("float32")
    y = (x @ rng.standard_normal((8, 1))).astype("float32")
    # Replica r's shard of a global batch is rows [r * per_replica, (r + 1) * per_replica) of it.
    x[NAN_STEP * GLOBAL_BATCH + nan_replica * per_replica + 1, 3] = np.nan

    with strategy.scope():
        keras.utils.set_random_seed(0)
        model = keras.Sequential([keras.Input((8,)), keras.layers.Dense(16, activation="relu"),
                                  keras.layers.Dense(1)])
        optimizer = keras.optimizers.SGD(0.01)
    loss_fn = keras.losses.MeanSquaredError(reduction="none")
    watch = NanWatch(log_dir, log_every=4).attach(model, optimizer, loss=loss_fn)

    def replica_step(xb, yb):
        with tf.GradientTape() as tape:
            per_example = loss_fn(yb, model(xb, training=True))
            loss = tf.nn.compute_average_loss(per_example, global_batch_size=GLOBAL_BATCH)
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
        return loss

    watched = watch.replica_step(replica_step)

    @tf.function
    def train_step(xb, yb):
        losses = strategy.run(watched, args=(xb, yb))
        return strategy.reduce(tf.distribute.ReduceOp.SUM, losses, axis=None)

    if mode == "mirrored":
        batches = strategy.experimental_distribute_dataset(tf.data.Dataset.from_tensor_slices((x, y)).batch(GLOBAL_BATCH))
    else:
        def worker_data(ctx):
            # Worker w reads its own part of every global batch (one replica per worker here).
            w, n = ctx.input_pipeline_id, ctx.num_input_pipelines
            part = lambda a: a.reshape(STEPS, n, -1, a.shape[-1])[:, w].reshape(-1, a.shape[-1])
            return tf.data.Dataset.from_tensor_slices((part(x), part(y))).batch(ctx.get_per_replica_batch_size(GLOBAL_BATCH))
        batches = strategy.distribute_datasets_from_function(worker_data)
    losses = []
    for xb, yb in batches:
        losses.append(float(train_step(xb, yb)))
        watch.end_step()
    watch.close()
    print("RESULT " + json.dumps({"onset": watch.onset, "losses": losses, "replicas": replicas}))
""") % {"steps": STEPS, "nan_step": NAN_STEP}


def _free_ports(n):
    socks = [socket.socket() for _ in range(n)]
    for s in socks:
        s.bind(("127.0.0.1", 0))
    ports = [s.getsockname()[1] for s in socks]
    for s in socks:
        s.close()
    return ports


def _result(proc_out):
    lines = [line for line in proc_out.splitlines() if line.startswith("RESULT ")]
    return json.loads(lines[-1][len("RESULT "):]) if lines else None


def _read_onset(log_dir):
    from hook_support import read

    return read(log_dir).onset


def test_mirrored_strategy_custom_loop_names_the_replica(tmp_path):
    log_dir = str(tmp_path / "run")
    proc = subprocess.run([sys.executable, "-c", PROGRAM, "mirrored", log_dir, "1"],
                          capture_output=True, text=True, timeout=300)
    result = _result(proc.stdout)
    assert result, proc.stderr[-3000:]
    want = {"step": NAN_STEP, "phase": "input", "tensor": "input/0", "layer": None, "replica": 1, "worker": 0}
    assert result["onset"] == want
    assert len(result["losses"]) == STEPS
    assert _read_onset(log_dir) == want


def test_two_workers_on_localhost_latch_the_nan_of_worker_one(tmp_path):
    ports = _free_ports(2)
    cluster = {"worker": ["127.0.0.1:%d" % p for p in ports]}
    log_dir = str(tmp_path / "run")
    procs = []
    for index in range(2):
        env = dict(os.environ, TF_CONFIG=json.dumps({"cluster": cluster, "task": {"type": "worker", "index": index}}))
        # Every worker runs the same program and names the same run directory; only the chief writes.
        procs.append(subprocess.Popen([sys.executable, "-c", PROGRAM, "multiworker", log_dir, "1"], env=env,
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    outs = []
    try:
        for p in procs:
            outs.append(p.communicate(timeout=240))  # a deadlocked worker fails here, never hangs the suite
    finally:
        for p in procs:
            p.kill()
    results = [_result(out) for out, _ in outs]
    assert all(results), [err[-3000:] for _, err in outs]
    want = {"step": NAN_STEP, "phase": "input", "tensor": "input/0", "layer": None, "replica": 1, "worker": 1}
    assert [r["onset"] for r in results] == [want, want]  # both workers latch the same onset
    assert results[0]["replicas"] == 2 and len(results[0]["losses"]) == len(results[1]["losses"]) == STEPS
    assert _read_onset(log_dir) == want
    assert len([f for f in os.listdir(log_dir) if "tfevents" in f]) == 1  # the chief's file only
