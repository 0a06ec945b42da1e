"""工作日志: the daily log is a query on the journal, grouped into families for reading.

Every event in the range is one row of exactly one family (受理、一次告知、首问、收费 …),
chosen by its kind: an exact kind first, then the longest matching prefix, and "其他"
for any kind this version does not know. Each family names the payload keys it expects,
with Chinese headers; a key nobody expected still gets a column under its raw name. So
whatever a newer window or another module journals, it is in the log: nothing done is
ever missing from it (DOMAIN rule 8).

The log states what it covers, so two exports can be compared: the range, the time of
making, and per window the last sequence number and hash included (plus a digest of
every included hash). Values that the log does not need in full are masked (ID numbers,
mobile numbers) or left out (password hashes, the catalog blob, internal UUIDs, which
are replaced by the names they point to).

Works on any Session: a window's SQLite file (its own journal and what sync brought)
or the central PostgreSQL (every window's).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop.clock import CENTER_TZ, local_text, now_utc
from desktop.errors import DomainError
from desktop.identity import IdKind, mask_id
from models.accounts import Account
from models.cases import Applicant
from models.catalog import ServiceWindow
from models.journal import Event, JournalHead
from models.settings import Setting

CENTRAL_WINDOW = "00"  # the center's own journal (desktop/projection.py)
MAX_DAYS = 366  # one export holds at most a year: memory stays bounded
TEXT_LIMIT = 2000  # characters per cell; Excel's own limit is 32,767


class ExportCancelled(Exception):
    """The supervisor cancelled; nothing is written."""


Progress = Callable[[int, int], None]  # (done, total)
Cancelled = Callable[[], bool]


# -- families -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Family:
    key: str
    title: str  # the sheet's name (Excel: at most 31 characters, no []:*?/\)
    title_en: str
    kinds: tuple[str, ...] = ()  # exact kinds
    prefixes: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()  # payload keys (or derived keys), in order


FAMILIES: tuple[Family, ...] = (
    Family(
        "intake",
        "受理与答复",
        "Intake outcomes",
        kinds=("case.accepted", "case.rejected", "case.finished_on_spot"),
        columns=(
            "item_name",
            "item_code",
            "applicant",
            "agent",
            "received_at",
            "accepted_at",
            "due_date",
            "committed_days",
            "deemed_accepted",
            "after_notice",
            "reason",
            "legal_basis",
            "materials",
            "notice_deadline",
        ),
    ),
    Family(
        "notice",
        "一次告知",
        "One-time notices",
        kinds=("case.notice_issued", "case.supplements_received"),
        prefixes=("notice.",),
        columns=(
            "item_name",
            "applicant",
            "missing",
            "notice_issued_at",
            "notice_deadline",
            "material",
            "originals",
            "copies",
            "reason",
            "supervisor",
            "materials",
        ),
    ),
    Family(
        "collection",
        "领取送达",
        "Collections",
        kinds=("case.collected", "case.mailed"),
        columns=(
            "collector_role",
            "collector_name",
            "collector_id_kind",
            "collector_id_number",
            "id_mismatch",
            "carrier",
            "tracking_no",
            "address",
            "at",
        ),
    ),
    Family(
        "progress",
        "办理过程",
        "Case progress",
        prefixes=("case.",),
        columns=(
            "procedure",
            "reason",
            "paused_on",
            "resumed_on",
            "old_due",
            "new_due",
            "decision",
            "basis",
            "authority",
            "reference",
            "forwarded_on",
            "replied_on",
            "content",
            "department_code",
            "result",
            "note",
            "tasks",
        ),
    ),
    Family(
        "inquiry",
        "首问登记",
        "Inquiries",
        prefixes=("inquiry.",),
        columns=(
            "inquiry_no",
            "topic",
            "answer",
            "referred_kind",
            "referred_to",
            "promised_reply_at",
            "inquirer_name",
            "inquirer_phone",
            "status",
            "outcome",
            "closed_at",
        ),
    ),
    Family(
        "fee",
        "收费",
        "Payments and voids",
        prefixes=("payment.", "fee.", "fees.", "receipt.", "refund.", "void."),
        columns=(
            "receipt_no",
            "item_name",
            "total_fen",
            "method",
            "reference",
            "tendered_fen",
            "change_fen",
            "payer",
            "lines",
            "kind",
            "amount_fen",
            "reason",
            "supervisor",
            "day",
        ),
    ),
    Family(
        "rating",
        "评议",
        "Ratings",
        prefixes=("evaluation.", "rating."),
        columns=(
            "visit_kind",
            "visit_ref",
            "level",
            "comment",
            "inquiry_no",
            "follow_up_due",
            "outcome",
        ),
    ),
    Family(
        "day",
        "日结",
        "Day openings and closings",
        prefixes=("cashday.", "day.", "cash.", "cashier.", "shift."),
        columns=(
            "day",
            "float_fen",
            "direction",
            "amount_fen",
            "reason",
            "z_no",
            "figures",
            "difference_fen",
            "difference_reason",
            "supervisor",
        ),
    ),
    Family(
        "login",
        "登录",
        "Logins",
        kinds=("logout", "account.locked"),
        prefixes=("login.",),
        columns=("username", "reason"),
    ),
    Family(
        "document",
        "文书打印",
        "Printed documents",
        kinds=("fee.document_printed", "fee.document_reprinted"),
        prefixes=("document.",),
        columns=("doc_kind", "ref", "reprint_no", "inquiry_no", "paper", "sha256", "path"),
    ),
    Family(
        "applicant",
        "申请人登记",
        "Applicants",
        prefixes=("applicant.",),
        columns=("kind", "name", "id_kind", "id_number", "phone", "address"),
    ),
    Family(
        "admin",
        "系统管理",
        "Administration",
        prefixes=("account.", "settings.", "setup.", "catalog.", "holiday.", "calendar."),
        columns=("username", "display_name", "role", "key", "old", "new", "items", "day"),
    ),
    Family("other", "其他", "Other"),
)
FAMILY_BY_KEY = {f.key: f for f in FAMILIES}
OTHER = FAMILY_BY_KEY["other"]

KIND_LABELS: dict[str, str] = {
    "case.accepted": "受理",
    "case.rejected": "不予受理",
    "case.finished_on_spot": "当场办结",
    "case.notice_issued": "一次性告知",
    "case.supplements_received": "补正材料",
    "notice.exception": "告知后新增材料（例外）",
    "case.started": "开始办理",
    "case.paused": "特别程序（暂停计时）",
    "case.resumed": "恢复计时",
    "case.decided": "作出决定",
    "case.ready": "结果待领取",
    "case.collected": "领取",
    "case.mailed": "邮寄送达",
    "case.forwarded": "上报",
    "case.reply_recorded": "登记上级答复",
    "case.tasks_opened": "联合办理分派",
    "case.task_done": "部门办结",
    "case.changed": "办件变更",
    "inquiry.logged": "首问登记",
    "inquiry.closed": "首问办结",
    "inquiry.linked": "关联办件",
    "evaluation.recorded": "评价",
    "evaluation.followed_up": "差评回访",
    "login.succeeded": "登录",
    "login.failed": "登录失败",
    "login.refused_locked": "账户锁定拒绝登录",
    "logout": "退出",
    "account.locked": "账户锁定",
    "document.printed": "打印文书",
    "document.reprinted": "补打文书",
    "applicant.registered": "登记申请人",
    "applicant.updated": "修改申请人",
    "account.created": "新建账户",
    "account.disabled": "停用账户",
    "account.enabled": "启用账户",
    "account.password_reset": "重置密码",
    "settings.changed": "修改设置",
    "setup.completed": "窗口初始化",
    "catalog.imported": "导入事项目录",
    "holiday.set": "设置节假日",
    "holiday.removed": "删除节假日",
    "holiday.imported": "导入节假日表",
    "calendar.uncertain": "节假日未确定提示",
    "fee.collected": "收费",
    "fee.voided": "作废/退费",
    "fee.document_printed": "打印收费单据",
    "fee.document_reprinted": "补打收费单据",
    "cashday.opened": "开账（备用金）",
    "cashday.cash_moved": "现金存取",
    "cashday.closed": "日结",
    "cashday.reopened": "重开日结",
}

KEY_HEADERS: dict[str, str] = {
    "item_name": "事项名称",
    "item_code": "事项编码",
    "applicant": "申请人",
    "agent": "代理人",
    "received_at": "收件时间",
    "accepted_at": "受理时间",
    "due_date": "承诺办结日",
    "committed_days": "承诺时限（工作日）",
    "deemed_accepted": "视为受理",
    "after_notice": "补正后受理",
    "reason": "理由/原因",
    "legal_basis": "法律依据",
    "materials": "材料",
    "notice_deadline": "告知期限",
    "missing": "缺少材料",
    "notice_issued_at": "告知时间",
    "material": "新增材料",
    "originals": "原件份数",
    "copies": "复印件份数",
    "supervisor": "批准负责人",
    "collector_role": "领取人身份",
    "collector_name": "领取人",
    "collector_id_kind": "证件类型",
    "collector_id_number": "证件号码",
    "id_mismatch": "证件不符",
    "carrier": "快递公司",
    "tracking_no": "运单号",
    "address": "地址",
    "at": "发生时间",
    "procedure": "特别程序",
    "paused_on": "暂停日",
    "resumed_on": "恢复日",
    "old_due": "原承诺日",
    "new_due": "新承诺日",
    "decision": "决定",
    "basis": "依据",
    "decided_at": "决定时间",
    "started_at": "开始时间",
    "ready_at": "待领取时间",
    "authority": "上报机关",
    "reference": "文号/参考号",
    "forwarded_on": "上报日",
    "replied_on": "答复日",
    "content": "答复内容",
    "recorded_at": "登记时间",
    "department_code": "部门代码",
    "department_name": "部门",
    "result": "结果",
    "note": "备注",
    "tasks": "联办部门",
    "opened_at": "开始时间",
    "done_at": "办结时间",
    "inquiry_no": "首问编号",
    "topic": "咨询事项",
    "answer": "答复",
    "referred_kind": "转办对象类型",
    "referred_to": "转办对象",
    "promised_reply_at": "承诺答复时间",
    "inquirer_name": "咨询人",
    "inquirer_phone": "咨询人电话",
    "status": "状态",
    "outcome": "办理结果",
    "closed_at": "办结时间",
    "created_at": "登记时间",
    "receipt_no": "收据号",
    "total_fen": "收费金额（元）",
    "amount_fen": "金额（元）",
    "method": "支付方式",
    "tendered_fen": "实收（元）",
    "change_fen": "找零（元）",
    "payer": "缴款人",
    "lines": "收费项目",
    "visit_kind": "来访类型",
    "visit_ref": "来访编号",
    "level": "评价等级",
    "comment": "评价意见",
    "follow_up_due": "回访期限",
    "day": "日期",
    "float_fen": "备用金（元）",
    "expected_fen": "应有（元）",
    "counted_fen": "实点（元）",
    "difference_fen": "差额（元）",
    "username": "账号",
    "display_name": "姓名",
    "role": "角色",
    "key": "设置项",
    "old": "原值",
    "new": "新值",
    "items": "事项数",
    "added": "新增",
    "updated": "更新",
    "deactivated": "停用",
    "source": "来源",
    "doc_kind": "文书类型",
    "reprint_no": "补打次数",
    "sha256": "文书摘要（SHA-256）",
    "path": "存档路径",
    "kind": "类型",
    "name": "名称",
    "id_kind": "证件类型",
    "id_number": "证件号码",
    "phone": "电话",
    "center_code": "中心代码",
    "center_name": "中心名称",
    "window": "窗口",
    "years": "年份",
    "case_no": "办件编号",
    "position": "材料序号",
    "receipt_seq": "收据序号",
    "paid_at": "收款时间",
    "voided_at": "作废时间",
    "clerk_name": "经办人姓名",
    "direction": "存取",
    "moved_at": "存取时间",
    "z_no": "日结号",
    "figures": "日结数据",
    "difference_reason": "差额原因",
    "reopened_at": "重开时间",
    "ref": "单据号",
    "paper": "纸张",
    "closed_by": "办结人",
    "follow_up_by": "回访人",
}
# Keys naming an account: shown as 姓名（账号）, like the 经办人 column.
PERSON_KEYS = frozenset({"supervisor", "closed_by", "follow_up_by", "voided_by", "by"})

# Never in a log: secrets, and blobs exported elsewhere (the catalog: `catalog export`).
SECRET_KEYS = frozenset({"password_hash", "password", "catalog"})
# Internal identifiers; the names they point to are shown instead (applicant, agent).
INTERNAL_KEYS = frozenset(
    {
        "case_id",
        "applicant_id",
        "agent_id",
        "inquiry_id",
        "evaluation_id",
        "task_id",
        "case_no",
        "payment_id",
        "void_id",
        "cashday_id",
        "movement_id",
        "closing_id",
    }
)
# The same as a column every row has (经办人 is the clerk's name and account).
REDUNDANT_KEYS = frozenset({"clerk_name"})
HIDDEN_KEYS = SECRET_KEYS | INTERNAL_KEYS | REDUNDANT_KEYS

LEVEL_NAMES = {5: "非常满意", 4: "满意", 3: "基本满意", 2: "不满意", 1: "非常不满意"}
_DECISIONS = {"approved": "准予", "denied": "不予"}
_ID_KINDS = {k.value: k.label_zh for k in IdKind}
# Codes the journal stores, in the words the forms use; per key, since one code word
# means different things in different places ("person": 自然人 or 工作人员).
WORDS: dict[str, dict[str, str]] = {
    "decision": _DECISIONS,
    "result": _DECISIONS,
    "status": {"open": "未办结", "closed": "已办结"},
    "referred_kind": {"department": "部门", "window": "窗口", "person": "工作人员"},
    "visit_kind": {"intake": "接件", "collection": "领取", "inquiry": "咨询"},
    "collector_role": {"applicant": "申请人本人", "agent": "代理人", "other": "其他受托人"},
    "method": {"cash": "现金", "card": "银行卡", "mobile": "移动支付"},
    "procedure": {
        "hearing": "听证",
        "inspection": "现场勘验",
        "testing": "检验检测",
        "expert_review": "专家评审",
    },
    "id_kind": _ID_KINDS,
    "collector_id_kind": _ID_KINDS,
    "kind": {"person": "自然人", "enterprise": "法人或其他组织", "void": "作废", "refund": "退费"},
    "direction": {"in": "存入", "out": "取出"},
    "paper": {"a4": "A4", "a5": "A5", "roll80": "80毫米卷纸"},
    "role": {"clerk": "窗口工作人员", "supervisor": "负责人", "admin": "管理员"},
}

COMMON_HEADERS = ("时间", "窗口", "经办人", "事件", "办件/登记编号")
TAIL_HEADERS = ("事件类型", "序号", "哈希")


def family_of(kind: str) -> Family:
    """The family an event kind belongs to: exact kind, else longest prefix, else 其他."""
    found = _KIND_INDEX.get(kind)
    if found is not None:
        return found
    best: Family | None = None
    best_len = -1
    for fam in FAMILIES:
        for p in fam.prefixes:
            if kind.startswith(p) and len(p) > best_len:
                best, best_len = fam, len(p)
    return best or OTHER


_KIND_INDEX = {k: fam for fam in FAMILIES for k in fam.kinds}


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind)


def header_of(key: str) -> str:
    return KEY_HEADERS.get(key, key)


# -- the log ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class LogRow:
    window: str
    seq: int
    occurred_at: datetime
    clerk: str
    kind: str
    case_no: str
    payload: dict[str, Any]
    hash: str


@dataclass(frozen=True)
class Position:
    """Where one window's journal stands in this export (and at the time of making)."""

    window: str
    first_seq: int
    last_seq: int
    count: int
    last_hash: str
    head_seq: int  # the journal's last event when the export was made
    head_hash: str


