"""A staff account keeps the work phone and e-mail that partners reach its holder on; a consent keeps what each
item shared, as the visitor agreed to it.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("consent") as batch_op:
        batch_op.add_column(sa.Column("shared_values", sa.JSON(), nullable=False, server_default="{}"))
    with op.batch_alter_table("user_account") as batch_op:
        batch_op.add_column(sa.Column("work_phone", sa.String(32), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("work_email", sa.String(254), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("user_account") as batch_op:
        batch_op.drop_column("work_email")
        batch_op.drop_column("work_phone")
    with op.batch_alter_table("consent") as batch_op:
        batch_op.drop_column("shared_values")
