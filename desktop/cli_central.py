"""Command-line verbs of the center and of sync: ``yichuang central …`` and ``yichuang sync``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.central import (
    CentralUnavailable,
    add_window,
    central_init,
    central_status,
    safe_url,
    unblock_window,
)
from desktop.config import resolve_data_dir
from desktop.errors import DomainError
from desktop.i18n import pick
from desktop.setup import normalise_window_code
from desktop.store import Store


def _url(args: argparse.Namespace, store: Store | None = None) -> str:
    from desktop.sync import central_url

    url = args.url or (central_url(store) if store else None)
    if not url:
        raise DomainError(
            "central.url_missing",
            "请用 --url 指定中心数据库。",
            "Give the central database with --url.",
        )
    return url


def _offline(exc: CentralUnavailable, url: str) -> DomainError:
    return DomainError(
        "central.unreachable",
        f"无法连接中心数据库 {safe_url(url)}：{exc}",
        f"Cannot reach the central database {safe_url(url)}: {exc}",
    )


def cmd_central(args: argparse.Namespace) -> int:
    url = _url(args)
    try:
        if args.central_cmd == "init":
            from desktop.catalog_service import read_catalog_file

            catalog = read_catalog_file(Path(args.catalog)) if args.catalog else None
            revision = central_init(url, args.center, args.center_name, catalog)
            print(
                pick(
                    f"中心数据库已就绪（结构版本 {revision}）：{safe_url(url)}",
                    f"Central database ready (schema {revision}): {safe_url(url)}",
                )
            )
        elif args.central_cmd == "add-window":
            code = normalise_window_code(args.window)
            add_window(url, code, args.name or "")
            print(pick(f"已登记 {code} 号窗口", f"Window {code} registered"))
        elif args.central_cmd == "user":
            from desktop.central import publish_account
            from desktop.cli import read_password
            from models.accounts import Role

            password = read_password(pick("密码：", "Password: "))
            publish_account(
                url,
                username=args.username,
                display_name=args.name or args.username,
                role=Role(args.role),
                password=password,
            )
            print(
                pick(
                    f"已在中心添加用户 {args.username}，各窗口同步后即可登录。",
                    f"User {args.username} added at the center; every window gets it by sync.",
                )
            )
        elif args.central_cmd == "holidays":
            from desktop.central import publish_holidays

            n = publish_holidays(url, Path(args.file), args.year, args.complete)
            print(
                pick(
                    f"已发布 {args.year} 年节假日安排（{n} 天），各窗口同步后生效。",
                    f"Published {n} days for {args.year}; windows take them by sync.",
                )
            )
        elif args.central_cmd == "unblock":
            code = normalise_window_code(args.window)
            n = unblock_window(url, code, args.by, args.resolution)
            print(
                pick(
                    f"{code} 号窗口已恢复同步（处理了 {n} 条拒收记录）",
                    f"Window {code} may sync again ({n} refusals resolved)",
                )
            )
        else:
            rows = central_status(url)
            if args.json:
                print(json.dumps([r.__dict__ for r in rows], ensure_ascii=False, indent=2))
            for r in rows if not args.json else []:
                state = (
                    pick(f"已暂停：{r.blocked_reason}", f"blocked: {r.blocked_reason}")
                    if r.blocked_reason
                    else pick("正常", "ok")
                )
                print(f"{r.code}  {r.name:<12} {pick('日志', 'events')} {r.last_seq:>7}  {state}")
    except CentralUnavailable as exc:
        raise _offline(exc, url) from exc
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from desktop.sync import central_url, set_central_url, status, sync_once

    store = Store(resolve_data_dir(args.data_dir))
    store.require_identity()
    if args.set_url is not None:
        set_central_url(store, args.set_url or None)
        print(
            pick(
                "已保存中心数据库设置（仅本机账户可读）。",
                "Central database saved (readable by this account only).",
            )
        )
        return 0
    if args.once:
        url = central_url(store)
        try:
            result = sync_once(store)
        except CentralUnavailable as exc:
            waiting = status(store).waiting
            print(
                pick(
                    f"离线：{exc}。{waiting} 条记录等待发送，本窗口照常工作。",
                    f"Offline: {exc}. {waiting} events wait; the window keeps working.",
                )
            )
            return 3
        except DomainError:
            raise
        print(
            pick(
                f"同步完成：发送 {result.pushed} 条，接收 {result.pulled} 条，待处理冲突 {result.conflicts} 条（{safe_url(url or '')}）",
                f"Synced: {result.pushed} sent, {result.pulled} received, {result.conflicts} open conflicts ({safe_url(url or '')})",
            )
        )
        return 0
    st = status(store)
    last = (
        st.last_success.isoformat(timespec="seconds") if st.last_success else pick("从未", "never")
    )
    print(
        pick(
            f"中心：{'已设置' if st.configured else '未设置'}；上次同步：{last}；待发送：{st.waiting}；待处理冲突：{st.conflicts}",
            f"Center: {'set' if st.configured else 'not set'}; last sync: {last}; waiting: {st.waiting}; open conflicts: {st.conflicts}",
        )
    )
    return 0


def cmd_simulate(args: argparse.Namespace) -> int:
    import os
    import sys

    from desktop.simulate import format_report, run_simulation, scratch_database

    server = (
        args.url
        or os.environ.get("YICHUANG_TEST_PG_URL")
        or "postgresql://postgres@127.0.0.1:5432/postgres"
    )
    if args.windows < 1 or args.windows > 99 or args.cases_per_window < 1:
        raise DomainError(
            "simulate.args",
            "--windows 应为 1–99，--cases-per-window 至少为 1。",
            "--windows is 1–99 and --cases-per-window at least 1.",
        )
    try:
        url, drop = scratch_database(server)
    except Exception as exc:
        raise DomainError(
            "central.unreachable",
            f"无法在 {safe_url(server)} 上建立模拟数据库：{exc}",
            f"Cannot create a scratch database on {safe_url(server)}: {exc}",
        ) from exc
    try:
        rec = run_simulation(
            url,
            args.windows,
            args.cases_per_window,
            rounds=args.rounds,
            say=lambda m: print(m, file=sys.stderr),
        )
        print(format_report(rec, url))
    finally:
        if not args.keep:
            drop()
    return 0 if rec.ok else 1


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    central = sub.add_parser("central", help="the central PostgreSQL database")
    csub = central.add_subparsers(dest="central_cmd", required=True)
    init = csub.add_parser(
        "init", help="create or upgrade the central schema and publish the catalog"
    )
    init.add_argument("--url", required=True)
    init.add_argument("--center", default="320117")
    init.add_argument("--center-name", default="南京市溧水区行政服务中心")
    init.add_argument(
        "--catalog", help="catalog file (.xlsx/.json); default: the sample, first time only"
    )
    add = csub.add_parser("add-window", help="register a window")
    add.add_argument("window")
    add.add_argument("--url", required=True)
    add.add_argument("--name")
    unblock = csub.add_parser("unblock", help="let a refused window sync again")
    unblock.add_argument("window")
    unblock.add_argument("--url", required=True)
    unblock.add_argument("--by", required=True, help="the supervisor's user name")
    unblock.add_argument("--resolution", required=True)
    cu = csub.add_parser("user", help="an account for the whole hall (password on stdin)")
    cu.add_argument("username")
    cu.add_argument("--url", required=True)
    cu.add_argument("--name")
    cu.add_argument("--role", choices=["clerk", "supervisor", "admin"], default="clerk")
    ch = csub.add_parser(
        "holidays", help="publish the hall's holiday table for a year (.csv/.xlsx)"
    )
    ch.add_argument("file")
    ch.add_argument("--year", type=int, required=True)
    ch.add_argument(
        "--complete", action="store_true", help="the table is the year's whole schedule"
    )
    ch.add_argument("--url", required=True)
    st = csub.add_parser("status", help="registered windows and their journals")
    st.add_argument("--url", required=True)
    st.add_argument("--json", action="store_true")
    central.set_defaults(func=cmd_central)

    sim = sub.add_parser(
        "simulate", help="a whole hall of windows against a scratch central database"
    )
    sim.add_argument("--windows", type=int, default=31)
    sim.add_argument("--cases-per-window", type=int, default=500)
    sim.add_argument("--rounds", type=int, default=10)
    sim.add_argument("--url", help="a PostgreSQL server to create the scratch database on")
    sim.add_argument("--keep", action="store_true", help="keep the scratch database")
    sim.set_defaults(func=cmd_simulate)

    sync = sub.add_parser("sync", help="sync this window with the center")
    sync.add_argument("--once", action="store_true", help="run one round now")
    sync.add_argument(
        "--set-url", metavar="URL", help="point this window at the center ('' to clear)"
    )
    sync.set_defaults(func=cmd_sync)
