#!/usr/bin/env bash
# Wrap the PyInstaller folder dist/cica-desktop into dist/cica-desktop-VERSION-x86_64.AppImage.
#   packaging/linux/make-appimage.sh VERSION [APPIMAGETOOL]
# APPIMAGETOOL is the appimagetool program (the CI workflow downloads it); without FUSE
# (containers, CI), set APPIMAGE_EXTRACT_AND_RUN=1.
set -euo pipefail
VERSION=${1:?version}
TOOL=${2:-appimagetool}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
APPDIR="$ROOT/build/cica-desktop.AppDir"
ID=org.cica_desktop.CicaDesktop

rm -rf "$APPDIR"
mkdir -p "$APPDIR/usr/lib" "$APPDIR/usr/share/applications" "$APPDIR/usr/share/metainfo"
cp -a "$ROOT/dist/cica-desktop" "$APPDIR/usr/lib/cica-desktop"
install -m 755 "$ROOT/packaging/linux/AppRun" "$APPDIR/AppRun"
install -m 644 "$ROOT/packaging/linux/$ID.desktop" "$APPDIR/$ID.desktop"
install -m 644 "$ROOT/packaging/linux/$ID.desktop" "$APPDIR/usr/share/applications/$ID.desktop"
# The desktop entry starts cica-desktop-gui; inside the AppImage that is AppRun.
sed -i 's|^Exec=.*|Exec=AppRun %f|; /^TryExec=/d' "$APPDIR/$ID.desktop" \
    "$APPDIR/usr/share/applications/$ID.desktop"
install -m 644 "$ROOT/packaging/linux/$ID.metainfo.xml" "$APPDIR/usr/share/metainfo/$ID.appdata.xml"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$APPDIR/usr/share/icons/hicolor/${size}x${size}/apps"
  cp "$ROOT/resources/icons/cica-desktop-$size.png" \
     "$APPDIR/usr/share/icons/hicolor/${size}x${size}/apps/cica-desktop.png"
done
cp "$ROOT/resources/icons/cica-desktop-256.png" "$APPDIR/cica-desktop.png"
ln -sf cica-desktop.png "$APPDIR/.DirIcon"
ARCH=x86_64 "$TOOL" --no-appstream "$APPDIR" "$ROOT/dist/cica-desktop-$VERSION-x86_64.AppImage"
