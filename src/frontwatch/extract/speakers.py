"""Who says so, when the grammar does not hand the speaker over.

"It said rebels attacked ..." after "The Observatory said ...": the pronoun is the speaker
of a sentence before. "... outside the capital the Syrian Observatory monitor said", with
the commas lost and the parser hanging the name elsewhere: the speaker is the actor named
just before the verb. Both give the attributed claim its claimant, which the network needs
to tell a tie an enemy asserts from one a neutral source reports.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any, cast

from frontwatch.extract.closingsaid import closing_attribution_verb
from frontwatch.extract.context import ArticleContext, start_of_sentences_before
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.postlinks import resolve_phrase
from frontwatch.extract.sentenceof import sentence_of
from frontwatch.extract.voices import spoken_for

SPEAKER_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})
_SENTENCES_BACK = 3  # how far back a pronoun's speaker may have been named
_NAME_REACH = 8  # how many words before a subjectless "said" its speaker may end
_FullName = tuple[int, str, list[str]]


def speaker_named_before(pronoun: Any, ctx: ArticleContext) -> Any | None:
    """The subject token of the last attribution in the sentences before ``pronoun``'s
    that names someone (not itself a pronoun): "It said" after "the ministry said"; else
    the named subject of the sentence just before."""
    verbs = get_lexicon().certainty("attribution_verbs")
    earlier = _sentences_before(sentence_of(pronoun), _SENTENCES_BACK)
    for sent in reversed(earlier):
        for verb in reversed([t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in verbs]):
            subject = _named_subject(verb, ctx)
            if subject is not None:
                return subject
    if earlier:  # "The army's command condemned the raid. It said ...": the sentence's subject
        subject = _named_subject(earlier[-1].root, ctx)
        return subject if subject is not None and _agrees(pronoun, subject) else None
    return None


def _agrees(pronoun: Any, subject: Any) -> bool:
    """ "it" for one body ("the command"), "he"/"she" for a person; "they" for either."""
    if pronoun.lower_ == "it":
        return bool(subject.tag_ in ("NN", "NNP") and subject.ent_type_ != "PERSON")
    if pronoun.lower_ in ("he", "she"):
        return bool(subject.ent_type_ == "PERSON")
    return True


def _sentences_before(sent: Any, count: int) -> list[Any]:
    """Up to ``count`` sentences before ``sent``, oldest first (a window, not the document)."""
    start = start_of_sentences_before(sent[0], count)
    return list(sent.doc[start : sent.start].sents)


def _named_subject(verb: Any, ctx: ArticleContext) -> Any | None:
    """The verb's subject when it names someone: an actor, a person by name ("Kirby said"),
    or a voice of a side ("a spokesman for the SDF told VOA"); not a pronoun or a bare noun."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in SPEAKER_PRONOUNS:
        return None
    named = subject.i in ctx.actor_at or subject.ent_type_ == "PERSON" or spoken_for(subject, ctx)
    return subject if named else None


def speaker_without_subject(verb: Any, ctx: ArticleContext) -> Any | None:
    """The speaker of a verb of saying that has no subject of its own: the subject of the
    verb it is joined to ("called it aggression and said ..."), a name the tagger took for
    an auxiliary ("IS said"), the agent of a passive
    ("were reported by the Observatory"), the name just after it ("said the Civil
    Defence"), or, closing its sentence, the name just before it."""
    if verb.dep_ == "conj":
        shared = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if shared is not None:
            return _speaker_of_told_clause(verb.head, ctx) if _no_one(shared, ctx) else shared
    host = _participle_host(verb)
    if host is not None:  # "released a statement saying", "confirmed the toll, saying"
        shared = next((c for c in host.children if c.dep_ == "nsubj"), None)
        if shared is not None:
            return shared
    misread = next((c for c in verb.lefts if c.dep_ in ("aux", "auxpass") and c.i in ctx.actor_at), None)
    if misread is not None:  # "IS said it shelled T": a name the tagger took for "is"
        return misread
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is not None:
        return agent
    addressed = verb.lemma_.lower() in get_lexicon().certainty("addressee_verbs")
    after = next((t for t in verb.doc[verb.i + 1 : min(sentence_of(verb).end, verb.i + 4)] if t.dep_ != "det"), None)
    if after is not None and after.i in ctx.actor_at and not addressed:
        return after  # "said the Civil Defence"; but "told AFP" names who heard it
    closing = closing_attribution_verb(sentence_of(verb))
    if closing is not None and closing.i == verb.i:  # "... UNICEF said in a statement."
        return titled_speaker(verb) or actor_just_before(verb, ctx) or _set_off_speaker(verb)
    return None


def _no_one(subject: Any, ctx: ArticleContext) -> bool:
    """A subject that cannot speak: no actor, person, body or pronoun ("the blast")."""
    named = subject.i in ctx.actor_at or subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
    return not named and subject.pos_ != "PRON" and not spoken_for(subject, ctx)


def _speaker_of_told_clause(clause: Any, ctx: ArticleContext) -> Any | None:
    """ "SANA said the bomb hit a queue of cars, and blamed the attack on X": a saying joined
    to a told clause whose subject cannot speak is the teller's; its subject, else None."""
    teller = clause.head
    if clause.dep_ != "ccomp" or teller.lemma_.lower() not in get_lexicon().certainty("attribution_verbs"):
        return None
    return next((c for c in teller.children if c.dep_ == "nsubj"), None)


