"""The main job's stored tables from two trees, compared row for row: a same-output check
for work that must change no fact (speed work on issue #16).

``python bench/same_store.py TREE_A TREE_B`` runs ``frontwatch run`` on the bundled sample
with each tree's ``src`` first on ``PYTHONPATH`` (each tree's ``.venv``; a temporary folder
and store each), then compares every table's rows as sorted multisets. Timestamps (when a
row was written) and the articles' source path (it names the tree) are left out. Prints
each table's row counts and ``same`` or the first rows only one side holds; exits 1 when
a table differs. About two runs of the sample (a few minutes).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb

_LEFT_OUT = {("articles", "origin")}  # the sample file's path names the tree


def run(tree: Path, folder: Path) -> Path:
    store = folder / "fw.duckdb"
    env = dict(os.environ, PYTHONPATH=str(tree / "src"))
    subprocess.run(
        [str(tree / ".venv/bin/python"), "-m", "frontwatch", "run", "--db", str(store), "--out", str(folder / "r.md")],
        cwd=folder, env=env, check=True, stdout=subprocess.DEVNULL,
    )
    return store


def rows(store: Path) -> dict[str, list[str]]:
    con = duckdb.connect(str(store), read_only=True)
    tables = [r[0] for r in con.execute("select table_name from information_schema.tables").fetchall()]
    found = {}
    for table in sorted(tables):
        columns = con.execute(
            "select column_name, data_type from information_schema.columns where table_name = ?", [table]
        ).fetchall()
        kept = [c for c, kind in columns if "TIMESTAMP" not in kind.upper() and (table, c) not in _LEFT_OUT]
        listed = ", ".join(f'"{c}"' for c in kept)
        found[table] = sorted(map(repr, con.execute(f'select {listed} from "{table}"').fetchall()))
    con.close()
    return found


def main() -> int:
    first, second = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        left, right = rows(run(first, Path(a))), rows(run(second, Path(b)))
    differ = 0
    for table in sorted(set(left) | set(right)):
        one, two = left.get(table, []), right.get(table, [])
        print(f"{table:28} {len(one):7} {len(two):7}  {'same' if one == two else 'DIFFERENT'}")
        if one != two:
            differ += 1
            print("   only in the first:", sorted(set(one) - set(two))[:2])
            print("   only in the second:", sorted(set(two) - set(one))[:2])
    print("SAME" if not differ else f"DIFFERENT: {differ} tables")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
