"""First start of a window: the center, this window and its administrator.

There is no default password anywhere; until this has run, the window asks for it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop.accounts import create_account
from desktop.catalog_io import CatalogDoc, parse_json, to_json
from desktop.catalog_store import apply_catalog
from desktop.errors import DomainError
from desktop.store import Store, WindowIdentity, record, set_setting
from models.accounts import Role
from models.catalog import Center, ServiceWindow
from resources import SAMPLE_CATALOG


@dataclass(frozen=True)
class SetupRequest:
    center_code: str
    center_name: str
    window_code: str
    admin_username: str
    admin_display_name: str
    admin_password: str
    window_name: str = ""


def normalise_window_code(text: str) -> str:
    value = text.strip()
    if not re.fullmatch(r"\d{1,2}", value) or int(value) == 0:
        raise DomainError(
            "setup.window_code",
            "窗口号应为 01–99 的数字。",
            "The window number is a number from 01 to 99.",
            field="window_code",
        )
    return f"{int(value):02d}"


def check_center_code(text: str) -> str:
    value = text.strip()
    if not re.fullmatch(r"\d{6}", value):
        raise DomainError(
            "setup.center_code",
            "中心代码应为 6 位行政区划代码，例如 320117。",
            "The center code is the 6-digit administrative division code, e.g. 320117.",
            field="center_code",
        )
    return value


def check_center_name(text: str) -> str:
    value = text.strip()
    if not value or len(value) > 60:
        raise DomainError(
            "setup.center_name",
            "请填写中心名称（不超过 60 个字）。",
            "Enter the center's name (at most 60 characters).",
            field="center_name",
        )
    return value


def sample_catalog() -> CatalogDoc:
    return parse_json(SAMPLE_CATALOG.read_bytes())


def initialise(
    store: Store, req: SetupRequest, catalog: CatalogDoc | None = None
) -> WindowIdentity:
    """Set up an empty window database; refuse one that is set up already."""
    if store.identity() is not None:
        raise DomainError(
            "setup.done",
            f"本窗口已初始化（{store.path}），不会重复初始化。",
            f"This window is set up already ({store.path}); nothing was changed.",
        )
    ident = WindowIdentity(
        center_code=check_center_code(req.center_code),
        center_name=check_center_name(req.center_name),
        window_code=normalise_window_code(req.window_code),
    )
    doc = catalog if catalog is not None else sample_catalog()
    with store.write() as s:
        set_setting(s, "center_code", ident.center_code)
        set_setting(s, "center_name", ident.center_name)
        set_setting(s, "window_code", ident.window_code)
        record(
            s,
            ident,
            "setup.completed",
            {
                "center_code": ident.center_code,
                "center_name": ident.center_name,
                "window": ident.window_code,
            },
        )
        result = apply_catalog(s, doc)
        center = s.scalar(select(Center))
        if center is None:
            center = Center(code=ident.center_code, name=ident.center_name)
            s.add(center)
        center.code, center.name = ident.center_code, ident.center_name
        s.add(
            ServiceWindow(
                code=ident.window_code, name=req.window_name or f"{ident.window_code} 号窗口"
            )
        )
        record(
            s,
            ident,
            "catalog.imported",
            {
                "items": len(doc.items),
                "added": result.added,
                "source": "sample",
                "catalog": json.loads(to_json(doc)),
            },
        )
        create_account(
            s,
            ident,
            username=req.admin_username,
            display_name=req.admin_display_name,
            role=Role.ADMIN,
            password=req.admin_password,
            by="",
        )
    return ident


def data_dir_has_window(data_dir: Path) -> bool:
    return (data_dir / "yichuang.db").exists()
