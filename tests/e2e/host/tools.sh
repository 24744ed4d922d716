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

# A photo of a person for the fake webcams: the public-domain astronaut portrait
# that Debian's python3-skimage ships, taken from the package without installing it.
person_photo() {
    local dir=${XDG_CACHE_HOME:-$HOME/.cache}/fakecam/e2e-media photo
    photo=$(compgen -G "$dir/*/astronaut.png" | head -n 1 || true)
    if [ -z "$photo" ]; then
        local version work
        version=$(apt-cache show --no-all-versions python3-skimage 2>/dev/null | sed -n 's/^Version: //p')
        [ -n "$version" ] || die "apt knows no python3-skimage: run apt-get update"
        work=$(mktemp -d)
        (cd "$work" && apt-get download -qq -o APT::Sandbox::User=root "python3-skimage=$version" >/dev/null) ||
            { rm -rf "$work"; die "could not download python3-skimage"; }
        mkdir -p "$dir/skimage-$version"
        dpkg-deb --fsys-tarfile "$work"/python3-skimage_*.deb |
            tar -x -O --wildcards '*/skimage/data/astronaut.png' >"$dir/skimage-$version/astronaut.png"
        rm -rf "$work"
        photo=$dir/skimage-$version/astronaut.png
    fi
    [ -s "$photo" ] || die "no photo at $photo"
    echo "$photo"
}
