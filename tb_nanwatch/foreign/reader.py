"""Reads runs written without NanWatch into the `RunData` the analysis takes (numpy only).

Everything comes through TensorBoard's data provider (the plugin's
``context.data_provider``; the CLI's `reader.open_logdir`), so it works with
either loader and without TensorFlow. `list_groups` finds the runs (Keras's
``train/`` and ``validation/`` folders are one run), `read_group` reads only
the tags `tags` recognises and builds a `ForeignRunData`:

* rows: ``loss`` (the training loss), then gradient and weight rows (one per
  histogram, named by the parameter, with its layer), then the
  ``learning_rate`` and ``global_grad_norm`` scalars where logged;
* the trace: per logged point of the training loss, the loss, the L2 norm
  of each weight/gradient from its last histogram (`metadata.UNMEASURED`
  before the first), and the scalars held from their last value;
* statistics at the histogram steps (`series.histogram_stats`);
* the model facts from Keras's model config (`keras_config`);
* ``extra``: what the analysis does not read but the report and the tab show
  (validation loss and accuracy, the resolution, what was recovered).
"""

import dataclasses

import numpy as np

from tb_nanwatch import metadata, reader
from tb_nanwatch.foreign import keras_config, tags as tags_lib
from tb_nanwatch.foreign.series import epoch_ends_from_means, histogram_stats, hold, recover_batches

_ALL = 10**9
# Epoch-resolution points are means over whole epochs: this many already show a trend.
EPOCH_MIN_POINTS = 4
WRITERS = {
    "keras": "Keras's TensorBoard callback",
    "huggingface": "the Hugging Face Trainer",
    "scalars": "tf.summary, PyTorch's SummaryWriter or tensorboardX",
}


@dataclasses.dataclass
class Group:
    """One foreign run: its member runs (by role) and their listings.

    Attributes:
      name: the run name shown (Keras's ``x/train`` + ``x/validation`` -> ``x``).
      members: ``{role: run}``, role ``"train"``, ``"validation"`` or ``""``.
      scalars, histograms, blobs: ``{run: {tag: time series}}`` of the tags it reads.
      writer: a key of `WRITERS`.
    """

    name: str
    members: dict
    scalars: dict
    histograms: dict
    blobs: dict
    writer: str = "scalars"

    def fingerprint(self):
        out = []
        for kind, listing in (("s", self.scalars), ("h", self.histograms), ("b", self.blobs)):
            for run, tags in sorted(listing.items()):
                out += [(kind, run, tag, int(ts.max_step), float(ts.max_wall_time)) for tag, ts in sorted(tags.items())]
        return tuple(out)


