"""The model never imports Qt or the PDF library, so tools and tests can use it headless."""

from __future__ import annotations

import json
import subprocess
import sys

CHECK = """
import json, sys
import journeydesk.model, journeydesk.model.storage, journeydesk.model.templates
import journeydesk.model.migrations, journeydesk.model.errors, journeydesk.model.project
import journeydesk.model.photos, journeydesk.model.json_strict, journeydesk.model.file_io
import journeydesk.model.recovery, journeydesk.model.lock, journeydesk.model.processes
import journeydesk.model.voting, journeydesk.model.base, journeydesk.model.journeys
heavy = sorted(
    name for name in sys.modules
    if name.split(".")[0] in ("PySide6", "shiboken6", "reportlab")
    or name.startswith(("PySide6", "reportlab"))
)
print(json.dumps({"heavy": heavy, "model": "journeydesk.model.storage" in sys.modules}))
"""


def test_model_imports_neither_qt_nor_reportlab() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHECK],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["model"] is True
    assert report["heavy"] == []
