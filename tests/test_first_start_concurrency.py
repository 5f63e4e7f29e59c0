"""Desks starting together: one migrates (and on a new database seeds it), the others wait and find it ready."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import func, select

from tests.support import run_cli
from wsp_desk.db import migrate
from wsp_desk.db.engine import Database
from wsp_desk.db.models import AuditEvent, Location, NeedTag
from wsp_desk.domain.taxonomy import need_terms

DESKS = 5


def test_desks_starting_together_on_a_new_database(new_db_url: str) -> None:
    said = _start_together(new_db_url, "a new database")
    assert said == {"created": 1, "up to date": DESKS - 1}

    database = Database.connect(new_db_url)
    try:
        with database.read() as session:
            locations = session.scalar(select(func.count()).select_from(Location))
            tags = session.scalar(select(func.count()).select_from(NeedTag))
            imports = session.scalar(select(func.count()).where(AuditEvent.action == "directory_import"))
    finally:
        database.dispose()
    assert (locations, tags, imports) == (1, len(need_terms()), 1)


def _what_it_said(out: str) -> str:
    for start, meaning in (("Created the database", "created"), ("Upgraded the database", "upgraded")):
        if out.startswith(start):
            return meaning
    return "up to date" if "is up to date" in out else out


def test_desks_starting_together_on_an_older_database(new_db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(capsys, "--database", new_db_url, "init")[0] == 0
    database = Database.connect(new_db_url)
    try:
        with database.engine.begin() as connection:
            config = Config()
            config.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
            config.attributes["connection"] = connection
            command.downgrade(config, "-1")
    finally:
        database.dispose()
    assert _start_together(new_db_url, "an older database") == {"upgraded": 1, "up to date": DESKS - 1}


def _start_together(url: str, what: str) -> Counter[str]:
    """`wsp-desk init` in DESKS processes at once: what each said it did; none may fail."""
    starts = [
        subprocess.Popen(
            [sys.executable, "-m", "wsp_desk", "--database", url, "init"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(DESKS)
    ]
    outcomes = [(start.wait(timeout=120), *start.communicate()) for start in starts]
    said = Counter(_what_it_said(out) for _, out, _ in outcomes)
    errors = [err for code, _, err in outcomes if code != 0 or err]
    print(f"{DESKS} desks starting together on {what}: {dict(said)}, errors {len(errors)}")
    assert errors == []
    return said
