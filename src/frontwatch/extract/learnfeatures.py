"""Candidate actor pairs of a parsed article and their name-free features, for the learned
relation extractor (extract/learnrel.py) and its training script (scripts/learnrel_train.py).

A candidate is two resolved actor mentions of one sentence, in text order. Its features
name no actor, place or sentence: the lemmas between and around the two mentions with
proper nouns and entity words masked, the dependency path between their heads (labels,
and the lemmas of the verbs and prepositions on it), the two actors' types and sectors
from the knowledge base, whether the knowledge base already puts one under the other,
what the rules said of the pair, the distance, and negation or hedge cues.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from frontwatch.extract.certainty import claim_for
from frontwatch.extract.context import ArticleContext
from frontwatch.nlp.charspans import expanded_span
from frontwatch.nlp.docspans import sentences
from frontwatch.records import Mention, Relation

WINDOW = 3  # words either side of the pair
_PATH_POS = frozenset({"VERB", "ADP", "AUX", "NOUN"})
_MASKED_POS = frozenset({"PROPN", "NUM", "PUNCT", "SPACE", "X", "SYM"})


@dataclass(slots=True)
class Candidate:
    """Two resolved actor mentions of one sentence, the first before the second."""

    first: Mention
    second: Mention
    sent: Any
    anchor: Any  # the token that joins their heads in the parse (the sentence root else)
    features: set[str] = field(default_factory=set)
    verbs: list[Any] = field(default_factory=list)  # the verbs on the path, the anchor first


def candidates(ctx: ArticleContext, rule_relations: list[Relation]) -> list[Candidate]:
    """The article's candidate pairs with their features."""
    doc = ctx.doc
    by_sent: dict[int, list[tuple[Mention, Any]]] = {}
    for mention in ctx.actor_mentions:
        if not mention.actor_id:
            continue
        span = expanded_span(doc, mention.start, mention.end)
        if span is None or len(span) == 0:
            continue
        by_sent.setdefault(span.sent.start, []).append((mention, span))
    said = _rule_kinds(rule_relations)
    masked = {t.i for pairs in by_sent.values() for _, span in pairs for t in span}
    out = []
    for sent in sentences(doc):
        found = sorted(by_sent.get(sent.start, []), key=lambda ms: ms[1].start)
        for i, (m1, s1) in enumerate(found):
            for m2, s2 in found[i + 1 :]:
                if s2.start < s1.end or _same_actor(m1.actor_id, m2.actor_id, ctx):
                    continue
                anchor = _joining_token(s1.root, s2.root) or sent.root
                verbs = _path_verbs(s1.root, s2.root, anchor)
                cand = Candidate(m1, m2, sent, anchor, verbs=verbs)
                cand.features = features_of(s1, s2, sent, verbs, masked, ctx)
                cand.features |= _kb_features(m1.actor_id, m2.actor_id, ctx)
                cand.features |= _rule_features(m1.actor_id, m2.actor_id, sent, said, ctx)
                out.append(cand)
    return out


def features_of(
    s1: Any, s2: Any, sent: Any, verbs: list[Any], masked: set[int], ctx: ArticleContext
) -> set[str]:
    """The word, path, distance and cue features of one pair of mention spans (``verbs``:
    the token joining their heads, then the verbs below it)."""
    doc, anchor = sent.doc, verbs[0]
    feats = {"bias"}
    between = list(doc[s1.end : s2.start])
    feats |= {f"bw={_word(t, masked)}" for t in between if _word(t, masked)}
    before = doc[max(sent.start, s1.start - WINDOW) : s1.start]
    after = doc[s2.end : min(sent.end, s2.end + WINDOW)]
    feats |= {f"bf={_word(t, masked)}" for t in before if _word(t, masked)}
    feats |= {f"af={_word(t, masked)}" for t in after if _word(t, masked)}
    gap = len(between)
    feats.add("dist=" + ("0-2" if gap < 3 else "3-6" if gap < 7 else "7-14" if gap < 15 else "15+"))
    up1, up2 = _up_to(s1.root, anchor), _up_to(s2.root, anchor)
    if up1 is None or up2 is None:
        feats.add("path=none")
    else:
        labels = [t.dep_ for t in up1] + ["^"] + [t.dep_ for t in reversed(up2)]
        feats.add("path=" + "/".join(labels))
        feats.add(f"ends={s1.root.dep_}>{s2.root.dep_}")
        for t in [*up1[1:], anchor, *up2[1:]]:
            if t.pos_ in _PATH_POS and t.i not in masked:
                feats.add(f"pv={t.lemma_.lower()}")
    feats.add(f"anchor={anchor.lemma_.lower() if anchor.i not in masked else 'ENT'}")
    if any(t.dep_ == "neg" for t in sent):
        feats.add("cue=neg")
    feats |= {f"cert={claim_for(verb, ctx).certainty}" for verb in verbs}
    return feats


