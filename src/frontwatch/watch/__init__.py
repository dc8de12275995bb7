"""Live watch: poll folders and feeds, process what is new, alert on what changed.

``frontwatch watch`` (``cli/watch.py``) builds a :class:`~frontwatch.watch.watcher.Watcher`
over :mod:`~frontwatch.watch.sources`, with rules from :mod:`~frontwatch.watch.rules` and
alerts delivered by :mod:`~frontwatch.watch.sinks`; the state lives in the store
(``store/watch.py``), so a restart resumes where the last run stopped.
"""
