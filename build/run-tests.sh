#!/usr/bin/env bash
# Runs every test project, then the pixel-kernel tests again with AVX2 and then all hardware intrinsics
# turned off (so the 128-bit and scalar paths are proven on this CPU too), and prints one total line.
set -uo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0

run() {
    echo "== $*"
    "$@" 2>&1 | tee -a "$log" || status=1
}

run models/check.sh
run dotnet test Fakecam.slnx -c Release
run env DOTNET_EnableAVX2=0 dotnet test tests/Fakecam.Daemon.Tests -c Release --no-build --filter "FullyQualifiedName~.Kernels."
run env DOTNET_EnableHWIntrinsic=0 dotnet test tests/Fakecam.Daemon.Tests -c Release --no-build --filter "FullyQualifiedName~.Kernels."

# dotnet test prints one "Passed! - Failed: F, Passed: P, Skipped: S, ..." line per project and run.
read -r passed failed skipped < <(sed -n 's/.*Failed: *\([0-9]*\), Passed: *\([0-9]*\), Skipped: *\([0-9]*\).*/\2 \1 \3/p' "$log" |
    awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
[ "$passed" -gt 0 ] || status=1
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
