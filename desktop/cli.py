"""The ``yichuang`` command: opens the window, or runs the same services from a shell."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import unicodedata
from collections.abc import Callable, Sequence
from datetime import datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import i18n
from desktop.accounts import Operator, create_account, list_accounts, set_disabled
from desktop.catalog_io import CatalogInvalid
from desktop.clock import local_text
from desktop.config import resolve_data_dir
from desktop.errors import DomainError
from desktop.i18n import pick
from desktop.store import Store
from models.accounts import Role

if TYPE_CHECKING:
    from desktop.case_documents import CaseView, PartyView


def app_version() -> str:
    try:
        return version("yichuang")
    except PackageNotFoundError:
        return "0+unknown"


def cli_operator() -> Operator:
    """Whoever can run the command on the window's machine can already read its data."""
    user = getpass.getuser()
    return Operator(f"cli:{user}"[:60], user, Role.ADMIN)


def read_password(prompt: str) -> str:
    """Passwords come from standard input, never from an argument (ps would show them)."""
    if sys.stdin.isatty():
        first = getpass.getpass(prompt)
        again = getpass.getpass(pick("再输入一次：", "Again: "))
        if first != again:
            raise DomainError(
                "password.mismatch", "两次输入的密码不一致。", "The passwords differ."
            )
        return first
    line = sys.stdin.readline()
    if not line:
        raise DomainError(
            "password.missing",
            "请在标准输入中提供密码（例如 echo 密码 | yichuang ...）。",
            "Give the password on standard input (e.g. printf '%s\\n' PASSWORD | yichuang ...).",
        )
    return line.rstrip("\r\n")


def open_store(args: argparse.Namespace) -> Store:
    return Store(resolve_data_dir(args.data_dir))


# -- commands ------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    from desktop.setup import SetupRequest, initialise

    store = open_store(args)
    password = read_password(pick("管理员密码：", "Administrator password: "))
    ident = initialise(
        store,
        SetupRequest(
            center_code=args.center,
            center_name=args.center_name,
            window_code=args.window,
            admin_username=args.admin,
            admin_display_name=args.admin_name or args.admin,
            admin_password=password,
        ),
    )
    if args.central:
        from desktop.sync import set_central_url

        set_central_url(store, args.central)
    print(
        pick(
            f"已初始化：{ident.center_name}（{ident.center_code}）{ident.window_code} 号窗口，数据目录 {store.data_dir}",
            f"Set up: {ident.center_name} ({ident.center_code}) window {ident.window_code}, data in {store.data_dir}",
        )
    )
    return 0


def cmd_user(args: argparse.Namespace) -> int:
    store = open_store(args)
    ident = store.require_identity()
    op = cli_operator()
    if args.user_cmd == "add":
        password = read_password(pick("密码：", "Password: "))
        with store.write() as s:
            create_account(
                s,
                ident,
                username=args.username,
                display_name=args.name or args.username,
                role=Role(args.role),
                password=password,
                by=op.username,
            )
        print(pick(f"已添加用户 {args.username}", f"User {args.username} added"))
    elif args.user_cmd == "list":
        with store.read() as s:
            rows = list_accounts(s)
        if args.json:
            print(
                json.dumps(
                    [
                        {
                            "username": r.username,
                            "display_name": r.display_name,
                            "role": r.role.value,
                            "disabled": r.disabled,
                        }
                        for r in rows
                    ],
                    ensure_ascii=False,
                    indent=2,
                )
            )
        else:
            for r in rows:
                state = pick("停用", "disabled") if r.disabled else pick("正常", "active")
                print(f"{r.username:<20} {r.display_name:<12} {r.role.value:<11} {state}")
    elif args.user_cmd in ("disable", "enable"):
        with store.write() as s:
            set_disabled(s, ident, args.username, args.user_cmd == "disable", by=op.username)
        print(
            pick(
                f"已{'停用' if args.user_cmd == 'disable' else '启用'}用户 {args.username}",
                f"User {args.username} {args.user_cmd}d",
            )
        )
    return 0