def _path_verbs(a: Any, b: Any, anchor: Any) -> list[Any]:
    """The anchor, then the verbs between it and either head ("suspected of arming")."""
    below = [t for up in (_up_to(a, anchor), _up_to(b, anchor)) for t in (up or [])[1:]]
    return [anchor, *(t for t in below if t.pos_ == "VERB")]


def _word(token: Any, masked: set[int]) -> str:
    """The token's lemma, or ENT for a name or entity word, or '' for punctuation."""
    if token.pos_ in ("PUNCT", "SPACE", "SYM"):
        return ""
    if token.i in masked or token.pos_ in _MASKED_POS or token.ent_type_:
        return "ENT"
    return str(token.lemma_.lower())


def _up_to(token: Any, top: Any) -> list[Any] | None:
    """The tokens from ``token`` up to (not including) ``top``; None if ``top`` is not above."""
    path = []
    while token.i != top.i:
        path.append(token)
        if token.head.i == token.i:
            return None
        token = token.head
    return path


def _joining_token(a: Any, b: Any) -> Any:
    above = {t.i for t in [a, *a.ancestors]}
    return next((t for t in [b, *b.ancestors] if t.i in above), None)


def _same_actor(a: str, b: str, ctx: ArticleContext) -> bool:
    return a == b or ctx.kb.top_of(a) == ctx.kb.top_of(b)


def _kb_features(a: str, b: str, ctx: ArticleContext) -> set[str]:
    kb, date = ctx.kb, ctx.published
    feats = set()
    one, two = kb.get(a), kb.get(b)
    t1 = one.type if one is not None else "none"
    t2 = two.type if two is not None else "none"
    feats |= {f"t1={t1}", f"t2={t2}", f"tt={t1}|{t2}"}
    if one is not None and two is not None:
        feats |= {f"s1={one.sector or 'none'}", f"s2={two.sector or 'none'}"}
        if one.country and one.country == two.country:
            feats.add("kb=same-country")
    if b in kb.umbrellas_of(a, date) or a in kb.umbrellas_of(b, date):
        feats.add("kb=member")
    return feats


def _rule_kinds(relations: list[Relation]) -> dict[tuple[str, str], list[tuple[int, str]]]:
    """What the rules found, by ordered actor pair: (sentence offset, kind:certainty)."""
    said: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for rel in relations:
        start = rel.evidence.start if rel.evidence is not None else -1
        tag = f"{rel.kind}:{rel.claim.certainty}"
        said.setdefault((rel.source_actor, rel.target_actor), []).append((start, tag))
    return said


def _rule_features(
    a: str, b: str, sent: Any, said: dict[tuple[str, str], list[tuple[int, str]]], ctx: Any
) -> set[str]:
    """The rules' kinds for the pair: in this sentence, or elsewhere in the article."""
    feats = set()
    sides = {(a, b), (ctx.kb.side_for(a, ctx.published), ctx.kb.side_for(b, ctx.published))}
    for one, two in sides:
        for mark, key in ((">", (one, two)), ("<", (two, one))):
            for start, tag in said.get(key, ()):
                here = sent.start_char <= start < sent.end_char
                feats.add(f"rule{mark}{tag}" if here else f"art{mark}{tag.split(':')[0]}")
    return feats or {"rule=none"}
