"""Tests of the ``journeydesk`` command line: subcommands, exit codes, messages, the app hook."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from journeydesk import __version__, cli
from journeydesk.model import Card, LaneKind, Persona, load_project, save_project
from journeydesk.model.templates import TEMPLATES

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    """A classic-template project with a persona, three cards and two emotion scores."""
    project = TEMPLATES["classic"].create_project("Onboarding workshop")
    project.description = "Mapped with the support team."
    persona = Persona(name="Ana", role="Store manager")
    project.personas.append(persona)
    journey = project.journeys[0]
    journey.persona_ids.append(persona.id)
    actions, pains = journey.lanes[0], journey.lanes[3]
    first, last = journey.stages[0], journey.stages[-1]
    journey.cards += [
        Card(lane_id=actions.id, stage_id=first.id, text="Sees an advert"),
        Card(lane_id=actions.id, stage_id=last.id, text="Tells a friend"),
        Card(lane_id=pains.id, stage_id=first.id, text="Too much jargon"),
    ]
    journey.emotions = {first.id: 1, last.id: -2}
    path = tmp_path / "sample.journey"
    save_project(project, path)
    return path


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    """A file that is cut short in the middle of its JSON."""
    path = tmp_path / "broken.journey"
    path.write_text('{"format": "journeydesk", "schema_version": 1, "title": "Hal', "utf-8")
    return path


@pytest.fixture
def app_calls(monkeypatch: pytest.MonkeyPatch) -> list[Path | None]:
    """Replace the app with a recorder of the paths it was opened on."""
    calls: list[Path | None] = []

    def fake_open_app(path: Path | None) -> int:
        calls.append(path)
        return 0

    monkeypatch.setattr(cli, "_open_app", fake_open_app)
    return calls


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run ``main(argv)``; return the exit status, stdout and stderr."""
    status = cli.main(argv)
    out, err = capsys.readouterr()
    return status, out, err


# Opening the app


def test_no_arguments_opens_the_app_without_a_file(app_calls: list[Path | None]) -> None:
    assert cli.main([]) == 0
    assert app_calls == [None]


def test_file_argument_opens_the_app_on_that_file(
    sample: Path, app_calls: list[Path | None]
) -> None:
    assert cli.main([str(sample)]) == 0
    assert app_calls == [sample]


def test_double_dash_lets_a_file_start_with_a_dash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, app_calls: list[Path | None]
) -> None:
    (tmp_path / "-odd.journey").write_text("{}", "utf-8")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["--", "-odd.journey"]) == 0
    assert app_calls == [Path("-odd.journey")]


def test_file_form_reaches_the_real_run_app(sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Path | None] = []
    monkeypatch.setattr("journeydesk.ui.app.run_app", lambda path: calls.append(path) or 3)
    assert cli.main([str(sample)]) == 3
    assert calls == [sample]


