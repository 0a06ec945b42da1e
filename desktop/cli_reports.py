"""``yichuang export``, ``yichuang ranking`` and ``yichuang audit verify --central``.

The same services as the 统计与日志 screen: the daily log from this window's database or
from the central record, the monthly ranking, and the check of every hash chain.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from desktop.config import resolve_data_dir
from desktop.daily_log import LogSource, central_source, local_source
from desktop.errors import DomainError
from desktop.i18n import pick
from desktop.store import Store


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise DomainError(
            "export.date",
            f"日期“{text}”格式不对，应为 YYYY-MM-DD（如 2026-11-27）。",
            f"'{text}' is not a date (YYYY-MM-DD, e.g. 2026-11-27).",
            field="date",
        ) from None


def _central_url(store: Store | None, given: str) -> str:
    """--central URL, or the center this window syncs with."""
    if given:
        return given
    if store is not None:
        from desktop.sync import central_url

        url = central_url(store)
        if url:
            return url
    raise DomainError(
        "central.unconfigured",
        "本窗口未设置中心数据库：请用 --central URL 指定，或先运行 yichuang sync --set-url。",
        "No central database is set for this window: give --central URL, or run "
        "'yichuang sync --set-url' first.",
    )


def _store(args: argparse.Namespace) -> Store | None:
    """This window's database, when it is set up (a central-only command needs none)."""
    data_dir = resolve_data_dir(args.data_dir)
    if args.central is not None and not (data_dir / "yichuang.db").exists():
        return None
    return Store(data_dir)


def source_of(args: argparse.Namespace) -> LogSource:
    store = _store(args)
    if args.central is not None:
        return central_source(_central_url(store, args.central))
    assert store is not None
    store.require_identity()
    return local_source(store)


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.export_files import ExportRequest, export_log

    start = _day(args.date)
    end = _day(args.to) if args.to else start
    req = ExportRequest(start, end, args.window, args.format, Path(args.out).expanduser())
    result = export_log(source_of(args), req)
    print(pick(result.message_zh, result.message_en))
    if not result.empty:
        print(f"SHA-256 {result.digest}")
    return 0


def cmd_ranking(args: argparse.Namespace) -> int:
    from desktop.ranking import average_text, percent, rank_month, ranking_pdf

    source = source_of(args)
    with source.sessions() as s:
        from models.settings import Setting

        row = s.get(Setting, "center_name")
        r = rank_month(s, args.month, source=source.label)
    print(
        pick(
            f"{r.month} 窗口服务评议（{source.label}）",
            f"{r.month} window ranking ({source.label})",
        )
    )
    for x in r.windows:
        m = x.m
        place = str(x.rank) if x.rank else "—"
        score = f"{x.score:8.2f}" if x.rank else pick("  未参评", "unranked")
        print(
            f"{place:>3}  {x.label:<16} {score}  "
            + pick(
                f"办结 {m.finished} 按时 {percent(m.on_time_rate)} 逾期 {m.overdue} 例外 {m.exceptions} "
                f"评价 {m.ratings}（均 {average_text(m.average)}）差评 {m.bad} 工作量 {m.volume}",
                f"finished {m.finished} on time {percent(m.on_time_rate)} overdue {m.overdue} "
                f"exceptions {m.exceptions} ratings {m.ratings} (avg {average_text(m.average)}) "
                f"bad {m.bad} volume {m.volume}",
            )
        )
    red = r.red_flag.label if r.red_flag else pick("无", "none")
    worst = (
        r.worst.label if r.worst else pick("无（参评窗口不足两个）", "none (fewer than two ranked)")
    )
    print(pick(f"红旗窗口：{red}", f"Red flag window: {red}"))
    print(pick(f"最差窗口：{worst}", f"Worst window: {worst}"))
    if r.star:
        print(pick(f"服务明星：{r.star.label}", f"Service star: {r.star.label}"))
    if args.out:
        out = Path(args.out).expanduser()
        from desktop.export_files import open_temp

        temp = open_temp(out)
        try:
            temp.write_bytes(ranking_pdf(r, str(row.value) if row else ""))
            temp.replace(out)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise DomainError(
                "export.path",
                f"无法写入 {out}：{exc.strerror}。",
                f"Cannot write {out}: {exc.strerror}.",
            ) from exc
        print(pick(f"已写入 {out}", f"Written to {out}"))
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    """Every hash chain of this window's database, or of the central record."""
    from models.journal import verify_chains

    if args.central is None:
        from desktop.cli import cmd_audit

        return cmd_audit(args)
    source = source_of(args)
    with source.sessions() as s:
        breaks = verify_chains(s)
    if not breaks:
        print(
            pick(
                f"中心数据库的全部日志链完整，未发现改动（{source.label}）。",
                f"Every journal chain in the central database holds ({source.label}).",
            )
        )
        return 0
    for b in breaks:
        print(
            pick(
                f"窗口 {b.window_code} 的日志链在第 {b.seq} 条断开（{b.problem}）",
                f"Window {b.window_code}: chain broken at event {b.seq} ({b.problem})",
            )
        )
    return 1


def _central_option(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument(
        "--central",
        nargs="?",
        const="",
        default=None,
        metavar="URL",
        help=f"{what} the central database (default: the one this window syncs with)",
    )


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    exp = sub.add_parser("export", help="export the daily log (supervisors)")
    exp.add_argument("--date", required=True, help="first day, YYYY-MM-DD")
    exp.add_argument("--to", help="last day (default: the same day)")
    exp.add_argument("--window", help="one window, e.g. 03 (default: every window)")
    _central_option(exp, "read from")
    exp.add_argument("--format", required=True, choices=["xlsx", "csv", "pdf"])
    exp.add_argument("--out", required=True, help="the file to write")
    exp.set_defaults(func=cmd_export)

    rank = sub.add_parser("ranking", help="the monthly ranking of windows and clerks")
    rank.add_argument("--month", required=True, help="YYYY-MM")
    _central_option(rank, "rank from")
    rank.add_argument("--out", help="also write the printable report, FILE.pdf")
    rank.set_defaults(func=cmd_ranking)


def extend_verify(verify: argparse.ArgumentParser) -> None:
    """`audit verify` (built in desktop/cli.py) learns --central."""
    _central_option(verify, "check")
    verify.set_defaults(func=cmd_audit_verify)
