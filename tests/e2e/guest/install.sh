#!/bin/bash
# First boot: install the package offline, as a user would, and check what the
# installation itself must have done.
cd "$(dirname "$0")/.." || exit 1
. guest/lib.sh
. guest/webcams.sh
. guest/service-checks.sh

systemctl is-system-running --wait >/dev/null 2>&1
say "guest: $(uname -r), systemd $(systemctl --version | sed -n '1s/systemd \([0-9]*\).*/\1/p')"

check image-has-no-v4l2loopback-loaded test ! -e /sys/module/v4l2loopback
check install-offline env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -o Dpkg::Use-Pty=0 "$PWD/fakecam.deb"
check unit-enabled test "$(systemctl is-enabled fakecamd.service)" = enabled
check user-fakecam-in-group-video sh -c 'id -nG fakecam | tr " " "\n" | grep -qx video'
check postinst-loaded-v4l2loopback test -n "$(fakecam_device)"
check polkit-action-registered sh -c \
    'pkaction --action-id org.fakecam.Fakecam1.configure --verbose | grep -q "implicit active:.*yes"'
extension_installed() {
    local dir=/usr/share/gnome-shell/extensions/fakecam@fakecam.org
    jq -e '.uuid == "fakecam@fakecam.org" and (."shell-version" | index("48"))' "$dir/metadata.json" >/dev/null ||
        { echo "no GNOME Shell 48 extension in $dir"; return 1; }
    [ -f "$dir/extension.js" ] || { echo "$dir/extension.js missing"; return 1; }
}
check gnome-extension-installed extension_installed

if output=$(exposure_at_most 2.0); then
    pass security-exposure "$output, systemd $(systemctl --version | sed -n '1s/systemd \([0-9]*\).*/\1/p')"
else
    fail security-exposure "$output"
fi

# Needs the daemon: it must be running after the install, and a background set
# now must still be there after the reboot (checked by verify.sh).
check fakecamd-active-after-install fakecamd_becomes_ready
check set-color-before-reboot set_colour_as root '#2040a0'
exit 0
