"""The ``journeydesk`` command: open the desktop app, or work on project files in a terminal.

Subcommands import no Qt, so they stay fast and run on machines without a display. Every
failure is one sentence on stderr and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from journeydesk import __version__, cli_convert, cli_poster, i18n
from journeydesk.convert.base import ConvertError
from journeydesk.model import Journey, LaneKind, Project, load_project, save_project
from journeydesk.model.errors import ProjectFileError, ProjectSaveError
from journeydesk.model.project import MAX_SHORT_TEXT, Persona, short_label
from journeydesk.model.templates import TEMPLATES
from journeydesk.model.voting import VoteRound, map_order

PROG = "journeydesk"
#: Each subcommand's summary and example, in help order; a later ``poster`` joins this table.
_COMMANDS: dict[str, tuple[str, str]] = {
    "new": (
        "create a project file from a template",
        f"{PROG} new --template classic --title 'Onboarding' onboarding.journey",
    ),
    "templates": ("list the templates that 'new' can use", f"{PROG} templates"),
    "validate": ("check that project files open without problems", f"{PROG} validate *.journey"),
    "info": (
        "summarise a project: personas, journeys, stages, lanes and cards",
        f"{PROG} info workshop.journey --json",
    ),
}
_COMMANDS["poster"] = (cli_poster.SUMMARY, cli_poster.EXAMPLE)
_COMMANDS["convert"] = (cli_convert.SUMMARY, cli_convert.EXAMPLE)
COMMANDS = tuple(_COMMANDS)


class CommandError(Exception):
    """A failure the user can fix; ``str()`` is the sentence to show and ``status`` the exit."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def _open_app(path: Path | None) -> int:
    """Run the desktop app on ``path``; Qt is imported only here."""
    try:
        from journeydesk.ui.app import run_app
    except ImportError as error:
        raise CommandError(f"the desktop app cannot start because {error}.") from None
    return run_app(path)


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def _did_you_mean(word: str) -> str:
    close = difflib.get_close_matches(word, COMMANDS, n=1)
    return f" Did you mean 'journeydesk {close[0]}'?" if close else ""


def _run_open(argv: list[str]) -> int:
    """Handle ``journeydesk [FILE]``: check FILE, then hand over to the app."""
    if not argv:
        return _open_app(None)
    file, rest = argv[0], argv[1:]
    if rest:
        raise CommandError(
            f"unexpected argument '{rest[0]}' after {file}; the commands are "
            f"{', '.join(COMMANDS)}.{_did_you_mean(file)}",
            status=2,
        )
    path = Path(file)
    if not path.exists():
        raise CommandError(f"{file} does not exist.{_did_you_mean(file)}", status=2)
    if path.is_dir():
        raise CommandError(f"{file} is a folder, not a project file.", status=2)
    return _open_app(path)


def gui_main(argv: list[str] | None = None) -> int:
    """``journeydesk-gui [FILE]``: the desktop app alone, for shortcuts without a console.

    There is no terminal to print to: a file that cannot be opened is explained in the app.
    """
    argv = sys.argv[1:] if argv is None else list(argv)
    return _open_app(Path(argv[0]) if argv else None)


def _cmd_new(args: argparse.Namespace) -> int:
    """Create a project file from a template."""
    chosen = TEMPLATES.get(args.template)
    if chosen is None:
        raise CommandError(
            f"there is no template '{args.template}'; the templates are "
            f"{', '.join(TEMPLATES)} (see 'journeydesk templates').",
            status=2,
        )
    out: Path = args.out
    if out.is_dir():
        raise CommandError(f"{out} is a folder; give the name of the file to create.")
    if out.exists() and not args.force:
        raise CommandError(f"{out} already exists; use --force to replace it.")
    project = chosen.create_project(args.title or "")
    if args.persona is not None:
        name = " ".join(args.persona.split())
        if not name or len(name) > MAX_SHORT_TEXT:
            raise CommandError(
                f"a persona's name is 1 to {MAX_SHORT_TEXT:,} characters long.", status=2
            )
        persona = Persona(name=name)
        project.personas.append(persona)
        project.journeys[0].persona_ids.append(persona.id)
    try:
        save_project(project, out)
    except ProjectSaveError as error:
        raise CommandError(f"{out} was not created. {error}") from None
    journey = project.journeys[0]
    whose = f", the journey of {project.personas[0].name}" if project.personas else ""
    print(
        f"Created {out} from the '{chosen.title}' template "
        f"({_plural(len(journey.stages), 'stage')}, {_plural(len(journey.lanes), 'lane')}"
        f"{whose})."
    )
    return 0


