"""The one exception type for mistakes a person can make or fix.

Its message is fit to show the clerk as it is, in Chinese and in English; ``field``
names the input it concerns so the window can put the message beside that field.
"""

from __future__ import annotations

from desktop.i18n import pick


class DomainError(Exception):
    def __init__(self, code: str, zh: str, en: str, *, field: str | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.zh = zh
        self.en = en
        self.field = field

    @property
    def message(self) -> str:
        return pick(self.zh, self.en)

    def __str__(self) -> str:
        return self.message
