"""Printed documents of 一窗通: pure functions from plain data to PDF bytes.

No Qt, no database: the desktop services build the data classes below and hand the
bytes to Qt's print support and to the archive.
"""

from printing.acceptance import render_acceptance_slip
from printing.barcode import Code128Flowable, code128_modules
from printing.documents import (
    AcceptanceSlip,
    ApplicantInfo,
    FeeSummaryLine,
    ItemDisclosure,
    Letterhead,
    MaterialLine,
    OneTimeNotice,
    RejectionNotice,
    format_fen,
    mask_id,
)
from printing.fonts import FONT_NAME, FONT_PATH, FontMissingError, register_fonts
from printing.notice import render_one_time_notice
from printing.rejection import render_rejection_notice

__all__ = [
    "FONT_NAME",
    "FONT_PATH",
    "AcceptanceSlip",
    "ApplicantInfo",
    "Code128Flowable",
    "FeeSummaryLine",
    "FontMissingError",
    "ItemDisclosure",
    "Letterhead",
    "MaterialLine",
    "OneTimeNotice",
    "RejectionNotice",
    "code128_modules",
    "format_fen",
    "mask_id",
    "register_fonts",
    "render_acceptance_slip",
    "render_one_time_notice",
    "render_rejection_notice",
]
