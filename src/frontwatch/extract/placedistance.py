"""A place named as the far end of a distance ("attacked a base 18 kilometres east of Y",
"the strike occurred 100 miles southeast of Y"): the act lies that far from Y, so Y is its
place only within ``distance_phrase_max_km`` (events.yaml), the radius within which a place
still says where the act was."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.placeroles import add_role, has_role, name_head
from frontwatch.extract.relspan import mention_head
from frontwatch.records import Mention

FAR_ROLE = "role:far"

_LOOK_BACK = 6  # "80 km (50 miles) south of Y": the unit stands a few words before "of"


def named_as_far(mention: Mention) -> bool:
    """Whether the article pass found the name used only as a distance's far end."""
    return has_role(mention, FAR_ROLE)


def mark_far_roles(doc: Any, ctx: Any) -> None:
    """Note on each place mention named as the far end of a distance beyond the limit:
    such a name says where the act is not, so it counts no more towards the article's
    main town than a fighter's home town does."""
    for index, mention in ctx.place_at.items():
        if told_far_from(mention_head(doc[index], mention)):
            add_role(mention, FAR_ROLE)


def told_only_far_from(tokens: list[Any], ctx: Any) -> bool:
    """Whether a place of the clause is named only as the far end of a distance."""
    return any(tok.i in ctx.place_at and told_far_from(tok) for tok in tokens)


def told_far_from(tok: Any) -> bool:
    """Whether the name at ``tok`` (its head word) is the place a distance beyond the limit
    is measured from."""
    tok = _past_town_noun(name_head(tok))
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "from"):
        return False
    km = _distance_before(tok.head)
    return km is not None and km > float(get_lexicon().events["distance_phrase_max_km"])


def _past_town_noun(tok: Any) -> Any:
    """ "60 km north of the capital city of Y": the distance is measured from the noun the
    name stands for (events.yaml: distance_town_nouns)."""
    of = tok.head
    noun = of.head
    nouns = get_lexicon().events["distance_town_nouns"]
    stands_for = tok.dep_ == "pobj" and of.lower_ == "of" and noun.dep_ == "pobj"
    return noun if stands_for and noun.i < of.i and noun.lemma_.lower() in nouns else tok


def _distance_before(preposition: Any) -> float | None:
    """The kilometres of the "N km/miles (direction)" just before the preposition, if any."""
    units = get_lexicon().events["distance_units_km"]
    doc = preposition.doc
    for i in range(preposition.i - 1, max(preposition.i - 1 - _LOOK_BACK, -1), -1):
        word = doc[i]
        if word.pos_ in ("VERB", "AUX") or word.ent_type_ in ("GPE", "LOC", "FAC"):
            return None
        factor = units.get(word.lower_)
        if factor is not None and i > 0:
            number = _number(doc[i - 1].text)
            return number * float(factor) if number is not None else None
    return None


def _number(text: str) -> float | None:
    """Digits ("250", "1,200") or a number word ("sixty": cues.yaml numbers)."""
    try:
        return float(text.replace(",", ""))
    except ValueError:
        word = get_lexicon().cues["numbers"].get(text.lower())
        return float(word) if word is not None else None
