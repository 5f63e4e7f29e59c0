"""The UI language: Dutch by default, English on request.

Texts in the code are English, inside tr(); the Dutch lives in resources/translations/wsp_desk_nl.ts (Qt Linguist).
A .qm older than its .ts is compiled again into the user cache folder at start, so an edited .ts shows up without
a build step. Qt's own catalogue (qtbase) translates the standard buttons.

    python -m wsp_desk.gui.translations build    compile every .ts into the .qm beside it
"""

from __future__ import annotations

import logging
import sys
from importlib import resources
from pathlib import Path

import platformdirs
import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wsp_desk import paths
from wsp_desk.gui import preferences

SOURCE_LANGUAGE = "en"
# Dutch conventions for dates and numbers in both languages: the desk is in the Netherlands.
_LOCALES = {"nl": "nl_NL", "en": "en_NL"}

log = logging.getLogger(__name__)


def current_language() -> str:
    return preferences.LANGUAGE.get()


def set_language(language: str) -> None:
    preferences.LANGUAGE.set(language)


def translations_dir() -> Path:
    # The resources package is installed as plain files (never zipped), so this is a real folder.
    return Path(str(resources.files("wsp_desk.resources").joinpath("translations")))


def _cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(paths.APP_NAME, appauthor=False)) / "translations"


def lrelease() -> Path:
    """The lrelease that comes with PySide6."""
    bundled = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    if bundled.is_file():
        return bundled
    import shutil  # compiling is rare; a normal start only loads a .qm

    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise FileNotFoundError("lrelease is not installed (it comes with PySide6)")
    return Path(found)


def compile_catalogue(ts_file: Path, qm_file: Path) -> None:
    import subprocess

    qm_file.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [str(lrelease()), "-silent", str(ts_file), "-qm", str(qm_file)], check=True, capture_output=True, text=True
    )


def _fresh(qm_file: Path, ts_file: Path) -> bool:
    return qm_file.is_file() and (not ts_file.is_file() or qm_file.stat().st_mtime >= ts_file.stat().st_mtime)


def catalogue(language: str) -> Path | None:
    """The compiled catalogue of WSP Desk for `language`, compiled first if it is missing or out of date."""
    name = f"wsp_desk_{language}"
    ts_file = translations_dir() / f"{name}.ts"
    shipped = translations_dir() / f"{name}.qm"
    if _fresh(shipped, ts_file):
        return shipped
    if not ts_file.is_file():
        return None
    cached = _cache_dir() / f"{name}.qm"
    if _fresh(cached, ts_file):
        return cached
    from subprocess import CalledProcessError

    try:
        compile_catalogue(ts_file, cached)
    except (OSError, CalledProcessError) as error:
        log.warning("cannot compile %s: %s", ts_file.name, getattr(error, "stderr", None) or error)
        return shipped if shipped.is_file() else None
    return cached


def install(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Translate `app` into `language` (default: the one chosen in the settings); return what was installed."""
    language = language or current_language()
    QLocale.setDefault(QLocale(_LOCALES[language]))
    if language == SOURCE_LANGUAGE:
        return []
    files = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{language}.qm"]
    ours = catalogue(language)
    if ours is not None:
        files.append(ours)
    installed = []
    for file in files:
        translator = QTranslator(app)
        if translator.load(str(file)) and app.installTranslator(translator):
            installed.append(translator)
        else:
            log.warning("cannot load the translations in %s", file)
            translator.deleteLater()
    return installed


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()


def _build() -> int:
    ts_files = sorted(translations_dir().glob("*.ts"))
    for ts_file in ts_files:
        compile_catalogue(ts_file, ts_file.with_suffix(".qm"))
        print(f"compiled {ts_file.name}")
    if not ts_files:
        print("no .ts files to compile")
    return 0


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m wsp_desk.gui.translations")
    parser.add_argument("command", choices=["build"], help="compile every .ts into the .qm beside it")
    parser.parse_args(argv)
    return _build()


if __name__ == "__main__":
    raise SystemExit(main())