def _cmd_templates(args: argparse.Namespace) -> int:
    """List the templates, one a line: key, title, summary."""
    key_width = max(len(t.key) for t in TEMPLATES.values())
    title_width = max(len(t.title) for t in TEMPLATES.values())
    for t in TEMPLATES.values():
        print(f"{t.key:<{key_width}}  {t.title:<{title_width}}  {t.summary}")
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    """Check each file; report OK on stdout and problems on stderr."""
    status = 0
    for path in args.files:
        try:
            project = load_project(path)
        except ProjectFileError as error:
            _error(f"{path}: {error}")
            status = 1
            continue
        journeys = _plural(len(project.journeys), "journey")
        print(f"{path}: OK ({journeys}, {_plural(project.card_count(), 'card')})")
    return status


def _local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M %Z").strip()


def _journey_summary(journey: Journey, project: Project) -> dict[str, Any]:
    """Return what ``info`` tells about one journey, as plain data."""
    counts = {lane.id: 0 for lane in journey.lanes}
    for card in journey.cards:
        counts[card.lane_id] += 1
    names = {p.id: p.name for p in project.personas}
    summary: dict[str, Any] = {
        "title": journey.title,
        "state": journey.state.value,
        "personas": [names[i] for i in journey.persona_ids],
        "stages": [stage.title for stage in journey.stages],
        "lanes": [
            {"title": lane.title, "kind": lane.kind.value, "cards": counts[lane.id]}
            for lane in journey.lanes
        ],
        "cards": len(journey.cards),
        "emotions": _scores(journey, journey.emotions),
    }
    if len(journey.persona_ids) > 1:  # "emotions" is the first persona's curve
        summary["curves"] = [
            {"persona": names[persona_id], "emotions": _scores(journey, curve)}
            for persona_id, curve in journey.curves()
        ]
    if journey.vote_rounds:
        summary["vote_rounds"] = [_round_summary(journey, r) for r in journey.vote_rounds]
    return summary


def _round_summary(journey: Journey, vote_round: VoteRound) -> dict[str, Any]:
    """One dot-voting round as plain data: its question, participants and result."""
    texts = {card.id: card.text for card in journey.cards}
    tally = vote_round.tally(map_order(journey))
    return {
        "question": vote_round.question,
        "participants": [
            vote_round.participant_name(i) for i in range(len(vote_round.participants))
        ],
        "dots_per_participant": vote_round.dots_per_participant,
        "open": vote_round.is_open,
        "started": vote_round.started_at.isoformat(),
        "ended": vote_round.ended_at.isoformat() if vote_round.ended_at else None,
        "dots": sum(dots for _card_id, dots in tally),  # on cards still on the map
        "tally": [{"card": texts[card_id], "dots": dots} for card_id, dots in tally],
    }


def _scores(journey: Journey, curve: dict[str, int]) -> list[dict[str, Any]]:
    """One emotion curve of ``journey`` as plain data, stage by stage."""
    return [
        {"stage": journey.stage(stage_id).title, "score": score}
        for stage_id, score in curve.items()
    ]


def _project_summary(project: Project) -> dict[str, Any]:
    """Return what ``info`` tells about a project, as plain data."""
    return {
        "title": project.title,
        "description": project.description,
        "created": project.created.isoformat(),
        "modified": project.modified.isoformat(),
        "personas": [{"name": p.name, "role": p.role} for p in project.personas],
        "journeys": [_journey_summary(j, project) for j in project.journeys],
        "cards": project.card_count(),
    }


