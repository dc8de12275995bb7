"""Read news phrases made of modifiers and a head noun: "Iranian-backed militias".

This module only splits a phrase into its parts using the rules in data/phrases.yaml;
:mod:`frontwatch.kb.actors.kb` decides which actor the parts add up to.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache, partial
from importlib import resources
from typing import Any

from frontwatch.kb.actors.names import normalise, strip_accents
from frontwatch.yamldata import load_data

PHRASES_WHERE = "frontwatch/kb/actors/data/phrases.yaml"
_MAX_HEAD_TOKENS = 3
# a weapon's model designator ("Mi-35", "Su-24", "F-16", "MQ-9"): letters, a hyphen, digits
#   (never "M23", a name); it says which machine, never whose, so the owner word before it
#   still names the side
_MODEL = re.compile(r"^[a-z]{1,4}-\d{1,4}[a-z]{0,2}$")


@dataclass(frozen=True, slots=True)
class HeadGroup:
    branch: str
    note: str
    words: frozenset[str]


_LINKED_HEADS = HeadGroup("military", "", frozenset())  # read as an armed side's forces
# a head found in a phrase: how many of its last words it takes, and their group (None: a generic)
_Found = tuple[int, HeadGroup | None]


ASSET_NOTE = "asset"  # the note of the heads naming what an attack hits of a side
REFINED_IN = "refined_in:"  # the note of a refinement kept only in copy about one state


@dataclass(frozen=True, slots=True)
class Refinement:
    generic: str
    relation: str
    actors: frozenset[str]
    becomes: str
    since: dt.date | None = None
    in_state: str = ""  # only in copy about this state (kb/actors/articlestate.py settles it)
    undated_current: bool = False  # undated copy takes it too: a coalition read as today's


@dataclass(slots=True)
class PhraseRules:
    relations: dict[str, str] = field(default_factory=dict)
    heads: list[HeadGroup] = field(default_factory=list)
    refinements: list[Refinement] = field(default_factory=list)
    qualifiers: dict[str, str] = field(default_factory=dict)
    unarmed_sectors: frozenset[str] = frozenset()  # "Kurdish civilians": no qualifier's class
    owners: dict[str, str] = field(default_factory=dict)
    holder_words: frozenset[str] = frozenset()  # "government-held positions": the government's
    ship_prefixes: dict[str, str] = field(default_factory=dict)  # "USS Carney": the US's navy
    names_read_as_words: dict[str, str] = field(default_factory=dict)  # "IS": read as "Daesh"
    armed_peoples: dict[str, str] = field(default_factory=dict)  # "the Kurds seized X": their forces
    armed_doer_verbs: frozenset[str] = frozenset()  # ... of these verbs (lemmas)
    losing_verbs: frozenset[str] = frozenset()  # "lost X to the Kurds"
    leader_words: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()  # words before a name that are no first name
    collective_heads: frozenset[str] = frozenset()
    unattributed_words: frozenset[str] = frozenset()  # "unidentified jets": no antecedent
    others_words: frozenset[str] = frozenset()  # "X and allied rebels": not X
    theatre: tuple[str, ...] = ()
    degree_words: frozenset[str] = frozenset()
    rivalry_words: frozenset[str] = frozenset()  # "rival factions"; not "the rival government"
    scope_words: frozenset[str] = frozenset()  # "the US-led international alliance"
    craft_words: frozenset[str] = frozenset()  # "Russian attack helicopters": what kind of craft
    placed_in: frozenset[str] = frozenset()  # "Kurdish fighters in Syria": the class's country
    mass_heads: frozenset[str] = frozenset()  # "with military force": a named owner or backer only
    linked_heads: dict[str, str] = field(default_factory=dict)  # "Turkish-backed factions"
    backer_heads: frozenset[str] = frozenset()  # "Iranian proxies": the owner word backs them
    possessed_backed_heads: frozenset[str] = frozenset()  # "Iran's militias": Iran backs them
    possessed_own_heads: frozenset[str] = frozenset()  # "Syria's rebels": Syria's own, unbacked
    sponsor_nouns: frozenset[str] = frozenset()  # "with backing from Russia": Russia backs
    patron_turns: frozenset[str] = frozenset()  # "turned to Egypt for weapons": Egypt backs
    kept_states: frozenset[str] = frozenset()  # "kept afloat by Russia": Russia backs
    ally_heads: frozenset[str] = frozenset()  # "its Russian allies": Russia is someone's ally
    command_heads: frozenset[str] = frozenset()  # "pro-<person> troops": whom he commands
    group_heads: frozenset[str] = frozenset()  # "militias loyal to <person>": his armed group only
    class_heads_after_names: frozenset[str] = frozenset()  # "IS militants": the group's
    government_heads: frozenset[str] = frozenset()  # "the government of <person>": his state's
    side_links: tuple[str, ...] = ()  # "pro-army militias": the phrase names its side
    command_links: frozenset[str] = frozenset()  # "forces loyal to <person>": his men
    unled_loyalists: str = ""  # ... when the person commands no one at the date
    possessors: frozenset[str] = frozenset()  # "its fighters": the side named before owns them
    definite: frozenset[str] = frozenset()  # determiners: "the group" may be one named before
    indefinite: frozenset[str] = frozenset()  # "a group", "no group" never is
    skipped: frozenset[str] = frozenset()  # dropped before the head: determiners, quantities

    def instrument_words(self) -> frozenset[str]:
        """The one-word heads that name a weapon or craft ("jets", "helicopters", "drones")."""
        return frozenset(
            w for h in self.heads if h.note.startswith("instrument:") for w in h.words if " " not in w
        )


@dataclass(slots=True)
class Phrase:
    """A phrase split into who owns it, who backs/leads/allies it, and its head noun."""

    head: str
    head_group: HeadGroup | None
    owner: str = ""
    links: list[tuple[str, str]] = field(default_factory=list)  # (relation, name text)
    qualifiers: list[str] = field(default_factory=list)  # generic ids
    degree: bool = False  # a word of degree was dropped ("the mainly Sunni rebels")
    possessive: bool = False  # the owner word bore a possessive mark ("the rebels' positions")


@lru_cache(maxsize=1)
def load_phrase_rules() -> PhraseRules:
    text = (
        resources.files("frontwatch.kb.actors").joinpath("data", "phrases.yaml").read_text("utf-8")
    )
    data: dict[str, Any] = load_data(text)
    determiners = _determiners(data)
    rules = PhraseRules(
        relations=dict(data.get("relations") or {}),
        qualifiers=dict(data.get("qualifiers") or {}),
        unarmed_sectors=frozenset(data.get("unarmed_sectors") or ()),
        owners=dict(data.get("owners") or {}),
        holder_words=frozenset(data.get("holder_words") or ()),
        ship_prefixes={str(k): str(v) for k, v in (data.get("ship_prefixes") or {}).items()},
        armed_peoples=dict(data.get("armed_peoples") or {}),
        names_read_as_words=_names_read_as_words(data),
        armed_doer_verbs=frozenset((data.get("armed_acts") or {}).get("doers") or ()),
        losing_verbs=frozenset((data.get("armed_acts") or {}).get("losing") or ()),
        leader_words=frozenset(data.get("leader_words") or ()),
        titles=frozenset(str(w).lower() for w in data.get("titles") or ()),
        collective_heads=frozenset(data.get("collective_heads") or ()),
        unattributed_words=frozenset(data.get("unattributed_words") or ()),
        others_words=frozenset(data.get("others_words") or ()),
        degree_words=frozenset(data.get("degree_words") or ()),
        rivalry_words=frozenset(data.get("rivalry_words") or ()),
        scope_words=frozenset(data.get("scope_words") or ()),
        craft_words=frozenset(data.get("craft_words") or ()),
        placed_in=frozenset(data.get("placed_in") or ()),
        mass_heads=frozenset(data.get("mass_heads") or ()),
        linked_heads={normalise(w): c for w, c in (data.get("linked_heads") or {}).items()},
        backer_heads=frozenset(data.get("backer_heads") or ()),
        possessed_backed_heads=frozenset(data.get("possessed_backed_heads") or ()),
        possessed_own_heads=frozenset(data.get("possessed_own_heads") or ()),
        sponsor_nouns=frozenset(data.get("sponsor_nouns") or ()),
        patron_turns=frozenset(data.get("patron_turns") or ()),
        kept_states=frozenset(data.get("kept_states") or ()),
        ally_heads=frozenset(data.get("ally_heads") or ()),
        command_heads=frozenset(data.get("command_heads") or ()),
        group_heads=frozenset(data.get("group_heads") or ()),
        class_heads_after_names=frozenset(data.get("class_heads_after_names") or ()),
        government_heads=frozenset(data.get("government_heads") or ()),
        side_links=tuple(data.get("side_links") or ()),
        command_links=frozenset(data.get("command_links") or ()),
        unled_loyalists=str(data.get("unled_loyalists") or ""),
        possessors=frozenset(data.get("possessors") or ()),
        theatre=tuple(data.get("theatre_states") or ()),
        definite=determiners["definite"],
        indefinite=determiners["indefinite"],
        skipped=frozenset().union(*determiners.values()),
    )
    for group in data.get("heads") or []:
        words = frozenset(normalise(w) for w in group["words"])
        rules.heads.append(HeadGroup(group["branch"], group.get("note") or "", words))
    for item in data.get("refinements") or []:
        since = item.get("since")
        rules.refinements.append(
            Refinement(
                item["generic"],
                item["relation"],
                frozenset(item["actors"]),
                item["becomes"],
                since if isinstance(since, dt.date) else None,
                str(item.get("in_state") or ""),
                item.get("undated") == "current",
            )
        )
    return rules


def _determiners(data: dict[str, Any]) -> dict[str, frozenset[str]]:
    """The determiner lists of phrases.yaml, checked: each a list of lower-case words (an
    unquoted "no" reads as false)."""
    table = data.get("determiners") or {}
    found = {}
    for key in ("definite", "indefinite", "quantities"):
        words = table.get(key)
        if not isinstance(words, list) or not all(
            isinstance(w, str) and w.islower() for w in words
        ):
            raise ValueError(f"{PHRASES_WHERE}: determiners: {key} must list lower-case words")
        found[key] = frozenset(words)
    return found


def _names_read_as_words(data: dict[str, Any]) -> dict[str, str]:
    """names_read_as_words, checked: each a name in capitals ("IS") and one word the model
    reads as a name ("ISIS"), both letters only."""
    table = data.get("names_read_as_words") or {}
    for name, spelled in table.items():
        if not (isinstance(name, str) and name.isalpha() and name.isupper()):
            raise ValueError(f"{PHRASES_WHERE}: names_read_as_words: {name!r} must be a name in capitals")
        if not (isinstance(spelled, str) and spelled.isalpha()):
            raise ValueError(f"{PHRASES_WHERE}: names_read_as_words: {name}: {spelled!r} must be one word")
    return dict(table)


def phrase_tokens(text: str) -> list[str]:
    """Lower-cased, accent-free tokens; hyphenated modifiers stay whole."""
    cleaned = strip_accents(text).lower().replace("’", "'")
    return [t.strip(',;:"()') for t in cleaned.split() if t.strip(',;:"()')]


def is_number(token: str) -> bool:
    """ "2,000", "1.5", "300": a count before a head names no one ("2,000 Iran-backed forces")."""
    return token.replace(",", "").replace(".", "").isdigit()


def core_text(text: str) -> str:
    """The text without leading determiners and numbers: '12 civilians' -> 'civilians'."""
    tokens = text.split()
    skipped = load_phrase_rules().skipped
    while tokens and (tokens[0].lower() in skipped or is_number(tokens[0])):
        tokens = tokens[1:]
    return " ".join(tokens)


def name_core(text: str) -> str:
    """The core text without the leading words of degree or plight too: 'allied Russian
    mercenaries', 'the beleaguered Syrian Arab Army' name whom the rest names."""
    tokens = core_text(text).split()
    rules = load_phrase_rules()
    while len(tokens) > 1 and _of_degree(tokens[0].lower(), tokens[-1].lower(), rules):
        tokens = tokens[1:]
    return " ".join(tokens)


