"""Mutation fuzzer of project files: every damaged file loads or gives one ProjectLoadError.

Valid project files (the bundled example, generated projects with photos and unknown
fields) are damaged at random: bytes flipped, inserted or cut, the file truncated, a value at
a random place replaced by another JSON type, keys written twice, data nested deeply,
numbers too large, bad dates, bad photos, NaN, other encodings. Each case must either load
(and then save and load again to an equal project) or be refused with a ProjectLoadError
whose message reads as one sentence. Anything else is counted under "other" and shown.

Run: .venv/bin/python tools/fuzz_project_files.py [--cases 20000] [--seed 1]
tests/model/test_fuzz.py runs 2,000 cases of it.
"""

from __future__ import annotations

import argparse
import base64
import codecs
import json
import random
import struct
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journeydesk.model.errors import ProjectLoadError
from journeydesk.model.json_strict import MAX_DEPTH
from journeydesk.model.project import Photo
from journeydesk.model.sample import generate_project
from journeydesk.model.storage import parse_project, project_to_bytes

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "resources" / "examples" / "eva-pizza.journey"

Raw = Any
Mutation = Callable[[random.Random, bytes, Raw], bytes]


def png(width: int, height: int) -> bytes:
    """The header of a PNG picture of this size (enough for the photo checks)."""
    ihdr = struct.pack(">II", width, height) + bytes([8, 6, 0, 0, 0])
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + ihdr + b"\0\0\0\0"


def bases() -> list[bytes]:
    """The valid files that mutations start from."""
    found = []
    if EXAMPLE.exists():
        found.append(EXAMPLE.read_bytes())
    for seed in (1, 2):
        project = generate_project(stages=6, lanes=5, cards=40, seed=seed)
        photo = base64.b64encode(png(64, 64)).decode()
        project.personas[0].photo = Photo(media_type="image/png", data=photo)
        raw = json.loads(project_to_bytes(project))
        raw["x_unknown"] = {"list": [1, 2.5, None, True], "text": "ünïcödé"}
        raw["journeys"][0]["cards"][0]["x_note"] = {"kept": ["as", "is"]}
        found.append(dump(raw))
    return found


def dump(raw: Raw) -> bytes:
    return json.dumps(raw, indent=2, ensure_ascii=False).encode("utf-8") + b"\n"


# --- Places in the raw tree ------------------------------------------------------------------


def places(raw: Raw) -> list[tuple[Any, Any]]:
    """Every (container, key or index) of ``raw``: each place a value can be replaced."""
    found: list[tuple[Any, Any]] = []
    pending = [raw]
    while pending:
        node = pending.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in items:
            found.append((node, key))
            if isinstance(value, dict | list):
                pending.append(value)
    return found


def objects(raw: Raw) -> list[dict[str, Any]]:
    return [raw, *(c[k] for c, k in places(raw) if isinstance(c[k], dict))]


def replaced(raw: Raw, rng: random.Random, value: Callable[[Any], Any]) -> bytes:
    """``raw`` (a fresh copy) with one random place given ``value(old)``."""
    raw = json.loads(json.dumps(raw))
    container, key = rng.choice(places(raw))
    container[key] = value(container[key])
    return dump(raw)


def any_value(rng: random.Random) -> Any:
    return rng.choice(
        [
            None,
            True,
            False,
            0,
            -1,
            2.0,
            2.5,
            "",
            "x",
            "5",
            [],
            {},
            [None],
            {"a": 1},
            10**400,
            -(2**63),
            2**64,
            "2026-13-45T99:99:99Z",
            "0001-01-01T00:00:00+01:00",
            "9999-12-31T23:59:59-01:00",
            "x" * 1_001,
            "é\u2028\x00\x1b[31m",
            {"media_type": "image/png", "data": "!!"},
        ]
    )


# --- Mutations -------------------------------------------------------------------------------


def flip_bytes(rng: random.Random, data: bytes, raw: Raw) -> bytes:
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        buffer[rng.randrange(len(buffer))] = rng.randrange(256)
    return bytes(buffer)


def insert_or_cut_bytes(rng: random.Random, data: bytes, raw: Raw) -> bytes:
    at = rng.randrange(len(data))
    if rng.random() < 0.5:
        return data[:at] + data[at + rng.randint(1, 40) :]
    junk = rng.choice([b"{", b"}", b"[", b"]", b",", b":", b'"', b"\\", b"\0", b"\xff", b"\n"])
    return data[:at] + junk * rng.randint(1, 3) + data[at:]


