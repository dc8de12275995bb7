"""Who says so: the claimant of an attributed, denied or claimed fact. "Russia denied that
its jets struck T": the one who denies, not the one who reported it; "X said", "according
to X", "..., X said." closing a sentence. The claimant is an actor of the knowledge base
where the name resolves, which the network needs to tell a tie an enemy asserts from one a
neutral source reports."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.claimrank import raise_claim
from frontwatch.extract.closingsaid import closing_attribution_verb
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.hearsay import is_unowned_hearsay
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.sentenceof import sentence_of
from frontwatch.extract.speakernames import denier_in_sentence, name_of_speaker
from frontwatch.extract.speakers import actor_just_before, speaker_without_subject, titled_speaker
from frontwatch.extract.undergone import claimant_of, unclaimed
from frontwatch.nlp.wordtest import tokens_passing
from frontwatch.records import Claim


def trailing_attribution(anchor: Any, claim: Claim, ctx: ArticleContext) -> None:
    """'..., the Observatory said (on Friday).' even when the parser hung the speaker
    elsewhere. Copy that lost its commas ('... killing 12 the Observatory said') counts
    when the verb's own subject stands wholly after the fact, or, with no subject, when an
    actor named after the fact stands just before the verb ('... the town of Ariha the
    Observatory said')."""
    sent = sentence_of(anchor)
    verb = closing_attribution_verb(sent)
    if verb is None or verb.i < anchor.i:
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)  # "said the UN"
    commas = [t.i for t in sent if t.text == "," and anchor.i < t.i < verb.i]
    if not commas and subject is None:
        subject = actor_just_before(verb, ctx)
        if subject is None or subject.i <= anchor.i:
            return
    elif not commas and subject is not None and subject.left_edge.i <= anchor.i:
        return
    raise_claim(claim, "attributed", verb.text)
    speaker = subject
    if speaker is None:
        span = anchor.doc[commas[-1] + 1 : verb.i]
        named = len(span) and span[-1].pos_ in ("NOUN", "PROPN", "PRON")
        # never a function word; "..., Gen. X, the chairman of Y, said": the titled name
        speaker = span[-1] if named else (titled_speaker(verb) or _set_off_actor(verb, commas[0], ctx))
    if speaker is not None:
        claim.attributed_to = name_of_speaker(speaker, ctx)


def _set_off_actor(verb: Any, first_comma: int, ctx: ArticleContext) -> Any | None:
    """ "..., Colonel X, the coalition spokesman, said": the speaker set off between commas,
    which the parser hangs on the fact, named as an actor after the fact's clause ends."""
    found = actor_just_before(verb, ctx)
    return found if found is not None and found.i > first_comma else None


def parenthetical_attribution(anchor: Any, claim: Claim, ctx: ArticleContext) -> None:
    """ "Russian troops captured T, Moscow said, but Kyiv said ...": a saying verb set in
    the middle of the sentence, hung on the fact's clause and saying nothing of its own
    (no "that" clause, no object), makes the fact its subject's word."""
    head = anchor if anchor.pos_ in ("VERB", "AUX") else anchor.head
    attribution = get_lexicon().certainty("attribution_verbs")
    for verb in _parentheticals(anchor, head):
        if verb.lemma_.lower() not in attribution:
            continue
        if any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            raise_claim(claim, "attributed", verb.text)
            claim.attributed_to = name_of_speaker(subject, ctx)
            return


def _parentheticals(anchor: Any, head: Any) -> list[Any]:
    """The sayings set in the fact's clause: hung on its head, or on a clause over it when
    they come after the fact ("The US will continue its efforts, which include an air
    campaign against IS, Carter said, and ...": the campaign is Carter's word too)."""
    said = [v for v in head.children if v.dep_ == "parataxis"]
    for over in head.ancestors:
        said += [v for v in over.children if v.dep_ == "parataxis" and v.i > anchor.i]
    return said


def denied_by(verb: Any, claim: Claim, ctx: ArticleContext) -> None:
    """ "Russia denied that its jets struck T", "Turkey rejected claims its drones struck
    T": the one who denies says so, not the one the denied claim was reported by, nor the
    accused named inside it (the denial is met after the claim, on the way up)."""
    if verb.lemma_.lower() not in get_lexicon().certainty("denial_verbs"):
        return
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker is not None:
        claim.attributed_to = name_of_speaker(denier_in_sentence(speaker), ctx)


def attribute(verb: Any, claim: Claim, ctx: ArticleContext) -> None:
    """The fact is ``verb``'s subject's word. A claim no one made ("no group claimed the
    bombing") gives neither label nor claimant; evidence that "showed" it is no claimant,
    so the one who cites it, further out, is taken."""
    if is_responsibility_claim(verb) and unclaimed(verb):
        return
    raise_claim(claim, "attributed", verb.text)
    if claim.attributed_to:
        return
    speaker = _speaker_of(verb) or speaker_without_subject(verb, ctx)
    if speaker is None:
        return
    if speaker.lemma_.lower() not in get_lexicon().certainty("evidence_nouns"):
        claim.attributed_to = name_of_speaker(speaker, ctx)
        return
    issuer = claimant_of(speaker, ctx)  # "a video released by IS claimed": IS says so
    claim.attributed_to = issuer.actor_id if issuer is not None else ""


