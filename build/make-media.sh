#!/usr/bin/env bash
# Rebuilds the photos in media/ from the Debian packages they come from (media/SOURCES.md says which file
# comes from where, under which licence, and what was changed). The photos are committed, so nothing needs
# this script to build or test; it exists so that every bundled picture can be re-derived and checked.
# Downloads are cached under ${XDG_CACHE_HOME:-$HOME/.cache}/fakecam/media/, keyed by package version and
# checked against the archive's SHA-256. Running it again gives byte-identical files for the same Pillow and
# libjpeg-turbo versions.
set -euo pipefail
cd "$(dirname "$0")/.."

cache="${XDG_CACHE_HOME:-$HOME/.cache}/fakecam/media"
mkdir -p "$cache"

# package=version sha256 of the .deb
packages=(
    "python3-skimage=0.19.3-8 728d88c3e3440f1f3712de0805dc834d29248ff07e1eec8c0f3da07606f752f9"
    "python-matplotlib-data=3.6.3-1 e4150fcebd35ea11e0f66268da97ce62f98a4cf530c944f755f241da1a9158f9"
    "kphotoalbum=5.9.1-1 00f8b26b5db1beb30a822d15f464b3c68ffa556d267870aa98a59aaaaf81ec43"
    "plasma-workspace-wallpapers=4:5.27.5-2 32cd18b71c8c938a18b3b351f217c02ac590e323caa3cf322fbb875ce8892f8b"
)

need=()
/usr/bin/python3 -c 'import PIL' 2>/dev/null || need+=(python3-pil)
command -v jpegtran >/dev/null || need+=(libjpeg-turbo-progs)
if [ ${#need[@]} -gt 0 ]; then
    echo "make-media: installing ${need[*]}"
    apt-get install -y --no-install-recommends "${need[@]}" >/dev/null ||
        { apt-get update >/dev/null && apt-get install -y --no-install-recommends "${need[@]}" >/dev/null; }
fi

src="$cache/extracted"
for entry in "${packages[@]}"; do
    read -r spec sha <<<"$entry"
    name=${spec%%=*}
    version=${spec#*=}
    debs=("$cache/${name}_${version//:/%3a}"_*.deb)
    deb=${debs[0]}
    if [ ! -f "$deb" ] || ! echo "$sha  $deb" | sha256sum -c --quiet - 2>/dev/null; then
        echo "make-media: downloading $spec"
        (cd "$cache" && apt-get download "$spec" >/dev/null 2>&1) ||
            { apt-get update >/dev/null && (cd "$cache" && apt-get download "$spec" >/dev/null 2>&1); }
        debs=("$cache/${name}_${version//:/%3a}"_*.deb)
        deb=${debs[0]}
        echo "$sha  $deb" | sha256sum -c --quiet - || { echo "make-media: $deb does not match $sha" >&2; exit 1; }
    fi
    mkdir -p "$src/$name"
    dpkg-deb -x "$deb" "$src/$name"
done

skimage="$src/python3-skimage/usr/lib/python3/dist-packages/skimage/data"
matplotlib="$src/python-matplotlib-data/usr/share/matplotlib/mpl-data/sample_data"
kpa="$src/kphotoalbum/usr/share/kphotoalbum/demo"
wallpapers="$src/plasma-workspace-wallpapers/usr/share/wallpapers"

# Lossless: metadata (camera EXIF, Photoshop and ICC blocks; all sources are sRGB) dropped, crops on 16x16 MCUs.
jpegtran -copy none -optimize -outfile media/person-navy-portrait.jpg "$matplotlib/grace_hopper.jpg"
jpegtran -copy none -optimize -crop 800x450+0+0 -outfile media/person-head-shoulders.jpg "$kpa/jesper_2.jpg"
jpegtran -copy none -optimize -crop 800x450+0+16 -outfile media/people-two-at-bar.jpg "$kpa/bar55_2.jpg"
jpegtran -copy none -optimize -outfile media/person-beach.jpg "$kpa/anne_helene.jpg"

/usr/bin/python3 - "$skimage" "$wallpapers" <<'EOF'
import sys
from PIL import Image

skimage, wallpapers = sys.argv[1:]

def save(image, path, quality):
    image.save(path, "JPEG", quality=quality, subsampling="4:2:0", optimize=True)

save(Image.open(f"{skimage}/astronaut.png").convert("RGB"), "media/person-astronaut.jpg", 92)

# 2560x1600 (16:10) -> centre 2560x1440 (16:9) -> 1920x1080, quality chosen to keep each file near 400 KB.
for name, out, quality in (("EveningGlow", "background-lake-boats.jpg", 76), ("Path", "background-forest-path.jpg", 71)):
    image = Image.open(f"{wallpapers}/{name}/contents/images/2560x1600.jpg").convert("RGB")
    image = image.crop((0, 80, 2560, 1520)).resize((1920, 1080), Image.LANCZOS)
    save(image, f"media/{out}", quality)
EOF

for f in media/*.jpg; do
    /usr/bin/python3 -c 'import sys; from PIL import Image; i = Image.open(sys.argv[1]); i.load(); print(f"{sys.argv[1]}: {i.width}x{i.height}")' "$f"
done
du -ch media/*.jpg | tail -1
