"""Command-line verbs of fee collection: ``yichuang day report`` and receipt reprints
through ``yichuang print NUMBER --doc receipt`` (desktop/cli.py routes them here)."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from desktop.errors import DomainError
from desktop.i18n import pick


def _write(out: str, pdf: bytes, archived: Path) -> None:
    try:
        Path(out).write_bytes(pdf)
    except OSError as exc:
        # The archive copy is made and journalled; only the extra copy failed.
        raise DomainError(
            "print.out",
            f"无法写入 {out}（{exc.strerror}）。文书已存档：{archived}",
            f"Cannot write {out} ({exc.strerror}). The document is archived: {archived}",
        ) from exc


def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise DomainError(
            "day.date",
            f"日期应写作 YYYY-MM-DD，如 2026-11-27：{text}",
            f"Write the date as YYYY-MM-DD, e.g. 2026-11-27: {text}",
        ) from exc


def cmd_day(args: argparse.Namespace) -> int:
    from desktop.cashier import day_report, day_status, figures_by_method
    from desktop.cli import cli_operator, open_store

    store = open_store(args)
    day = _day(args.date)
    if args.day_cmd == "status":
        status = day_status(store, day)
        if args.json:
            print(
                json.dumps(
                    {
                        "day": status.day.isoformat(),
                        "state": status.state,
                        "float_fen": status.figures.float_fen,
                        "expected_cash_fen": status.figures.expected_cash_fen,
                        "methods": figures_by_method(status.figures),
                        "unclosed_days": [d.isoformat() for d in status.unclosed_days],
                    },
                    ensure_ascii=False,
                    indent=2,
                )
            )
        else:
            state = {
                "none": ("未开班", "not opened"),
                "open": ("营业中", "open"),
                "closed": ("已日结", "closed"),
            }[status.state]
            print(f"{status.day}  {pick(*state)}")
            from desktop.fees import METHODS
            from desktop.money import format_fen

            for method, fig in figures_by_method(status.figures).items():
                label = pick(*METHODS.get(method, (method, method)))
                print(
                    f"  {label:<8} {fig['payments']:>5}  {format_fen(fig['collected_fen']):>14}"
                    f"  -{format_fen(fig['voided_fen']):>13}  = {format_fen(fig['net_fen']):>14}"
                )
        return 0
    doc = day_report(store, cli_operator(), day)
    _write(args.out, doc.pdf, doc.path)
    print(pick(f"{doc.title}：{args.out}", f"{doc.title}: {args.out}"))
    print(pick(f"存档：{doc.path}", f"Archived: {doc.path}"))
    print(f"SHA-256 {doc.sha256}")
    return 0


def is_receipt_no(text: str) -> bool:
    from desktop.fees import normalise_receipt_no

    return normalise_receipt_no(text) is not None


def cmd_print_receipt(args: argparse.Namespace) -> int:
    """补打 a receipt by its number (the original was printed when the fee was taken)."""
    from desktop.cli import cli_operator, open_store
    from desktop.fees import normalise_receipt_no, print_receipt

    number = normalise_receipt_no(args.number)
    if number is None:
        raise DomainError(
            "receipt.number",
            f"收据号应形如 320117-03-2026-000123：{args.number}",
            f"A receipt number looks like 320117-03-2026-000123: {args.number}",
        )
    store = open_store(args)
    doc = print_receipt(store, number, cli_operator(), paper=getattr(args, "paper", None))
    if args.out:
        _write(args.out, doc.pdf, doc.path)
    print(pick(f"收费收据（补打）：{number}", f"Receipt (reprint): {number}"))
    if args.out:
        print(pick(f"已写入 {args.out}", f"Written to {args.out}"))
    print(pick(f"存档：{doc.path}", f"Archived: {doc.path}"))
    print(f"SHA-256 {doc.sha256}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    day = sub.add_parser("day", help="the fee window's day: status and X/Z report")
    dsub = day.add_subparsers(dest="day_cmd", required=True)
    report = dsub.add_parser(
        "report", help="the Z report of a closed day (else an X report of the day so far)"
    )
    report.add_argument("--date", help="YYYY-MM-DD, default today (the center's local day)")
    report.add_argument("--out", required=True, help="FILE.pdf")
    status = dsub.add_parser("status", help="totals per payment method")
    status.add_argument("--date", help="YYYY-MM-DD, default today")
    status.add_argument("--json", action="store_true")
    day.set_defaults(func=cmd_day)