@dataclass
class Sheet:
    family: Family
    rows: list[LogRow] = field(default_factory=list)
    extra_keys: list[str] = field(default_factory=list)  # keys nobody expected


@dataclass
class DailyLog:
    start: date
    end: date
    window: str | None  # None: every window the source holds
    source: str  # which database, in words
    center_name: str
    made_at: datetime
    sheets: list[Sheet]
    positions: list[Position]
    digest: str  # SHA-256 over every included event hash, in row order
    clerk_names: dict[str, str]
    window_names: dict[str, str]
    applicant_names: dict[str, str]
    total: int = 0
    _clerk_texts: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def empty(self) -> bool:
        return self.total == 0

    @property
    def range_text(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()} 至 {self.end.isoformat()}"

    @property
    def scope_text(self) -> str:
        return f"{self.window} 号窗口" if self.window else "全部窗口"

    def rows(self) -> Iterator[LogRow]:
        for sheet in self.sheets:
            yield from sheet.rows

    def clerk_text(self, username: str) -> str:
        if not username:
            return ""
        text = self._clerk_texts.get(username)
        if text is None:
            name = self.clerk_names.get(username)
            text = f"{name}（{username}）" if name and name != username else username
            self._clerk_texts[username] = text
        return text

    def window_text(self, code: str) -> str:
        if code == CENTRAL_WINDOW:
            return "中心"
        return code