def _print_journey(number: int, journey: dict[str, Any]) -> None:
    print(f"\nJourney {number}: {journey['title'] or '(untitled)'} ({journey['state']} state)")
    if journey["personas"]:
        print(f"  Personas: {', '.join(journey['personas'])}")
    print(f"  Stages ({len(journey['stages'])}): {', '.join(journey['stages']) or '(none)'}")
    lanes = journey["lanes"]
    width = max([len("Lane"), *(len(lane["title"]) for lane in lanes)])
    print(f"  {'Lane':<{width}}  {'Kind':<7}  {'Cards':>5}")
    for lane in lanes:
        cards = "-" if lane["kind"] == LaneKind.DIVIDER.value else str(lane["cards"])
        print(f"  {lane['title']:<{width}}  {lane['kind']:<7}  {cards:>5}")
    print(f"  {'Total':<{width}}  {'':<7}  {journey['cards']:>5}")
    # With several personas, each has its curve; otherwise the map has one, unnamed.
    for curve in journey.get("curves") or [{"persona": None, "emotions": journey["emotions"]}]:
        if curve["emotions"]:
            scores = ", ".join(f"{e['stage']} {e['score']:+d}" for e in curve["emotions"])
            whose = "" if curve["persona"] is None else f" ({curve['persona'] or 'unnamed'})"
            print(f"  Emotions{whose}: {scores}")
    for vote_round in journey.get("vote_rounds", []):
        _print_round(vote_round)


def _print_round(vote_round: dict[str, Any]) -> None:
    """One line: the question, the participants, the dots placed and the card with most."""
    question = short_label(vote_round["question"]) or "(no question)"
    people = len(vote_round["participants"])
    allowed = people * vote_round["dots_per_participant"]
    line = (
        f"  Vote ({'open' if vote_round['open'] else 'ended'}): {question}; "
        f"{_plural(people, 'participant')}, {vote_round['dots']:,} of {_plural(allowed, 'dot')}"
    )
    tally = vote_round["tally"]
    if tally:
        top = tally[0]
        tied = sum(1 for entry in tally[1:] if entry["dots"] == top["dots"])
        label = short_label(top["card"]) or "(empty card)"
        line += f"; top card: {label} ({_plural(top['dots'], 'dot')}"
        line += f", tied with {tied:,} more)" if tied else ")"
    print(line)