def _of_degree(word: str, head: str, rules: PhraseRules) -> bool:
    """A leading word that says how much or whom a side opposes, not who it is."""
    rivalry = word in rules.rivalry_words and head not in rules.government_heads
    return word in rules.degree_words or rivalry


def without_craft_words(text: str) -> str:
    """ "army Mi-17 helicopter" -> "army helicopter": the model and the kind of craft say
    which machine, never whose ('' when there are none, so callers look no further)."""
    rules = load_phrase_rules()
    tokens = text.split()
    kept = [t for t in tokens if t.lower() not in rules.craft_words and not _MODEL.match(t.lower())]
    return " ".join(kept) if len(kept) < len(tokens) else ""


def split_phrase(text: str, rules: PhraseRules, is_head: Any) -> Phrase | None:
    """Split into modifiers and head; ``is_head(key)`` says whether a key is a generic head."""
    tokens = phrase_tokens(text)
    while tokens and (tokens[0] in rules.skipped or is_number(tokens[0])):
        tokens = tokens[1:]
    if not tokens or "and" in tokens or "or" in tokens:
        return None
    # "Iran's proxy forces": a backer head ends in a head word of its own ("forces"); so
    #   may a linked head ("Iran-backed paramilitary forces"), which wins when it is longer
    linked = _linked_head(tokens, rules)
    found = _linked_head(tokens, rules, backers_only=True) or _longer(
        linked, _find_head(tokens, rules, is_head)
    )
    if found is None:
        return None
    size, group = found
    if group is not None and group.note == ASSET_NOTE and _capitalised_head(text, size):
        return None  # "al-Asad Air Base", "the Taji Military Base": a site's own name
    phrase = Phrase(normalise(" ".join(tokens[-size:])), group)
    if not _read_modifiers(tokens[:-size], rules, phrase):
        return None
    return phrase