def test_missing_file_is_refused_before_the_app_starts(
    tmp_path: Path, app_calls: list[Path | None], capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere.journey"
    status, out, err = run_cli([str(missing)], capsys)
    assert status == 2
    assert err == f"journeydesk: {missing} does not exist.\n"
    assert out == ""
    assert app_calls == []


def test_mistyped_command_suggests_the_command(
    app_calls: list[Path | None], capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run_cli(["valdate", "x.journey"], capsys)
    assert status == 2
    assert "Did you mean 'journeydesk validate'?" in err
    assert app_calls == []


def test_folder_is_not_opened(
    tmp_path: Path, app_calls: list[Path | None], capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run_cli([str(tmp_path)], capsys)
    assert status == 2
    assert "is a folder" in err
    assert app_calls == []


def test_interrupt_exits_130_quietly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(path: Path | None) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_open_app", interrupted)
    assert run_cli([], capsys) == (130, "", "")


# Help and version


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == f"journeydesk {__version__}\n"


def test_main_help_shows_both_forms_and_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: journeydesk [FILE]\n       journeydesk COMMAND")
    for command in cli.COMMANDS:
        assert f"\n  {command} " in out


@pytest.mark.parametrize("command", cli.COMMANDS)
def test_every_command_has_help_with_an_example(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main([command, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: journeydesk {command}")
    assert f"example:\n  journeydesk {command}" in out


# new


def test_new_creates_a_project_from_the_template(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_path = tmp_path / "map.journey"
    argv = ["new", "--template", "blueprint", "--title", "Hotel stay", str(out_path)]
    status, out, err = run_cli(argv, capsys)
    assert (status, err) == (0, "")
    assert out == f"Created {out_path} from the 'Service blueprint' template (5 stages, 5 lanes).\n"
    project = load_project(out_path)
    assert project.title == "Hotel stay"
    assert [s.title for s in project.journeys[0].stages] == [
        s.title for s in TEMPLATES["blueprint"].stages
    ]


def test_new_names_the_persona_and_info_shows_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_path = tmp_path / "eva.journey"
    argv = ["new", "--template", "5a", "--persona", "  Eva   Moline ", str(out_path)]
    status, out, err = run_cli(argv, capsys)
    assert (status, err) == (0, "")
    assert out.endswith("(5 stages, 5 lanes, the journey of Eva Moline).\n")
    project = load_project(out_path)
    assert [p.name for p in project.personas] == ["Eva Moline"]
    assert project.journeys[0].persona_ids == [project.personas[0].id]
    status, out, _err = run_cli(["info", str(out_path)], capsys)
    assert status == 0
    assert "Personas:    Eva Moline" in out and "  Personas: Eva Moline" in out
    assert "(current state)" in out
    status, _out, err = run_cli(["new", "--persona", " ", str(tmp_path / "x.journey")], capsys)
    assert status == 2 and "persona" in err


def test_new_uses_the_blank_template_by_default(tmp_path: Path) -> None:
    out_path = tmp_path / "map.journey"
    assert cli.main(["new", str(out_path)]) == 0
    project = load_project(out_path)
    assert project.title == TEMPLATES["blank"].title
    assert len(project.journeys[0].stages) == len(TEMPLATES["blank"].stages)


def test_new_refuses_to_overwrite_without_force(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sample.read_bytes()
    status, out, err = run_cli(["new", str(sample)], capsys)
    assert status == 1
    assert err == f"journeydesk: {sample} already exists; use --force to replace it.\n"
    assert out == ""
    assert sample.read_bytes() == before


def test_new_overwrites_with_force(sample: Path) -> None:
    assert cli.main(["new", "--force", "--template", "5a", str(sample)]) == 0
    assert load_project(sample).card_count() == 0


def test_new_with_unknown_template_lists_the_choices(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_path = tmp_path / "map.journey"
    status, _, err = run_cli(["new", "--template", "galaxy", str(out_path)], capsys)
    assert status == 2
    assert err.startswith("journeydesk: there is no template 'galaxy'; the templates are ")
    assert all(key in err for key in TEMPLATES)
    assert not out_path.exists()


def test_new_into_a_missing_folder_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_path = tmp_path / "no-such-folder" / "map.journey"
    status, _, err = run_cli(["new", str(out_path)], capsys)
    assert status == 1
    assert err.startswith(f"journeydesk: {out_path} was not created. ")
    assert "does not exist" in err
    assert "Traceback" not in err


# templates


def test_templates_lists_every_template_aligned(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_cli(["templates"], capsys)
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == list(TEMPLATES)
    title_columns = {line.index(t.title) for line, t in zip(lines, TEMPLATES.values(), strict=True)}
    summary_columns = {
        line.index(t.summary) for line, t in zip(lines, TEMPLATES.values(), strict=True)
    }
    assert len(title_columns) == 1
    assert len(summary_columns) == 1


# validate


def test_validate_good_file(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_cli(["validate", str(sample)], capsys)
    assert (status, err) == (0, "")
    assert out == f"{sample}: OK (1 journey, 3 cards)\n"


def test_validate_broken_file_gives_one_sentence(
    broken: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run_cli(["validate", str(broken)], capsys)
    assert status == 1
    assert out == ""
    assert err.startswith(f"journeydesk: {broken}: The file ends too early")
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_validate_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "gone.journey"
    status, _, err = run_cli(["validate", str(missing)], capsys)
    assert status == 1
    assert err == f"journeydesk: {missing}: The file does not exist (any more).\n"


def test_validate_checks_every_file(
    sample: Path, broken: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run_cli(["validate", str(broken), str(sample)], capsys)
    assert status == 1
    assert out == f"{sample}: OK (1 journey, 3 cards)\n"
    assert str(broken) in err


# info


def test_info_describes_the_project(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_cli(["info", str(sample)], capsys)
    assert (status, err) == (0, "")
    assert "Title:       Onboarding workshop" in out
    assert "Description: Mapped with the support team." in out
    assert "Personas:    Ana (Store manager)" in out
    assert "Journey 1: Onboarding workshop (current state)" in out
    assert "Stages (5): Awareness, Consideration, Purchase, Retention, Advocacy" in out
    assert "Emotions: Awareness +1, Advocacy -2" in out
    table = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line[:2] == "  "}
    assert table["Actions"] == ["cards", "2"]
    assert table["Feelings"] == ["emotion", "0"]
    assert table["Total"] == ["3"]
    assert out.endswith("Total: 1 journey, 3 cards\n")


def test_info_json(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_cli(["info", "--json", str(sample)], capsys)
    assert status == 0
    summary = json.loads(out)
    journey = summary["journeys"][0]
    assert summary["cards"] == 3
    assert summary["personas"] == [{"name": "Ana", "role": "Store manager"}]
    assert journey["personas"] == ["Ana"]
    assert [lane["cards"] for lane in journey["lanes"]] == [2, 0, 0, 1, 0]
    assert journey["emotions"] == [
        {"stage": "Awareness", "score": 1},
        {"stage": "Advocacy", "score": -2},
    ]
    assert "curves" not in journey  # with one persona, "emotions" is its curve


def test_info_lists_each_personas_curve_when_a_map_has_several(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = load_project(sample)
    sam = Persona(name="Sam")
    project.personas.append(sam)
    journey = project.journeys[0]
    journey.persona_ids.append(sam.id)
    journey.persona_emotions = {sam.id: {journey.stages[2].id: 2}}
    save_project(project, sample)
    _, out, _ = run_cli(["info", str(sample)], capsys)
    assert "  Emotions (Ana): Awareness +1, Advocacy -2\n  Emotions (Sam): Purchase +2\n" in out
    assert "  Emotions: " not in out
    _, out, _ = run_cli(["info", "--json", str(sample)], capsys)
    summary = json.loads(out)["journeys"][0]
    assert summary["emotions"] == [
        {"stage": "Awareness", "score": 1},
        {"stage": "Advocacy", "score": -2},
    ]
    assert summary["curves"] == [
        {"persona": "Ana", "emotions": summary["emotions"]},
        {"persona": "Sam", "emotions": [{"stage": "Purchase", "score": 2}]},
    ]


def test_info_marks_divider_lanes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "blueprint.journey"
    cli.main(["new", "--template", "blueprint", str(path)])
    capsys.readouterr()
    status, out, _ = run_cli(["info", str(path)], capsys)
    assert status == 0
    assert "Line of visibility  divider      -" in out


def test_info_broken_file(broken: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_cli(["info", str(broken)], capsys)
    assert (status, out) == (1, "")
    assert err.startswith(f"journeydesk: {broken}: The file ends too early")
    assert "Traceback" not in err


@pytest.mark.parametrize("key", list(TEMPLATES))
def test_new_validate_and_info_agree(
    key: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / f"{key}.journey"
    assert run_cli(["new", "--template", key, str(path)], capsys)[0] == 0
    # Put one card in each lane that can hold cards, one card per stage into the first lane.
    project = load_project(path)
    journey = project.journeys[0]
    lanes = [lane for lane in journey.lanes if lane.kind is not LaneKind.DIVIDER]
    cells = [(lane, journey.stages[0]) for lane in lanes]
    cells += [(lanes[0], stage) for stage in journey.stages[1:]]
    journey.cards = [Card(lane_id=lane.id, stage_id=stage.id) for lane, stage in cells]
    save_project(project, path)
    expected = len(lanes) + len(journey.stages) - 1

    _, validated, _ = run_cli(["validate", str(path)], capsys)
    _, info, _ = run_cli(["info", "--json", str(path)], capsys)
    _, text, _ = run_cli(["info", str(path)], capsys)
    summary = json.loads(info)
    template = TEMPLATES[key]
    assert validated == f"{path}: OK (1 journey, {expected} cards)\n"
    assert summary["cards"] == summary["journeys"][0]["cards"] == expected
    assert sum(lane["cards"] for lane in summary["journeys"][0]["lanes"]) == expected
    assert summary["journeys"][0]["lanes"][0]["cards"] == len(journey.stages)
    assert summary["journeys"][0]["stages"] == [s.title for s in template.stages]
    assert [lane["title"] for lane in summary["journeys"][0]["lanes"]] == [
        lane.title for lane in template.lanes
    ]
    assert text.endswith(f"Total: 1 journey, {expected} cards\n")


# Real processes


def run_module(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    """Run ``python -m journeydesk ARGS`` in a fresh interpreter."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "journeydesk", *args],
        capture_output="stdout" not in kwargs,
        text=True,
        env=env,
        timeout=60,
        check=False,
        **kwargs,  # type: ignore[arg-type]
    )


def test_module_lists_templates() -> None:
    result = run_module("templates")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.splitlines()[0].startswith("blank")


def test_module_info(sample: Path) -> None:
    result = run_module("info", str(sample))
    assert (result.returncode, result.stderr) == (0, "")
    assert "Total: 1 journey, 3 cards" in result.stdout


def test_module_validate_broken_file(broken: Path) -> None:
    result = run_module("validate", str(broken))
    assert result.returncode == 1
    assert result.stderr.startswith("journeydesk: ")
    assert "Traceback" not in result.stderr


def test_closed_pipe_is_quiet(sample: Path) -> None:
    reader, writer = os.pipe()
    os.close(reader)  # like `journeydesk info x | head -0`
    try:
        result = run_module("info", str(sample), stdout=writer, stderr=subprocess.PIPE)
    finally:
        os.close(writer)
    assert result.returncode == 141
    assert result.stderr == ""


def test_subcommands_never_import_qt(sample: Path) -> None:
    code = (
        "import sys; from journeydesk.cli import main; "
        f"main(['info', {str(sample)!r}]); main(['templates']); "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
