"""The monthly ranking on a hand-made October: the order, the red flag and the worst."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, time
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.accounts import Operator
from desktop.clock import CENTER_TZ
from desktop.errors import DomainError
from desktop.ranking import (
    DEFAULT_WEIGHTS,
    WEIGHTS_KEY,
    get_weights,
    parse_month,
    rank_month,
    ranking_pdf,
    set_weights,
)
from desktop.store import Store
from models.accounts import Account, Role
from models.cases import Case, Evaluation, Inquiry
from models.catalog import ServiceItem, ServiceWindow
from models.journal import append_event, verify_chains

NOW = datetime(2026, 11, 16, 2, 0, tzinfo=UTC)  # a Monday morning in November
SUPERVISOR = Operator("chenjing", "陈静", Role.SUPERVISOR)
CLERKS = {"01": "zhang", "02": "wang", "03": "li", "04": "zhao"}


def at(day: int, hour: int = 10) -> datetime:
    return datetime.combine(date(2026, 10, day), time(hour), tzinfo=CENTER_TZ).astimezone(UTC)


class Month:
    """Rows of the read models as the windows' services (or sync) would have left them."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.item = s.scalars(select(ServiceItem)).first().id  # type: ignore[union-attr]
        self.n = 0

    def case(
        self, w: str, *, due: int, decided: int | None = None, status: str = "collected"
    ) -> None:
        self.n += 1
        self.s.add(
            Case(
                case_no=f"320117-{w}-20261009-{self.n:04d}",
                item_id=self.item,
                window_code=w,
                clerk=CLERKS[w],
                status=status,
                received_at=at(9),
                accepted_at=at(9),
                due_date=date(2026, 10, due),
                decided_at=at(decided) if decided else None,
            )
        )

    def rating(self, w: str, level: int) -> None:
        self.n += 1
        self.s.add(
            Evaluation(
                visit_ref=f"v{self.n}",
                window_code=w,
                clerk=CLERKS[w],
                level=level,
                created_at=at(20),
                follow_up_status="open" if level <= 2 else "",
            )
        )

    def inquiry(self, w: str, *, closed: bool) -> None:
        self.n += 1
        self.s.add(
            Inquiry(
                inquiry_no=f"320117-{w}-20261012-Z{self.n:03d}",
                window_code=w,
                clerk=CLERKS[w],
                topic="咨询",
                referred_to="区不动产登记中心",
                promised_reply_at=at(12, 15),
                status="closed" if closed else "open",
                created_at=at(12, 9),
                closed_at=at(12, 11) if closed else None,
            )
        )

    def exception(self, w: str) -> None:
        append_event(
            self.s,
            window_code=w,
            kind="notice.exception",
            payload={"material": "测绘报告", "reason": "房屋已分割，需确认面积"},
            clerk=CLERKS[w],
            occurred_at=at(15),
        )


@pytest.fixture
def october(ready_store: Store) -> Store:
    with ready_store.write() as s:
        for w in ("01", "02", "04", "05"):
            s.add(ServiceWindow(code=w, name=f"{w} 号窗口"))
        for user in CLERKS.values():
            s.add(
                Account(username=user, display_name=user.upper(), role="clerk", password_hash="x")
            )
        m = Month(s)
        # 01: everything on time, five stars, referrals answered in time.
        for _ in range(10):
            m.case("01", due=20, decided=15)
        for _ in range(4):
            m.rating("01", 5)
        m.inquiry("01", closed=True)
        m.inquiry("01", closed=True)
        # 02: two of ten late, one bad review, one exception to the one-time rule.
        for i in range(10):
            m.case("02", due=20, decided=15 if i < 8 else 22)
        for level in (4, 3, 2):
            m.rating("02", level)
        m.exception("02")
        # 03: all six on time, one very dissatisfied applicant.
        for _ in range(6):
            m.case("03", due=20, decided=19)
        for level in (5, 1):
            m.rating("03", level)
        # 04: late, overdue, exceptions, complaints, a referral never answered.
        for _ in range(4):
            m.case("04", due=12, decided=20)
        for _ in range(2):
            m.case("04", due=14, status="in_progress")
        for _ in range(2):
            m.case("04", due=30, status="paused")  # a special procedure: the clock is stopped
        for level in (1, 2, 2):
            m.rating("04", level)
        m.exception("04")
        m.exception("04")
        m.inquiry("04", closed=False)
    return ready_store


