"""The material checklist of an intake, and the one way to add to it after a notice.

One row per published material: what must be handed in (originals / copies), whether a
conditional one applies here, what was received. The live line under it says what is
still missing, which is exactly what a one-time notice (一次性告知书) would list.

After the notice the list is frozen (DOMAIN rule 2): the rows come from the case, their
"applies" can no longer change, and a new requirement goes through
RequirementExceptionDialog — a reason and a supervisor's password, or nothing at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts import Operator
from desktop.catalog_view import ItemDetail
from desktop.errors import DomainError
from desktop.intake import (
    MAX_COUNT,
    CaseSummary,
    IntakeInvalid,
    MaterialState,
    MaterialTick,
    add_requirement_exception,
    applies_with_agent,
)
from desktop.store import Store
from ui.applicant_form import ENTER_KEYS, EnterMovesOn
from ui.forms import ERROR_STYLE, FieldForm

MISSING_STYLE = "color: #b3261e; font-weight: bold;"
COMPLETE_STYLE = "color: #1b6e3a; font-weight: bold;"
# The number cell says at a glance how a row stands.
CELL_MISSING = "background: #fde2e1; border-radius: 3px; padding: 2px;"
CELL_COMPLETE = "background: #d9f2e1; border-radius: 3px; padding: 2px;"
CELL_NOT_APPLICABLE = "background: #eeeeee; color: #888; border-radius: 3px; padding: 2px;"


@dataclass(frozen=True)
class MaterialSpec:
    """One row of the checklist, from the catalog (new intake) or the case (return visit)."""

    position: int
    name: str
    originals: int
    copies: int
    required: bool
    condition: str
    added_by_exception: bool = False
    frozen_applies: bool | None = None  # decided by the notice; None while still open

    @property
    def conditional(self) -> bool:
        return not self.required


def specs_from_item(detail: ItemDetail) -> list[MaterialSpec]:
    # ItemDetail lists the materials in catalog order without their positions; the
    # catalog numbers them 1, 2, … in that order (desktop.catalog_store), and the intake
    # service matches the ticks by that number.
    return [
        MaterialSpec(n, m.name, m.originals, m.copies, m.required, m.condition)
        for n, m in enumerate(detail.materials, 1)
    ]


def specs_from_case(materials: tuple[MaterialState, ...]) -> list[MaterialSpec]:
    return [
        MaterialSpec(
            m.position,
            m.name,
            m.originals,
            m.copies,
            m.required,
            m.condition,
            m.added_by_exception,
            m.applies,
        )
        for m in materials
    ]


class _Row:
    """The widgets of one material (no QObject: its strings are the table's)."""

    def __init__(self, spec: MaterialSpec, number: int) -> None:
        self.spec = spec
        self.number = QLabel(str(number))
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number.setMinimumWidth(24)
        name = escape(spec.name)
        if spec.conditional and spec.condition:
            name += (
                "<br><span style='color:#8a5a00'>"
                + escape(
                    QCoreApplication.translate("MaterialsTable", "Condition: %1").replace(
                        "%1", spec.condition
                    )
                )
                + "</span>"
            )
        if spec.added_by_exception:
            name += (
                "<br><span style='color:#b3261e'>"
                + escape(
                    QCoreApplication.translate(
                        "MaterialsTable", "Added after the notice (exception)"
                    )
                )
                + "</span>"
            )
        self.name = QLabel(name)
        self.name.setWordWrap(True)
        self.name.setTextFormat(Qt.TextFormat.RichText)
        self.need = QLabel(f"{spec.originals} / {spec.copies}")
        self.need.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.need.setToolTip(
            QCoreApplication.translate("MaterialsTable", "Originals / copies to hand in")
        )
        self.applies: QCheckBox | None = None
        if spec.conditional:
            self.applies = QCheckBox()
            self.applies.setToolTip(
                QCoreApplication.translate(
                    "MaterialsTable", "Does the condition apply to this applicant?"
                )
            )
            self.applies.setObjectName(f"applies_{spec.position}")
            self.applies.setChecked(bool(spec.frozen_applies))
            # After the notice whether a material applies is part of the frozen list.
            self.applies.setEnabled(spec.frozen_applies is None)
        self.done = QCheckBox()
        self.done.setObjectName(f"done_{spec.position}")
        self.done.setToolTip(
            QCoreApplication.translate(
                "MaterialsTable", "All received: sets the received counts to what is required"
            )
        )
        self.originals = _count_box(f"originals_{spec.position}")
        self.copies = _count_box(f"copies_{spec.position}")
        for box in (self.applies, self.done):
            if box is not None:
                box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def widgets(self) -> list[QWidget]:
        """The focusable widgets, left to right."""
        front: list[QWidget] = (
            [self.applies] if self.applies is not None and self.applies.isEnabled() else []
        )
        return [*front, self.done, self.originals, self.copies]

    def applies_now(self) -> bool:
        if self.spec.frozen_applies is not None:
            return self.spec.frozen_applies
        return self.spec.required or (self.applies is not None and self.applies.isChecked())

    def complete(self) -> bool:
        return (
            self.originals.value() >= self.spec.originals
            and self.copies.value() >= self.spec.copies
        )

    def missing(self) -> bool:
        return self.applies_now() and not self.complete()

    def tick(self) -> MaterialTick:
        return MaterialTick(
            self.spec.position, self.originals.value(), self.copies.value(), self.applies_now()
        )


def _count_box(name: str) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(0, MAX_COUNT)
    box.setAlignment(Qt.AlignmentFlag.AlignCenter)
    # Narrow columns: the arrow keys and typing change the count, the arrows are not needed.
    box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
    box.setFixedWidth(44)
    return box


class MaterialsTable(QWidget):
    changed = Signal()
    finished = Signal()  # Enter in the last row: on to the outcome buttons
    exception_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[_Row] = []
        self.frozen = False
        self._quiet = False  # programmatic changes: no "changed" storm
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(2, 2, 2, 2)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(3)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("materials")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.grid_host)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # A grid in a scroll area sizes wrapped labels for a guessed width and clips
        # long material names; after each resize the rows are given the height their
        # names need at the width they really got.
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_rows)
        self.scroll_area.viewport().installEventFilter(self)
        self.summary = QLabel()
        self.summary.setObjectName("materialsSummary")
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error_materials")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.exception_button = QPushButton(self.tr("New material requirement (exception)…"))
        self.exception_button.setObjectName("exceptionButton")
        self.exception_button.clicked.connect(self.exception_requested.emit)
        self.exception_button.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.exception_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._build_header()
        self._update_summary()

    # -- building ------------------------------------------------------------------------
    def _build_header(self) -> None:
        heads = [
            self.tr("No."),
            self.tr("Material"),
            self.tr("Required\norig. / copies"),
            self.tr("Applies"),
            self.tr("All\nreceived"),
            self.tr("Originals\nreceived"),
            self.tr("Copies\nreceived"),
        ]
        for col, text in enumerate(heads):
            label = QLabel(text)
            label.setStyleSheet("font-weight: bold; color: #1d4f91;")
            label.setAlignment(
                Qt.AlignmentFlag.AlignCenter
                if col != 1
                else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            )
            self.grid.addWidget(label, 0, col)
        self.grid.setColumnStretch(1, 1)

    def set_materials(self, specs: list[MaterialSpec], *, frozen: bool = False) -> None:
        self._quiet = True
        self._remove_rows()
        self.frozen = frozen
        for n, spec in enumerate(specs, 1):
            row = _Row(spec, n)
            self.rows.append(row)
            line = 2 * n - 1
            rule = QFrame()
            rule.setFrameShape(QFrame.Shape.HLine)
            rule.setStyleSheet("color: #dde3ea;")
            self.grid.addWidget(rule, line, 0, 1, 7)
            rule.show()
            cells: list[QWidget | None] = [
                row.number,
                row.name,
                row.need,
                row.applies,
                row.done,
                row.originals,
                row.copies,
            ]
            for col, w in enumerate(cells):
                if w is None:
                    continue
                align = Qt.AlignmentFlag.AlignVCenter | (
                    Qt.AlignmentFlag.AlignLeft if col == 1 else Qt.AlignmentFlag.AlignHCenter
                )
                self.grid.addWidget(w, line + 1, col, align)
                w.show()  # now, not at the layout's next pass: focus may move here at once
            self._wire(row)
            self._refresh_row(row)
        self.grid.setRowStretch(2 * len(specs) + 1, 1)
        self.exception_button.setVisible(frozen)
        self._fit_timer.start()
        self._quiet = False
        self.clear_errors()
        self._update_summary()

    def _remove_rows(self) -> None:
        # Everything below the header row goes; the grid is rebuilt for the new item.
        for i in reversed(range(self.grid.count())):
            item = self.grid.itemAt(i)
            row = int(self.grid.getItemPosition(i)[0])  # type: ignore[index]
            w = item.widget() if item is not None else None
            if row > 0 and w is not None:
                self.grid.removeWidget(w)
                w.hide()  # gone at once, even before the event loop deletes it
                w.deleteLater()
        for r in range(self.grid.rowCount()):
            self.grid.setRowStretch(r, 0)
        self.rows = []

    def _wire(self, row: _Row) -> None:
        row.done.toggled.connect(lambda on, r=row: self._done_toggled(r, on))
        row.originals.valueChanged.connect(lambda _v, r=row: self._count_changed(r))
        row.copies.valueChanged.connect(lambda _v, r=row: self._count_changed(r))
        if row.applies is not None:
            row.applies.toggled.connect(lambda _on, r=row: self._count_changed(r))
        for w in (row.applies, row.done, row.originals, row.copies):
            if w is not None:
                w.installEventFilter(self)

    def clear(self) -> None:
        self.set_materials([])
        self.summary.clear()

    # -- state ---------------------------------------------------------------------------
    def ticks(self) -> tuple[MaterialTick, ...]:
        return tuple(r.tick() for r in self.rows)

    def missing(self) -> list[MaterialSpec]:
        return [r.spec for r in self.rows if r.missing()]

    def has_ticks(self) -> bool:
        return any(
            r.originals.value()
            or r.copies.value()
            or (r.applies is not None and r.applies.isEnabled() and r.applies.isChecked())
            for r in self.rows
        )

    def state(self) -> list[dict[str, Any]]:
        return [
            {
                "position": t.position,
                "received_originals": t.received_originals,
                "received_copies": t.received_copies,
                "applies": t.applies,
            }
            for t in self.ticks()
        ]

    def agent_changed(self, has_agent: bool) -> None:
        """An agent brings a power of attorney: tick 适用 on rows whose condition says so."""
        for row in self.rows:
            if (
                row.applies is not None
                and row.applies.isEnabled()
                and applies_with_agent(row.spec.condition)
            ):
                row.applies.setChecked(has_agent)

    def restore(self, state: list[dict[str, Any]]) -> None:
        """Set the counts (and, while the list is open, "applies") by material position."""
        by_pos = {int(d.get("position", 0)): d for d in state if isinstance(d, dict)}
        self._quiet = True
        for row in self.rows:
            d = by_pos.get(row.spec.position)
            if d is None:
                continue
            if row.applies is not None and row.applies.isEnabled():
                row.applies.setChecked(bool(d.get("applies", False)))
            row.originals.setValue(_count(d.get("received_originals")))
            row.copies.setValue(_count(d.get("received_copies")))
            self._refresh_row(row)
        self._quiet = False
        self._update_summary()

    # -- errors ------------------------------------------------------------------------
    def show_error(self, field: str, message: str) -> QWidget | None:
        if field != "materials" and not field.startswith("material_"):
            return None
        target: QWidget | None = None
        if field.startswith("material_"):
            for n, row in enumerate(self.rows, 1):
                if field == f"material_{row.spec.position}":
                    message = self.tr("Row %1: ").replace("%1", str(n)) + message
                    target = row.originals
        shown = (
            [t for t in (self.error.text(), message) if t] if self.error.isVisible() else [message]
        )
        self.error.setText("\n".join(shown))
        self.error.show()
        return target or (self.rows[0].widgets()[0] if self.rows else None)

    def clear_errors(self) -> None:
        self.error.clear()
        self.error.hide()

    # -- behaviour ---------------------------------------------------------------------
    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for row in self.rows:
            chain += [
                w for w in (row.applies, row.done, row.originals, row.copies) if w is not None
            ]
        if self.frozen:
            chain.append(self.exception_button)
        return chain

    def focus_first(self) -> None:
        for row in self.rows:
            for w in row.widgets():
                if w.isEnabled():
                    self._focus(w)
                    return
        self.finished.emit()

    def _focus(self, w: QWidget) -> None:
        w.setFocus(Qt.FocusReason.TabFocusReason)
        self.scroll_area.ensureWidgetVisible(w)

    def _done_toggled(self, row: _Row, on: bool) -> None:
        if self._quiet:
            return
        self._quiet = True
        if on:
            row.originals.setValue(max(row.originals.value(), row.spec.originals))
            row.copies.setValue(max(row.copies.value(), row.spec.copies))
        else:
            row.originals.setValue(0)
            row.copies.setValue(0)
        self._quiet = False
        self._refresh_row(row)
        self._update_summary()
        self.changed.emit()

    def _count_changed(self, row: _Row) -> None:
        self._refresh_row(row)
        if self._quiet:
            return
        self._update_summary()
        self.changed.emit()

    def _refresh_row(self, row: _Row) -> None:
        applies = row.applies_now()
        for w in (row.done, row.originals, row.copies):
            w.setEnabled(applies)
        row.done.blockSignals(True)
        row.done.setChecked(applies and row.complete())
        row.done.blockSignals(False)
        row.name.setEnabled(applies)
        if not applies:
            row.number.setStyleSheet(CELL_NOT_APPLICABLE)
            row.number.setToolTip(self.tr("Does not apply"))
        elif row.complete():
            row.number.setStyleSheet(CELL_COMPLETE)
            row.number.setToolTip(self.tr("Received"))
        else:
            row.number.setStyleSheet(CELL_MISSING)
            row.number.setToolTip(self.tr("Missing"))

    def _update_summary(self) -> None:
        if not self.rows:
            self.summary.clear()
            return
        missing = self.missing()
        if missing:
            names = "、".join(m.name for m in missing)
            self.summary.setText(
                self.tr("Still missing %1: %2")
                .replace("%1", str(len(missing)))
                .replace("%2", names)
            )
            self.summary.setStyleSheet(MISSING_STYLE)
        else:
            self.summary.setText(self.tr("Materials complete"))
            self.summary.setStyleSheet(COMPLETE_STYLE)

    def _fit_rows(self) -> None:
        for row in self.rows:
            width = row.name.width()
            if width > 0:
                needed = row.name.heightForWidth(width)
                if needed > 0 and needed != row.name.minimumHeight():
                    row.name.setMinimumHeight(needed)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest)
            and obj is self.scroll_area.viewport()
        ):
            self._fit_timer.start()
            return False
        # Like a spreadsheet: Enter goes down a column (and on after the last row); Up and
        # Down do the same on the check boxes, where they would otherwise do nothing.
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(obj, event)
        key = event.key()
        down = key in ENTER_KEYS or (key == Qt.Key.Key_Down and isinstance(obj, QCheckBox))
        up = key == Qt.Key.Key_Up and isinstance(obj, QCheckBox)
        if not (down or up) or (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            return super().eventFilter(obj, event)
        for at, row in enumerate(self.rows):
            cells = [row.applies, row.done, row.originals, row.copies]
            if obj in cells:
                col = cells.index(obj)  # type: ignore[arg-type]
                self._move(at, col, 1 if down else -1)
                return True
        return super().eventFilter(obj, event)

    def _move(self, at: int, col: int, step: int) -> None:
        nxt = at + step
        while 0 <= nxt < len(self.rows):
            row = self.rows[nxt]
            cells: list[QWidget | None] = [row.applies, row.done, row.originals, row.copies]
            target = cells[col]
            if target is None or not target.isEnabled():
                # No such cell here (a required row has no "applies"): take the row's first.
                enabled = [w for w in row.widgets() if w.isEnabled()]
                target = enabled[0] if enabled else None
            if target is not None:
                self._focus(target)
                return
            nxt += step
        if step > 0:
            self.finished.emit()


def _count(value: object) -> int:
    try:
        return max(0, min(MAX_COUNT, int(value)))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 0


class RequirementExceptionDialog(QDialog):
    """Asking for one more material after the one-time notice: reason + supervisor."""

    def __init__(
        self, store: Store, case_no: str, operator: Operator, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.case_no = case_no
        self.operator = operator
        self.summary: CaseSummary | None = None
        self.setWindowTitle(self.tr("New material requirement after the notice"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "The one-time notice of case %1 has fixed the list of materials. Asking for something "
                "new is an exception: state why, and a supervisor confirms it here with their own "
                "account. Supervisors see every exception."
            ).replace("%1", case_no)
        )
        intro.setWordWrap(True)
        self.form = FieldForm()
        self.name = QLineEdit()
        self.name.setObjectName("exception_name")
        self.originals = QSpinBox()
        self.copies = QSpinBox()
        for box, value in ((self.originals, 1), (self.copies, 0)):
            box.setRange(0, MAX_COUNT)
            box.setValue(value)
        counts = QWidget()
        row = QHBoxLayout(counts)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Originals")))
        row.addWidget(self.originals)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("Copies")))
        row.addWidget(self.copies)
        row.addStretch(1)
        counts.setFocusProxy(self.originals)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("exception_reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        self.reason.setPlaceholderText(self.tr("Why is it needed now? (at least 10 characters)"))
        self.supervisor = QLineEdit()
        self.supervisor.setObjectName("supervisor")
        self.password = QLineEdit()
        self.password.setObjectName("supervisor_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.add_field("exception_name", self.tr("Material"), self.name)
        self.form.add_field("exception_count", self.tr("Number"), counts)
        self.form.add_field("exception_reason", self.tr("Reason"), self.reason)
        self.form.add_field("supervisor", self.tr("Supervisor's user name"), self.supervisor)
        self.form.add_field("supervisor_password", self.tr("Supervisor's password"), self.password)
        self.form.add_general_error()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record the exception"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        # Enter goes field to field; in the password field it submits.
        self.enter = EnterMovesOn(
            lambda: [self.name, self.originals, self.copies, self.supervisor, self.password],
            self.submit,
            self,
        )
        self.enter.watch(self.name, self.originals, self.copies, self.supervisor, self.password)
        self.name.setFocus()

    def submit(self) -> None:
        self.form.clear_errors()
        try:
            self.summary = add_requirement_exception(
                self.store,
                self.case_no,
                self.operator,
                name=self.name.text(),
                originals=self.originals.value(),
                copies=self.copies.value(),
                reason=self.reason.toPlainText(),
                supervisor=self.supervisor.text(),
                supervisor_password=self.password.text(),
            )
        except IntakeInvalid as err:
            self._show([(p.field, p.message) for p in err.problems])
            return
        except DomainError as err:
            self._show([(err.field, err.message)])
            if err.field == "supervisor":
                self.password.clear()  # a wrong password is typed again, not edited
                (self.password if self.supervisor.text().strip() else self.supervisor).setFocus()
            return
        self.accept()

    def _show(self, problems: list[tuple[str | None, str]]) -> None:
        first: QWidget | None = None
        for field, message in problems:
            label = self.form.errors.get(field or "", self.form.general)
            label.setText(message)
            label.show()
            if first is None:
                first = self.form.fields.get(field or "")
        (first or self.name).setFocus()
