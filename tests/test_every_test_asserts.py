"""Every test checks a real result: it asserts (itself or through a helper) on computed values.

A test that only runs code passes whatever the code does, and ``assert True`` or ``assert 1 ==
1`` checks nothing. This reads the suite's source: every ``test_*`` function must assert, use
``pytest.raises``/``warns``/``fail``, wait for a condition or signal with ``qtbot`` (which
fails on a timeout), or call a function of the suite that does; and no assertion may test a
constant or compare an expression with itself.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

TESTS = Path(__file__).parent
#: Calls that fail the test when their condition does not hold.
CHECKING_CALLS = {
    "raises",
    "warns",
    "fail",
    "waitUntil",
    "waitSignal",
    "waitSignals",
    "assertNotEmitted",
}

Function = ast.FunctionDef | ast.AsyncFunctionDef


def _functions(tree: ast.AST) -> Iterator[Function]:
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield node


def _called_names(function: Function) -> set[str]:
    names = set()
    for node in ast.walk(function):
        if isinstance(node, ast.Call):
            callee = node.func
            if isinstance(callee, ast.Attribute):
                names.add(callee.attr)
            elif isinstance(callee, ast.Name):
                names.add(callee.id)
    return names


def _asserts_itself(function: Function) -> bool:
    has_assert = any(isinstance(node, ast.Assert) for node in ast.walk(function))
    return has_assert or bool(_called_names(function) & CHECKING_CALLS)


def _is_constant(node: ast.expr) -> bool:
    """Whether ``node`` is a literal (a constant, or a tuple or list of them)."""
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.Tuple | ast.List):
        return all(_is_constant(item) for item in node.elts)
    return False


def _empty_assertions(function: Function) -> list[int]:
    """The lines of assertions that check nothing computed."""
    lines = []
    for node in ast.walk(function):
        if not isinstance(node, ast.Assert):
            continue
        test = node.test
        if _is_constant(test):
            lines.append(node.lineno)
        elif isinstance(test, ast.Compare) and len(test.comparators) == 1:
            left, right = test.left, test.comparators[0]
            # The same expression on both sides: unless it calls something (a fresh id each
            # time, say), both sides are one value.
            same = ast.dump(left) == ast.dump(right) and not any(
                isinstance(part, ast.Call) for part in ast.walk(left)
            )
            if same or (_is_constant(left) and _is_constant(right)):
                lines.append(node.lineno)
    return lines


def _suite() -> list[tuple[Path, ast.Module]]:
    files = sorted(TESTS.rglob("*.py"))
    return [(path, ast.parse(path.read_text("utf-8"), str(path))) for path in files]


def _checking_names(suite: list[tuple[Path, ast.Module]]) -> set[str]:
    """The names of the suite's functions that assert, themselves or through one another."""
    calls = {}
    checking = set()
    for _path, tree in suite:
        for function in _functions(tree):
            calls.setdefault(function.name, set()).update(_called_names(function))
            if _asserts_itself(function):
                checking.add(function.name)
    grew = True
    while grew:
        grew = False
        for name, called in calls.items():
            if name not in checking and called & checking:
                checking.add(name)
                grew = True
    return checking


def test_every_test_asserts_on_a_real_result() -> None:
    suite = _suite()
    checking = _checking_names(suite)
    tests = [
        (path, function)
        for path, tree in suite
        if path.name.startswith("test_")
        for function in _functions(tree)
        if function.name.startswith("test_")
    ]
    assert len(tests) > 500  # the suite was found
    silent = [
        f"{path.relative_to(TESTS)}:{function.lineno} {function.name}"
        for path, function in tests
        if not _asserts_itself(function) and not (_called_names(function) & checking)
    ]
    empty = [
        f"{path.relative_to(TESTS)}:{line} in {function.name}"
        for path, function in tests
        for line in _empty_assertions(function)
    ]
    assert silent == [], "tests that check nothing"
    assert empty == [], "assertions on constants"


SAMPLE = """
def helper(x):
    assert x > 1

def test_runs_only():
    compute()

def test_through_a_helper():
    helper(compute())

def test_a_constant():
    assert True

def test_itself():
    value = compute()
    assert value == value

def test_real():
    assert compute() == 2
    assert make().id != make().id
"""


def test_the_check_catches_tests_that_check_nothing() -> None:
    tree = ast.parse(SAMPLE)
    checking = _checking_names([(Path("sample.py"), tree)])
    by_name = {function.name: function for function in _functions(tree)}
    assert "helper" in checking and "test_through_a_helper" in checking
    assert "test_runs_only" not in checking
    assert _empty_assertions(by_name["test_a_constant"]) == [12]
    assert _empty_assertions(by_name["test_itself"]) == [16]
    assert _empty_assertions(by_name["test_real"]) == []
