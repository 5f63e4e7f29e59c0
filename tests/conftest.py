"""Fixtures: a fresh home folder, a fake clock and a fresh database per test, on SQLite and on PostgreSQL.

PostgreSQL comes from WSP_DESK_TEST_POSTGRES_URL (a server where the tests may create databases) or from a
throwaway cluster started from the system's binaries. Without either the PostgreSQL variants skip, except in CI.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.pg_cluster import TemporaryCluster, find_pg_bindir
from tests.support import FAST_HASHER, FakeClock, make_actor
from wsp_desk.db.engine import Database
from wsp_desk.db.models import Role
from wsp_desk.desk import DeskContext, prepare_database
from wsp_desk.domain.permissions import Actor
from wsp_desk.logs import close_logging

# The fuzz tests of the file readers take their size from a profile: CI runs the suite three times within its time,
# so fewer examples there, and no example database left in the clone; `HYPOTHESIS_PROFILE=thorough` for a long run.
_FUZZ = {"deadline": None, "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]}
settings.register_profile("dev", max_examples=40, **_FUZZ)
settings.register_profile("ci", max_examples=25, database=None, print_blob=True, **_FUZZ)
settings.register_profile("thorough", max_examples=2000, **_FUZZ)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

POSTGRES_URL_ENV = "WSP_DESK_TEST_POSTGRES_URL"
_TEMPLATE_DB = "wsp_desk_template"
_counter = itertools.count()


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own data, config, log and cache folders; nothing of the real user's is touched."""
    home = tmp_path / "home"
    for variable, folder in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        monkeypatch.setenv(variable, str(home / folder))
    monkeypatch.delenv("WSP_DESK_DATABASE_URL", raising=False)
    yield home
    close_logging()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


class PostgresServer:
    def __init__(self, admin_url: str) -> None:
        self.admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        self.admin_url = make_url(admin_url)
        with self.admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {_TEMPLATE_DB}"))
            connection.execute(text(f"CREATE DATABASE {_TEMPLATE_DB}"))
        template = Database.connect(self.url_for(_TEMPLATE_DB))
        prepare_database(template, FakeClock().now())
        template.dispose()

    def url_for(self, name: str) -> str:
        return self.admin_url.set(database=name).render_as_string(hide_password=False)

    def create_database(self, *, empty: bool = False) -> str:
        """A new database: migrated (a copy of the template), or `empty` as an administrator creates it."""
        name = f"wsp_test_{os.getpid()}_{next(_counter)}"
        with self.admin.connect() as connection:
            connection.execute(text(f"CREATE DATABASE {name}" + ("" if empty else f" TEMPLATE {_TEMPLATE_DB}")))
        return name

    def drop_database(self, name: str) -> None:
        with self.admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    cluster = None
    url = os.environ.get(POSTGRES_URL_ENV)
    if not url:
        bindir = find_pg_bindir()
        reason = "no PostgreSQL binaries found (install postgresql or set " + POSTGRES_URL_ENV + ")"
        if bindir is not None:
            try:
                cluster = TemporaryCluster(bindir)
                cluster.start()
                url = cluster.url
            except (KeyError, OSError) as error:
                reason = f"cannot start a throwaway PostgreSQL cluster: {error}"
        if not url:
            if os.environ.get("CI") == "true":
                pytest.fail(f"PostgreSQL is required in CI: {reason}")
            pytest.skip(reason)
    server = None
    try:
        server = PostgresServer(url)
        yield server
    finally:
        if server is not None:
            server.admin.dispose()
        if cluster is not None:
            cluster.stop()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    database = Database.connect(f"sqlite:///{path}")
    prepare_database(database, FakeClock().now())
    database.dispose()
    return path


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "desk.sqlite"
    shutil.copyfile(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh, migrated database on each backend."""
    if request.param == "sqlite":
        yield request.getfixturevalue("sqlite_url")
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = server.create_database()
    yield server.url_for(name)
    server.drop_database(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def new_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database no desk has opened yet: a SQLite file still to be made, or an empty PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'new' / 'desk.sqlite'}"
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = server.create_database(empty=True)
    yield server.url_for(name)
    server.drop_database(name)


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    database = Database.connect(db_url)
    yield database
    database.dispose()


@pytest.fixture
def desk(database: Database, clock: FakeClock) -> DeskContext:
    context = DeskContext.create(database, clock, "test-desk", hasher=FAST_HASHER)
    context.locations.ensure_inhouse_location()
    return context


@pytest.fixture
def coordinator(desk: DeskContext) -> Actor:
    return make_actor(desk, "coordinator", Role.COORDINATOR)


@pytest.fixture
def guide(desk: DeskContext, coordinator: Actor) -> Actor:
    return make_actor(desk, "gids", Role.GUIDE)


@pytest.fixture
def receptionist(desk: DeskContext, coordinator: Actor) -> Actor:
    return make_actor(desk, "balie", Role.RECEPTIONIST)
