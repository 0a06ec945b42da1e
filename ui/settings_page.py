"""设置: accounts, the service catalog, the center's holidays and the idle lock.

Only administrators reach this screen, and the services check that again. The widgets
stay thin: every change goes through a desktop/ service, and a DomainError is shown
beside its field or in a warning, never let through to Qt.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from desktop.accounts import (
    AccountInfo,
    Operator,
    create_account,
    list_accounts,
    reset_password,
    set_disabled,
)
from desktop.catalog_io import CatalogError
from desktop.catalog_service import CatalogInvalid, export_catalog, import_catalog
from desktop.clock import local_text
from desktop.errors import DomainError
from desktop.holidays import (
    FIRST_YEAR,
    LAST_YEAR,
    import_holiday_table,
    list_overrides,
    read_table_file,
    remove_override,
    set_override,
    year_status,
)
from desktop.i18n import current_language, pick
from desktop.settings_service import MAX_IDLE_MINUTES, get_idle_minutes, set_idle_minutes
from desktop.store import Store, WindowIdentity
from desktop.workdays import DayOverride
from models.accounts import Role
from models.catalog import Department, ServiceItem
from models.journal import Event
from ui.central_tab import CentralTab
from ui.forms import ERROR_STYLE, FieldForm

OK_STYLE = "color: #1b5e20;"


def _read_only_table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setMinimumSectionSize(64)  # short headers (表, 行) still leave room to read a cell
    for col in range(len(columns) - 1):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
    return table


def _fill_row(table: QTableWidget, row: int, cells: list[str]) -> None:
    for col, text in enumerate(cells):
        table.setItem(row, col, QTableWidgetItem(text))


def _local_time(moment: datetime) -> str:
    # Stored as UTC; the clerk reads the hall's clock, whatever the PC's time zone.
    return local_text(moment, "%Y-%m-%d %H:%M")


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _show_form_error(dialog: QDialog, form: FieldForm, field: str | None, message: str) -> None:
    form.show_error(field, message)
    # A wrapped message needs more height than the dialog had; Qt does not grow a
    # top-level window for height-for-width labels by itself.
    dialog.adjustSize()


def _ok_cancel(dialog: QDialog, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.rejected.connect(dialog.reject)
    return buttons


# ---------------------------------------------------------------------------
# 账户
# ---------------------------------------------------------------------------


class AccountDialog(QDialog):
    """A new account: user name, name, role and the first password (typed twice)."""

    def __init__(
        self,
        store: Store,
        ident: WindowIdentity,
        operator: Operator,
        role_names: dict[Role, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.ident, self.operator = store, ident, operator
        self.created: str | None = None
        self.setWindowTitle(self.tr("New account"))
        self.setMinimumWidth(520)
        self.form = FieldForm()
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("lower-case letters and digits, e.g. lisi"))
        self.display_name = QLineEdit()
        self.role = QComboBox()
        for role, label in role_names.items():
            self.role.addItem(label, role.value)
        self.password = _password_field()
        self.password2 = _password_field()
        self.form.add_field("username", self.tr("User name"), self.username)
        self.form.add_field("display_name", self.tr("Name"), self.display_name)
        self.form.add_field("role", self.tr("Role"), self.role)
        self.form.add_field("password", self.tr("Password"), self.password)
        self.form.add_field("password2", self.tr("Password again"), self.password2)
        self.form.add_general_error()
        buttons = _ok_cancel(self, self.tr("Create"), self.tr("Cancel"))
        buttons.accepted.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.username.setFocus()

    def submit(self) -> None:
        self.form.clear_errors()
        if self.password.text() != self.password2.text():
            _show_form_error(self, self.form, "password2", self.tr("The two passwords differ."))
            return
        try:
            with self.store.write() as s:
                info = create_account(
                    s,
                    self.ident,
                    username=self.username.text(),
                    display_name=self.display_name.text(),
                    role=Role(self.role.currentData()),
                    password=self.password.text(),
                    by=self.operator.username,
                )
        except DomainError as err:
            _show_form_error(self, self.form, err.field, err.message)
            return
        self.created = info.username
        self.accept()


class PasswordDialog(QDialog):
    """The administrator gives a person a new password; the lock is lifted with it."""

    def __init__(
        self,
        store: Store,
        ident: WindowIdentity,
        operator: Operator,
        account: AccountInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.ident, self.operator, self.account = store, ident, operator, account
        self.setWindowTitle(self.tr("Reset password"))
        self.setMinimumWidth(520)
        who = QLabel(
            self.tr("New password for %1 (%2). A lock after wrong passwords is lifted too.")
            .replace("%1", account.display_name)
            .replace("%2", account.username)
        )
        who.setWordWrap(True)
        self.form = FieldForm()
        self.password = _password_field()
        self.password2 = _password_field()
        self.form.add_field("password", self.tr("New password"), self.password)
        self.form.add_field("password2", self.tr("Password again"), self.password2)
        self.form.add_general_error()
        buttons = _ok_cancel(self, self.tr("Reset password"), self.tr("Cancel"))
        buttons.accepted.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.password.setFocus()

    def submit(self) -> None:
        self.form.clear_errors()
        if self.password.text() != self.password2.text():
            _show_form_error(self, self.form, "password2", self.tr("The two passwords differ."))
            return
        try:
            with self.store.write() as s:
                reset_password(
                    s,
                    self.ident,
                    self.account.username,
                    self.password.text(),
                    by=self.operator.username,
                )
        except DomainError as err:
            _show_form_error(self, self.form, err.field, err.message)
            return
        self.accept()


class AccountsTab(QWidget):
    def __init__(self, store: Store, ident: WindowIdentity, operator: Operator) -> None:
        super().__init__()
        self.store, self.ident, self.operator = store, ident, operator
        self.accounts: list[AccountInfo] = []
        self.table = _read_only_table(
            [self.tr("User name"), self.tr("Name"), self.tr("Role"), self.tr("State")]
        )
        self.table.setObjectName("accountsTable")
        self.add_button = QPushButton(self.tr("New account…"))
        self.toggle_button = QPushButton(self.tr("Disable"))
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.add_button.clicked.connect(self.add_account)
        self.toggle_button.clicked.connect(self.toggle_disabled)
        self.reset_button.clicked.connect(self.reset_password)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.toggle_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.refresh()

    def role_names(self) -> dict[Role, str]:
        return {
            Role.CLERK: self.tr("Window clerk"),
            Role.SUPERVISOR: self.tr("Supervisor"),
            Role.ADMIN: self.tr("Administrator"),
        }

    def _state(self, acct: AccountInfo) -> str:
        locked = acct.locked_until is not None and acct.locked_until > datetime.now(UTC)
        lock = (
            self.tr("Locked until %1").replace("%1", _local_time(acct.locked_until))
            if locked and acct.locked_until is not None
            else ""
        )
        if acct.disabled:
            return self.tr("Disabled") + (self.tr(", ") + lock if lock else "")
        return lock or self.tr("Active")

    def refresh(self, select_user: str | None = None) -> None:
        keep = select_user or self._selected_name()
        with self.store.read() as s:
            self.accounts = list_accounts(s)
        names = self.role_names()
        self.table.setRowCount(len(self.accounts))
        for row, acct in enumerate(self.accounts):
            _fill_row(
                self.table,
                row,
                [acct.username, acct.display_name, names[acct.role], self._state(acct)],
            )
            if acct.username == keep:
                self.table.selectRow(row)
        self._update_buttons()

    def _selected_name(self) -> str | None:
        acct = self.selected()
        return acct.username if acct else None

    def selected(self) -> AccountInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.accounts):
            return None
        return self.accounts[rows[0].row()]

    def select(self, username: str) -> None:
        for row, acct in enumerate(self.accounts):
            if acct.username == username:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        acct = self.selected()
        self.toggle_button.setEnabled(acct is not None)
        self.reset_button.setEnabled(acct is not None)
        self.toggle_button.setText(
            self.tr("Enable") if acct is not None and acct.disabled else self.tr("Disable")
        )

    def open_dialog(self, dialog: QDialog) -> bool:
        """Run a modal dialog; one place, so tests can drive or replace it."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def add_account(self) -> None:
        dialog = AccountDialog(self.store, self.ident, self.operator, self.role_names(), self)
        if self.open_dialog(dialog) and dialog.created:
            self.refresh(select_user=dialog.created)

    def toggle_disabled(self) -> None:
        acct = self.selected()
        if acct is None:
            return
        try:
            with self.store.write() as s:
                set_disabled(
                    s, self.ident, acct.username, not acct.disabled, by=self.operator.username
                )
        except DomainError as err:
            # e.g. the administrator trying to disable their own account.
            self.warn(err.message)
        self.refresh(select_user=acct.username)

    def reset_password(self) -> None:
        acct = self.selected()
        if acct is None:
            return
        dialog = PasswordDialog(self.store, self.ident, self.operator, acct, self)
        if self.open_dialog(dialog):
            self.refresh(select_user=acct.username)
            self.inform(self.tr("The password of %1 was reset.").replace("%1", acct.display_name))

    def warn(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Accounts"), message)

    def inform(self, message: str) -> None:
        QMessageBox.information(self, self.tr("Accounts"), message)


# ---------------------------------------------------------------------------
# 事项目录
# ---------------------------------------------------------------------------


class CatalogErrorsDialog(QDialog):
    """Every problem of a refused catalog file, placed by sheet, row and column."""

    def __init__(self, errors: list[CatalogError], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The catalog was not imported"))
        self.resize(900, 520)
        intro = QLabel(
            self.tr(
                "The file has %1 problems. Nothing was imported: the catalog in use is "
                "unchanged. Correct the file and import it again."
            ).replace("%1", str(len(errors)))
        )
        intro.setWordWrap(True)
        self.table = _read_only_table(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        self.table.setObjectName("catalogErrors")
        self.table.setWordWrap(True)
        self.table.setRowCount(len(errors))
        for row, err in enumerate(errors):
            _fill_row(self.table, row, self._cells(err))
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def _cells(self, err: CatalogError) -> list[str]:
        sheet = err.sheet or self.tr("(the file)")
        row = str(err.row) if err.row > 0 else ""
        return [sheet, row, err.column, pick(err.zh, err.en)]


class CatalogTab(QWidget):
    changed = Signal()

    def __init__(self, store: Store, operator: Operator) -> None:
        super().__init__()
        self.store, self.operator = store, operator
        self.counts = QLabel()
        self.counts.setObjectName("catalogCounts")
        self.last_import = QLabel()
        self.last_import.setObjectName("catalogLastImport")
        self.last_import.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Import replaces the catalog in use with the file's, all or nothing: if the "
                "file has any mistake, a list of all of them is shown and nothing changes. "
                "Items missing from the file are taken out of use but kept for old cases. "
                "Export writes the catalog in use to a file that can be edited and imported again."
            )
        )
        hint.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import…"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (self.counts, self.last_import, hint):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        with self.store.read() as s:
            items = s.scalar(
                select(func.count()).select_from(ServiceItem).where(ServiceItem.active)
            )
            departments = s.scalar(select(func.count()).select_from(Department))
            last = s.scalars(
                select(Event)
                .where(Event.kind == "catalog.imported")
                .order_by(Event.occurred_at.desc(), Event.seq.desc())
                .limit(1)
            ).first()
        self.counts.setText(
            self.tr("%1 items in use, %2 departments.")
            .replace("%1", str(items or 0))
            .replace("%2", str(departments or 0))
        )
        self.last_import.setText(self._last_import_text(last))

    def _last_import_text(self, event: Event | None) -> str:
        if event is None:
            return self.tr("The catalog has not been imported yet.")
        when = _local_time(event.occurred_at)
        items = str(event.payload.get("items", ""))
        if event.payload.get("source") == "sample":
            return (
                self.tr("The sample catalog was loaded at first start on %1 (%2 items).")
                .replace("%1", when)
                .replace("%2", items)
            )
        source = str(event.payload.get("source", ""))
        who = event.clerk or "—"
        return (
            self.tr("Last imported on %1 from %2 by %3 (%4 items).")
            .replace("%1", when)
            .replace("%2", source)
            .replace("%3", who)
            .replace("%4", items)
        )

    def _ask_open_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import the catalog"), "", self.tr("Catalog files (*.xlsx *.json)")
        )
        return Path(name) if name else None

    def _ask_save_path(self) -> Path | None:
        xlsx, json_ = self.tr("Excel workbook (*.xlsx)"), self.tr("JSON file (*.json)")
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the catalog"), "catalog.xlsx", f"{xlsx};;{json_}"
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".json"):
            # Some platforms' dialogs return the typed name without the chosen extension.
            path = path.with_name(path.name + (".json" if chosen == json_ else ".xlsx"))
        return path

    def show_errors(self, errors: list[CatalogError]) -> None:
        CatalogErrorsDialog(errors, self).exec()

    def import_file(self) -> None:
        path = self._ask_open_path()
        if path is None:
            return
        try:
            summary = import_catalog(self.store, path, self.operator)
        except CatalogInvalid as invalid:
            self.show_errors(invalid.errors)
            return
        except DomainError as err:
            self.warn(err.message)
            return
        self.refresh()
        self.changed.emit()
        self.inform(
            self.tr("Imported %1 items: %2 new, %3 changed, %4 taken out of use.")
            .replace("%1", str(summary.items))
            .replace("%2", str(summary.added))
            .replace("%3", str(summary.updated))
            .replace("%4", str(summary.deactivated))
        )

    def export_file(self) -> None:
        path = self._ask_save_path()
        if path is None:
            return
        try:
            count = export_catalog(self.store, path)
        except DomainError as err:
            self.warn(err.message)
            return
        self.inform(
            self.tr("Exported %1 items to %2.").replace("%1", str(count)).replace("%2", str(path))
        )

    def warn(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Catalog"), message)

    def inform(self, message: str) -> None:
        QMessageBox.information(self, self.tr("Catalog"), message)


# ---------------------------------------------------------------------------
# 节假日
# ---------------------------------------------------------------------------


class HolidaysTab(QWidget):
    def __init__(self, store: Store, operator: Operator) -> None:
        super().__init__()
        self.store, self.operator = store, operator
        self.overrides: list[DayOverride] = []
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(date.today().year)
        self.status = QLabel()
        self.status.setObjectName("holidayStatus")
        self.status.setWordWrap(True)
        self.table = _read_only_table(
            [self.tr("Date"), self.tr("Weekday"), self.tr("Closed or open"), self.tr("Note")]
        )
        self.table.setObjectName("holidayTable")
        self.remove_button = QPushButton(self.tr("Remove the selected day"))
        self.remove_button.clicked.connect(self.remove_selected)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self._build_add_box())
        layout.addWidget(self._build_import_box())
        self.year.valueChanged.connect(lambda _year: self.refresh())
        self.refresh()

    def _build_add_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Add or change one day"))
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Closed (休): no service"), False)
        self.kind.addItem(self.tr("Open (班): make-up working day"), True)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. 春节, or a local closure"))
        self.add_button = QPushButton(self.tr("Save the day"))
        self.add_button.clicked.connect(self.add_day)
        self.note.returnPressed.connect(self.add_day)
        self.add_error = QLabel()
        self.add_error.setStyleSheet(ERROR_STYLE)
        self.add_error.setWordWrap(True)
        self.add_error.hide()
        row = QHBoxLayout()
        row.addWidget(self.day)
        row.addWidget(self.kind)
        row.addWidget(self.note, 1)
        row.addWidget(self.add_button)
        inner = QVBoxLayout(box)
        inner.addLayout(row)
        inner.addWidget(self.add_error)
        return box

    def _build_import_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Import the year's table"))
        hint = QLabel(
            self.tr(
                "A .csv or .xlsx file with three columns: date (YYYY-MM-DD), 休 or 班, note. "
                "The first row may be a header. Every date must be in the year chosen above; "
                "the table replaces the center's days of that year."
            )
        )
        hint.setWordWrap(True)
        self.complete = QCheckBox(self.tr("This is the complete holiday schedule of the year"))
        self.import_button = QPushButton(self.tr("Import a table…"))
        self.import_button.clicked.connect(self.import_table)
        self.import_error = QLabel()
        self.import_error.setObjectName("holidayImportError")
        self.import_error.setStyleSheet(ERROR_STYLE)
        self.import_error.setWordWrap(True)
        self.import_error.hide()
        row = QHBoxLayout()
        row.addWidget(self.complete)
        row.addStretch(1)
        row.addWidget(self.import_button)
        inner = QVBoxLayout(box)
        inner.addWidget(hint)
        inner.addLayout(row)
        inner.addWidget(self.import_error)
        return box

    # -- showing ------------------------------------------------------------------
    def _status_text(self, status: str) -> tuple[str, str]:
        if status == "library":
            return self.tr("Covered by the national calendar"), OK_STYLE
        if status == "center":
            return self.tr("The center's holiday table"), OK_STYLE
        return self.tr("Not entered yet: due dates are computed from weekends only"), ERROR_STYLE

    def _weekday(self, day: date) -> str:
        language = (
            QLocale.Language.Chinese if current_language() == "zh_CN" else QLocale.Language.English
        )
        return QLocale(language).dayName(day.isoweekday(), QLocale.FormatType.LongFormat)

    def refresh(self) -> None:
        year = self.year.value()
        with self.store.read() as s:
            self.overrides = list_overrides(s, year)
            text, style = self._status_text(year_status(s, year))
        self.status.setText(text)
        self.status.setStyleSheet(style)
        self.table.setRowCount(len(self.overrides))
        for row, entry in enumerate(self.overrides):
            kind = self.tr("Open (班)") if entry.workday else self.tr("Closed (休)")
            _fill_row(
                self.table, row, [entry.day.isoformat(), self._weekday(entry.day), kind, entry.note]
            )
        self._limit_day_to_year(year)
        self._update_buttons()

    def _limit_day_to_year(self, year: int) -> None:
        # New days land in the year on screen, so they show up in the table at once.
        current = self.day.date()
        self.day.setDateRange(QDate(year, 1, 1), QDate(year, 12, 31))
        if current.year() != year:
            self.day.setDate(QDate(year, 1, 1))

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.selected() is not None)

    def selected(self) -> DayOverride | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.overrides):
            return None
        return self.overrides[rows[0].row()]

    # -- changing -----------------------------------------------------------------
    def _show_add_error(self, message: str) -> None:
        self.add_error.setText(message)
        self.add_error.setVisible(bool(message))

    def add_day(self) -> None:
        self._show_add_error("")
        chosen = self.day.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        try:
            set_override(
                self.store, day, bool(self.kind.currentData()), self.note.text(), self.operator
            )
        except DomainError as err:
            self._show_add_error(err.message)
            return
        self.note.clear()
        self.refresh()

    def remove_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        try:
            remove_override(self.store, entry.day, self.operator)
        except DomainError as err:
            self.warn(err.message)
        self.refresh()

    def _ask_table_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a holiday table"), "", self.tr("Tables (*.csv *.xlsx)")
        )
        return Path(name) if name else None

    def _show_import_error(self, message: str) -> None:
        self.import_error.setText(message)
        self.import_error.setVisible(bool(message))

    def import_table(self) -> None:
        self._show_import_error("")
        path = self._ask_table_path()
        if path is None:
            return
        year = self.year.value()
        try:
            rows = read_table_file(path)
            days = import_holiday_table(
                self.store, rows, year, self.operator, self.complete.isChecked()
            )
        except DomainError as err:
            self._show_import_error(err.message)
            return
        self.refresh()
        self.inform(
            self.tr("Imported %1 days for %2.")
            .replace("%1", str(len(days)))
            .replace("%2", str(year))
        )

    def warn(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Holidays"), message)

    def inform(self, message: str) -> None:
        QMessageBox.information(self, self.tr("Holidays"), message)


# ---------------------------------------------------------------------------
# 通用
# ---------------------------------------------------------------------------


class GeneralTab(QWidget):
    idle_minutes_changed = Signal(float)

    def __init__(self, store: Store, operator: Operator) -> None:
        super().__init__()
        self.store, self.operator = store, operator
        self.idle = QSpinBox()
        self.idle.setRange(0, MAX_IDLE_MINUTES)
        self.idle.setSuffix(self.tr(" minutes"))
        # The spin box shows this text instead of "0".
        self.idle.setSpecialValueText(self.tr("Never lock"))
        self.idle.setMinimumWidth(160)
        self.idle_error = QLabel()
        self.idle_error.setObjectName("error_idle_minutes")
        self.idle_error.setStyleSheet(ERROR_STYLE)
        self.idle_error.setWordWrap(True)
        self.idle_error.hide()
        self.saved = QLabel()
        self.saved.setStyleSheet(OK_STYLE)
        hint = QLabel(
            self.tr(
                "When nobody touches the keyboard or mouse for this long, the screen locks "
                "and asks for the clerk's password; what was typed stays. 0 means never lock."
            )
        )
        hint.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        spin_row = QHBoxLayout()
        spin_row.addWidget(self.idle)
        spin_row.addStretch(1)  # a number needs no full-width field
        form = QFormLayout()
        form.addRow(self.tr("Lock the screen after"), spin_row)
        form.addRow("", self.idle_error)
        form.addRow("", hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        minutes = get_idle_minutes(self.store)
        # A stored fraction (possible only by hand) shows as at least one minute.
        self.idle.setValue(0 if minutes == 0 else max(1, min(MAX_IDLE_MINUTES, round(minutes))))

    def save(self) -> None:
        self.idle_error.hide()
        self.saved.clear()
        minutes = self.idle.value()
        try:
            set_idle_minutes(self.store, minutes, self.operator)
        except DomainError as err:
            self.idle_error.setText(err.message)
            self.idle_error.show()
            return
        self.saved.setText(self.tr("Saved."))
        self.idle_minutes_changed.emit(float(minutes))


# ---------------------------------------------------------------------------
# The page
# ---------------------------------------------------------------------------


class SettingsPage(QWidget):
    """The 设置 screen; emits catalog_changed and idle_minutes_changed for the window."""

    catalog_changed = Signal()
    central_changed = Signal()
    idle_minutes_changed = Signal(float)

    def __init__(
        self, store: Store, ident: WindowIdentity, operator: Operator, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.ident, self.operator = store, ident, operator
        heading = QLabel("<h2>" + self.tr("Settings") + "</h2>")
        self.accounts = AccountsTab(store, ident, operator)
        self.catalog = CatalogTab(store, operator)
        self.holidays = HolidaysTab(store, operator)
        self.general = GeneralTab(store, operator)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(self.accounts, self.tr("Accounts"))
        self.tabs.addTab(self.catalog, self.tr("Service catalog"))
        self.tabs.addTab(self.holidays, self.tr("Holidays"))
        self.tabs.addTab(self.general, self.tr("General"))
        self.central = CentralTab(store)
        self.tabs.addTab(self.central, self.tr("Central database"))
        self.central.changed.connect(self.central_changed)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.catalog.changed.connect(self.catalog_changed)
        self.general.idle_minutes_changed.connect(self.idle_minutes_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs)

    def _tab_shown(self, index: int) -> None:
        # Another window's sync may have changed accounts or holidays meanwhile.
        page = self.tabs.widget(index)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()
