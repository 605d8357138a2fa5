"""Test configuration: Qt runs offscreen and settings never touch the real user folder."""

from __future__ import annotations

import os

# Set before anything imports Qt: the whole suite runs without a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point JourneyDesk's settings folder at a fresh temporary folder for every test."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("JOURNEYDESK_CONFIG_DIR", str(folder))
    return folder
