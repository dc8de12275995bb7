"""`frontwatch eval`: score FrontWatch on annotated data; prints one JSON object."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from frontwatch.cli.common import user_errors
from frontwatch.settings import load_settings

eval_app = typer.Typer(
    help="Score extraction on annotated data (re3d, FA-KES, PLOVER, real news); prints one JSON object.",
    no_args_is_help=True,
)

LimitOpt = Annotated[
    int | None,
    typer.Option("--limit", min=1, help="Score only the first N documents (quick runs)."),
]
OutOpt = Annotated[
    Path | None, typer.Option("--out", help="Also write the JSON metrics to this file.")
]


def _run(
    evaluate: Callable[..., dict[str, Any]], path: Path, limit: int | None, out: Path | None
) -> None:
    started = time.perf_counter()
    with user_errors():
        # the run's own settings (frontwatch.toml, FRONTWATCH_*): eval scores what runs
        metrics = evaluate(path, limit=limit, settings=load_settings())
    metrics["seconds"] = round(time.perf_counter() - started, 1)
    text = json.dumps(metrics, indent=2, default=str, ensure_ascii=False)
    if out is not None:
        out.write_text(text + "\n", encoding="utf-8")
    sys.stdout.write(text + "\n")


@eval_app.command("re3d")
def re3d(
    path: Annotated[
        Path,
        typer.Argument(help="A re3d documents.json, its source folder, or any folder above them."),
    ],
    limit: LimitOpt = None,
    out: OutOpt = None,
) -> None:
    """Entity (exact and overlapping span) and relation precision/recall/F1 on re3d."""
    from frontwatch.eval import evaluate_re3d

    _run(evaluate_re3d, path, limit, out)


@eval_app.command("fakes")
def fakes(
    path: Annotated[
        Path, typer.Argument(help="An FA-KES csv file, as published, or a folder of them.")
    ],
    limit: LimitOpt = None,
    out: OutOpt = None,
) -> None:
    """Location, date, cause, actor and casualty accuracy on FA-KES, beside majority baselines."""
    from frontwatch.eval import evaluate_fakes

    _run(evaluate_fakes, path, limit, out)


@eval_app.command("plover")
def plover(
    path: Annotated[
        Path,
        typer.Argument(
            help="A PLOVER gold records file (JSON list or JSONL), or a folder of them."
        ),
    ],
    limit: LimitOpt = None,
    out: OutOpt = None,
) -> None:
    """Event-type accuracy and actor code/sector precision/recall on PLOVER records."""
    from frontwatch.eval import evaluate_plover

    _run(evaluate_plover, path, limit, out)


@eval_app.command("news")
def news(
    path: Annotated[
        Path,
        typer.Argument(help="A news gold set (shared/eval/news/FORMAT.md), or a folder of them."),
    ],
    split: Annotated[
        str | None,
        typer.Option("--split", help="Score only the items of this split (tune or check)."),
    ] = None,
    wars: Annotated[
        str | None,
        typer.Option("--war", help="Score only the items of these wars (comma-separated)."),
    ] = None,
    explain: Annotated[
        bool,
        typer.Option("--explain", help="List every miss and false positive with its cause."),
    ] = False,
    limit: LimitOpt = None,
    out: OutOpt = None,
) -> None:
    """Control changes, relations, events and places (P/R/F1) on real news excerpts."""
    from functools import partial

    from frontwatch.eval import evaluate_news

    war_list = tuple((wars or "").split(","))
    _run(partial(evaluate_news, split=split, wars=war_list, explain=explain), path, limit, out)


def _register_reviews() -> None:
    from frontwatch.cli.review import eval_reviews

    eval_app.command("reviews")(eval_reviews)


_register_reviews()
