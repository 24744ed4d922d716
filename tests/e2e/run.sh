#!/bin/bash
# The real-kernel test: boots a Debian 13 virtual machine twice on a throw-away
# overlay of a cached image. The first boot installs DEB offline and checks the
# installation; the second boot (a real reboot of the same disk) checks what must
# hold at every boot, drives fakecamd with fake webcams, and purges the package.
#   tests/e2e/run.sh DEB OUT_DIR
# Prints one PASS/FAIL line per check and exits non-zero on any unexpected
# result, and also when the virtual machine cannot run at all.
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 DEB OUT_DIR" >&2
    exit 2
fi
deb=$(realpath "$1")
out=$(realpath -m "$2")
here=$(cd "$(dirname "$0")" && pwd)
cache=${XDG_CACHE_HOME:-$HOME/.cache}/fakecam/vm
boot_timeout=${FAKECAM_E2E_BOOT_TIMEOUT:-900}

die() {
    echo "" >&2
    echo "e2e: FAILED: $*" >&2
    echo "e2e: 0 passed, 1 failed" >&2
    exit 1
}
[ -f "$deb" ] || die "no package at $1: build it with make deb"

. "$here/host/tools.sh"
. "$here/host/image.sh"
. "$here/host/boot.sh"
. "$here/host/report.sh"

started=$SECONDS
install_host_tools
image=$(cached_image)
echo "e2e: image $image"

rm -rf "$out"
mkdir -p "$out/share/out"
cp -r "$here/guest" "$out/share/guest"
cp "$deb" "$out/share/fakecam.deb"
qemu-img create -q -f qcow2 -F raw -b "$image/rootfs.img" "$out/disk.qcow2"

boot_guest install "$image" "$out"
boot_guest verify "$image" "$out"

report "$out" "$here/expected-failures" "$((SECONDS - started))"
