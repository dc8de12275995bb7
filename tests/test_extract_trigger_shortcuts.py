"""The word tests that let triggers_in skip most tokens find every trigger the full
tests find: a verb is read on only when some key begins with its lemma, a noun only when
some key ends with its lemma or is its word. Sentences written for these tests."""

from __future__ import annotations

import pytest
from open_gate import EveryWord

from frontwatch.extract import triggers
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import Lexicon, _key_parts
from frontwatch.pipeline import article_from_text, get_engine

SENTENCES = [
    # verbs with a particle or a small clause: the key is longer than the lemma
    "Gunmen blew up the bridge and police rounded up a dozen suspects near the market.",
    "The council held the militia responsible after its fighters shot down a cargo plane.",
    "Villagers said soldiers gunned down two farmers, then handed over the bodies.",
    # compound nouns whose key ends in the head noun; a key that is no event
    "A suicide car bomb hit the checkpoint hours after an air strike on the depot.",
    "Dockers began a hunger strike while mortar fire and rocket attacks went on.",
    "The strike force regrouped south of the river; the shelling stopped at noon.",
    # plain words, none of them a trigger
    "The orchard grew apples and the bakery sold fresh bread on Tuesday.",
]


def _found(text: str) -> list[tuple[int, str, str]]:
    engine = get_engine()
    doc = engine.parse([text])[0]
    ctx = ArticleContext(doc, article_from_text(text), engine.actor_kb)  # type: ignore[arg-type]
    return [(t.token.i, t.type, t.key) for s in ctx.doc.sents for t in triggers.triggers_in(s, ctx)]


@pytest.mark.parametrize("text", SENTENCES)
def test_word_tests_drop_no_trigger(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    shortcut = _found(text)
    monkeypatch.setattr(Lexicon, "verb_key_starts", lambda _self: EveryWord())
    monkeypatch.setattr(Lexicon, "noun_key_ends", lambda _self: EveryWord())
    assert shortcut == _found(text)


def test_the_sentences_hold_long_keys() -> None:
    # the comparison above means something only if longer keys are found
    keys = {key for text in SENTENCES for _i, _type, key in _found(text)}
    assert {"blow up", "round up", "shoot down", "car bomb", "air strike"} <= keys
    assert _found(SENTENCES[-1]) == []


def test_key_parts_are_the_keys_and_their_ends_or_starts() -> None:
    keys = ["suicide car bomb", "raid", "hold responsible"]
    ends = _key_parts(keys, head=False)
    assert ends == {
        "suicide car bomb", "car bomb", "bomb", "raid", "hold responsible", "responsible"
    }
    starts = _key_parts(keys, head=True)
    assert starts == {
        "suicide car bomb", "suicide", "suicide car", "raid", "hold responsible", "hold"
    }