def titled_speaker(verb: Any) -> Any | None:
    """ "..., Gen. X, the chairman of the Joint Chiefs of Staff, said": a title set off just
    before a subjectless verb describes the person named before it, who speaks (the body
    named in the title is where the speaker serves, not the speaker)."""
    before = next((t for t in reversed(verb.doc[sentence_of(verb).start : verb.i]) if not t.is_punct), None)
    if before is None:
        return None
    title = next((a for a in (before, *before.ancestors) if a.dep_ == "appos"), None)
    if title is None or title.right_edge.i != before.i or title.head.ent_type_ != "PERSON":
        return None
    # "one of the mayors, who requested anonymity, told AFP": a relative clause closes it
    return None if any(t.dep_ == "relcl" for t in title.subtree) else title.head


def _set_off_speaker(verb: Any) -> Any | None:
    """ "..., one of the officials, who requested anonymity, told AFP.": the noun whose
    relative clause, set off by commas, ends just before the verb (the parser hangs the
    noun elsewhere and leaves the verb without a subject)."""
    before = next((t for t in reversed(verb.doc[sentence_of(verb).start : verb.i]) if not t.is_punct), None)
    clause = next((a for a in (before.ancestors if before is not None else []) if a.dep_ == "relcl"), None)
    if clause is None or clause.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return clause.head


def _participle_host(verb: Any) -> Any | None:
    """The verb whose subject speaks through a subjectless "saying": the verb it hangs on
    ("confirmed the toll, saying"), or the verb of the noun it describes ("released a
    statement saying")."""
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "advcl":  # "said the jet crashed, adding that": the one who said
        host = verb.head
        verbs = get_lexicon().certainty("attribution_verbs")
        while host.dep_ in ("ccomp", "conj") and host.head.lemma_.lower() in verbs:
            host = host.head
        return host
    if verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "pobj"):
        host = verb.head.head
        return host.head if host.dep_ == "prep" else host  # "in a statement saying"
    return None


def actor_just_before(verb: Any, ctx: ArticleContext) -> Any | None:
    """A subjectless closing "said": the last actor named in the words just before it, with
    no other verb between ("... Damascus the Syrian Observatory monitor said")."""
    for tok in reversed(verb.doc[max(sentence_of(verb).start, verb.i - _NAME_REACH) : verb.i]):
        if tok.pos_ in ("VERB", "AUX"):
            return None
        if tok.i in ctx.actor_at or (tok.pos_ == "NOUN" and resolve_phrase(ctx, tok) is not None):
            return tok  # "... in Jayrud town rebels said": a class no mention covers
    return None


def named_in_full_before(text: str, token: Any, ctx: ArticleContext) -> str:
    """The actor a speaker's short name stands for when the article gave the name in full
    before: "The General Command said" after "a statement by the General Command of the
    Syrian Army" (the short name alone would be Libya's army as well as Syria's)."""
    words = _name_words(text)
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    if not words or not (definite or any(w[:1].isupper() for w in text.split())):
        return ""  # "the observatory said": a definite back-reference, whatever its case
    full = _full_names(ctx)
    having, ends = full.holding.get(tuple(words), ([], []))
    if full.in_order:
        stop = bisect_right(ends, token.idx)
        return full.names[having[stop - 1]][1] if stop else ""
    return next((full.names[k][1] for k in reversed(having) if full.names[k][0] <= token.idx), "")


class _FullNames:
    """The named actor mentions as (end, actor, name words), in the article's order, read
    once per article, and for each run of words that is part of a longer name the mentions
    holding it, with their ends: a short name's last full form before a speaker is a
    bisection, not a scan of every earlier name (once per speaker, quadratic in a long
    article)."""

    def __init__(self, ctx: ArticleContext) -> None:
        self.names: list[_FullName] = [
            (m.end, m.actor_id, _name_words(m.text)) for m in ctx.actor_mentions if m.actor_id
        ]
        ends = [end for end, _a, _w in self.names]
        self.in_order = ends == sorted(ends)  # else every holder is checked for its end
        self.holding: dict[tuple[str, ...], tuple[list[int], list[int]]] = {}
        for k, (end, _actor, name) in enumerate(self.names):
            for part in _shorter_runs(name):
                indices, part_ends = self.holding.setdefault(part, ([], []))
                indices.append(k)
                part_ends.append(end)


def _shorter_runs(name: list[str]) -> set[tuple[str, ...]]:
    """Every run of consecutive words of a name shorter than the name itself."""
    return {
        tuple(name[i : i + size]) for size in range(1, len(name)) for i in range(len(name) - size + 1)
    }


def _full_names(ctx: ArticleContext) -> _FullNames:
    if ctx.full_names is None:
        ctx.full_names = _FullNames(ctx)
    return cast(_FullNames, ctx.full_names)


def _name_words(text: str) -> list[str]:
    words = [w.strip(".,'\"").lower() for w in text.split()]
    return [w for w in words if w and w not in ("the", "a", "an")]

