# Boots the guest for one phase. A working KVM is used when there is one; a
# /dev/kvm that cannot boot a stock kernel (PVM) is detected by the guest not
# reaching the test runner in time, remembered, and emulation (TCG) used instead.

kvm_probe_seconds=${FAKECAM_E2E_KVM_PROBE:-60}
runner_marker='fakecam-e2e: runner started'

choose_accelerator() {
    case ${FAKECAM_E2E_ACCEL:-auto} in
        kvm | tcg) echo "$FAKECAM_E2E_ACCEL" ;;
        auto)
            if [ -w /dev/kvm ] && [ ! -e "$cache/kvm-unusable-$(uname -r)" ]; then
                echo kvm
            else
                echo tcg
            fi
            ;;
        *) die "FAKECAM_E2E_ACCEL must be kvm, tcg or auto" ;;
    esac
}

# run_qemu PHASE IMAGE OUT ACCEL: returns 0 when the guest powered off by itself,
# 10 when KVM failed or did not reach the runner in time, else qemu's status.
# Sets reached_runner to the seconds it took the guest to reach the runner, or ''.
reached_runner=''
run_qemu() {
    local phase=$1 image=$2 out=$3 accel=$4 console=$3/console-$1.log cpu=max
    [ "$accel" = kvm ] && cpu=host
    : >"$console"
    local start=$SECONDS
    timeout -k 10 "$boot_timeout" qemu-system-x86_64 -name fakecam-e2e -machine pc \
        -accel "$accel" -cpu "$cpu" -smp 2 -m 2048 \
        -kernel "$image/vmlinuz" -initrd "$image/initrd.img" \
        -append "root=/dev/vda rw console=ttyS0 panic=-1 loglevel=4 fakecam.e2e=$phase" \
        -drive "file=$out/disk.qcow2,format=qcow2,if=virtio,cache=unsafe" \
        -virtfs "local,path=$out/share,mount_tag=share,security_model=none,id=share" \
        -vga std -display none -serial "file:$console" -monitor none -nic none -no-reboot \
        2>"$out/qemu-$phase.log" &
    local qemu=$! reached=''
    while kill -0 "$qemu" 2>/dev/null; do
        if [ -z "$reached" ] && grep -q "$runner_marker" "$console"; then
            reached=$((SECONDS - start))
            echo "e2e: $phase: guest reached the test runner after $reached s ($accel)"
            echo "$phase boot-to-script ${reached}s $accel" >>"$out/timings"
        fi
        if [ -z "$reached" ] && [ "$accel" = kvm ] && ((SECONDS - start > kvm_probe_seconds)); then
            kill "$qemu"
            wait "$qemu" 2>/dev/null
            return 10
        fi
        sleep 1
    done
    reached_runner=$reached
    local status=0
    wait "$qemu" 2>/dev/null || status=$?
    if [ "$accel" = kvm ] && [ -z "$reached" ] && [ $status -ne 0 ]; then
        return 10
    fi
    return $status
}

boot_guest() {
    local phase=$1 image=$2 out=$3 accel status=0
    accel=$(choose_accelerator)
    local start=$SECONDS
    run_qemu "$phase" "$image" "$out" "$accel" || status=$?
    if [ $status -eq 10 ] && [ "${FAKECAM_E2E_ACCEL:-auto}" = kvm ]; then
        die "KVM was asked for (FAKECAM_E2E_ACCEL=kvm) but did not boot the guest: $(tail -n 1 "$out/qemu-$phase.log")"
    fi
    if [ $status -eq 10 ]; then
        echo "e2e: KVM did not boot the guest (qemu: $(tail -n 1 "$out/qemu-$phase.log")); using emulation (TCG) from now on"
        touch "$cache/kvm-unusable-$(uname -r)"
        rm -f "$out/share/out/$phase/rc"
        status=0
        accel=tcg
        run_qemu "$phase" "$image" "$out" tcg || status=$?
    fi
    # Under emulation the guest kernel has (rarely) crashed while booting, before any test ran: boot it once
    # more. A crash after the runner started is a result and is reported as one.
    if [ ! -f "$out/share/out/$phase/rc" ] && [ -z "$reached_runner" ] && grep -q 'Kernel panic' "$out/console-$phase.log"; then
        cp "$out/console-$phase.log" "$out/console-$phase-crashed.log"
        echo "e2e: $phase: the guest kernel crashed while booting, before the tests ($(grep -m 1 -o 'RIP: 0010:[^ ]*' "$out/console-$phase.log" || echo 'see the console log')); booting it once more"
        echo "$phase boot-crash-retried" >>"$out/timings"
        status=0
        run_qemu "$phase" "$image" "$out" "$accel" || status=$?
    fi
    echo "$phase guest-total $((SECONDS - start))s" >>"$out/timings"
    if [ ! -f "$out/share/out/$phase/rc" ]; then
        echo "---- last lines of the guest console ($out/console-$phase.log):" >&2
        tail -n 40 "$out/console-$phase.log" >&2 || true
        cat "$out/qemu-$phase.log" >&2 || true
        [ $status -eq 124 ] && die "the guest ($phase) did not finish within $boot_timeout s"
        die "the virtual machine ($phase) did not run the tests (qemu exit status $status)"
    fi
}