def _cmd_info(args: argparse.Namespace) -> int:
    """Summarise a project: personas, journeys, stages, lanes and cards."""
    project = load_project(args.file)  # main() reports a ProjectLoadError with the path
    summary = _project_summary(project)
    if args.json:
        print(json.dumps(summary, indent=2, ensure_ascii=False))
        return 0
    print(f"Title:       {project.title or '(untitled)'}")
    if project.description:
        print("Description: " + project.description.strip().replace("\n", "\n" + " " * 13))
    print(f"Created:     {_local_time(project.created)}")
    print(f"Modified:    {_local_time(project.modified)}")
    people = [
        f"{p.name or '(unnamed)'}" + (f" ({p.role})" if p.role else "") for p in project.personas
    ]
    print(f"Personas:    {'; '.join(people) or '(none)'}")
    for number, journey in enumerate(summary["journeys"], start=1):
        _print_journey(number, journey)
    journeys = _plural(len(project.journeys), "journey")
    print(f"\nTotal: {journeys}, {_plural(project.card_count(), 'card')}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of the subcommands (the ``[FILE]`` form is handled before it)."""
    width = max(len(name) for name in COMMANDS) + 2
    listing = "\n".join(f"  {name:<{width}}{summary}" for name, (summary, _) in _COMMANDS.items())
    parser = argparse.ArgumentParser(
        prog=PROG,
        usage=f"{PROG} [FILE]\n       {PROG} COMMAND [OPTIONS]",
        description=(
            "Offline customer journey mapping for workshop facilitators.\n\n"
            "With no command, JourneyDesk opens the desktop app, on FILE (a .journey\n"
            "project) if one is given. The commands work in the terminal and never open\n"
            "a window."
        ),
        epilog=(
            f"commands:\n{listing}\n\n"
            "examples:\n"
            f"  {PROG}                          open the app\n"
            f"  {PROG} workshop.journey         open a project in the app\n"
            f"  {PROG} new --template classic workshop.journey\n"
            f"  {PROG} info workshop.journey --json\n\n"
            f"Run '{PROG} COMMAND --help' for the options of a command. To open a file\n"
            f"named like a command, give its path: {PROG} ./info"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    version = f"{PROG} {__version__}"
    parser.add_argument(
        "--version", action="version", version=version, help="show the version and exit"
    )
    # Listed in the epilog instead: argparse would wrap the list badly.
    commands = parser.add_subparsers(dest="command", help=argparse.SUPPRESS, prog=PROG)
    sub = {
        name: commands.add_parser(
            name,
            description=f"{summary[0].upper()}{summary[1:]}.",
            epilog=f"example:\n  {example}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        for name, (summary, example) in _COMMANDS.items()
    }
    new = sub["new"]
    new.add_argument(
        "--template",
        metavar="NAME",
        default="blank",
        help="the template to start from (default: blank); see 'journeydesk templates'",
    )
    new.add_argument("--title", metavar="TEXT", help="the project title (default: the template's)")
    new.add_argument("--persona", metavar="NAME", help="the persona whose journey the map tells")
    new.add_argument("--force", action="store_true", help="replace OUT.journey if it exists")
    new.add_argument("out", metavar="OUT.journey", type=Path, help="the file to create")
    sub["validate"].add_argument(
        "files", metavar="FILE", nargs="+", type=Path, help="a project file"
    )
    sub["info"].add_argument("file", metavar="FILE", type=Path, help="a project file")
    sub["info"].add_argument("--json", action="store_true", help="print the summary as JSON")
    cli_poster.add_arguments(sub["poster"])
    cli_convert.add_arguments(sub["convert"])
    return parser


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "new": _cmd_new,
    "templates": _cmd_templates,
    "validate": _cmd_validate,
    "info": _cmd_info,
    "poster": cli_poster.run,
    "convert": cli_convert.run,
}


def _error(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


def _tolerant_streams() -> None:
    """Let characters the terminal cannot show become '?' rather than an error."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def _use_language() -> None:
    """Speak the user's language: the app's setting, else the locale variables.

    English needs no Qt (the source texts are English); another language loads its Qt
    translation, which imports QtCore only (no display needed).
    """
    from journeydesk.ui.settings import Settings  # Qt-free

    language = Settings.load().language
    if language not in i18n.LANGUAGES:
        language = i18n.environment_language(i18n.LANGUAGES, os.environ)
    if language != "en":
        from journeydesk.ui.translations import install_translations

        install_translations(language)


def _silence_stdout() -> None:
    """Point stdout at the null device so the exit-time flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main(argv: list[str] | None = None) -> int:
    """Run the ``journeydesk`` command with ``argv`` (default: the real arguments)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    _tolerant_streams()
    _use_language()
    try:
        if argv[:1] == ["--"]:
            return _run_open(argv[1:])
        if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
            return _run_open(argv)
        args = build_parser().parse_args(argv)
        status = _HANDLERS[args.command](args)
        sys.stdout.flush()  # a closed pipe shows up here rather than at exit
        return status
    except CommandError as error:
        _error(str(error))
        return error.status
    except (cli_poster.PosterCommandError, ConvertError) as error:
        _error(str(error))
        return 1
    except ProjectFileError as error:
        where = f"{error.path}: " if error.path else ""
        _error(f"{where}{error}")
        return 1
    except BrokenPipeError:
        _silence_stdout()
        return 141
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        _error(f"{where}{error.strerror or error}.")
        return 1
    except KeyboardInterrupt:
        return 130
