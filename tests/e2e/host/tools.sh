# Host tools and inputs the virtual machine test needs, installed idempotently.

install_host_tools() {
    local missing=() package
    for package in qemu-system-x86 qemu-utils mmdebstrap e2fsprogs; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed' ||
            missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return
    echo "e2e: installing ${missing[*]}"
    apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=600 "${missing[@]}" >/dev/null ||
        { apt-get update -qq && apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=600 "${missing[@]}" >/dev/null; } ||
        die "could not install ${missing[*]}"
}
