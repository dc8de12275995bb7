"""Classes ("the coalition", "Shiite militias", "jihadists", "Kurdish forces") resolved
from the article's state and date, or from the one fitting actor it names."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.kb.actors import check_packs
from frontwatch.pipeline import article_from_text

MOSUL_BARE_COALITION = (
    "Iraqi troops pushed into western Mosul on Sunday, and according to coalition the "
    "advance was slow."
)
RAMADI_BARE_COALITION = (
    "Coalition said on Friday it had carried out 14 strikes near the Iraqi city of Ramadi, "
    "where Iraqi forces are fighting."
)
BRIDGE_JIHADISTS = (
    "Jihadists blew up a bridge on the road to the town, residents said. Islamic State "
    "claimed the attack in a statement."
)
# the group is named once, seven sentences before its last "the militants"
VILLAGE_MILITANTS = (
    "The Islamic State group seized the village at dawn. Hours later the militants "
    "executed four men in the square, a monitor said. Residents fled west after the "
    "killings, and by the evening most shops were shut. The town council met in a "
    "school. Aid convoys could not reach the area. Power was cut on Monday. Water "
    "ran short by Tuesday. Witnesses said the militants had mined the roads."
)
KOBANI = "Kurdish forces repelled an attack on a village west of the Syrian town of Kobani."
MOSUL_KURDS = "Kurdish forces advanced on villages east of Mosul, Iraqi officials said on Monday."


def _actor(actor_kb, actor_nlp, text, published, phrase):
    """The actor the first mention containing ``phrase`` resolved to."""
    article = article_from_text(text, published=published)
    mentions = actor_kb.resolve_doc(actor_nlp(text), article=article)
    # as the pipeline does: "government forces", "loyalists" wait for the state pass
    actor_kb.resolve_generics_by_places(mentions, [], published)
    return next(m.actor_id for m in mentions if phrase.lower() in m.text.lower())


@pytest.mark.parametrize("text", [MOSUL_BARE_COALITION, RAMADI_BARE_COALITION])
def test_a_bare_coalition_in_iraq_after_august_2014_is_the_us_led_one(actor_kb, actor_nlp, text):
    assert _actor(actor_kb, actor_nlp, text, dt.date(2016, 11, 2), "coalition") == "US_COALITION"


def test_an_indefinite_coalition_stays_a_class(actor_kb, actor_nlp):
    text = "Syrian officials said a coalition of rebel factions attacked army posts near Hama."
    article = article_from_text(text, published=dt.date(2016, 5, 3))
    mentions = actor_kb.resolve_doc(actor_nlp(text), article=article)
    assert "US_COALITION" not in {m.actor_id for m in mentions}


@pytest.mark.parametrize(
    "text",
    [
        "Shiite militias and Iraqi troops entered the town east of Tikrit on Tuesday.",
        "Iraqi officials said Shia militias had reached the outskirts of the town near Baiji.",
        "The Shiite militias, backing the Iraqi army, shelled the district overnight.",
    ],
)
def test_shiite_militias_in_iraq_after_june_2014_are_the_pmf(actor_kb, actor_nlp, text):
    assert _actor(actor_kb, actor_nlp, text, dt.date(2015, 3, 10), "militias") == "PMF"


@pytest.mark.parametrize(
    ("text", "published", "phrase", "expected"),
    [
        # before the PMF was mobilised in June 2014
        (
            "Shiite militias clashed with Iraqi troops in Basra on Friday, officials said.",
            dt.date(2008, 3, 28),
            "militias",
            "GEN_SHIITE_MILITIAS",
        ),
        # "Shia Turkmen" is a community, which no umbrella militia stands for
        (
            "Most residents of the Iraqi town are Shia Turkmen, officials in Baghdad said.",
            dt.date(2014, 9, 1),
            "Turkmen",
            "GEN_SHIITE_MILITIAS",
        ),
        # Syrian "Kurdish forces" are the YPG only from July 2012: undated copy cannot tell
        (KOBANI, None, "Kurdish", "GEN_KURDISH_FORCES"),
        (KOBANI, dt.date(2014, 10, 5), "Kurdish", "YPG"),
        # Iraqi ones are the Peshmerga at any date
        (MOSUL_KURDS, None, "Kurdish", "PESHMERGA"),
        (MOSUL_KURDS, dt.date(2016, 10, 17), "Kurdish", "PESHMERGA"),
        (
            "Loyalists pushed into a village south of Aleppo, Syrian state media said.",
            dt.date(2016, 5, 6),
            "Loyalists",
            "SYR_MIL",
        ),
    ],
)
def test_classes_by_state_and_date(actor_kb, actor_nlp, text, published, phrase, expected):
    assert _actor(actor_kb, actor_nlp, text, published, phrase) == expected


def test_shiite_militias_in_syria_are_not_the_iraqi_pmf(actor_kb, actor_nlp):
    text = "Shiite militias fought alongside Syrian troops south of Aleppo, a monitor said."
    assert _actor(actor_kb, actor_nlp, text, dt.date(2016, 2, 4), "militias") != "PMF"


@pytest.mark.parametrize(
    ("text", "phrase"), [(BRIDGE_JIHADISTS, "Jihadists"), (VILLAGE_MILITANTS, "mined")]
)
def test_jihadists_in_an_article_on_one_group_are_that_group(actor_kb, actor_nlp, text, phrase):
    article = article_from_text(text, published=dt.date(2015, 8, 1))
    doc = actor_nlp(text)
    mentions = actor_kb.resolve_doc(doc, article=article)
    sentence = next(i for i, s in enumerate(doc.sents) if phrase in s.text)
    generic = phrase if phrase == "Jihadists" else "militants"
    found = [m for m in mentions if m.sentence_index == sentence and generic in m.text]
    assert [m.actor_id for m in found] == ["ISIS"]


def test_jihadists_beside_two_groups_stay_a_class(actor_kb, actor_nlp):
    text = (
        "Jihadists overran an army post, a monitor said. The Nusra Front and the Islamic "
        "State have both fought for the area."
    )
    assert _actor(actor_kb, actor_nlp, text, dt.date(2015, 8, 1), "Jihadists") == "GEN_JIHADISTS"


BAD_CLASS_RULES = """\
# test overlay: class rules with unknown words
pack: bad_classes
actors:
- {id: GEN_BAD_CLASS, name: bad class, type: generic, sector: MIL,
   antecedent: {types: [armed_group], by_state: ["IRQ PMF 2014-06.."],
     by_state_also: [always], by_article: [everywhere], named_sectors: [NOSUCH]}}
"""


def test_unknown_class_rule_words_are_reported_with_file_and_line(tmp_path):
    path = tmp_path / "bad_classes.yaml"
    path.write_text(BAD_CLASS_RULES, encoding="utf-8")
    joined = "\n".join(check_packs([path]))
    assert "by_state_also: unknown 'always' (bare, collective)" in joined
    assert "by_article: unknown 'everywhere' (sole, speaker)" in joined
    assert "named_sectors: unknown sector 'NOSUCH'" in joined
    assert f"{path}:" in joined
