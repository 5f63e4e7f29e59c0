"""Opening, migrating and protecting the database; bad storage gives one clear sentence and loses nothing."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import make_url

from tests.conftest import PostgresServer
from tests.support import FakeClock, run_cli
from wsp_desk.db import engine as engine_module
from wsp_desk.db import migrate
from wsp_desk.db.engine import Database
from wsp_desk.desk import DeskContext, open_desk
from wsp_desk.domain.permissions import Actor
from wsp_desk.errors import ConfigError, NewerDatabaseError, StorageError

NEW_REVISION = """
import sqlalchemy as sa
from alembic import op

revision = "0999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("setting") as batch:
        batch.add_column(sa.Column("note", sa.String(40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("setting") as batch:
        batch.drop_column("note")
"""


def test_a_fresh_database_is_created_at_the_head_revision(db_url: str, tmp_path: Path) -> None:
    database = Database.connect(db_url)
    try:
        result = migrate.upgrade(database, tmp_path, FakeClock().now())
        assert not result.changed and result.to_revision == migrate.head_revision()
        with database.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
    finally:
        database.dispose()


def test_sqlite_connections_use_wal_full_sync_and_foreign_keys(sqlite_url: str) -> None:
    database = Database.connect(sqlite_url)
    with database.read() as session:
        pragmas = {
            name: session.execute(text(f"PRAGMA {name}")).scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
    database.dispose()
    assert pragmas == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": 10_000}


def test_sqlite_write_transactions_begin_immediate(sqlite_url: str) -> None:
    database = Database.connect(sqlite_url)
    statements: list[str] = []
    event.listen(database.engine, "before_cursor_execute", lambda _c, _cur, statement, *_: statements.append(statement))
    with database.write() as session:
        session.execute(text("SELECT 1"))
    with database.read() as session:
        session.execute(text("SELECT 1"))
    database.dispose()
    assert statements == ["BEGIN IMMEDIATE", "SELECT 1", "BEGIN DEFERRED", "SELECT 1"]


def test_pending_migration_backs_up_sqlite_first(db_url: str, tmp_path: Path) -> None:
    migrations = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, migrations)
    head = migrate.head_revision()
    (migrations / "versions" / "0999_add_note.py").write_text(NEW_REVISION.replace("{head}", head))

    database = Database.connect(db_url)
    try:
        with database.write() as session:
            session.execute(text("INSERT INTO setting (key, value, updated_at) VALUES ('k', '1', '2026-01-01')"))
        result = migrate.upgrade(database, tmp_path / "backups", FakeClock().now(), migrations)
        assert (result.from_revision, result.to_revision) == (head, "0999")
        with database.read() as session:
            assert session.execute(text("SELECT key, note FROM setting")).one() == ("k", None)
    finally:
        database.dispose()

    if db_url.startswith("sqlite"):
        assert result.backup is not None and result.backup.parent == tmp_path / "backups"
        with sqlite3.connect(result.backup) as backup:
            assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
            assert backup.execute("SELECT key FROM setting").fetchall() == [("k",)]
    else:
        assert result.backup is None


def test_a_database_from_a_newer_version_is_refused_untouched(sqlite_url: str) -> None:
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '7777_future'")
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError) as refused:
        open_desk(sqlite_url, "desk", FakeClock())
    assert "newer version" in refused.value.message
    assert path.read_bytes() == before


def test_a_foreign_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER)")
        connection.execute("INSERT INTO invoices VALUES (42)")
    with pytest.raises(ConfigError, match="not a WSP Desk database"):
        open_desk(f"sqlite:///{path}", "desk", FakeClock())
    with sqlite3.connect(path) as connection:
        tables = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        assert tables == [("invoices",)]
        assert connection.execute("SELECT id FROM invoices").fetchall() == [(42,)]


def test_a_damaged_file_gives_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StorageError, match="damaged"):
        open_desk(f"sqlite:///{path}", "desk", FakeClock())
    assert path.read_bytes() == b"this is not a database at all" * 100


@pytest.mark.parametrize("url", ["mysql://x@y/z", "not a url", "sqlite+nonsense:///x", "postgresql+psycopg2://u@h/d"])
def test_a_wrong_url_is_a_config_error(url: str) -> None:
    with pytest.raises(ConfigError, match="not valid"):
        Database.connect(url)


def test_an_unreachable_server_gives_one_sentence() -> None:
    with pytest.raises(StorageError, match="cannot be reached"):
        open_desk("postgresql+psycopg://nobody@127.0.0.1:9/nothing", "desk", FakeClock())


def test_a_network_share_is_refused(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/vda / ext4 rw 0 0\nserver:/share {tmp_path} nfs4 rw 0 0\n")
    with pytest.raises(ConfigError, match="network share"):
        Database.connect(f"sqlite:///{tmp_path}/sub/desk.sqlite", mount_table=mounts)
    assert not (tmp_path / "sub").exists()


def test_mount_table_lookup_takes_the_longest_match(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/vda / ext4 rw 0 0\nsrv:/x /mnt/share cifs rw 0 0\n")
    assert engine_module._mount_fstype(Path("/mnt/share/data/x.sqlite"), mounts) == "cifs"
    assert engine_module._mount_fstype(Path("/mnt/shared"), mounts) == "ext4"


def test_a_read_only_database_refuses_writes_clearly(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    path = sqlite_url.removeprefix("sqlite:///")
    database = Database.connect(f"sqlite:///file:{path}?mode=ro&uri=true")
    with pytest.raises(StorageError, match="read-only"), database.write() as session:
        session.execute(text("INSERT INTO setting (key, value, updated_at) VALUES ('k', '1', '2026-01-01')"))
    database.dispose()
    assert not (tmp_path / "file:").exists()  # the URI names a file; no folder is made for its scheme


def test_a_full_disk_loses_nothing_already_saved(sqlite_url: str) -> None:
    database = Database.connect(sqlite_url)
    with database.write() as session:
        session.execute(text("INSERT INTO setting (key, value, updated_at) VALUES ('kept', '1', '2026-01-01')"))
    pages = 0
    with database.read() as session:
        pages = int(session.execute(text("PRAGMA page_count")).scalar_one())
    database.dispose()

    full = Database.connect(sqlite_url)
    event.listen(full.engine, "connect", lambda dbapi, _r: dbapi.execute(f"PRAGMA max_page_count={pages}"))
    with pytest.raises(StorageError, match="disk is full"), full.write() as session:
        session.execute(
            text("INSERT INTO setting (key, value, updated_at) VALUES ('big', :v, '2026-01-01')"),
            {"v": '"' + "x" * 2_000_000 + '"'},
        )
    with full.read() as session:
        assert session.execute(text("SELECT key FROM setting")).scalars().all() == ["kept"]
    full.dispose()


def test_a_wrong_database_name_or_role_is_named(postgres_server: PostgresServer) -> None:
    server = postgres_server.admin_url
    for wrong, meaning in (
        (server.set(database="no_such_database"), "does not exist on the server"),
        (server.set(username="no_such_role"), "refused the login"),
    ):
        with pytest.raises(StorageError, match=meaning):
            open_desk(wrong.render_as_string(hide_password=False), "desk", FakeClock())


@pytest.fixture
def read_only_url(db_url: str, desk: DeskContext, coordinator: Actor, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The desk's database as someone sees it who may only read: a SQLite file without write permission, or a
    PostgreSQL role granted SELECT only."""
    desk.database.dispose()
    if db_url.startswith("sqlite"):
        path = Path(db_url.removeprefix("sqlite:///"))
        path.chmod(0o444)
        # Tests may run as root, whom file permissions do not stop: the desk is told what anyone else would be.
        access = os.access
        monkeypatch.setattr(os, "access", lambda file, mode: Path(file) != path and access(file, mode))
        yield db_url
        path.chmod(0o644)
        return
    url = make_url(db_url)
    role = f"reader_{url.database}"
    with desk.database.engine.begin() as connection:
        connection.execute(text(f"CREATE ROLE {role} LOGIN"))
        connection.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}"))
    yield url.set(username=role).render_as_string(hide_password=False)
    with desk.database.engine.begin() as connection:
        connection.execute(text(f"DROP OWNED BY {role}"))
    desk.database.dispose()  # the reader's connections are gone with the test's database; the role goes now
    with desk.database.engine.begin() as connection:
        connection.execute(text(f"DROP ROLE {role}"))


def test_the_commands_that_only_read_work_on_a_read_only_database(
    read_only_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = ["--database", read_only_url]
    code, out, err = run_cli(capsys, *database, "users", "list")
    assert (code, err) == (0, "") and out.startswith("coordinator\tcoordinator\tactive")
    assert run_cli(capsys, *database, "audit", "verify")[:2] == (0, "Audit trail intact: 3 events checked.\n")
    export = ["partners", "export", "--format", "hsds-json", str(tmp_path / "partners.json")]
    assert run_cli(capsys, *database, *export)[0] == 0

    code, _, err = run_cli(capsys, *database, "users", "disable", "coordinator")
    assert code == 1 and "read-only" in err


def test_a_read_only_command_says_when_the_database_needs_an_upgrade_first(
    db_url: str, desk: DeskContext, capsys: pytest.CaptureFixture[str]
) -> None:
    with desk.database.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '0005'"))
    code, _, err = run_cli(capsys, "--database", db_url, "users", "list")
    assert code == 1 and f"upgraded to schema {migrate.head_revision()}: run 'wsp-desk init'" in err
