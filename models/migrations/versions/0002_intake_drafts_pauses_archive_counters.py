"""intake drafts, pauses, archive, counters

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 16:08:46.882934
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "archived_document",
        sa.Column("case_no", sa.String(length=40), nullable=False),
        sa.Column("doc_kind", sa.String(length=20), nullable=False),
        sa.Column("path", sa.String(length=300), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("printed_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("clerk", sa.String(length=60), nullable=False),
        sa.Column("reprint", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_archived_document")),
    )
    with op.batch_alter_table("archived_document", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_archived_document_case_no"), ["case_no"], unique=False)

    op.create_table(
        "counter",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_counter")),
    )
    op.create_table(
        "intake_draft",
        sa.Column("window_code", sa.String(length=4), nullable=False),
        sa.Column("clerk", sa.String(length=60), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("received_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intake_draft")),
    )
    with op.batch_alter_table("intake_draft", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_intake_draft_clerk"), ["clerk"], unique=False)

    op.create_table(
        "case_pause",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("procedure", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("paused_on", sa.Date(), nullable=False),
        sa.Column("resumed_on", sa.Date(), nullable=True),
        sa.Column("paused_by", sa.String(length=60), nullable=False),
        sa.Column("resumed_by", sa.String(length=60), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case.id"], name=op.f("fk_case_pause_case_id_case"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_pause")),
    )
    with op.batch_alter_table("case_pause", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_pause_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("case_pause", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_pause_case_id"))

    op.drop_table("case_pause")
    with op.batch_alter_table("intake_draft", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_intake_draft_clerk"))

    op.drop_table("intake_draft")
    op.drop_table("counter")
    with op.batch_alter_table("archived_document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_archived_document_case_no"))

    op.drop_table("archived_document")
