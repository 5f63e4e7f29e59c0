"""Conversations keep the visitor's municipality and the guide's own changes to the needs.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("conversation") as batch_op:
        batch_op.add_column(sa.Column("municipality", sa.String(length=80), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("needs_added", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("needs_removed", sa.JSON(), nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("conversation") as batch_op:
        batch_op.drop_column("needs_removed")
        batch_op.drop_column("needs_added")
        batch_op.drop_column("municipality")
