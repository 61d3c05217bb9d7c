"""app: the application's logic with QtCore/QtGui only (no widgets): the project being
edited and its undo stack, autosave and recovery, background preview and exports, settings.

Importing it first guards None and True against PySide6 6.12.0, which on Python 3.11 takes
a reference from one of them at each call of a method without a result and at each signal
emitted (pyside_references.py): our modules that call Qt are in app/ and ui/, and ui/
imports app/ first."""

from .pyside_references import protect_singletons

protect_singletons()
