#!/bin/bash
# Runs inside the guest's root file system at the end of its build.
#   customize.sh PHOTO
set -euo pipefail
photo=$1

kver=$(ls /lib/modules)
dkms autoinstall -k "$kver"
# The compiler stays (dkms depends on it), the kernel headers go; the module
# built from them stays installed.
mapfile -t headers < <(dpkg-query -W -f='${Package}\n' 'linux-headers-*' 'linux-kbuild-*')
apt-get purge -y "${headers[@]}"
find "/lib/modules/$kver" -name 'v4l2loopback.ko*' | grep -q . || {
    echo "v4l2loopback.ko is missing for $kver" >&2
    exit 1
}

# Fake-webcam clips, looped by the tests: a photo of a man speaking to the
# camera, panning slowly, as MJPEG 4:2:2 720p (what most webcams send) and as
# raw YUYV 480p.
clips=/var/lib/fakecam-e2e/clips
mkdir -p "$clips"
ffmpeg -nostdin -hide_banner -loglevel error -loop 1 -framerate 30 -i "$photo" -t 3 \
    -vf "scale=1344:756,crop=1280:720:'32+32*sin(2*PI*t/3)':18,format=yuvj422p" \
    -c:v mjpeg -q:v 4 "$clips/person-1280x720.mjpeg.mkv"
ffmpeg -nostdin -hide_banner -loglevel error -loop 1 -framerate 30 -i "$photo" -t 1 \
    -vf "crop=600:450:'100+40*sin(2*PI*t)':0,scale=640:480,format=yuyv422" \
    -c:v rawvideo "$clips/person-640x480.yuyv.nut"
rm -f "$photo"

# The test users: alice logs in on tty1 (the active seat0 session), bob never logs in.
useradd --create-home --shell /bin/bash alice
useradd --create-home --shell /bin/bash bob
echo 'exec /usr/local/lib/fakecam-e2e/session-agent' >/home/alice/.bash_profile
echo fakecam-e2e >/etc/hostname

# No network in the guest: apt must install ./fakecam.deb from what is here.
: >/etc/apt/sources.list
rm -f /etc/apt/sources.list.d/*
apt-get clean
rm -f /tmp/customize.sh
