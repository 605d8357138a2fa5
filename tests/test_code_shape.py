"""The code keeps its shape: small files, the layer rule, and one QGraphicsItem class per file.

The layer rule itself is import-linter's contracts in pyproject.toml (``make lint`` runs them);
this runs them in the suite too, so that no change can break it unnoticed.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "journeydesk"
MAX_LINES = 450


def sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_no_source_file_is_longer_than_one_sitting() -> None:
    long = {
        str(path.relative_to(ROOT)): count
        for path in sources()
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_one_graphics_item_class_per_file() -> None:
    crowded = {}
    for path in (PACKAGE / "ui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        items = [
            node.name
            for node in tree.body
            if isinstance(node, ast.ClassDef)
            and any("GraphicsItem" in ast.unparse(base) for base in node.bases)
        ]
        if len(items) > 1:
            crowded[str(path.relative_to(ROOT))] = items
    assert crowded == {}


def test_the_layer_contracts_are_kept() -> None:
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if lint_imports is None:
        pytest.skip("import-linter is not installed (it comes with the test extra)")
    result = subprocess.run(
        [lint_imports], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert "0 broken" in result.stdout
