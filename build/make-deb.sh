#!/bin/bash
# Builds the Debian package from published binaries and the converted models:
#   build/make-deb.sh VERSION BIN_DIR MODELS_DIR OUT_DIR
# BIN_DIR holds the Native AOT binaries fakecamd and fakecamctl, MODELS_DIR the
# ONNX models with their *.json descriptors, LICENSE and MODEL_CARD.md. Writes
# OUT_DIR/fakecam_VERSION_amd64.deb and fails if lintian reports an error or a
# warning that packaging/debian/lintian-overrides does not explain.
set -euo pipefail

if [ $# -ne 4 ]; then
    echo "usage: $0 VERSION BIN_DIR MODELS_DIR OUT_DIR" >&2
    exit 2
fi
version=$1 bin_dir=$2 models_dir=$3 out_dir=$4
repo=$(cd "$(dirname "$0")/.." && pwd)
packaging=$repo/packaging

fail() { echo "make-deb: $*" >&2; exit 1; }

changelog_version=$(sed -n '1s/^fakecam (\([^)]*\)).*/\1/p' "$packaging/debian/changelog")
[ "$changelog_version" = "$version" ] ||
    fail "version $version is not the newest entry of packaging/debian/changelog ($changelog_version): add an entry"
for binary in fakecamd fakecamd-x86-64-v3 fakecamctl; do
    [ -x "$bin_dir/$binary" ] || fail "$bin_dir/$binary is missing: publish it with Native AOT first"
done
compgen -G "$models_dir/*.onnx" >/dev/null || fail "no *.onnx model in $models_dir: convert the models first"
compgen -G "$models_dir/*.json" >/dev/null || fail "no model descriptor (*.json) in $models_dir"
for file in LICENSE MODEL_CARD.md; do
    [ -f "$models_dir/$file" ] || fail "$models_dir/$file is missing"
done

# lintian and objcopy are the only tools beyond a base Debian system.
missing=()
command -v lintian >/dev/null || missing+=(lintian)
command -v objcopy >/dev/null || missing+=(binutils)
if [ ${#missing[@]} -gt 0 ]; then
    apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=600 "${missing[@]}" >/dev/null ||
        fail "could not install ${missing[*]}: apt-get install --no-install-recommends ${missing[*]}"
fi

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root=$stage/fakecam_${version}_amd64

put() { # put MODE SOURCE DESTINATION (relative to the package root)
    install -D -m "$1" "$2" "$root/$3"
}
put 0755 "$bin_dir/fakecamd" usr/libexec/fakecam/fakecamd
put 0755 "$bin_dir/fakecamd-x86-64-v3" usr/libexec/fakecam/fakecamd-x86-64-v3
put 0755 "$bin_dir/fakecamctl" usr/bin/fakecamctl
for binary in "$root/usr/libexec/fakecam/fakecamd" "$root/usr/libexec/fakecam/fakecamd-x86-64-v3" "$root/usr/bin/fakecamctl"; do
    objcopy --remove-section=.comment "$binary"
done
# The models with their descriptors and licence; the model card is documentation.
for model in "$models_dir"/*.onnx "$models_dir"/*.json "$models_dir/LICENSE"; do
    put 0644 "$model" "usr/share/fakecam/models/$(basename "$model")"
done
put 0644 "$models_dir/MODEL_CARD.md" usr/share/doc/fakecam/MODEL_CARD.md
put 0644 "$packaging/systemd/fakecamd.service" usr/lib/systemd/system/fakecamd.service
put 0644 "$repo/ctl/systemd/fakecam-restore.service" usr/lib/systemd/user/fakecam-restore.service
put 0644 "$packaging/sysusers.d/fakecam.conf" usr/lib/sysusers.d/fakecam.conf
put 0644 "$packaging/modprobe.d/fakecam.conf" usr/lib/modprobe.d/fakecam.conf
put 0644 "$packaging/modules-load.d/fakecam.conf" usr/lib/modules-load.d/fakecam.conf
put 0644 "$packaging/dbus/org.fakecam.Fakecam1.conf" usr/share/dbus-1/system.d/org.fakecam.Fakecam1.conf
put 0644 "$packaging/polkit/org.fakecam.Fakecam1.policy" usr/share/polkit-1/actions/org.fakecam.Fakecam1.policy
put 0644 "$packaging/bash-completion/fakecamctl" usr/share/bash-completion/completions/fakecamctl
# The GNOME Shell extension, system-wide; each user turns it on with gnome-extensions enable.
extension=$repo/desktop/gnome-extension
uuid=$(sed -n 's/^ *"uuid": *"\([^"]*\)".*/\1/p' "$extension/metadata.json")
[ -n "$uuid" ] || fail "no uuid in $extension/metadata.json"
for file in "$extension"/metadata.json "$extension"/*.js; do
    put 0644 "$file" "usr/share/gnome-shell/extensions/$uuid/$(basename "$file")"
done
put 0644 "$repo/ctl/man/fakecamctl.1" usr/share/man/man1/fakecamctl.1
put 0644 "$packaging/man/fakecamd.8" usr/share/man/man8/fakecamd.8
put 0644 "$packaging/debian/copyright" usr/share/doc/fakecam/copyright
put 0644 "$packaging/debian/changelog" usr/share/doc/fakecam/changelog
if grep -qv '^#' "$packaging/debian/lintian-overrides"; then
    put 0644 "$packaging/debian/lintian-overrides" usr/share/lintian/overrides/fakecam
fi
# Debian policy 12.3 and 12.7: manual pages and changelogs are compressed with gzip -9n.
gzip -9n "$root"/usr/share/man/man*/* "$root/usr/share/doc/fakecam/changelog"

installed_size=$(du -sk --apparent-size "$root" | cut -f1)
mkdir -m 0755 "$root/DEBIAN"
sed -e "s/@VERSION@/$version/" -e "s/@INSTALLED_SIZE@/$installed_size/" \
    "$packaging/debian/control" >"$root/DEBIAN/control"
for script in postinst prerm postrm; do
    install -m 0755 "$packaging/debian/$script" "$root/DEBIAN/$script"
done
(cd "$root" && find usr -type f -print0 | sort -z | xargs -0 md5sum) >"$root/DEBIAN/md5sums"
chmod 0644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"

mkdir -p "$out_dir"
deb=$out_dir/fakecam_${version}_amd64.deb
SOURCE_DATE_EPOCH=$(date -d "$(sed -n 's/^ -- .*>  //p' "$packaging/debian/changelog" | head -1)" +%s) \
    dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null

# Errors and unexplained warnings fail the build; overridden tags are listed
# in packaging/debian/lintian-overrides with their reasons.
lintian_log=$stage/lintian.log
lintian --fail-on error,warning --display-info "$deb" >"$lintian_log" 2>&1 || {
    cat "$lintian_log" >&2
    fail "lintian found problems in $deb"
}
grep -v -e "^N: " -e "running with root privileges" "$lintian_log" || true
echo "$deb"
