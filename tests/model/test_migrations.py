"""Upgrades of older files: every step exists, they run in order, and failures read well."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from journeydesk.model import ProjectLoadError, load_project, save_project, storage
from journeydesk.model.migrations import MIGRATIONS, MigrationError, migrate
from journeydesk.model.project import SCHEMA_VERSION


def old_raw(version: int = 1) -> dict[str, Any]:
    return {"format": "journeydesk", "schema_version": version, "title": "Old map"}


def test_real_migrations_cover_every_older_version() -> None:
    assert SCHEMA_VERSION >= 1
    assert set(MIGRATIONS) == set(range(1, SCHEMA_VERSION))
    assert all(callable(step) for step in MIGRATIONS.values())


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_real_migrations_bring_every_version_to_the_current_one(version: int) -> None:
    # With no steps yet this checks that a current file passes through untouched; once a
    # step exists, an empty file of each older version must come out current.
    raw = migrate(old_raw(version))
    assert raw["schema_version"] == SCHEMA_VERSION
    assert raw["format"] == "journeydesk"


def test_current_version_is_left_alone() -> None:
    raw = old_raw(SCHEMA_VERSION)
    raw["x"] = [1]
    assert migrate(dict(raw)) == raw


def test_steps_run_in_order_and_set_the_version_after_each() -> None:
    seen: list[tuple[int, int]] = []

    def step(number: int) -> Any:
        def upgrade(raw: dict[str, Any]) -> dict[str, Any]:
            seen.append((number, raw["schema_version"]))
            raw.setdefault("trail", []).append(number)
            return raw

        return upgrade

    steps = {3: step(3), 1: step(1), 2: step(2), 4: step(4)}
    raw = migrate(old_raw(1), target=4, steps=steps)
    assert seen == [(1, 1), (2, 2), (3, 3)]  # step 4 is beyond the target
    assert raw["trail"] == [1, 2, 3]
    assert raw["schema_version"] == 4


def test_migration_starts_at_the_file_version() -> None:
    calls: list[int] = []
    steps = {n: (lambda raw, n=n: calls.append(n) or raw) for n in range(1, 6)}
    assert migrate(old_raw(3), target=6, steps=steps)["schema_version"] == 6
    assert calls == [3, 4, 5]


def test_step_may_return_a_new_dictionary() -> None:
    def rename_title(raw: dict[str, Any]) -> dict[str, Any]:
        new = {k: v for k, v in raw.items() if k != "title"}
        new["name"] = raw["title"]
        return new

    raw = migrate(old_raw(1), target=2, steps={1: rename_title})
    assert raw == {"format": "journeydesk", "schema_version": 2, "name": "Old map"}


def test_missing_step_names_the_versions() -> None:
    steps = {1: lambda raw: raw, 3: lambda raw: raw}
    with pytest.raises(MigrationError) as error:
        migrate(old_raw(1), target=4, steps=steps)
    message = str(error.value)
    assert "format 2" in message
    assert "format 3" in message
    assert "upgrade" in message


@pytest.mark.parametrize("failure", [KeyError("stages"), TypeError("bad"), ValueError("bad")])
def test_step_that_fails_on_damaged_data_becomes_a_migration_error(failure: Exception) -> None:
    def broken(raw: dict[str, Any]) -> dict[str, Any]:
        raise failure

    with pytest.raises(MigrationError) as error:
        migrate(old_raw(1), target=2, steps={1: broken})
    message = str(error.value)
    assert "format 1" in message
    assert "damaged" in message
    assert type(failure).__name__ in message
    assert error.value.__cause__ is failure


def test_step_reading_a_missing_key_becomes_a_migration_error() -> None:
    def needs_journeys(raw: dict[str, Any]) -> dict[str, Any]:
        for journey in raw["journeys"]:
            journey["lanes"] = []
        return raw

    with pytest.raises(MigrationError, match="KeyError"):
        migrate(old_raw(1), target=2, steps={1: needs_journeys})


# --- Through the loader ----------------------------------------------------------------------


@pytest.fixture
def pretend_format_two(monkeypatch: pytest.MonkeyPatch) -> dict[int, Any]:
    """Make the loader believe the current format is 2; the test fills in the steps."""
    steps: dict[int, Any] = {}
    monkeypatch.setattr(storage, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(
        storage, "migrate", lambda raw: migrate(raw, target=SCHEMA_VERSION + 1, steps=steps)
    )
    return steps


def write_current_file(path: Path) -> bytes:
    raw = old_raw(SCHEMA_VERSION)
    raw["journeys"] = [{"id": "j1", "title": "Old journey"}]
    data = json.dumps(raw).encode("utf-8")
    path.write_bytes(data)
    return data


def test_loader_applies_migrations_before_validation(
    tmp_path: Path, pretend_format_two: dict[int, Any]
) -> None:
    def add_notes(raw: dict[str, Any]) -> dict[str, Any]:
        for journey in raw["journeys"]:
            journey["notes"] = f"upgraded from format {raw['schema_version']}"
        return raw

    pretend_format_two[SCHEMA_VERSION] = add_notes
    path = tmp_path / "old.journey"
    data = write_current_file(path)
    project = load_project(path)
    assert project.schema_version == SCHEMA_VERSION + 1
    assert project.journeys[0].notes == f"upgraded from format {SCHEMA_VERSION}"
    assert path.read_bytes() == data  # loading an old file never rewrites it


def test_loader_turns_missing_step_into_load_error(
    tmp_path: Path, pretend_format_two: dict[int, Any]
) -> None:
    path = tmp_path / "old.journey"
    data = write_current_file(path)
    with pytest.raises(ProjectLoadError) as error:
        load_project(path)
    message = str(error.value)
    assert message.startswith("JourneyDesk does not know how to upgrade")
    assert f"format {SCHEMA_VERSION} to format {SCHEMA_VERSION + 1}" in message
    assert message.endswith(".")
    assert path.read_bytes() == data


def test_loader_turns_failing_step_into_load_error(
    tmp_path: Path, pretend_format_two: dict[int, Any]
) -> None:
    pretend_format_two[SCHEMA_VERSION] = lambda raw: raw["no such key"]
    path = tmp_path / "old.journey"
    data = write_current_file(path)
    with pytest.raises(ProjectLoadError) as error:
        load_project(path)
    message = str(error.value)
    assert message.startswith("The file uses the older format")
    assert "damaged" in message
    assert message.endswith(".")
    assert "Traceback" not in message
    assert path.read_bytes() == data


def test_saving_a_migrated_project_writes_the_new_version(
    tmp_path: Path, pretend_format_two: dict[int, Any]
) -> None:
    pretend_format_two[SCHEMA_VERSION] = lambda raw: raw
    old = tmp_path / "old.journey"
    write_current_file(old)
    new = tmp_path / "new.journey"
    save_project(load_project(old), new)
    assert json.loads(new.read_bytes())["schema_version"] == SCHEMA_VERSION + 1
