"""Extraction alone, replayed on the sample's parsed articles: a quick same-output check
and a CPU clock for work on the rule families.

``python bench/replay_extraction.py capture DIR`` runs the main job (``frontwatch run``,
the bundled sample) in a temporary folder and keeps, for every article, its parsed doc
(``Doc.to_bytes``, without user data, and its sentence starts), the article and the mentions and places the
extractor was given, and a digest of what the extractor returned. ``Doc.from_bytes``
re-derives sentence starts from the parse trees (spaCy's ``set_children_from_heads``), as a
join does: the staged parser's starts (nlp/staged.py) are written back, as it does itself.

``python bench/replay_extraction.py replay DIR [ROUNDS]`` loads those, runs only the
extractor on each article (no parse, no resolution) and prints the CPU seconds of the
extractor (best of ROUNDS). The first replay keeps a digest of each article's events,
relations and control changes (``DIR/digests.json``: replay before the change); later
replays print the articles whose records differ from those: a change meant to make
extraction faster must print "same output". (The capture compares a restored doc's records
with the live run's: with the sentence starts written back they are the same, so no
extractor result depends on what the parse and resolution left in the doc's user data.)
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from spacy.attrs import SENT_START


def digest(found: tuple[list[Any], list[Any], list[Any]]) -> str:
    """A digest of the extractor's records, field by field, in order."""
    text = repr([[asdict(r) for r in part] for part in found])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def restored(vocab: Any, kept: dict[str, Any]) -> Any:
    """The kept doc, its sentence starts written back over those its parse trees give."""
    from spacy.tokens import Doc

    doc = Doc(vocab).from_bytes(kept["doc"])
    doc.from_array([SENT_START], kept["starts"].reshape(-1, 1))
    return doc


def capture(folder: Path) -> None:
    from common import on_each_engine

    from frontwatch import pipeline

    kept: list[dict[str, Any]] = []
    engines: list[tuple[Any, Any]] = []  # each engine wrapped and its own extractor

    def prepare(found: Any) -> None:
        inner = found.extractor
        engines.append((found, inner))

        def extractor(doc: Any, article: Any, **given: Any) -> Any:
            data = doc.to_bytes(exclude=["user_data"])
            starts = doc.to_array([SENT_START])
            before = pickle.dumps({k: v for k, v in given.items() if k != "kb"})  # as given
            out = inner(doc, article, **given)
            kept.append({"doc": data, "starts": starts, "article": article, "given": pickle.loads(before),
                         "digest": digest(out)})
            return out

        found.extractor = extractor

    unwrapped = on_each_engine(prepare)
    from frontwatch.cli.main import app

    home = os.getcwd()
    with tempfile.TemporaryDirectory(prefix="fw-replay-") as tmp:
        os.chdir(tmp)
        app(prog_name="frontwatch", args=["run"], standalone_mode=False)
        os.chdir(home)
    pipeline.get_engine = unwrapped
    for found, inner in engines:  # the check below runs the engine's own extractor
        found.extractor = inner
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "articles.pickle").write_bytes(pickle.dumps(kept))
    differ = replay(folder, rounds=1)
    print(f"captured {len(kept)} articles; restored docs that differ from the live ones: {differ}")


def replay(folder: Path, rounds: int = 3, against: Path | None = None) -> int:
    from frontwatch.pipeline import get_engine

    engine = get_engine()
    kept = pickle.loads((folder / "articles.pickle").read_bytes())
    best = float("inf")
    differ: list[str] = []
    digests: list[str] = []
    wanted = (
        json.loads(against.read_text(encoding="utf-8")) if against is not None and against.exists()
        else [k["digest"] for k in kept]
    )
    for _ in range(rounds):
        docs = [restored(engine.nlp.vocab, k) for k in kept]
        spent = 0.0
        differ, digests = [], []
        for k, doc, want in zip(kept, docs, wanted, strict=True):
            start = time.process_time()
            out = engine.extractor(doc, k["article"], kb=engine.actor_kb, **pickle.loads(pickle.dumps(k["given"])))
            spent += time.process_time() - start
            digests.append(digest(out))
            if digests[-1] != want:
                differ.append(k["article"].id)
        best = min(best, spent)
    if against is not None and not against.exists():
        against.write_text(json.dumps(digests), encoding="utf-8")
        print(f"digests kept in {against}: later replays compare with them")
    print(f"extraction CPU {best:.2f} s over {len(kept)} articles (best of {rounds})")
    print("same output" if not differ else f"DIFFERENT output: {len(differ)} articles: {differ[:10]}")
    return len(differ)


if __name__ == "__main__":
    command, where = sys.argv[1], Path(sys.argv[2])
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    if command == "capture":
        capture(where)
    else:  # the first replay keeps its digests; later ones compare with them
        sys.exit(1 if replay(where, rounds, where / "digests.json") else 0)
