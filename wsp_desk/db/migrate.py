"""Bring a database to the schema this version needs, safely.

A SQLite file is backed up before any migration; a database from a newer version, or a file that is not a WSP Desk
database, is refused without being touched. Several desks starting at once do their first-start work (migration,
reference data, the seeded directory) one after the other, under `first_start_lock`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from filelock import FileLock
from sqlalchemy import Connection, exc, inspect, text

from wsp_desk.db.engine import Database, describe_database_error, sqlite_path
from wsp_desk.db.revisions import MIGRATIONS_DIR
from wsp_desk.errors import ConfigError, NewerDatabaseError, StorageError
from wsp_desk.i18n import QT_TRANSLATE_NOOP

# Any constant works; it only has to be the same for every desk.
_PG_FIRST_START_LOCK = 0x5753_5044


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def script_directory(migrations: Path = MIGRATIONS_DIR) -> ScriptDirectory:
    return ScriptDirectory(str(migrations))


def head_revision(migrations: Path = MIGRATIONS_DIR) -> str:
    head = script_directory(migrations).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def _check_known(connection: Connection, revision: str | None, migrations: Path) -> None:
    if revision is None:
        if inspect(connection).get_table_names():
            raise ConfigError(
                QT_TRANSLATE_NOOP(
                    "DeskError",
                    "The database holds tables but is not a WSP Desk database; it was not changed.",
                )
            )
        return
    try:
        known = script_directory(migrations).get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        known = False
    if not known:
        raise NewerDatabaseError(revision)


def backup_sqlite(database_file: Path, backup_dir: Path, revision: str, now: datetime) -> Path:
    """Copy a live SQLite database consistently (the backup API respects WAL and locks)."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    target = backup_dir / f"{database_file.stem}-{revision}-{now:%Y%m%d-%H%M%S}.sqlite"
    source = sqlite3.connect(database_file)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    except sqlite3.Error as error:
        target.unlink(missing_ok=True)
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "DeskError",
                "The database could not be backed up before the update ({reason}); nothing was changed.",
            ),
            reason=str(error),
        ) from error
    finally:
        source.close()
    return target


@contextmanager
def first_start_lock(database: Database) -> Iterator[None]:
    """Hold the database's first-start lock: one desk at a time checks the schema, migrates and seeds.

    PostgreSQL: a session advisory lock on a connection of its own (the server drops it should the desk die).
    SQLite: a lock file beside the database, since a SQLite transaction held open would block the work itself.
    """
    file = sqlite_path(database.engine.url)
    if file is not None:
        with FileLock(file.with_name(file.name + ".lock")):
            yield
        return
    if database.backend != "postgresql":
        yield  # an in-memory database has one desk
        return
    try:
        connection = database.engine.connect()
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _PG_FIRST_START_LOCK})
        connection.commit()
    except exc.DBAPIError as error:
        raise (describe_database_error(error) or error) from error
    try:
        yield
    finally:
        connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _PG_FIRST_START_LOCK})
        connection.commit()
        connection.close()


def check_current(database: Database, migrations: Path = MIGRATIONS_DIR) -> MigrationResult:
    """For a database opened read-only: it must be at this version's schema already, for it cannot be migrated."""
    head = head_revision(migrations)
    file = sqlite_path(database.engine.url)
    revision = None
    if file is None or file.exists():
        try:
            with database.engine.connect() as probe:
                revision = current_revision(probe)
                _check_known(probe, revision, migrations)
        except exc.DBAPIError as error:
            raise (describe_database_error(error) or error) from error
    if revision != head:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "DeskError",
                "This command only reads, but the database must first be created or upgraded to schema {schema}: "
                "run 'wsp-desk init' with write access.",
            ),
            schema=head,
        )
    return MigrationResult(revision, head, None)


def upgrade(database: Database, backup_dir: Path, now: datetime, migrations: Path = MIGRATIONS_DIR) -> MigrationResult:
    """Apply every pending migration of the `migrations` folder (the shipped one by default); return what was done."""
    try:
        return _upgrade(database, backup_dir, now, migrations)
    except exc.DBAPIError as error:
        raise (describe_database_error(error) or error) from error


def _upgrade(database: Database, backup_dir: Path, now: datetime, migrations: Path) -> MigrationResult:
    head = head_revision(migrations)
    with database.engine.connect() as probe:
        before = current_revision(probe)
        _check_known(probe, before, migrations)
    if before == head:
        return MigrationResult(before, head, None)

    file = sqlite_path(database.engine.url)
    backup = backup_sqlite(file, backup_dir, before, now) if file is not None and before is not None else None

    writer = database.engine.execution_options(sqlite_begin="IMMEDIATE")
    with writer.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(migrations))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return MigrationResult(before, head, backup)
