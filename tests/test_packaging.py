"""The desktop files: one application id everywhere, validators clean, the MIME magic true."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from journeydesk.model.storage import project_to_bytes
from journeydesk.model.templates import TEMPLATES

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.journeydesk.journeydesk"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
MIME = PACKAGING / f"{APP_ID}.mime.xml"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_one_application_id_names_everything() -> None:
    entry = desktop_entry()
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("icon") == entry["Icon"] == APP_ID
    app_source = (ROOT / "journeydesk" / "ui" / "app.py").read_text(encoding="utf-8")
    assert f'setDesktopFileName("{APP_ID}")' in app_source
    # Qt names the window class after the application: the launcher must match it.
    assert 'setApplicationName("JourneyDesk")' in app_source
    assert entry["StartupWMClass"] == "JourneyDesk"
    assert entry["MimeType"].rstrip(";") == "application/x-journeydesk"


def test_the_magic_rule_finds_a_real_project_file() -> None:
    namespace = "{http://www.freedesktop.org/standards/shared-mime-info}"
    match = ET.parse(MIME).getroot().find(f"{namespace}mime-type/{namespace}magic/{namespace}match")
    assert match is not None
    start, end = (int(n) for n in match.get("offset", "0:0").split(":"))
    data = project_to_bytes(TEMPLATES["classic"].create_project("Magic"))
    assert match.get("value", "").encode() in data[start : end + len(match.get("value", ""))]


@pytest.mark.parametrize(
    ("tool", "arguments"),
    [
        ("appstreamcli", ["validate", "--pedantic", "--no-net", str(METAINFO)]),
        ("desktop-file-validate", [str(DESKTOP)]),
        ("xmllint", ["--noout", str(MIME), str(METAINFO)]),
    ],
)
def test_the_validators_have_nothing_to_say(tool: str, arguments: list[str]) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")
    done = subprocess.run([tool, *arguments], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    output = (done.stdout + done.stderr).strip()
    assert output in ("", "✔ Validation was successful."), output


def test_the_bitmap_icons_are_made_for_every_size() -> None:
    icons = ROOT / "resources" / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = (icons / "png" / f"journeydesk-{size}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
        assert (width, height) == (size, size)
    ico = (icons / "journeydesk.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and int.from_bytes(ico[4:6], "little") == 7
    assert (icons / "journeydesk.icns").read_bytes()[:4] == b"icns"
