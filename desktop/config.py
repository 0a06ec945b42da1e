"""Where a window keeps its data, and its small config file.

One directory per window (``--data-dir`` or ``YICHUANG_DATA_DIR``, else the platform's
user data directory), so several windows can live on one machine for training and tests.
The config file may hold the central connection string, so it is readable by its owner only.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import platformdirs

from desktop.errors import DomainError

DB_NAME = "yichuang.db"
CONFIG_NAME = "config.json"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get("YICHUANG_DATA_DIR")
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir("yichuang", appauthor=False))


def ensure_writable(data_dir: Path) -> Path:
    """Create the directory and prove it can be written, before anything else is tried."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=data_dir, prefix=".write-test-"):
            pass
    except OSError as exc:
        raise DomainError(
            "data_dir.unwritable",
            f"数据目录无法写入：{data_dir}（{exc.strerror or exc}）。"
            "请检查目录权限，或用 --data-dir 指定另一个目录。",
            f"The data directory cannot be written: {data_dir} ({exc.strerror or exc}). "
            "Check its permissions or choose another with --data-dir.",
        ) from exc
    return data_dir


def read_config(data_dir: Path) -> dict[str, Any]:
    path = data_dir / CONFIG_NAME
    if not path.exists():
        return {}
    try:
        value = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise DomainError(
            "config.unreadable",
            f"配置文件无法读取：{path}（{exc}）。文件未被改动，请修正或移走后重试。",
            f"The config file cannot be read: {path} ({exc}). It was left as it is; "
            "fix or move it and try again.",
        ) from exc
    return value if isinstance(value, dict) else {}


def write_config(data_dir: Path, values: dict[str, Any]) -> None:
    """Write atomically with mode 0600: a crash never leaves half a file, nobody else reads it."""
    path = data_dir / CONFIG_NAME
    fd, tmp = tempfile.mkstemp(dir=data_dir, prefix=".config-")
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(values, fh, ensure_ascii=False, indent=2)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
