"""Command-line verbs of the case life: ``yichuang case find …`` and ``yichuang print NUMBER
--doc referral`` (the 转办单 of an inquiry).

``register`` is called once the ``case`` and ``print`` commands exist (desktop/cli.py):
it adds ``find`` beside ``case show`` and teaches ``print`` the referral slip, routing
inquiry numbers here and everything else to the command it had before.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import desktop.cases  # noqa: F401  (names the life's events in `case show`)
from desktop.config import resolve_data_dir
from desktop.errors import DomainError
from desktop.i18n import pick
from desktop.numbers import INQUIRY, classify_number
from desktop.projection_cases import status_name
from desktop.store import Store

LIGHTS = {
    "green": ("绿", "green"),
    "yellow": ("黄", "yellow"),
    "red": ("红", "RED"),
    "paused": ("停", "paused"),
}
Command = Callable[[argparse.Namespace], int]


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            pick(f"日期应为 YYYY-MM-DD：{text}", f"a date is YYYY-MM-DD: {text}")
        ) from None


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell(text: str, cols: int) -> str:
    """Pad or cut to ``cols`` terminal columns (Chinese characters take two)."""
    out, used = "", 0
    for ch in text:
        w = _width(ch)
        if used + w > cols:
            break
        out, used = out + ch, used + w
    return out + " " * (cols - used)


def cmd_find(args: argparse.Namespace) -> int:
    from desktop.cases import CaseQuery, find_cases

    store = Store(resolve_data_dir(args.data_dir))
    ident = store.require_identity()
    mine = args.list in ("mine", "waiting") or (
        args.list in ("due_soon", "overdue") and not args.all
    )
    query = CaseQuery(
        kind=args.list,
        window=ident.window_code if mine else None,
        number=args.number or "",
        name=args.name or "",
        id_number=args.id or "",
        phone=args.phone or "",
        item_code=args.item or "",
        status=args.status or "",
        date_from=args.date_from,
        date_to=args.date_to,
    )
    rows: list[Any] = []
    after = None
    while len(rows) < args.limit:
        page = find_cases(store, query, after=after, limit=min(500, args.limit - len(rows)))
        rows += page.rows
        if not page.more:
            break
        after = page.after
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "case_no": r.case_no,
                        "status": r.status,
                        "light": r.light,
                        "due_date": r.due_date.isoformat() if r.due_date else None,
                        "received_at": r.received_at.isoformat(),
                        "applicant": r.applicant_name,
                        "item": r.item_name,
                        "window": r.window_code,
                        "clerk": r.clerk,
                    }
                    for r in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    for r in rows:
        light = pick(*LIGHTS[r.light]) if r.light in LIGHTS else ""
        due = r.due_date.isoformat() if r.due_date else "—"
        print(
            f"{r.case_no}  {_cell(pick(*status_name(r.status)), 12)} {_cell(light, 6)}"
            f"{due:<11} {r.window_code}  {_cell(r.applicant_name, 16)} {r.item_name}"
        )
    if not rows:
        print(pick("没有符合条件的办件。", "No case matches."), file=sys.stderr)
    return 0


def cmd_print_referral(args: argparse.Namespace) -> int:
    from desktop.cli import cli_operator
    from desktop.inquiries import produce_referral

    store = Store(resolve_data_dir(args.data_dir))
    doc = produce_referral(store, args.number, cli_operator())
    if args.out:
        try:
            Path(args.out).write_bytes(doc.pdf)
        except OSError as exc:
            raise DomainError(
                "print.out",
                f"无法写入 {args.out}（{exc.strerror}）。转办单已存档：{doc.path}",
                f"Cannot write {args.out} ({exc.strerror}). The slip is archived: {doc.path}",
            ) from exc
    mark = pick("（补打）", " (reprint)") if doc.reprint else ""
    print(pick(f"{doc.title}{mark}：{doc.case_no}", f"Referral slip{mark}: {doc.case_no}"))
    if args.out:
        print(pick(f"已写入 {args.out}", f"Written to {args.out}"))
    print(pick(f"存档：{doc.path}", f"Archived: {doc.path}"))
    print(f"SHA-256 {doc.sha256}")
    return 0


def _routed(before: Command) -> Command:
    """``print``: an inquiry number, or --doc referral, is a referral slip; the rest as before."""

    def run(args: argparse.Namespace) -> int:
        found = classify_number(args.number)
        if args.doc == "referral" or (args.doc is None and found and found[0] == INQUIRY):
            return cmd_print_referral(args)
        return before(args)

    return run


def _subparsers(parser: argparse.ArgumentParser) -> Any:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise RuntimeError("the case command has no sub-commands")


def register(sub: Any) -> None:
    case = sub.choices["case"]
    find = _subparsers(case).add_parser(
        "find", help="find cases: the lists of the window and a search (same filters as the screen)"
    )
    find.add_argument(
        "--list",
        choices=["search", "mine", "due_soon", "overdue", "waiting"],
        default="search",
        help="mine: this window's open cases; due_soon/overdue by promised date; "
        "waiting: one-time notice issued, waiting for the applicant's return",
    )
    find.add_argument("--all", action="store_true", help="due_soon/overdue of every window")
    find.add_argument("--number", help="a case number or its beginning")
    find.add_argument("--name", help="the applicant's or agent's name, or its beginning")
    find.add_argument("--id", help="an ID number or credit code")
    find.add_argument("--phone", help="a phone number or its beginning")
    find.add_argument("--item", help="an item code")
    find.add_argument(
        "--status",
        choices=[
            "open",
            "incomplete",
            "rejected",
            "accepted",
            "in_progress",
            "paused",
            "decided",
            "ready",
            "collected",
            "mailed",
        ],
    )
    find.add_argument("--from", dest="date_from", type=_day, help="received on or after YYYY-MM-DD")
    find.add_argument("--to", dest="date_to", type=_day, help="received on or before YYYY-MM-DD")
    find.add_argument("--limit", type=int, default=50)
    find.add_argument("--json", action="store_true")
    find.set_defaults(func=cmd_find)

    prt = sub.choices["print"]
    for action in prt._actions:
        if action.dest == "doc" and action.choices is not None:
            action.choices = [*action.choices, "referral"]
    before = prt.get_default("func")
    prt.set_defaults(func=_routed(before))
