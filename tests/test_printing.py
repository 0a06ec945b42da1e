"""The printed documents: render, read the barcode back, extract the Chinese text.

The scanner at the pickup window reads the case number off the slip, and the archive
keeps the PDF: so every page's barcode must decode, and the text must be real text in an
embedded font, not boxes or paths.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table

from printing import (
    AcceptanceSlip,
    ApplicantInfo,
    FeeSummaryLine,
    ItemDisclosure,
    Letterhead,
    MaterialLine,
    OneTimeNotice,
    RejectionNotice,
    code128_modules,
    format_fen,
    mask_id,
    register_fonts,
    render_acceptance_slip,
    render_one_time_notice,
    render_rejection_notice,
)
from printing.fonts import FONT_PATH, FontMissingError, _register
from printing.layout import (
    BODY_SIZE,
    CONTENT_WIDTH,
    NO_LINE_END,
    NO_LINE_START,
    fee_table,
    key_value_table,
    markup,
    materials_table,
    para,
    styles,
)

CASE_NO = "320117-03-20261127-0007"
SCAN_DPI = 200
CODE128 = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.Code128)

# ---------------------------------------------------------------------------------------
# Sample data: a realistic day at window 03 of the 溧水区 center.


def letterhead() -> Letterhead:
    return Letterhead(
        center_name="南京市溧水区行政服务中心",
        window_code="03",
        window_name="市场监管综合窗口",
        clerk_name="王晓燕",
        printed_at=datetime(2026, 11, 27, 10, 42),
        contact_phone="025-57201234",
        address="南京市溧水区永阳街道珍珠南路1号行政服务中心一楼",
    )


def applicant() -> ApplicantInfo:
    return ApplicantInfo(
        name="陈立华",
        id_kind_label="居民身份证",
        id_number_masked=mask_id("320117198805121234"),
        phone="139****5678",
        agent_name="刘倩",
        agent_id_masked=mask_id("32011719920304002X"),
    )


def food_licence_item(materials: tuple[MaterialLine, ...] = ()) -> ItemDisclosure:
    return ItemDisclosure(
        code="320117-SCJG-XK-0012",
        name="食品经营许可（新办）",
        department="南京市溧水区市场监督管理局",
        kind_label="承诺件",
        content="从事食品销售和餐饮服务活动的食品经营许可",
        result="《食品经营许可证》",
        steps=(
            "申请人提交申请材料",
            "窗口审查材料，当场作出受理、一次性告知或不予受理决定",
            "承办科室审查，必要时现场核查经营场所",
            "作出准予或不予许可的决定",
            "制证，窗口通知申请人领取",
        ),
        legal_basis=(
            "《中华人民共和国食品安全法》第三十五条",
            "《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号）第十二条至第二十条",
        ),
        committed_days=7,
        legal_days=20,
        fees=(),
        pickup="窗口领取或免费邮寄送达",
        materials=materials,
    )


def property_item() -> ItemDisclosure:
    return ItemDisclosure(
        code="320117-BDC-DJ-0031",
        name="国有建设用地使用权及房屋所有权转移登记",
        department="南京市不动产登记中心溧水分中心",
        kind_label="承诺件",
        content="存量房买卖、赠与、继承等引起的国有建设用地使用权及房屋所有权转移登记",
        result="《不动产权证书》",
        steps=("申请", "受理", "审核", "登簿", "缴费领证"),
        legal_basis=("《不动产登记暂行条例》第十四条", "《不动产登记暂行条例实施细则》第三十八条"),
        committed_days=5,
        legal_days=30,
        fees=(
            FeeSummaryLine(
                "不动产登记费（住宅类）",
                8000,
                "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》"
                "（发改价格规〔2016〕2559号）",
            ),
            FeeSummaryLine("不动产权证书工本费（第二本起）", 1000, "同上"),
        ),
        pickup="缴费后凭本通知书到31号综合出件窗口领取",
    )


def acceptance_slip(reprint_of: date | None = None) -> AcceptanceSlip:
    item = property_item()
    return AcceptanceSlip(
        letterhead=letterhead(),
        case_no=CASE_NO,
        applicant=applicant(),
        item=item,
        accepted_at=datetime(2026, 11, 27, 10, 36),
        due_date=date(2026, 12, 4),
        materials_received=(
            MaterialLine("不动产登记申请书", 1, 0, "纸质", received_originals=1),
            MaterialLine("申请人身份证明", 1, 1, "纸质", received_originals=1, received_copies=1),
            MaterialLine("不动产权属证书", 1, 0, "纸质", received_originals=1),
            MaterialLine("经网签备案的存量房买卖合同", 1, 0, "纸质", received_originals=1),
            MaterialLine(
                "完税凭证（契税、增值税及附加、个人所得税）",
                0,
                1,
                "电子",
                received_copies=1,
                notes="税务部门共享",
            ),
            MaterialLine("授权委托书", 1, 0, "纸质", condition="委托代理的", received_originals=1),
        ),
        pickup="缴费后凭本通知书到31号综合出件窗口领取，或选择邮寄送达",
        fee_total_fen=9000,
        reprint_of=reprint_of,
    )


FOOD_MISSING = (
    MaterialLine("营业执照或者其他主体资格证明文件", 0, 1, "纸质", notes="加盖公章"),
    MaterialLine(
        "与食品经营相适应的主要设备设施布局、操作流程等文件",
        1,
        0,
        "纸质",
        condition="从事餐饮服务的",
    ),
    MaterialLine("食品安全自查、从业人员健康管理、进货查验记录等食品安全管理制度", 1, 0, "纸质"),
    MaterialLine("经营场所平面布局图", 1, 0, "纸质", notes="标明面积与功能分区"),
)
FOOD_RECEIVED = (
    MaterialLine("食品经营许可申请书", 1, 0, "纸质", received_originals=1),
    MaterialLine("法定代表人（负责人）身份证明", 0, 1, "纸质", received_copies=1),
)


def one_time_notice(
    missing: tuple[MaterialLine, ...] = FOOD_MISSING, reprint_of: date | None = None
) -> OneTimeNotice:
    return OneTimeNotice(
        letterhead=letterhead(),
        case_no=CASE_NO,
        applicant=applicant(),
        item=food_licence_item(materials=FOOD_RECEIVED + missing),
        received_at=datetime(2026, 11, 27, 10, 20),
        missing=missing,
        received=FOOD_RECEIVED,
        reprint_of=reprint_of,
    )


def forty_missing() -> tuple[MaterialLine, ...]:
    """Forty materials, every fifth with a long name and condition that must wrap."""
    lines = []
    for n in range(1, 41):
        name = f"补正材料{n:02d}号"
        if n % 5 == 0:
            name += (
                "：建设项目环境影响评价文件审批意见及配套污染防治设施竣工验收监测报告"
                "（加盖编制单位公章）"
            )
        lines.append(
            MaterialLine(
                name,
                n % 3,
                1,
                "纸质" if n % 2 else "电子",
                condition="涉及新建、改建、扩建项目且依法应当进行环境影响评价的"
                if n % 5 == 0
                else "",
            )
        )
    return tuple(lines)


REJECTION_REASON = (
    "您申请的建筑工程施工许可项目位于南京市江宁区，不属于南京市溧水区住房和城乡建设局的管辖范围。"
    "请向项目所在地的南京市江宁区行政审批局提出申请。"
)


def rejection_notice(reprint_of: date | None = None) -> RejectionNotice:
    item = replace(
        food_licence_item(),
        code="320117-ZJ-XK-0005",
        name="建筑工程施工许可证核发",
        department="南京市溧水区住房和城乡建设局",
    )
    return RejectionNotice(
        letterhead=letterhead(),
        case_no=CASE_NO,
        applicant=applicant(),
        item=item,
        received_at=datetime(2026, 11, 27, 9, 55),
        reason=REJECTION_REASON,
        legal_basis="《中华人民共和国行政许可法》第三十二条第一款第（二）项",
        review_body="南京市溧水区人民政府",
        court="南京市溧水区人民法院",
        reprint_of=reprint_of,
    )


# ---------------------------------------------------------------------------------------
# Helpers that read a PDF the way the scanner and the archive do.


def page_texts(pdf_bytes: bytes) -> list[str]:
    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        return [page.get_textpage().get_text_range() for page in pdf]
    finally:
        pdf.close()


def all_text(pdf_bytes: bytes) -> str:
    # Table cells wrap long names over lines: compare without line breaks.
    return re.sub(r"\s+", "", "".join(page_texts(pdf_bytes)))


def decode_barcodes(pdf_bytes: bytes, page_index: int) -> list[str]:
    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        image = pdf[page_index].render(scale=SCAN_DPI / 72, grayscale=True).to_pil()
    finally:
        pdf.close()
    found = zxingcpp.read_barcodes(image, formats=CODE128)
    return [barcode.text for barcode in found]


def page_count(pdf_bytes: bytes) -> int:
    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        return len(pdf)
    finally:
        pdf.close()


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# ---------------------------------------------------------------------------------------
# The documents


@pytest.fixture(scope="module")
def slip_pdf() -> bytes:
    return render_acceptance_slip(acceptance_slip())


@pytest.fixture(scope="module")
def notice_pdf() -> bytes:
    return render_one_time_notice(one_time_notice())


@pytest.fixture(scope="module")
def rejection_pdf() -> bytes:
    return render_rejection_notice(rejection_notice())


@pytest.fixture(scope="module")
def long_notice_pdf() -> bytes:
    return render_one_time_notice(one_time_notice(missing=forty_missing()))


def test_font_is_bundled_and_registration_is_idempotent() -> None:
    assert FONT_PATH.is_file()
    assert register_fonts() == register_fonts() == "WQYMicroHei"


def test_missing_font_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FontMissingError, match="wqy-microhei"):
        _register(tmp_path / "wqy-microhei.ttc")


def test_font_is_embedded(slip_pdf: bytes) -> None:
    # A TrueType font program in the file: the slip prints the same on a PC with no
    # Chinese font, unlike reportlab's non-embedded CID fonts.
    assert b"/FontFile2" in slip_pdf


@pytest.mark.parametrize("fixture", ["slip_pdf", "notice_pdf", "rejection_pdf"])
def test_barcode_on_page_one_decodes_to_case_number(
    fixture: str, request: pytest.FixtureRequest
) -> None:
    pdf: bytes = request.getfixturevalue(fixture)
    assert pdf.startswith(b"%PDF")
    assert decode_barcodes(pdf, 0) == [CASE_NO]


def test_acceptance_slip_text(slip_pdf: bytes) -> None:
    text = all_text(slip_pdf)
    doc = acceptance_slip()
    for expected in (
        "南京市溧水区行政服务中心",
        "受理通知书",
        doc.item.name,
        doc.item.code,
        "陈立华",
        "320117********1234",
        "2026年12月4日",
        "¥90.00",
        "不动产登记费（住宅类）",
        "窗口经办人",
        "（受理专用章）",
        "工作日",
        "025-57201234",
        "第1页共1页",
    ):
        assert squash(expected) in text, expected
    for material in doc.materials_received:
        assert squash(material.name) in text, material.name
    # The full ID number never reaches the page.
    assert "320117198805121234" not in text


def test_immediate_item_and_free_item_wording() -> None:
    doc = replace(
        acceptance_slip(),
        due_date=None,
        item=replace(property_item(), fees=(), kind_label="即办件"),
        fee_total_fen=0,
    )
    text = all_text(render_acceptance_slip(doc))
    assert "即办件，当场办结" in text
    assert "本事项不收费" in text


def test_one_time_notice_lists_everything(notice_pdf: bytes) -> None:
    text = all_text(notice_pdf)
    doc = one_time_notice()
    assert doc.item.name in text
    assert "陈立华" in text
    assert "一次性告知书" in text
    assert "第三十二条" in text
    for material in doc.missing + doc.received:
        assert squash(material.name) in text, material.name
    for heading in (
        "审批内容",
        "办事程序",
        "审批依据",
        "申报材料",
        "承诺时限",
        "法定时限",
        "收费标准及依据",
    ):
        assert heading in text, heading
    for step in doc.item.steps:
        assert squash(step) in text, step
    assert "申请人签收" in text


def test_rejection_notice_text(rejection_pdf: bytes) -> None:
    text = all_text(rejection_pdf)
    doc = rejection_notice()
    assert "不予受理通知书" in text
    assert doc.item.name in text
    assert "陈立华" in text
    assert squash(REJECTION_REASON) in text
    assert squash(doc.legal_basis) in text
    assert (
        "如不服本决定，可以在收到本通知书之日起六十日内向南京市溧水区人民政府申请行政复议，"
        "或者在六个月内向南京市溧水区人民法院提起行政诉讼。"
    ) in text


def test_forty_missing_materials_flow_over_pages(long_notice_pdf: bytes) -> None:
    pages = page_count(long_notice_pdf)
    assert pages >= 2
    for index in range(pages):
        assert decode_barcodes(long_notice_pdf, index) == [CASE_NO], f"page {index + 1}"
    texts = [squash(t) for t in page_texts(long_notice_pdf)]
    for index, page_text in enumerate(texts, start=1):
        assert f"第{index}页共{pages}页" in page_text
        assert "一次性告知书" in page_text and "南京市溧水区行政服务中心" in page_text
    text = "".join(texts)
    for material in forty_missing():
        assert squash(material.name) in text, material.name
    # Every page holding rows of the missing table starts them with its header row.
    header = "序号材料名称原件复印件形式条件/说明"
    pages_with_rows = [t for t in texts if "补正材料" in t]
    assert len(pages_with_rows) >= 2
    for page_text in pages_with_rows:
        assert header in page_text


def render_kind(kind: str, reprint_of: date | None = None) -> bytes:
    if kind == "acceptance":
        return render_acceptance_slip(acceptance_slip(reprint_of=reprint_of))
    if kind == "notice":
        return render_one_time_notice(one_time_notice(reprint_of=reprint_of))
    return render_rejection_notice(rejection_notice(reprint_of=reprint_of))


@pytest.mark.parametrize("kind", ["acceptance", "notice", "rejection"])
def test_reprint_mark_only_on_reprints(kind: str) -> None:
    assert "补打" not in all_text(render_kind(kind))
    reprint = render_kind(kind, reprint_of=date(2026, 11, 20))
    for page_text in page_texts(reprint):
        assert "补打" in page_text
        assert "2026-11-20" in page_text
    # The stamp sits under the barcode; the scanner must still read it.
    assert decode_barcodes(reprint, 0) == [CASE_NO]


def test_notices_refuse_to_print_without_content() -> None:
    # Complete materials mean acceptance; a refusal must give its reason and basis.
    with pytest.raises(ValueError):
        render_one_time_notice(one_time_notice(missing=()))
    with pytest.raises(ValueError):
        render_rejection_notice(replace(rejection_notice(), reason="  "))
    with pytest.raises(ValueError):
        render_rejection_notice(replace(rejection_notice(), legal_basis=""))


def test_same_data_gives_same_bytes() -> None:
    # The archive stores a hash of each printed PDF; re-rendering must reproduce it.
    assert render_rejection_notice(rejection_notice()) == render_rejection_notice(
        rejection_notice()
    )


def test_markup_characters_in_data_are_printed_literally() -> None:
    doc = replace(rejection_notice(), reason="名称含有<特殊>字符 & 符号")
    assert "名称含有<特殊>字符&符号" in all_text(render_rejection_notice(doc))


# ---------------------------------------------------------------------------------------
# Small helpers


@pytest.mark.parametrize(
    "number, masked",
    [
        ("320117198805121234", "320117********1234"),
        ("32011719920304002X", "320117********002X"),
        ("91320117MA1X2Y3Z4W", "913201********3Z4W"),  # unified social credit code
        (" 320117198805121234 ", "320117********1234"),
        ("12345678901", "123456*8901"),
        ("1234567890", "12******90"),
        ("E12345678", "E1*****78"),  # passport: short, keeps 2 + 2
        ("12345", "12*45"),
        ("1234", "****"),
        ("", ""),
    ],
)
def test_mask_id(number: str, masked: str) -> None:
    assert mask_id(number) == masked
    assert len(masked) == len(number.strip())


@pytest.mark.parametrize(
    "fen, text",
    [
        (0, "¥0.00"),
        (5, "¥0.05"),
        (8000, "¥80.00"),
        (123450, "¥1,234.50"),
        (123456789, "¥1,234,567.89"),
        (-1050, "-¥10.50"),
    ],
)
def test_format_fen(fen: int, text: str) -> None:
    assert format_fen(fen) == text


def test_code128_modules_come_from_python_barcode() -> None:
    modules = code128_modules(CASE_NO)
    assert set(modules) == {"0", "1"}
    assert modules.startswith("11010")  # a Start code
    assert modules.endswith("1100011101011")  # the Stop pattern
    with pytest.raises(ValueError):
        code128_modules("受理")
    with pytest.raises(ValueError):
        code128_modules("")


# ---------------------------------------------------------------------------------------
# Chinese line breaking (禁则): no line starts with a closing mark or ends with an
# opening one, in body text and in table cells.


def para_lines(paragraph: Paragraph) -> list[str]:
    """The text of each line reportlab computed for a wrapped paragraph."""
    bl_para = paragraph.blPara
    if bl_para.kind == 0:  # reportlab's single-fragment form: (extra space, [text])
        return ["".join(words) for _, words in bl_para.lines]
    return ["".join(frag.text for frag in line.words) for line in bl_para.lines]


def kinsoku_faults(lines: list[str]) -> list[str]:
    faults = []
    for number, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        if number > 0 and text[0] in NO_LINE_START:
            faults.append(f"line {number + 1} starts with {text[0]}: {text}")
        if number < len(lines) - 1 and text[-1] in NO_LINE_END:
            faults.append(f"line {number + 1} ends with {text[-1]}: {text}")
    return faults


def wrapped(paragraph: Paragraph, width: float) -> list[str]:
    paragraph.wrap(width, 10_000)
    return para_lines(paragraph)


# Twenty ideographs fill a line exactly; the mark after them is the 21st character.
_FILL = "审" * 20


@pytest.mark.parametrize(
    "text",
    [
        _FILL + "，经审查，申请材料齐全",  # would start line 2
        _FILL + "》第三十二条",
        _FILL + "”申请",
        _FILL + "；按规定免收",
        _FILL + "）申请",  # reportlab hangs this one past the edge instead
        _FILL[:-1] + "《中华人民共和国行政许可法》",  # would end line 1
        _FILL[:-1] + "“食品经营许可”",
        _FILL[:-1] + "（发改价格规〔2016〕2559号）",
    ],
)
def test_lines_never_start_with_a_closing_mark_or_end_with_an_opening_one(text: str) -> None:
    st = styles()
    for style in (st.body, st.cell):
        width = 20 * style.fontSize + 0.5
        # The text is engineered: reportlab's own wrapping breaks a rule (or, for the
        # marks it knows, hangs one past the edge) at this width.
        plain = wrapped(Paragraph(text, style), width)
        too_wide = [ln for ln in plain if stringWidth(ln, style.fontName, style.fontSize) > width]
        assert kinsoku_faults(plain) or too_wide, plain

        # Plain text (one fragment) and markup (several) take different paths.
        for paragraph in (para(text, style), markup(f"<u>{text[:3]}</u>{text[3:]}", style)):
            lines = wrapped(paragraph, width)
            assert "".join(lines) == text
            assert kinsoku_faults(lines) == [], lines
            if style is st.cell:
                # In a cell nothing passes the edge: the break moves back instead.
                for line in lines:
                    assert stringWidth(line, style.fontName, style.fontSize) <= width, line


def test_body_text_lets_a_comma_hang_but_a_cell_pushes_it_down() -> None:
    st = styles()
    text = _FILL + "，经审查"
    assert wrapped(para(text, st.body), 20 * BODY_SIZE + 0.5) == [_FILL + "，", "经审查"]
    width = 20 * st.cell.fontSize + 0.5
    assert wrapped(para(text, st.cell), width) == ["审" * 19, "审，经审查"]


WRAP_SAMPLES = (
    REJECTION_REASON,
    "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）；"
    "小微企业（含个体工商户）申请不动产登记的免征。",
    "您于2026年11月27日 10:36提交的“国有建设用地使用权及房屋所有权转移登记”申请，经审查，"
    "申请材料齐全、符合法定形式，根据《中华人民共和国行政许可法》第三十二条的规定，决定予以受理。",
    "申请人自备（窗口提供样表）；须经法定代表人（负责人）签字或盖章。编号：320117-SCJG-XK-0012。",
)


@pytest.mark.parametrize("sample", WRAP_SAMPLES)
def test_wrapping_at_any_width_keeps_every_character_and_the_rules(sample: str) -> None:
    st = styles()
    for style in (st.body, st.note, st.cell, st.cell_small):
        for width in range(40, 480, 7):
            lines = wrapped(para(sample, style), float(width))
            assert "".join(lines) == sample, (style.name, width)
            assert kinsoku_faults(lines) == [], (style.name, width, lines)
            # Latin runs (320117-SCJG-XK-0012, 10:36) are split only when keeping
            # one whole would leave its line less than half full, as reportlab does.
            for run in ("320117-SCJG-XK-0012", "10:36", "2559"):
                if run in sample and 2 * stringWidth(run, style.fontName, style.fontSize) < width:
                    assert any(run in line for line in lines), (style.name, width, lines)


def cell_paragraphs(table: Table) -> list[Paragraph]:
    """The Paragraph cells of a table, wrapped at their columns' widths."""
    table.wrap(CONTENT_WIDTH, 10_000)
    found: list[Paragraph] = []
    for row in table._cellvalues:
        for cell in row:  # a Paragraph cell is held in a tuple once the table is wrapped
            contents = cell if isinstance(cell, (list, tuple)) else [cell]
            found.extend(c for c in contents if isinstance(c, Paragraph))
    return found


