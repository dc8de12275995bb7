"""The side a pronoun stands for when the clause before it does not name it outright:
a bounded search that agrees in number and refuses a tie.

"The Peshmerga cleared the villages; they fought the jihadists" (the clause before a
semicolon), "The war was fought by rebel factions. They entered the town" (the one plural
side of the sentence before), "Turkey shelled the militants. They withdrew" (not Turkey:
"they" is no state). The search looks back over the clause before a ";" or ":" in the
pronoun's own sentence, then at most two sentences before it in its paragraph:

- the subject of each clause is tried first, the first clause first: one that names a side
  agreeing in number is the antecedent ("they" with a coordinated subject stands for every
  side of it); a subject that names a thing of the pronoun's number ("The town fell. It
  ...") ends the search unread, for the pronoun may stand for the thing;
- otherwise the sides named elsewhere in it that agree in number: exactly one is the
  antecedent, two or more leave the pronoun unread;
- a pronoun met there is followed back the same way, at most ``hops`` times.

Number: "it"/"its" never stand for a plural noun ("the factions"), "they"/"them"/"their"
never for a state or a singular common noun ("the army", "the Quds Force"). The words are
data (``relations.yaml``: ``article_ties.anaphora``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from frontwatch.extract.armed import armed, kb_friends
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.nlp.charspans import expanded_span
from frontwatch.records import Mention

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLAUSE_MARKS = frozenset({";", ":"})
_SENTENCES_BACK = 2
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
_POSSESSOR_NOTE = "possessor:"


@cache
def _words(key: str) -> frozenset[str]:
    table: dict[str, list[str]] = get_lexicon().relations["article_ties"]["anaphora"]
    return frozenset(table[key])


def referring_pronoun(tok: Any) -> bool:
    """A pronoun of a side whose number this module reads ("it", "they", "them", "its")."""
    return tok.lower_ in _words("singular_pronouns") or tok.lower_ in _words("plural_pronouns")


def plural_pronoun(tok: Any) -> bool:
    return bool(tok.lower_ in _words("plural_pronouns"))


def agreeing_antecedents(tok: Any, ctx: ArticleContext, hops: int = 2, own: str = "") -> list[Mention]:
    """The sides ``tok`` (a pronoun) stands for by the search above; [] when unread. A
    mention of ``own`` (the clause's own side, which the pronoun cannot be) is no rival."""
    if not referring_pronoun(tok) or _rival_in_own_sentence(tok, ctx, own):
        return []
    for segment in segments_before(tok):
        found = _read_segment(segment, tok, ctx, hops)
        if found is not None:
            return found
    return []


def object_antecedents(tok: Any, ctx: ArticleContext, besides: str) -> list[Mention]:
    """ "Iraqi troops encircled IS fighters. US jets bombed them": an object pronoun is as
    likely the object before as its subject, so the subject (with the sides coordinated
    with it) is one candidate among the other agreeing sides, those of ``besides`` (the top
    of the pronoun's own clause's doer) left out; two candidates leave it unread."""
    found = _object_candidates(tok, ctx, besides)
    return next(iter(found.values())) if found and _one_bloc(list(found), ctx) else []


def _one_bloc(tops: list[str], ctx: ArticleContext) -> bool:
    """One candidate, or candidates the knowledge base ties as friends ("Iraq's Hezbollah
    Brigades operate under the umbrella of the PMF. Many of them ..."): one bloc, read as
    the first (the subject's, when it names one)."""
    return all(kb_friends(a, b, ctx) for i, a in enumerate(tops) for b in tops[i + 1 :])


def object_rival(tok: Any, ctx: ArticleContext, besides: str, side: Mention) -> bool:
    """Whether the search above finds a candidate other than ``side`` for the pronoun, and
    of another bloc."""
    tops = list(_object_candidates(tok, ctx, besides))
    return any(top != _top(side, ctx) for top in tops) and not _one_bloc([_top(side, ctx), *tops], ctx)


def _object_candidates(tok: Any, ctx: ArticleContext, besides: str) -> dict[str, list[Mention]]:
    if not plural_pronoun(tok) or _rival_in_own_sentence(tok, ctx):
        return {}
    for segment in segments_before(tok):
        found = _segment_candidates(segment, tok, ctx, besides)
        if found is not None:
            return found
    return {}


def _segment_candidates(segment: list[Any], tok: Any, ctx: ArticleContext, besides: str) -> dict[str, list[Mention]] | None:
    """The agreeing sides of a segment by their top, a subject's with its coordinated sides;
    None when it names none, {} when its first subject is a thing of the pronoun's number."""
    subjects = [t for t in segment if t.dep_ in _SUBJECTS and t.tag_ not in ("WDT", "WP")]
    found: dict[str, list[Mention]] = {}
    for subject in subjects:
        side = _side_of(subject, ctx, 2)
        if side is not None and a_side(side, ctx) and _agrees_at(tok, subject, side, ctx):
            group = [m for m in (side, *_coordinated_sides(subject, side, tok, ctx)) if _top(m, ctx) != besides]
            if group:
                found.setdefault(_top(group[0], ctx), group)
        elif side is None and subject is subjects[0] and subject.pos_ in ("NOUN", "PROPN") and _thing_agrees(tok, subject, ctx):
            return {}  # "The villages were shelled. X defended them": the things
    grouped = {_top(m, ctx) for g in found.values() for m in g}
    for t in segment:
        if t.dep_ == "poss" or _in_a_subject(t, subjects) or t.pos_ == "PRON":
            continue
        side = ctx.actor_at.get(t.i)
        if side is None or _POSSESSOR_NOTE in side.note or _top(side, ctx) in grouped | {besides}:
            continue
        if a_side(side, ctx) and _agrees_at(tok, t, side, ctx):
            found.setdefault(_top(side, ctx), [side])
    return found or None


def _top(side: Mention, ctx: ArticleContext) -> str:
    return ctx.kb.top_of(side.actor_id) or side.actor_id


def agrees(pronoun: Any, mention: Mention, ctx: ArticleContext) -> bool:
    """Whether a side may be what the pronoun stands for, by number."""
    number = _number_of(mention, ctx)
    if pronoun.lower_ in _words("plural_pronouns"):
        return number != "singular"
    if pronoun.lower_ in _words("singular_pronouns"):
        return number != "plural"
    return True


def _rival_in_own_sentence(tok: Any, ctx: ArticleContext, own: str = "") -> bool:
    """ "The war was fought by rebel factions, many of them veterans": a side of the
    pronoun's number named before it in its own sentence (not its clause's doer, not in the
    clause before a ";" the search reads first) may be what it stands for, so a side of an
    earlier sentence is not taken."""
    skip = {t.i for t in _clause_before_mark(tok)} if after_clause_mark(tok) else set()
    skip |= own_doer_tokens(tok)
    for t in tok.doc[tok.sent.start : tok.i]:
        found = ctx.actor_at.get(t.i)
        if t.i in skip or found is None or t.dep_ == "poss" or _POSSESSOR_NOTE in found.note:
            continue
        if own and found.actor_id == own:
            continue
        if a_side(found, ctx) and _agrees_at(tok, t, found, ctx):
            return True
    return False


def own_doer_tokens(tok: Any) -> set[int]:
    """The words naming the doer of the pronoun's own clause: its subject, or the noun a
    relative clause on "which"/"who" hangs on ("Washington, which arms them")."""
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return set()
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None or subject.i == tok.i:
        return set()
    return set(range(subject.left_edge.i, subject.i + 1))  # not what hangs after its head


def partners_of(tok: Any, first: Mention, ctx: ArticleContext) -> list[Mention]:
    """The further sides a plural subject pronoun stands for beside ``first``: "Jaysh
    al-Islam holds Douma, and Faylaq al-Rahman holds Arbin. They fight the regime" (the
    subjects of the clauses joined in the antecedent's sentence, and those joined to its
    subject), each agreeing in number; none for "it"."""
    if not plural_pronoun(tok) or tok.dep_ not in _SUBJECTS:
        return []
    span = expanded_span(ctx.doc, first.start, first.end)
    if span is None:
        return []
    root = span.sent.root
    clauses = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    subjects = [c for v in clauses for c in v.children if c.dep_ in _SUBJECTS]
    if not any(s.left_edge.i <= span.root.i <= s.i for s in subjects):
        return []  # the antecedent is no subject of those clauses
    return _other_sides(tok, [n for s in subjects for n in (s, *s.conjuncts)], first, ctx)


def _agrees_at(pronoun: Any, tok: Any, found: Mention, ctx: ArticleContext) -> bool:
    """Agreement judged by the noun phrase ``tok`` heads or modifies ("the Free Syrian Army
    factions": plural, though the name in it is one army); a pronoun by its side."""
    if tok.pos_ == "PRON":
        return agrees(pronoun, found, ctx)
    head = _phrase_head(tok)
    # "Russia and Iran", "the SDF and the Syrian Arab Coalition": together they are plural
    number = "plural" if head.conjuncts else _token_number(head, ctx, found)
    if pronoun.lower_ in _words("plural_pronouns"):
        return number != "singular"
    return number != "plural"


def _in_a_subject(tok: Any, subjects: list[Any]) -> bool:
    """A word of a subject's phrase up to its head (what hangs after the head may be a
    misparsed apposition): the subject was read as a whole before."""
    return any(s.left_edge.i <= tok.i <= s.i and s.pos_ != "PRON" for s in subjects)


def _number_of(mention: Mention, ctx: ArticleContext) -> str:
    """ "plural", "singular" or "either" (a name: "the Peshmerga", "Hezbollah"), by the
    noun phrase the mention heads or modifies ("the Syrian Arab Coalition elements": plural)."""
    span = expanded_span(ctx.doc, mention.start, mention.end)
    if span is None or len(span) == 0 or span.root.pos_ == "PRON":
        return "either"
    return _token_number(_phrase_head(span.root), ctx, mention)


def _phrase_head(tok: Any) -> Any:
    head = tok
    while head.dep_ in _MODIFIER_DEPS and head.head.i != head.i and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    return head


def _token_number(head: Any, ctx: ArticleContext, mention: Mention | None) -> str:
    if head.tag_ in ("NNS", "NNPS") and mention is not None and _a_people(mention):
        return "plural"  # "Iraqis form its core. It fights ...": people, never the state's "it"
    if head.tag_ == "NNPS" and _named_in(head, mention):
        return "either"  # "the Syrian Democratic Forces ... its fighters": one group's name
    if head.tag_ in ("NNS", "NNPS"):
        return "plural"
    if head.tag_ == "NN" or head.lower_ in _words("singular_body_nouns"):
        return "singular"
    actor = ctx.kb.get(mention.actor_id) if mention is not None and mention.actor_id else None
    return "singular" if actor is not None and actor.type == "state" else "either"


def _a_people(mention: Mention) -> bool:
    """A people named by its demonym ("Iraqis", "the Kurds"), not a body's name."""
    return mention.label == "NORP" or "demonym" in mention.note


def _named_in(head: Any, mention: Mention | None) -> bool:
    """The word is inside the name of a group the index knows (no class: "GEN_...")."""
    if mention is None or not mention.actor_id or mention.actor_id.startswith("GEN_"):
        return False
    return bool(mention.start <= head.idx < mention.end)


def after_clause_mark(tok: Any) -> bool:
    """ "X cleared T; they fought Y": the pronoun's clause follows a ";" or ":" in its
    sentence, after a clause that reports no one's words ("X warned: they will ..." are
    another's words, whose "they" may be X's enemy)."""
    segment = _clause_before_mark(tok)
    return bool(segment) and not any(t.lemma_.lower() in _telling_verbs() for t in segment if t.pos_ == "VERB")


@cache
def _telling_verbs() -> frozenset[str]:
    return frozenset(get_lexicon().certainty("attribution_verbs"))


def _clause_before_mark(tok: Any) -> list[Any]:
    doc, sent = tok.doc, tok.sent
    marks = [t.i for t in doc[sent.start : tok.i] if t.text in _CLAUSE_MARKS]
    if not marks:
        return []
    start = max([sent.start] + [i + 1 for i in marks[:-1]])
    return list(doc[start : marks[-1]])


def segments_before(tok: Any) -> list[list[Any]]:
    """The clause before a ";" or ":" that opens the pronoun's clause, then the sentences
    before it in its paragraph (nearest first)."""
    segments: list[list[Any]] = [_clause_before_mark(tok)] if after_clause_mark(tok) else []
    doc = tok.doc
    current = tok.sent
    for _ in range(_SENTENCES_BACK):
        if current.start == 0:
            break
        gap = doc[current.start - 1]
        if gap.is_space and "\n" in gap.text:
            break  # a paragraph break: a new paragraph names its sides afresh
        current = doc[current.start - 1].sent
        segments.append([t for t in current if not t.is_space])
    return segments


def _read_segment(segment: list[Any], tok: Any, ctx: ArticleContext, hops: int) -> list[Mention] | None:
    """The antecedent the segment gives: a list, [] to refuse, None to look further back."""
    subjects = [t for t in segment if t.dep_ in _SUBJECTS and t.tag_ not in ("WDT", "WP")]
    for subject in subjects:
        found = _side_of(subject, ctx, hops)
        if found is not None and a_side(found, ctx):
            if _agrees_at(tok, subject, found, ctx):
                return [found, *_coordinated_sides(subject, found, tok, ctx)]
            continue
        if subject is subjects[0] and subject.pos_ in ("NOUN", "PROPN") and _thing_agrees(tok, subject, ctx):
            return []  # "The town fell. It ...": the pronoun may stand for the town
    named = {id(s) for s in subjects}
    others: dict[str, Mention] = {}
    for t in segment:
        if id(t) in named or t.dep_ == "poss" or _in_a_subject(t, subjects):
            continue
        found = _side_of(t, ctx, hops) if t.pos_ == "PRON" else ctx.actor_at.get(t.i)
        if found is None or _POSSESSOR_NOTE in found.note:
            continue  # "their fighters": an owner the actor index guessed, no side of its own
        if a_side(found, ctx) and _agrees_at(tok, t, found, ctx):
            others.setdefault(ctx.kb.top_of(found.actor_id) or found.actor_id, found)
    if len(others) == 1:
        return list(others.values())
    return [] if others else None


def _side_of(tok: Any, ctx: ArticleContext, hops: int) -> Mention | None:
    if tok.pos_ != "PRON":
        return actor_near(ctx, tok, depth=1)
    if hops <= 0 or not referring_pronoun(tok):
        return None
    found = ctx.actor_at.get(tok.i) or next(iter(agreeing_antecedents(tok, ctx, hops - 1)), None)
    return found


def _thing_agrees(tok: Any, subject: Any, ctx: ArticleContext) -> bool:
    """A subject naming no side ("the town", "the offensive") of the pronoun's number."""
    if subject.i in ctx.actor_at:
        return False
    number = _token_number(subject, ctx, None)
    plural = tok.lower_ in _words("plural_pronouns")
    return number == ("plural" if plural else "singular")


def a_side(found: Mention, ctx: ArticleContext) -> bool:
    """A named side (no class left unresolved, no person, no news outlet), armed or a state."""
    if not found.actor_id or found.actor_id.startswith("GEN_"):
        return False
    actor = ctx.kb.get(found.actor_id)
    if actor is None or actor.type in ("person", "media"):
        return False
    return actor.type in ("state", "state_agency") or armed(found.actor_id, ctx)


def _coordinated_sides(subject: Any, first: Mention, tok: Any, ctx: ArticleContext) -> list[Mention]:
    """ "The army, the police and the militias marched on T. The Kurds fought them": a plural
    pronoun stands for every side of a coordinated subject."""
    if not plural_pronoun(tok):
        return []
    return _other_sides(tok, list(subject.conjuncts), first, ctx)


def _other_sides(tok: Any, nouns: list[Any], first: Mention, ctx: ArticleContext) -> list[Mention]:
    """The sides the nouns name that agree with ``tok``, other than ``first``, each once."""
    found: list[Mention] = []
    for noun in nouns:
        side = actor_near(ctx, noun, depth=1)
        if side is None or not a_side(side, ctx) or not _agrees_at(tok, noun, side, ctx):
            continue
        if side.actor_id != first.actor_id and all(f.actor_id != side.actor_id for f in found):
            found.append(side)
    return found


__all__ = [
    "a_side",
    "after_clause_mark",
    "agreeing_antecedents",
    "agrees",
    "object_antecedents",
    "object_rival",
    "own_doer_tokens",
    "partners_of",
    "plural_pronoun",
    "referring_pronoun",
    "segments_before",
]
