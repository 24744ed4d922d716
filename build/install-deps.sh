#!/bin/sh
# Installs the Debian packages fakecamd needs at run and test time. Idempotent: packages already
# present are left alone and apt is not touched at all when nothing is missing.
set -eu

# libpng's runtime package took the t64 suffix in Debian 13 (64-bit time_t transition).
. /etc/os-release
libpng=libpng16-16t64
if [ "${VERSION_CODENAME:-}" = bookworm ]; then
    libpng=libpng16-16
fi

packages="
libturbojpeg0
$libpng
libwebp7
"

missing=""
for package in $packages; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done

if [ -z "$missing" ]; then
    exit 0
fi

sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd="sudo"
fi
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends $missing
