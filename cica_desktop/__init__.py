"""cica_desktop: UN General Assembly agenda-item request packages as DOCX and PDF."""

__version__ = "0.1.0"
