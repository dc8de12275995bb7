"""Actor mentions found by the real spaCy pipeline in wire-style sentences."""

from __future__ import annotations

import datetime as dt

from frontwatch.pipeline import article_from_text


def _mentions(actor_kb, actor_nlp, text, published=dt.date(2018, 2, 5)):
    article = article_from_text(text, published=published)
    doc = actor_nlp(text)
    mentions = actor_kb.resolve_doc(doc, article=article)
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.article_id == article.id
    return {m.text: m for m in mentions}, list(doc.sents)


def test_modifier_phrases_replace_the_demonym_inside(actor_kb, actor_nlp):
    text = (
        "Russian warplanes and Iranian-backed militias pounded rebel-held villages south of Idlib "
        "overnight, the Britain-based Syrian Observatory for Human Rights, a war monitor, said."
    )
    found, _sents = _mentions(actor_kb, actor_nlp, text)
    jets, militias = found["Russian warplanes"], found["Iranian-backed militias"]
    assert (jets.actor_id, jets.note, jets.label) == (
        "RUS_AIRFORCE",
        "instrument:aircraft",
        "ACTOR",
    )
    assert (militias.actor_id, militias.note) == ("GEN_PRO_GOV_MILITIAS", "backed_by:IRN")
    assert "Russian" not in found and "Iranian" not in found
    assert found["Britain-based Syrian Observatory for Human Rights"].actor_id == "SOHR"


def test_the_group_takes_its_antecedent(actor_kb, actor_nlp):
    text = (
        "Hay'at Tahrir al-Sham fighters attacked army posts near Abu al-Duhur. "
        "The group said it had killed dozens of soldiers."
    )
    found, _sents = _mentions(actor_kb, actor_nlp, text)
    fighters = found["Hay'at Tahrir al-Sham fighters"]
    assert fighters.actor_id == "HTS" and fighters.sentence_index == 0
    group = found["The group"]
    assert (group.actor_id, group.resolution, group.sentence_index) == ("HTS", "context", 1)
    assert group.note == "antecedent:Hay'at Tahrir al-Sham fighters"


def test_generic_mentions_without_a_clear_antecedent_stay_generic(actor_kb, actor_nlp):
    text = "Rebels shelled a government checkpoint, and a group of civilians fled the town."
    found, _sents = _mentions(actor_kb, actor_nlp, text)
    assert (found["Rebels"].actor_id, found["Rebels"].resolution) == ("GEN_REBELS", "generic")
    assert "a group" not in found  # indefinite: not an actor at all
    assert found["civilians"].actor_id == "GEN_CIVILIANS"


def test_militants_resolve_to_the_last_jihadist_group(actor_kb, actor_nlp):
    text = (
        "U.S.-backed Syrian Democratic Forces captured the village from Islamic State militants. "
        "The militants retreated towards the Iraqi border, a spokesman said."
    )
    found, _sents = _mentions(actor_kb, actor_nlp, text)
    assert any(m.actor_id == "SDF" and m.sentence_index == 0 for m in found.values())
    militants = found["The militants"]
    assert (militants.actor_id, militants.resolution) == ("ISIS", "context")


def test_government_forces_take_the_state_of_the_article(actor_kb, actor_nlp):
    text = (
        "Syria's army said it had retaken the town. Government forces later pushed north "
        "towards Saraqeb, Syrian state media said."
    )
    article = article_from_text(text, published=dt.date(2018, 2, 5))
    mentions = actor_kb.resolve_doc(actor_nlp(text), article=article)
    # "government forces" take no antecedent: the state pass (here with no places) decides
    actor_kb.resolve_generics_by_places(mentions, [], article.published)
    forces = next(m for m in mentions if m.text == "Government forces")
    assert (forces.actor_id, forces.resolution) == ("SYR_MIL", "context")


def test_persons_act_for_their_state_at_the_date(actor_kb, actor_nlp):
    text = (
        "Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State Rex Tillerson in "
        "Moscow. Lavrov said Washington must stop arming the YPG."
    )
    found, _sents = _mentions(actor_kb, actor_nlp, text, published=dt.date(2017, 4, 12))
    assert found["Sergei Lavrov"].actor_id == "P_SERGEI_LAVROV"
    assert found["Lavrov"].sentence_index == 1
    assert found["Rex Tillerson"].actor_id == "P_REX_TILLERSON"
    assert actor_kb.acting_for("P_SERGEI_LAVROV", dt.date(2017, 4, 12)) == "RUS"
    assert actor_kb.acting_for("P_REX_TILLERSON", dt.date(2017, 4, 12)) == "USA"
    assert (found["Moscow"].actor_id, found["Moscow"].note) == ("RUS", "capital")
    assert found["YPG"].actor_id == "YPG"


def test_unknown_organisations_are_kept_unresolved_with_a_reason(actor_kb, actor_nlp):
    text = "The Northern Hawks Battalion said it had joined the offensive alongside Jaish al-Izza."
    found, _sents = _mentions(actor_kb, actor_nlp, text)
    unresolved = [m for m in found.values() if m.resolution == "unresolved"]
    assert unresolved and all(m.note for m in unresolved)
    assert any(m.actor_id == "JAYSH_AL_IZZA" for m in found.values())


def test_office_phrase_in_text_names_the_office_holder(actor_kb, actor_nlp):
    text = "The Syrian president met the Iranian foreign minister in Damascus on Monday."
    found, _sents = _mentions(actor_kb, actor_nlp, text, published=dt.date(2016, 8, 8))
    assert found["The Syrian president"].actor_id == "P_BASHAR_AL_ASSAD"
    assert found["the Iranian foreign minister"].actor_id == "P_JAVAD_ZARIF"
    assert "Syrian" not in found and "Iranian" not in found


def test_everyday_words_are_not_actors(actor_kb, actor_nlp):
    text = (
        "The head of the council asked the guardian of the shrine for an amnesty. "
        "It said the observatory on the hill was closed."
    )
    found, _sents = _mentions(actor_kb, actor_nlp, text)
    ids = {m.actor_id for m in found.values()}
    assert not ids & {"GUARDIAN", "AMNESTY", "SOHR", "OPCW_IIT", "WHO"}
