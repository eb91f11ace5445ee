"""Query-parameter parsing: every bad or missing value is a 400.

Each function raises `tensorboard.errors.InvalidArgumentError`, which
TensorBoard turns into a plain-text 400 response.
"""

from tensorboard import errors


def one(args, name, required=True):
    """Returns the single value of parameter ``name`` (None if absent, optional).

    Args:
      args: the request's ``MultiDict`` of query parameters.
      name: parameter name.
      required: raise when absent or empty.

    Example:
      >>> one(request.args, "run")
      'mlp/lr_1e-1'
    """
    values = args.getlist(name)
    if len(values) > 1:
        raise errors.InvalidArgumentError("parameter %r given %d times; give it once" % (name, len(values)))
    if not values or values[0] == "":
        if required:
            raise errors.InvalidArgumentError("missing parameter %r" % name)
        return None
    return values[0]


def many(args, name, required=True, limit=256):
    """Returns the list of values of a repeatable parameter.

    Args:
      args: the request's ``MultiDict``.
      name: parameter name.
      required: raise when no non-empty value is given.
      limit: most values accepted.
    """
    values = [v for v in args.getlist(name) if v != ""]
    if required and not values:
        raise errors.InvalidArgumentError("missing parameter %r" % name)
    if len(values) > limit:
        raise errors.InvalidArgumentError("at most %d values of %r, got %d" % (limit, name, len(values)))
    return values


def integer(args, name, default=None, lo=None, hi=None):
    """Returns an optional integer parameter, checked against ``[lo, hi]``.

    Example:
      >>> integer(request.args, "points", default=1000, lo=2, hi=100000)
      1000
    """
    raw = one(args, name, required=False)
    if raw is None:
        return default
    try:
        value = int(raw.strip(), 10)
    except ValueError:
        raise errors.InvalidArgumentError("parameter %r must be an integer, got %r" % (name, raw[:40]))
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        raise errors.InvalidArgumentError(
            "parameter %r must be in [%s, %s], got %d"
            % (name, "-inf" if lo is None else lo, "inf" if hi is None else hi, value)
        )
    return value


def step_range(args):
    """Returns ``(start, end)`` from the ``start``/``end`` parameters (inclusive, None = open)."""
    start = integer(args, "start", lo=-(2**62), hi=2**62)
    end = integer(args, "end", lo=-(2**62), hi=2**62)
    if start is not None and end is not None and start > end:
        raise errors.InvalidArgumentError("start (%d) is after end (%d)" % (start, end))
    return start, end


def choice(args, name, choices, required=False):
    """Returns a parameter that must be one of ``choices`` (None if absent, optional)."""
    value = one(args, name, required=required)
    if value is not None and value not in choices:
        raise errors.InvalidArgumentError("parameter %r must be one of %s, got %r" % (name, ", ".join(choices), value[:40]))
    return value
