#!/bin/sh
# Installs the Debian packages CareerDeck needs to build, test and run.
# Idempotent: does nothing (and needs no network) when everything is present.
# Usage: scripts/install-deps.sh [EXTRA-PACKAGE...]   (as root, or with sudo)
# Extra packages are for optional targets (make fuzz needs clang, for one).
set -eu

PACKAGES="
build-essential
pkg-config
libsdl2-dev
libsdl2-ttf-dev
libsdl2-image-dev
libcjson-dev
libcmocka-dev
libqrencode-dev
libpng-dev
jq
fonts-inter
fonts-noto-core
fonts-dejavu-core
xvfb
xdotool
x11-apps
valgrind
$*
"

missing=""
for pkg in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed"; then
        missing="$missing $pkg"
    fi
done

[ -z "$missing" ] && exit 0

echo "install-deps: installing:$missing" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "install-deps: need root (or sudo) to install:$missing" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || echo "install-deps: apt-get update failed; trying the cached package lists" >&2
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
