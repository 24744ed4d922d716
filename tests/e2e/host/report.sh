# Turns the guest's PASS/FAIL lines into the verdict. Checks listed in
# expected-failures that fail are skipped; listed checks that pass are counted as
# passed and flagged, so the list can be shortened once they pass reliably.

report() {
    local out=$1 expected_file=$2 elapsed=$3
    local passed=0 failed=0 skipped=0 phase line name
    mapfile -t expected < <(grep -v '^\s*\(#\|$\)' "$expected_file")
    is_expected() { printf '%s\n' "${expected[@]}" | grep -qxF "$1"; }

    echo ""
    for phase in install verify; do
        echo "---- $phase"
        while IFS= read -r line; do
            name=${line#* }
            name=${name%%[: ]*}
            case $line in
                PASS\ *)
                    if is_expected "$name"; then
                        echo "$line [listed in tests/e2e/expected-failures: remove it there once it passes every run]"
                    else
                        echo "$line"
                    fi
                    passed=$((passed + 1))
                    ;;
                FAIL\ *)
                    if is_expected "$name"; then
                        echo "SKIP ${line#FAIL } [expected to fail]"
                        skipped=$((skipped + 1))
                    else
                        echo "$line"
                        failed=$((failed + 1))
                    fi
                    ;;
            esac
        done <"$out/share/out/$phase/log"
        if [ "$(cat "$out/share/out/$phase/rc")" != 0 ]; then
            echo "FAIL $phase-script: exited with status $(cat "$out/share/out/$phase/rc"); see $out/share/out/$phase/log"
            failed=$((failed + 1))
        fi
    done

    echo ""
    sed 's/^/e2e: /' "$out/timings"
    echo "e2e: whole run ${elapsed}s; logs, journals and dmesg in $out/share/out"
    if ((passed == 0)); then
        echo "e2e: FAILED: no check passed"
        failed=$((failed + 1))
    fi
    echo "e2e: $passed passed, $failed failed, $skipped skipped"
    ((failed == 0))
}
