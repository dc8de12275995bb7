"""Leave told as given and taken: "hundreds of fighters were allowed to leave T", "were
permitted to withdraw", "militants were given safe passage to leave T". A permission told
in the past passive, or leave granted in the past, is told with its use: the leaving is a
deed done, not an aim (``purposes.carries_out``, ``purposes.is_purpose``). "Would be
allowed to leave" and "will be given passage" stay aims.
Words are data (cues.yaml, certainty: ``permission_verbs``, ``permission_nouns``,
``granting_verbs``, ``hypothetical_modals``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon


def permission_used(governor: Any) -> bool:
    """ "were allowed to leave", "had been permitted to withdraw": ``governor`` is a verb of
    permission in a past passive, whose to-infinitive was done."""
    lemma = governor.lemma_.lower()
    return lemma in get_lexicon().certainty("permission_verbs") and _past_passive(governor)


def leave_granted(noun: Any) -> bool:
    """ "were given safe passage to leave T", "was granted permission to withdraw": the
    to-infinitive hangs on a noun of leave that a verb of granting gave in the past."""
    cues = get_lexicon().certainty
    if noun.lemma_.lower() not in cues("permission_nouns") or noun.dep_ != "dobj":
        return False
    verb = noun.head
    if verb.lemma_.lower() not in cues("granting_verbs"):
        return False
    return verb.tag_ == "VBD" or _past_passive(verb)


def _past_passive(verb: Any) -> bool:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in get_lexicon().certainty("hypothetical_modals") for a in auxes):
        return False
    passive = any(a.dep_ == "auxpass" for a in auxes)
    return verb.tag_ == "VBN" and passive and any(a.tag_ == "VBD" for a in auxes)