def _capitalised_head(text: str, size: int) -> bool:
    """Whether the phrase's last ``size`` words are written with capitals, as a name is."""
    words = text.split()[-size:]
    return len(words) == size and all(w[:1].isupper() for w in words)


def _longer(linked: _Found | None, head: _Found | None) -> _Found | None:
    """The head found, or the linked head when it takes more of the phrase's words."""
    if linked is not None and (head is None or linked[0] > head[0]):
        return linked
    return head


def _find_head(
    tokens: list[str], rules: PhraseRules, is_head: Any
) -> _Found | None:
    for size in range(min(_MAX_HEAD_TOKENS, len(tokens)), 0, -1):
        key = normalise(" ".join(tokens[-size:]))
        group = next((g for g in rules.heads if key in g.words), None)
        if group is not None:
            return size, group
        if is_head(key):
            return size, None
    return None


def _linked_head(
    tokens: list[str], rules: PhraseRules, *, backers_only: bool = False
) -> tuple[int, HeadGroup] | None:
    """ "Turkish-backed factions": a head of ``linked_heads``, read only when a backer or
    ally is named before it (without one, "the Faylaq al-Sham faction" reads as before);
    ``backers_only``: only a head of ``backer_heads``, whose owner word is the backer."""
    linked = any(
        t.startswith("pro-") or ("-" in t and t.rsplit("-", 1)[1] in rules.relations)
        for t in tokens[:-1]
    )
    for size in range(min(_MAX_HEAD_TOKENS, len(tokens) - 1), 0, -1):
        key = normalise(" ".join(tokens[-size:]))
        # "Iranian proxies": a backer head's modifier is its sponsor, a link of its own
        backer = key in rules.backer_heads
        if key in rules.linked_heads and (backer or (linked and not backers_only)):
            return size, _LINKED_HEADS
    return None


