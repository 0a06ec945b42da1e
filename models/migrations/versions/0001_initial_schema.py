"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-27 15:51:26.419373
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "account",
        sa.Column("username", sa.String(length=60), nullable=False),
        sa.Column("display_name", sa.String(length=60), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", models.base.UTCDateTime(), nullable=True),
        sa.Column("created_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint("username", name=op.f("uq_account_username")),
    )
    op.create_table(
        "applicant",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("id_kind", sa.String(length=16), nullable=False),
        sa.Column("id_number", sa.String(length=40), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("created_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applicant")),
        sa.UniqueConstraint("id_kind", "id_number", name=op.f("uq_applicant_id_kind")),
    )
    with op.batch_alter_table("applicant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_applicant_id_number"), ["id_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_applicant_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_applicant_phone"), ["phone"], unique=False)

    op.create_table(
        "center",
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("hours", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_center")),
        sa.UniqueConstraint("code", name=op.f("uq_center_code")),
    )
    op.create_table(
        "department",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("short_name", sa.String(length=60), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_department")),
        sa.UniqueConstraint("code", name=op.f("uq_department_code")),
    )
    op.create_table(
        "event",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("window_code", sa.String(length=4), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("case_no", sa.String(length=40), nullable=True),
        sa.Column("clerk", sa.String(length=60), nullable=False),
        sa.Column("occurred_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
        sa.UniqueConstraint("hash", name=op.f("uq_event_hash")),
        sa.UniqueConstraint("window_code", "seq", name=op.f("uq_event_window_code")),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_case_no"), ["case_no"], unique=False)
        batch_op.create_index("ix_event_kind_occurred", ["kind", "occurred_at"], unique=False)
        batch_op.create_index("ix_event_occurred_at", ["occurred_at"], unique=False)

    op.create_table(
        "holiday_override",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("workday", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_holiday_override")),
        sa.UniqueConstraint("day", name=op.f("uq_holiday_override_day")),
    )
    op.create_table(
        "holiday_year",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_holiday_year")),
    )
    op.create_table(
        "service_window",
        sa.Column("code", sa.String(length=4), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_window")),
        sa.UniqueConstraint("code", name=op.f("uq_service_window_code")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "journal_head",
        sa.Column("window_code", sa.String(length=4), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_journal_head_event_id_event")
        ),
        sa.PrimaryKeyConstraint("window_code", name=op.f("pk_journal_head")),
    )
    op.create_table(
        "service_item",
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("department_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("result", sa.String(length=200), nullable=False),
        sa.Column("committed_days", sa.Integer(), nullable=False),
        sa.Column("legal_days", sa.Integer(), nullable=False),
        sa.Column("higher_authority", sa.String(length=200), nullable=False),
        sa.Column("pickup", sa.String(length=300), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_service_item_department_id_department"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_item")),
        sa.UniqueConstraint("code", name=op.f("uq_service_item_code")),
    )
    op.create_table(
        "case",
        sa.Column("case_no", sa.String(length=40), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("applicant_id", sa.Uuid(), nullable=True),
        sa.Column("agent_id", sa.Uuid(), nullable=True),
        sa.Column("window_code", sa.String(length=4), nullable=False),
        sa.Column("clerk", sa.String(length=60), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("received_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("accepted_at", models.base.UTCDateTime(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("notice_deadline", sa.Date(), nullable=True),
        sa.Column("notice_issued_at", models.base.UTCDateTime(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("legal_basis", sa.Text(), nullable=False),
        sa.Column("draft", sa.JSON(), nullable=False),
        sa.Column("updated_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agent_id"], ["applicant.id"], name=op.f("fk_case_agent_id_applicant")
        ),
        sa.ForeignKeyConstraint(
            ["applicant_id"], ["applicant.id"], name=op.f("fk_case_applicant_id_applicant")
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["service_item.id"], name=op.f("fk_case_item_id_service_item")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case")),
        sa.UniqueConstraint("case_no", name=op.f("uq_case_case_no")),
    )
    with op.batch_alter_table("case", schema=None) as batch_op:
        batch_op.create_index("ix_case_status_due", ["status", "due_date"], unique=False)
        batch_op.create_index(
            "ix_case_window_received", ["window_code", "received_at"], unique=False
        )

    op.create_table(
        "item_fee",
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("mode", sa.String(length=8), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=30), nullable=False),
        sa.Column("basis", sa.Text(), nullable=False),
        sa.Column("waivable", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["service_item.id"],
            name=op.f("fk_item_fee_item_id_service_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_fee")),
        sa.UniqueConstraint("item_id", "position", name=op.f("uq_item_fee_item_id")),
    )
    op.create_table(
        "item_joint_department",
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("department_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_item_joint_department_department_id_department"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["service_item.id"],
            name=op.f("fk_item_joint_department_item_id_service_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("item_id", "department_id", name=op.f("pk_item_joint_department")),
    )
    op.create_table(
        "item_legal_basis",
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("article", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["service_item.id"],
            name=op.f("fk_item_legal_basis_item_id_service_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_legal_basis")),
        sa.UniqueConstraint("item_id", "position", name=op.f("uq_item_legal_basis_item_id")),
    )
    op.create_table(
        "item_material",
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("originals", sa.Integer(), nullable=False),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(length=16), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("condition", sa.String(length=300), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["service_item.id"],
            name=op.f("fk_item_material_item_id_service_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_material")),
        sa.UniqueConstraint("item_id", "position", name=op.f("uq_item_material_item_id")),
    )
    op.create_table(
        "item_step",
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["service_item.id"],
            name=op.f("fk_item_step_item_id_service_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_step")),
        sa.UniqueConstraint("item_id", "position", name=op.f("uq_item_step_item_id")),
    )
    op.create_table(
        "case_material",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("originals", sa.Integer(), nullable=False),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(length=16), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("condition", sa.String(length=300), nullable=False),
        sa.Column("applies", sa.Boolean(), nullable=False),
        sa.Column("received_originals", sa.Integer(), nullable=False),
        sa.Column("received_copies", sa.Integer(), nullable=False),
        sa.Column("added_by_exception", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case.id"], name=op.f("fk_case_material_case_id_case"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_material")),
        sa.UniqueConstraint("case_id", "position", name=op.f("uq_case_material_case_id")),
    )
    op.create_table(
        "evaluation",
        sa.Column("visit_ref", sa.String(length=60), nullable=False),
        sa.Column("window_code", sa.String(length=4), nullable=False),
        sa.Column("clerk", sa.String(length=60), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("follow_up_due", sa.Date(), nullable=True),
        sa.Column("followed_up_at", models.base.UTCDateTime(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_evaluation_case_id_case")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation")),
        sa.UniqueConstraint("visit_ref", name=op.f("uq_evaluation_visit_ref")),
    )
    op.create_table(
        "inquiry",
        sa.Column("inquiry_no", sa.String(length=40), nullable=False),
        sa.Column("window_code", sa.String(length=4), nullable=False),
        sa.Column("clerk", sa.String(length=60), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("referred_to", sa.String(length=200), nullable=False),
        sa.Column("promised_reply_at", models.base.UTCDateTime(), nullable=True),
        sa.Column("inquirer_name", sa.String(length=100), nullable=False),
        sa.Column("inquirer_phone", sa.String(length=40), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("created_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("closed_at", models.base.UTCDateTime(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_inquiry_case_id_case")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inquiry")),
        sa.UniqueConstraint("inquiry_no", name=op.f("uq_inquiry_inquiry_no")),
    )
    with op.batch_alter_table("inquiry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inquiry_clerk"), ["clerk"], unique=False)

    op.create_table(
        "payment",
        sa.Column("receipt_no", sa.String(length=40), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("window_code", sa.String(length=4), nullable=False),
        sa.Column("clerk", sa.String(length=60), nullable=False),
        sa.Column("total_fen", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column("tendered_fen", sa.Integer(), nullable=True),
        sa.Column("change_fen", sa.Integer(), nullable=True),
        sa.Column("payer", sa.String(length=200), nullable=False),
        sa.Column("paid_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("voided_at", models.base.UTCDateTime(), nullable=True),
        sa.Column("voided_by", sa.String(length=60), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_payment_case_id_case")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
        sa.UniqueConstraint("receipt_no", name=op.f("uq_payment_receipt_no")),
    )
    op.create_table(
        "payment_line",
        sa.Column("payment_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("fee_name", sa.String(length=200), nullable=False),
        sa.Column("basis", sa.Text(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=30), nullable=False),
        sa.Column("unit_fen", sa.Integer(), nullable=False),
        sa.Column("waived_fen", sa.Integer(), nullable=False),
        sa.Column("waiver_reason", sa.Text(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["payment_id"],
            ["payment.id"],
            name=op.f("fk_payment_line_payment_id_payment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_line")),
        sa.UniqueConstraint("payment_id", "position", name=op.f("uq_payment_line_payment_id")),
    )


def downgrade() -> None:
    op.drop_table("payment_line")
    op.drop_table("payment")
    with op.batch_alter_table("inquiry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inquiry_clerk"))

    op.drop_table("inquiry")
    op.drop_table("evaluation")
    op.drop_table("case_material")
    op.drop_table("item_step")
    op.drop_table("item_material")
    op.drop_table("item_legal_basis")
    op.drop_table("item_joint_department")
    op.drop_table("item_fee")
    with op.batch_alter_table("case", schema=None) as batch_op:
        batch_op.drop_index("ix_case_window_received")
        batch_op.drop_index("ix_case_status_due")

    op.drop_table("case")
    op.drop_table("service_item")
    op.drop_table("journal_head")
    op.drop_table("setting")
    op.drop_table("service_window")
    op.drop_table("holiday_year")
    op.drop_table("holiday_override")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index("ix_event_occurred_at")
        batch_op.drop_index("ix_event_kind_occurred")
        batch_op.drop_index(batch_op.f("ix_event_case_no"))

    op.drop_table("event")
    op.drop_table("department")
    op.drop_table("center")
    with op.batch_alter_table("applicant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_applicant_phone"))
        batch_op.drop_index(batch_op.f("ix_applicant_name"))
        batch_op.drop_index(batch_op.f("ix_applicant_id_number"))

    op.drop_table("applicant")
    op.drop_table("account")
