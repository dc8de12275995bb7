"""Who says so, when the grammar does not hand the speaker over.

"It said rebels attacked ..." after "The Observatory said ...": the pronoun is the speaker
of a sentence before. "... outside the capital the Syrian Observatory monitor said", with
the commas lost and the parser hanging the name elsewhere: the speaker is the actor named
just before the verb. Both give the attributed claim its claimant, which the network needs
to tell a tie an enemy asserts from one a neutral source reports.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon

SPEAKER_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})
_SENTENCES_BACK = 3  # how far back a pronoun's speaker may have been named
_NAME_REACH = 8  # how many words before a subjectless "said" its speaker may end


def speaker_named_before(pronoun: Any, ctx: ArticleContext) -> Any | None:
    """The subject token of the last attribution in the sentences before ``pronoun``'s
    that names someone (not itself a pronoun): "It said" after "the ministry said"."""
    verbs = get_lexicon().certainty("attribution_verbs")
    sent_start = pronoun.sent.start
    earlier = [s for s in ctx.doc.sents if s.end <= sent_start][-_SENTENCES_BACK:]
    for sent in reversed(earlier):
        for verb in reversed([t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in verbs]):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ not in SPEAKER_PRONOUNS and subject.i in ctx.actor_at:
                return subject
    return None


def actor_just_before(verb: Any, ctx: ArticleContext) -> Any | None:
    """A subjectless closing "said": the last actor named in the words just before it, with
    no other verb between ("... Damascus the Syrian Observatory monitor said")."""
    for tok in reversed(verb.doc[max(verb.sent.start, verb.i - _NAME_REACH) : verb.i]):
        if tok.pos_ in ("VERB", "AUX"):
            return None
        if tok.i in ctx.actor_at:
            return tok
    return None
