"""A state named only as a place: "a town near the border with Turkey", "a market in
Iraq's capital", "Syria's region of Afrin", "areas adjacent to Turkey".

A country is both a place and a party. Where the words around its name only say where
something happened, the name is noted as a site: the extractors leave it out of the
doers and targets (a capture "near the border with Turkey" is no capture by or from
Turkey), while the article still counts it as the state the story is about. The word
lists live in data/not_actors.yaml (site_prepositions, site_nouns, site_adjectives).
"""

from __future__ import annotations

from typing import Any

from frontwatch.kb.actors.furniture import not_actor_words

SITE_NOTE = "site"  # the note on a state named only as where something happens
# ... only as the land beside ("the border with Turkey", "adjacent to Turkey"): not where
# it happened either
BESIDE_NOTE = "beside"
# ... as the land its war is fought on ("Syria's war"): still a party, not the home of "the army"
WAR_NOTE = "war-land"


def site_note(ent: Any) -> str:
    """BESIDE_NOTE, SITE_NOTE, WAR_NOTE or '' for the state's name in ``ent``."""
    if not names_only_a_site(ent):
        return WAR_NOTE if _owns_a_war(ent) else ""
    return BESIDE_NOTE if _beside(ent.root) else SITE_NOTE


def _beside(root: Any) -> bool:
    """The land beside, or a part of the state the sentence names itself ("Ukraine's
    southern region of Kherson": Kherson is where, not Ukraine)."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ == "poss":
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in root.head.children)
    return root.dep_ == "pobj" and root.head.lower_ in ("with", "to")


def names_only_a_site(ent: Any) -> bool:
    """Whether the state's name in ``ent`` only says where: the object of a locating
    preposition, of "with" after a border noun, of "to" after "adjacent", or the
    possessor of a part of its land ("Iraq's capital")."""
    root = getattr(ent, "root", None)
    if root is None:
        return False
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "in Iraq and Syria": Syria stands where Iraq does
    if any(child.dep_ == "appos" for child in root.children):
        return False  # "partners in Syria, the SDF and Turkey": the list hangs on the name
    if root.dep_ == "poss":
        return _owns_land(root.head)
    if root.dep_ != "pobj" or root.head.i == root.i:
        return False
    return _locating(root.head)


def _owns_a_war(ent: Any) -> bool:
    root = getattr(ent, "root", None)
    return root is not None and root.dep_ == "poss" and root.head.lemma_.lower() in not_actor_words().war_nouns


def _owns_land(noun: Any) -> bool:
    words = not_actor_words()
    lemma = noun.lemma_.lower()
    return lemma in words.site_nouns or lemma in words.border_nouns


def _locating(prep: Any) -> bool:
    """ "in", "near" (not "intervention in"), "border with", "adjacent to"."""
    words = not_actor_words()
    word, head = prep.lower_, prep.head
    if word in words.site_prepositions:
        return head.i == prep.i or head.lemma_.lower() not in words.party_in_heads
    # the parser often hangs "with Turkey" on the verb: the word before the preposition says
    before = prep.doc[prep.i - 1].lemma_.lower() if prep.i else ""
    if word == "with":
        return before in words.border_nouns
    return word == "to" and before in words.site_adjectives