def cmd_catalog(args: argparse.Namespace) -> int:
    from desktop.catalog_search import CatalogIndex
    from desktop.catalog_service import export_catalog, import_catalog, read_catalog_file

    store = open_store(args)
    if args.catalog_cmd == "import":
        path = Path(args.file)
        if args.check:
            doc = read_catalog_file(path)
            print(
                pick(
                    f"文件有效：{len(doc.items)} 个事项",
                    f"The file is valid: {len(doc.items)} items",
                )
            )
            return 0
        summary = import_catalog(store, path, cli_operator())
        print(
            pick(
                f"已导入 {summary.items} 个事项：新增 {summary.added}，更新 {summary.updated}，停用 {summary.deactivated}",
                f"Imported {summary.items} items: {summary.added} added, {summary.updated} updated, {summary.deactivated} deactivated",
            )
        )
    elif args.catalog_cmd == "export":
        n = export_catalog(store, Path(args.out))
        print(pick(f"已导出 {n} 个事项到 {args.out}", f"Exported {n} items to {args.out}"))
    else:
        with store.read() as s:
            index = CatalogIndex.from_session(s)
        found = index.search(args.search or "", limit=10_000)
        if args.json:
            print(
                json.dumps(
                    [
                        {
                            "code": i.code,
                            "name": i.name,
                            "department": i.department_name,
                            "kind": i.kind,
                            "committed_days": i.committed_days,
                            "legal_days": i.legal_days,
                            "charged": i.charged,
                        }
                        for i in found
                    ],
                    ensure_ascii=False,
                    indent=2,
                )
            )
        else:
            for i in found:
                print(f"{i.code:<22} {i.name}  [{i.department_short or i.department_name}]")
    return 0


def cmd_db(args: argparse.Namespace) -> int:
    from models.db import DatabaseProblem, server_engine, upgrade

    if args.url:
        try:
            result = upgrade(server_engine(args.url), "central")
        except DatabaseProblem as problem:
            from desktop.store import problem_to_error

            raise problem_to_error(problem) from problem
        except Exception as exc:  # the driver's own words name host, port or password
            if type(exc).__module__.startswith(("sqlalchemy", "psycopg")):
                raise DomainError(
                    "central.unreachable",
                    f"无法连接中心数据库：{getattr(exc, 'orig', exc)}",
                    f"Cannot reach the central database: {getattr(exc, 'orig', exc)}",
                ) from exc
            raise
        print(
            pick(
                f"中心数据库已升级：{result.before or '空'} → {result.after}",
                f"Central database upgraded: {result.before or 'empty'} -> {result.after}",
            )
        )
        return 0
    store = open_store(args)
    print(pick(f"本地数据库已是最新：{store.path}", f"Local database is up to date: {store.path}"))
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from models.journal import verify_chains

    store = open_store(args)
    with store.read() as s:
        breaks = verify_chains(s)
    if not breaks:
        print(pick("日志链完整，未发现改动。", "Every journal chain holds; nothing was altered."))
        return 0
    for b in breaks:
        print(
            pick(
                f"窗口 {b.window_code} 的日志链在第 {b.seq} 条断开（{b.problem}）",
                f"Window {b.window_code}: chain broken at event {b.seq} ({b.problem})",
            )
        )
    return 1


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.demo import run_demo

    store = open_store(args)
    store.require_identity()
    if args.cases < 1 or args.cases > 5_000_000:
        raise DomainError("demo.cases", "--cases 应为 1 到 5000000。", "--cases is 1 to 5,000,000.")

    def progress(n: int) -> None:
        print(pick(f"已生成 {n} 件", f"{n} cases made"), file=sys.stderr)

    report = run_demo(
        store, cli_operator(), args.cases, args.days, args.seed, progress, today=args.today
    )
    outcomes = ", ".join(f"{k}={v}" for k, v in sorted(report.outcomes.items()))
    print(
        pick(
            f"已生成 {report.cases} 件演示办件（{outcomes}），用时 {report.seconds:.1f} 秒，每秒 {report.rate:.0f} 件",
            f"Made {report.cases} demo cases ({outcomes}) in {report.seconds:.1f} s, {report.rate:.0f} cases/s",
        )
    )
    return 0


def cmd_window(args: argparse.Namespace) -> int:
    from ui.app import run  # the one place desktop/ reaches into ui/

    return run(data_dir=resolve_data_dir(args.data_dir), lang=args.lang)


