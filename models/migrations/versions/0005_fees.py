"""fees: payment details, voids and refunds, cashier days, closings, fee documents

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 09:00:00.000000

Written by hand (issue 6). The payment tables of 0001 were never written to, so the
integer ``quantity`` of a payment line is replaced by ``quantity_milli`` (thousandths,
for rates per 平方米) rather than converted.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("case_no", sa.String(length=40), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("item_name", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("clerk_name", sa.String(length=60), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("day", sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f("ix_payment_case_no"), ["case_no"], unique=False)
        batch_op.create_index("ix_payment_window_day", ["window_code", "day"], unique=False)

    with op.batch_alter_table("payment_line", schema=None) as batch_op:
        batch_op.drop_column("quantity")
        batch_op.add_column(
            sa.Column("fee_position", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column("mode", sa.String(length=8), nullable=False, server_default="fixed")
        )
        batch_op.add_column(
            sa.Column("quantity_milli", sa.Integer(), nullable=False, server_default="1000")
        )
        batch_op.add_column(
            sa.Column("gross_fen", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column("waiver_policy", sa.String(length=40), nullable=False, server_default="")
        )

    op.create_table(
        "payment_void",
        sa.Column("payment_id", sa.Uuid(), nullable=False),
        sa.Column("receipt_no", sa.String(length=40), nullable=False),
        sa.Column("case_no", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column("window_code", sa.String(length=4), nullable=False),
        sa.Column("clerk", sa.String(length=60), nullable=False),
        sa.Column("clerk_name", sa.String(length=60), nullable=False),
        sa.Column("supervisor", sa.String(length=60), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("voided_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["payment_id"],
            ["payment.id"],
            name=op.f("fk_payment_void_payment_id_payment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_void")),
        sa.UniqueConstraint("payment_id", name=op.f("uq_payment_void_payment_id")),
    )
    with op.batch_alter_table("payment_void", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_payment_void_receipt_no"), ["receipt_no"], unique=False
        )
        batch_op.create_index("ix_payment_void_window_day", ["window_code", "day"], unique=False)

    op.create_table(
        "cashier_day",
        sa.Column("window_code", sa.String(length=4), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("float_fen", sa.Integer(), nullable=False),
        sa.Column("opened_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("opened_by", sa.String(length=60), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cashier_day")),
        sa.UniqueConstraint("window_code", "day", name=op.f("uq_cashier_day_window_code")),
    )

    op.create_table(
        "cash_movement",
        sa.Column("window_code", sa.String(length=4), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("direction", sa.String(length=4), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("clerk", sa.String(length=60), nullable=False),
        sa.Column("moved_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_movement")),
    )
    with op.batch_alter_table("cash_movement", schema=None) as batch_op:
        batch_op.create_index("ix_cash_movement_window_day", ["window_code", "day"], unique=False)

    op.create_table(
        "day_closing",
        sa.Column("window_code", sa.String(length=4), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("z_no", sa.Integer(), nullable=False),
        sa.Column("closed_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("closed_by", sa.String(length=60), nullable=False),
        sa.Column("figures", sa.JSON(), nullable=False),
        sa.Column("difference_fen", sa.Integer(), nullable=False),
        sa.Column("difference_reason", sa.Text(), nullable=False),
        sa.Column("reopened_at", models.base.UTCDateTime(), nullable=True),
        sa.Column("reopened_by", sa.String(length=60), nullable=False),
        sa.Column("reopen_reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_day_closing")),
    )
    with op.batch_alter_table("day_closing", schema=None) as batch_op:
        batch_op.create_index("ix_day_closing_window_day", ["window_code", "day"], unique=False)

    op.create_table(
        "fee_document",
        sa.Column("doc_kind", sa.String(length=16), nullable=False),
        sa.Column("ref", sa.String(length=60), nullable=False),
        sa.Column("case_no", sa.String(length=40), nullable=False),
        sa.Column("path", sa.String(length=300), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("printed_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("clerk", sa.String(length=60), nullable=False),
        sa.Column("reprint", sa.Boolean(), nullable=False),
        sa.Column("paper", sa.String(length=8), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fee_document")),
    )
    with op.batch_alter_table("fee_document", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_fee_document_ref"), ["ref"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("fee_document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fee_document_ref"))
    op.drop_table("fee_document")
    with op.batch_alter_table("day_closing", schema=None) as batch_op:
        batch_op.drop_index("ix_day_closing_window_day")
    op.drop_table("day_closing")
    with op.batch_alter_table("cash_movement", schema=None) as batch_op:
        batch_op.drop_index("ix_cash_movement_window_day")
    op.drop_table("cash_movement")
    op.drop_table("cashier_day")
    with op.batch_alter_table("payment_void", schema=None) as batch_op:
        batch_op.drop_index("ix_payment_void_window_day")
        batch_op.drop_index(batch_op.f("ix_payment_void_receipt_no"))
    op.drop_table("payment_void")
    with op.batch_alter_table("payment_line", schema=None) as batch_op:
        batch_op.drop_column("waiver_policy")
        batch_op.drop_column("gross_fen")
        batch_op.drop_column("quantity_milli")
        batch_op.drop_column("mode")
        batch_op.drop_column("fee_position")
        batch_op.add_column(sa.Column("quantity", sa.Integer(), nullable=False, server_default="1"))
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index("ix_payment_window_day")
        batch_op.drop_index(batch_op.f("ix_payment_case_no"))
        batch_op.drop_column("day")
        batch_op.drop_column("clerk_name")
        batch_op.drop_column("item_name")
        batch_op.drop_column("case_no")
