"""The daily log: a demo day exported and read back, CSV and PDF, bad input, the central record."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pypdfium2 as pdfium
import pytest
from sqlalchemy import select

from desktop.accounts import Operator
from desktop.clock import CENTER_TZ, local_day
from desktop.daily_log import (
    FAMILIES,
    ExportCancelled,
    day_bounds,
    family_of,
    kind_label,
    local_source,
    read_log,
)
from desktop.demo import run_demo
from desktop.errors import DomainError
from desktop.export_files import CSV_HEADERS, ExportRequest, export_log
from desktop.store import Store
from models.accounts import Role
from models.cases import Applicant
from models.journal import Event, append_event

OP = Operator("admin", "王管理", Role.ADMIN)
SEED = 20261127


def demo_day(store: Store, cases: int = 40) -> date:
    """`yichuang demo` for one day: its intakes carry the working day it plays."""
    from collections import Counter

    run_demo(store, OP, cases, days=1, seed=SEED)
    with store.read() as s:
        days = Counter(
            local_day(at)
            for at in s.scalars(select(Event.occurred_at).where(Event.kind.like("case.%")))
        )
    return days.most_common(1)[0][0]


def journal_of(store: Store, day: date) -> list[Event]:
    lo, hi = day_bounds(day, day)
    with store.read() as s:
        return list(
            s.scalars(
                select(Event)
                .where(Event.occurred_at >= lo, Event.occurred_at < hi)
                .order_by(Event.window_code, Event.seq)
            )
        )


def export(store: Store, day: date, fmt: str, out: Path, **kw: object) -> Path:
    req = ExportRequest(day, kw.pop("to", day), kw.pop("window", None), fmt, out)  # type: ignore[arg-type]
    export_log(local_source(store), req, **kw)  # type: ignore[arg-type]
    return out


def sheet_rows(ws: openpyxl.worksheet.worksheet.Worksheet) -> list[dict[str, object]]:
    rows = list(ws.iter_rows(values_only=True))
    header = [str(h) for h in rows[0]]
    return [dict(zip(header, r, strict=False)) for r in rows[1:]]


def test_a_demo_day_reads_back_row_for_row_and_in_its_totals(
    ready_store: Store, tmp_path: Path
) -> None:
    day = demo_day(ready_store)
    out = export(ready_store, day, "xlsx", tmp_path / "log.xlsx")
    events = journal_of(ready_store, day)
    assert len(events) > 80

    wb = openpyxl.load_workbook(out, read_only=True)
    assert wb.sheetnames[0] == "汇总"
    got: dict[tuple[str, int], tuple[str, str, dict[str, object]]] = {}
    per_sheet: Counter[str] = Counter()
    for fam in FAMILIES:
        if fam.title not in wb.sheetnames:
            continue
        for row in sheet_rows(wb[fam.title]):
            key = (str(row["窗口"]), int(row["序号"]))  # type: ignore[arg-type]
            assert key not in got, "an event appears twice"
            got[key] = (fam.key, str(row["事件类型"]), row)
            per_sheet[fam.title] += 1
    # Row for row: every event of the day once, in the family of its kind, with its hash.
    assert set(got) == {(e.window_code, e.seq) for e in events}
    with ready_store.read() as s:
        names = dict(s.execute(select(Applicant.id, Applicant.name)).all())
        id_numbers = set(s.scalars(select(Applicant.id_number)))
    for e in events:
        fam, kind, row = got[(e.window_code, e.seq)]
        assert kind == e.kind and fam == family_of(e.kind).key
        assert row["哈希"] == e.hash and row["事件"] == kind_label(e.kind)
        assert (row["办件/登记编号"] or None) == (e.case_no or None)
        if e.kind == "case.accepted" and not e.payload.get("after_notice"):
            assert row["事项名称"] == e.payload["item_name"]
            assert row["申请人"] == names[__import__("uuid").UUID(e.payload["applicant_id"])]

    # The totals of the summary sheet are the journal's.
    summary = list(wb["汇总"].iter_rows(values_only=True))
    values: dict[object, object] = {}
    for r in summary:  # the first of a label: 主要数字 comes before 按事件类型
        if r and r[0] is not None and len(r) > 1:
            values.setdefault(r[0], r[1])
    assert values["记录总数"] == str(len(events))
    assert values["日期范围"] == day.isoformat()
    for fam in FAMILIES:
        assert values[fam.title] == per_sheet[fam.title]
    kinds = Counter(e.kind for e in events)
    assert values["受理"] == sum(
        1 for e in events if e.kind == "case.accepted" and not e.payload.get("after_notice")
    )
    assert values["一次性告知"] == kinds["case.notice_issued"]
    assert values["不予受理"] == kinds["case.rejected"]
    assert values["当场办结"] == kinds["case.finished_on_spot"]
    by_kind = {r[1]: r[2] for r in summary if len(r) > 2 and r[1] in kinds}
    assert by_kind == dict(kinds)
    # The journal position: last seq and hash of the window, and a digest of the rows.
    last = max(events, key=lambda e: e.seq)
    positions = [r for r in summary if len(r) > 4 and r[0] == "03" and r[4] == last.hash]
    assert positions and positions[0][2] == last.seq
    assert re.fullmatch(r"[0-9a-f]{64}", str(values["内容摘要（SHA-256）"]))

    # Nothing secret or unmasked: no password hash, no full ID number.
    text = "\n".join(
        str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row if c
    )
    assert "$argon2" not in text and "password" not in text
    assert not any(n in text for n in id_numbers)
    wb.close()


def test_two_exports_of_the_same_day_say_they_cover_the_same_journal(
    ready_store: Store, tmp_path: Path
) -> None:
    day = demo_day(ready_store, cases=10)
    a = read_log(local_source(ready_store), day, day)
    b = read_log(local_source(ready_store), day, day)
    assert a.digest == b.digest and a.positions == b.positions
    with ready_store.write() as s:  # one more event that day changes the position
        noon = datetime.combine(day, time(12), tzinfo=CENTER_TZ)
        append_event(
            s, window_code="03", kind="logout", payload={"username": "admin"}, occurred_at=noon
        )
    c = read_log(local_source(ready_store), day, day)
    assert c.digest != a.digest and c.positions[0].last_seq == a.positions[0].last_seq + 1


def test_the_csv_opens_in_excel_with_its_chinese_intact(ready_store: Store, tmp_path: Path) -> None:
    day = demo_day(ready_store, cases=20)
    raw = export(ready_store, day, "csv", tmp_path / "log.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    text = raw[3:].decode("utf-8")
    assert "南京市溧水区行政服务中心" in text and "受理与答复" in text
    rows = list(csv.reader(io.StringIO(text)))
    start = rows.index(list(CSV_HEADERS))
    table = rows[start + 1 :]
    events = journal_of(ready_store, day)
    assert len(table) == len(events)
    assert {(r[2], int(r[8])) for r in table} == {(e.window_code, e.seq) for e in events}
    titles = {f.key: f.title for f in FAMILIES}
    for r in table:
        assert r[0] == titles[family_of(r[7]).key]
    accepted = next(r for r in table if r[7] == "case.accepted")
    assert "事项名称：" in accepted[6] and "申请人：" in accepted[6]
    times = [r[1] for r in table]
    assert times == sorted(times)  # one table in time order


def test_the_pdf_summary_holds_the_totals(ready_store: Store, tmp_path: Path) -> None:
    day = demo_day(ready_store, cases=20)
    out = export(ready_store, day, "pdf", tmp_path / "log.pdf")
    events = journal_of(ready_store, day)
    pdf = pdfium.PdfDocument(out)
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    pdf.close()
    flat = re.sub(r"\s+", "", text)
    assert "工作日志（汇总）" in flat and day.isoformat() in flat
    assert f"{len(events)}条" in flat  # 记录总数
    kinds = Counter(e.kind for e in events)
    assert f"case.accepted{kinds['case.accepted']}" in flat
    assert f"applicant.registered{kinds['applicant.registered']}" in flat
    assert "审核人" in flat and "制表人" in flat
    log = read_log(local_source(ready_store), day, day)
    assert log.positions[0].last_hash in flat


def test_an_empty_day_gives_a_file_that_says_so(ready_store: Store, tmp_path: Path) -> None:
    quiet = date(2020, 1, 1)
    for fmt in ("xlsx", "csv", "pdf"):
        out = tmp_path / f"empty.{fmt}"
        result = export_log(local_source(ready_store), ExportRequest(quiet, quiet, None, fmt, out))
        assert result.empty and result.rows == 0 and out.exists()
        assert "无记录" in result.message_zh
    wb = openpyxl.load_workbook(tmp_path / "empty.xlsx", read_only=True)
    assert wb.sheetnames == ["汇总"]
    cells = [c for row in wb["汇总"].iter_rows(values_only=True) for c in row if c]
    assert "无记录" in cells
    assert "无记录" in (tmp_path / "empty.csv").read_text(encoding="utf-8-sig")


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_bad_input_is_refused_plainly_and_leaves_no_file(
    ready_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    day = demo_day(ready_store, cases=5)
    folder = tmp_path / "out"
    folder.mkdir()
    src = local_source(ready_store)

    def refused(req: ExportRequest) -> DomainError:
        with pytest.raises(DomainError) as info:
            export_log(src, req)
        assert _leftovers(folder) == []
        return info.value

    backwards = refused(ExportRequest(day, date(2020, 1, 1), None, "xlsx", folder / "a.xlsx"))
    assert backwards.code == "export.range" and "早于" in backwards.message
    unknown = refused(ExportRequest(day, day, "42", "xlsx", folder / "a.xlsx"))
    assert unknown.code == "export.window_unknown" and "42" in unknown.message
    assert "03" in unknown.message  # it says which windows there are
    nonsense = refused(ExportRequest(day, day, "3a", "xlsx", folder / "a.xlsx"))
    assert nonsense.code == "export.window_format"
    no_dir = refused(ExportRequest(day, day, None, "xlsx", folder / "nowhere" / "a.xlsx"))
    assert no_dir.code == "export.path" and "不存在" in no_dir.message
    (tmp_path / "a_dir.xlsx").mkdir()
    with pytest.raises(DomainError) as is_dir:
        export_log(src, ExportRequest(day, day, None, "xlsx", tmp_path / "a_dir.xlsx"))
    assert is_dir.value.code == "export.path" and "文件夹" in is_dir.value.message
    fmt = refused(ExportRequest(day, day, None, "docx", folder / "a.docx"))
    assert fmt.code == "export.format"

    # A failure half-way through writing: the half-written file is removed.
    import desktop.export_files as ef

    def broken(log: object, path: Path, tick: object) -> None:
        path.write_bytes(b"PK\x03\x04 half a workbook")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ef, "write_xlsx", broken)
    full = refused(ExportRequest(day, day, None, "xlsx", folder / "a.xlsx"))
    assert full.code == "export.path" and "No space left" in full.message

    # A cancelled export: nothing either, and an old file of that name is untouched.
    monkeypatch.undo()
    (folder / "b.xlsx").write_bytes(b"yesterday's good export")
    with pytest.raises(ExportCancelled):
        export_log(
            src, ExportRequest(day, day, None, "xlsx", folder / "b.xlsx"), cancelled=lambda: True
        )
    assert _leftovers(folder) == ["b.xlsx"]
    assert (folder / "b.xlsx").read_bytes() == b"yesterday's good export"


def test_unknown_kinds_and_keys_still_appear(ready_store: Store, tmp_path: Path) -> None:
    with ready_store.write() as s:
        append_event(
            s, window_code="03", kind="future.thing", payload={"widget": "新东西"}, clerk="admin"
        )
        append_event(
            s,
            window_code="03",
            kind="inquiry.logged",
            payload={"inquiry_no": "320117-03-20261127-Z001", "topic": "咨询", "mood": "焦急"},
            clerk="admin",
        )
    with ready_store.read() as s:
        day = local_day(s.scalars(select(Event.occurred_at).order_by(Event.seq.desc())).first())
    out = export(ready_store, day, "xlsx", tmp_path / "log.xlsx", window="03")
    wb = openpyxl.load_workbook(out, read_only=True)
    other = sheet_rows(wb["其他"])
    assert [(r["事件类型"], r["widget"]) for r in other] == [("future.thing", "新东西")]
    inquiries = sheet_rows(wb["首问登记"])
    assert inquiries[0]["mood"] == "焦急" and inquiries[0]["咨询事项"] == "咨询"
    wb.close()


def test_export_on_the_command_line(
    ready_store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from desktop.cli import main

    day = demo_day(ready_store, cases=5)
    base = ["--lang", "zh_CN", "--data-dir", str(ready_store.data_dir), "export"]
    out = tmp_path / "log.xlsx"
    code = main(
        [*base, "--date", day.isoformat(), "--window", "3", "--format", "xlsx", "--out", str(out)]
    )
    printed = capsys.readouterr().out
    assert code == 0 and out.exists() and "已导出" in printed and "SHA-256" in printed
    code = main(
        [
            *base,
            "--date",
            day.isoformat(),
            "--to",
            "2020-01-01",
            "--format",
            "csv",
            "--out",
            str(tmp_path / "x.csv"),
        ]
    )
    assert code == 2 and "早于" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()
    code = main(
        [*base, "--date", "27/11/2026", "--format", "csv", "--out", str(tmp_path / "x.csv")]
    )
    assert code == 2 and "YYYY-MM-DD" in capsys.readouterr().err
    code = main(
        [
            *base,
            "--date",
            day.isoformat(),
            "--central",
            "--format",
            "pdf",
            "--out",
            str(tmp_path / "x.pdf"),
        ]
    )
    assert code == 2 and "中心数据库" in capsys.readouterr().err


@pytest.mark.pg
def test_the_central_record_exports_every_window_and_verifies(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.central import add_window, central_init
    from desktop.cli import main
    from desktop.setup import SetupRequest, initialise
    from desktop.sync import set_central_url, sync_once

    central_init(pg_url, "320117", "南京市溧水区行政服务中心", None)
    stores = []
    for code in ("03", "07"):
        add_window(pg_url, code)
        store = Store(tmp_path / f"w{code}")
        initialise(
            store,
            SetupRequest(
                "320117", "南京市溧水区行政服务中心", code, "admin", "王管理", "Admin-2026!"
            ),
        )
        set_central_url(store, pg_url)
        run_demo(store, OP, 6, days=1, seed=int(code))
        sync_once(store)
        stores.append(store)
    from collections import Counter

    with stores[0].read() as s:
        kinds = select(Event.occurred_at).where(Event.kind.like("case.%"))
        day = Counter(local_day(at) for at in s.scalars(kinds)).most_common(1)[0][0]
    out = tmp_path / "hall.xlsx"
    base = ["--lang", "zh_CN", "--data-dir", str(stores[0].data_dir)]
    code = main(
        [
            *base,
            "export",
            "--date",
            day.isoformat(),
            "--central",
            "--format",
            "xlsx",
            "--out",
            str(out),
        ]
    )
    assert code == 0, capsys.readouterr().err
    wb = openpyxl.load_workbook(out, read_only=True)
    windows = {r[0] for r in wb["汇总"].iter_rows(values_only=True) if r and r[0] in ("03", "07")}
    assert windows == {"03", "07"}
    intake = sheet_rows(wb["受理与答复"])
    assert {r["窗口"] for r in intake} == {"03", "07"}
    wb.close()
    capsys.readouterr()
    assert main([*base, "audit", "verify", "--central"]) == 0
    assert "完整" in capsys.readouterr().out
    code = main(
        [
            *base,
            "export",
            "--date",
            day.isoformat(),
            "--central",
            "--window",
            "09",
            "--format",
            "csv",
            "--out",
            str(tmp_path / "w09.csv"),
        ]
    )
    assert code == 2 and "09" in capsys.readouterr().err
    for store in stores:
        store.close()
