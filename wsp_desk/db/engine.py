"""The one place that builds the engine and hands out sessions.

SQLite gets WAL, full sync, foreign keys and a busy timeout on every connection; write transactions start with
`BEGIN IMMEDIATE` so two desks never both think they may write. PostgreSQL runs through psycopg 3.
"""

from __future__ import annotations

import ctypes
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from wsp_desk.errors import ConfigError, ConflictError, StorageError
from wsp_desk.i18n import QT_TRANSLATE_NOOP

SQLITE_BUSY_TIMEOUT_MS = 10_000
NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smbfs", "smb3", "9p", "afs", "ceph", "glusterfs", "fuse.sshfs", "davfs", "ncpfs"}
)
# Linux's table of mounted filesystems, where a network share shows its type.
MOUNT_TABLE = Path("/proc/mounts")


SUPPORTED_DRIVERS = {("sqlite", "pysqlite"), ("postgresql", "psycopg")}


def parse_url(url: str) -> URL:
    """Parse a database URL; the plain `postgresql://` form means psycopg 3."""
    for plain in ("postgresql://", "postgres://"):
        if url.startswith(plain):
            url = "postgresql+psycopg://" + url[len(plain) :]
    try:
        parsed: URL | None = make_url(url)
    except exc.ArgumentError:
        parsed = None
    if parsed is None or (parsed.get_backend_name(), parsed.get_driver_name()) not in SUPPORTED_DRIVERS:
        raise ConfigError(
            QT_TRANSLATE_NOOP(
                "DeskError",
                "The database address '{url}' is not valid. Use sqlite:///path/to/file.sqlite "
                "or postgresql://user@host/database.",
            ),
            url=url,
        )
    return parsed


def _mount_fstype(path: Path, mounts_file: Path) -> str:
    """The filesystem type of the mount that holds `path`, from the mount table (Linux)."""
    try:
        mounts = mounts_file.read_text(encoding="utf-8").splitlines()
    except OSError:
        return ""
    best, fstype = "", ""
    target = str(path.resolve())
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, fstype = mount_point, parts[2]
    return fstype


def is_network_path(path: Path, mount_table: Path = MOUNT_TABLE) -> bool:
    if sys.platform == "win32":
        text = str(path.resolve())
        if text.startswith("\\\\"):
            return True
        drive_remote = 4
        return bool(ctypes.windll.kernel32.GetDriveTypeW(text[:3]) == drive_remote)  # type: ignore[attr-defined]
    existing = path
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    return _mount_fstype(existing, mount_table) in NETWORK_FILESYSTEMS


def sqlite_path(url: URL) -> Path | None:
    """The file of a SQLite URL, or None for an in-memory database."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    if str(url.query.get("uri", "")).lower() == "true" and url.database.startswith("file:"):
        # A SQLite URI filename (sqlite:///file:/path?mode=ro&uri=true) names the file after its scheme.
        return Path(unquote(urlsplit(url.database).path)).expanduser()
    return Path(url.database).expanduser()


def _prepare_sqlite_file(path: Path, mount_table: Path, read_only: bool) -> None:
    if is_network_path(path, mount_table):
        raise ConfigError(
            QT_TRANSLATE_NOOP(
                "DeskError",
                "The database file {path} is on a network share, where SQLite can lose data. "
                "Keep it on this computer, or use a PostgreSQL server for several desks.",
            ),
            path=str(path),
        )
    if read_only:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP("DeskError", "The folder {folder} cannot be created ({reason})."),
            folder=str(path.parent),
            reason=error.strerror or str(error),
        ) from error
    if path.exists() and not os.access(path, os.W_OK):
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "DeskError", "The database file {path} is read-only. Ask your administrator for write access."
            ),
            path=str(path),
        )


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below issue BEGIN itself instead of the driver.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


def build_engine(url: str, mount_table: Path = MOUNT_TABLE, *, read_only: bool = False) -> Engine:
    """The one engine of a database URL; a SQLite file is refused on a network share of `mount_table`.

    `read_only` is for the commands that only read: they work where the desk may not write, and cannot write.
    """
    parsed = parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(parsed)
        if path is not None:
            _prepare_sqlite_file(path, mount_table, read_only)
            if read_only:
                parsed = parsed.set(database=f"{path.resolve().as_uri()}?mode=ro").update_query_dict({"uri": "true"})
        engine = create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        _configure_sqlite(engine)
        return engine
    connect_args: dict[str, object] = {"connect_timeout": 5}
    if read_only:
        connect_args["options"] = "-c default_transaction_read_only=on"
    return create_engine(parsed, pool_pre_ping=True, pool_size=2, max_overflow=4, connect_args=connect_args)


def describe_database_error(error: exc.DBAPIError) -> StorageError | None:
    """Turn a driver error about the storage itself into one sentence a person can act on; None for others."""
    text = str(error.orig).lower()
    if "disk is full" in text or "no space left" in text:
        template = QT_TRANSLATE_NOOP("DeskError", "The disk is full: nothing was saved. Free some space and try again.")
    elif "readonly" in text or "read-only" in text or "permission denied" in text:
        template = QT_TRANSLATE_NOOP(
            "DeskError", "The database is read-only: nothing was saved. Ask your administrator for write access."
        )
    elif "locked" in text or "busy" in text:
        template = QT_TRANSLATE_NOOP(
            "DeskError", "The database is busy on another desk: nothing was saved. Try again in a moment."
        )
    elif "not a database" in text or "malformed" in text:
        template = QT_TRANSLATE_NOOP(
            "DeskError", "The database file is damaged or is not a WSP Desk database. Restore it from a backup."
        )
    # The server's refusals come inside a "connection failed" text, so they are told apart before it.
    elif "password authentication failed" in text or ("role" in text and "does not exist" in text):
        template = QT_TRANSLATE_NOOP(
            "DeskError", "The database server refused the login. Check the user and password in the address."
        )
    elif "database" in text and "does not exist" in text:
        template = QT_TRANSLATE_NOOP("DeskError", "The database named in the address does not exist on the server.")
    elif "connection" in text or "could not translate host" in text or "timeout" in text:
        template = QT_TRANSLATE_NOOP(
            "DeskError", "The database server cannot be reached. Check the network and the server address."
        )
    elif isinstance(error, exc.OperationalError):
        template = QT_TRANSLATE_NOOP("DeskError", "The database reported a problem: nothing was saved.")
    else:
        return None
    return StorageError(template)


class Database:
    """Sessions for the services: `read()` for queries, `write()` for a unit of work that commits or rolls back."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._reader = sessionmaker(engine, expire_on_commit=False)
        self._writer = sessionmaker(engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False)

    @classmethod
    def connect(cls, url: str, mount_table: Path = MOUNT_TABLE, *, read_only: bool = False) -> Database:
        return cls(build_engine(url, mount_table, read_only=read_only))

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._guard(self._reader) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._guard(self._writer) as session:
            yield session
            session.commit()

    @contextmanager
    def _guard(self, factory: sessionmaker[Session]) -> Iterator[Session]:
        session = factory()
        try:
            yield session
        except exc.DBAPIError as error:
            session.rollback()
            raise (describe_database_error(error) or error) from error
        except StaleDataError as error:
            session.rollback()
            raise ConflictError() from error
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
