"""The actor network as GraphML or GEXF (via networkx), one edge per tie kind.

Nodes carry the actor's name, type, country and sector; edges their kind, evidence
count, first and last dates, cooperation-conflict score, latest evidence sentence, who
the attributed evidence quotes, and whether only an enemy of one end asserts the tie.
GEXF edges also get ``start``/``end`` so Gephi's timeline can play the network.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import cast

import networkx as nx

from frontwatch.fuse.actors import ActorBook
from frontwatch.records import Edge

GRAPH_FORMATS = ("graphml", "gexf")


def network_graph(edges: Iterable[Edge], book: ActorBook, *, dynamic: bool = False) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(name="FrontWatch actor network")
    for edge in edges:
        for actor_id in (edge.source, edge.target):
            info = book.info(actor_id)
            graph.add_node(actor_id, label=info.name or actor_id, type=info.type, country=info.country,
                           sector=info.sector)
        attrs = {"kind": edge.kind, "evidence": edge.evidence, "articles": edge.articles, "first": _day(edge.first),
                 "last": _day(edge.last), "score": float(edge.score), "sentence": edge.sentence,
                 "unconfirmed": edge.unconfirmed, "weight": float(edge.evidence),
                 "claimants": "; ".join(edge.claimants), "enemy_claimed": edge.enemy_claimed}
        if dynamic and edge.first and edge.last:
            attrs.update(start=_day(edge.first), end=_day(edge.last))
        graph.add_edge(edge.source, edge.target, key=edge.kind, **attrs)
    return graph


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def write_graph(edges: Iterable[Edge], book: ActorBook, fmt: str, out: Path) -> int:
    """Write GraphML or GEXF; return the number of edges."""
    if fmt == "graphml":
        graph = network_graph(edges, book)
        nx.write_graphml(graph, out)
    elif fmt == "gexf":
        graph = network_graph(edges, book, dynamic=True)
        nx.write_gexf(graph, out)
    else:
        raise ValueError(f"unknown graph format {fmt!r}; expected one of {', '.join(GRAPH_FORMATS)}")
    return cast(int, graph.number_of_edges())
