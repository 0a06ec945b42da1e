"""首问负责转办单: the inquiry referral slip — whom to see, where, and by when.

Under first-inquiry responsibility (首问负责制) the clerk first asked owns the question
until it is answered or handed over in writing; this slip is that writing. It carries
the inquiry number as a Code128 barcode, so the window it is taken to can scan it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.platypus import Flowable

from printing.documents import Letterhead
from printing.layout import (
    PageDecor,
    build_pdf,
    cn_datetime,
    key_value_table,
    para,
    section,
    signature_block,
    styles,
)

TITLE = "首问负责转办单"

RULE_TEXT = (
    "根据首问负责制，首问窗口对本事项负责到底：承接部门（窗口、人员）应在承诺时间内答复咨询人，"
    "并将办理结果告知首问窗口。逾期未答复的，由首问窗口跟踪督办，中心予以通报。"
)


@dataclass(frozen=True)
class ReferralSlip:
    letterhead: Letterhead
    inquiry_no: str
    asked_at: datetime  # in the center's time zone
    inquirer_name: str
    inquirer_phone: str  # masked when it is a mobile number
    topic: str
    answer: str  # what the first window already told the inquirer
    referred_kind_label: str  # 部门 / 窗口 / 工作人员
    referred_to: str
    promised_reply_at: datetime  # in the center's time zone
    case_no: str = ""  # the case the question is about, if any
    reprint_of: date | None = None


def render_referral_slip(doc: ReferralSlip) -> bytes:
    """The referral slip as PDF bytes (A4, embedded font, the inquiry number as barcode)."""
    if not doc.referred_to.strip():
        raise ValueError("A referral slip names whom the inquiry is referred to.")
    decor = PageDecor(TITLE, doc.letterhead, doc.inquiry_no, doc.reprint_of)
    return build_pdf(decor, _story(doc), subject=f"{doc.topic[:40]} {doc.inquirer_name}")


def _story(doc: ReferralSlip) -> list[Flowable]:
    st = styles()
    who = doc.inquirer_name or "咨询人"
    pairs = [
        ("登记编号", doc.inquiry_no),
        ("咨询时间", cn_datetime(doc.asked_at)),
        ("咨询人", doc.inquirer_name or "（未留姓名）"),
        ("联系电话", doc.inquirer_phone or "（未留电话）"),
    ]
    if doc.case_no:
        pairs.append(("*相关办件", doc.case_no))
    story: list[Flowable] = [
        para(f"{who}：", st.body),
        para(
            f"您咨询的事项已登记，并转交下列{doc.referred_kind_label}办理。"
            f"请持本单前往，或等候其于承诺时间前与您联系。",
            st.body_indent,
        ),
        *section("一、咨询登记"),
        key_value_table(pairs),
        *section("二、咨询事项"),
        para(doc.topic, st.body_indent),
    ]
    if doc.answer.strip():
        story += [*section("三、首问窗口已作答复"), para(doc.answer, st.body_indent)]
    story += [
        *section("四、转办去向" if doc.answer.strip() else "三、转办去向"),
        key_value_table(
            [
                ("承接方", doc.referred_kind_label),
                ("承诺答复", cn_datetime(doc.promised_reply_at)),
                ("*承接部门/人", doc.referred_to),
                ("*首问窗口", f"{doc.letterhead.window_code}号窗口　{doc.letterhead.clerk_name}"),
                ("*咨询电话", doc.letterhead.contact_phone or "—"),
            ]
        ),
        para(f"注：{RULE_TEXT}", st.note),
        signature_block(
            ["首问经办人", "承接人签收"],
            doc.letterhead,
            "（首问负责专用章）",
            doc.reprint_of or doc.letterhead.printed_at.date(),
        ),
    ]
    return story
