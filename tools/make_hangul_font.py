"""Build resources/fonts/JourneyDeskHangul-*.ttf: NanumGothic cut to Hangul, renamed.

NanumGothic (SIL OFL 1.1, NAVER) also holds Hanja and kana, which would draw Chinese and
Japanese in Korean letterforms mixed with Droid Sans Fallback; cut to Hangul it only answers
for Korean. The OFL lets a modified font ship under another name (its Reserved Font Names
are not used). Run once with fontTools installed (a build tool, not a dependency):

    python tools/make_hangul_font.py /usr/share/fonts/truetype/nanum
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

#: Hangul, and the ASCII and no-break spaces and punctuation a Korean run keeps inside it.
HANGUL = (
    "U+0020-007E,U+00A0,U+1100-11FF,U+3130-318F,U+A960-A97F,U+AC00-D7A3,U+D7B0-D7FF,U+FFA0-FFDC"
)
OUT = Path(__file__).resolve().parents[1] / "resources" / "fonts"


def build(source: Path, style: str) -> Path:
    """Cut one weight of NanumGothic to Hangul and name it JourneyDesk Hangul."""
    options = subset.Options()
    options.hinting = False
    options.name_IDs = ["*"]
    options.notdef_outline = True
    font = TTFont(source)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(HANGUL))
    subsetter.subset(font)
    family, full = "JourneyDesk Hangul", f"JourneyDesk Hangul {style}".replace(" Regular", "")
    postscript = f"JourneyDeskHangul-{style}"
    new_names = {1: family, 16: family, 4: full, 6: postscript, 3: f"{postscript};JourneyDesk"}
    names = font["name"]
    for record in list(names.names):
        if record.nameID in new_names:
            where = (record.platformID, record.platEncID, record.langID)
            names.setName(new_names[record.nameID], record.nameID, *where)
    target = OUT / f"{postscript}.ttf"
    font.save(target)
    return target


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/nanum")
    for file, style in (("NanumGothic.ttf", "Regular"), ("NanumGothicBold.ttf", "Bold")):
        print(build(folder / file, style))
