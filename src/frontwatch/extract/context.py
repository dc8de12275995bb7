"""Per-article lookups shared by every extractor: mentions by token, clause walking.

Mentions arrive as character spans; they are indexed once per article by token so
that argument finding is a dictionary lookup, never a scan.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from frontwatch.extract.clauses import CLAUSE_DEPS as CLAUSE_DEPS  # noqa: PLC0414 - re-exported: victims.py imports it here
from frontwatch.extract.clauses import clause_head as clause_head  # noqa: PLC0414 - re-exported: most extractors import it here
from frontwatch.extract.clauses import clause_tokens as clause_tokens  # noqa: PLC0414 - re-exported: most extractors import it here
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.memberlinks import apposed_names, belonging_objects
from frontwatch.extract.placeanaphors import named_before as named_before  # noqa: PLC0414 - re-exported: eventplace.py and control_objects.py import it here
from frontwatch.extract.placeanaphors import start_of_sentences_before as start_of_sentences_before  # noqa: PLC0414 - re-exported: speakers.py and takers.py import it here
from frontwatch.extract.postlinks import postposed_side, resolve_phrase
from frontwatch.kb.actors.sites import BESIDE_NOTE, SITE_NOTE
from frontwatch.nlp.charspans import expanded_range
from frontwatch.nlp.docspans import sentences
from frontwatch.nlp.text import span_text, text_of
from frontwatch.records import Article, Claim, Evidence, Mention, Place

if TYPE_CHECKING:
    from spacy.tokens import Token

    from frontwatch.kb.actors.kb import ActorKB

GENERIC_PREFIX = "GEN_"  # the KB's ids of classes ("rebels", "militias")
NOMINAL_ARG_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "npadvmod", "nummod"})


@dataclass
class ArticleContext:
    """What every extractor of one article needs to look things up."""

    doc: Any
    article: Article
    kb: ActorKB
    actor_at: dict[int, Mention] = field(default_factory=dict)
    place_at: dict[int, Mention] = field(default_factory=dict)
    site_at: dict[int, Mention] = field(default_factory=dict)  # states named only as where
    place_order: list[int] = field(default_factory=list)  # place_at's tokens, in order
    place_tokens: dict[int, list[int]] = field(default_factory=dict)  # id(mention) -> tokens
    actor_mentions: list[Mention] = field(default_factory=list)
    places: dict[str, Place] = field(default_factory=dict)
    phrase_cache: dict[int, Mention | None] = field(default_factory=dict)
    span_cache: dict[tuple[int, int], tuple[Any, ...]] = field(default_factory=dict)  # relspan.py
    full_names: Any = None  # the actor mentions' ends and name words (speakers.py), read once
    trigger_offsets: dict[str, int] = field(default_factory=dict)  # event id -> trigger char
    tokens_at_char: dict[int, Any] = field(default_factory=dict)  # trigger char -> its Token, made once
    definite_ids: set[str] = field(default_factory=set)  # events told by "the attack"-like nouns
    # events whose wording hides the doer ("the town was retaken", "these strikes")
    doerless_ids: set[str] = field(default_factory=set)
    toll_ids: set[str] = field(
        default_factory=set
    )  # "ten were killed": an act's toll told after it
    # "a coalition fighting IS": no event, but the relation it states is kept
    descriptive_ids: set[str] = field(default_factory=set)
    # events told only as far from a place ("90 km west of T"): the article's main town is
    # not theirs either (scene.py)
    distant_ids: set[str] = field(default_factory=set)
    # control records of a place told back under a side ("T is back under X control"): no assault
    returned_ids: set[str] = field(default_factory=set)
    # captures told of unnamed villages in an area: their assault only (control_entries.py)
    assault_only_ids: set[str] = field(default_factory=set)
    # captures aimed at by an effort under way ("trying to retake T"): the assault's claim
    fought_claims: dict[str, Claim] = field(default_factory=dict)  # effortacts.py
    # the state "the regime" means here, with the sizes of the mentions and places it was
    # found from: found once, as finding it per phrase made long articles quadratic
    state_found: tuple[tuple[int, int, int], str] | None = None
    # actor_near's answers by token and depth, while actor_at stays as it is (crossrefs.py
    # indexes pronouns for a while and clears them): a third of its calls ask again
    near_found: dict[tuple[int, int], Mention | None] = field(default_factory=dict)
    parties_found: list[Mention] | None = None  # parentnames.party_mentions, found once

    @cached_property
    def text(self) -> str:
        """The doc's text, built once: spaCy builds ``Doc.text`` anew on every read, and
        reading it per sentence made long articles quadratic."""
        return text_of(self.doc)

    @cached_property
    def actor_order(self) -> list[int]:
        """actor_at's tokens in order, sorted once (actor_at is complete once built)."""
        return sorted(self.actor_at)

    @cached_property
    def sentence_starts(self) -> list[int]:
        """The character offset each sentence starts at, in order, found once per article."""
        return [sent.start_char for sent in sentences(self.doc)]

    def index_changed(self) -> None:
        """Forget what was found from the actor index (crossrefs.py changed it)."""
        self.near_found.clear()
        self.parties_found = None

    @property
    def published(self) -> dt.date | None:
        return self.article.published

    def trigger_token(self, event_id: str) -> Any | None:
        """The token an event's trigger starts in, None for an event with no trigger offset."""
        offset = self.trigger_offsets.get(event_id)
        if offset is None:
            return None
        if offset not in self.tokens_at_char:  # the rules ask for the same trigger many times
            found = expanded_range(self.doc, offset, offset + 1)
            self.tokens_at_char[offset] = self.doc[found[0]] if found is not None and found[0] < found[1] else None
        return self.tokens_at_char[offset]


