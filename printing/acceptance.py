"""受理通知书: the acceptance slip handed to the applicant when a case is accepted."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from printing.documents import AcceptanceSlip, ApplicantInfo
from printing.layout import (
    PageDecor,
    SectionHeading,
    build_pdf,
    cn_date_weekday,
    cn_datetime,
    esc,
    fee_table,
    key_value_table,
    markup,
    para,
    received_materials_table,
    section,
    signature_parts,
    styles,
)

TITLE = "受理通知书"

IMMEDIATE_TEXT = "即办件，当场办结"

# Art. 42/45 of the Administrative Licensing Law: limits count working days, and the
# special procedures do not count. Printed so the applicant knows how the date was set.
WORKING_DAYS_NOTE = (
    "承诺办结日期按工作日计算，不含法定节假日和休息日，"
    "依法需要听证、检验、检测、鉴定和专家评审的时间不计算在内。"
)


def render_acceptance_slip(doc: AcceptanceSlip) -> bytes:
    """The acceptance slip as PDF bytes (A4, embedded font, barcode on every page)."""
    decor = PageDecor(TITLE, doc.letterhead, doc.case_no, doc.reprint_of)
    return build_pdf(decor, _story(doc), subject=f"{doc.item.name} {doc.applicant.name}")


def due_text(doc: AcceptanceSlip) -> str:
    if doc.due_date is None:
        return IMMEDIATE_TEXT
    return cn_date_weekday(doc.due_date)


def applicant_pairs(applicant: ApplicantInfo) -> list[tuple[str, str]]:
    """Applicant rows for a key/value table; the agent only when there is one."""
    pairs = [
        ("申请人", applicant.name),
        ("联系电话", applicant.phone),
        ("证件号码", f"{applicant.id_kind_label} {applicant.id_number_masked}".strip()),
    ]
    if applicant.agent_name:
        agent = f"{applicant.agent_name} {applicant.agent_id_masked}".strip()
        pairs.append(("代理人", agent))
    return pairs


def _story(doc: AcceptanceSlip) -> list[Flowable]:
    st = styles()
    item = doc.item
    story: list[Flowable] = [
        para(f"{doc.applicant.name}：", st.body),
        markup(
            f"您于{esc(cn_datetime(doc.accepted_at))}提交的“{esc(item.name)}”申请，"
            "经审查，申请材料齐全、符合法定形式，"
            "根据《中华人民共和国行政许可法》第三十二条的规定，决定予以受理。",
            st.body_indent,
        ),
        *section("一、受理信息"),
        key_value_table(
            [
                ("受理编号", doc.case_no),
                ("受理时间", cn_datetime(doc.accepted_at)),
                *applicant_pairs(doc.applicant),
                ("*申请事项", item.name),
                ("事项编码", item.code),
                ("办件类型", item.kind_label),
                ("*承办部门", item.department),
                ("承诺时限", _limit_text(doc)),
                ("承诺办结日期", due_text(doc)),
            ]
        ),
        *section("二、已收取材料"),
    ]
    if doc.materials_received:
        story.append(received_materials_table(doc.materials_received))
    else:
        story.append(para("无。", st.body))
    story += section("三、收费")
    if doc.item.fees or doc.fee_total_fen:
        story.append(fee_table(doc.item.fees, doc.fee_total_fen))
    else:
        story.append(para("本事项不收费。", st.body))
    # The last section, its notes and the signatures move to a new page together
    # when they do not fit: never a page holding nothing but the signature lines.
    story.append(
        KeepTogether(
            [
                SectionHeading("四、结果领取与咨询"),
                key_value_table(
                    [
                        ("审批结果", item.result),
                        ("咨询电话", doc.letterhead.contact_phone),
                        ("领取方式", doc.pickup or item.pickup),
                        ("办公地址", doc.letterhead.address),
                    ]
                ),
                para(
                    f"注：1. {WORKING_DAYS_NOTE}2. 领取结果时请携带本通知书及有效身份证件。"
                    "3. 窗口只收取本通知书所列费用。",
                    st.note,
                ),
                *signature_parts(
                    ["窗口经办人", "申请人"],
                    doc.letterhead,
                    "（受理专用章）",
                    doc.accepted_at.date(),
                ),
            ]
        )
    )
    return story


def _limit_text(doc: AcceptanceSlip) -> str:
    item = doc.item
    if doc.due_date is None:
        return "即办"
    return f"{item.committed_days}个工作日（法定{item.legal_days}个工作日）"
