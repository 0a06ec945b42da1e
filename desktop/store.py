"""The window's database: opened safely, migrated, and used one unit of work at a time."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop.config import DB_NAME, ensure_writable
from desktop.errors import DomainError
from models.db import DatabaseProblem, check_sqlite_file, sqlite_engine, upgrade
from models.journal import Event, append_event
from models.settings import Setting


def problem_to_error(problem: DatabaseProblem) -> DomainError:
    """Say in plain words what is wrong with a database file, and that it was left alone."""
    texts = {
        "corrupt": (
            f"数据库文件已损坏：{problem.path}。程序没有改动它。请联系管理员从备份恢复，"
            "或用 --data-dir 指定另一个目录。",
            f"The database file is damaged: {problem.path}. It was not changed. Ask the "
            "administrator to restore it from a backup, or use another --data-dir.",
        ),
        "foreign": (
            f"该文件不是一窗通的数据库：{problem.path}。程序没有改动它。请检查数据目录设置。",
            f"This file is not a Yichuang database: {problem.path}. It was not changed. "
            "Check the data directory setting.",
        ),
        "newer": (
            f"数据库由更新版本的一窗通写入（{problem.detail}）：{problem.path}。请先升级本程序。",
            f"The database was written by a newer Yichuang ({problem.detail}): "
            f"{problem.path}. Upgrade this program first.",
        ),
    }
    zh, en = texts.get(
        problem.kind, (f"数据库无法使用：{problem.path}", f"Unusable database: {problem.path}")
    )
    return DomainError(f"db.{problem.kind}", zh, en)


@dataclass(frozen=True)
class WindowIdentity:
    """Which center and window this database belongs to (set at first start)."""

    center_code: str
    center_name: str
    window_code: str


class Store:
    """One window's SQLite file: a write engine (BEGIN IMMEDIATE) and a read engine."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = ensure_writable(data_dir)
        self.path = self.data_dir / DB_NAME
        try:
            check_sqlite_file(self.path)
            self.engine = sqlite_engine(self.path, write=True)
            self.read_engine = sqlite_engine(self.path, write=False)
            upgrade(self.engine, str(self.path))
        except DatabaseProblem as problem:
            raise problem_to_error(problem) from problem
        except OperationalError as exc:
            raise DomainError(
                "db.unusable",
                f"数据库无法打开：{self.path}（{exc.orig}）。",
                f"The database cannot be opened: {self.path} ({exc.orig}).",
            ) from exc
        self._writer = sessionmaker(self.engine, expire_on_commit=False)
        self._reader = sessionmaker(self.read_engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()
        self.read_engine.dispose()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: everything in it commits together or not at all."""
        with self._writer.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session:
            yield session

    # -- settings ---------------------------------------------------------------------
    def setting(self, key: str, default: Any = None) -> Any:
        with self.read() as s:
            row = s.get(Setting, key)
            return default if row is None else row.value

    def identity(self) -> WindowIdentity | None:
        with self.read() as s:
            rows = {r.key: r.value for r in s.scalars(select(Setting)).all()}
        if "window_code" not in rows:
            return None
        return WindowIdentity(rows["center_code"], rows["center_name"], rows["window_code"])

    def require_identity(self) -> WindowIdentity:
        ident = self.identity()
        if ident is None:
            raise DomainError(
                "setup.missing",
                "本窗口尚未初始化，请先运行 yichuang init 或在首次启动时完成设置。",
                "This window is not set up yet: run 'yichuang init' or finish the first-start setup.",
            )
        return ident


def set_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def record(
    session: Session,
    ident: WindowIdentity,
    kind: str,
    payload: dict[str, Any],
    *,
    clerk: str = "",
    case_no: str | None = None,
    occurred_at: datetime | None = None,
) -> Event:
    """Journal one event of this window in the caller's unit of work.

    ``occurred_at`` is for services that are told the time (the demo spreads its work
    over past days); otherwise it is now.
    """
    return append_event(
        session,
        window_code=ident.window_code,
        kind=kind,
        payload=payload,
        occurred_at=occurred_at,
        clerk=clerk,
        case_no=case_no,
    )
