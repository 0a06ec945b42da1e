"""Finding a service item as the clerk types: by code, Chinese name, pinyin or department.

Everything a query is compared with is computed once, when the index is built, so a
keystroke costs one pass of plain ``str`` operations over the items (a few milliseconds
for 2,000 items). Each searchable form is one string: the pinyin variants of a name
are joined with a separator that never occurs in a query, so "is q a prefix of any
variant" is a single ``in`` test done in C.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pypinyin import Style, pinyin
from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from models.catalog import Department, ItemFee, ServiceItem

SEP = "\x00"  # between variants; a typed query never contains it
MAX_VARIANTS = 16  # heteronym combinations kept per name before falling back to single swaps

# Ranks, best first. The brief's eight, plus two that only add matches after them:
# full pinyin starting at a later syllable ("jingying" in shipinjingyingxuke) and a
# code containing the query ("XK-001"), both before the weakest, department.
EXACT_CODE, CODE_PREFIX, NAME_PREFIX, NAME_SUBSTRING = 0, 1, 2, 3
INITIALS_PREFIX, INITIALS_SUBSTRING, PINYIN_PREFIX, PINYIN_SYLLABLE = 4, 5, 6, 7
CODE_SUBSTRING, DEPARTMENT = 8, 9


@dataclass(frozen=True)
class ItemSummary:
    id: uuid.UUID
    code: str
    name: str
    department_name: str
    department_short: str
    kind: str
    committed_days: int
    legal_days: int
    charged: bool


def normalise(text: str) -> str:
    """NFKC (full-width letters and digits become ASCII), lower case, no spaces."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()


def query_terms(query: str) -> list[str]:
    """Space-separated terms, each normalised; "" → []."""
    return [t for t in (normalise(p) for p in unicodedata.normalize("NFKC", query).split()) if t]


# Chinese characters (CJK unified ideographs and extension A); everything else is kept as typed.
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
_OTHER = re.compile(r"[0-9a-z]+")


@dataclass(frozen=True)
class _Reading:
    """One position of a name: a character's readings (usual first), or a run of Latin/digits."""

    options: tuple[str, ...]
    han: bool


def readings(name: str) -> list[_Reading]:
    """The name read position by position, with one pypinyin call per run of characters.

    pypinyin reads a known phrase with its one correct reading (银行 → yin hang), so
    only stray 多音字 get alternatives (汽车行 → xing/hang/heng).
    """
    text = unicodedata.normalize("NFKC", name).lower()
    out: list[_Reading] = []
    pos = 0
    for run in _HAN.finditer(text):
        out += [_Reading((w,), False) for w in _OTHER.findall(text[pos : run.start()])]
        for alts in pinyin(run.group(), style=Style.NORMAL, heteronym=True):
            options = tuple(dict.fromkeys(a for a in alts if a.isalpha()))
            if options:
                out.append(_Reading(options, True))
        pos = run.end()
    out += [_Reading((w,), False) for w in _OTHER.findall(text[pos:])]
    return out


def initials_variants(name: str, parts: Sequence[_Reading] | None = None) -> list[str]:
    """Pinyin initials of a name, the usual reading first, then 多音字 alternatives.

    Combinations are few; when they are not, each alternative is tried alone instead.
    """
    parts = readings(name) if parts is None else parts
    options = [tuple(dict.fromkeys(o[0] for o in r.options)) if r.han else r.options for r in parts]
    variants = ["".join(o[0] for o in options)]
    total = 1
    for o in options:
        total *= len(o)
    if total <= MAX_VARIANTS:
        combos: Iterable[Sequence[str]] = itertools.product(*options)
    else:
        base = [o[0] for o in options]
        combos = (base[:k] + [alt] + base[k + 1 :] for k, o in enumerate(options) for alt in o[1:])
    for combo in combos:
        text = "".join(combo)
        if text not in variants:
            variants.append(text)
    return variants


def full_pinyin(name: str, parts: Sequence[_Reading] | None = None) -> list[str]:
    """The name's syllables without tones, usual reading: 食品 → ["shi", "pin"]."""
    parts = readings(name) if parts is None else parts
    return [r.options[0] for r in parts]


@functools.lru_cache(maxsize=512)
def _initials(name: str) -> str:
    """Usual-reading initials; cached because every item repeats its department's names."""
    return initials_variants(name)[0] if name else ""


