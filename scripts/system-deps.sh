#!/usr/bin/env bash
# Makes sure the fonts that the PDFs embed, and the libraries Qt needs, are on this machine.
# Installs the Debian packages when it can (root or sudo); otherwise prints the exact command
# and fails, so that nobody gets a PDF with a missing script.
set -euo pipefail

# (Outputs are captured first: with pipefail, `grep -q` closing the pipe early would make
# the pipeline fail even when the text is there.)
fonts_ok() {
  local fonts
  fonts=$(fc-list 2>/dev/null || true)
  grep -q "Liberation Serif" <<<"$fonts" &&
  grep -q "AR PL UMing" <<<"$fonts" &&
  grep -q "WenQuanYi Zen Hei" <<<"$fonts" &&
  grep -q "Amiri" <<<"$fonts"
}
qt_libs_ok() {
  # The shared libraries that PySide6 needs offscreen (and under Xvfb for a real window).
  local libs
  libs=$(ldconfig -p 2>/dev/null || true)
  grep -q "libEGL.so.1" <<<"$libs" &&
  grep -q "libxkbcommon.so.0" <<<"$libs" &&
  grep -q "libfontconfig.so.1" <<<"$libs" &&
  grep -q "libxcb-cursor.so.0" <<<"$libs"
}

packaging_tools_ok() {
  # The validators of the Linux desktop entry and AppStream metadata (tests/test_packaging.py).
  command -v desktop-file-validate >/dev/null 2>&1 && command -v appstreamcli >/dev/null 2>&1
}

dictionaries_ok() {
  # The Hunspell dictionaries spell checking reads (English, French, Spanish, Russian, Arabic).
  local name
  for name in en_US fr es_ES ru_RU ar; do
    [ -f "/usr/share/hunspell/$name.dic" ] || return 1
  done
}

# poppler-utils: pdfsig, which the tests run as a second, independent signature validator.
PACKAGES="poppler-utils fontconfig fonts-liberation2 fonts-arphic-uming fonts-wqy-zenhei fonts-hosny-amiri \
libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfreetype6 libfontconfig1 libdbus-1-3 \
libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-util1 libxcb-image0 libxcb-keysyms1 \
libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-xkb1 \
hunspell-en-us hunspell-fr hunspell-es hunspell-ru hunspell-ar desktop-file-utils appstream"

if command -v fc-list >/dev/null 2>&1 && command -v pdfsig >/dev/null 2>&1 && fonts_ok \
    && qt_libs_ok && dictionaries_ok && packaging_tools_ok; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "cica-desktop needs the fonts Liberation Serif, AR PL UMing and Amiri, and Qt's" >&2
  echo "system libraries. Install them with your system's package manager, then run again." >&2
  exit 1
fi

if [ "$(id -u)" = "0" ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO="sudo"
else
  echo "Missing fonts or Qt libraries. Run this once, then try again:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y $PACKAGES" >&2
  exit 1
fi

echo "Installing fonts and Qt libraries (Debian packages)…"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $PACKAGES >/dev/null
fonts_ok || { echo "Fonts still missing after installation." >&2; exit 1; }
dictionaries_ok || { echo "Hunspell dictionaries still missing after installation." >&2; exit 1; }
