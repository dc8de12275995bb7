"""JSON lines on stdin are read a line at a time: each article is ready while the pipe is open."""

import itertools
import json
import queue
import subprocess
import sys
import threading

from frontwatch.ingest import article_id
from frontwatch.ingest.articles import clean_text
from frontwatch.runner import sample_corpus_path
from frontwatch.store import Store

# Prints each item ingest yields from stdin as soon as it has it.
CHILD = """
import json
from frontwatch.ingest import iter_inputs
from frontwatch.records import Article
for item in iter_inputs(["-"]):
    fields = {"id": item.id, "origin": item.origin} if isinstance(item, Article) else {"failure": item.reason}
    print(json.dumps(fields), flush=True)
"""
# Generous: only there so a broken reader fails the test instead of hanging it.
PATIENCE_S = 300


def _sample_lines(n):
    with open(sample_corpus_path(), encoding="utf-8") as source:
        return list(itertools.islice(source, n))


def _lines_of(stream):
    lines = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in stream], daemon=True).start()
    return lines


def test_each_jsonl_article_comes_out_before_stdin_closes():
    first, second = _sample_lines(2)
    child = subprocess.Popen([sys.executable, "-c", CHILD], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    out = _lines_of(child.stdout)
    try:
        child.stdin.write(first)
        child.stdin.flush()
        # stdin is still open: a reader that waits for the end of input would print nothing
        assert json.loads(out.get(timeout=PATIENCE_S)) == {
            "id": article_id(clean_text(json.loads(first)["text"])), "origin": "<stdin>:1"}
        child.stdin.write("{not json\n" + second)
        child.stdin.close()
        rest = [json.loads(out.get(timeout=PATIENCE_S)) for _ in range(2)]
    finally:
        child.stdin.close()
        child.wait(timeout=PATIENCE_S)
    assert rest[0] == {"failure": "<stdin>:2: invalid JSON (Expecting property name enclosed in double quotes)"}
    assert rest[1]["origin"] == "<stdin>:3"
    assert child.returncode == 0


def test_ingest_command_stores_jsonl_piped_to_it(tmp_path):
    lines = _sample_lines(3)
    db = tmp_path / "fw.duckdb"
    payload = lines[0] + "\n" + lines[1] + '["not an object"]\n' + lines[2]
    done = subprocess.run([sys.executable, "-m", "frontwatch", "ingest", "-", "--db", str(db), "--json"],
                          input=payload, capture_output=True, text=True, timeout=PATIENCE_S, check=False)
    assert done.returncode == 1, done.stderr  # the command says some input was unreadable
    summary = json.loads(done.stdout)
    assert (summary["processed"], summary["failed"]) == (3, 1)
    with Store(db, read_only=True) as store:
        assert store.scalar("SELECT count(*) FROM articles WHERE status = 'ok'") == 3
        assert store.con.execute("SELECT origin, reason FROM ingest_failures").fetchall() == [
            ("<stdin>", "<stdin>:4: expected an object, got list")]
