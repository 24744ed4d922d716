# Fake webcams: extra v4l2loopback devices with stable card names, fed by
# ffmpeg from clips of a person made when the image was built (encoding live
# is too slow under emulation).

clips=/var/lib/fakecam-e2e/clips
mjpeg_card="Test Webcam MJPEG"
mjpeg_clip=$clips/person-1280x720.mjpeg.mkv
yuyv_card="Test Webcam YUYV"
yuyv_clip=$clips/person-640x480.yuyv.nut
feeder_dir=/run/fakecam-e2e/feeders

webcam_device() {
    v4l2-ctl --list-devices 2>/dev/null | awk -v card="$1 (" 'index($0, card) == 1 { getline; print $1; exit }'
}

# plug_webcam CARD CLIP FOURCC [BSF]: creates the device if needed and feeds it
# in a loop, as a webcam that is plugged in and waits for an app; with BSF (an
# ffmpeg bitstream filter), the frames pass through it on the way.
plug_webcam() {
    local card=$1 clip=$2 fourcc=$3 bsf=${4:-null} device
    device=$(webcam_device "$card")
    if [ -z "$device" ]; then
        v4l2loopback-ctl add --name "$card" --exclusive-caps 1 >/dev/null || return 1
        device=$(webcam_device "$card")
    fi
    [ -c "$device" ] || { echo "no device for $card"; return 1; }
    mkdir -p "$feeder_dir"
    ffmpeg -nostdin -hide_banner -loglevel error -re -stream_loop -1 -i "$clip" \
        -c:v copy -bsf:v "$bsf" -f v4l2 "$device" >/dev/null 2>&1 &
    echo $! >"$feeder_dir/$card.pid"
    wait_until 30 sh -c "v4l2-ctl -d '$device' --get-fmt-video | grep -q \"'$fourcc'\"" ||
        { echo "$device never offered $fourcc"; return 1; }
}

# start_webcam CARD CLIP FOURCC WIDTH HEIGHT: plugs the webcam in and checks a
# reader sees the clip's format and frames.
start_webcam() {
    local card=$1 width=$4 height=$5 device
    plug_webcam "$1" "$2" "$3" || return 1
    device=$(webcam_device "$card")
    v4l2-ctl -d "$device" --get-fmt-video | grep -q "Width/Height *: $width/$height" ||
        { echo "$device is not ${width}x$height"; return 1; }
    local frames=/tmp/webcam-frames
    v4l2-ctl -d "$device" --stream-mmap --stream-count=5 --stream-to=$frames >/dev/null 2>&1 &&
        [ -s $frames ] || { echo "no frames read from $device"; return 1; }
}

stop_webcam() {
    local pid
    pid=$(cat "$feeder_dir/$1.pid") || return 1
    stop_process "$pid"
    rm -f "$feeder_dir/$1.pid"
}

# v4l2-compliance never exits 0 on v4l2loopback: the check is that every test
# it fails is one the baseline file lists, and that it ran as many tests.
# compliance_within_baseline DEVICE BASELINE NAME: the full report is kept as
# v4l2-compliance-NAME.txt with the phase's results.
compliance_within_baseline() {
    local device=$1 baseline=$2 report failed unexpected total expected_total
    report=$(v4l2-compliance -d "$device" 2>&1)
    printf '%s\n' "$report" >"$E2E_OUT/v4l2-compliance-$3.txt"
    total=$(sed -n 's/^Total for .*: \([0-9]*\), Succeeded.*/\1/p' <<<"$report" | tail -n 1)
    expected_total=$(sed -n 's/^# total: //p' "$baseline")
    failed=$(sed -n 's/^\s*test \(.*\): FAIL$/\1/p' <<<"$report")
    unexpected=$(grep -vxF -f <(grep -v '^#' "$baseline") <<<"$failed" | grep . | paste -sd ';')
    echo "$(sed -n 's/^Total for .*: \([0-9]*, .*\)/\1/p' <<<"$report" | tail -n 1)"
    [ -n "$total" ] || { echo "v4l2-compliance gave no total"; return 1; }
    [ "$total" -ge "$expected_total" ] || { echo "ran $total tests, baseline has $expected_total"; return 1; }
    [ -z "$unexpected" ] || { echo "failures not in the baseline: $unexpected"; return 1; }
}
