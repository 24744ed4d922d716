#!/bin/sh
# Downloads one pinned npm package into the cache and prints where it is.
#
#   build/fetch-npm.sh NAME VERSION INTEGRITY            prints the cached .tgz path
#   build/fetch-npm.sh --extract NAME VERSION INTEGRITY  prints the unpacked package/ directory
#
# INTEGRITY is the registry's "sha512-<base64>" (npm view NAME@VERSION dist.integrity);
# a tarball that does not match it is deleted and the script fails.
# Cache: ${XDG_CACHE_HOME:-$HOME/.cache}/fakecam/npm/, keyed by name and version.
# Only the tarball is downloaded (npm pack): no install scripts run.
set -eu

extract=false
if [ "${1-}" = "--extract" ]; then
    extract=true
    shift
fi
if [ $# -ne 3 ]; then
    echo "usage: $0 [--extract] NAME VERSION INTEGRITY" >&2
    exit 2
fi
name=$1
version=$2
integrity=$3

cache=${XDG_CACHE_HOME:-$HOME/.cache}/fakecam/npm
key=$(printf '%s' "$name" | sed 's|^@||; s|/|-|g')-$version
tarball=$cache/$key.tgz
unpacked=$cache/$key

integrity_of() {
    printf 'sha512-%s' "$(openssl dgst -sha512 -binary "$1" | base64 -w0)"
}

if [ ! -f "$tarball" ]; then
    mkdir -p "$cache"
    work=$(mktemp -d "$cache/.download.XXXXXX")
    trap 'rm -rf "$work"' EXIT
    (cd "$work" && npm pack --silent "$name@$version" >/dev/null)
    set -- "$work"/*.tgz
    if [ "$(integrity_of "$1")" != "$integrity" ]; then
        echo "$0: $name@$version does not match $integrity" >&2
        exit 1
    fi
    mv "$1" "$tarball"
fi

if ! $extract; then
    echo "$tarball"
    exit 0
fi

if [ ! -f "$unpacked/.complete" ]; then
    rm -rf "$unpacked"
    mkdir -p "$unpacked"
    tar -xzf "$tarball" -C "$unpacked" --no-same-owner
    touch "$unpacked/.complete"
fi
echo "$unpacked/package"
