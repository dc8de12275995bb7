"""Docs stay honest: every CLI command has help text and appears in the README."""

import re
from pathlib import Path

import typer

from frontwatch.cli.main import app

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")


def _commands(typer_app: typer.Typer, prefix: str = "") -> list[tuple[str, str]]:
    found = []
    for command in typer_app.registered_commands:
        name = command.name or command.callback.__name__.replace("_", "-")
        found.append((f"{prefix}{name}", command.help or command.callback.__doc__ or ""))
    for group in typer_app.registered_groups:
        found += _commands(group.typer_instance, f"{prefix}{group.name} ")
    return found


def test_every_command_has_help_and_is_in_the_readme():
    commands = _commands(app)
    assert len(commands) >= 7
    for name, help_text in commands:
        assert help_text.strip(), f"`frontwatch {name}` has no help text"
        assert f"frontwatch {name}" in README, f"`frontwatch {name}` is not in README.md"


def test_quick_start_has_exactly_two_commands_and_ci_runs_the_second():
    block = re.search(r"^#+ .*Quick start.*?\n```[a-z]*\n(.*?)```", README, re.DOTALL | re.MULTILINE | re.IGNORECASE)
    assert block, "README needs a 'Quick start' heading followed by a fenced block"
    commands = [line for line in block.group(1).splitlines() if line.strip() and not line.startswith("#")]
    assert len(commands) == 2
    ci = (Path(__file__).parents[1] / ".ci" / "run").read_text()
    assert commands[1].strip() in ci


def test_kb_and_eval_are_always_registered():
    """Imported, not mounted behind an except: a sub-app that fails to import fails the CLI."""
    assert {"kb", "eval"} <= {group.name for group in app.registered_groups}
