"""The extraction lexicons, read once per process from the YAML files in ``data/``.

Every trigger word, cue phrase and mode mapping lives in those files; the code only
knows how to apply them. :func:`get_lexicon` caches the parsed, compiled result.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any, cast

from frontwatch.nlp.treearrays import lemma_forms, lower_forms
from frontwatch.yamldata import load_data

_FILES = ("events", "modes", "cues", "relations")


@dataclass(frozen=True)
class Lexicon:
    """Parsed lexicon tables plus regexes compiled from them."""

    events: dict[str, Any]
    modes: dict[str, Any]
    cues: dict[str, Any]
    relations: dict[str, Any]
    instrument_re: re.Pattern[str]
    instrument_modes: dict[str, str]
    mode_priority: dict[str, int]
    word_sets: dict[tuple[str, str, str], frozenset[str]] = field(default_factory=dict)
    # the certainty word sets by key alone: the claim rules ask some 150,000 times a sample run
    certainty_sets: dict[str, frozenset[str]] = field(default_factory=dict)

    @property
    def verbs(self) -> dict[str, dict[str, Any]]:
        verbs: dict[str, dict[str, Any]] = self.events["verbs"]
        return verbs

    @property
    def nouns(self) -> dict[str, dict[str, Any]]:
        nouns: dict[str, dict[str, Any]] = self.events["nouns"]
        return nouns

    def verb_key_starts(self) -> frozenset[str]:
        """Every verb key and each of its beginnings at a space ("hold" of "hold
        responsible"): a verb whose lemma is none of them starts no key."""
        return self._cached(
            ("events", "verbs", "key starts"), lambda: _key_parts(self.verbs, head=True)
        )

    def noun_key_ends(self) -> frozenset[str]:
        """Every noun key and each of its ends after a space ("bomb" of "car bomb"): a noun
        whose lemma is none of them ends no key."""
        return self._cached(
            ("events", "nouns", "key ends"), lambda: _key_parts(self.nouns, head=False)
        )

    def object_class(self, name: str) -> frozenset[str]:
        return self._words("events", "object_classes", name)

    def certainty(self, key: str) -> frozenset[str]:
        found = self.certainty_sets.get(key)
        if found is None:
            found = self.certainty_sets[key] = self._words("cues", "certainty", key)
        return found

    def casualty(self, key: str) -> frozenset[str]:
        return self._words("cues", "casualties", key)

    def relation_words(self, key: str) -> frozenset[str]:
        return self._words("relations", "relations", key)

    def control_words(self, key: str) -> frozenset[str]:
        return self._words("relations", "control", key)

    def idiom_objects(self) -> frozenset[str]:
        """Objects that make a verb an idiom, no deed ("took advantage", "took place")."""
        return self.tie_words("idiom_objects")

    def capture_idioms(self) -> frozenset[str]:
        """Objects that make a verb of taking take no ground: the idioms plus control's
        ``ground_idiom_objects`` ("seized the initiative", "took part", "took up positions")."""
        return self.idiom_objects() | self.control_words("ground_idiom_objects")

    def tie_words(self, key: str) -> frozenset[str]:
        """A word list of ``article_ties`` (relations.yaml): words read once a cue has
        fired or a whole article is read, never cue words themselves."""
        return self._words("relations", "article_ties", key)

    def armed_side_words(self, key: str) -> frozenset[str]:
        """A word list of ``armed_sides`` (relations.yaml): which actors are sides of a war."""
        return self._words("relations", "armed_sides", key)

    def guard_words(self, key: str) -> frozenset[str]:
        """A word list of ``article_ties.tie_guards`` (relations.yaml), lower-cased."""
        return self._cached(
            ("relations", "article_ties.tie_guards", key), lambda: frozenset(w.lower() for w in self._guards()[key])
        )

    def _guards(self) -> dict[str, list[str]]:
        return cast(dict[str, list[str]], self.relations["article_ties"]["tie_guards"])

    def harm_verbs(self) -> frozenset[str]:
        """The verbs of killing and of wounding (``casualties``: killed_verbs, injured_verbs)."""
        return self._cached(
            ("cues", "casualties", "killed_verbs|injured_verbs"),
            lambda: self.casualty("killed_verbs") | self.casualty("injured_verbs"),
        )

    def _words(self, table: str, section: str, key: str) -> frozenset[str]:
        # looked up first: the rules ask for word sets some 500,000 times a sample run, and
        # building the closure below on every call cost more than the look-up
        found = self.word_sets.get((table, section, key))
        if found is not None:
            return found
        return self._cached(
            (table, section, key), lambda: frozenset(getattr(self, table)[section].get(key, ()))
        )

    def _cached(
        self, cache_key: tuple[str, str, str], build: Callable[[], frozenset[str]]
    ) -> frozenset[str]:
        """A word set built once (the lexicon is shared and never changes)."""
        found = self.word_sets.get(cache_key)
        if found is None:
            found = build()
            self.word_sets[cache_key] = found
        return found


def _key_parts(keys: Iterable[str], *, head: bool) -> frozenset[str]:
    """The keys, and each one's words up to (``head``) or from a space."""
    parts = set(keys)
    for key in list(parts):
        spaces = [i for i, ch in enumerate(key) if ch == " "]
        parts.update(key[:i] if head else key[i + 1 :] for i in spaces)
    return frozenset(parts)


def _read(name: str) -> dict[str, Any]:
    text = resources.files("frontwatch.extract").joinpath("data", f"{name}.yaml").read_text("utf-8")
    return parse_table(text, f"extract/data/{name}.yaml")


def parse_table(text: str, where: str) -> dict[str, Any]:
    """A lexicon file's tables; a boolean in a word list is an error: YAML reads an unquoted
    on, off, yes or no as one, so the word would silently never match."""
    data = cast(dict[str, Any], load_data(text))
    _reject_booleans(data, where)
    return data


def _reject_booleans(value: Any, where: str) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            _reject_booleans(item, f"{where}: {key}")
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, bool):
                raise ValueError(  # noqa: TRY004 - bad data, as the loader's other errors
                    f"{where}: {item} in a word list (unquoted on/off/yes/no): quote the word"
                )
            _reject_booleans(item, where)


