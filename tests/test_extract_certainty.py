"""Claim certainty through the full pipeline: a hedged, conditional or negated fact is
never stored as plain fact, and who says so is kept."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

import pytest

PUBLISHED = dt.date(2017, 5, 4)


@lru_cache(maxsize=64)
def extract(text: str) -> Any:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED])[0]
    assert not result.error, result.error
    return result


def assault(text: str) -> Any:
    events = [e for e in extract(text).events if e.type == "ASSAULT"]
    assert events, f"no ASSAULT in {text!r}"
    return events[0]


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("Russian jets bombed the town of Saraqeb on Tuesday.", "asserted"),
        ("Russian jets bombed the town of Saraqeb on Tuesday, activists said.", "attributed"),
        ("According to activists, Russian jets bombed Saraqeb.", "attributed"),
        ("Russian jets may have bombed Saraqeb on Tuesday.", "hedged"),
        ("Russian jets might have hit a bakery in Saraqeb.", "hedged"),
        ("Russian jets reportedly bombed Saraqeb on Tuesday.", "hedged"),
        ("Russian jets allegedly bombed a clinic in Saraqeb.", "hedged"),
        ("Russian jets apparently bombed Saraqeb overnight.", "hedged"),
        ("Russian jets are believed to have bombed Saraqeb.", "hedged"),
        ("Suspected Russian jets bombed Saraqeb on Tuesday.", "hedged"),
        ("Russian jets will bomb Saraqeb if the rebels stay.", "hypothetical"),
        ("Russian jets would bomb Saraqeb, a commander warned.", "hypothetical"),
        ("Russian jets could bomb Saraqeb within days.", "hypothetical"),
        ("Moscow plans to bomb rebel positions in Saraqeb.", "hypothetical"),
        ("Moscow threatened to bomb Saraqeb.", "hypothetical"),
        ("Should the rebels attack Hama, the army will respond.", "hypothetical"),
        ("Residents fear that jets would bomb Saraqeb again.", "hypothetical"),
        ("Russian jets did not bomb Saraqeb on Tuesday.", "negated"),
        ("Russian jets never bombed Saraqeb, the ministry said.", "negated"),
        ("Moscow denied that its jets bombed Saraqeb.", "negated"),
        ("No civilians were killed in the raid on Saraqeb.", "negated"),
    ],
)
def test_assault_certainty(text: str, certainty: str) -> None:
    assert assault(text).claim.certainty == certainty


def test_attribution_names_the_speaker() -> None:
    said = assault(
        "Government helicopters dropped barrel bombs on Daraya, the Syrian Observatory for Human Rights said."
    )
    assert said.claim.attributed_to == "SOHR"
    quoted = assault("State television quoted a military source as saying the army shelled Daraya.")
    assert quoted.claim.certainty == "attributed"
    assert "source" in quoted.claim.attributed_to
    according = assault("According to the White Helmets, jets struck a market in Ariha.")
    assert according.claim.attributed_to == "WHITE_HELMETS"


def test_hedged_attributed_fact_keeps_its_speaker() -> None:
    event = assault(
        "Russian jets may have used cluster munitions in Saraqeb, the Syrian Observatory for Human Rights said."
    )
    assert event.claim.certainty == "hedged"
    assert event.claim.attributed_to == "SOHR"


def test_plain_facts_are_only_asserted_or_attributed() -> None:
    from frontwatch.records import PLAIN_FACT_CERTAINTIES

    for text in (
        "Turkey threatened to attack Kurdish fighters in Manbij.",
        "The army may have shelled Harasta.",
        "Rebels denied attacking the checkpoint in Hama.",
    ):
        attacks = [e for e in extract(text).events if e.type == "ASSAULT"]
        assert attacks and all(e.claim.certainty not in PLAIN_FACT_CERTAINTIES for e in attacks)


def test_hypothetical_events_get_no_default_date() -> None:
    event = assault("Turkey plans to launch an offensive against Kurdish fighters in Afrin.")
    assert event.time.date is None


def test_relations_and_control_carry_claims() -> None:
    result = extract("Iraqi forces could recapture Mosul within weeks, a US general said.")
    assert result.control_changes and result.control_changes[0].claim.certainty == "hypothetical"
    result = extract("Iran funds Hezbollah, Israeli officials say.")
    backs = [r for r in result.relations if r.kind == "backs"]
    assert backs and backs[0].claim.certainty == "attributed"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Government forces recaptured the village late on Wednesday, the Syrian Observatory for Human Rights said.",
            "SOHR",
        ),
        (
            "Rebels shelled the city of Aleppo, killing 12 people, according to the state news agency SANA.",
            "SANA",
        ),
        (
            "U.S. aircraft struck Islamic State positions near Raqqa, the Pentagon said on Monday.",
            "USA_DOD",
        ),
        (
            "According to Russia's defence ministry, its jets hit militant positions in Idlib.",
            "RUS_MOD",
        ),
    ],
)
def test_speakers_of_attributed_claims_are_resolved_to_actors(text, speaker):
    import datetime as dt

    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[dt.date(2019, 8, 21)])[0]
    claims = [r.claim for r in (*result.events, *result.control_changes) if r.claim.attributed_to]
    assert claims and {c.attributed_to for c in claims} == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Syrian Observatory for Human Rights said jets hit Douma. It said rebels shelled Aleppo.", "SOHR"),
        (("Russia's defence ministry said its jets struck Palmyra on Monday. "
         "It added that militants attacked army posts near Homs."), "RUS_MOD"),
        (("The White Helmets said rescuers were searching the rubble in Ariha. "
         "They said government helicopters dropped barrel bombs on Saraqeb."), "WHITE_HELMETS"),
        # "the observatory", "the ministry": a definite back-reference, whatever its case
        (("The Syrian Observatory for Human Rights counted 30 dead in Douma on Monday. "
          "Rebels shelled a school in Aleppo, the observatory said."), "SOHR"),
        (("Russia's defence ministry said its jets hit Palmyra overnight. "
          "Militants attacked a convoy near Homs, the ministry added."), "RUS_MOD"),
        (("Jets hit Khan Sheikhoun, the Syrian Observatory for Human Rights said late on Thursday. Government "
          "helicopters later dropped barrel bombs on Kafr Nabl, according to the observatory."), "SOHR"),
    ],
)
def test_a_pronoun_or_short_speaker_is_the_speaker_named_before(text: str, speaker: str) -> None:
    last = [e for e in extract(text).events if e.type == "ASSAULT"][-1]
    assert (last.claim.certainty, last.claim.attributed_to) == ("attributed", speaker)


def test_a_pronoun_speaker_with_no_speaker_before_stays_unnamed() -> None:
    event = [e for e in extract("Jets hit Douma on Monday. It said rebels shelled Aleppo.").events][-1]
    assert (event.claim.certainty, event.claim.attributed_to) == ("attributed", "")


@pytest.mark.parametrize(
    "text",
    [  # wire copy that lost its commas: the parser hangs the speaker elsewhere
        "At least 13 people were killed when jets bombed a farming suburb east of the capital the Syrian Observatory for Human Rights said.",
        "Army helicopters dropped barrel bombs on Daraya before dawn the Syrian Observatory for Human Rights monitor said.",
    ],
)
def test_a_closing_said_with_no_subject_takes_the_name_just_before(text: str) -> None:
    assert assault(text).claim.attributed_to == "SOHR"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # the speaker of a verb of saying that has no subject of its own
        ("The Observatory condemned the raid and said government jets had bombed a school in Douma.", "SOHR"),
        ("Deaths from rebel shelling of Daraya were reported by the state news agency SANA.", "SANA"),
        ("Two children were killed in a strike on Ariha said the White Helmets who reached the site first.",
         "WHITE_HELMETS"),
    ],
)
def test_a_speaker_from_a_joined_verb_a_passive_agent_or_an_inverted_said(text: str, speaker: str) -> None:
    assert assault(text).claim.attributed_to == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # a closing verb of saying with its own time, place or source after it
        ("Shelling of a bakery in Atareb killed seven shoppers, the Syrian Observatory for Human Rights said on Wednesday.",
         "SOHR"),
        ("Jets struck a field hospital near Kafr Nabl, the White Helmets said in a statement late on Sunday.",
         "WHITE_HELMETS"),
        (("Mortar rounds hit a school in Harasta, wounding four pupils, the Syrian Observatory for Human Rights "
          "reported on Tuesday, citing medics."), "SOHR"),
        # wire copy that lost its commas: the speaker's own subject stands after the fact
        ("Army helicopters dropped barrel bombs on Anadan overnight killing five the White Helmets said on Monday.",
         "WHITE_HELMETS"),
        ("Militants shelled a checkpoint in Jisr al-Shughur the Syrian Observatory for Human Rights told AFP.",
         "SOHR"),
        ("Helicopters dropped barrel bombs on Anadan overnight killing five said the White Helmets.",
         "WHITE_HELMETS"),
    ],
)
def test_a_closing_speaker_with_a_tail_of_its_own_attributes(text: str, speaker: str) -> None:
    event = assault(text)
    assert (event.claim.certainty, event.claim.attributed_to) == ("attributed", speaker)


@pytest.mark.parametrize(
    "text",
    [  # a closing verb that says something of its own, or sits in a clause of its own
        "Jets pounded Douma for a third day while the opposition warned of a massacre.",
        "Rebels attacked the base the army said it had abandoned.",
        "Militants shelled the hospital which doctors described as full.",
    ],
)
def test_a_closing_verb_with_words_or_a_clause_of_its_own_attributes_nothing_before(text: str) -> None:
    assert assault(text).claim.certainty == "asserted"


@pytest.mark.parametrize(
    "text",
    [  # a named deed as its verb's subject took place, whatever the verb denies of it
        "Months of shelling on Douma have not broken the resolve of its defenders.",
        "The Turkish airstrike on a farm near Afrin caused no casualties, the monitor said.",
        "Russian bombing of Idlib did not stop the rebel advance on Hama.",
    ],
)
def test_a_deed_named_as_the_subject_is_not_negated_by_its_verb(text: str) -> None:
    assert assault(text).claim.certainty in ("asserted", "attributed")


@pytest.mark.parametrize(
    "text",
    [  # ... unless the verb is its taking place, or acts on it in the passive
        "The promised assault on Idlib did not happen.",
        "The offensive on Raqqa did not take place in the spring.",
        "The attack on the convoy was not carried out by rebels.",
        "No airstrikes hit Saraqeb on Monday.",
    ],
)
def test_a_deed_that_did_not_take_place_stays_negated(text: str) -> None:
    assert assault(text).claim.certainty == "negated"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # wire copy that lost its commas glues the clause before onto the speaker's name
        ("Earlier the source told reporters that rebel rockets hit a school in Aleppo.", "source"),
        ("Earlier a military source told reporters that jets bombed a market in Saraqeb.", "military source"),
        ("Jets struck a clinic in Ariha killing 4 civilians including 2 children local doctors said.",
         "local doctors"),
    ],
)
def test_a_speaker_named_by_text_leaves_out_the_words_glued_before_it(text: str, speaker: str) -> None:
    event = assault(text)
    assert (event.claim.certainty, event.claim.attributed_to) == ("attributed", speaker)


@pytest.mark.parametrize(
    ("text", "trigger", "certainty"),
    [  # a relative clause is presupposed: the aim or condition over its noun is not its own
        ("Turkey vowed to drive out the YPG, which shelled Turkish border posts on Monday.", "shelled", "asserted"),
        ("Moscow plans to punish the militants who bombed its embassy in Damascus last week.", "bombed", "asserted"),
        ("If the rebels who stormed the base withdraw, the army will not shell the town.", "stormed", "asserted"),
        # a past copula: "which was the scene of"
        ("Turkey vowed to punish the PKK, which was behind a bombing in Ankara last month.", "bombing", "asserted"),
        ("The rebels aim to reach Darayya, which was the target of a siege by government forces in 2014.",
         "siege", "asserted"),
        ("Kurdish forces hope to clear Kobani, which was the scene of fierce fighting with Islamic State in 2014.",
         "fighting", "asserted"),
        # ... but who says so still says it
        ("The Observatory said the army would try to retake the hills that rebels captured last week.",
         "captured", "attributed"),
    ],
)
def test_a_deed_in_a_relative_clause_keeps_its_own_certainty(text: str, trigger: str, certainty: str) -> None:
    [event] = [e for e in extract(text).events if e.trigger == trigger]
    assert event.claim.certainty == certainty


@pytest.mark.parametrize(
    ("text", "trigger", "certainty"),
    [  # a modal or future relative clause tells no deed done: it keeps its own doubt
        ("The army hopes to defend Saraqeb, which could be stormed by rebels within days.", "stormed",
         "hypothetical"),
        ("Moscow plans to punish the militants in Idlib, which would be bombed by its jets first.",
         "bombed", "hypothetical"),
        ("Turkey vowed to drive out the YPG from Afrin, which will be shelled by Turkish artillery next week.",
         "shelled", "hypothetical"),
        ("Turkey vowed to drive out the YPG, which could shell Turkish border posts again.", "shell",
         "hypothetical"),
        ("The army hopes to defend Saraqeb, which may be bombed by Russian jets soon.", "bombed", "hedged"),
        ("The army hopes to defend Saraqeb, which might be shelled by rebels tonight.", "shelled", "hedged"),
    ],
)
def test_a_modal_relative_clause_tells_no_fact(text: str, trigger: str, certainty: str) -> None:
    [event] = [e for e in extract(text).events if e.trigger == trigger]
    assert event.claim.certainty == certainty


@pytest.mark.parametrize(
    "text",
    [  # a relative clause in the present names a kind of deed, under the threat over its noun
        "Ankara warned that any jets that cross into Turkish airspace would be shot down.",
        "Turkey warned that Kurdish militias that cross to the west bank of the river will be hit.",
    ],
)
def test_a_present_relative_clause_stays_under_the_threat(text: str) -> None:
    [crossing] = [e for e in extract(text).events if e.trigger == "cross"]
    assert crossing.claim.certainty == "hypothetical"


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        ("Moscow warned against new American missile strikes on Syrian bases on Monday.", "strikes"),
        ("Aid agencies cautioned against a ground offensive on the crowded city of Idlib.", "offensive"),
        ("The governor warned of a looming assault on the port of Hodeidah.", "assault"),
        ("Kurdish officials warned Ankara against any attack on Kobani.", "attack"),
    ],
)
def test_a_deed_warned_against_is_feared_not_done(text: str, deed: str) -> None:
    event = next(e for e in extract(text).events if e.trigger == deed)
    assert event.claim.certainty == "hypothetical"


def test_a_deed_beside_a_warning_is_still_done() -> None:
    text = "Turkish jets bombed villages near Afrin after Damascus warned Ankara of consequences."
    event = next(e for e in extract(text).events if e.trigger == "bombed")
    assert event.claim.certainty == "asserted"
