"""Shortcuts taken for speed give the answers of the longer way they replace: distinct
rows of a batch, accent stripping, the office cuts of a phrase, the split of glued
possessives (own phrasings; the sample articles are compared whole in bench/)."""

import datetime as dt
import unicodedata

import numpy
import pytest

from frontwatch.kb.actors import names, roles
from frontwatch.nlp import batched
from frontwatch.nlp.possessive import _split_words


def _groups(keys, distinct):
    rows, first, inverse = distinct
    return [rows[i] for i in inverse], sorted(first.tolist())


def _numpy_rows(keys):
    unique, first, inverse = numpy.unique(keys, axis=0, return_index=True, return_inverse=True)
    return [tuple(row) for row in unique.tolist()], first, inverse.reshape(-1)


@pytest.mark.parametrize("columns", [1, 3, 4])
def test_distinct_rows_group_as_numpy_unique_does(columns):
    rng = numpy.random.default_rng(columns)
    kinds = rng.integers(0, 2**64 - 1, size=(300, columns), dtype="uint64", endpoint=True)
    kinds[:, 0] = kinds[0, 0]  # a column with one value, as IS_SPACE often is
    keys = kinds[rng.integers(0, len(kinds), size=5_000)]
    assert _groups(keys, batched.distinct_rows(keys)) == _groups(keys, _numpy_rows(keys))


def test_distinct_rows_renumber_before_the_numbers_overflow(monkeypatch):
    monkeypatch.setattr(batched, "_CODE_LIMIT", 64)  # forces renumbering after each column
    monkeypatch.setattr(batched, "_ROW_MIX", batched._ROW_MIX[:0])  # and the column numbering
    rng = numpy.random.default_rng(7)
    keys = rng.integers(0, 9, size=(400, 4), dtype="uint64")
    assert _groups(keys, batched.distinct_rows(keys)) == _groups(keys, _numpy_rows(keys))


def test_distinct_rows_whose_mixes_collide_are_still_told_apart(monkeypatch):
    # every multiplier zero: every row mixes to 0, so the check must refuse the mix
    monkeypatch.setattr(batched, "_ROW_MIX", numpy.zeros(8, dtype="uint64"))
    rng = numpy.random.default_rng(11)
    keys = rng.integers(0, 5, size=(600, 3), dtype="uint64")
    assert _groups(keys, batched.distinct_rows(keys)) == _groups(keys, _numpy_rows(keys))
    assert len(batched.distinct_rows(keys)[0]) == len(numpy.unique(keys, axis=0))


def test_distinct_rows_of_nothing():
    rows, first, inverse = batched.distinct_rows(numpy.zeros((0, 3), dtype="uint64"))
    assert rows == [] and len(first) == 0 and len(inverse) == 0


@pytest.mark.parametrize(
    "text",
    ["Jaysh al-Islam", "Hay’at Tahrir al-Sham", "Ahrar al-Shām", "Kurdistan’s Peshmerga",
     "Raqqa", "Deir ez-Zôr", "Ḥamā", "Bashar al-Assad’s forces", "", "ﬁghters"],
)
def test_accents_are_stripped_as_before(text):
    decomposed = unicodedata.normalize("NFKD", text)
    expected = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    assert names.strip_accents(text) == expected


# my own phrasings: office phrases that name a holder, and noun phrases that hold no office
PHRASES = [
    "the Russian foreign minister", "Syria's defence minister", "the U.S. Secretary of Defense",
    "Hezbollah's leader", "the Iranian supreme leader", "the Turkish president",
    "the new Iraqi interior minister", "Russian warplanes", "the rebel-held east of the city",
    "dozens of Syrian army soldiers", "the Kurdish YPG militia", "the UN envoy for Syria",
    "a senior Islamic State commander", "the Syrian Observatory for Human Rights",
]


@pytest.mark.parametrize("date", [dt.date(2014, 5, 1), dt.date(2017, 6, 1), dt.date(2022, 1, 1)])
def test_office_cuts_skip_only_what_no_office_fits(actor_kb, monkeypatch, date):
    actor_kb.office_cuts.clear()
    gated = [roles.resolve_office(actor_kb, text, date) for text in PHRASES]
    gated_cuts = dict(actor_kb.office_cuts)
    monkeypatch.setattr(roles, "_may_fit", lambda _kb, _role: True)
    actor_kb.office_cuts.clear()
    every_cut = [roles.resolve_office(actor_kb, text, date) for text in PHRASES]
    actor_kb.office_cuts.clear()
    assert gated == every_cut
    assert any(match is not None for match in gated)  # the phrases do name office holders
    assert sum(map(len, gated_cuts.values())) < sum(
        len(roles._owner_role_cuts(actor_kb, text)) for text in PHRASES
    )