def cmd_case(args: argparse.Namespace) -> int:
    from desktop.case_documents import case_view

    store = open_store(args)
    view = case_view(store, args.number)
    if args.json:
        print(json.dumps(view.as_json(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(case_view_lines(view)))
    return 0


def case_view_lines(view: CaseView) -> list[str]:
    """``case show`` as text: labelled lines, the materials, documents and events."""
    dash = "—"

    def label(text: str) -> str:
        # Chinese characters take two columns in a terminal; pad by columns, not length.
        cols = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
        return text + " " * max(1, 12 - cols)

    def when(value: datetime | None) -> str:
        return local_text(value) if value else dash

    def party(p: PartyView | None) -> str:
        return f"{p.name}  {p.id_kind_label} {p.id_masked}  {p.phone}".rstrip() if p else dash

    status = pick(view.status_label, view.status_label_en)
    lines = [
        f"{label(pick('办件编号', 'Case'))}{view.case_no}",
        f"{label(pick('状态', 'Status'))}{status} ({view.status})",
        f"{label(pick('事项', 'Item'))}{view.item_name} [{view.item_code}] {view.item_kind_label}  {view.department}",
        f"{label(pick('申请人', 'Applicant'))}{party(view.applicant)}",
        f"{label(pick('代理人', 'Agent'))}{party(view.agent)}",
        f"{label(pick('窗口', 'Window'))}{view.window_code}  {view.clerk}",
        f"{label(pick('收件时间', 'Received'))}{when(view.received_at)}",
        f"{label(pick('受理时间', 'Accepted'))}{when(view.accepted_at)}",
        f"{label(pick('承诺办结', 'Due'))}{view.due_date or dash}",
        f"{label(pick('告知期限', 'Notify by'))}{view.notice_deadline or dash}",
    ]
    if view.reason:
        lines.append(f"{label(pick('不予受理理由', 'Reason'))}{view.reason}")
        lines.append(f"{label(pick('法律依据', 'Legal basis'))}{view.legal_basis}")
    lines.append(pick("材料：", "Materials:"))
    for m in view.materials:
        state = pick("缺", "MISSING") if m.missing else ("" if m.applies else pick("不适用", "n/a"))
        lines.append(
            f"  {m.position:>2}. {m.name}  {pick('需', 'need')} {m.originals}/{m.copies}"
            f"  {pick('收', 'got')} {m.received_originals}/{m.received_copies}  {state}".rstrip()
        )
    lines.append(pick("文书：", "Documents:"))
    for d in view.documents:
        mark = pick(" 补打", " reprint") if d.reprint else ""
        lines.append(f"  {d.printed_at_text}  {d.title}{mark}  {d.sha256[:16]}…  {d.path}")
    if not view.documents:
        lines.append(f"  {dash}")
    lines.append(pick("记录：", "Events:"))
    for e in view.events:
        lines.append(f"  {e.occurred_at_text}  {e.window}  {e.clerk:<12} {e.label} ({e.kind})")
    return lines


def cmd_print(args: argparse.Namespace) -> int:
    from desktop import cli_fees
    from desktop.case_documents import produce_document

    if args.doc == "receipt" or (args.doc is None and cli_fees.is_receipt_no(args.number)):
        return cli_fees.cmd_print_receipt(args)
    store = open_store(args)
    # --reprint is accepted for clarity; whether a print is the original or a 补打 is
    # decided by the archive, never by the caller.
    doc = produce_document(store, args.number, cli_operator(), args.doc)
    if args.out:
        try:
            Path(args.out).write_bytes(doc.pdf)
        except OSError as exc:
            # The archive copy is made and journalled; only the extra copy failed.
            raise DomainError(
                "print.out",
                f"无法写入 {args.out}（{exc.strerror}）。文书已存档：{doc.path}",
                f"Cannot write {args.out} ({exc.strerror}). The document is archived: {doc.path}",
            ) from exc
    mark = pick("（补打）", " (reprint)") if doc.reprint else ""
    print(pick(f"{doc.title}{mark}：办件 {doc.case_no}", f"{doc.title}{mark}: case {doc.case_no}"))
    if args.out:
        print(pick(f"已写入 {args.out}", f"Written to {args.out}"))
    print(pick(f"存档：{doc.path}", f"Archived: {doc.path}"))
    print(f"SHA-256 {doc.sha256}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="yichuang", description="一窗通 — 行政服务中心窗口系统")
    p.add_argument("--version", action="version", version=f"yichuang {app_version()}")
    p.add_argument("--data-dir", help="this window's data directory (or YICHUANG_DATA_DIR)")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="language of the window and messages")
    sub = p.add_subparsers(dest="cmd")

    init = sub.add_parser("init", help="set up this window (password on standard input)")
    init.add_argument("--center", required=True, help="division code, e.g. 320117")
    init.add_argument("--center-name", required=True)
    init.add_argument("--window", required=True, help="window number, 01-99")
    init.add_argument("--admin", default="admin", help="administrator user name")
    init.add_argument("--admin-name", help="administrator's display name")
    init.add_argument(
        "--central",
        metavar="URL",
        help="the center's PostgreSQL (kept in the owner-only config file)",
    )
    init.set_defaults(func=cmd_init)

    user = sub.add_parser("user", help="accounts")
    usub = user.add_subparsers(dest="user_cmd", required=True)
    add = usub.add_parser("add")
    add.add_argument("username")
    add.add_argument("--name", help="display name")
    add.add_argument("--role", choices=[r.value for r in Role], default=Role.CLERK.value)
    ls = usub.add_parser("list")
    ls.add_argument("--json", action="store_true")
    for verb in ("disable", "enable"):
        usub.add_parser(verb).add_argument("username")
    user.set_defaults(func=cmd_user)

    cat = sub.add_parser("catalog", help="the service catalog")
    csub = cat.add_subparsers(dest="catalog_cmd", required=True)
    imp = csub.add_parser("import")
    imp.add_argument("file")
    imp.add_argument("--check", action="store_true", help="validate only")
    exp = csub.add_parser("export")
    exp.add_argument("--out", required=True, help="FILE.xlsx or FILE.json")
    cl = csub.add_parser("list")
    cl.add_argument("--json", action="store_true")
    cl.add_argument("--search", help="name, code or pinyin initials")
    cat.set_defaults(func=cmd_catalog)

    db = sub.add_parser("db", help="database schema")
    dsub = db.add_subparsers(dest="db_cmd", required=True)
    up = dsub.add_parser("upgrade")
    up.add_argument("--url", help="a central PostgreSQL URL instead of the local file")
    db.set_defaults(func=cmd_db)

    demo = sub.add_parser("demo", help="make realistic demo intakes for training")
    demo.add_argument("--cases", type=int, required=True)
    demo.add_argument("--days", type=int, help="working days to spread them over")
    demo.add_argument("--seed", type=int, default=20261127)
    demo.add_argument(
        "--today", action="store_true", help="all of it earlier today (for the dashboard)"
    )
    demo.set_defaults(func=cmd_demo)

    from desktop import cli_central, cli_fees, cli_reports

    cli_central.register(sub)
    cli_reports.register(sub)
    cli_fees.register(sub)

    audit = sub.add_parser("audit", help="journal checks")
    asub = audit.add_subparsers(dest="audit_cmd", required=True)
    cli_reports.extend_verify(asub.add_parser("verify"))
    audit.set_defaults(func=cmd_audit)

    case = sub.add_parser("case", help="cases")
    case_sub = case.add_subparsers(dest="case_cmd", required=True)
    show = case_sub.add_parser("show", help="a case: status, materials, documents, events")
    show.add_argument("number", help="case number, as printed or scanned")
    show.add_argument("--json", action="store_true")
    case.set_defaults(func=cmd_case)

    prt = sub.add_parser("print", help="print (archive) a case's document")
    prt.add_argument("number", help="case number (or receipt number)")
    prt.add_argument(
        "--doc",
        choices=["acceptance", "notice", "rejection", "receipt"],
        help="default: the document that fits the case's status",
    )
    prt.add_argument("--out", help="also write the PDF to FILE.pdf")
    prt.add_argument(
        "--reprint", action="store_true", help="a reprint (补打); any print after the first is one"
    )
    prt.set_defaults(func=cmd_print)
    from desktop import cli_cases  # after `case` and `print`, which it extends

    cli_cases.register(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    i18n.set_language(args.lang or i18n.system_language())
    func: Callable[[argparse.Namespace], int] = getattr(args, "func", cmd_window)
    try:
        return func(args)
    except CatalogInvalid as invalid:
        print(
            pick(
                f"目录文件有 {len(invalid.errors)} 处错误，未导入任何内容：",
                f"The catalog file has {len(invalid.errors)} errors; nothing was imported:",
            ),
            file=sys.stderr,
        )
        for e in invalid.errors:
            print(
                f"  [{e.sheet}] {pick('第', 'row ')}{e.row}{pick(' 行', '')} {e.column}: {pick(e.zh, e.en)}",
                file=sys.stderr,
            )
        return 2
    except DomainError as err:
        print(err.message, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.exit(main())