def test_table_cells_follow_the_rules() -> None:
    # Shift punctuation past every position of the columns' line ends.
    names = ["审" * k + "（负责人）身份证明，“原件”及《复印件》、其他材料。" for k in range(0, 30)]
    materials = tuple(
        MaterialLine(name, 1, 1, "纸质", condition=name[::-1][:k], notes=name[k:])
        for k, name in enumerate(names)
    )
    fees = tuple(FeeSummaryLine(name[:30], 100, name * 2) for name in names)
    tables = [
        materials_table(materials, received=False),
        fee_table(fees, total_fen=None),
        key_value_table([(f"项{k}", name) for k, name in enumerate(names)]),
    ]
    cells = [p for table in tables for p in cell_paragraphs(table)]
    plain_faults = 0
    for cell in cells:
        lines = para_lines(cell)
        assert kinsoku_faults(lines) == [], lines
        for line in lines:  # nothing reaches over the cell's rule
            assert stringWidth(line, cell.style.fontName, cell.style.fontSize) <= cell.width
        plain_faults += len(kinsoku_faults(wrapped(Paragraph(cell.text, cell.style), cell.width)))
    assert plain_faults > 10  # the test does exercise the rules


def test_printed_lines_follow_the_rules() -> None:
    # Read back from the PDF, as the archive does: the first line of the reason is full
    # just before "，" and the second just before "》".
    first = int((CONTENT_WIDTH - 2 * BODY_SIZE) // BODY_SIZE)
    full = int(CONTENT_WIDTH // BODY_SIZE)
    reason = "甲" * first + "，" + "乙" * full + "》" + "丙" * 10 + "。"
    pdf = render_rejection_notice(replace(rejection_notice(), reason=reason))
    lines = [line for text in page_texts(pdf) for line in text.splitlines()]
    assert kinsoku_faults(lines) == [], [f for f in kinsoku_faults(lines)]
    assert "甲" * first + "，" in lines  # the comma hangs in the margin
    assert "乙" * (full - 1) in lines  # the last 乙 went down with the 》
    assert "乙》" + "丙" * 10 + "。" in lines


def test_an_ordinary_slip_fits_one_page() -> None:
    # Ten materials (one wrapping), three fees with long bases, an agent: one A4 page.
    names = (
        "不动产登记申请书",
        "申请人身份证明",
        "国有建设用地使用权出让合同或者划拨决定书及土地出让价款缴纳凭证",
        "建设工程规划许可证",
        "建设工程竣工验收备案表或者竣工联合验收意见书",
        "不动产权籍调查表、宗地图、房屋平面图以及界址点坐标等不动产权籍调查成果",
        "相关税费缴纳凭证",
        "授权委托书及受托人身份证件",
        "法定代表人（负责人）身份证明及营业执照",
        "其他依法应当提交的材料（如有）",
    )
    basis = (
        "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》"
        "（发改价格规〔2016〕2559号）；小微企业（含个体工商户）申请不动产登记的免征，"
        "见《财政部 国家发展改革委关于不动产登记收费有关政策问题的通知》（财税〔2016〕79号）"
    )
    fees = (
        FeeSummaryLine("不动产登记费（非住宅）", 55000, basis),
        FeeSummaryLine("不动产权证书工本费（每增加一本）", 1000, basis[:60]),
        FeeSummaryLine("土地使用权抵押登记费", 8000, "同上"),
    )
    slip = acceptance_slip()
    doc = replace(
        slip,
        materials_received=tuple(
            MaterialLine(name, 1, 0, "纸质", received_originals=1) for name in names
        ),
        item=replace(slip.item, fees=fees),
        fee_total_fen=64000,
    )
    pdf = render_acceptance_slip(doc)
    assert page_count(pdf) == 1
    text = all_text(pdf)
    for expected in ("四、结果领取与咨询", "窗口经办人", "（受理专用章）", "第1页共1页", basis):
        assert squash(expected) in text, expected
    assert decode_barcodes(pdf, 0) == [CASE_NO]

    # Twice as many materials flow onto a second page: the last section, its notes and
    # the signatures move together, under the repeated letterhead and barcode.
    longer = render_acceptance_slip(replace(doc, materials_received=doc.materials_received * 2))
    assert page_count(longer) == 2
    second = squash(page_texts(longer)[1])
    assert "受理通知书" in second and "四、结果领取与咨询" in second and "窗口经办人" in second
    assert decode_barcodes(longer, 1) == [CASE_NO]
