"""A charge set off after the deed it names and denied there: "Iran armed the Houthis, a
charge Tehran denies", "Russian jets struck the hospital, an accusation Moscow rejects".
The deed of the clause the charge closes is negated, and the one who denies it is who
says so. The parser hangs the charge on the clause's last noun, so the clause is found
from the charge upward; a clause or participle inside it ("rebels led by X") is not the
charged deed. Words are data (cues.yaml, certainty: ``charge_nouns``, ``denial_verbs``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.claimrank import raise_claim
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.speakernames import name_of_speaker
from frontwatch.records import Claim

_CHARGE_DEPS = frozenset({"appos", "npadvmod", "dobj", "attr", "conj"})
_DENIAL_DEPS = frozenset({"relcl", "acl", "appos"})
# the small parser often reads "the Kremlin rejects" or "the military denies" as a noun
# phrase: its first word then stands as a compound or a modifier of the verb
_DENIER_DEPS = ("nsubj", "compound", "amod")


def deny_closing_charge(anchor: Any, claim: Claim, ctx: ArticleContext) -> None:
    """Negate the anchor's deed when a denied charge closes its clause; the denier speaks."""
    found = _closing_denial(anchor)
    if found is None:
        return
    denial, denier = found
    if any(c.dep_ == "neg" for c in denial.children):
        raise_claim(claim, "hedged", denial.text)  # "a charge Tehran does not deny"
        return
    raise_claim(claim, "negated", denial.text)
    if denier is not None:
        claim.attributed_to = name_of_speaker(denier, ctx)


def _closing_denial(anchor: Any) -> tuple[Any, Any | None] | None:
    """The verb denying a charge set off after the anchor in its clause, and the denier."""
    cues = get_lexicon().certainty
    nouns, denials = cues("charge_nouns"), cues("denial_verbs")
    for noun in anchor.sent:
        if noun.i <= anchor.i or noun.lemma_.lower() not in nouns or not _set_off(noun):
            continue
        denial, clause = _denial_of(noun, denials)
        if denial is not None and _closes_clause(clause, anchor):
            return denial, _denier(denial)
    return None


def _denial_of(noun: Any, denials: frozenset[str]) -> tuple[Any | None, Any | None]:
    """The verb denying the charge and the clause the charge closes: the charge's relative
    clause, or a denying verb the parser joined to the clause with the charge fronted as
    its object ("X armed Y, a charge Z denies": "denies" a conjunct of "armed")."""
    for child in noun.children:
        if child.dep_ in _DENIAL_DEPS and _denies(child, denials):
            return child, _verb_over(noun)
    verb = noun.head
    fronted = noun.dep_ == "dobj" and noun.i < verb.i and verb.dep_ == "conj"
    if fronted and _denies(verb, denials):
        return verb, verb.head
    return None, None


def _denies(word: Any, denials: frozenset[str]) -> bool:
    """A denying verb, also when the parser took it for a plural noun ("denies" read as
    "denie", "rejects" as a noun): its lemma, or its form less a present or past ending."""
    lower = word.lower_
    stems = {word.lemma_.lower(), lower, lower.removesuffix("s"), lower.removesuffix("es")}
    stems |= {lower.removesuffix("ed"), lower.removesuffix("d")}
    if lower.endswith(("ies", "ied")):
        stems.add(lower[:-3] + "y")  # "denies", "denied"
    return bool(stems & denials)


def _set_off(noun: Any) -> bool:
    """ "..., a charge ...": the charge's phrase follows a comma or a dash."""
    start = noun.left_edge.i
    return noun.dep_ in _CHARGE_DEPS and start > 0 and noun.doc[start - 1].text in (",", "-", "--", "—")


def _closes_clause(clause: Any | None, anchor: Any) -> bool:
    """The charge closes the anchor's own clause: the anchor is the clause's verb (or one
    joined to it before the charge), or a noun of it ("the shelling of T, a charge ...")."""
    if clause is None:
        return False
    if anchor.i == clause.i or anchor in clause.conjuncts:
        return True
    return anchor.pos_ not in ("VERB", "AUX") and _verb_over(anchor) is clause


def _verb_over(token: Any) -> Any | None:
    return next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)


def _denier(denial: Any) -> Any | None:
    """Who denies: the subject (the parser may read "Moscow rejects" as a compound noun),
    or the agent of "a charge denied by Tehran"."""
    for dep in _DENIER_DEPS:
        found = next((c for c in denial.children if c.dep_ == dep and c.i < denial.i), None)
        if found is not None:
            return found
    agents = [p for a in denial.children if a.dep_ == "agent" for p in a.children]
    return agents[0] if agents else None
