"""Errors the executors report (typed, so the CLI prints one line with a hint)."""

from frontwatch.errors import FrontWatchError


class SchedulerUnavailable(FrontWatchError):
    """The Dask scheduler could not be reached, or dask.distributed is not installed."""

    hint = "start one with `dask scheduler`, or use `--scheduler local`"


class DaskNotInstalled(SchedulerUnavailable):
    """--scheduler was given but dask.distributed is not installed."""

    hint = "install FrontWatch's scale extra: pip install -e '.[scale]' (or pip install 'frontwatch[scale]')"
