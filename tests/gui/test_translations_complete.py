"""Every text of the UI has a finished Dutch translation that keeps its placeholders and mnemonic."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest

from wsp_desk.gui import translations

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> ET.ElementTree:
    """The committed Dutch .ts, brought up to date with today's sources by lupdate (as `make update-translations`)."""
    ts_file = tmp_path_factory.mktemp("ts") / "wsp_desk_nl.ts"
    shutil.copyfile(translations.translations_dir() / "wsp_desk_nl.ts", ts_file)
    lupdate = Path(PySide6.__file__).parent / "lupdate"
    subprocess.run(
        [
            str(lupdate),
            "-extensions",
            "py,ui",
            "-no-obsolete",
            "-locations",
            "none",
            str(ROOT / "wsp_desk"),
            str(ROOT / "ui"),
            "-ts",
            str(ts_file),
        ],
        check=True,
        capture_output=True,
    )
    return ET.parse(ts_file)


def _messages(catalogue: ET.ElementTree) -> list[tuple[str, str, ET.Element]]:
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message.find("translation"))  # type: ignore[misc]
        for context in catalogue.getroot().iter("context")
        for message in context.iter("message")
    ]


def test_every_text_has_a_finished_dutch_translation(catalogue: ET.ElementTree) -> None:
    unfinished = [
        f"{context}: {source!r}"
        for context, source, translation in _messages(catalogue)
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not (translation.text or "").strip()
    ]
    assert unfinished == [], "translate these in resources/translations/wsp_desk_nl.ts (make update-translations)"


def test_translations_keep_placeholders_and_one_mnemonic(catalogue: ET.ElementTree) -> None:
    wrong = []
    for context, source, translation in _messages(catalogue):
        text = translation.text or ""
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            wrong.append(f"{context}: {source!r} → {text!r} (placeholders differ)")
        if source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
            wrong.append(f"{context}: {source!r} → {text!r} (mnemonic)")
    assert wrong == []
