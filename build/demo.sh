#!/usr/bin/env bash
# The embedded demo: a short clip made from a bundled photo of a person, processed with a blurred and with a
# replaced background, side by side with the original (MP4) plus a PNG contact sheet.
set -euo pipefail
fakecamd=$(realpath "$1")
out=$2
cd "$(dirname "$0")/.."
source build/media.conf

if ! command -v ffmpeg >/dev/null; then
    echo "demo: installing ffmpeg (used to make the input clip and the side-by-side video)"
    apt-get install -y --no-install-recommends ffmpeg >/dev/null || { apt-get update >/dev/null && apt-get install -y --no-install-recommends ffmpeg >/dev/null; }
fi

mkdir -p "$out"
# The raw clips (some 170 MB each) are only needed until the MP4 and the contact sheet are made.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seconds=4
echo "demo: making a ${seconds} s 1280x720 clip from media/$DEMO_PERSON"
ffmpeg -v error -y -loop 1 -i "media/$DEMO_PERSON" -t "$seconds" -r 30 \
    -vf "scale=1344:756,crop=1280:720:x='32+32*sin(t*1.6)':y=0,format=yuv420p" \
    -f yuv4mpegpipe -strict -1 "$work/input.y4m"

echo "demo: fakecamd process --background blur"
"$fakecamd" process --input "$work/input.y4m" --output "$work/blur.y4m" --background blur=0.6
echo "demo: fakecamd process --background image=media/$DEMO_BACKGROUND"
"$fakecamd" process --input "$work/input.y4m" --output "$work/image.y4m" --background "image=media/$DEMO_BACKGROUND"

label() { echo "drawtext=text='$1':x=16:y=16:fontsize=36:fontcolor=white:box=1:boxcolor=black@0.5:boxborderw=8"; }
ffmpeg -v error -y -i "$work/input.y4m" -i "$work/blur.y4m" -i "$work/image.y4m" -filter_complex \
    "[0]scale=640:360,$(label before)[a];[1]scale=640:360,$(label blur)[b];[2]scale=640:360,$(label image)[c];[a][b][c]hstack=inputs=3,format=yuv420p" \
    -c:v libx264 -crf 23 -preset veryfast "$out/demo.mp4" 2>/dev/null \
  || ffmpeg -v error -y -i "$work/input.y4m" -i "$work/blur.y4m" -i "$work/image.y4m" -filter_complex \
    "[0]scale=640:360[a];[1]scale=640:360[b];[2]scale=640:360[c];[a][b][c]hstack=inputs=3,format=yuv420p" \
    -c:v mpeg4 -q:v 4 "$out/demo.mp4"

ffmpeg -v error -y -i "$work/input.y4m" -i "$work/blur.y4m" -i "$work/image.y4m" -filter_complex \
    "[0]select='not(mod(n\,40))',scale=426:240,tile=1x3[a];[1]select='not(mod(n\,40))',scale=426:240,tile=1x3[b];[2]select='not(mod(n\,40))',scale=426:240,tile=1x3[c];[a][b][c]hstack=inputs=3" \
    -frames:v 1 "$out/contact-sheet.png"

echo "demo: wrote $out/demo.mp4 (before | blur | image) and $out/contact-sheet.png"
