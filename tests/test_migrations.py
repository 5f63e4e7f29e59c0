"""The migrations build exactly the schema the models describe, on both backends; their head is read alike with
and without Alembic."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from wsp_desk.db import migrate
from wsp_desk.db.engine import Database
from wsp_desk.db.models import Base
from wsp_desk.db.revisions import shipped_head


def test_migrated_schema_matches_the_models(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_the_schema_is_read_from_the_migration_files_as_alembic_reads_it(tmp_path: Path) -> None:
    migrations = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, migrations)
    head = shipped_head(migrations)
    assert head == migrate.head_revision(migrations)
    for branch in ("a", "b"):
        text = f"revision = '{head}{branch}'\ndown_revision: str | None = '{head}'\n"
        (migrations / "versions" / f"{head}{branch}_branch.py").write_text(text)
    with pytest.raises(ValueError, match="2 heads"):
        shipped_head(migrations)
    merge = f'revision = "9999"\ndown_revision = ("{head}a", "{head}b")\n'
    (migrations / "versions" / "9999_merge.py").write_text(merge)
    assert shipped_head(migrations) == migrate.head_revision(migrations) == "9999"
