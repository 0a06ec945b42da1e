"""一次性告知书: everything missing, told once, with the item's six disclosures.

The one-time rule is why the program exists: the notice must list every missing
material, however many, so the applicant comes back only once. Long lists flow over as
many pages as they need, the table header repeating on each.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from printing.acceptance import applicant_pairs
from printing.documents import ItemDisclosure, MaterialLine, OneTimeNotice
from printing.layout import (
    PageDecor,
    build_pdf,
    cn_datetime,
    esc,
    fee_table,
    issued_on,
    key_value_table,
    markup,
    materials_table,
    numbered_list,
    para,
    section,
    signature_block,
    styles,
    subsection,
    window_label,
)

TITLE = "一次性告知书"


def render_one_time_notice(doc: OneTimeNotice) -> bytes:
    """The one-time notification as PDF bytes (A4, embedded font, barcode on every page).

    Raises ValueError when nothing is missing: complete materials mean acceptance,
    and a notice listing nothing would tell the applicant nothing.
    """
    if not doc.missing:
        raise ValueError("A one-time notice must list at least one missing material.")
    decor = PageDecor(TITLE, doc.letterhead, doc.case_no, doc.reprint_of)
    return build_pdf(decor, _story(doc), subject=f"{doc.item.name} {doc.applicant.name}")


def all_materials(doc: OneTimeNotice) -> tuple[MaterialLine, ...]:
    """The item's published materials, or (if the caller has none) received + missing."""
    return doc.item.materials or (*doc.received, *doc.missing)


def _story(doc: OneTimeNotice) -> list[Flowable]:
    st = styles()
    item = doc.item
    story: list[Flowable] = [
        para(f"{doc.applicant.name}：", st.body),
        markup(
            f"您于{esc(cn_datetime(doc.received_at))}提交的申请，经审查，"
            f"您申请的“{esc(item.name)}”事项（事项编码：{esc(item.code)}），"
            "申请材料不齐全或者不符合法定形式，根据《中华人民共和国行政许可法》第三十二条的规定，"
            f"现一次性告知您需要补正的全部内容如下（共{len(doc.missing)}项）：",
            st.body_indent,
        ),
        *section("一、申请信息"),
        key_value_table(
            [
                *applicant_pairs(doc.applicant),
                ("收件时间", cn_datetime(doc.received_at)),
                ("收件编号", doc.case_no),
            ]
        ),
        *section("二、需补正的材料"),
        materials_table(doc.missing, received=False),
        para(
            f"以上{len(doc.missing)}项为需补正的全部材料。请您备齐后携带本告知书到"
            f"{window_label(doc.letterhead)}办理，补正材料齐全之日为受理日期；"
            "窗口不得在本告知书所列之外再要求您补充其他材料。",
            st.note,
        ),
        *section("三、已收取的材料"),
    ]
    if doc.received:
        story.append(materials_table(doc.received, received=True))
    else:
        story.append(para("无。", st.body))
    story += _disclosures(item, all_materials(doc))
    story.append(
        signature_block(
            ["窗口经办人", "申请人签收"], doc.letterhead, "（受理专用章）", issued_on(doc)
        )
    )
    return story


def _disclosures(item: ItemDisclosure, materials: Sequence[MaterialLine]) -> list[Flowable]:
    """The six disclosures (六公开) of the item, in their published order."""
    st = styles()
    story: list[Flowable] = [
        *section("四、事项公开内容（六公开）", min_space=50 * mm),
        *subsection("（一）审批内容"),
        key_value_table(
            [
                ("*事项名称", item.name),
                ("事项编码", item.code),
                ("办件类型", item.kind_label),
                ("*实施部门", item.department),
                ("*审批内容", item.content),
                ("*审批结果", item.result),
                ("*结果领取", item.pickup),
            ]
        ),
        *subsection("（二）办事程序"),
        *(numbered_list(item.steps, st.body) if item.steps else [para("—", st.body)]),
        *subsection("（三）审批依据"),
        *(numbered_list(item.legal_basis, st.body) if item.legal_basis else [para("—", st.body)]),
        *subsection("（四）申报材料"),
        materials_table(materials, received=False) if materials else para("—", st.body),
        *subsection("（五）承诺时限"),
        para(
            f"承诺时限：{_days(item.committed_days)}；法定时限：{_days(item.legal_days)}。"
            "时限按工作日计算，不含法定节假日和休息日。",
            st.body,
        ),
        *subsection("（六）收费标准及依据"),
    ]
    if item.fees:
        story.append(fee_table(item.fees, total_fen=None))
    else:
        story.append(para("本事项不收费。", st.body))
    return story


def _days(days: int) -> str:
    return "即办" if days == 0 else f"{days}个工作日"
