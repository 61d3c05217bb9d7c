"""Renderers: one module per format, each handling every block type of the document tree."""

from .docx import docx_bytes, render_docx
from .fonts import MissingFontError
from .pdf import PdfReport, pdf_bytes, render_pdf

__all__ = ["MissingFontError", "PdfReport", "docx_bytes", "pdf_bytes", "render_docx",
           "render_pdf"]
