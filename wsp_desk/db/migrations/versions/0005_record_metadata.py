"""Directory records keep their HSDS metadata: where each field comes from.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "record_metadata",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("organization_id", sa.String(length=64), nullable=True),
        sa.Column("service_id", sa.String(length=64), nullable=True),
        sa.Column("field_name", sa.String(length=80), nullable=False),
        sa.Column("resource_type", sa.String(length=40), nullable=False),
        sa.Column("last_action_type", sa.String(length=40), nullable=False),
        sa.Column("last_action_date", sa.String(length=10), nullable=False),
        sa.Column("updated_by", sa.String(length=500), nullable=False),
        sa.Column("previous_value", sa.Text(), nullable=False),
        sa.Column("replacement_value", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"], ["organization.id"], name=op.f("fk_record_metadata_organization_id_organization")
        ),
        sa.ForeignKeyConstraint(
            ["service_id"], ["service.id"], name=op.f("fk_record_metadata_service_id_service"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_metadata")),
    )
    with op.batch_alter_table("record_metadata") as batch_op:
        batch_op.create_index(batch_op.f("ix_record_metadata_organization_id"), ["organization_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_record_metadata_service_id"), ["service_id"], unique=False)


def downgrade() -> None:
    op.drop_table("record_metadata")
