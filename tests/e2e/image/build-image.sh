#!/bin/bash
# Builds the Debian 13 guest for the real-kernel tests into DIR: vmlinuz,
# initrd.img and rootfs.img (ext4, raw). The guest has no network, so it holds
# everything the fakecam package depends on, v4l2loopback built by DKMS for its
# kernel, the test tools, and fake-webcam clips made from PHOTO of a person.
# Downloaded .debs are kept in CACHE between builds.
#   build-image.sh DIR CACHE PHOTO
set -euo pipefail

out=$1 deb_cache=$2 photo=$3
here=$(cd "$(dirname "$0")" && pwd)
mirror=http://deb.debian.org/debian

packages=(
    linux-image-amd64 linux-headers-amd64 systemd-sysv libpam-systemd login udev kmod procps passwd
    dbus dbus-bin polkitd v4l-utils v4l2loopback-dkms v4l2loopback-utils ffmpeg jq
    libonnxruntime1.21 libturbojpeg0 libpng16-16t64 libwebp7 libsystemd0 bash-completion
)

root=$out/root
rm -rf "$root"
mkdir -p "$out" "$deb_cache"

include=$(IFS=,; echo "${packages[*]}")
mmdebstrap --variant=apt --mode=root --include="$include" \
    --dpkgopt='path-exclude=/usr/share/man/*' \
    --dpkgopt='path-exclude=/usr/share/locale/*' \
    --dpkgopt='path-exclude=/usr/share/doc/*' \
    --dpkgopt='path-include=/usr/share/doc/*/copyright' \
    --skip=download/empty --skip=essential/unlink \
    --setup-hook='mkdir -p "$1"/var/cache/apt/archives/' \
    --setup-hook="sync-in '$deb_cache' /var/cache/apt/archives/" \
    --essential-hook="tar -C '$here/rootfs' -c etc | tar -C \"\$1\" -x" \
    --customize-hook="sync-out /var/cache/apt/archives '$deb_cache'" \
    --customize-hook="tar -C '$here/rootfs' -c . | tar -C \"\$1\" -x --no-same-owner" \
    --customize-hook="copy-in '$here/customize.sh' '$photo' /tmp" \
    --customize-hook="chroot \"\$1\" bash /tmp/customize.sh '/tmp/$(basename "$photo")'" \
    trixie "$root" "$mirror"

cp "$root"/boot/vmlinuz-* "$out/vmlinuz"
cp "$root"/boot/initrd.img-* "$out/initrd.img"
size_mb=$(($(du -sm "$root" | cut -f1) + 768))
rm -f "$out/rootfs.img"
mkfs.ext4 -q -L root -d "$root" "$out/rootfs.img" "${size_mb}M"
rm -rf "$root"
