"""The UI language: stored per desk, Dutch by default, catalogues compiled when the .ts is newer."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication

from wsp_desk.gui import preferences, translations

DUTCH_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Probe</name>
    <message>
        <source>Hello</source>
        <translation>Hallo</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def catalogue_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "wsp_desk_nl.ts").write_text(DUTCH_TS, encoding="utf-8")
    monkeypatch.setattr(translations, "translations_dir", lambda: folder)
    return folder


def test_dutch_is_the_default_and_the_choice_is_stored(qapp: QApplication) -> None:
    assert translations.current_language() == "nl"
    translations.set_language("en")
    assert QSettings().value(preferences.LANGUAGE.key) == "en"
    assert translations.current_language() == "en"
    with pytest.raises(ValueError):
        translations.set_language("fy")
    QSettings().setValue(preferences.LANGUAGE.key, "xx")
    assert translations.current_language() == "nl"


def test_an_outdated_catalogue_is_compiled_into_the_cache(
    qapp: QApplication, catalogue_dir: Path, isolated_home: Path
) -> None:
    shipped = catalogue_dir / "wsp_desk_nl.qm"
    translations.compile_catalogue(catalogue_dir / "wsp_desk_nl.ts", shipped)
    os.utime(shipped, (1, 1))  # older than the .ts
    compiled = translations.catalogue("nl")
    assert compiled is not None
    assert compiled.is_relative_to(isolated_home / "cache")
    assert translations.catalogue("nl") == compiled  # compiled once

    installed = translations.install(qapp, "nl")
    try:
        assert QCoreApplication.translate("Probe", "Hello") == "Hallo"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"  # Qt's own catalogue
        assert QLocale().name() == "nl_NL"
    finally:
        translations.uninstall(qapp, installed)
    assert QCoreApplication.translate("Probe", "Hello") == "Hello"


def test_english_installs_no_catalogue(qapp: QApplication, catalogue_dir: Path) -> None:
    assert translations.install(qapp, "en") == []
    assert QCoreApplication.translate("Probe", "Hello") == "Hello"


def test_the_build_command_compiles_each_ts_beside_it(catalogue_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert translations.main(["build"]) == 0
    assert (catalogue_dir / "wsp_desk_nl.qm").stat().st_size > 0
    assert capsys.readouterr().out == "compiled wsp_desk_nl.ts\n"
    assert translations.catalogue("nl") == catalogue_dir / "wsp_desk_nl.qm"
