# Checks of fakecamd itself, run against the installed package after the
# reboot. The camera is the MJPEG fake webcam, chosen by its card name.

# consumer_frame_rgb DEVICE X Y: reads a few frames from DEVICE and prints the
# mean "R G B" of the 32x32 block at X,Y of the last one.
consumer_frame_rgb() {
    timeout 60 ffmpeg -nostdin -hide_banner -loglevel error -f v4l2 -i "$1" -frames:v 10 \
        -vf "crop=32:32:$2:$3,scale=1:1" -f rawvideo -pix_fmt rgb24 - 2>/dev/null |
        tail -c 3 | od -An -tu1 | xargs
}

near_rgb() { # near_rgb "R G B" "R G B"
    local a=($1) b=($2)
    [ ${#a[@]} -eq 3 ] || return 1
    for i in 0 1 2; do
        local d=$((a[i] - b[i]))
        ((d < 0)) && d=$((-d))
        ((d <= 40)) || return 1
    done
}

status_field() { fakecamctl status --json | jq -r ".$1"; }

service_checks() {
    local fakecam=$1 camera
    camera=$(webcam_device "$mjpeg_card")

    check fakecamd-ready sh -c \
        'test "$(systemctl show -p ActiveState,SubState --value fakecamd.service | paste -sd " ")" = "active running"'
    check background-survives-reboot test "$(status_field BackgroundName)" = '#2040a0'
    check busctl-introspect introspection_complete
    check set-camera-by-card-name fakecamctl set-camera "$mjpeg_card"
    check camera-closed-without-consumer wait_until 10 camera_closed "$camera"
    check state-idle-without-consumer wait_until 10 test "$(status_field State)" = idle

    check consumer-gets-colour-background consumer_sees_colour "$fakecam"
    check camera-released-after-consumer camera_follows_consumer "$fakecam" "$camera"
    check probe-does-not-open-camera probe_leaves_camera_closed "$fakecam" "$camera"
    check v4l2-compliance-fakecam-streaming compliance_while_consuming "$fakecam"

    check fakecamctl-root fakecamctl set-background --color '#20a040'
    check fakecamctl-active-session as_active_user "fakecamctl set-background --color '#2040a0'"
    check fakecamctl-sessionless-exit-3 sessionless_is_refused
    check restart-keeps-background restart_keeps_background
    check kill-9-restarts kill_restarts
    check unplug-no-camera-and-replug unplug_and_replug "$fakecam"
    check sigterm-releases-within-1s sigterm_releases "$fakecam" "$camera"
}

camera_closed() {
    local pid
    pid=$(fakecamd_pid)
    [ "$pid" -gt 0 ] && ! has_open "$pid" "$1"
}

camera_open() {
    local pid
    pid=$(fakecamd_pid)
    [ "$pid" -gt 0 ] && has_open "$pid" "$1"
}

introspection_complete() {
    local xml
    xml=$(busctl introspect --xml-interface org.fakecam.Fakecam1 /org/fakecam/Fakecam1) || return 1
    for name in org.fakecam.Fakecam1 org.freedesktop.DBus.Properties org.freedesktop.DBus.Introspectable \
        org.freedesktop.DBus.Peer Version State EffectEnabled Paused BackgroundKind BackgroundName \
        BlurStrength Camera VirtualDevice Resolution Consumers Model Enable Disable Pause Resume SetBlur \
        SetBackgroundImage SetBackgroundVideo SetBackgroundColor ClearBackground SetCamera ListCameras \
        SetResolution GetOptions SetOptions GetStatistics Snapshot; do
        grep -q "name=\"$name\"" <<<"$xml" || { echo "introspection lacks $name"; return 1; }
    done
}

consumer_sees_colour() {
    fakecamctl set-background --color '#00c000' || return 1
    local rgb
    rgb=$(consumer_frame_rgb "$1" 800 60)
    near_rgb "$rgb" "0 192 0" || { echo "background block is '$rgb', not near 0 192 0"; return 1; }
}

# The camera opens while an app streams and closes a few seconds after it stops.
camera_follows_consumer() {
    ffmpeg -nostdin -hide_banner -loglevel error -f v4l2 -i "$1" -f null - >/dev/null 2>&1 &
    local consumer=$!
    wait_until 20 camera_open "$2"
    local opened=$?
    kill $consumer
    wait $consumer 2>/dev/null
    [ $opened -eq 0 ] || { echo "camera not opened for a consumer"; return 1; }
    wait_until 8 camera_closed "$2" || { echo "camera still open 8 s after the consumer left"; return 1; }
}

# A consumer that opens the device, queries it and closes at once (as browsers
# do when listing cameras) must not make fakecamd open the camera.
probe_leaves_camera_closed() {
    v4l2-ctl -d "$1" --all >/dev/null 2>&1
    local deadline=$((SECONDS + 4))
    while ((SECONDS < deadline)); do
        camera_closed "$2" || { echo "camera opened after a probe"; return 1; }
        sleep 0.2
    done
}

compliance_while_consuming() {
    ffmpeg -nostdin -hide_banner -loglevel error -f v4l2 -i "$1" -f null - >/dev/null 2>&1 &
    local consumer=$!
    wait_until 20 test "$(status_field State)" = streaming
    compliance_within_baseline "$1" guest/v4l2-compliance-fakecam.baseline
    local rc=$?
    kill $consumer
    wait $consumer 2>/dev/null
    return $rc
}

sessionless_is_refused() {
    as_sessionless_user fakecamctl set-background --color '#ff0000'
    local rc=$?
    [ $rc -eq 3 ] || { echo "exit status $rc, not 3"; return 1; }
}

restart_keeps_background() {
    fakecamctl set-background --color '#123456' || return 1
    systemctl restart fakecamd.service || return 1
    [ "$(status_field BackgroundName)" = '#123456' ] || { echo "background after restart: $(status_field BackgroundName)"; return 1; }
}

kill_restarts() {
    local before
    before=$(fakecamd_pid)
    systemctl kill --signal=KILL fakecamd.service
    wait_until 20 sh -c "test \"\$(systemctl show -p MainPID --value fakecamd.service)\" -gt 0 -a \
        \"\$(systemctl show -p MainPID --value fakecamd.service)\" -ne $before" || { echo "not restarted"; return 1; }
    wait_until 20 systemctl is-active --quiet fakecamd.service
}

# Unplugging the camera while an app streams: state no-camera, the app keeps
# getting frames; plugging it back in resumes streaming.
unplug_and_replug() {
    ffmpeg -nostdin -hide_banner -loglevel error -f v4l2 -i "$1" -f null - >/dev/null 2>&1 &
    local consumer=$! device
    wait_until 20 test "$(status_field State)" = streaming || { kill $consumer; echo "not streaming"; return 1; }
    device=$(webcam_device "$mjpeg_card")
    stop_webcam "$mjpeg_card"
    v4l2loopback-ctl delete "$device" >/dev/null 2>&1
    wait_until 20 test "$(status_field State)" = no-camera || { kill $consumer; echo "state $(status_field State), not no-camera"; return 1; }
    kill -0 $consumer 2>/dev/null || { echo "consumer stopped getting frames"; return 1; }
    start_webcam "$mjpeg_card" "$mjpeg_clip" MJPG 1280 720 || { kill $consumer; return 1; }
    wait_until 30 test "$(status_field State)" = streaming || { kill $consumer; echo "no recovery: $(status_field State)"; return 1; }
    kill $consumer
    wait $consumer 2>/dev/null
}

sigterm_releases() {
    ffmpeg -nostdin -hide_banner -loglevel error -f v4l2 -i "$1" -f null - >/dev/null 2>&1 &
    local consumer=$! pid
    wait_until 20 test "$(status_field State)" = streaming || { kill $consumer; echo "not streaming"; return 1; }
    pid=$(fakecamd_pid)
    kill -TERM "$pid"
    wait_until 1.5 test ! -e "/proc/$pid" || { kill $consumer; echo "still running 1 s after SIGTERM"; return 1; }
    kill $consumer
    wait $consumer 2>/dev/null
    wait_until 20 systemctl is-active --quiet fakecamd.service
}

purge_package() {
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -o Dpkg::Use-Pty=0 fakecam >/dev/null || return 1
    [ ! -e /usr/lib/systemd/system/fakecamd.service ] || { echo "unit file left"; return 1; }
    [ -z "$(systemctl list-unit-files fakecamd.service --no-legend)" ] || { echo "unit still known"; return 1; }
    ! getent passwd fakecam >/dev/null || { echo "user fakecam left"; return 1; }
    [ ! -e /var/lib/fakecam ] || { echo "/var/lib/fakecam left"; return 1; }
    [ ! -e /usr/share/dbus-1/system.d/org.fakecam.Fakecam1.conf ] || { echo "D-Bus policy left"; return 1; }
    [ -z "$(find /etc/systemd -name 'fakecamd*')" ] || { echo "unit links left in /etc/systemd"; return 1; }
}