def _without_holding(rules: PhraseRules, token: str) -> str:
    """ "regime-held" -> "regime": what a side holds is its own, as an owner word says."""
    name, _sep, word = token.rpartition("-")
    return name if name and word in rules.holder_words else token


def _read_modifiers(tokens: list[str], rules: PhraseRules, phrase: Phrase) -> bool:
    """Sort modifier tokens into links, qualifiers and owner words; False if unreadable."""
    owner_words: list[str] = []
    for token in map(partial(_without_holding, rules), tokens):
        if _of_degree(token, phrase.head, rules):
            phrase.degree = True  # "the mainly Sunni rebels" are rebels
            continue
        if token in rules.scope_words or token in rules.craft_words or _MODEL.match(token):
            continue  # "US-led international alliance", "a junta Mi-35 combat helicopter"
        if token.startswith("pro-") and len(token) > 4:
            phrase.links.append(("allied_with", token[4:]))
        elif "-" in token and token.rsplit("-", 1)[1] in rules.relations:
            name, word = token.rsplit("-", 1)
            phrase.links.append((rules.relations[word], name))
        elif token in rules.qualifiers:
            phrase.qualifiers.append(rules.qualifiers[token])
        elif token.endswith(("'s", "s'")):
            owner_words.append(token[:-2] if token.endswith("'s") else token[:-1])
            phrase.possessive = True
        else:
            owner_words.append(token)
    phrase.owner = " ".join(owner_words)
    if phrase.owner and (phrase.head in rules.backer_heads or _possessed_irregulars(phrase, rules)):
        phrase.links.append(("backed_by", phrase.owner))  # "Iranian proxies": Iran backs them
        phrase.owner = ""
    return True


def _possessed_irregulars(phrase: Phrase, rules: PhraseRules) -> bool:
    """ "Iran's militias", "Ankara's rebels": irregulars no one owns as a state owns its army;
    the possessor is their sponsor."""
    return phrase.possessive and phrase.head in rules.possessed_backed_heads
