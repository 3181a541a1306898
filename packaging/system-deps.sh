#!/bin/sh
# Installs the Debian packages the tests need on a machine that has never seen the project:
# the libraries Qt loads for its offscreen platform, fonts that cover Chinese and Ukrainian
# (the crisis binder), and poppler-utils (the tests read the PDFs they print). `make package` also
# needs what Qt's X11 and Wayland platform plugins link to, so that the executable carries them,
# and binutils (PyInstaller reads the binaries' links with it; the spec strips with it).
# postgresql: the team-mode tests start a private server cluster of their own (never the system's).
# Only when running as root with apt-get available; otherwise it says what is missing.
set -u
PKGS="libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-noto-cjk fonts-dejavu-core poppler-utils"
PKGS="$PKGS libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libwayland-cursor0 binutils postgresql"
PKGS="$PKGS $*"   # and any named here: `make bench` adds newsboat, the reader its ingest figure compares with
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing system packages:$missing"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
    echo "note: missing system packages (install them with your package manager):$missing" >&2
fi
