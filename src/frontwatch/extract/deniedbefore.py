"""A claim told in one sentence and denied in the next: "Rebels said they had captured T.
The army denied the claim.", "Activists said jets bombed a market in T. Moscow rejected
the reports as fabricated." The denial points back with a definite charge noun ("the
claim", "these reports", "such allegations") or "this"; the claimed facts of the sentence
before (attributed or hedged, never the article's own plain word) become negated, and the
one who denies is who says so, as with "a charge Tehran denies" in one sentence
(chargedenials.py). "Did not deny the report" and "neither confirmed nor denied it" deny
nothing. A charge of the denier's own part ("denied the claims of its involvement") points
back too, and so does a denial two sentences on when the sentence between tells no claim.
Words are data (cues.yaml, certainty: ``denial_verbs``, ``charge_nouns``, ``hearsay_nouns``,
``back_pointing_words``, ``involvement_nouns``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.denials import undenied
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.speakernames import name_of_speaker
from frontwatch.nlp.docspans import sentences
from frontwatch.records import Relation

_CLAIMED = frozenset({"attributed", "hedged"})
_CONTENT_DEPS = frozenset({"acl", "relcl", "ccomp", "prep"})
_LOOK_BACK = 2  # sentences a denial may point back over


def deny_claims_before(facts: list[Any], ctx: ArticleContext) -> None:
    """Negate the claimed facts of a sentence that the next sentence denies, or of the one
    before that when the sentence between tells no claim ("X blamed Iran for the attack.
    Tensions had been high since ... Iran denied the claims.")."""
    sents = list(sentences(ctx.doc))
    for index, sent in enumerate(sents):
        denial = _denial_pointing_back(sent) if index else None
        if denial is None:
            continue
        earlier = sents[max(0, index - _LOOK_BACK) : index][::-1]  # nearest first
        for rank, before in enumerate(earlier):
            told = [f for f in facts if f.evidence is not None and before.start_char <= f.evidence.start < before.end_char]
            if rank == len(earlier) - 1 or any(f.claim.certainty in _CLAIMED for f in told):
                _deny_told(told, denial, ctx)
                break


def _deny_told(told: list[Any], denial: Any, ctx: ArticleContext) -> None:
    """Negate the claimed facts of ``told`` that are the denier's to deny."""
    subject = next(c for c in denial.children if c.dep_ == "nsubj")
    denier = name_of_speaker(subject, ctx)
    side = actor_near(ctx, subject, depth=1)
    named = side is not None and any(_names(f, side.actor_id, ctx) for f in told)
    own_part = _own_part_denied(denial)
    charged = own_part or _charged_only(denial)
    for fact in told:
        if side is None or not _a_side_of(fact, side.actor_id, named, ctx):
            continue  # a denier denies what is said of itself, not of the others told
        if own_part and isinstance(fact, Relation) and fact.kind != "fights":
            continue  # "its involvement in the attack": a deed, not the "Iranian-backed" tie
        if charged and _done_to(fact, side.actor_id, ctx):
            continue  # "rejected the accusations": not the accuser's own act against it
        if fact.claim.certainty in _CLAIMED and fact.claim.attributed_to != denier:
            fact.claim.certainty, fact.claim.cue = "negated", denial.text
            fact.claim.attributed_to = denier


def _ends(fact: Any) -> tuple[str, str, str]:
    """The fact's doer and the side it was done to, each only where the sentence names it
    (a side the context filled in is no one the sentence told of)."""
    doer = getattr(fact, "source_actor", "") or getattr(fact, "new_controller", "")
    done_to = getattr(fact, "target_actor", "") or getattr(fact, "previous_controller", "")
    doer_text = getattr(fact, "source_text", "") or getattr(fact, "new_controller_text", "")
    done_to_text = getattr(fact, "target_text", "") or getattr(fact, "previous_controller_text", "")
    return (doer if doer_text else ""), (done_to if done_to_text else ""), doer_text


def _charged_only(denial: Any) -> bool:
    """A denial of "the accusations", "these charges": only what the denier is charged with
    doing is denied (cues.yaml ``accusation_nouns``)."""
    nouns = get_lexicon().certainty("accusation_nouns")
    return any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in denial.children)


