"""Extract, fill and compile JourneyDesk's translations (``make translations`` runs ``all``).

    python packaging/translations.py all       # extract, English plurals, compile
    python packaging/translations.py extract   # journeydesk_<lang>.ts from the sources
    python packaging/translations.py english   # journeydesk_en.ts: plural forms only
    python packaging/translations.py compile   # every .ts to its .qm
    python packaging/translations.py check     # fail if a .ts is out of date or unfinished
    python packaging/translations.py merge DIR # fill the .ts from translated parts in DIR

pyside6-lupdate reads every ``tr()``/``translate()`` in ``journeydesk/`` into
``resources/translations/journeydesk_<lang>.ts`` (keeping what is translated) and
pyside6-lrelease compiles them; the compiled ``.qm`` files are committed, so running the app
needs neither tool. English needs a catalogue too, of plural forms only: the source says
"%n card(s)" and ``journeydesk_en.ts`` says "%n card" and "%n cards". ``english`` fills new
plural forms from that "(s)" convention; irregular ones are edited in the .ts by hand, and a
form already filled is never overwritten.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from journeydesk.i18n import english_form

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "journeydesk"
FOLDER = ROOT / "resources" / "translations"
#: The languages translated in full (English has its plural forms only).
LANGUAGES = ("de",)
BIN = Path(sys.executable).parent
_LUPDATE_OPTIONS = ["-locations", "none", "-no-obsolete", "-silent"]


def ts_path(language: str) -> Path:
    return FOLDER / f"journeydesk_{language}.ts"


def _tool(name: str) -> str:
    local = BIN / name
    return str(local) if local.exists() else name


def _lupdate(target: Path, language: str, *extra: str) -> None:
    # Each file named: given a folder, this lupdate's Python parser finds no .py files in it.
    files = [str(path) for path in sorted(SOURCES.rglob("*.py"))]
    command = [_tool("pyside6-lupdate"), *files, *_LUPDATE_OPTIONS, *extra]
    command += ["-target-language", language, "-ts", str(target)]
    subprocess.run(command, check=True)


def extract() -> None:
    """Bring every language's .ts up to date with the sources (translations are kept)."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        _lupdate(ts_path(language), language)
        _drop_notes(ts_path(language))


def _drop_notes(path: Path) -> None:
    """Remove lupdate's translator notes: it takes them from our ``#:`` attribute comments."""
    root = ET.parse(path).getroot()
    for message in root.iter("message"):
        for note in message.findall("extracomment"):
            message.remove(note)
    _write(root, path)


def merge(parts: Path) -> int:
    """Fill the untranslated messages of each language's .ts from the .ts files in ``parts``.

    For translations made apart (one file per area of the code, by several people at once):
    a message is matched by context, source and disambiguation. Returns how many were filled.
    """
    filled = 0
    for language in LANGUAGES:
        known: dict[tuple[str, str, str], ET.Element] = {}
        for part in sorted(parts.glob(f"*_{language}.ts")):
            for context, message in _messages(ET.parse(part).getroot()):
                translation = message.find("translation")
                if translation is not None and translation.get("type") is None:
                    known[_key(context, message)] = translation
        root = ET.parse(ts_path(language)).getroot()
        for context, message in _messages(root):
            translation = message.find("translation")
            found = known.get(_key(context, message))
            if found is not None and translation is not None and translation.get("type"):
                message.remove(translation)
                message.append(found)
                filled += 1
        _write(root, ts_path(language))
    return filled


def _messages(root: ET.Element) -> list[tuple[str, ET.Element]]:
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return context, message.findtext("source") or "", message.findtext("comment") or ""


def english() -> None:
    """Write journeydesk_en.ts: the plural messages, their two English forms filled in."""
    target = ts_path("en")
    _lupdate(target, "en", "-pluralonly")
    _drop_notes(target)
    root = ET.parse(target).getroot()
    for message in root.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or message.get("numerus") != "yes":
            continue
        forms = translation.findall("numerusform")
        while len(forms) < 2:
            forms.append(ET.SubElement(translation, "numerusform"))
        for index, form in enumerate(forms[:2]):
            if not (form.text or "").strip():
                form.text = english_form(source, singular=index == 0)
        translation.attrib.pop("type", None)
    _write(root, target)


def _write(root: ET.Element, target: Path) -> None:
    ET.indent(root, space="    ")
    text = ET.tostring(root, encoding="unicode")
    target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n")


def compile_all(folder: Path = FOLDER, out: Path | None = None) -> list[Path]:
    """Compile every .ts in ``folder`` to a .qm (in ``out``, else beside it); return the .qm."""
    written = []
    for source in sorted(folder.glob("journeydesk_*.ts")):
        qm = (out or folder) / source.with_suffix(".qm").name
        command = [_tool("pyside6-lrelease"), "-silent", "-nounfinished", str(source)]
        subprocess.run([*command, "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def unfinished(path: Path) -> list[str]:
    """Return the sources of ``path`` that have no (or an unfinished) translation."""
    missing = []
    for message in ET.parse(path).iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") in {"unfinished", "vanished"}:
            missing.append(source)
            continue
        texts = [f.text for f in translation.findall("numerusform")] or [translation.text]
        if not all((t or "").strip() for t in texts):
            missing.append(source)
    return missing


def check() -> int:
    """Return 1 (and say why) if a .ts misses a source text, is unfinished, or a .qm is stale."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch)
        for language in (*LANGUAGES, "en"):
            copy = fresh / ts_path(language).name
            copy.write_bytes(ts_path(language).read_bytes())
            _lupdate(copy, language, *(["-pluralonly"] if language == "en" else []))
            if unfinished(copy):
                problems.append(f"{copy.name}: {len(unfinished(copy))} untranslated texts")
        for qm in compile_all(FOLDER, fresh):
            if qm.read_bytes() != (FOLDER / qm.name).read_bytes():
                problems.append(f"{qm.name} is older than its .ts (run make translations)")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "all"
    if command in {"all", "extract"}:
        extract()
    if command in {"all", "english"}:
        english()
    if command in {"all", "english", "compile"}:
        compile_all()
    if command == "check":
        return check()
    if command == "merge":
        print(f"{merge(Path(argv[2]))} translations taken from {argv[2]}")
        compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
