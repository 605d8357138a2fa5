"""The ``journeydesk`` command: open the desktop app, or work on project files in a terminal.

Subcommands import no Qt, so they stay fast and run on machines without a display. Each
command loads what it needs when it runs (the model, the poster code, the version from the
installed metadata), so `journeydesk --version` and `info` start about as fast as Python.
Every failure is one sentence on stderr and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from journeydesk import cli_argparse, cli_convert, cli_info, cli_poster, i18n
from journeydesk.i18n import Translatable, arg, number

PROG = "journeydesk"
#: Each subcommand's example, in help order.
_EXAMPLES: dict[str, str] = {
    "new": f"{PROG} new --template classic --title 'Onboarding' onboarding.journey",
    "templates": f"{PROG} templates",
    "validate": f"{PROG} validate *.journey",
    "info": cli_info.EXAMPLE,
    "poster": cli_poster.EXAMPLE,
    "convert": cli_convert.EXAMPLE,
}
COMMANDS = tuple(_EXAMPLES)
#: The width help paragraphs are wrapped to.
_HELP_WIDTH = 78


class CliText(Translatable):
    """The words of the command line: help, summaries and messages of its own commands."""


def _summaries() -> dict[str, str]:
    """Each subcommand's summary in the user's language, in help order."""
    return {
        "new": CliText.tr("create a project file from a template"),
        "templates": CliText.tr("list the templates that 'new' can use"),
        "validate": CliText.tr("check that project files open without problems"),
        "info": cli_info.summary(),
        "poster": cli_poster.summary(),
        "convert": cli_convert.summary(),
    }


class CommandError(Exception):
    """A failure the user can fix; ``str()`` is the sentence to show and ``status`` the exit."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def _open_app(path: Path | None) -> int:
    """Run the desktop app on ``path``; Qt is imported only here."""
    # The Qt-free modules a map needs come first: once PySide6 is imported, its import hook
    # reads the source of each module imported after it (looking for `from __feature__`),
    # which cost the model's and the layout's hundred-odd modules a tenth of start-up.
    import journeydesk.layout.map_layout
    import journeydesk.model.storage  # noqa: F401

    try:
        from journeydesk.ui.app import run_app
    except ImportError as error:
        message = CliText.tr("the desktop app cannot start because %1.")
        raise CommandError(arg(message, error)) from None
    return run_app(path)


def _with_suggestion(message: str, word: str) -> str:
    """``message``, followed by the command ``word`` may be a typing slip of (if any)."""
    import difflib

    close = difflib.get_close_matches(word, COMMANDS, n=1)
    if not close:
        return message
    return arg(CliText.tr("%1 Did you mean '%2'?"), message, f"{PROG} {close[0]}")


def _run_open(argv: list[str]) -> int:
    """Handle ``journeydesk [FILE]``: check FILE, then hand over to the app."""
    if not argv:
        return _open_app(None)
    file, rest = argv[0], argv[1:]
    if rest:
        message = arg(
            CliText.tr("unexpected argument '%1' after %2; the commands are %3."),
            rest[0],
            file,
            ", ".join(COMMANDS),
        )
        raise CommandError(_with_suggestion(message, file), status=2)
    path = Path(file)
    if not path.exists():
        message = arg(CliText.tr("%1 does not exist."), file)
        raise CommandError(_with_suggestion(message, file), status=2)
    if path.is_dir():
        raise CommandError(arg(CliText.tr("%1 is a folder, not a project file."), file), status=2)
    return _open_app(path)


def gui_main(argv: list[str] | None = None) -> int:
    """``journeydesk-gui [FILE]``: the desktop app alone, for shortcuts without a console.

    There is no terminal to print to: a file that cannot be opened is explained in the app.
    """
    argv = sys.argv[1:] if argv is None else list(argv)
    return _open_app(Path(argv[0]) if argv else None)