def _with_shared(value: Any, shared: dict[str, list[str]], where: str) -> Any:
    """The parsed value with every "$name" in a list replaced by shared.yaml's list."""
    if isinstance(value, dict):
        return {k: _with_shared(v, shared, f"{where}: {k}") for k, v in value.items()}
    if not isinstance(value, list):
        return value
    out: list[Any] = []
    for item in value:
        if isinstance(item, str) and item.startswith("$"):
            if item[1:] not in shared:
                raise ValueError(f"extract/data/{where}: unknown shared list {item!r}")
            out.extend(shared[item[1:]])
        else:
            out.append(_with_shared(item, shared, where))
    return out


def _instrument_regex(instruments: list[dict[str, str]]) -> re.Pattern[str]:
    phrases = sorted((i["phrase"] for i in instruments), key=len, reverse=True)
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"[\s-]?") for p in phrases)
    return re.compile(rf"\b({alternatives})(?:e?s)?\b", re.IGNORECASE)


def _normalise(phrase: str) -> str:
    return re.sub(r"[\s-]+", " ", phrase.lower()).strip()


@lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    """The lexicon, loaded from the packaged YAML on first use."""
    shared = _read("shared")
    tables = {name: _with_shared(_read(name), shared, f"{name}.yaml") for name in _FILES}
    instruments = tables["modes"]["instruments"]
    modes: dict[str, int] = {}
    for item in instruments:
        modes.setdefault(item["mode"], len(modes))
    return Lexicon(
        events=tables["events"],
        modes=tables["modes"],
        cues=tables["cues"],
        relations=tables["relations"],
        instrument_re=_instrument_regex(instruments),
        instrument_modes={_normalise(i["phrase"]): i["mode"] for i in instruments},
        mode_priority=modes,
    )


def lemma_of(tok: Any) -> str:
    """The token's lemma, mending past forms the lemmatizer leaves alone; found for the
    whole doc at its first ask (the rules ask some 100,000 times a sample run, most words
    many times: reading both forms of the token each time cost more than the answer)."""
    doc = tok.doc
    found: list[str] | None = doc.user_data.get(_MENDED_KEY)
    if found is None or len(found) != len(doc):
        irregular: dict[str, str] = get_lexicon().events["irregular_lemmas"]
        found = doc.user_data[_MENDED_KEY] = [  # as lemma_of_words, the lexicon read once
            irregular.get(lower) or lemma.lower()
            for lower, lemma in zip(lower_forms(doc), lemma_forms(doc), strict=True)
        ]
    index: int = tok.i
    return found[index]


