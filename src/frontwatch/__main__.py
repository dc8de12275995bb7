"""`python -m frontwatch` runs the CLI."""

from frontwatch.cli.main import app

app(prog_name="frontwatch")
