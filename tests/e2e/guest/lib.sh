# Helpers shared by the guest phases. Every check prints exactly one line,
# "PASS name" or "FAIL name: reason", which the host collects.

pass() { echo "PASS $1${2:+ ($2)}"; }
fail() { echo "FAIL $1: $2"; }

# check NAME COMMAND...: passes when COMMAND exits 0; on failure the reason is
# the last line COMMAND printed.
check() {
    local name=$1 output
    shift
    if output=$("$@" 2>&1); then
        pass "$name"
    else
        fail "$name" "$(printf '%s\n' "$output" | grep . | tail -n 1 | tr -d '\r')"
    fi
}

# wait_until SECONDS COMMAND...: retries COMMAND every 0.2 s until it succeeds
# or SECONDS (which may be fractional) have passed.
wait_until() {
    local end now
    end=$(awk -v n="$1" -v t="$EPOCHREALTIME" 'BEGIN { printf "%d", (t + n) * 1000000 }')
    shift
    until "$@" >/dev/null 2>&1; do
        now=${EPOCHREALTIME/./}
        ((now < end)) || return 1
        sleep 0.2
    done
}

say() { echo "$*" >&2; }

# The one virtual camera the package's own modprobe configuration creates.
fakecam_device() {
    v4l2-ctl --list-devices 2>/dev/null | awk '/^Fakecam \(/ { getline; print $1; exit }'
}

# Runs a script inside alice's active seat0 session (see session-agent) and
# prints its output; returns its exit status.
session_queue=/run/fakecam-e2e/session
as_active_user() {
    local name=cmd$RANDOM$RANDOM
    printf '%s\n' "$1" >"$session_queue/$name.tmp"
    chmod 0644 "$session_queue/$name.tmp"
    mv -f "$session_queue/$name.tmp" "$session_queue/$name.cmd"
    wait_until 60 test -e "$session_queue/$name.rc" || { echo "session agent did not answer"; return 125; }
    cat "$session_queue/$name.out"
    return "$(cat "$session_queue/$name.rc")"
}

start_session_queue() {
    install -d -o alice -m 0755 "$session_queue"
    wait_until 90 test -s "$session_queue/ready"
}

# A user with no login session at all.
as_sessionless_user() {
    setpriv --reuid bob --regid bob --init-groups --reset-env -- "$@"
}

# alive PID: the process exists and is not a zombie waiting to be reaped.
alive() { [ -e "/proc/$1" ] && [ "$(cut -d' ' -f3 "/proc/$1/stat" 2>/dev/null)" != Z ]; }

# stop_process PID: SIGTERM, then SIGKILL if it is still there after 5 s (a
# v4l2 reader whose writer died can stay blocked). Succeeds whatever the
# process's own exit status was.
stop_process() {
    kill "$1" 2>/dev/null
    wait_until 5 eval "! alive $1" || kill -9 "$1" 2>/dev/null
    wait "$1" 2>/dev/null
    return 0
}

fakecamd_pid() { systemctl show -p MainPID --value fakecamd.service; }

# has_open PID DEVICE: PID holds a file descriptor on DEVICE.
has_open() {
    local target
    target=$(readlink -f "$2")
    for fd in /proc/"$1"/fd/*; do
        [ "$(readlink "$fd" 2>/dev/null)" = "$target" ] && return 0
    done
    return 1
}

exposure_at_most() {
    local level
    level=$(systemd-analyze security fakecamd.service 2>&1 |
        sed -n 's/.*Overall exposure level for fakecamd.service: \([0-9.]*\).*/\1/p')
    [ -n "$level" ] || { echo "no exposure level reported"; return 1; }
    echo "exposure $level"
    awk -v level="$level" -v limit="$1" 'BEGIN { exit !(level <= limit) }' || {
        echo "exposure $level is above $limit"
        return 1
    }
}