@dataclass(frozen=True)
class _Entry:
    summary: ItemSummary
    code: str
    name: str
    initials: str  # SEP + variant + SEP + variant …
    pinyin: str  # the full pinyin
    syllable_tails: str  # SEP + pinyin from each syllable on: "…\0pinjing…\0jing…"
    department: str  # name + SEP + short name
    department_initials: str  # SEP + initials of name + SEP + initials of short name


def _entry(s: ItemSummary) -> _Entry:
    parts = readings(s.name)
    syllables = full_pinyin(s.name, parts)
    tails = ["".join(syllables[k:]) for k in range(1, len(syllables))]
    return _Entry(
        summary=s,
        code=normalise(s.code),
        name=normalise(s.name),
        initials=SEP + SEP.join(initials_variants(s.name, parts)),
        pinyin="".join(syllables),
        syllable_tails=SEP + SEP.join(tails) if tails else "",
        department=normalise(s.department_name) + SEP + normalise(s.department_short),
        department_initials=SEP
        + _initials(s.department_name)
        + SEP
        + _initials(s.department_short),
    )


def _rank(e: _Entry, term: str, sep_term: str) -> int | None:
    """The best way ``term`` matches the entry, or None. sep_term is SEP + term."""
    if e.code == term:
        return EXACT_CODE
    if e.code.startswith(term):
        return CODE_PREFIX
    if e.name.startswith(term):
        return NAME_PREFIX
    if term in e.name:
        return NAME_SUBSTRING
    if sep_term in e.initials:
        return INITIALS_PREFIX
    if term in e.initials:
        return INITIALS_SUBSTRING
    if e.pinyin.startswith(term):
        return PINYIN_PREFIX
    if sep_term in e.syllable_tails:
        return PINYIN_SYLLABLE
    if term in e.code:
        return CODE_SUBSTRING
    if term in e.department or sep_term in e.department_initials:
        return DEPARTMENT
    return None


class CatalogIndex:
    """The active items, ready to be searched keystroke by keystroke."""

    def __init__(self, items: Iterable[ItemSummary]) -> None:
        self._entries = sorted((_entry(s) for s in items), key=lambda e: e.summary.code)
        self._all = [e.summary for e in self._entries]
        # The previous query's matches: typing one more letter can only narrow them.
        self._last_terms: list[str] = []
        self._last_hits: list[_Entry] = self._entries

    @classmethod
    def from_session(cls, session: Session) -> CatalogIndex:
        charged = exists().where(ItemFee.item_id == ServiceItem.id)
        rows = session.execute(
            select(
                ServiceItem.id,
                ServiceItem.code,
                ServiceItem.name,
                Department.name,
                Department.short_name,
                ServiceItem.kind,
                ServiceItem.committed_days,
                ServiceItem.legal_days,
                charged,
            )
            .join(Department, ServiceItem.department_id == Department.id)
            .where(ServiceItem.active.is_(True))
        ).all()
        return cls(ItemSummary(*row) for row in rows)

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def items(self) -> list[ItemSummary]:
        """Every item, in code order."""
        return list(self._all)

    def search(self, query: str, limit: int = 50) -> list[ItemSummary]:
        """Items matching every term of ``query``, best first, then by code."""
        terms = query_terms(query)
        if not terms:
            return self._all[:limit]
        pool = self._entries
        if self._narrows(terms):
            pool = self._last_hits
        scored: list[tuple[int, _Entry]] = []
        seps = [SEP + t for t in terms]
        for e in pool:
            worst = 0
            for term, sep_term in zip(terms, seps, strict=True):
                r = _rank(e, term, sep_term)
                if r is None:
                    break
                worst = max(worst, r)
            else:
                scored.append((worst, e))
        self._last_terms, self._last_hits = terms, [e for _, e in scored]
        # The pool is in code order and sort is stable, so ties stay in code order.
        scored.sort(key=lambda pair: pair[0])
        return [e.summary for _, e in scored[:limit]]

    def _narrows(self, terms: list[str]) -> bool:
        """True when every match of ``terms`` must be among the previous query's matches.

        Each rank test is a prefix or substring test, so a term that extends the same
        term of the previous query can only match fewer items — except "exact code",
        which is implied by "code prefix" and so is covered too.
        """
        last = self._last_terms
        if not last or len(terms) < len(last):
            return False
        return all(t.startswith(p) for t, p in zip(terms, last, strict=False))