def truncate(rng: random.Random, data: bytes, raw: Raw) -> bytes:
    return data[: rng.randrange(len(data))]


def swap_type(rng: random.Random, data: bytes, raw: Raw) -> bytes:
    return replaced(raw, rng, lambda old: any_value(rng))


def duplicate_key(rng: random.Random, data: bytes, raw: Raw) -> bytes:
    target = rng.choice([o for o in objects(raw) if o])
    key = rng.choice(list(target))
    # Written by hand: json.dumps cannot write a key twice.
    text = dump(raw).decode()
    needle = f'"{key}": '
    at = text.find(needle, rng.randrange(len(text)))
    at = text.find(needle) if at < 0 else at
    return (text[:at] + f'"{key}": 0, ' + text[at:]).encode()


def nest_deeply(rng: random.Random, data: bytes, raw: Raw) -> bytes:
    depth = rng.choice([MAX_DEPTH - 5, MAX_DEPTH, MAX_DEPTH + 1, 1_000, 100_000])
    opener, closer = rng.choice([(b"[", b"]"), (b'{"a": ', b"}")])
    nested = opener * depth + b"0" + closer * depth  # as text: json.dumps would recurse
    return replaced(raw, rng, lambda old: "@@DEEP@@").replace(b'"@@DEEP@@"', nested)


def huge_number(rng: random.Random, data: bytes, raw: Raw) -> bytes:
    number = rng.choice(
        [b"1e400", b"-1e400", b"9" * 5_000, b"1" + b"0" * 400, b"18446744073709551616"]
    )
    text = replaced(raw, rng, lambda old: "@@NUMBER@@")
    return text.replace(b'"@@NUMBER@@"', number)


def nan(rng: random.Random, data: bytes, raw: Raw) -> bytes:
    constant = rng.choice([b"NaN", b"Infinity", b"-Infinity"])
    return replaced(raw, rng, lambda old: "@@NAN@@").replace(b'"@@NAN@@"', constant)


def bad_date(rng: random.Random, data: bytes, raw: Raw) -> bytes:
    raw = json.loads(json.dumps(raw))
    raw[rng.choice(["created", "modified"])] = rng.choice(
        [0, 1.7e9, "1700000000", "yesterday", "2026-02-30T00:00:00Z", "0000-01-01T00:00:00Z",
         "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00", "2026-01-01T25:00:00Z",
         "2026-01-01T00:00:00+99:00", None, True, [], "2026-01-01"]
    )  # fmt: skip
    return dump(raw)


def bad_photo(rng: random.Random, data: bytes, raw: Raw) -> bytes:
    raw = json.loads(json.dumps(raw))
    if not raw.get("personas"):
        raw["personas"] = [{"id": "fuzz-p", "name": "Fuzz"}]
    picture = rng.choice(
        [
            png(5_000, 10),
            png(0, 0),
            png(10, 10)[:20],
            b"GIF89a" + bytes(rng.randrange(256) for _ in range(rng.randint(0, 30))),
            b"\xff\xd8\xff" + bytes(rng.randrange(256) for _ in range(rng.randint(0, 60))),
            b"RIFF\0\0\0\0WEBPVP8X" + bytes(rng.randrange(256) for _ in range(20)),
            bytes(rng.randrange(256) for _ in range(rng.randint(0, 40))),
            png(64, 64),
        ]
    )
    media_type = rng.choice(["image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp"])
    encoded = base64.b64encode(picture).decode()
    if rng.random() < 0.2:
        encoded = encoded[: rng.randrange(len(encoded) + 1)] + rng.choice(["", "=", "!", " "])
    raw["personas"][0]["photo"] = {"media_type": media_type, "data": encoded}
    return dump(raw)


def other_encoding(rng: random.Random, data: bytes, raw: Raw) -> bytes:
    codec, bom = rng.choice(
        [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", b""), ("utf-32-le", b""),
         ("utf-32-be", codecs.BOM_UTF32_BE), ("latin-1", b""), ("utf-8", b"\0\0\0\0")]
    )  # fmt: skip
    return bom + data.decode("utf-8").encode(codec, "replace")


