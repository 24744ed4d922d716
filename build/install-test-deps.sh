#!/bin/sh
# Installs the programs the D-Bus tests run against: a real dbus-daemon for a private bus, and the
# standard clients that look at it from outside (busctl from systemd, gdbus from GLib, python3-dbus
# which can pass file descriptors, setpriv to call as an unprivileged user), and gjs, which runs the
# GNOME Shell extension's D-Bus module against the real service. Idempotent: installs only
# what is missing, and refreshes the package lists only when an install needs it.
set -eu

missing=""
need() {
    # need PROGRAM PACKAGE
    if ! command -v "$1" >/dev/null 2>&1; then
        missing="$missing $2"
    fi
}

need dbus-daemon dbus-daemon
need busctl systemd
need gdbus libglib2.0-bin
need setpriv util-linux
need gjs gjs
if ! /usr/bin/python3 -c 'import dbus' >/dev/null 2>&1; then
    missing="$missing python3-dbus"
fi
if ! ldconfig -p | grep -q 'libsystemd\.so\.0 '; then
    missing="$missing libsystemd0"
fi

if [ -z "$missing" ]; then
    exit 0
fi
echo "install-test-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086 # the package list is meant to split
apt-get install -y --no-install-recommends $missing >/dev/null 2>&1 || {
    apt-get update >/dev/null
    apt-get install -y --no-install-recommends $missing >/dev/null
}
