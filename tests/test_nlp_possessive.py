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


def test_plural_peoples_names_stay_whole(engine):
    """ "Syrians" are Syrian people, not "Syrian" with a glued "s": split, the parser read
    "eight Syrian s trying to cross" as "Syrian is trying"."""
    text = (
        "Border guards turned back eight Syrians and two Afghans, while dozens of Iraqis "
        "and some Yemenis waited at the crossing."
    )
    words = [t.text for t in engine.nlp(text)]
    assert {"Syrians", "Afghans", "Iraqis", "Yemenis"} <= set(words), words
    assert "s" not in words


def test_a_glued_possessive_of_a_state_is_still_split_beside_a_plural(engine):
    doc = engine.nlp("Syrias army detained forty Syrians near the border.")
    words = [t.text for t in doc]
    assert words[:3] == ["Syria", "s", "army"]
    assert "Syrians" in words
