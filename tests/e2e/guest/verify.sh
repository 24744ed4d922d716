#!/bin/bash
# Second boot, after the reboot that followed the install: what must hold at
# every boot, then the service against fake webcams, then the purge.
cd "$(dirname "$0")/.." || exit 1
. guest/lib.sh
. guest/webcams.sh
. guest/service-checks.sh

completion_offers() {
    local result
    result=$(bash -c '. /usr/share/bash-completion/bash_completion
        . /usr/share/bash-completion/completions/fakecamctl
        complete_line() {
            COMP_LINE=$1 COMP_POINT=${#1} COMP_WORDS=($1) COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
            COMPREPLY=()
            _fakecamctl fakecamctl "${COMP_WORDS[-1]}" "${COMP_WORDS[-2]}"
            echo "${COMPREPLY[*]}"
        }
        complete_line "fakecamctl set-background --c"
        complete_line "fakecamctl aut"')
    [ "$result" = $'--color --colour\nautostart' ] || { echo "completions were: ${result//$'\n'/ | }"; return 1; }
}

systemctl is-system-running --wait >/dev/null 2>&1

# Booted with the package's own configuration, nothing loaded by hand.
check module-loaded-at-boot sh -c \
    "journalctl -b -t systemd-modules-load | grep -q \"Inserted module 'v4l2loopback'\""
fakecam=$(fakecam_device)
check fakecam-device-at-boot test -c "$fakecam"
check fakecam-card-name sh -c "v4l2-ctl -d '$fakecam' --info | grep -q 'Card type *: Fakecam$'"
check fakecam-exclusive-caps test "$(cat /sys/module/v4l2loopback/parameters/exclusive_caps 2>/dev/null | cut -d, -f1)" = Y
check unit-enabled-after-reboot test "$(systemctl is-enabled fakecamd.service)" = enabled
if output=$(exposure_at_most 2.0); then pass security-exposure-after-reboot "$output"; else fail security-exposure-after-reboot "$output"; fi

# polkit with the package's action: root, alice in the active seat0 session,
# bob with no session at all.
check active-session-ready start_session_queue
active_on_seat0() {
    local id
    id=$(cat "$session_queue/ready")
    [ "$(loginctl show-session "$id" -p Seat --value)" = seat0 ] &&
        [ "$(loginctl show-session "$id" -p Active --value)" = yes ] ||
        { echo "session '$id': $(loginctl show-session "$id" -p Seat -p Active | paste -sd ' ')"; return 1; }
}
check active-session-is-seat0 active_on_seat0
check polkit-root-allowed pkcheck --action-id org.fakecam.Fakecam1.configure --process $$
check polkit-active-session-allowed as_active_user \
    'pkcheck --action-id org.fakecam.Fakecam1.configure --process $$'
polkit_sessionless() {
    as_sessionless_user sh -c 'pkcheck --action-id org.fakecam.Fakecam1.configure --process $$'
    case $? in
        1 | 2) return 0 ;;
        *) echo "pkcheck did not deny a sessionless user"; return 1 ;;
    esac
}
check polkit-sessionless-denied polkit_sessionless

# The D-Bus policy: dbus-send's own connection asks for the name.
request_name() {
    "$@" dbus-send --system --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.RequestName string:org.fakecam.Fakecam1 uint32:0 2>&1
}
name_allowed() { request_name setpriv --reuid fakecam --regid fakecam --init-groups -- | grep -q 'uint32 [12]$'; }
name_denied() { request_name "$@" | grep -q AccessDenied; }
check dbus-name-owned-by-fakecam name_allowed
check dbus-name-denied-to-others name_denied setpriv --reuid bob --regid bob --init-groups --
check dbus-name-denied-to-root name_denied env

check bash-completion completion_offers

check webcam-mjpeg-720p start_webcam "$mjpeg_card" "$mjpeg_clip" MJPG 1280 720
check webcam-yuyv-480p start_webcam "$yuyv_card" "$yuyv_clip" YUYV 640 480
check v4l2-compliance-webcam compliance_within_baseline "$(webcam_device "$mjpeg_card")" \
    guest/v4l2-compliance-webcam.baseline webcam

service_checks "$fakecam"

check purge purge_package
exit 0