def test_glued_possessives_split_as_token_by_token(engine):
    tokenizer = engine.nlp.tokenizer
    text = "Syrias army and Russias jets hit Aleppos east;  Turkeys troops watched.\nSyrias allies"
    doc = tokenizer.tokenizer(text)
    glued = {i for i in tokenizer._candidates(doc) if tokenizer._is_glued(doc[i].text)}
    words, spaces = [], []
    for token in doc:
        cut = [token.text[:-1], token.text[-1]] if token.i in glued else [token.text]
        words += cut
        spaces += [False] * (len(cut) - 1) + [bool(token.whitespace_)]
    assert len(glued) >= 3
    assert _split_words(doc, glued) == (words, spaces)


# my own sentences with every kind of multi-token rule of the attribute ruler: "there
# is" and its forms, contractions, "let's", "y'all", run together and at a doc's end
MULTI_TOKEN_TEXTS = [
    "There is no sign of a truce, and there were reports of shelling; there's more to come.",
    "Let's be clear, a commander said: we ain't leaving, and y'all are gonna see it.",
    "They gotta hold the bridge. C'mon, there are still two villages, isn't there",
    "Officials said there had been no casualties in the town, where there was fighting",
]


def test_multi_token_rules_match_only_from_their_first_tokens(engine):
    from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

    from frontwatch.nlp.batched import BatchTable, distinct_rows
    from frontwatch.nlp.tagmap import NAME

    memo = engine.nlp.get_pipe(NAME)
    table = BatchTable.read(list(engine.nlp.pipe(MULTI_TOKEN_TEXTS)), [LOWER, TAG, DEP, IS_SPACE])
    key_rows = table.rows.copy()
    key_rows[:, 0] = memo._lower_keys(key_rows[:, 0])
    keys, first, inverse = distinct_rows(key_rows)
    outcomes = [memo._outcome(key, table, int(row)) for key, row in zip(keys, first, strict=True)]
    starts = numpy.flatnonzero(numpy.array([o.starts_multi for o in outcomes])[inverse])
    every_doc = memo._multi_targets(table, None)
    assert memo.windowed and len(every_doc) >= 8  # the texts hold many multi-token matches
    assert len(starts) < len(table.rows) // 4  # few tokens can start one
    windowed = memo._multi_targets(table, starts)
    assert {row: set(rules) for row, rules in windowed.items()} == {
        row: set(rules) for row, rules in every_doc.items()
    }


def test_other_mentions_sit_in_their_first_tokens_sentence(engine):
    from frontwatch.nlp.pipeline import other_mentions

    text = (
        "On Tuesday, 14 people died in the south. Three days later the toll rose to 40. "
        "By March 2016 some 250,000 had fled, the UN said; on 3 May, two more convoys left."
    )
    doc = engine.parse([text])[0]
    sentences = {sent.start: i for i, sent in enumerate(doc.sents)}
    expected = [(ent.start_char, sentences[ent.sent.start]) for ent in doc.ents]
    found = [(m.start, m.sentence_index) for m in other_mentions(doc, "a1")]
    assert len({index for _start, index in found}) >= 3
    assert found == expected


def test_a_chunk_becomes_the_same_piece_as_token_by_token(engine):
    from spacy.attrs import NORM
    from spacy.tokens import Doc

    from frontwatch.nlp.staged import Chunk, _piece

    text = "Gov. Smith’s aides won't say.  Rebels didn't leave Idlib’s outskirts\n\nby Sept. 3, y'know."
    doc = engine.nlp.tokenizer(text)
    chunk = Chunk(0, len(text), True, 2, len(doc) - 1)
    tokens = doc[chunk.first_token : chunk.end_token]
    by_token = Doc(doc.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens])
    by_token.from_array([NORM], numpy.array([[t.norm] for t in tokens], dtype="uint64"))
    piece = _piece(doc, chunk, 2)
    assert [(t.text, t.whitespace_, t.norm_) for t in piece] == [
        (t.text, t.whitespace_, t.norm_) for t in by_token
    ]
    assert any(t.norm_ != t.lower_ for t in piece)  # tokenizer norms ("won't" -> "will not") kept
