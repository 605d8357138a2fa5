"""The command line speaks through translation: help, argparse's own words and messages."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest

from journeydesk import cli, cli_argparse, i18n
from tests.poster.helpers import Bracketed


@pytest.fixture
def pseudo_language(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run the command in the bracketing pseudo-language, argparse's words included."""
    # Restored after the test: speak_language() points argparse._ at the pseudo-language.
    monkeypatch.setattr(argparse, "_", vars(argparse)["_"])

    def use_language() -> None:
        i18n.set_catalog(Bracketed())
        cli_argparse.speak_language()

    monkeypatch.setattr(cli, "_use_language", use_language)
    yield
    i18n.set_catalog(None)


def help_of(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit):
        cli.main(argv)
    return capsys.readouterr().out


@pytest.mark.usefixtures("pseudo_language")
def test_help_and_argparse_words_are_translated(capsys: pytest.CaptureFixture[str]) -> None:
    out = help_of(["--help"], capsys)
    assert out.startswith("⟦usage: ⟧journeydesk [FILE]\n" + " " * 9 + "journeydesk COMMAND")
    for text in (
        "⟦Offline customer journey mapping for workshop facilitators.⟧",
        "⟦options⟧:",
        "⟦show this help message and exit⟧",
        "⟦show the version and exit⟧",
        "⟦commands:⟧",
        "⟦create a project file from a template⟧",
        "⟦print a map as a PDF poster",
        "⟦convert a map to or from CSV",
        "⟦summarise a project",
        "⟦open the app⟧",
        "⟦Run 'journeydesk COMMAND --help'",
    ):
        assert text in out, text
    poster = help_of(["poster", "--help"], capsys)
    assert "⟦positional arguments⟧:" in poster and "⟦leave out the cut marks⟧" in poster
    assert "⟦tile at this size of the canvas, e.g. 100%⟧" in poster
    assert "⟦example:⟧\n  journeydesk poster" in poster
    convert = help_of(["convert", "--help"], capsys)
    assert "⟦formats:⟧" in convert and "⟦the file to read⟧" in convert


@pytest.mark.usefixtures("pseudo_language")
def test_messages_and_summaries_are_translated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "map.journey"
    assert cli.main(["new", "--template", "classic", str(path)]) == 0
    assert capsys.readouterr().out.startswith("⟦Created ")
    assert cli.main(["new", str(path)]) == 1
    assert (
        capsys.readouterr().err
        == f"journeydesk: ⟦{path} already exists; use --force to replace it.⟧\n"
    )
    assert cli.main(["validate", str(path)]) == 0
    assert capsys.readouterr().out == f"⟦{path}: OK (⟦⟦1 journey⟧, ⟦0 cards⟧⟧)⟧\n"
    assert cli.main(["info", str(path)]) == 0
    info = capsys.readouterr().out
    assert info.startswith("⟦Title:⟧") and "⟦Lane⟧" in info and "⟦cards⟧" in info
    out = tmp_path / "p.pdf"
    assert cli.main(["poster", str(path), "-o", str(out), "--paper", "a0"]) == 0
    said = capsys.readouterr().out
    assert said.startswith("⟦Wrote ") and "⟦1 page⟧" in said and "⟦1 sheet of A0" in said
    assert cli.main(["poster", str(path), "-o", str(out), "--paper", "b9"]) == 1
    assert "⟦There is no paper 'b9'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(["poster", str(path)])  # argparse exits with 2
    err = capsys.readouterr().err
    assert "⟦journeydesk poster: error: ⟦the following arguments are required: " in err
