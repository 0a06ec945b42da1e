"""Preview, print and save a case's document.

Pages are rasterised with pypdfium2 (QtPdf is not available with the PySide6 we can
use; see pyproject.toml). The preview renders on the GUI thread: one A4 page at screen
width takes about 20 ms, well under a frame budget worth a worker thread. Printing
renders each page again at the printer's resolution, in horizontal bands so a 600 dpi
page never needs more than a few megabytes at once.

The PDF is already in the archive (and journalled) before this dialog opens, so
whatever happens here — no printer, a jam, a cancelled dialog — nothing is lost.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PySide6.QtCore import QRectF, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QKeySequence,
    QPageSize,
    QPainter,
    QPixmap,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.case_documents import PrintedDocument

POINTS_PER_INCH = 72.0
ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.4, 4.0
PAGE_GAP = 12  # pixels between pages in the preview
PAGE_MARGIN = 16  # pixels around the pages
# Above 600 dpi a laser printer shows no difference on these documents, while the
# rendering time grows with the square of the resolution.
PRINT_MAX_DPI = 600
PRINT_BAND_PX = 512  # rows rendered at a time when printing
A4_TOLERANCE = 0.02  # paper within 2% of the page prints at 100%: barcodes keep their size


class PrintFailed(Exception):
    """The printer refused to start, or a page could not be sent."""


# -- rendering --------------------------------------------------------------------------


def render_page(
    page: pdfium.PdfPage,
    scale: float,
    *,
    crop: tuple[float, float, float, float] = (0, 0, 0, 0),
    gray: bool = False,
) -> QImage:
    """One page (or a band of it) as a QImage that owns its pixels.

    ``scale`` is pixels per PDF point. The bitmap's buffer belongs to pdfium, so the
    image is copied before the bitmap goes away.
    """
    if gray:
        bitmap = page.render(
            scale=scale, crop=crop, grayscale=True, force_bitmap_format=pdfium_c.FPDFBitmap_Gray
        )
        fmt = QImage.Format.Format_Grayscale8
    else:
        # RGBX is byte-ordered, so the same on every endianness.
        bitmap = page.render(scale=scale, crop=crop, rev_byteorder=True, prefer_bgrx=True)
        fmt = QImage.Format.Format_RGBX8888
    try:
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt)
        return image.copy()
    finally:
        bitmap.close()


def paint_pdf(
    pdf: pdfium.PdfDocument, printer: QPrinter, on_band: Callable[[int, int], None] | None = None
) -> None:
    """Send every page to ``printer``, rasterised at its resolution (up to 600 dpi).

    ``on_band(page_index, page_count)`` is called between bands so the caller can keep
    the window painting. Raises PrintFailed when the printer cannot take the job.
    """
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed("the printer could not be opened")
    try:
        count = len(pdf)
        for index in range(count):
            if index and not printer.newPage():
                raise PrintFailed(f"page {index + 1} could not be started")
            page = pdf[index]
            try:
                for image, target in page_bands(page, printer):
                    painter.drawImage(target, image)
                    if on_band:
                        on_band(index, count)
            finally:
                page.close()
    except BaseException:
        printer.abort()
        raise
    finally:
        painter.end()


def page_bands(page: pdfium.PdfPage, printer: QPrinter) -> Iterator[tuple[QImage, QRectF]]:
    """The page as horizontal bands, each with its place on the paper in device pixels."""
    device_dpi = printer.resolution()
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    width_pt, height_pt = page.get_size()
    device_per_pt = device_dpi / POINTS_PER_INCH
    fit = min(
        paper.width() / (width_pt * device_per_pt), paper.height() / (height_pt * device_per_pt)
    )
    if abs(fit - 1.0) <= A4_TOLERANCE:
        fit = 1.0
    target_per_pt = device_per_pt * fit
    render_per_pt = min(device_dpi, PRINT_MAX_DPI) / POINTS_PER_INCH * fit
    left = (paper.width() - width_pt * target_per_pt) / 2
    gray = printer.colorMode() == QPrinter.ColorMode.GrayScale
    band_pt = PRINT_BAND_PX / render_per_pt
    top = 0.0
    while top < height_pt:
        bottom = min(height_pt, top + band_pt)
        image = render_page(page, render_per_pt, crop=(0, height_pt - bottom, 0, top), gray=gray)
        # One device pixel of overlap hides any seam from rounding between bands.
        target = QRectF(
            left, top * target_per_pt, width_pt * target_per_pt, (bottom - top) * target_per_pt + 1
        )
        yield image, target
        top = bottom


# -- the dialog ---------------------------------------------------------------------------


class PdfPreviewDialog(QDialog):
    """Shows a printed document's pages; 打印…, 另存为PDF…, 关闭."""

    printed = Signal(str)  # the printer's name, after a job was handed to it

    def __init__(self, doc: PrintedDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._pdf = pdfium.PdfDocument(doc.pdf)
        self._zoom = 1.0  # 1.0 = the page fills the width of the view
        self._labels: list[QLabel] = []
        self.render_ms: list[float] = []  # per page, of the last render; for the bench
        self._resize_timer = QTimer(self, singleShot=True, interval=80)
        self._resize_timer.timeout.connect(self._render_pages)
        self._build()
        self.finished.connect(self._close_pdf)

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        reprint = self.tr(" (reprint)") if self.doc.reprint else ""
        self.setWindowTitle(
            self.tr("%1 %2 — preview")
            .replace("%1", self.doc.title + reprint)
            .replace("%2", self.doc.case_no)
        )
        self.resize(*self._initial_size())
        layout = QVBoxLayout(self)
        layout.addLayout(self._zoom_bar())
        layout.addWidget(self._page_area(), 1)
        self.archive_label = QLabel(
            self.tr("Kept in the archive: %1").replace("%1", str(self.doc.path))
        )
        self.archive_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.archive_label.setStyleSheet("color:#555")
        self.archive_label.setWordWrap(True)
        layout.addWidget(self.archive_label)
        layout.addLayout(self._button_row())
        self._shortcuts()

    def _initial_size(self) -> tuple[int, int]:
        screen = QGuiApplication.primaryScreen()
        height = int(screen.availableGeometry().height() * 0.85) if screen else 900
        return min(900, max(640, int(height * 0.8))), max(600, height)

    def _zoom_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.zoom_out_button = QPushButton(self.tr("Zoom out"))
        self.zoom_in_button = QPushButton(self.tr("Zoom in"))
        self.fit_button = QPushButton(self.tr("Fit width"))
        self.zoom_label = QLabel()
        self.page_count_label = QLabel(self.tr("%1 pages").replace("%1", str(len(self._pdf))))
        self.zoom_out_button.clicked.connect(lambda: self.set_zoom(self._zoom / ZOOM_STEP))
        self.zoom_in_button.clicked.connect(lambda: self.set_zoom(self._zoom * ZOOM_STEP))
        self.fit_button.clicked.connect(lambda: self.set_zoom(1.0))
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            widget.setAutoDefault(False)
            bar.addWidget(widget)
        bar.addWidget(self.zoom_label)
        bar.addStretch(1)
        bar.addWidget(self.page_count_label)
        return bar

    def _page_area(self) -> QScrollArea:
        self.page_scroll = QScrollArea()
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setStyleSheet("QScrollArea { background: #8a8f96; }")
        holder = QWidget()
        holder.setStyleSheet("background: #8a8f96;")
        pages = QVBoxLayout(holder)
        pages.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        pages.setSpacing(PAGE_GAP)
        for _ in range(len(self._pdf)):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setStyleSheet("background: white;")
            pages.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self._labels.append(label)
        pages.addStretch(1)
        self.page_scroll.setWidget(holder)
        return self.page_scroll

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.print_button.setToolTip(self.tr("Print (Ctrl+P)"))
        self.save_button.setToolTip(self.tr("Save a copy as PDF (Ctrl+S)"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.reject)
        # No default button: a barcode scan ends with Enter and must not start a print.
        for button in (self.print_button, self.save_button, self.close_button):
            button.setAutoDefault(False)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        return row

    def _shortcuts(self) -> None:
        keys: list[tuple[QKeySequence | QKeySequence.StandardKey, Callable[[], object]]] = [
            (QKeySequence.StandardKey.Print, self.print_document),
            (QKeySequence.StandardKey.Save, self.save_as),
            (QKeySequence.StandardKey.ZoomIn, lambda: self.set_zoom(self._zoom * ZOOM_STEP)),
            (QKeySequence("Ctrl+="), lambda: self.set_zoom(self._zoom * ZOOM_STEP)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.set_zoom(self._zoom / ZOOM_STEP)),
            (QKeySequence("Ctrl+0"), lambda: self.set_zoom(1.0)),
        ]
        for key, slot in keys:
            QShortcut(QKeySequence(key), self, slot)

    # -- pages ------------------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return len(self._labels)

    def page_pixmaps(self) -> list[QPixmap]:
        return [label.pixmap() for label in self._labels]

    def set_zoom(self, zoom: float) -> None:
        self._zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self._render_pages()

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)  # type: ignore[arg-type]
        self._render_pages()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        # Fit-to-width follows the window, but only once the resizing settles.
        self._resize_timer.start()

    def _scale(self) -> float:
        """Logical pixels per PDF point: the first page fills the view's width at zoom 1."""
        if not len(self._pdf):
            return 1.0
        width_pt = self._pdf[0].get_size()[0]
        # From the scroll area's own width, not its viewport's: while the dialog is
        # being shown the viewport does not yet know about the vertical scroll bar that
        # the pages will bring, and a page one scroll bar too wide needs a horizontal one.
        bar = self.page_scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        room = self.page_scroll.width() - 2 * self.page_scroll.frameWidth() - bar - 2 * PAGE_MARGIN
        # One pixel spare: pdfium rounds the bitmap up, and one pixel too many brings
        # a horizontal scroll bar at "fit width".
        return max(0.1, (room - 1) / width_pt) * self._zoom

    def _render_pages(self) -> None:
        if self._pdf is None:
            return
        scale = self._scale()
        ratio = self.devicePixelRatioF()
        timings = []
        for index, label in enumerate(self._labels):
            started = time.perf_counter()
            page = self._pdf[index]
            try:
                image = render_page(page, scale * ratio)
            finally:
                page.close()
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.deviceIndependentSize().toSize())
            timings.append((time.perf_counter() - started) * 1000)
        self.render_ms = timings
        actual = scale * POINTS_PER_INCH / self.logicalDpiX() * 100
        self.zoom_label.setText(f"{round(actual)}%")

    def _close_pdf(self) -> None:
        # Callers often keep the closed dialog as a child of their page; without this
        # every preview would hold a few megabytes of page pixmaps until the page goes.
        for label in self._labels:
            label.clear()
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None  # type: ignore[assignment]

    # -- save -------------------------------------------------------------------------------

    def save_as(self) -> None:
        suggested = f"{self.doc.case_no}-{self.doc.doc_kind}.pdf"
        target = self._ask_save_path(suggested)
        if not target:
            return
        try:
            Path(target).write_bytes(self.doc.pdf)
        except OSError as exc:
            self._show_message(
                QMessageBox.Icon.Warning,
                self.tr("Not saved"),
                self.tr("The file could not be written: %1").replace("%1", exc.strerror or str(exc))
                + "\n\n"
                + self._kept_text(),
            )
            return
        self.archive_label.setText(self.tr("Saved a copy to %1").replace("%1", target))

    def _ask_save_path(self, suggested: str) -> str:
        """The file dialog (tests replace this)."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as PDF"),
            str(Path.home() / suggested),
            self.tr("PDF documents (*.pdf)"),
        )
        return path

    # -- print --------------------------------------------------------------------------------

    def print_document(self) -> None:
        if not self._available_printers():
            self._tell_kept(self.tr("No printer is set up on this computer."))
            return
        printer = self._new_printer()
        if not self._ask_printer(printer):
            return  # the clerk cancelled; nothing to say
        self._remember_printer(printer.printerName())
        try:
            self._send_to_printer(printer)
        except Exception as exc:  # any failure: the clerk hears why, and the PDF is safe
            self._tell_kept(self.tr("Printing failed: %1").replace("%1", str(exc)))
            return
        self.printed.emit(printer.printerName())

    def _new_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        # The PDF carries its own margins; the page goes onto the paper as it is.
        printer.setFullPage(True)
        printer.setDocName(f"{self.doc.title} {self.doc.case_no}")
        preferred = self._preferred_printer()
        if preferred:
            printer.setPrinterName(preferred)
        return printer

    def _preferred_printer(self) -> str:
        """The printer last used for this kind of document, if it is still there."""
        remembered = self._remembered_printer()
        names = {info.printerName() for info in self._available_printers()}
        return remembered if remembered in names else ""

    def _available_printers(self) -> list[QPrinterInfo]:
        """The printers the system knows (tests replace this)."""
        return QPrinterInfo.availablePrinters()

    def _ask_printer(self, printer: QPrinter) -> bool:
        """The print dialog (tests replace this). True when the clerk chose to print."""
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print %1").replace("%1", self.doc.title))
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _send_to_printer(self, printer: QPrinter) -> None:
        """Rasterise and send; the window keeps painting between bands."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.setEnabled(False)  # no zoom or second print while pdfium is busy printing
        try:
            paint_pdf(self._pdf, printer, lambda _page, _count: QApplication.processEvents())
        finally:
            self.setEnabled(True)
            QApplication.restoreOverrideCursor()

    # -- remembered printers ---------------------------------------------------------------------

    def _settings(self) -> QSettings:
        """Per-user settings of this computer (tests replace this)."""
        return QSettings("yichuang", "yichuang")

    def _settings_key(self) -> str:
        return f"printers/{self.doc.doc_kind}"

    def _remembered_printer(self) -> str:
        value = self._settings().value(self._settings_key(), "")
        return str(value or "")

    def _remember_printer(self, name: str) -> None:
        # Slips often go to the window's small printer and notices to the A4 one;
        # remembered per kind so each comes up preselected next time.
        if name:
            settings = self._settings()
            settings.setValue(self._settings_key(), name)
            settings.sync()

    # -- messages --------------------------------------------------------------------------------

    def _kept_text(self) -> str:
        # The path on a line of its own: it has no spaces, and wrapped inside a sentence
        # it is hard to read or copy.
        return "\n".join(
            [
                self.tr("The PDF is kept in the archive and can be printed later:"),
                str(self.doc.path),
                self.tr("Nothing is lost, and the case stays as it is."),
            ]
        )

    def _tell_kept(self, reason: str) -> None:
        self._show_message(
            QMessageBox.Icon.Information,
            self.tr("Not printed"),
            reason + "\n\n" + self._kept_text(),
        )

    def _show_message(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        """A message box (tests replace this)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        # QMessageBox ignores setMinimumWidth; a spacer in its grid widens it, so the
        # archive path fits on one line.
        grid = box.layout()
        if isinstance(grid, QGridLayout):
            spacer = QSpacerItem(520, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
            grid.addItem(spacer, grid.rowCount(), 0, 1, grid.columnCount())
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()
