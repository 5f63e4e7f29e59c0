"""Render the README's screenshots from a demo desk, in the Dutch UI: `make screenshots`.

A fresh demo database at a fixed moment (Monday 30 November 2026, 10:45 at the desk) gives the same pictures every
time; the partner directory is the shipped one, so its records show as still to verify.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QTableView, QWidget

from wsp_desk import demo
from wsp_desk.desk import DeskContext, command_line_actor, open_desk
from wsp_desk.gui import translations
from wsp_desk.gui.display_window import DisplayWindow
from wsp_desk.gui.main_window import MainWindow
from wsp_desk.gui.pages.partners.page import PartnersPage
from wsp_desk.gui.qapp import create_qapplication

HERE = Path(__file__).resolve().parent
MOMENT = datetime(2026, 11, 30, 9, 45, tzinfo=UTC)


class FixedClock:
    def now(self) -> datetime:
        return MOMENT


def settle(app: QApplication) -> None:
    """Let debounced updates (suggestions, search) run before the picture is taken."""
    QTest.qWait(1200)
    app.processEvents()


def save(widget: QWidget, name: str) -> None:
    path = HERE / name
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(HERE.parent.parent)}")


def page(app: QApplication, window: MainWindow, title: str) -> QWidget:
    """Go to the page with this (Dutch) title, the way a person clicks it in the navigation."""
    for row in range(window.navigation.count()):
        if window.navigation.item(row).text().split(" (")[0] == title:
            window.navigation.setCurrentRow(row)
            settle(app)
            return window.pages.currentWidget()
    raise LookupError(f"no page {title!r} for {window.actor.username}")


def main() -> int:
    app = create_qapplication(["wsp-desk"])
    QCoreApplication.setOrganizationName("wsp-desk-screenshots")
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        translations.install(app, "nl")
        context, _ = open_desk(f"sqlite:///{folder}/demo.sqlite", "balie-1", FixedClock())
        try:
            render(app, context)
        finally:
            context.close()
    return 0


def render(app: QApplication, context: DeskContext) -> None:
    demo.fill(context, command_line_actor("demo"), history_visits=300, today_visits=24)
    location = context.locations.list_locations()[0]
    guide = context.auth.login("gids.jan", demo.DEMO_PASSWORD)

    window = MainWindow(context, guide, location)
    window.resize(1400, 860)
    window.show()
    settle(app)
    save(page(app, window, "Balie"), "balie.png")
    save(page(app, window, "Gesprek"), "gesprek.png")
    partners = page(app, window, "Partners")
    assert isinstance(partners, PartnersPage)
    partners.search.search_field.setText("schulden")
    partners.search.refresh()
    settle(app)
    save(partners, "partners.png")
    handovers = page(app, window, "Overdrachten")
    for box in handovers.findChildren(QCheckBox):
        if "mijn" in box.text():
            box.setChecked(False)  # everyone's handovers, for a fuller picture
    for table in handovers.findChildren(QTableView):
        table.clearSelection()  # so the overdue colours show
    settle(app)
    save(handovers, "overdrachten.png")
    window.close()

    display = DisplayWindow(context.queue_views, context.clock, location.id)
    display.resize(1280, 720)
    display.show()
    settle(app)
    save(display, "display.png")
    display.close()

    # A handover with consent: the visitor's first page and the partner's sheet.
    referral = next(
        view
        for view in context.referrals.referrals(guide, include_closed=True)
        if view.consent is not None and view.consent.active
    )
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "letter.pdf"
        letter = context.letters.letter(guide, referral.id).pdf
        pdf.write_bytes(letter)
        footers = [page.extract_text().splitlines()[-1] for page in PdfReader(io.BytesIO(letter)).pages]
        sheet = next(number for number, footer in enumerate(footers, 1) if footer.startswith("Voor "))
        for number, name in ((1, "letter"), (sheet, "letter-partner")):
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    "80",
                    "-f",
                    str(number),
                    "-l",
                    str(number),
                    "-singlefile",
                    str(pdf),
                    str(HERE / name),
                ],
                check=True,
            )
            print(f"wrote docs/screenshots/{name}.png")


if __name__ == "__main__":
    sys.exit(main())
