"""Feeds that strip apostrophes ("Syrias army") still yield the names they hide."""


def test_glued_possessives_are_split_and_names_found(engine):
    doc = engine.nlp("Syrias army shelled Aleppos eastern districts as Russias air force struck.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert {("Syria", "GPE"), ("Aleppo", "GPE"), ("Russia", "GPE")} <= ents
    assert doc.text == "Syrias army shelled Aleppos eastern districts as Russias air force struck."


def test_words_that_end_known_names_stay_whole(engine):
    doc = engine.nlp("The Syrian Democratic Forces and the Kurds advanced on the towns.")
    assert [t.text for t in doc][1:4] == ["Syrian", "Democratic", "Forces"]
    assert "towns" in [t.text for t in doc]


def test_capitals_keep_the_text_intact(engine):
    text = "RUSSIAS AIR BASES IN SYRIA: Russias jets left the BASES."
    doc = engine.nlp(text)
    assert doc.text == text
    assert "Russia" in [t.text for t in doc]
