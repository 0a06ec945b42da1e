"""The language of messages made outside Qt (domain errors, CLI output).

The window sets it from the system locale or ``--lang`` at start; the CLI does the same.
Qt's own strings go through QTranslator in ui/; rules never import Qt, so their
messages carry both languages and pick one here.
"""

from __future__ import annotations

import locale
import os

SUPPORTED = ("zh_CN", "en")
_current = "zh_CN"


def system_language() -> str:
    """zh_CN unless the system locale is clearly another language (then English)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return normalise(value)
    loc = locale.getlocale()[0] or ""
    return normalise(loc) if loc else "zh_CN"


def normalise(value: str) -> str:
    value = value.split(".")[0].split(":")[0].replace("-", "_")
    if value.lower().startswith("zh"):
        return "zh_CN"
    if value in ("C", "POSIX", ""):
        # A bare server locale says nothing about the clerk; the center works in Chinese.
        return "zh_CN"
    return "en"


def set_language(lang: str) -> str:
    global _current
    _current = normalise(lang)
    return _current


def current_language() -> str:
    return _current


def pick(zh: str, en: str) -> str:
    return zh if _current == "zh_CN" else en