def _cmd_new(args: argparse.Namespace) -> int:
    """Create a project file from a template."""
    from journeydesk.model import save_project
    from journeydesk.model.errors import ProjectSaveError
    from journeydesk.model.project import MAX_SHORT_TEXT, Persona
    from journeydesk.model.templates import TEMPLATES

    chosen = TEMPLATES.get(args.template)
    if chosen is None:
        message = CliText.tr(
            "there is no template '%1'; the templates are %2 (see '%3 templates')."
        )
        raise CommandError(arg(message, args.template, ", ".join(TEMPLATES), PROG), status=2)
    out: Path = args.out
    if out.is_dir():
        raise CommandError(
            arg(CliText.tr("%1 is a folder; give the name of the file to create."), out)
        )
    if out.exists() and not args.force:
        raise CommandError(arg(CliText.tr("%1 already exists; use --force to replace it."), out))
    project = chosen.create_project(args.title or "")
    if args.persona is not None:
        name = " ".join(args.persona.split())
        if not name or len(name) > MAX_SHORT_TEXT:
            message = CliText.tr("a persona's name is %1 to %2 characters long.")
            raise CommandError(arg(message, number(1), number(MAX_SHORT_TEXT)), status=2)
        persona = Persona(name=name)
        project.personas.append(persona)
        project.journeys[0].persona_ids.append(persona.id)
    try:
        save_project(project, out)
    except ProjectSaveError as error:
        raise CommandError(arg(CliText.tr("%1 was not created. %2"), out, error)) from None
    journey = project.journeys[0]
    stages = CliText.tr("%n stage(s)", "", len(journey.stages))
    lanes = CliText.tr("%n lane(s)", "", len(journey.lanes))
    if project.personas:
        message = CliText.tr("Created %1 from the '%2' template (%3, %4, the journey of %5).")
    else:
        message = CliText.tr("Created %1 from the '%2' template (%3, %4).")
    name = project.personas[0].name if project.personas else ""
    print(arg(message, out, chosen.title, stages, lanes, name))
    return 0


def _cmd_templates(args: argparse.Namespace) -> int:
    """List the templates, one a line: key, title, summary."""
    from journeydesk.model.templates import TEMPLATES

    key_width = max(len(t.key) for t in TEMPLATES.values())
    title_width = max(len(t.title) for t in TEMPLATES.values())
    for t in TEMPLATES.values():
        print(f"{t.key:<{key_width}}  {t.title:<{title_width}}  {t.summary}")
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    """Check each file; report OK on stdout and problems on stderr."""
    from journeydesk.model import load_project
    from journeydesk.model.errors import ProjectFileError

    status = 0
    for path in args.files:
        try:
            project = load_project(path)
        except ProjectFileError as error:
            _error(f"{path}: {error}")
            status = 1
            continue
        print(arg(CliText.tr("%1: OK (%2)"), path, cli_info.totals(project)))
    return status


def _paragraphs(*texts: str) -> str:
    """Translated paragraphs, each wrapped to the help's width, a blank line between."""
    return "\n\n".join(textwrap.fill(text, _HELP_WIDTH, break_on_hyphens=False) for text in texts)


def _main_epilog() -> str:
    """The main help's list of commands, its examples and where to read more."""
    summaries = _summaries()
    width = max(len(name) for name in COMMANDS) + 2
    listing = "\n".join(f"  {name:<{width}}{summaries[name]}" for name in COMMANDS)
    examples = [
        (PROG, CliText.tr("open the app")),
        (f"{PROG} workshop.journey", CliText.tr("open a project in the app")),
        (f"{PROG} new --template classic workshop.journey", ""),
        (f"{PROG} info workshop.journey --json", ""),
    ]
    said = "\n".join(f"  {command:<30}{what}".rstrip() for command, what in examples)
    more = arg(
        CliText.tr(
            "Run '%1 COMMAND --help' for the options of a command. To open a file named like "
            "a command, give its path: %1 ./info"
        ),
        PROG,
    )
    commands, examples_heading = CliText.tr("commands:"), CliText.tr("examples:")
    return f"{commands}\n{listing}\n\n{examples_heading}\n{said}\n\n{_paragraphs(more)}"


