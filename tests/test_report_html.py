"""The offline HTML report: inline SVG, every row with its sentence, hostile text never live."""

import datetime as dt
import re
import xml.etree.ElementTree as ET

from rich.console import Console
from test_fuse_corpus import article, corpus_store

from frontwatch.records import Actor
from frontwatch.report import build_situation, print_report, write_report

HOSTILE = "<script>alert('pwned')</script> [bold]Rebels[/] shelled <img src=x onerror=alert(1)> the town."


def _hostile_store():
    extra = [article("h1", "<script>evil()</script>", dt.date(2017, 1, 20),
                     ("event", HOSTILE, {"type": "ASSAULT", "mode": "heavy-weapons", "source_actor": "EVIL_<b>GROUP</b>",
                                             "target_actor": "SYR_MIL", "place": "aleppo", "date": dt.date(2017, 1, 20),
                                             "killed": 3}))]
    store = corpus_store(extra)
    store.sync_actors([Actor("EVIL_<b>GROUP</b>", "<script>alert(2)</script>", "armed_group", "SYR", "REB"),
                       Actor("SYR_MIL", "Syrian Arab Army", "state_forces", "SYR", "MIL")])
    return store


def test_html_escapes_hostile_text_and_has_no_live_script(tmp_path):
    out = tmp_path / "report.html"
    with _hostile_store() as store:
        write_report(build_situation(store, as_of=dt.date(2017, 1, 31), days=60), out)
    page = out.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;" in page
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page  # the actor's name
    assert not re.search(r"<script", page, re.IGNORECASE)
    assert not re.search(r"<img", page, re.IGNORECASE)
    assert "onerror=alert(1)" not in page.replace("onerror=alert(1)&gt;", "")


def test_html_is_self_contained_with_a_map_and_a_network(tmp_path):
    out = tmp_path / "report.html"
    with corpus_store() as store:
        write_report(build_situation(store, as_of=dt.date(2017, 1, 31), days=200), out)
    page = out.read_text(encoding="utf-8")
    assert not re.search(r"(src|href)=['\"]?(https?:)?//", page)  # nothing fetched from elsewhere
    svgs = re.findall(r"<svg.*?</svg>", page, re.DOTALL)
    assert len(svgs) == 2
    for svg in svgs:
        ET.fromstring(svg)  # well-formed
    assert 'aria-label="map of events"' in svgs[0] and "Douma" in svgs[0]
    assert 'aria-label="actor network"' in svgs[1] and "Free Syrian Army" in svgs[1]


def test_every_fused_row_shows_its_evidence_sentence(tmp_path):
    out = tmp_path / "report.html"
    with corpus_store() as store:
        write_report(build_situation(store, as_of=dt.date(2017, 1, 31), days=200), out)
    page = out.read_text(encoding="utf-8")
    for section in ("Belligerents", "Main events", "Casualties by actor and month", "Places that changed hands",
                    "Control as of", "New, ended and flipped alliances"):
        table = re.search(rf"<h2[^>]*>{section}.*?</table>", page, re.DOTALL)
        assert table, section
        rows = re.findall(r"<tr[^>]*><td.*?</tr>", table.group(0), re.DOTALL)
        assert rows, section
        for row in rows:
            assert re.search(r"<td class='sentence'>[^<]{10,}</td>", row), (section, row)


def test_markdown_and_terminal_output_survive_hostile_text(tmp_path):
    out = tmp_path / "report.md"
    with _hostile_store() as store:
        situation = build_situation(store, as_of=dt.date(2017, 1, 31), days=60)
        write_report(situation, out)
        summary, full = Console(record=True, width=200), Console(record=True, width=200)
        print_report(situation, summary)
        print_report(situation, full, full=True)
    text = out.read_text(encoding="utf-8")
    assert "<script" not in text and "&lt;script&gt;" in text
    assert "<script>alert(2)</script>" in summary.export_text()  # the actor's name, as text
    assert "[bold]Rebels[/]" in full.export_text()  # printed as text, not read as Rich markup
