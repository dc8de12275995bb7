"""Who did an act told as the outcome of another act.

"X conducted several raids, resulting in five militants killed", "X carried out a sweep,
leaving four militants dead", "X launched an operation that led to the arrest of seven
men", "X conducted raids in T resulting in the detention of six men" (the outcome hung on
the raids), "the X-led operation resulted in the arrest of 12 men" (the operation its
subject): the killing, the death and the arrest name no doer of their own; they came out of
X's raids, sweep or operation, so X did them. The outcome verbs are
``outcome_verbs`` in events.yaml. Only a toll or a detention (``outcome_types``) is read so:
"leading to protests", "leading to a deployment of troops" tell someone else's reaction, and
"leading to the arrest of twelve of them" points back at the doer, who is then no doer.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near, anti_mention, doer_near
from frontwatch.extract.ledgroups import led_doer
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.records import Mention

_UP_TO_OUTCOME = 4  # "resulting in [five [militants [killed]]]": trigger, noun, preposition
# "resulting in [five [militants [killed]]]", "leaving four dead and [nine arrested]"
_PHRASE_DEPS = frozenset({"acl", "pobj", "prep", "dobj", "oprd", "ccomp", "xcomp", "amod", "conj"})
_OUTCOME_DEPS = frozenset({"advcl", "conj", "xcomp"})


def outcome_doer(trigger: Any, ctx: ArticleContext) -> Mention | None:
    """The doer of the act whose outcome the trigger tells, or None."""
    if not _befalls_victims(trigger):
        return None
    outcome = _outcome_verb(trigger)
    if outcome is None:
        return None
    cause = _cause_of(outcome)
    if cause is None:
        return _operation_subject_doer(outcome, ctx)
    subject = subject_of(cause)
    return doer_near(ctx, subject) if subject is not None else None


def _operation_subject_doer(outcome: Any, ctx: ArticleContext) -> Mention | None:
    """ "The X-led operation resulted in ...", "the X offensive led to ...": the doer of the
    operation that is the outcome verb's own subject."""
    from frontwatch.extract.operations import is_operation, operation_doer  # a cycle at import

    subject = subject_of(outcome)
    if subject is None or not is_operation(subject):
        return None
    return operation_doer(subject, ctx) or led_doer(subject, ctx) or _hyphened_owner(subject, ctx)


def _hyphened_owner(operation: Any, ctx: ArticleContext) -> Mention | None:
    """ "the SDF-led mission", "a Peshmerga-run operation": the side named on the operation's
    participle or compound, unless it is whom the operation is against ("an anti-IS mission")."""
    for child in (c for c in operation.children if c.dep_ in ("amod", "compound")):
        found = actor_near(ctx, child, depth=1)
        if found is not None and not anti_mention(found, ctx):
            return found
    return None


def _befalls_victims(trigger: Any) -> bool:
    """A deed of an outcome type that names no one by a pronoun ("the arrest of twelve of
    them", "protests against them": the cause's doer underwent or drew it)."""
    events = get_lexicon().events
    table = events["verbs"] if trigger.pos_ == "VERB" else events["nouns"]
    entry = table.get(lemma_of(trigger)) or {}
    if entry.get("type") not in events["outcome_types"]:
        return False
    return not any(t.pos_ == "PRON" for t in trigger.subtree if t.i != trigger.i)


def _outcome_verb(trigger: Any) -> Any | None:
    """ "resulting" in "resulting in five militants killed"; None when the trigger is no
    part of an outcome phrase."""
    verbs = get_lexicon().events["outcome_verbs"]
    tok = trigger
    for _ in range(_UP_TO_OUTCOME):
        if tok.dep_ not in _PHRASE_DEPS or tok.head.i == tok.i:
            return None
        if tok.dep_ == "prep" and tok.lower_ == "from":
            return None  # "deaths resulting from the raids": the trigger is the cause
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() in verbs:
            return tok
    return None


def _cause_of(outcome: Any) -> Any | None:
    """The verb of the act the outcome came out of: the clause it hangs on ("conducted
    raids, resulting in"), or the verb of the noun it tells of ("launched an operation
    that led to")."""
    if outcome.dep_ in _OUTCOME_DEPS and outcome.head.pos_ == "VERB":
        return outcome.head
    if outcome.dep_ not in ("relcl", "acl"):
        return None
    # "an operation (in the district) that led to", "raids in T resulting in": up to its verb
    tok = outcome.head
    for _ in range(_UP_TO_OUTCOME):
        if tok.dep_ not in ("dobj", "pobj", "prep") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ == "VERB":
            return tok
    return None