def found_as_told(verb: Any, child: Any) -> bool:
    """Whether a verb of finding tells ``child`` as its finding: "investigators found that
    jets bombed T", "found evidence of shelling (and heard accounts of killings)"; but "troops
    found and defused mines", "found arms caches and detained two men", "hostages found
    shackled" tell what was come upon (cues.yaml ``clause_only_attribution_verbs``)."""
    cues = get_lexicon().certainty
    if verb.lemma_.lower() not in cues("clause_only_attribution_verbs") or child.dep_ == "ccomp":
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in cues("evidence_nouns") for c in verb.children)


def is_responsibility_claim(verb: Any) -> bool:
    """ "claimed the bombing", "took responsibility for the attack", "accepted blame"."""
    cues = get_lexicon().certainty
    lemma = verb.lemma_.lower()
    if lemma not in cues("responsibility_verbs"):
        return False
    nouns = cues("responsibility_nouns")
    return lemma == "claim" or any(
        c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.children
    )


def _speaker_of(verb: Any) -> Any | None:
    """The subject of "said"; the object of "quoted X as saying"/"cited X as saying"."""
    if verb.lemma_.lower() == "say" and verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        verb = verb.head.head
    deps = ("dobj",) if verb.lemma_.lower() in ("quote", "cite") else ("nsubj",)
    for dep in (*deps, "nsubj"):
        for child in verb.children:
            if child.dep_ == dep:
                return child
    # "was announced by X": the passive's agent speaks
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return agents[0] if agents else None


def according_to(anchor: Any, claim: Claim, ctx: ArticleContext) -> None:
    """ "..., according to X": the fact is X's word ("according to reports": no one's)."""
    for tok in tokens_passing(sentence_of(anchor), _is_according):  # asked for every fact of a sentence
        if tok.lower_ == "according" and not _heads_a_later_conjunct(tok, anchor):
            objs = _owned_first([
                g for c in tok.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"
            ])
            if objs and is_unowned_hearsay(objs[0]):
                raise_claim(claim, "hedged", "according to")  # "according to reports": no one's
                return
            if objs:
                raise_claim(claim, "attributed", "according to")
                claim.attributed_to = name_of_speaker(objs[0], ctx)
                return


def _heads_a_later_conjunct(according: Any, anchor: Any) -> bool:
    """ "X retook A and, according to Y, has entered B": set just after a conjunction, the
    phrase speaks for the conjunct it opens; a fact told before the conjunction is not Y's."""
    words = according.doc[sentence_of(according).start : according.i]
    before = next((t for t in reversed(words) if not t.is_punct), None)
    return before is not None and before.dep_ == "cc" and anchor.i < before.i


def _owned_first(objects: list[Any]) -> list[Any]:
    """ "according to today’s briefing by X": with a curly apostrophe the parser may hang the
    possessor ("today") beside its noun as a second object; the noun owned is the source."""
    owned = [g for g in objects if not any(c.dep_ == "case" for c in g.children)]
    return owned or objects


def _is_according(lower: str, lemma: str) -> bool:
    """A word test (``nlp.wordtest``): the word "according"."""
    return lower == "according"


def speaker_of_second_statement(statement: Any) -> Any | None:
    """ "The army denied that rebels had taken the town, and accused them of shelling T": a
    verb of saying or accusing with no subject, which the parser joins to the denied clause,
    is the denier's own second statement; the denying verb it belongs to, else None."""
    cues = get_lexicon().certainty
    if statement.dep_ != "conj" or statement.lemma_.lower() not in cues("attribution_verbs"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in statement.children):
        return None
    for ancestor in list(statement.head.ancestors)[:3]:
        if ancestor.lemma_.lower() in cues("denial_verbs"):
            has_subject = any(c.dep_ == "nsubj" for c in ancestor.children)
            return ancestor if has_subject and ancestor.i < statement.i else None
    return None


def charge_on_agent(agent: Any, deed: Any) -> bool:
    """ "X was accused by Y of arming Z": the parser hangs the charge ("of arming") on the
    accuser, under the "by" agent; the deed is still what the accuser claims."""
    if agent.dep_ != "agent":
        return False
    charges = [p for a in agent.children for p in a.children if p.dep_ == "prep"]
    preps = get_lexicon().certainty("charge_preps")
    return any(p.lower_ in preps and deed in p.subtree for p in charges)


def frames_the_saying(verb: Any, adjunct: Any) -> bool:
    """ "After capturing T, the SDF said ...", "As rebels shelled T, the army said ...",
    "Having seized the dam, the forces announced ...": a clause or phrase set before the
    speaker tells when the words were said, in the article's own voice; it is not what
    they said. A quote ('"We took T after a battle," he said') stays the speaker's word,
    and so does what a preposition of content brings ("Of the strikes, the UN said ...")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or adjunct.i > subject.left_edge.i:
        return False
    if any(t.is_quote for t in verb.doc[sentence_of(verb).start : subject.left_edge.i]):
        return False
    if adjunct.dep_ == "prep":
        return adjunct.lower_ not in get_lexicon().certainty("content_preps")
    framed = any(c.dep_ == "mark" for c in adjunct.children) or adjunct.tag_ in ("VBG", "VBN")
    return adjunct.dep_ == "advcl" and framed


def sentence_speakers(anchor: Any, claim: Claim, ctx: ArticleContext) -> None:
    """Whoever the anchor's sentence says tells it: "according to X", a trailing "X said",
    a parenthetical ", X said,", the first that names one."""
    if not claim.attributed_to:
        according_to(anchor, claim, ctx)
    if not claim.attributed_to:
        trailing_attribution(anchor, claim, ctx)
    if not claim.attributed_to:
        parenthetical_attribution(anchor, claim, ctx)
