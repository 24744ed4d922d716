# Checks of fakecamd itself, run against the installed package after the
# reboot. The camera is the MJPEG fake webcam, chosen by its card name.

# consumer_frame_rgb DEVICE X Y: streams from DEVICE for 25 s (the camera
# starts when the app does, slowly under emulation) and prints the mean
# "R G B" of the 32x32 block at X,Y of the last frame. The time is the
# clock's, not ffmpeg's -t: a new reader first gets the last frame written,
# stamped when it was written (at start, say), so the stream's own time can
# jump by more than 25 s between its first two frames.
consumer_frame_rgb() {
    timeout -s INT -k 10 25 ffmpeg -nostdin -hide_banner -loglevel error -f v4l2 -i "$1" \
        -vf "crop=32:32:$2:$3,scale=1:1" -f rawvideo -pix_fmt rgb24 - 2>/tmp/consumer.err |
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

# property NAME: a property of the service, read with busctl.
property() {
    busctl -j get-property org.fakecam.Fakecam1 /org/fakecam/Fakecam1 org.fakecam.Fakecam1 "$1" 2>/dev/null |
        jq -r '.data | if type == "array" then map(tostring) | join(" ") else tostring end'
}

# property_is NAME VALUE, with the actual value as the reason when it differs.
property_is() {
    local actual
    actual=$(property "$1")
    [ "$actual" = "$2" ] || { echo "$1 is '$actual', not '$2'"; return 1; }
}

# The test webcam is the configured camera, and fakecamd does not hold it open.
camera_configured_and_closed() {
    [ -n "$1" ] || { echo "the test webcam is missing"; return 1; }
    [ "$(readlink -f "$(property Camera)")" = "$(readlink -f "$1")" ] || [ "$(property Camera)" = "$mjpeg_card" ] ||
        { echo "the camera is '$(property Camera)', not the test webcam"; return 1; }
    wait_until 10 camera_closed "$1" || { echo "fakecamd holds the camera open without a consumer; $(daemon_report)"; return 1; }
}

fakecamd_running() { systemctl is-active --quiet fakecamd.service && [ "$(fakecamd_pid)" -gt 0 ]; }
camera_open() { fakecamd_running && has_open "$(fakecamd_pid)" "$1"; }
camera_closed() { fakecamd_running && ! has_open "$(fakecamd_pid)" "$1"; }

# start_consumer DEVICE: an app streaming from DEVICE in the background; its
# pid is in $consumer, what it says in $consumer_log.
consumer_log=/tmp/consumer-stream.err
start_consumer() {
    ffmpeg -nostdin -hide_banner -loglevel warning -f v4l2 -i "$1" -f null - >/dev/null 2>"$consumer_log" &
    consumer=$!
}

consumer_last_words() { grep . "$consumer_log" | tail -n 1; }

stop_consumer() { stop_process "$consumer"; }

service_checks() {
    local fakecam=$1 camera
    camera=$(webcam_device "$mjpeg_card")

    check fakecamd-ready fakecamd_becomes_ready
    # Without a running fakecamd the rest would only wait for their timeouts.
    local run=check
    fakecamd_running || run=fail_without_daemon
    $run background-survives-reboot property_is BackgroundName '#2040a0'
    $run journal-without-onnx-schema-noise start_is_quiet
    $run busctl-introspect introspection_complete
    $run fakecamctl-status-json status_json_has_state
    $run set-camera-by-card-name set_camera "$mjpeg_card" "$camera"
    $run camera-closed-without-consumer camera_configured_and_closed "$camera"
    $run state-idle-without-consumer wait_until 10 property_is State idle

    $run consumer-gets-colour-background consumer_sees_colour "$fakecam"
    $run camera-released-after-consumer camera_follows_consumer "$fakecam" "$camera"
    $run probe-does-not-open-camera probe_leaves_camera_closed "$fakecam" "$camera"
    $run v4l2-compliance-fakecam-streaming compliance_while_consuming "$fakecam"

    $run fakecamctl-root set_colour_as root '#20a040'
    $run fakecamctl-active-session set_colour_as active '#2040a0'
    $run fakecamctl-sessionless-exit-3 sessionless_is_refused
    $run restart-keeps-background restart_keeps_background
    $run kill-9-restarts kill_restarts
    $run sigterm-exits-within-3s sigterm_releases "$fakecam"
    $run unplug-no-camera-and-replug unplug_and_replug "$fakecam"
    $run undecodable-frames-no-camera garbled_camera_recovers "$fakecam"
    $run pause-with-silent-camera-acts-at-once pause_while_camera_silent "$fakecam" "$camera"
    $run sigterm-with-silent-camera-exits-within-3s sigterm_while_camera_silent "$fakecam"
}

fail_without_daemon() { fail "$1" "fakecamd is not running"; }

active_running() {
    [ "$(systemctl show -p ActiveState,SubState --value fakecamd.service | paste -sd ' ')" = "active running" ]
}

# Active means fakecamd sent READY=1 (Type=notify).
fakecamd_becomes_ready() {
    wait_until 30 active_running ||
        { echo "fakecamd is '$(systemctl show -p ActiveState,SubState,Result --value fakecamd.service | paste -sd ' ')'"; return 1; }
}

# Debian's ONNX Runtime reports some 570 duplicate operator schemas on stderr
# as it starts; fakecamd keeps them out of the journal.
start_is_quiet() {
    local lines
    lines=$(journalctl -b -u fakecamd.service -o cat | grep -c '^Schema error: ')
    [ "$lines" -eq 0 ] || { echo "$lines 'Schema error' lines from fakecamd in the journal"; return 1; }
}

status_json_has_state() {
    local state
    state=$(property State)
    [ -n "$state" ] || { echo "no State property"; return 1; }
    fakecamctl status --json | jq -e --arg state "$state" '[.. | strings] | index($state) != null' >/dev/null ||
        { echo "status --json does not show the state '$state'"; return 1; }
}

set_camera() {
    fakecamctl set-camera "$1" || return 1
    local id
    id=$(property Camera)
    [ "$id" = "$1" ] || [ "$(readlink -f "$id")" = "$(readlink -f "$2")" ] ||
        { echo "Camera is '$id'"; return 1; }
}

set_colour_as() {
    case $1 in
        root) fakecamctl set-background --color "$2" ;;
        active) as_active_user "fakecamctl set-background --color '$2'" ;;
    esac || return 1
    property_is BackgroundName "$2" && property_is BackgroundKind color
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