def build_context(
    doc: Any,
    article: Article,
    *,
    actor_mentions: list[Mention],
    place_mentions: list[Mention],
    places: list[Place],
    kb: ActorKB,
) -> ArticleContext:
    """Index the article's mentions by the tokens they cover."""
    # a state named only as the land beside ("the border with Turkey") is neither a party
    # nor where; one named as where ("in Iraq") still says which state the article is about
    named = [m for m in actor_mentions if BESIDE_NOTE not in _notes(m)]
    ctx = ArticleContext(doc, article, kb, actor_mentions=named)
    ctx.site_at = _index_by_token(doc, [m for m in actor_mentions if _only_a_site(m)])
    beside = {(m.start, m.end) for m in actor_mentions if BESIDE_NOTE in _notes(m)}
    ctx.place_at = _index_by_token(
        doc, [m for m in place_mentions if (m.start, m.end) not in beside]
    )  # "near the border with Turkey": the land beside is not where it happened
    ctx.place_order = sorted(ctx.place_at)
    place_by_span: dict[tuple[int, int], Mention] = {}
    for place_mention in ctx.place_at.values():
        place_by_span.setdefault((place_mention.start, place_mention.end), place_mention)
    named_places = [
        m
        for m in named
        if not (_only_a_site(m) or _a_place_named_like_an_actor(m, place_by_span, ctx))
    ]
    ctx.actor_at = _index_by_token(doc, named_places)
    ctx.places = {p.id: p for p in places}
    return ctx


def _a_place_named_like_an_actor(
    mention: Mention, place_by_span: dict[tuple[int, int], Mention], ctx: ArticleContext
) -> bool:
    """ "shelled Douma" is the town, not Russia's State Duma: a name the gazetteer read as
    a place, with exactly the same words, is the place -- unless the actor is a state
    (a country is both) or the sentence uses it as a doer ("Douma said")."""
    place = place_by_span.get((mention.start, mention.end))
    if place is None or not mention.actor_id:
        return False
    actor = ctx.kb.get(mention.actor_id)
    return actor is not None and actor.type not in ("state", "generic")


def _only_a_site(mention: Mention) -> bool:
    """ "a town near the border with Turkey", "in Iraq's capital": a state named only as
    where something happened is no doer or target (kb/actors/sites.py noted it)."""
    return not {SITE_NOTE, BESIDE_NOTE}.isdisjoint(_notes(mention))


def _notes(mention: Mention) -> list[str]:
    return mention.note.split(";")


# "anti-ISIS coalition", "counter-ISIL strikes": a prefix naming whom its head fights
OPPOSING_PREFIXES = ("anti", "counter")
_PRONOUNS = frozenset(
    {"it", "its", "they", "them", "their", "he", "him", "his", "she", "her", "we", "us"}
)


