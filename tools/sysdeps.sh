#!/usr/bin/env bash
# What the machine needs beyond Python packages, checked before the venv is made.
# Usage: tools/sysdeps.sh run|test
# On Debian/Ubuntu as root the missing packages are installed; otherwise the exact
# command to run is printed and the make target stops.
set -euo pipefail
mode=${1:-run}

# Qt offscreen and on a real X display (measured on a fresh Debian 12; see SETUP-FACTS).
qt_core="libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libxkbcommon0 libcups2"
qt_xcb="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0"
python_pkgs="python3-venv"
case "$mode" in
  run) wanted="$python_pkgs $qt_core $qt_xcb" ;;
  test) wanted="$python_pkgs $qt_core $qt_xcb xvfb xauth" ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

py=${PYTHON:-python3}
if ! command -v "$py" >/dev/null 2>&1; then
  echo "一窗通 needs Python 3.11 or newer. On Debian/Ubuntu: sudo apt-get install -y python3 python3-venv" >&2
  exit 1
fi
if ! "$py" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
  echo "一窗通 needs Python 3.11 or newer; $("$py" --version) found. Set PYTHON=/path/to/python3.11 or newer." >&2
  exit 1
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "note: not a Debian/Ubuntu system; make sure the Qt 6 runtime libraries ($qt_core) are installed." >&2
  exit 0
fi

missing=()
for pkg in $wanted; do
  # python3-venv is versioned on some releases (python3.11-venv); a working ensurepip is what counts.
  if [ "$pkg" = python3-venv ]; then
    "$py" -c 'import ensurepip, venv' >/dev/null 2>&1 || missing+=("$pkg")
    continue
  fi
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$pkg")
done

if [ ${#missing[@]} -gt 0 ]; then
  cmd="apt-get install -y --no-install-recommends ${missing[*]}"
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && $cmd -qq
  else
    echo "一窗通 needs these system packages first. Run:" >&2
    echo "  sudo apt-get update && sudo $cmd" >&2
    exit 1
  fi
fi