def _done_to(fact: Any, actor_id: str, ctx: ArticleContext) -> bool:
    """The denier is only the side the fact was done to, not its doer."""
    top = ctx.kb.top_of
    doer, done_to, _ = _ends(fact)
    return bool(done_to) and top(done_to) == top(actor_id) and top(doer or "") != top(actor_id)


def _names(fact: Any, actor_id: str, ctx: ArticleContext) -> bool:
    top = ctx.kb.top_of
    return bool(actor_id) and top(actor_id) in {top(e) for e in _ends(fact)[:2] if e}


def _a_side_of(fact: Any, actor_id: str, named: bool, ctx: ArticleContext) -> bool:
    """The denier (its state or group) may deny the fact: it is its doer or target; or, when
    the sentence names the denier in no fact, a fact of another doer that names no other
    side ("Rebels said they had stormed T. The army denied the claim"). A fact of other
    sides beside it stands ("Activists said jets bombed T and rebels shelled S. Damascus
    denied the reports": the shelling is not Damascus's to deny)."""
    if not actor_id:
        return False
    doer, done_to, _ = _ends(fact)
    if _names(fact, actor_id, ctx):
        return True
    return not named and not done_to and doer != ""


def _denial_pointing_back(sent: Any) -> Any | None:
    """The sentence's main verb when it denies, with a subject, a charge told before."""
    verb = sent.root
    cues = get_lexicon().certainty
    if verb.lemma_.lower() not in cues("denial_verbs") or undenied(verb):
        return None
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:  # "denied and condemned the claims": the object of both verbs
        conjuncts = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        objects = [o for c in conjuncts for o in c.children if o.dep_ == "dobj"]
    return verb if any(_points_back(o) for o in objects) else None


def _points_back(noun: Any) -> bool:
    """ "the claim", "these reports", "such allegations", "this": a charge told before,
    not one told here ("the claim that X shelled T" is read where it stands)."""
    cues = get_lexicon().certainty
    back = cues("back_pointing_words")
    if noun.lower_ in back and noun.pos_ == "PRON":
        return True
    if noun.lemma_.lower() not in cues("charge_nouns") | cues("hearsay_nouns"):
        return False
    if any(c.dep_ in _CONTENT_DEPS and not _own_part(c) for c in noun.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in back for c in noun.children)


def _own_part_denied(denial: Any) -> bool:
    """The denial's charge is of the denier's own part ("the claims of its involvement")."""
    objects = [c for c in denial.children if c.dep_ == "dobj"]
    objects += [o for c in denial.children if c.dep_ == "conj" for o in c.children if o.dep_ == "dobj"]
    return any(_own_part(p) for o in objects for p in o.children)


def _own_part(prep: Any) -> bool:
    """ "the claims of its involvement (in the attack)", "the allegations of their role": the
    charge's content is only the denier's part in what was told before, so it still points
    back (cues.yaml ``involvement_nouns``)."""
    if prep.dep_ != "prep" or prep.lower_ != "of":
        return False
    cues = get_lexicon().certainty
    return any(
        g.dep_ == "pobj"
        and g.lemma_.lower() in cues("involvement_nouns")
        and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in g.children)
        and all(_told_before(d, cues("back_pointing_words")) for d in g.children if d.dep_ == "prep")
        for g in prep.children
    )


def _told_before(prep: Any, back: frozenset[str]) -> bool:
    """ "in the attack", "in these strikes": what the part is in was told before; "in a
    separate attack in Basra" is a deed of its own."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    return all(any(c.dep_ == "det" and c.lower_ in back for c in g.children) for g in objects)
