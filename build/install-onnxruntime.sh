#!/bin/sh
# Makes ONNX Runtime's shared library available and prints its path on stdout.
#
# Debian 13 and later ship it (libonnxruntime1.21); Debian 12 does not, so there the self-contained
# libonnxruntime.so.1 inside the npm package onnxruntime-node is used. The package tarball is large
# (113 MB) and is downloaded once into the cache, keyed by version; running this again is a no-op.
#
# Usage: build/install-onnxruntime.sh        (progress on stderr, library path on stdout)
set -eu

ORT_NODE_VERSION=1.30.0
DEBIAN_PACKAGE=libonnxruntime1.21
DEBIAN_SONAME=libonnxruntime.so.1.21

cache_dir="${XDG_CACHE_HOME:-$HOME/.cache}/fakecam/onnxruntime-node-$ORT_NODE_VERSION"
library="$cache_dir/libonnxruntime.so.1"

log() { printf '%s\n' "install-onnxruntime: $*" >&2; }

find_system_library() {
    for dir in /usr/lib/x86_64-linux-gnu /usr/lib; do
        if [ -e "$dir/$DEBIAN_SONAME" ]; then
            printf '%s\n' "$dir/$DEBIAN_SONAME"
            return 0
        fi
    done
    return 1
}

debian_offers_package() {
    command -v apt-cache >/dev/null 2>&1 || return 1
    candidate=$(apt-cache policy "$DEBIAN_PACKAGE" 2>/dev/null | awk '/Candidate:/ { print $2 }')
    [ -n "$candidate" ] && [ "$candidate" != "(none)" ]
}

# Only a Debian release that ships the package in its own suite installs it; a Debian 12 host that
# merely has newer suites in its sources keeps its own libraries and uses the npm build instead.
debian_major=$(cut -d. -f1 /etc/debian_version 2>/dev/null || echo 0)
case "$debian_major" in
    ''|*[!0-9]*) debian_major=0 ;;
esac

if path=$(find_system_library); then
    printf '%s\n' "$path"
    exit 0
fi

if [ "$debian_major" -ge 13 ] && debian_offers_package; then
    log "installing $DEBIAN_PACKAGE with apt-get"
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$DEBIAN_PACKAGE" >&2
    find_system_library
    exit 0
fi

if [ -f "$library" ]; then
    printf '%s\n' "$library"
    exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        log "installing npm with apt-get (needed to fetch onnxruntime-node)"
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends npm >&2
    else
        log "npm is needed to fetch onnxruntime-node@$ORT_NODE_VERSION; install it with: sudo apt-get install npm"
        exit 1
    fi
fi

mkdir -p "$cache_dir"
work=$(mktemp -d "$cache_dir/.download.XXXXXX")
trap 'rm -rf "$work"' EXIT

tarball="$cache_dir/onnxruntime-node-$ORT_NODE_VERSION.tgz"
if [ ! -f "$tarball" ]; then
    log "downloading onnxruntime-node@$ORT_NODE_VERSION (about 113 MB, once)"
    (cd "$work" && npm pack --silent "onnxruntime-node@$ORT_NODE_VERSION" >/dev/null)
    mv "$work/onnxruntime-node-$ORT_NODE_VERSION.tgz" "$tarball"
fi

tar -xzf "$tarball" -C "$work" package/bin/napi-v6/linux/x64/libonnxruntime.so.1
mv "$work/package/bin/napi-v6/linux/x64/libonnxruntime.so.1" "$library"
printf '%s\n' "$library"
