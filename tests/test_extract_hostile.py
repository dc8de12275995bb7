"""Extraction on hostile text: never a crash; every record's offsets point at its own words."""

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from frontwatch.pipeline import process_texts

NEWS = [
    "Syrian government forces shelled Douma on Monday, killing four civilians. ",
    "Rebels backed by Turkey seized the town of al-Bab from Islamic State. ",
    "The weather in Homs was mild. ",
    "قصف الطيران الحربي مدينة إدلب. ",
]
ODD = ["\u200b", "\u200f", "\u202e", "\x07", "\x1b[31m", "\ufeff", "\n\n", "\t", "..", "!!", "\u00a0", "\U0001f4a5"]
PIECES = st.sampled_from(NEWS) | st.sampled_from(ODD) | st.text(max_size=30)
HOSTILE = st.lists(PIECES, min_size=1, max_size=25).map("".join).filter(str.strip)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=HOSTILE)
@example(text="0\n\u00a9")  # a copyright sign ending the text: blanked, a full stop in its place
def test_hostile_text_yields_records_whose_offsets_hold(text):
    result = process_texts([text])[0]
    assert not result.error, result.error
    # Offsets point into the text the article stores: the input with its page furniture
    # (a copyright sign, a byline) blanked where it stood, and a full stop put at the start of
    # a piece that ends a sentence, so that one broken line cannot join two sentences.
    stored = result.article.text
    assert len(stored) == len(text)
    furniture = {i for piece in result.article.furniture for i in range(piece.start, piece.end)}
    assert all(stored[i] == text[i] for i in range(len(text)) if i not in furniture)
    for sentence in result.sentences:
        assert stored[sentence.start : sentence.end] == sentence.text
    for mention in result.mentions:
        assert stored[mention.start : mention.end] == mention.text
    for record in [*result.events, *result.relations, *result.control_changes]:
        evidence = record.evidence
        assert stored[evidence.start : evidence.end] == evidence.sentence


def test_a_text_of_furniture_only_has_no_sentence():
    # Ingest blanks a copyright or credit line; what is left is no sentence to store or quote.
    for text in ["©", "© 2016 Reuters", "Copyright 2016 Reuters\n"]:
        result = process_texts([text])[0]
        assert not result.error
        assert result.sentences == []
    kept = process_texts(["Rebels seized the town. © AFP"])[0]
    assert kept.sentences[0].text == "Rebels seized the town."
