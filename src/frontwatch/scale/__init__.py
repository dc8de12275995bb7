"""Where batches run: in this process, a local process pool, or a Dask cluster.

The runner hands batches of articles to an executor and gets the results back, in
input order, to its one store writer. :func:`open_executor` picks the executor from
the settings: ``scheduler`` (a Dask address or ``local``) wins over ``workers``.
"""

from frontwatch.scale.base import BatchExecutor, SerialExecutor, open_executor, ordered_map
from frontwatch.scale.errors import SchedulerUnavailable

__all__ = ["BatchExecutor", "SchedulerUnavailable", "SerialExecutor", "open_executor", "ordered_map"]
