"""Use cases on the catalog: import a file, export it, list it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from desktop.accounts import Operator
from desktop.catalog_io import CatalogDoc, CatalogInvalid, parse_json, parse_xlsx, to_json, to_xlsx
from desktop.catalog_store import apply_catalog, read_catalog
from desktop.errors import DomainError
from desktop.store import Store, record
from models.accounts import Role


@dataclass(frozen=True)
class ImportSummary:
    items: int
    added: int
    updated: int
    deactivated: int


def _format_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".json", ".xlsx"):
        return suffix[1:]
    raise DomainError(
        "catalog.format",
        f"不支持的文件类型：{path.name}。请使用 .xlsx 或 .json。",
        f"Unsupported file type: {path.name}. Use .xlsx or .json.",
    )


def read_catalog_file(path: Path) -> CatalogDoc:
    """Parse and validate a catalog file; CatalogInvalid lists every error found."""
    fmt = _format_of(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DomainError(
            "catalog.unreadable",
            f"无法读取文件 {path}：{exc.strerror or exc}",
            f"Cannot read {path}: {exc.strerror or exc}",
        ) from exc
    return parse_xlsx(data) if fmt == "xlsx" else parse_json(data)


def require_admin(op: Operator) -> None:
    if not op.can(Role.ADMIN):
        raise DomainError(
            "auth.admin_only",
            "只有管理员可以维护事项目录。",
            "Only an administrator may change the catalog.",
        )


def import_catalog(store: Store, path: Path, op: Operator) -> ImportSummary:
    """Replace the catalog in use with a file's, all or nothing."""
    require_admin(op)
    doc = read_catalog_file(path)
    ident = store.require_identity()
    with store.write() as s:
        result = apply_catalog(s, doc)
        record(
            s,
            ident,
            "catalog.imported",
            {
                "items": len(doc.items),
                "added": result.added,
                "updated": result.updated,
                "deactivated": result.deactivated,
                "source": path.name,
                "catalog": json.loads(to_json(doc)),
            },
            clerk=op.username,
        )
    return ImportSummary(len(doc.items), result.added, result.updated, result.deactivated)


def export_catalog(store: Store, path: Path) -> int:
    fmt = _format_of(path)
    with store.read() as s:
        doc = read_catalog(s)
    data = to_xlsx(doc) if fmt == "xlsx" else to_json(doc).encode("utf-8")
    tmp = path.with_name(f".{path.name}.part")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise DomainError(
            "catalog.unwritable",
            f"无法写入 {path}：{exc.strerror or exc}",
            f"Cannot write {path}: {exc.strerror or exc}",
        ) from exc
    return len(doc.items)


__all__ = [
    "CatalogInvalid",
    "ImportSummary",
    "export_catalog",
    "import_catalog",
    "read_catalog_file",
]