def break_references(rng: random.Random, data: bytes, raw: Raw) -> bytes:
    raw = json.loads(json.dumps(raw))
    ids = [c[k] for c, k in places(raw) if k in ("id", "lane_id", "stage_id") and c[k]]
    if ids:
        container, key = rng.choice([(c, k) for c, k in places(raw) if k in ("id", "lane_id")])
        container[key] = rng.choice([*ids, "gone", "a b"])
    return dump(raw)


def remove_key(rng: random.Random, data: bytes, raw: Raw) -> bytes:
    raw = json.loads(json.dumps(raw))
    target = rng.choice([o for o in objects(raw) if o])
    target.pop(rng.choice(list(target)))
    return dump(raw)


MUTATIONS: dict[str, Mutation] = {
    "byte flips": flip_bytes,
    "bytes inserted or cut": insert_or_cut_bytes,
    "truncation": truncate,
    "type swap": swap_type,
    "duplicate key": duplicate_key,
    "deep nesting": nest_deeply,
    "huge number": huge_number,
    "NaN or Infinity": nan,
    "bad date": bad_date,
    "bad photo": bad_photo,
    "other encoding": other_encoding,
    "broken reference": break_references,
    "key removed": remove_key,
}


# --- Running ---------------------------------------------------------------------------------


@dataclass
class Figures:
    """Outcomes of a fuzzing run."""

    cases: int = 0
    loaded: int = 0
    refused: int = 0
    other: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def report(self) -> str:
        """The figures as a few lines."""
        lines = [
            f"cases: {self.cases:,} of {len(self.kinds)} kinds in {self.seconds:.1f} s; "
            f"ok (loaded and saved again): {self.loaded:,}, refused with a sentence: "
            f"{self.refused:,}, other: {self.other}",
            "kinds: "
            + ", ".join(f"{kind} {count:,}" for kind, count in sorted(self.kinds.items())),
        ]
        return "\n".join(lines + [f"  {problem}" for problem in self.problems[:10]])


def is_sentence(message: str) -> bool:
    """Whether ``message`` reads as one short line of prose for a facilitator."""
    return (
        bool(message)
        and message[0].isupper()
        and message.endswith(".")
        and "\n" not in message
        and len(message) < 500
        and not any(leak in message for leak in ("Traceback", "[type=", "input_value", "Errno"))
    )


def check(content: bytes) -> tuple[str, str]:
    """("loaded", "") or ("refused", "") when ``content`` is handled well, else ("other", why).

    Loaded means loaded, saved and loaded again to an equal project; refused means one
    ProjectLoadError whose message reads as a sentence.
    """
    try:
        project = parse_project(content)
    except ProjectLoadError as error:
        if is_sentence(str(error)):
            return "refused", ""
        return "other", f"not a sentence: {str(error)!r}"[:300]
    except Exception as error:  # exactly what the fuzzer is looking for
        where = traceback.format_exc(limit=-2).strip().splitlines()
        return "other", f"{type(error).__name__}: {str(error)[:200]} ({' / '.join(where[-4:])})"
    try:
        again = parse_project(project_to_bytes(project))
    except Exception as error:  # a file that loads must also save and load again
        return "other", f"loaded but not saved again: {type(error).__name__}: {error}"[:300]
    if again != project:
        return "other", "loaded, but saving changed it"
    return "loaded", ""


def run(cases: int = 20_000, seed: int = 1) -> Figures:
    """Run ``cases`` mutations, starting from ``seed``, and count the outcomes."""
    rng = random.Random(seed)
    starts = [(data, json.loads(data)) for data in bases()]
    names = list(MUTATIONS)
    figures = Figures()
    start = time.perf_counter()
    for _ in range(cases):
        kind = rng.choice(names)
        data, raw = rng.choice(starts)
        content = MUTATIONS[kind](rng, data, raw)
        figures.cases += 1
        figures.kinds[kind] += 1
        outcome, problem = check(content)
        if outcome == "loaded":
            figures.loaded += 1
        elif outcome == "refused":
            figures.refused += 1
        else:
            figures.other += 1
            figures.problems.append(f"{kind}: {problem}")
    figures.seconds = time.perf_counter() - start
    return figures


def main() -> int:
    """Run the fuzzer with the options given and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    figures = run(args.cases, args.seed)
    print(figures.report())
    return 1 if figures.other else 0


if __name__ == "__main__":
    sys.exit(main())
