"""Which database schema this version expects, read from the shipped migration files without importing them.

`wsp-desk --version` tells it without loading Alembic or SQLAlchemy, which would take most of a second;
`migrate.head_revision()` is the same answer through Alembic, for everything that migrates.
"""

from __future__ import annotations

import ast
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _declared(file: Path) -> dict[str, object]:
    """The literal `revision` and `down_revision` a migration file assigns at its top level."""
    found: dict[str, object] = {}
    for node in ast.parse(file.read_text(encoding="utf-8"), str(file)).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
            found[target.id] = ast.literal_eval(value)
    return found


def shipped_head(migrations: Path = MIGRATIONS_DIR) -> str:
    """The revision no other migration builds on: the schema a database has once this version migrated it."""
    revisions: set[str] = set()
    built_on: set[str] = set()
    for file in (migrations / "versions").glob("*.py"):
        declared = _declared(file)
        revision, down = declared.get("revision"), declared.get("down_revision")
        if not isinstance(revision, str):
            continue  # the package's __init__.py
        revisions.add(revision)
        if isinstance(down, str):
            built_on.add(down)
        elif isinstance(down, tuple | list):  # a merge of two branches
            built_on.update(str(parent) for parent in down)
    heads = revisions - built_on
    if len(heads) != 1:
        raise ValueError(f"the migrations in {migrations} have {len(heads)} heads instead of one: {sorted(heads)}")
    return heads.pop()
