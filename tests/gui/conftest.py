"""GUI tests: offscreen, one QApplication, fresh QSettings per test, and a SQLite desk."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from tests.gui.support import MessageBoxes
from wsp_desk.desk import DeskContext
from wsp_desk.services.locations import LocationView


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    """GUI tests run on SQLite; the services underneath are tested on both backends."""
    return sqlite_url


@pytest.fixture(autouse=True)
def fresh_settings(tmp_path: Path, qapp: object) -> Iterator[None]:
    QCoreApplication.setOrganizationName("wsp-desk-tests")
    QCoreApplication.setApplicationName("wsp-desk")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture(autouse=True)
def default_locale() -> Iterator[None]:
    """Starting the desk sets the locale of the UI language; the next test starts from the same one again."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    boxes = MessageBoxes()
    boxes.answer_instead_of_the_person(monkeypatch)
    return boxes


@pytest.fixture
def location(desk: DeskContext) -> LocationView:
    """The desk's one location (the Inhouse location at the WSP)."""
    return desk.locations.list_locations()[0]