def _index_by_token(doc: Any, mentions: list[Mention]) -> dict[int, Mention]:
    """Token -> mention; bare pronouns count only when the KB resolved them in context."""
    index: dict[int, Mention] = {}
    for mention in mentions:
        if _is_pronoun(mention.text) and mention.resolution != "context":
            continue
        found = expanded_range(doc, mention.start, mention.end)
        if found is None:
            continue
        for i in range(*found):
            index.setdefault(i, mention)
    return index


def _is_pronoun(text: str) -> bool:
    """'it', 'They' -- but not 'US', which is a country."""
    return text.lower() in _PRONOUNS and not text.isupper()


def evidence_of(ctx: ArticleContext, sent: Any) -> Evidence:
    # a slice of the doc's kept text: ``Span.text`` joins the sentence's tokens anew, and
    # every event and relation takes its sentence's evidence. Its bounds leave out the
    # whitespace around it: a parsed and an unparsed piece give the blank lines between two
    # sentences to different sides, and a fact's review key is built on these bounds, so a
    # neighbour's parse must not move them (nlp/staged.py)
    text = span_text(sent)
    words = text.strip()
    if not words:
        return Evidence(ctx.article.id, sent.start_char, sent.end_char, text)
    start = sent.start_char + len(text) - len(text.lstrip())
    return Evidence(ctx.article.id, start, start + len(words), words)


def record_id(article_id: str, sent_start: int, kind: str, trigger_offset: int) -> str:
    """Deterministic id: sha256 of article, sentence start, type and trigger offset."""
    key = f"{article_id}|{sent_start}|{kind}|{trigger_offset}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def anti_mention(mention: Mention, ctx: ArticleContext) -> bool:
    """The mention is the enemy named in an "anti-X" or "counter-X" modifier ("anti-Houthi
    forces", "counter-ISIL strikes"), not the side the phrase names (its text before ends in
    "anti-", or "anti - " as some copy spaces it)."""
    before = ctx.text[max(0, mention.start - 10) : mention.start].lower().replace(" ", "")
    return any(before.endswith(f"{prefix}-") for prefix in OPPOSING_PREFIXES)


def _side_word(mention: Mention, ctx: ArticleContext) -> bool:
    """A modifier naming whom the phrase's men are against or for ("anti-Houthi forces",
    "a pro-Iran militia group"): the men are neither the enemy nor the friend."""
    before = ctx.text[max(0, mention.start - 10) : mention.start].lower().replace(" ", "")
    return anti_mention(mention, ctx) or before.endswith("pro-")


def opposing_prefix(text: str) -> str:
    """ "anti-" or "counter-" when a mention's own text starts with one ("anti-ISIS
    coalition"), else ""."""
    lowered = text.lower()
    return next((f"{p}-" for p in OPPOSING_PREFIXES if lowered.startswith(f"{p}-")), "")


def doer_near(ctx: ArticleContext, token: Any | None) -> Mention | None:
    """The actor a doer's noun names; "anti-Houthi fighters" are not the Houthis."""
    found = actor_near(ctx, token)
    return None if found is None or anti_mention(found, ctx) else found


_UNSEEN = object()


def actor_near(ctx: ArticleContext, token: Any | None, *, depth: int = 3) -> Mention | None:
    """The actor mention a nominal argument names (None for no token), found once per
    token and depth while the actor index is unchanged (``near_found``)."""
    if token is None:
        return None
    if token.doc is not ctx.doc:
        return _actor_near(ctx, token, depth)
    found = ctx.near_found.get((token.i, depth), _UNSEEN)
    if found is _UNSEEN:
        found = ctx.near_found[token.i, depth] = _actor_near(ctx, token, depth)
    return found  # type: ignore[return-value]


