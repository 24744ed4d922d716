# The guest image, cached under $cache/<hash of everything that goes into it>.

image_key() {
    local photo=$1
    {
        cat "$here/image/build-image.sh" "$here/image/customize.sh"
        tar -C "$here/image/rootfs" --sort=name --mtime=@0 --owner=0 --group=0 -c .
        sha256sum <"$photo"
    } | sha256sum | cut -c1-16
}

# Prints the directory of the image for the current inputs, building it first
# if it is not cached, and removing images built from older inputs.
cached_image() {
    local photo key dir
    photo=$(realpath -m "$here/../../media/person-head-shoulders.jpg")
    [ -f "$photo" ] || die "no photo at $photo"
    key=$(image_key "$photo")
    dir=$cache/$key
    if [ ! -f "$dir/rootfs.img" ]; then
        echo "e2e: building the guest image $key (minutes, once per change of its inputs)" >&2
        local work=$cache/building-$key log=$cache/build-$key.log start=$SECONDS
        rm -rf "$work"
        "$here/image/build-image.sh" "$work" "$cache/debs" "$photo" >"$log" 2>&1 ||
            { tail -n 30 "$log" >&2; rm -rf "$work"; die "building the guest image failed; log: $log"; }
        echo "$((SECONDS - start))" >"$work/build-seconds"
        mv "$work" "$dir"
        echo "e2e: image built in $(cat "$dir/build-seconds") s" >&2
        find "$cache" -mindepth 1 -maxdepth 1 -type d -regex '.*/[0-9a-f]\{16\}' ! -name "$key" \
            -exec rm -rf {} +
    fi
    echo "$dir"
}
