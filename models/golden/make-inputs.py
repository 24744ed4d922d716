"""Writes the golden input tensors (float32 NHWC RGB in [0, 1], little-endian) and cases.json.

usage: make-inputs.py OUT_DIR
The photo is skimage's astronaut.png (NASA, public domain, shipped by Debian's python3-skimage).
Output tensors are filled in afterwards by make-golden.mjs, which runs TensorFlow Lite.
"""

import hashlib
import json
import os
import re
import sys

import numpy as np
import skimage.io

PHOTO = "/usr/lib/python3/dist-packages/skimage/data/astronaut.png"
MODELS = {
    "landscape": {"tflite": "selfie_segmentation_landscape.tflite", "height": 144, "width": 256},
    "general": {"tflite": "selfie_segmentation.tflite", "height": 256, "width": 256},
}


def box_downscale(image, factor):
    """Averages factor x factor blocks of an 8-bit image, returning floats in [0, 1]."""
    h, w, c = image.shape
    blocks = image[: h - h % factor, : w - w % factor].astype(np.float64) / 255.0
    return blocks.reshape(h // factor, factor, w // factor, factor, c).mean(axis=(1, 3))


def photo():
    image = skimage.io.imread(PHOTO)[:, :, :3]
    if image.shape != (512, 512, 3):
        raise SystemExit(f"{PHOTO}: expected 512x512 RGB, got {image.shape}")
    return image


def astronaut_landscape(height, width):
    # The head-and-shoulders band (top 288 rows) is a 16:9 webcam framing of the square photo.
    return box_downscale(photo()[:288], 2)


def astronaut_square(height, width):
    return box_downscale(photo(), 2)


def astronaut_dim_mirrored(height, width):
    return box_downscale(photo()[:, ::-1], 2) * 0.35


def gradient(height, width):
    y, x = np.mgrid[0:height, 0:width]
    red = x / (width - 1)
    green = y / (height - 1)
    blue = 1.0 - (x + y) / (width + height - 2)
    return np.stack([red, green, blue], axis=-1)


def astronaut_noisy(height, width):
    grain = np.random.Generator(np.random.PCG64(20260101)).normal(0.0, 0.1, (height, width, 3))
    return np.clip(astronaut_landscape(height, width) + grain, 0.0, 1.0)


CASES = [
    ("landscape", "astronaut", astronaut_landscape,
     "astronaut.png, top 512x288 band, 2x2 box-averaged: a person, head and shoulders"),
    ("landscape", "gradient", gradient, "R rises left to right, G top to bottom, B falls diagonally"),
    ("landscape", "astronaut-noisy", astronaut_noisy,
     "the landscape astronaut plus Gaussian noise (sigma 0.1, PCG64 seed 20260101), clipped"),
    ("general", "astronaut", astronaut_square, "astronaut.png, 2x2 box-averaged"),
    ("general", "astronaut-dim-mirrored", astronaut_dim_mirrored,
     "astronaut.png mirrored left-right, 2x2 box-averaged, scaled by 0.35 (low light)"),
]


def main(out_dir):
    photo_sha256 = hashlib.sha256(open(PHOTO, "rb").read()).hexdigest()
    cases = []
    for model, label, make, description in CASES:
        spec = MODELS[model]
        tensor = make(spec["height"], spec["width"]).astype("<f4")[np.newaxis]
        assert tensor.shape == (1, spec["height"], spec["width"], 3)
        assert 0.0 <= tensor.min() and tensor.max() <= 1.0
        name = f"{model}-{label}"
        tensor.tofile(os.path.join(out_dir, name + ".input.f32"))
        cases.append({
            "name": name,
            "model": model,
            "descriptor": f"../{model}.json",
            "tflite": spec["tflite"],
            "input": name + ".input.f32",
            "input_shape": list(tensor.shape),
            "output": name + ".output.f32",
            "output_shape": [1, spec["height"], spec["width"], 1],
            "description": description,
        })
    index = {
        "format": "little-endian float32, row-major (C order) in the given shape, no header",
        "photo": {"file": "astronaut.png from python3-skimage", "sha256": photo_sha256},
        "cases": cases,
    }
    text = json.dumps(index, indent=2)
    # Shapes on one line each.
    text = re.sub(r"\[[\d,\s]+\]", lambda m: "[" + ", ".join(re.findall(r"\d+", m.group())) + "]", text)
    with open(os.path.join(out_dir, "cases.json"), "w") as f:
        f.write(text + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__.strip())
    main(sys.argv[1])