def _actor_near(ctx: ArticleContext, token: Any, depth: int) -> Mention | None:
    """The actor mention a nominal argument names.

    The token's own mention wins unless it is generic and a compound, possessive or
    "of" modifier names someone specific ("ISIS fighters"); adjectives do not override
    a generic head ("Syrian rebels" stay rebels). Without a mention of its own, the
    nearest modifier's mention is taken ("Russian air strikes").
    """
    own = ctx.actor_at.get(token.i)
    if own is not None and not _is_generic(own) and not apposed_names(token, ctx.actor_at, ctx.place_at):
        return own
    found: list[Mention] = []
    placed: list[Mention] = []  # found mentions that name a place as well
    setting = token.lemma_.lower() in get_lexicon().relation_words("setting_nouns")
    frontier = apposed_names(token, ctx.actor_at, ctx.place_at) or [
        c
        for c in token.children
        if (_is_nominal_link(c, strict=own is not None) and not (setting and c.dep_ == "amod"))
        or _members_from(own, token, c)
    ]
    frontier += belonging_objects(token) if own is not None else []  # "rebels belonging to X"
    for _ in range(depth):
        nxt: list[Any] = []
        for tok in frontier:
            apposed = apposed_names(tok, ctx.actor_at, ctx.place_at)  # read once for both uses
            mention = None if apposed else ctx.actor_at.get(tok.i)
            # "the counter-ISIL coalition" is not ISIS
            if mention is not None and mention is not own and mention not in found and not _side_word(mention, ctx):
                found.append(mention)
                if tok.i in ctx.place_at:
                    placed.append(mention)
            nxt.extend(apposed or [c for c in tok.children if _is_nominal_link(c, strict=own is not None)])
        frontier = nxt
    specific = [m for m in found if not _is_generic(m)]
    if specific:
        # "Somalia's Al-Shabab group": a country named as a place says where, the group who
        return next((m for m in specific if m not in placed), specific[0])
    if any(c.lower_ == "whose" for c in token.children):
        owner = _whose_owner(ctx, token)  # "a movement whose fighters took T": its fighters
        if owner is not None:
            return owner
    if own is not None and own.text.lower() == token.text.lower():
        return postposed_side(ctx, token) or own  # "fighters loyal to the government"
    if own is not None:
        return own  # "Kurdish fighters backed by US jets" stay Kurdish fighters
    return found[0] if found else resolve_phrase(ctx, token)


def _whose_owner(ctx: ArticleContext, token: Any) -> Mention | None:
    """The named side a "whose" stands for: the noun its clause hangs on, or the name that
    noun describes ("the STC, a movement whose fighters ...")."""
    clause = token
    while clause.dep_ != "relcl" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    noun = clause.head
    owner = ctx.actor_at.get(noun.i)
    if (owner is None or _is_generic(owner)) and noun.dep_ == "appos":
        owner = ctx.actor_at.get(noun.head.i)
    return owner if owner is not None and not _is_generic(owner) else None


def _members_from(own: Mention | None, token: Any, child: Any) -> bool:
    """ "Fighters from X's insurgent group attacked": a class of a party's men says whose
    men they are by "from" as by "of" (``member_from_nouns`` in events.yaml); not
    "refugees from Syria", which no such noun names."""
    return (
        own is not None
        and child.dep_ == "prep"
        and child.lower_ == "from"
        and token.lemma_.lower() in get_lexicon().events["member_from_nouns"]
    )


def first_actor(tokens: list[Any], ctx: ArticleContext) -> Mention | None:
    """The first of the tokens that names an actor."""
    for tok in tokens:
        mention = actor_near(ctx, tok)
        if mention is not None:
            return mention
    return None


def _is_generic(mention: Mention) -> bool:
    return not mention.actor_id or mention.actor_id.startswith(GENERIC_PREFIX)


def _is_nominal_link(tok: Token, *, strict: bool = False) -> bool:
    if tok.dep_ == "amod" and (strict or tok.pos_ == "VERB"):
        return False
    if tok.dep_ in NOMINAL_ARG_DEPS:
        return True
    return (tok.dep_ == "prep" and tok.lower_ == "of") or tok.dep_ == "pobj"


def is_reporter(ctx: ArticleContext, actor_id: str) -> bool:
    """A news outlet: it reports acts and relations, it is not a party to them."""
    actor = ctx.kb.get(actor_id) if actor_id else None
    return actor is not None and actor.type == "media"


def mention_actor_id(mention: Mention | None) -> str:
    return mention.actor_id if mention is not None else ""


def mention_text(mention: Mention | None) -> str:
    return mention.text if mention is not None else ""


def on_path_up(tok: Any, until: int, passes: Callable[[Any], bool]) -> bool:
    """Whether a token on the path from ``tok`` up to the token ``until`` (not that one)
    passes the test: a clause or a backing verb between an act and a word above it."""
    current = tok
    while current.i != until and current.head.i != current.i:
        if passes(current):
            return True
        current = current.head
    return False