_MENDED_KEY = "frontwatch_mended_lemmas"


def lemma_of_words(lower: str, lemma: str) -> str:
    """:func:`lemma_of` from a token's lower-case form and lemma."""
    irregular: dict[str, str] = get_lexicon().events["irregular_lemmas"]
    return irregular.get(lower) or lemma.lower()


def refers_back(noun: Any) -> bool:
    """Whether a determiner of ``back_reference_determiners`` makes the noun point back to
    something told before ("the strikes", "these reports")."""
    dets = get_lexicon().events["back_reference_determiners"]
    return any(c.dep_ == "det" and c.lower_ in dets for c in noun.children)


def instrument_mode(lexicon: Lexicon, phrase: str) -> str:
    """The mode an instrument phrase (as matched in text) stands for."""
    key = _normalise(phrase)
    for candidate in (key, key.rstrip("s"), key.removesuffix("es")):
        if candidate in lexicon.instrument_modes:
            return lexicon.instrument_modes[candidate]
    return ""


def cue_lemmas() -> frozenset[str]:
    """Every content word a fact can hang on: event triggers, relation and control cues,
    casualty words (what the sentence gate lets through to the full parse); and the verbs
    of verifying, whose sentence ("The reports could not be verified.") hedges its neighbours."""
    lexicon = get_lexicon()
    casualties = lexicon.cues["casualties"]
    sources: list[Any] = [
        list(lexicon.verbs),
        list(lexicon.nouns),
        lexicon.events["irregular_lemmas"],
        lexicon.relations["relations"],
        # prepositions, actor kinds and marks of control cues only qualify a capture verb
        {
            k: v
            for k, v in lexicon.relations["control"].items()
            if not k.endswith(_QUALIFIER_SUFFIXES)
        },
        [casualties[k] for k in ("killed_verbs", "injured_verbs", "killed_nouns", "injured_nouns")],
        lexicon.cues["certainty"]["unverified_verbs"],
    ]
    words = _phrase_words(p for source in sources for p in _leaf_strings(source))
    # a demand modal makes an event of its own ("X said Y must leave"), though a stop word;
    # the other stance words only qualify an event that has its own trigger
    modal_words = set(lexicon.events["stance"].get("demand_modals", ()))
    return frozenset({w for w in words if len(w) > 2} | modal_words)


def relation_cue_words() -> frozenset[str]:
    """The words of the relation cue lists (``relations`` in relations.yaml) and the
    irregular past forms of those words ("fought"): no relation cue hangs on a token
    whose lemma and form are none of them (extract/cuegate.py)."""
    lexicon = get_lexicon()
    entries = [entry.lower() for entry in _leaf_strings(lexicon.relations["relations"])]
    words = _phrase_words(entries) | set(entries)  # whole entries too: "arch-enemy"
    irregular: dict[str, str] = lexicon.events["irregular_lemmas"]
    return frozenset(words | {form for form, lemma in irregular.items() if lemma in words})


@cache  # the lexicon never changes within a process
def control_cue_words(keys: tuple[str, ...]) -> frozenset[str]:
    """The words of the control cue lists ``keys`` (``control`` in relations.yaml): no
    control cue hangs on a token whose lemma and form are none of them (extract/control.py)."""
    lexicon = get_lexicon()
    return frozenset(_phrase_words(e for key in keys for e in lexicon.control_words(key)))


def _phrase_words(phrases: Iterable[str]) -> set[str]:
    """The cue words of lexicon entries: a phrase's function words ("under the control
    of") are no cue; a one-word entry is one even if it is a stop word ("back", "alongside")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words: set[str] = set()
    for phrase in phrases:
        found = _WORD.findall(phrase.lower())
        words.update(found if len(found) == 1 else (w for w in found if w not in STOP_WORDS))
    return words


_WORD = re.compile(r"[a-z]+")
_QUALIFIER_SUFFIXES = ("_preps", "_types", "_sectors", "_marks")


def _leaf_strings(value: Any) -> Iterator[str]:
    """The strings in a parsed YAML value (mapping values, not the section names)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _leaf_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _leaf_strings(item)
