"""The preview dialog, offscreen: pages shown, zoom, save-as, printing and its failures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.accounts import Operator
from desktop.case_documents import PrintedDocument, produce_document
from desktop.store import Store
from tests.test_case_documents import incomplete
from ui import i18n as qt_i18n
from ui import pdf_preview
from ui.app import make_app
from ui.pdf_preview import PdfPreviewDialog, PrintFailed

CODE128 = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.Code128)


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    make_app("zh_CN")
    yield qapp
    qt_i18n.install("zh_CN")


@pytest.fixture
def notice(ready_store: Store, admin: Operator) -> PrintedDocument:
    """A two-page one-time notice: three materials missing for 个体工商户设立登记."""
    case = incomplete(ready_store, admin, "个体工商户设立登记", keep=0)
    return produce_document(ready_store, case.case_no, admin)


class _Printer:
    """Stands in for QPrinterInfo: only the name is asked."""

    def __init__(self, name: str) -> None:
        self._name = name

    def printerName(self) -> str:  # noqa: N802 (Qt's name)
        return self._name


@pytest.fixture
def dialog(
    app: QApplication,
    qtbot: QtBot,
    notice: PrintedDocument,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> PdfPreviewDialog:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(PdfPreviewDialog, "_settings", lambda self: settings)
    dlg = PdfPreviewDialog(notice)
    qtbot.addWidget(dlg)
    dlg.resize(800, 900)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def test_every_page_is_shown_at_the_width_of_the_view(
    dialog: PdfPreviewDialog, notice: PrintedDocument
) -> None:
    assert dialog.page_count == 2
    pixmaps = dialog.page_pixmaps()
    assert len(pixmaps) == 2 and all(not p.isNull() for p in pixmaps)
    assert "2" in dialog.page_count_label.text() and "页" in dialog.page_count_label.text()
    room = dialog.page_scroll.viewport().width()
    assert room * 0.85 < pixmaps[0].deviceIndependentSize().width() <= room
    assert not dialog.page_scroll.horizontalScrollBar().isVisible()
    assert notice.title in dialog.windowTitle() and notice.case_no in dialog.windowTitle()
    assert str(notice.path) in dialog.archive_label.text()
    # Rendering on the GUI thread is only acceptable while it is quick.
    assert max(dialog.render_ms) < 200


def test_zoom_in_out_and_back_to_fit(dialog: PdfPreviewDialog) -> None:
    fit = dialog.page_pixmaps()[0].width()
    dialog.zoom_in_button.click()
    assert dialog.page_pixmaps()[0].width() > fit * 1.2
    dialog.zoom_out_button.click()
    dialog.zoom_out_button.click()
    assert dialog.page_pixmaps()[0].width() < fit
    dialog.fit_button.click()
    assert abs(dialog.page_pixmaps()[0].width() - fit) <= 1
    assert dialog.zoom_label.text().endswith("%")


def test_save_as_writes_the_same_bytes(
    dialog: PdfPreviewDialog,
    notice: PrintedDocument,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "copy.pdf"
    asked: list[str] = []

    def ask(suggested: str) -> str:
        asked.append(suggested)
        return str(target)

    monkeypatch.setattr(dialog, "_ask_save_path", ask)
    dialog.save_button.click()
    assert asked == [f"{notice.case_no}-notice.pdf"]
    assert target.read_bytes() == notice.pdf


def test_cancelled_save_writes_nothing(
    dialog: PdfPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialog, "_ask_save_path", lambda suggested: "")
    dialog.save_button.click()
    assert list(tmp_path.glob("*.pdf")) == []


def _capture_messages(
    dialog: PdfPreviewDialog, monkeypatch: pytest.MonkeyPatch
) -> list[tuple[QMessageBox.Icon, str, str]]:
    shown: list[tuple[QMessageBox.Icon, str, str]] = []
    monkeypatch.setattr(
        dialog, "_show_message", lambda icon, title, text: shown.append((icon, title, text))
    )
    return shown


def test_no_printer_says_the_pdf_is_kept_in_the_archive(
    dialog: PdfPreviewDialog, notice: PrintedDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _capture_messages(dialog, monkeypatch)
    monkeypatch.setattr(dialog, "_available_printers", lambda: [])
    monkeypatch.setattr(
        dialog, "_ask_printer", lambda printer: pytest.fail("no dialog without a printer")
    )
    dialog.print_button.click()
    ((_, title, text),) = shown
    assert title == "未打印"
    assert "没有可用的打印机" in text
    assert str(notice.path) in text and "稍后" in text and "不会丢失" in text


def test_a_failed_print_says_the_pdf_is_kept(
    dialog: PdfPreviewDialog, notice: PrintedDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _capture_messages(dialog, monkeypatch)
    monkeypatch.setattr(dialog, "_available_printers", lambda: [_Printer("HP-A4")])
    monkeypatch.setattr(dialog, "_ask_printer", lambda printer: True)

    def jam(printer: QPrinter) -> None:
        raise PrintFailed("paper jam")

    monkeypatch.setattr(dialog, "_send_to_printer", jam)
    dialog.print_button.click()
    ((_, _, text),) = shown
    assert "paper jam" in text and str(notice.path) in text


def test_printing_rasterises_every_page_and_the_barcode_survives(
    dialog: PdfPreviewDialog,
    notice: PrintedDocument,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Print to a PDF file as the printer: the paper gets both pages, barcodes readable."""
    out = tmp_path / "printed.pdf"
    shown = _capture_messages(dialog, monkeypatch)
    monkeypatch.setattr(dialog, "_available_printers", lambda: [_Printer("file")])

    def choose(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(300)  # a real laser printer says 600; keep the test quick
        return True

    monkeypatch.setattr(dialog, "_ask_printer", choose)
    printed: list[str] = []
    dialog.printed.connect(printed.append)
    dialog.print_button.click()
    assert shown == [] and len(printed) == 1
    pdf = pdfium.PdfDocument(out.read_bytes())
    try:
        assert len(pdf) == 2
        width, height = pdf[0].get_size()
        assert abs(width - 595.3) < 2 and abs(height - 841.9) < 2  # A4, full size
        for page in pdf:
            image = page.render(scale=200 / 72, grayscale=True).to_pil()
            found = [b.text for b in zxingcpp.read_barcodes(image, formats=CODE128)]
            assert found == [notice.case_no]
    finally:
        pdf.close()


def test_the_chosen_printer_is_remembered_per_document_kind(
    dialog: PdfPreviewDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        dialog, "_available_printers", lambda: [_Printer("HP-A4"), _Printer("POS-80")]
    )
    assert dialog._preferred_printer() == ""
    dialog._remember_printer("HP-A4")
    assert dialog._settings().value("printers/notice") == "HP-A4"
    assert dialog._preferred_printer() == "HP-A4"
    # A remembered printer that has since gone is not forced on the dialog.
    monkeypatch.setattr(dialog, "_available_printers", lambda: [_Printer("POS-80")])
    assert dialog._preferred_printer() == ""


def test_print_dialog_choice_is_saved(
    dialog: PdfPreviewDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialog, "_available_printers", lambda: [_Printer("HP-A4")])
    monkeypatch.setattr(dialog, "_ask_printer", lambda printer: True)
    monkeypatch.setattr(dialog, "_send_to_printer", lambda printer: None)
    monkeypatch.setattr(QPrinter, "printerName", lambda self: "HP-A4")
    dialog.print_button.click()
    assert dialog._settings().value("printers/notice") == "HP-A4"


def test_the_pdf_document_is_closed_with_the_dialog(dialog: PdfPreviewDialog) -> None:
    dialog.close_button.click()
    assert dialog._pdf is None
    assert all(p.isNull() for p in dialog.page_pixmaps())


def test_band_rendering_has_no_gaps(notice: PrintedDocument, app: QApplication) -> None:
    """The bands of a page tile it exactly, whatever the resolution."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setResolution(600)
    pdf = pdfium.PdfDocument(notice.pdf)
    try:
        page = pdf[0]
        bands = list(pdf_preview.page_bands(page, printer))
        assert len(bands) > 4
        for (_, upper), (_, lower) in zip(bands, bands[1:], strict=False):
            assert lower.top() <= upper.bottom()  # overlap, never a gap
        assert bands[0][1].top() == 0
        assert abs(bands[-1][1].bottom() - page.get_size()[1] * 600 / 72) <= 2
        assert all(image.width() == bands[0][0].width() for image, _ in bands)
    finally:
        pdf.close()
