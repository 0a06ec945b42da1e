"""不予受理通知书: a written, reasoned refusal with the applicant's remedies."""

from __future__ import annotations

from reportlab.platypus import Flowable

from printing.acceptance import applicant_pairs
from printing.documents import RejectionNotice
from printing.layout import (
    PageDecor,
    build_pdf,
    cn_datetime,
    esc,
    issued_on,
    key_value_table,
    markup,
    para,
    section,
    signature_block,
    styles,
)

TITLE = "不予受理通知书"


def rights_text(doc: RejectionNotice) -> str:
    """Administrative Reconsideration Law (60 days) and Litigation Law (6 months)."""
    return (
        f"如不服本决定，可以在收到本通知书之日起六十日内向{doc.review_body}申请行政复议，"
        f"或者在六个月内向{doc.court}提起行政诉讼。"
    )


def render_rejection_notice(doc: RejectionNotice) -> bytes:
    """The rejection notice as PDF bytes (A4, embedded font, barcode on every page).

    Raises ValueError without a reason or legal basis: refusing without reasons is
    itself a fault that electronic supervision flags, so no such notice is printed.
    """
    if not doc.reason.strip() or not doc.legal_basis.strip():
        raise ValueError("A rejection notice needs both a reason and a legal basis.")
    decor = PageDecor(TITLE, doc.letterhead, doc.case_no, doc.reprint_of)
    return build_pdf(decor, _story(doc), subject=f"{doc.item.name} {doc.applicant.name}")


def _story(doc: RejectionNotice) -> list[Flowable]:
    st = styles()
    item = doc.item
    return [
        para(f"{doc.applicant.name}：", st.body),
        markup(
            f"您于{esc(cn_datetime(doc.received_at))}提交的“{esc(item.name)}”申请，"
            "经审查，决定不予受理。理由、依据及您享有的权利告知如下：",
            st.body_indent,
        ),
        *section("一、申请信息"),
        key_value_table(
            [
                *applicant_pairs(doc.applicant),
                ("*申请事项", item.name),
                ("事项编码", item.code),
                ("承办部门", item.department),
                ("收件时间", cn_datetime(doc.received_at)),
                ("收件编号", doc.case_no),
            ]
        ),
        *section("二、不予受理的理由"),
        para(doc.reason, st.body_indent),
        *section("三、法律依据"),
        para(doc.legal_basis, st.body_indent),
        *section("四、权利告知"),
        para(rights_text(doc), st.body_indent),
        para(
            f"如对本决定有疑问，可拨打咨询电话 {doc.letterhead.contact_phone} 或到"
            f"{doc.letterhead.address}咨询。",
            st.note,
        ),
        signature_block(
            ["窗口经办人", "申请人签收"], doc.letterhead, "（受理专用章）", issued_on(doc)
        ),
    ]
