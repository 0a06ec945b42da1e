"""Refresh resources/i18n/yichuang_zh_CN.ts from the tr() calls in ui/ and list what needs translating.

    .venv/bin/python tools/i18n_update.py

New strings arrive as type="unfinished"; translate them in the .ts (Qt Linguist or any
editor). The window reads the .ts directly, so there is nothing to compile.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "yichuang_zh_CN.ts"


def main() -> int:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "ui").glob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-no-obsolete", "-target-language", "zh_CN", "-ts", str(TS)],
        check=True,
    )
    todo = []
    for ctx in ET.parse(TS).getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") == "unfinished":
                todo.append(f"{ctx.findtext('name')}: {msg.findtext('source')}")
    print("\n".join(todo) if todo else "every string has a translation")
    return 1 if todo else 0


if __name__ == "__main__":
    sys.exit(main())
