"""A form whose fields show their own error message right under them."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

ERROR_STYLE = "color: #b3261e;"


class FieldForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.general = QLabel()
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.setWordWrap(True)
        self.general.hide()

    def add_field(self, key: str, label: str, widget: QWidget) -> QWidget:
        self.layout_.addRow(label, widget)
        err = QLabel()
        err.setObjectName(f"error_{key}")
        err.setStyleSheet(ERROR_STYLE)
        err.setWordWrap(True)
        err.hide()
        self.layout_.addRow("", err)
        self.fields[key] = widget
        self.errors[key] = err
        return widget

    def add_general_error(self) -> None:
        self.layout_.addRow(self.general)

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.general.clear()
        self.general.hide()

    def show_error(self, field: str | None, message: str) -> None:
        """Put the message beside its field, or at the bottom when it concerns no one field."""
        label = self.errors.get(field or "")
        if label is None:
            label = self.general
        label.setText(message)
        label.show()
        widget = self.fields.get(field or "")
        if widget is not None:
            widget.setFocus()