def test_the_hand_made_month_ranks_as_expected(october: Store) -> None:
    with october.read() as s:
        r = rank_month(s, "2026-10", now=NOW)
    ranked = [x.window for x in r.windows if x.rank is not None]
    assert ranked == ["01", "03", "02", "04"]
    assert r.red_flag is not None and r.red_flag.window == "01"
    assert r.worst is not None and r.worst.window == "04"
    idle = [x for x in r.windows if x.rank is None]
    assert [x.window for x in idle] == ["05"]  # listed, not ranked

    w01 = r.windows[0]
    assert w01.m.finished == 10 and w01.m.on_time == 10 and w01.score == 100.0
    w04 = next(x for x in r.windows if x.window == "04")
    assert (w04.m.finished, w04.m.on_time, w04.m.overdue) == (4, 0, 6)
    assert (w04.m.exceptions, w04.m.bad, w04.m.inquiries_due, w04.m.inquiries_in_time) == (
        2,
        3,
        1,
        0,
    )
    assert w04.m.volume == 8 + 1
    # By hand, with the default weights: 0 + 30×(5/3−1)/4 + 20×0 + 10×9/12 − 2×6 − 3×2 − 5×3
    assert w04.score == pytest.approx(5 + 7.5 - 12 - 6 - 15, abs=0.01)
    # 02 has no referral of its own: it takes the hall's rate (2 of 3 in time).
    w02 = next(x for x in r.windows if x.window == "02")
    assert w02.parts["inquiry_in_time"] == pytest.approx(20 * 2 / 3)
    assert w02.score == pytest.approx(32 + 15 + 20 * 2 / 3 + 10 * 10 / 12 - 4 - 5 - 3, abs=0.01)
    assert r.star is not None and r.star.clerk == "zhang"


def test_the_weights_change_the_order_and_are_journalled(october: Store) -> None:
    # Volume alone: 02 (10 cases) beats 03 (6); the rest weigh nothing.
    weights = {k: 0 for k in DEFAULT_WEIGHTS} | {"volume": 100}
    set_weights(october, weights, SUPERVISOR)
    with october.read() as s:
        assert get_weights(s) == weights
        r = rank_month(s, "2026-10", now=NOW)
        assert [x.window for x in r.windows if x.rank][:2] == ["01", "02"]
        assert verify_chains(s) == []
    with pytest.raises(DomainError) as bad:
        set_weights(october, {"volume": -1}, SUPERVISOR)
    assert bad.value.code == "ranking.weight_value"
    with pytest.raises(DomainError) as clerk:
        set_weights(october, weights, Operator("li", "LI", Role.CLERK))
    assert clerk.value.code == "ranking.supervisor"
    with october.write() as s:  # a hand-edited value falls back to the defaults
        from desktop.store import set_setting

        set_setting(s, WEIGHTS_KEY, {"volume": "lots"})
    with october.read() as s:
        assert get_weights(s) == DEFAULT_WEIGHTS


def test_the_printed_ranking_names_the_red_flag_the_worst_and_the_weights(october: Store) -> None:
    with october.read() as s:
        r = rank_month(s, "2026-10", now=NOW, source="本机数据库")
    pdf = pdfium.PdfDocument(io.BytesIO(ranking_pdf(r, "南京市溧水区行政服务中心")))
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    pdf.close()
    flat = text.replace("\r", "").replace("\n", "")
    assert "窗口服务月度评议" in flat and "2026-10" in flat
    assert "红旗窗口" in flat and "01 号窗口" in flat
    assert "最差窗口" in flat and "04 号窗口" in flat
    assert "100.00" in flat and "未参评" in flat
    assert "每个差评扣分" in flat  # the weights are printed with the ranking


def test_bad_months_are_refused_plainly(october: Store) -> None:
    for text in ("2026-13", "26-10", "October", ""):
        with pytest.raises(DomainError) as info:
            parse_month(text)
        assert info.value.code == "ranking.month"
    with october.read() as s, pytest.raises(DomainError) as future:
        rank_month(s, "2027-01", now=NOW)
    assert future.value.code == "ranking.future"
    assert parse_month("2026-02") == (date(2026, 2, 1), date(2026, 2, 28))


def test_ranking_on_the_command_line(
    october: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from desktop.cli import main

    out = tmp_path / "ranking.pdf"
    code = main(
        [
            "--lang",
            "zh_CN",
            "--data-dir",
            str(october.data_dir),
            "ranking",
            "--month",
            "2026-10",
            "--out",
            str(out),
        ]
    )
    printed = capsys.readouterr().out
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    assert "红旗窗口" in printed and "01 号窗口" in printed and "最差窗口" in printed
    code = main(
        ["--lang", "zh_CN", "--data-dir", str(october.data_dir), "ranking", "--month", "2026-1x"]
    )
    assert code == 2 and "YYYY-MM" in capsys.readouterr().err
