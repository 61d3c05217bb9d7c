"""The bundled faces the font tests use."""

from __future__ import annotations

from cica_desktop.render.font_system import bundled_fonts_dir

LATIN = bundled_fonts_dir() / "liberation" / "LiberationSerif-Regular.ttf"
ITALIC = bundled_fonts_dir() / "liberation" / "LiberationSerif-Italic.ttf"
CJK = bundled_fonts_dir() / "arphic" / "uming.ttc"
