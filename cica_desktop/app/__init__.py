"""app: the application's logic with QtCore/QtGui only (no widgets): the project being
edited and its undo stack, autosave and recovery, background preview and exports, settings."""