# -- sources --------------------------------------------------------------------------------
SessionFactory = Callable[[], AbstractContextManager[Session]]


@dataclass(frozen=True)
class LogSource:
    """A database to read the log from, in words for the summary."""

    label: str
    central: bool
    sessions: SessionFactory


def local_source(store: Any) -> LogSource:
    ident = store.identity()
    label = f"本机数据库（{ident.window_code} 号窗口）" if ident else "本机数据库"
    return LogSource(label, False, store.read)


def central_source(url: str) -> LogSource:
    from desktop.central import central_engine, safe_url

    engine = central_engine(url)

    @contextmanager
    def sessions() -> Iterator[Session]:
        try:
            with Session(engine) as s:
                yield s
        except OperationalError as exc:
            raise DomainError(
                "central.unreachable",
                f"无法连接中心数据库 {safe_url(url)}：{str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else exc}",
                f"Cannot reach the central database {safe_url(url)}.",
            ) from exc

    return LogSource(f"中心数据库（{safe_url(url)}）", True, sessions)


# -- checks -----------------------------------------------------------------------------------
def day_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """UTC bounds of the center's local days start..end (inclusive)."""
    lo = datetime.combine(start, time(0), tzinfo=CENTER_TZ).astimezone(UTC)
    hi = datetime.combine(end + timedelta(days=1), time(0), tzinfo=CENTER_TZ).astimezone(UTC)
    return lo, hi


