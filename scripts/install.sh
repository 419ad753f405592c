#!/usr/bin/env bash
# Installs everything Digital Bridge needs on Debian/Ubuntu: system packages (Qt's runtime libraries,
# espeak-ng, alsa-utils, Chinese fonts, PDF tools; PostgreSQL and libfaketime for the sync tests), then
# a virtual environment in .venv with the app.
#   scripts/install.sh            # app + test tools
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  python3-venv python3-pip
  libegl1 libgl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0
  binutils python3-dev gcc libc6-dev
  libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  espeak-ng alsa-utils fonts-noto-cjk poppler-utils
  libzbar0 zbar-tools
  fonts-dejavu-core fonts-droid-fallback fonts-noto-color-emoji fonts-symbola
  postgresql faketime
)
if command -v apt-get >/dev/null 2>&1; then
  missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
else
  echo "Not a Debian/Ubuntu system: install Qt 6 runtime libraries, espeak-ng and a Chinese font yourself." >&2
fi

stamp=.venv/.installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  python3 -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[test]'
  touch "$stamp"
fi