class _VersionAction(argparse.Action):
    """``--version``: print the version, read from the installed metadata only when asked."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        from journeydesk import __version__

        print(f"{PROG} {__version__}")
        parser.exit()


def build_parser(with_options: Sequence[str] = COMMANDS) -> argparse.ArgumentParser:
    """Return the parser of the subcommands (the ``[FILE]`` form is handled before it).

    Only the commands ``with_options`` get their options (the others are listed, and parse
    nothing but ``--help``), so that running one command does not load what others need.
    """
    indent = " " * len(cli_argparse.argparse_text("usage: "))
    parser = argparse.ArgumentParser(
        prog=PROG,
        usage=f"{PROG} [FILE]\n{indent}{PROG} COMMAND [OPTIONS]",
        description=_paragraphs(
            CliText.tr("Offline customer journey mapping for workshop facilitators."),
            CliText.tr(
                "With no command, JourneyDesk opens the desktop app, on FILE (a .journey "
                "project) if one is given. The commands work in the terminal and never open "
                "a window."
            ),
        ),
        epilog=_main_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version", action=_VersionAction, help=CliText.tr("show the version and exit")
    )
    # Listed in the epilog instead: argparse would wrap the list badly.
    subparsers = parser.add_subparsers(dest="command", help=argparse.SUPPRESS, prog=PROG)
    summaries = _summaries()
    example_heading = CliText.tr("example:")
    sub = {
        name: subparsers.add_parser(
            name,
            description=f"{summaries[name][:1].upper()}{summaries[name][1:]}.",
            epilog=f"{example_heading}\n  {example}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        for name, example in _EXAMPLES.items()
    }
    if "new" in with_options:
        _add_new_arguments(sub["new"])
    if "validate" in with_options:
        sub["validate"].add_argument(
            "files", metavar="FILE", nargs="+", type=Path, help=CliText.tr("a project file")
        )
    for name, add_arguments in (
        ("info", cli_info.add_arguments),
        ("poster", cli_poster.add_arguments),
        ("convert", cli_convert.add_arguments),
    ):
        if name in with_options:
            add_arguments(sub[name])
    return parser


def _add_new_arguments(new: argparse.ArgumentParser) -> None:
    """The options of `journeydesk new`."""
    new.add_argument(
        "--template",
        metavar="NAME",
        default="blank",
        help=arg(
            CliText.tr("the template to start from (default: blank); see '%1 templates'"), PROG
        ),
    )
    new.add_argument(
        "--title", metavar="TEXT", help=CliText.tr("the project title (default: the template's)")
    )
    new.add_argument(
        "--persona", metavar="NAME", help=CliText.tr("the persona whose journey the map tells")
    )
    new.add_argument(
        "--force", action="store_true", help=CliText.tr("replace OUT.journey if it exists")
    )
    new.add_argument("out", metavar="OUT.journey", type=Path, help=CliText.tr("the file to create"))


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "new": _cmd_new,
    "templates": _cmd_templates,
    "validate": _cmd_validate,
    "info": cli_info.run,
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


def settings_file() -> Path:
    """The app's settings file (``journeydesk.ui.settings.settings_path()``, found alike)."""
    folder = os.environ.get("JOURNEYDESK_CONFIG_DIR")
    if not folder:
        import platformdirs

        folder = platformdirs.user_config_dir("JourneyDesk", appauthor=False)
    return Path(folder) / "settings.json"


def _language_setting() -> str:
    """The app's language setting ("" when there is none), read straight from its file.

    The app's Settings class would load pydantic and the map layout (with the text shaping)
    for this one field. A damaged file is left for the app to set aside.
    """
    try:
        settings = json.loads(settings_file().read_bytes())
    except (OSError, ValueError):
        return ""
    language = settings.get("language") if isinstance(settings, dict) else None
    return language if isinstance(language, str) else ""


def _use_language() -> None:
    """Speak the user's language: the app's setting, else the locale variables.

    English needs no Qt (the source texts are English); another language loads its Qt
    translation, which imports QtCore only (no display needed).
    """
    language = _language_setting()
    if language not in i18n.LANGUAGES:
        language = i18n.environment_language(i18n.LANGUAGES, os.environ)
    if language != "en":
        from journeydesk.ui.translations import install_translations

        install_translations(language)
        cli_argparse.speak_language()


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
    # pydantic looks for plugins (observability hooks) in every installed package's entry
    # points when the first model class is made; JourneyDesk uses none.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    _tolerant_streams()
    _use_language()
    try:
        if argv[:1] == ["--"]:
            return _run_open(argv[1:])
        if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
            return _run_open(argv)
        command = next((word for word in argv if word in COMMANDS), None)
        args = build_parser(() if command is None else (command,)).parse_args(argv)
        status = _HANDLERS[args.command](args)
        sys.stdout.flush()  # a closed pipe shows up here rather than at exit
        return status
    except CommandError as error:
        _error(str(error))
        return error.status
    except BrokenPipeError:
        _silence_stdout()
        return 141
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        status = _reported(error)
        if status is None:
            raise
        return status


def _reported(error: Exception) -> int | None:
    """Say what went wrong in one sentence and return the exit status; None for a bug."""
    # Loaded only now: a command that raises these has loaded them already.
    from journeydesk.convert.base import ConvertError
    from journeydesk.model.errors import FileError, ProjectFileError

    if isinstance(error, cli_poster.PosterCommandError | ConvertError):
        _error(str(error))
    elif isinstance(error, ProjectFileError):
        where = f"{error.path}: " if error.path else ""
        _error(f"{where}{error}")
    elif isinstance(error, FileError):  # a poster or a conversion not written: it says so
        _error(str(error))
    elif isinstance(error, OSError):
        where = f"{error.filename}: " if error.filename else ""
        _error(f"{where}{error.strerror or error}.")
    else:
        return None
    return 1