def check_range(start: date, end: date) -> None:
    if end < start:
        raise DomainError(
            "export.range",
            f"结束日期 {end.isoformat()} 早于开始日期 {start.isoformat()}，请调换后再导出。",
            f"The end date {end.isoformat()} is before the start date {start.isoformat()}.",
            field="range",
        )
    if (end - start).days + 1 > MAX_DAYS:
        raise DomainError(
            "export.range_long",
            f"一次最多导出 {MAX_DAYS} 天，请缩短日期范围。",
            f"One export covers at most {MAX_DAYS} days; shorten the range.",
            field="range",
        )


def normalise_window(code: str | None) -> str | None:
    if code is None or not code.strip():
        return None
    text = code.strip()
    if not text.isdigit() or len(text) > 2:
        raise DomainError(
            "export.window_format",
            f"窗口号“{text}”格式不对，应为 00–99。",
            f"'{text}' is not a window number (00–99).",
            field="window",
        )
    return text.zfill(2)


def known_windows(session: Session) -> dict[str, str]:
    """Every window this database knows (registered or seen in the journal) → its name."""
    names: dict[str, str] = {}
    for code in session.scalars(select(JournalHead.window_code)):
        names[code] = ""
    for code, name in session.execute(select(ServiceWindow.code, ServiceWindow.name)):
        names[code] = name or names.get(code, "")
    try:
        from models.sync import CentralWindow

        for code, name in session.execute(select(CentralWindow.code, CentralWindow.name)):
            names[code] = names.get(code) or name or ""
    except Exception:  # an older schema without the table: the others suffice
        session.rollback()
    if CENTRAL_WINDOW in names:
        names[CENTRAL_WINDOW] = names[CENTRAL_WINDOW] or "中心"
    return names


