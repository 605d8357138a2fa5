"""The command line starts fast: `--version` and `info` load neither Qt, ReportLab, Pillow nor
the text shaping; the version is read when asked; the language setting without the app's code;
the app loads its Qt-free modules before Qt; the model's pydantic classes look for no plugins."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from journeydesk import cli
from journeydesk.resources import example_path
from journeydesk.ui.settings import settings_path

REPO = Path(__file__).resolve().parents[2]
#: Modules neither command may load: Qt, the PDF and image libraries, the text shaping (and
#: the layout, which shapes text), the poster code.
HEAVY = ("PySide6", "shiboken6", "reportlab", "PIL", "uharfbuzz", "journeydesk.layout")


def modules_after(*argv: str) -> list[str]:
    """The modules loaded by ``journeydesk ARGV`` in a fresh interpreter (it must succeed)."""
    code = (
        "import sys\nfrom journeydesk.cli import main\n"
        f"try:\n    status = main({list(argv)!r})\nexcept SystemExit as exit:\n"
        "    status = exit.code\n"
        "print('\\n'.join(sorted(sys.modules)), file=sys.stderr)\nsys.exit(status)"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stderr
    return result.stderr.split()


def run_python(code: str, **environment: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -c CODE`` from the checkout, with ``environment`` added."""
    env = {**os.environ, "PYTHONPATH": str(REPO), **environment}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )


def heavy(modules: list[str]) -> list[str]:
    """The HEAVY modules among ``modules``."""
    return [m for m in modules if any(m == h or m.startswith(f"{h}.") for h in HEAVY)]


def test_version_loads_nothing_but_the_command_line() -> None:
    modules = modules_after("--version")
    assert heavy(modules) == []
    assert "journeydesk.model" not in modules and "pydantic" not in modules
    assert "journeydesk.poster.papers" not in modules and "journeydesk.convert" not in modules


def test_info_loads_the_model_but_no_qt_reportlab_pillow_or_shaping() -> None:
    modules = modules_after("info", str(example_path()))
    assert heavy(modules) == []
    assert "journeydesk.model" in modules
    assert not any(m.startswith("journeydesk.poster") for m in modules)


def test_importing_journeydesk_reads_the_version_only_when_asked() -> None:
    result = run_python(
        "import sys, journeydesk\n"
        "assert 'importlib.metadata' not in sys.modules, 'read at import'\n"
        "print(journeydesk.__version__)\n"
        "from journeydesk import __version__\n"
        "print(__version__)"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [version("journeydesk")] * 2
    import journeydesk

    with pytest.raises(AttributeError, match="no attribute 'colour'"):
        _ = journeydesk.colour  # type: ignore[attr-defined]  # other names are still missing


def test_version_prints_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit:
        cli.main(["--version"])
    assert exit.value.code == 0
    assert capsys.readouterr().out == f"journeydesk {version('journeydesk')}\n"


def test_the_command_line_reads_the_apps_settings_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("JOURNEYDESK_CONFIG_DIR", str(tmp_path))
    assert cli.settings_file() == settings_path() == tmp_path / "settings.json"
    monkeypatch.delenv("JOURNEYDESK_CONFIG_DIR")
    assert cli.settings_file() == settings_path()


def test_the_language_setting_is_spoken_and_a_damaged_file_left_alone(tmp_path: Path) -> None:
    code = "import sys\nfrom journeydesk.cli import main\nsys.exit(main(['--help']))"
    folder = {"JOURNEYDESK_CONFIG_DIR": str(tmp_path)}
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"language": "de", "recent_files": []}), encoding="utf-8")
    german = run_python(code, **folder)
    assert german.returncode == 0, german.stderr
    assert "die Version anzeigen und beenden" in german.stdout
    settings.write_text('{"language": "de", ', encoding="utf-8")  # cut short
    english = run_python(code, **folder)
    assert english.returncode == 0, english.stderr
    assert "show the version and exit" in english.stdout
    assert settings.read_text(encoding="utf-8") == '{"language": "de", '  # the app's to mend


def test_the_app_loads_the_model_and_layout_before_qt() -> None:
    # PySide6's import hook reads the source of every module imported after it: the model's
    # and the layout's hundred-odd modules (pydantic's among them) come first.
    code = (
        "import importlib.abc, sys\n"
        "class Stop(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path, target=None):\n"
        "        if name == 'journeydesk.ui.app':\n"
        "            print(' '.join(sorted(sys.modules)))\n"
        "            raise SystemExit(0)\n"
        "sys.meta_path.insert(0, Stop())\n"
        "from journeydesk.cli import main\n"
        "main([])\n"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stderr
    loaded = result.stdout.split()
    assert "pydantic" in loaded and "journeydesk.model.storage" in loaded
    assert "journeydesk.layout.map_layout" in loaded and "uharfbuzz" in loaded
    assert not [m for m in loaded if m.startswith(("PySide6", "shiboken6"))]


def test_defining_the_model_reads_no_package_metadata() -> None:
    """pydantic looks for plugins in every installed package's metadata unless told not to."""
    code = (
        "import importlib.metadata as metadata\n"
        "calls = []\n"
        "scan = metadata.entry_points\n"
        "metadata.entry_points = lambda *a, **k: calls.append(k) or scan(*a, **k)\n"
        "import journeydesk.model.storage\n"
        "from journeydesk.resources import example_path\n"
        "journeydesk.model.storage.load_project(example_path())\n"
        "print(len(calls))"
    )
    clean = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    env = {**clean, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["0"]
