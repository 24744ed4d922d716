#!/bin/sh
# Installs the Debian packages that decode background images: libpng (simplified API), libwebp and
# TurboJPEG. Idempotent: nothing is touched when every package is already installed.
set -eu

# libpng's runtime package was renamed for the 64-bit time_t transition in Debian 13.
. /etc/os-release
case "${VERSION_CODENAME:-}" in
    bookworm) png_package=libpng16-16 ;;
    *) png_package=libpng16-16t64 ;;
esac

packages="$png_package libwebp7 libturbojpeg0"

missing=""
for package in $packages; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done
[ -z "$missing" ] && exit 0

sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends $missing
