"""A sentence's casualty statements are read once per parsed doc and kept per sentence."""

from __future__ import annotations

from frontwatch.extract import casualties as cas


def _figures(statements: list[cas.CasualtyStatement]) -> list[tuple[int, str, object]]:
    return [(s.token.i, s.token.text, s.casualties) for s in statements]


def test_each_sentence_keeps_its_own_statements(engine):
    text = (
        "Shelling on a market town killed 14 people and wounded 30 more on Sunday. "
        "A separate roadside bomb left two soldiers dead near the border. "
        "The overall toll of the week's fighting rose to 61, a monitoring group said."
    )
    doc = engine.parse([text])[0]
    sentences = list(doc.sents)
    first_reads = [_figures(cas.statements_in(sent)) for sent in sentences]
    assert first_reads == [_figures(cas._statements_in(sent)) for sent in sentences]
    assert [_figures(cas.statements_in(sent)) for sent in sentences] == first_reads
    assert first_reads[0] and first_reads[0] != first_reads[2]
    killed = [figures.killed for _i, _text, figures in first_reads[0]]
    assert 14 in killed


def test_a_caller_changing_its_list_leaves_the_next_caller_alone(engine):
    doc = engine.parse(["Air strikes killed nine fighters and wounded 12 others overnight."])[0]
    sent = next(iter(doc.sents))
    first = cas.statements_in(sent)
    count = len(first)
    first.clear()
    assert count and len(cas.statements_in(sent)) == count
