"""ui: the window and its widgets. Importing it imports app/ first, whose import guards None
and True against the references PySide6 6.12.0 loses (app/pyside_references.py), before
any widget is made."""

from .. import app as _app  # noqa: F401  (imported for its guard)