def check_window(session: Session, window: str | None) -> None:
    if window is None:
        return
    windows = known_windows(session)
    if window not in windows:
        listed = "、".join(sorted(w for w in windows if w != CENTRAL_WINDOW)) or "无"
        raise DomainError(
            "export.window_unknown",
            f"没有 {window} 号窗口（本数据库中的窗口：{listed}）。",
            f"There is no window {window} (windows in this database: {listed}).",
            field="window",
        )


# -- collecting ------------------------------------------------------------------------------
BATCH = 2000


def collect_log(
    session: Session,
    start: date,
    end: date,
    window: str | None = None,
    *,
    source: str = "",
    now: datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> DailyLog:
    """Every event of the range (and window), grouped into families, with its position."""
    check_range(start, end)
    window = normalise_window(window)
    check_window(session, window)
    made_at = now or now_utc()
    lo, hi = day_bounds(start, end)
    cond = [Event.occurred_at >= lo, Event.occurred_at < hi]
    if window is not None:
        cond.append(Event.window_code == window)
    from sqlalchemy import func

    total = session.scalar(select(func.count()).select_from(Event).where(*cond)) or 0
    stmt = (
        select(
            Event.window_code,
            Event.seq,
            Event.occurred_at,
            Event.clerk,
            Event.kind,
            Event.case_no,
            Event.payload,
            Event.hash,
        )
        .where(*cond)
        .order_by(Event.occurred_at, Event.window_code, Event.seq)
        .execution_options(yield_per=BATCH)
    )
    sheets = {f.key: Sheet(f) for f in FAMILIES}
    expected = {f.key: set(f.columns) for f in FAMILIES}
    seen_extra: dict[str, set[str]] = defaultdict(set)
    first: dict[str, int] = {}
    last: dict[str, tuple[int, str]] = {}
    counts: Counter[str] = Counter()
    digest = hashlib.sha256()
    applicant_ids: set[str] = set()
    done = 0
    # Core on the session's connection: the ORM's row machinery would cost a third of
    # the read for nothing (the rows are plain columns).
    for w, seq, at, clerk, kind, case_no, payload, h in session.connection().execute(stmt):
        if done % 500 == 0:
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            if progress is not None:
                progress(done, total)
        payload = payload if isinstance(payload, dict) else {"value": payload}
        fam = family_of(kind)
        sheet = sheets[fam.key]
        sheet.rows.append(LogRow(w, seq, at, clerk or "", kind, case_no or "", payload, h))
        exp = expected[fam.key]
        extra = seen_extra[fam.key]
        for k in payload:
            if k not in exp and k not in HIDDEN_KEYS and k not in extra:
                extra.add(k)
                sheet.extra_keys.append(k)
        for k in ("applicant_id", "agent_id"):
            v = payload.get(k)
            if isinstance(v, str) and v:
                applicant_ids.add(v)
        if w not in first or seq < first[w]:
            first[w] = seq
        if w not in last or seq > last[w][0]:
            last[w] = (seq, h)
        counts[w] += 1
        digest.update(h.encode())
        done += 1
    if progress is not None:
        progress(done, max(total, done))
    heads = {
        code: (seq, h)
        for code, seq, h in session.execute(
            select(JournalHead.window_code, JournalHead.seq, JournalHead.hash)
        )
    }
    positions = [
        Position(
            w,
            first[w],
            last[w][0],
            counts[w],
            last[w][1],
            *heads.get(w, (last[w][0], last[w][1])),
        )
        for w in sorted(counts)
    ]
    if window is not None and window not in counts and window in heads:
        # An empty range still says where the window's journal stood.
        positions.append(Position(window, 0, 0, 0, "", *heads[window]))
    settings = {
        r.key: r.value
        for r in session.scalars(select(Setting).where(Setting.key.in_(("center_name",))))
    }
    return DailyLog(
        start=start,
        end=end,
        window=window,
        source=source,
        center_name=str(settings.get("center_name", "")),
        made_at=made_at,
        sheets=[sheets[f.key] for f in FAMILIES],
        positions=positions,
        digest=digest.hexdigest(),
        clerk_names=dict(session.execute(select(Account.username, Account.display_name)).all()),
        window_names=known_windows(session),
        applicant_names=_applicant_names(session, applicant_ids),
        total=done,
    )


def _applicant_names(session: Session, ids: set[str]) -> dict[str, str]:
    names: dict[str, str] = {}
    wanted = []
    for text in ids:
        try:
            wanted.append(uuid.UUID(text))
        except ValueError:
            continue
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        for aid, name in session.execute(
            select(Applicant.id, Applicant.name).where(Applicant.id.in_(chunk))
        ):
            names[str(aid)] = name
    return names


def read_log(
    source: LogSource,
    start: date,
    end: date,
    window: str | None = None,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> DailyLog:
    with source.sessions() as s:
        return collect_log(
            s,
            start,
            end,
            window,
            source=source.label,
            now=now,
            progress=progress,
            cancelled=cancelled,
        )


# -- turning rows into cells -------------------------------------------------------------------
Cell = str | int | Decimal | None


def _clip(text: str) -> str:
    return text if len(text) <= TEXT_LIMIT else text[: TEXT_LIMIT - 8] + "…（已截断）"


def _when(value: str) -> str:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is None:
        return value
    return local_text(moment, "%Y-%m-%d %H:%M:%S")


def mask_phone(phone: str) -> str:
    digits = phone.strip()
    if len(digits) == 11 and digits.isdigit() and digits.startswith("1"):
        return digits[:3] + "****" + digits[7:]
    return digits


def _list_text(items: list[Any]) -> str:
    parts: list[str] = []
    for it in items:
        if isinstance(it, dict):
            name = it.get("name") or it.get("fee_name") or it.get("department_name")
            if name is not None:
                amount = it.get("amount_fen")
                parts.append(
                    f"{name} {Decimal(amount) / 100:.2f}元"
                    if isinstance(amount, int)
                    else str(name)
                )
            else:
                parts.append(json.dumps(it, ensure_ascii=False, separators=(",", ":")))
        else:
            parts.append(str(it))
    return "、".join(parts)


def cell_value(key: str, value: Any) -> Cell:
    """One payload value as the log shows it: readable, masked where it must be."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "是" if value else "否"
    if key.endswith("_fen") and isinstance(value, int):
        return Decimal(value) / 100
    if isinstance(value, int):
        if key == "level" and value in LEVEL_NAMES:
            return f"{value} {LEVEL_NAMES[value]}"
        return value
    if isinstance(value, str):
        if "id_number" in key:
            return mask_id(value)
        if "phone" in key:
            return mask_phone(value)
        words = WORDS.get(key)
        if words is not None:
            return words.get(value, value)
        if (key.endswith("_at") or key == "at") and "T" in value:
            return _when(value)
        return _clip(value)
    if isinstance(value, list):
        return _clip(_list_text(value))
    if key == "figures" and isinstance(value, dict):
        return _clip(_closing_text(value))
    return _clip(json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str))


def _closing_text(figures: dict[str, Any]) -> str:
    """A day closing's figures as the Z report says them: expected, counted, receipts."""
    parts = []
    for key, label in (("expected", "应有"), ("counted", "实点"), ("collected", "收款")):
        per = figures.get(key)
        if isinstance(per, dict) and per:
            money = "，".join(
                f"{WORDS['method'].get(m, m)} {Decimal(v) / 100:.2f}"
                for m, v in per.items()
                if isinstance(v, int)
            )
            parts.append(f"{label}：{money}")
    if figures.get("receipts") is not None:
        first, last = figures.get("first_receipt") or "", figures.get("last_receipt") or ""
        parts.append(f"收据 {figures['receipts']} 张 {first}–{last}".rstrip("–"))
    missing = figures.get("missing_receipts")
    if missing:
        parts.append(f"缺号：{_list_text(missing) if isinstance(missing, list) else missing}")
    return "；".join(parts) or json.dumps(figures, ensure_ascii=False, separators=(",", ":"))


def sheet_headers(sheet: Sheet) -> list[str]:
    """Headers, each once: a payload key whose Chinese name is taken (setup.completed's
    "window" beside the 窗口 column) keeps its raw key beside the name."""
    keys = list(sheet.family.columns) + sheet.extra_keys
    taken = set(COMMON_HEADERS) | set(TAIL_HEADERS)
    headers = []
    for k in keys:
        h = header_of(k)
        if h in taken:
            h = f"{h}（{k}）"
        taken.add(h)
        headers.append(h)
    return [*COMMON_HEADERS, *headers, *TAIL_HEADERS]


def sheet_keys(sheet: Sheet) -> list[str]:
    return list(sheet.family.columns) + sheet.extra_keys


def row_cells(log: DailyLog, row: LogRow, keys: list[str]) -> list[Cell]:
    p = row.payload
    cells: list[Cell] = [
        local_text(row.occurred_at, "%Y-%m-%d %H:%M:%S"),
        log.window_text(row.window),
        log.clerk_text(row.clerk),
        KIND_LABELS.get(row.kind, row.kind),
        row.case_no or None,
    ]
    append = cells.append
    for k in keys:
        # A family's columns are mostly absent from any one event: answer those first.
        if k == "applicant" or k == "agent":
            v = p.get(f"{k}_id")
            append(log.applicant_names.get(v, v) if v else None)
            continue
        v = p.get(k)
        if v is None or v == "":
            append(None)
        elif k in PERSON_KEYS and isinstance(v, str):
            append(log.clerk_text(v) or None)
        else:
            append(cell_value(k, v))
    cells += [row.kind, row.seq, row.hash]
    return cells


def sheet_table(log: DailyLog, sheet: Sheet) -> tuple[list[str], Iterator[list[Cell]]]:
    keys = sheet_keys(sheet)
    return sheet_headers(sheet), (row_cells(log, r, keys) for r in sheet.rows)


def details_text(log: DailyLog, row: LogRow) -> str:
    """The payload as one readable cell: 事项名称：…；申请人：… (the CSV's 详情)."""
    fam = family_of(row.kind)
    keys = list(fam.columns) + [
        k for k in row.payload if k not in fam.columns and k not in HIDDEN_KEYS
    ]
    cells = row_cells(log, row, keys)[len(COMMON_HEADERS) : -len(TAIL_HEADERS)]
    parts = [
        f"{header_of(k)}：{_plain(v)}" for k, v in zip(keys, cells, strict=True) if v is not None
    ]
    return "；".join(parts)


def _plain(value: Cell) -> str:
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    return "" if value is None else str(value)


# -- totals -----------------------------------------------------------------------------------
# The figures a supervisor signs for; each is a count of journal rows (or a sum of their
# amounts), so anyone can recount it from the sheets.
FIGURES: tuple[tuple[str, str], ...] = (
    ("accepted", "受理"),
    ("accepted_after_notice", "补正后受理"),
    ("finished_on_spot", "当场办结"),
    ("notice", "一次性告知"),
    ("rejected", "不予受理"),
    ("exceptions", "告知后例外"),
    ("inquiries", "首问登记"),
    ("referred", "其中转办"),
    ("inquiries_closed", "首问办结"),
    ("payments", "收费笔数"),
    ("payment_fen", "收费金额"),
    ("voids", "作废/退费笔数"),
    ("void_fen", "作废/退费金额"),
    ("net_fen", "收费净额"),
    ("collections", "领取/送达"),
    ("day_closings", "收费日结"),
    ("ratings", "评价"),
    ("bad_ratings", "差评"),
    ("logins", "登录"),
    ("login_failures", "登录失败"),
)
PAYMENT_KINDS = frozenset({"fee.collected", "payment.recorded", "payment.collected"})
VOID_KINDS = frozenset(
    {"fee.voided", "payment.voided", "payment.refunded", "refund.recorded", "void.recorded"}
)


def figures_of(rows: list[LogRow] | Iterator[LogRow]) -> Counter[str]:
    f: Counter[str] = Counter({k: 0 for k, _ in FIGURES})
    for r in rows:
        k, p = r.kind, r.payload
        if k == "case.accepted":
            f["accepted_after_notice" if p.get("after_notice") else "accepted"] += 1
        elif k == "case.finished_on_spot":
            f["finished_on_spot"] += 1
        elif k == "case.notice_issued":
            f["notice"] += 1
        elif k == "case.rejected":
            f["rejected"] += 1
        elif k == "notice.exception":
            f["exceptions"] += 1
        elif k == "inquiry.logged":
            f["inquiries"] += 1
            if p.get("referred_to"):
                f["referred"] += 1
            elif p.get("status") == "closed":
                f["inquiries_closed"] += 1
        elif k == "inquiry.closed":
            f["inquiries_closed"] += 1
        elif k in PAYMENT_KINDS:
            f["payments"] += 1
            f["payment_fen"] += _amount(p)
        elif k in VOID_KINDS:
            f["voids"] += 1
            f["void_fen"] += _amount(p)
        elif k in ("case.collected", "case.mailed"):
            f["collections"] += 1
        elif k == "cashday.closed":
            f["day_closings"] += 1
        elif k == "evaluation.recorded":
            f["ratings"] += 1
            if p.get("level") in (1, 2):
                f["bad_ratings"] += 1
        elif k == "login.succeeded":
            f["logins"] += 1
        elif k in ("login.failed", "login.refused_locked"):
            f["login_failures"] += 1
    f["net_fen"] = f["payment_fen"] - f["void_fen"]
    return f


def _amount(p: dict[str, Any]) -> int:
    for key in ("total_fen", "amount_fen"):
        v = p.get(key)
        if isinstance(v, int) and not isinstance(v, bool):
            return v
    return 0


def figure_text(key: str, value: int) -> str:
    return f"{Decimal(value) / 100:,.2f}" if key.endswith("_fen") else str(value)


@dataclass(frozen=True)
class Totals:
    hall: Counter[str]
    by_window: dict[str, Counter[str]]
    by_clerk: dict[tuple[str, str], Counter[str]]  # (window, clerk)
    by_family: dict[str, int]
    by_kind: dict[str, int]


def totals(log: DailyLog) -> Totals:
    per_window: dict[str, list[LogRow]] = defaultdict(list)
    per_clerk: dict[tuple[str, str], list[LogRow]] = defaultdict(list)
    kinds: Counter[str] = Counter()
    for r in log.rows():
        per_window[r.window].append(r)
        if r.clerk:
            per_clerk[(r.window, r.clerk)].append(r)
        kinds[r.kind] += 1
    return Totals(
        hall=figures_of(log.rows()),
        by_window={w: figures_of(rows) for w, rows in sorted(per_window.items())},
        by_clerk={k: figures_of(rows) for k, rows in sorted(per_clerk.items())},
        by_family={s.family.key: len(s.rows) for s in log.sheets},
        by_kind=dict(sorted(kinds.items())),
    )
