"""sync: central order, conflicts, windows, rejections

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 16:20:56.403954
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "central_window",
        sa.Column("code", sa.String(length=4), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("registered_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("blocked_at", models.base.UTCDateTime(), nullable=True),
        sa.Column("blocked_reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_central_window")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("window_code", sa.String(length=4), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("case_no", sa.String(length=40), nullable=True),
        sa.Column("reason_zh", sa.Text(), nullable=False),
        sa.Column("reason_en", sa.Text(), nullable=False),
        sa.Column("detected_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("resolved_at", models.base.UTCDateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=60), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
        sa.UniqueConstraint("event_id", name=op.f("uq_sync_conflict_event_id")),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_conflict_case_no"), ["case_no"], unique=False)

    op.create_table(
        "sync_rejection",
        sa.Column("window_code", sa.String(length=4), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("problem", sa.String(length=20), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("rejected_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("resolved_at", models.base.UTCDateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=60), nullable=False),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_rejection")),
    )
    with op.batch_alter_table("sync_rejection", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sync_rejection_window_code"), ["window_code"], unique=False
        )

    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("central_seq", sa.BigInteger(), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_event_central_seq"), ["central_seq"])

    # The center numbers arriving events from one sequence (see desktop/central.py).
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE SEQUENCE IF NOT EXISTS event_central_seq")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP SEQUENCE IF EXISTS event_central_seq")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_event_central_seq"), type_="unique")
        batch_op.drop_column("central_seq")

    with op.batch_alter_table("sync_rejection", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_rejection_window_code"))

    op.drop_table("sync_rejection")
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflict_case_no"))

    op.drop_table("sync_conflict")
    op.drop_table("central_window")