class ForeignRunData(reader.RunData):
    """A `RunData` read from another writer's tags, with what the analysis needs to judge it at its resolution.

    Attributes (besides `RunData`'s), read by `analysis.progress`:
      step_unit: ``"epoch"`` when steps are epochs, else ``"step"``.
      min_points: the fewest loss points the progress verdicts need (absent: the analysis's own).
      extra: the foreign block of the diagnosis (see `diagnosis`).
    """

    def __init__(self, *args, step_unit="step", min_points=None, extra=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.step_unit = step_unit
        if min_points is not None:
            self.min_points = min_points
        self.extra = extra or {}

    def baseline_bound(self):
        """The constant predictor's loss as far as the model config tells it (`foreign.facts.ForeignFacts`), or None."""
        from tb_nanwatch.foreign.facts import ForeignFacts

        return ForeignFacts(self.model, self.data).baseline()


def list_groups(provider, ctx, experiment_id="", exclude=()):
    """Returns ``{name: Group}`` of the runs written without NanWatch that hold a loss.

    Args:
      provider, ctx, experiment_id: as for `reader.list_runs`.
      exclude: names of runs the watch wrote; they and the groups named like them are left out.
    """
    exclude = set(exclude)
    scalars = provider.list_scalars(ctx, experiment_id=experiment_id, plugin_name=tags_lib.SCALARS_PLUGIN) or {}
    try:
        hists = provider.list_tensors(ctx, experiment_id=experiment_id, plugin_name=tags_lib.HISTOGRAMS_PLUGIN) or {}
    except Exception:  # a provider without histograms: the weights are not shown
        hists = {}
    try:
        blobs = provider.list_blob_sequences(ctx, experiment_id=experiment_id, plugin_name=tags_lib.KERAS_MODEL_PLUGIN) or {}
    except Exception:
        blobs = {}
    groups = {}
    for run in set(scalars) | set(hists) | set(blobs):
        if run in exclude:
            continue
        name, role = tags_lib.run_role(run)
        if name in exclude:
            continue
        g = groups.setdefault(name, Group(name, {}, {}, {}, {}))
        if role in g.members:
            continue
        g.members[role] = run
        kept = {t: ts for t, ts in (scalars.get(run) or {}).items() if tags_lib.classify_scalar(t, role)}
        if kept:
            g.scalars[run] = kept
        kept = {t: ts for t, ts in (hists.get(run) or {}).items() if tags_lib.classify_histogram(t)}
        if kept:
            g.histograms[run] = kept
        kept = {t: ts for t, ts in (blobs.get(run) or {}).items() if t == tags_lib.KERAS_MODEL_TAG}
        if kept:
            g.blobs[run] = kept
    out = {}
    for name, g in groups.items():
        found = [tags_lib.classify_scalar(t, role) for role, run in g.members.items() for t in (g.scalars.get(run) or {})]
        if not any(f and f[0] == "loss" for f in found):
            continue
        g.writer = _writer(g)
        out[name] = g
    return out


def _writer(g):
    all_tags = [t for tags in g.scalars.values() for t in tags] + [t for tags in g.histograms.values() for t in tags]
    if g.blobs or any(tags_lib.is_keras_scalar(t) or t.endswith("/histogram") for t in all_tags):
        return "keras"
    if any(t in ("train/learning_rate", "train/grad_norm", "train/epoch") for t in all_tags):
        return "huggingface"
    return "scalars"


def _read_members(provider, ctx, group, tags_by_run, read, plugin, experiment_id):
    """Yields ``(role, run, wanted tags, {tag: datums})`` for each member run with tags in ``tags_by_run``."""
    from tensorboard.data import provider as provider_lib

    for role, run in group.members.items():
        wanted = sorted(tags_by_run.get(run) or {})
        if not wanted:
            continue
        flt = provider_lib.RunTagFilter(runs=[run], tags=wanted)
        yield role, run, wanted, read(ctx, experiment_id=experiment_id, plugin_name=plugin, downsample=_ALL,
                                      run_tag_filter=flt).get(run, {})


def read_group(provider, ctx, group, experiment_id=""):
    """Reads one foreign run (only the tags it recognised) into a `ForeignRunData`."""
    from tensorboard.data import provider as provider_lib

    problems = []
    scalars = {}  # (series, split) -> [(tag, resolution, steps, values)]
    for role, run, _, data in _read_members(provider, ctx, group, group.scalars, provider.read_scalars,
                                            tags_lib.SCALARS_PLUGIN, experiment_id):
        for tag, datums in data.items():
            kind = tags_lib.classify_scalar(tag, role)
            if kind is None or not datums:
                continue
            by_step = {}
            for d in datums:
                by_step[int(d.step)] = float(d.value)
            steps = np.array(sorted(by_step), np.int64)
            scalars.setdefault(kind, []).append((tag, tags_lib.scalar_resolution(tag), steps, np.array([by_step[s] for s in steps])))
    hists = []  # (kind, name, layer, steps, [k, 3] arrays)
    for _, run, wanted, data in _read_members(provider, ctx, group, group.histograms, provider.read_tensors,
                                              tags_lib.HISTOGRAMS_PLUGIN, experiment_id):
        for tag in wanted:
            found = tags_lib.classify_histogram(tag)
            datums = sorted(data.get(tag) or [], key=lambda d: d.step)
            if found and datums:
                hists.append(found + ([int(d.step) for d in datums], [d.numpy for d in datums]))
    config = None
    for run, blob_tags in group.blobs.items():
        flt = provider_lib.RunTagFilter(runs=[run], tags=list(blob_tags))
        try:
            seqs = provider.read_blob_sequences(ctx, experiment_id=experiment_id, plugin_name=tags_lib.KERAS_MODEL_PLUGIN,
                                                downsample=1, run_tag_filter=flt).get(run, {})
            for datums in seqs.values():
                for ref in (datums[-1].values if datums else ()):
                    config = keras_config.parse(provider.read_blob(ctx, blob_key=ref.blob_key)) or config
        except Exception as e:
            problems.append("the Keras model config could not be read (%s: %s)" % (type(e).__name__, e))
    return assemble(group, scalars, hists, config, problems)


def _pick(candidates, prefer=()):
    """The best series among same-meaning tags: a preferred resolution, then the most points, then the shorter tag."""
    if not candidates:
        return None
    order = {r: i for i, r in enumerate(prefer)}
    return sorted(candidates, key=lambda c: (order.get(c[1], len(order)), -len(c[2]), len(c[0]), c[0]))[0]


def assemble(group, scalars, hists, config, problems=None):
    """Builds the `ForeignRunData` of a group from its read series (see `read_group`)."""
    problems = list(problems or [])
    keras = group.writer == "keras"
    extra = {"writer": group.writer, "writer_text": WRITERS[group.writer], "members": dict(group.members), "notes": [], "series": {}}
    train = scalars.get(("loss", "train"), [])
    epoch_loss = _pick([c for c in train if c[1] == "epoch"])
    batch_loss = _pick([c for c in train if c[1] == "batch"])
    other_loss = _pick([c for c in train if c[1] == "step"])
    val = _pick(scalars.get(("loss", "validation"), []), prefer=("epoch", "step", "iterations"))
    ends, recovered = None, None
    unit, resolution = "step", "step"
    if keras and batch_loss is not None:
        ends = _epoch_ends(batch_loss, epoch_loss, scalars)
        if ends is None and epoch_loss is not None:
            extra["notes"].append("batch_loss holds Keras's running means over each epoch, and the logs do not tell where "
                                  "the epochs end: per-batch losses cannot be recovered, the epoch means are used")
            batch_loss = None
    if keras and batch_loss is not None:
        steps, means = batch_loss[2], batch_loss[3]
        values, exact = recover_batches(steps, means, ends or [])
        loss_steps, loss_values = steps, values
        resolution = "batch"
        recovered = {"exact": int(exact.sum()), "points": int(len(exact))}
        if exact.all():
            extra["notes"].append("the loss of every batch is recovered from Keras's running means over the epoch "
                                  "(x_k = k m_k - (k - 1) m_(k-1), equal batch sizes assumed: the last batch of an epoch "
                                  "may be smaller, so its value is approximate)")
        else:
            extra["notes"].append("batch_loss is logged for %d of the batches (update_freq, or TensorBoard kept a sample): "
                                  "%d points are one batch's loss, the others the mean loss of the batches since the "
                                  "previous point" % (len(exact), int(exact.sum())))
        bad = np.nonzero(~np.isfinite(means))[0]
        if len(bad):
            extra["notes"].append("from step %d the running mean is non-finite: a NaN/Inf poisons the rest of its epoch, so "
                                  "the later batches of that epoch cannot be told apart" % int(steps[bad[0]]))
    elif keras and epoch_loss is not None:
        loss_steps, loss_values = epoch_loss[2], epoch_loss[3]
        unit = resolution = "epoch"
    else:
        chosen = other_loss or epoch_loss or batch_loss
        if chosen is None:  # only a validation loss: it is the series there is
            chosen = val
            extra["notes"].append("no training loss is logged: the diagnosis rests on the validation loss (%s)" % val[0])
        loss_steps, loss_values = chosen[2], chosen[3]
        if chosen[1] == "epoch":
            unit = resolution = "epoch"
    extra["loss_tag"] = (batch_loss if resolution == "batch" else (epoch_loss if keras and resolution == "epoch" else None) or
                         _pick(train) or val or (None,))[0]
    extra["resolution"], extra["unit"], extra["recovered"] = resolution, unit, recovered

    def at_loss_axis(series_steps, src_resolution):
        """Maps a series' steps onto the loss axis (Keras epochs -> their last batch step at batch resolution)."""
        s = np.asarray(series_steps, np.int64)
        if resolution == "batch" and src_resolution == "epoch" and ends:
            e = np.clip(s, 0, len(ends) - 1)
            return np.asarray(ends, np.int64)[e]
        return s

    # the validation loss and accuracies, for the report and the charts
    if val is not None:
        extra["series"]["validation_loss"] = {"steps": at_loss_axis(val[2], val[1]).tolist(), "values": val[3].tolist(), "tag": val[0]}
    for split in ("train", "validation"):
        acc = _pick(scalars.get(("accuracy", split), []), prefer=("epoch", "step", "iterations"))
        if acc is not None and acc[1] != "batch":
            extra["series"]["%s_accuracy" % split] = {"steps": at_loss_axis(acc[2], acc[1]).tolist(), "values": acc[3].tolist(), "tag": acc[0]}

    rows, columns = [metadata.make_row(metadata.ROW_LOSS, "loss")], [np.asarray(loss_values, np.float64)]
    # gradients, then weights (dataflow order of a step), each by its layer
    hist_steps = sorted({s for h in hists for s in at_loss_axis(h[3], "epoch" if keras else "step").tolist()})
    stats = np.full((len(hist_steps), 0, len(metadata.STATS)), np.nan, np.float32)
    stat_cols = []
    for kind in ("gradient", "weight"):
        for h_kind, name, layer, steps, arrays in hists:
            if h_kind != kind:
                continue
            mapped = at_loss_axis(steps, "epoch" if keras else "step")
            col = np.full((len(hist_steps), len(metadata.STATS)), np.nan, np.float32)
            l2 = np.full(len(mapped), np.nan)
            for k, (s, a) in enumerate(zip(mapped.tolist(), arrays)):
                st, l2[k] = histogram_stats(a)
                col[hist_steps.index(s)] = st
            row_name = name if kind == "weight" else name + "/grad"
            rows.append(metadata.make_row(row_name, kind, layer))
            stat_cols.append(col)
            columns.append(hold(mapped, l2, loss_steps, fill=metadata.UNMEASURED))
    if stat_cols:
        stats = np.stack(stat_cols, axis=1)
    lr = _pick(scalars.get(("learning_rate", "train"), []), prefer=("epoch", "step"))
    if lr is not None:
        rows.append(metadata.make_row(metadata.ROW_LEARNING_RATE, "scalar"))
        columns.append(_lr_at(lr, loss_steps, resolution, ends))
        extra["series"]["learning_rate"] = {"steps": at_loss_axis(lr[2], lr[1]).tolist(), "values": lr[3].tolist(), "tag": lr[0]}
    gn = _pick(scalars.get(("grad_norm", "train"), []))
    if gn is not None:
        rows.append(metadata.make_row(metadata.ROW_GLOBAL_GRAD_NORM, "scalar"))
        columns.append(hold(gn[2], gn[3], loss_steps, fill=gn[3][0] if len(gn[3]) else np.nan))
    trace = np.stack(columns, axis=1).astype(np.float32) if len(loss_steps) else np.zeros((0, len(rows)), np.float32)
    if not stat_cols:
        stats = np.zeros((0, len(rows), len(metadata.STATS)), np.float32)
        hist_steps = []
    else:  # the loss and scalar rows have no statistics
        full = np.full((len(hist_steps), len(rows), len(metadata.STATS)), np.nan, np.float32)
        full[:, 1:1 + len(stat_cols)] = stats
        stats = full

    epochs = len(epoch_loss[2]) if epoch_loss is not None else None
    if not ends and keras:  # the optimizer's iterations at each epoch's end, from the validation's evaluation_* tags
        evals = [c for (series, split), cs in scalars.items() if split == "validation" for c in cs if c[1] == "iterations"]
        if evals:
            extra_ends = sorted(set(int(s) for s in max(evals, key=lambda c: len(c[2]))[2]))
            spe = int(np.median(np.diff([0] + extra_ends))) if extra_ends else None
        else:
            spe = None
    else:
        spe = int(np.median(np.diff([0] + list(ends)))) if ends else None
    model = keras_config.model_facts(config, spe, epochs) if config else None
    summary = _data_summary(scalars, keras)
    extra["epochs"], extra["steps_per_epoch"] = epochs, spe
    extra["epoch_ends"] = list(ends) if ends else None
    extra["model_config"] = config is not None
    extra["histograms"] = sorted({h[0] for h in hists})
    onset = _onset(rows, trace, loss_steps)
    data = ForeignRunData(
        group.name, rows, np.asarray(loss_steps, np.int64), trace, np.asarray(hist_steps, np.int64), stats, onset, False, problems,
        model, summary, step_unit=unit,
        min_points=EPOCH_MIN_POINTS if resolution == "epoch" else None, extra=extra)
    # a rate jump before a run-away: searched over the two epochs before it (the rate is logged once per epoch)
    if resolution == "epoch":
        data.jump_lookback = 2
    elif resolution == "batch" and spe:
        data.jump_lookback = 2 * spe
    return data


def _epoch_ends(batch_loss, epoch_loss, scalars):
    """Epoch-end batch steps of a Keras run, or None when the logs do not tell them.

    From the validation's ``evaluation_*_vs_iterations`` steps (the optimizer's
    iterations at each epoch's end), else from epochs of equal length, else by
    matching each ``epoch_loss`` with the running mean it equals; each guess is
    kept only when every epoch's value is the running mean at its end.
    """
    steps, means = batch_loss[2], batch_loss[3]
    epoch_values = epoch_loss[3] if epoch_loss is not None else None

    def agrees(ends):
        if ends is None or not len(ends) or epoch_values is None:
            return ends is not None and len(ends) > 0
        at = {int(s): float(m) for s, m in zip(steps, means)}
        for e, end in enumerate(ends[: len(epoch_values)]):
            if end in at:
                m, v = at[end], epoch_values[e]
                if not ((np.isnan(m) and np.isnan(v)) or np.float32(m) == np.float32(v)):
                    return False
        return True

    guesses = []
    evals = [c for (series, split), cs in scalars.items() if split == "validation" for c in cs if c[1] == "iterations"]
    if evals:
        guesses.append(sorted(set(int(s) for s in max(evals, key=lambda c: len(c[2]))[2])))
    if epoch_values is not None and len(epoch_values):
        n, last = len(epoch_values), int(steps[-1])
        if last % n == 0:
            guesses.append([last // n * (e + 1) for e in range(n)])
        guesses.append(epoch_ends_from_means(steps, means, epoch_values))
    for ends in guesses:
        if ends and agrees(ends):
            return ends
    return None


def _lr_at(lr, loss_steps, resolution, ends):
    """The learning rate at each loss step: a Keras epoch's rate over its batches, else the last logged value."""
    tag, res, steps, values = lr
    if resolution == "batch" and res == "epoch" and ends:
        e = np.searchsorted(np.asarray(ends), np.asarray(loss_steps), "left")
        idx = np.clip(np.searchsorted(steps, e, "left"), 0, len(values) - 1)
        return np.asarray(values, np.float64)[idx]
    out = hold(steps, values, loss_steps, fill=values[0] if len(values) else np.nan)
    return out


def _data_summary(scalars, keras):
    """The epoch metrics Keras logs, as the data summary's ``epochs`` (accuracy per epoch for the rules)."""
    if not keras:
        return None
    epochs = {}
    for (series, split), cands in scalars.items():
        for tag, res, steps, values in cands:
            if res != "epoch":
                continue
            name = ("val_" if split == "validation" else "") + tag[len("epoch_"):]
            for s, v in zip(steps.tolist(), values.tolist()):
                if np.isfinite(v):
                    epochs.setdefault(s, {})[name] = v
    if not epochs:
        return None
    return {"epochs": [{"epoch": e, "logs": logs} for e, logs in sorted(epochs.items())]}


def _onset(rows, trace, steps):
    """The first point holding a NaN/Inf, as an onset record without a phase (this resolution cannot name one)."""
    if not len(steps):
        return None
    ok = np.isfinite(trace).all(axis=1)
    if ok.all():
        return None
    t = int(np.argmin(ok))
    bad = [i for i in np.nonzero(~np.isfinite(trace[t]))[0] if rows[i]["kind"] != "scalar"] or list(np.nonzero(~np.isfinite(trace[t]))[0])
    row = rows[int(min(bad))]
    return {"step": int(steps[t]), "phase": None, "tensor": row["name"], "layer": row.get("layer")}