# An app streaming from the virtual camera sees the chosen colour where the
# clip shows the wall behind the man (a block at the left edge).
consumer_sees_colour() {
    set_colour_as root '#00c000' || return 1
    local rgb
    rgb=$(consumer_frame_rgb "$1" 40 300)
    near_rgb "$rgb" "0 192 0" ||
        { echo "background block is '$rgb', not near 0 192 0; the app's last words: $(tail -n 1 /tmp/consumer.err)"; return 1; }
}

# What fakecamd is doing, for a check that finds it holding the camera: the state it
# reports, and each thread's name, run state and kernel wait channel.
daemon_report() {
    local pid task
    pid=$(fakecamd_pid)
    printf 'state %s; threads:' "$(property State)"
    for task in /proc/"$pid"/task/*; do
        printf ' [%s %s %s]' "$(cat "$task/comm" 2>/dev/null)" \
            "$(sed 's/.*) //' "$task/stat" 2>/dev/null | cut -d' ' -f1)" "$(cat "$task/wchan" 2>/dev/null)"
    done
}

# The camera opens while an app streams and closes a few seconds after it stops.
camera_follows_consumer() {
    start_consumer "$1"
    wait_until 20 camera_open "$2"
    local opened=$?
    stop_consumer
    [ $opened -eq 0 ] || { echo "camera not opened for a consumer"; return 1; }
    wait_until 8 camera_closed "$2" || { echo "camera still open 8 s after the consumer left; $(daemon_report)"; return 1; }
}

# A consumer that opens the device, queries it and closes at once (as browsers
# do when listing cameras) must not make fakecamd open the camera.
probe_leaves_camera_closed() {
    camera_configured_and_closed "$2" || return 1
    v4l2-ctl -d "$1" --all >/dev/null 2>&1
    local deadline=$((SECONDS + 4))
    while ((SECONDS < deadline)); do
        camera_closed "$2" || { echo "camera opened after a probe"; return 1; }
        sleep 0.2
    done
}

compliance_while_consuming() {
    start_consumer "$1"
    wait_until 20 property_is State streaming
    compliance_within_baseline "$1" guest/v4l2-compliance-fakecam.baseline fakecam-streaming
    local rc=$?
    stop_consumer
    return $rc
}

sessionless_is_refused() {
    local before rc=0
    before=$(property BackgroundName)
    [ -n "$before" ] || { echo "fakecamd does not answer"; return 1; }
    as_sessionless_user fakecamctl set-background --color '#ff0000' || rc=$?
    [ $rc -eq 3 ] || { echo "exit status $rc, not 3"; return 1; }
    property_is BackgroundName "$before"
}

restart_keeps_background() {
    set_colour_as root '#123456' || return 1
    systemctl restart fakecamd.service || return 1
    property_is BackgroundName '#123456'
}

kill_restarts() {
    local before
    fakecamd_running || { echo "fakecamd is not running"; return 1; }
    before=$(fakecamd_pid)
    systemctl kill --signal=KILL fakecamd.service
    # A start loads ONNX Runtime and the model: over ten seconds under emulation.
    wait_until 90 restarted_since "$before" ||
        { echo "not restarted 90 s after SIGKILL: $(systemctl show -p ActiveState,SubState,NRestarts --value fakecamd.service | paste -sd ' ')"; return 1; }
    wait_until 20 property_is State idle
}

restarted_since() { fakecamd_running && [ "$(fakecamd_pid)" -ne "$1" ]; }

# Unplugging the camera while an app streams: state no-camera, the app keeps
# getting frames; plugging it back in resumes streaming.
unplug_and_replug() {
    start_consumer "$1"
    wait_until 20 property_is State streaming || { stop_consumer; echo "not streaming"; return 1; }
    local device
    device=$(webcam_device "$mjpeg_card")
    stop_webcam "$mjpeg_card"
    wait_until 20 property_is State no-camera || { stop_consumer; property_is State no-camera; return 1; }
    # fakecamd retries the camera every 2 s, holding it open for a moment each time.
    wait_until 10 v4l2loopback-ctl delete "$device" || { stop_consumer; echo "could not remove $device"; return 1; }
    sleep 3
    property_is State no-camera || { stop_consumer; return 1; }
    alive "$consumer" || { echo "the app stopped getting frames while unplugged: $(consumer_last_words)"; return 1; }
    plug_webcam "$mjpeg_card" "$mjpeg_clip" MJPG || { stop_consumer; return 1; }
    wait_until 30 property_is State streaming ||
        { stop_consumer; echo "no recovery: State $(property State)"; return 1; }
    sleep 3
    alive "$consumer" || { echo "the app stopped getting frames after the replug: $(consumer_last_words)"; return 1; }
    stop_consumer
}

# A webcam that keeps sending frames fakecamd cannot decode (a tenth of every
# frame's bytes overwritten): fakecamd says why, apps get the camera-off frame
# (state no-camera) instead of a frozen picture, the service stays up, and it
# streams again once the frames are good.
garbled_camera_recovers() {
    start_consumer "$1"
    wait_until 20 property_is State streaming || { stop_consumer; echo "not streaming"; return 1; }
    local pid since
    pid=$(fakecamd_pid)
    since=$(date '+%Y-%m-%d %H:%M:%S')
    stop_webcam "$mjpeg_card"
    plug_webcam "$mjpeg_card" "$mjpeg_clip" MJPG noise=amount=10 || { stop_consumer; return 1; }
    wait_until 40 journal_since "$since" 'went away: no usable frame for 5 s' ||
        { stop_consumer; echo "no unusable-frames report; $(daemon_report)"; return 1; }
    wait_until 10 property_is State no-camera || { stop_consumer; property_is State no-camera; return 1; }
    alive "$consumer" || { echo "the app stopped getting frames: $(consumer_last_words)"; return 1; }
    stop_webcam "$mjpeg_card"
    plug_webcam "$mjpeg_card" "$mjpeg_clip" MJPG || { stop_consumer; return 1; }
    wait_until 30 property_is State streaming ||
        { stop_consumer; echo "no recovery: State $(property State); $(daemon_report)"; return 1; }
    stop_consumer
    [ "$(fakecamd_pid)" = "$pid" ] || { echo "fakecamd was restarted"; return 1; }
}

# journal_since TIME TEXT: fakecamd logged TEXT since TIME.
journal_since() { journalctl -u fakecamd.service --since "$1" -o cat | grep -qF "$2"; }

# SIGTERM while streaming: fakecamd releases the camera and the loopback and
# exits promptly. SPEC's 1 s is for real hardware; emulation is 5-20x slower.
sigterm_releases() {
    [ -n "$(webcam_device "$mjpeg_card")" ] || start_webcam "$mjpeg_card" "$mjpeg_clip" MJPG 1280 720 || return 1
    start_consumer "$1"
    wait_until 20 property_is State streaming || { stop_consumer; echo "not streaming"; return 1; }
    local pid
    pid=$(fakecamd_pid)
    kill -TERM "$pid"
    wait_until 3 eval "! alive $pid"
    local gone=$?
    stop_consumer
    # A clean exit on SIGTERM is not restarted by Restart=on-failure.
    systemctl start fakecamd.service
    [ $gone -eq 0 ] || { echo "still running 3 s after SIGTERM"; return 1; }
}

# Pausing just after the camera stopped sending: fakecamd does not wait out the
# seconds it gives a silent camera before it counts it as gone; it closes the
# camera and shows the privacy frame at once.
pause_while_camera_silent() {
    start_consumer "$1"
    wait_until 20 property_is State streaming || { stop_consumer; echo "not streaming"; return 1; }
    stop_webcam "$mjpeg_card"
    sleep 1
    fakecamctl pause >/dev/null
    wait_until 2 property_is State paused
    local paused=$?
    local report
    report="State $(property State); $(daemon_report)"
    camera_closed "$2"
    local closed=$?
    fakecamctl resume >/dev/null
    stop_consumer
    plug_webcam "$mjpeg_card" "$mjpeg_clip" MJPG
    [ $paused -eq 0 ] || { echo "not paused 2 s after the request: $report"; return 1; }
    [ $closed -eq 0 ] || { echo "camera still open while paused"; return 1; }
}

# SIGTERM just after the camera stopped sending: fakecamd does not wait out the
# seconds it gives a silent camera before it counts it as gone.
sigterm_while_camera_silent() {
    start_consumer "$1"
    wait_until 20 property_is State streaming || { stop_consumer; echo "not streaming"; return 1; }
    local pid
    pid=$(fakecamd_pid)
    stop_webcam "$mjpeg_card"
    sleep 1
    kill -TERM "$pid"
    wait_until 3 eval "! alive $pid"
    local gone=$?
    stop_consumer
    plug_webcam "$mjpeg_card" "$mjpeg_clip" MJPG
    systemctl start fakecamd.service
    [ $gone -eq 0 ] || { echo "still running 3 s after SIGTERM; $(daemon_report)"; return 1; }
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
