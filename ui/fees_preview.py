"""The preview of a fee document, printed on paper of its own size.

The case documents are A4, and their preview sets the printer to A4. A receipt may be
A5 or an 80 mm roll: sent to a roll printer as "A4" it would be scaled to fit and its
barcode would no longer be 0.25 mm a module. So the page size is taken from the PDF.
"""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

from ui.pdf_preview import PdfPreviewDialog

POINTS_PER_MM = 72 / 25.4


class FeeDocumentPreview(PdfPreviewDialog):
    def _new_printer(self) -> QPrinter:
        printer = super()._new_printer()
        doc = pdfium.PdfDocument(self.doc.pdf)
        try:
            width_pt, height_pt = doc[0].get_size()
        finally:
            doc.close()
        # A page size is defined upright; a landscape A5 is A5 turned.
        short, long = sorted((width_pt / POINTS_PER_MM, height_pt / POINTS_PER_MM))
        size = QPageSize(
            QSizeF(short, long),
            QPageSize.Unit.Millimeter,
            self.doc.title,
            QPageSize.SizeMatchPolicy.FuzzyMatch,
        )
        printer.setPageSize(size)
        orientation = (
            QPageLayout.Orientation.Landscape
            if width_pt > height_pt
            else QPageLayout.Orientation.Portrait
        )
        printer.setPageOrientation(orientation)
        return printer
