# Fakecam: the one entry point. Every target installs what it needs on a fresh Debian host, idempotently;
# downloads are cached under $(CACHE).
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := all

CACHE ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/fakecam
VERSION := $(shell sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)
BIN := artifacts/bin
STAMPS := artifacts/stamps
CONFIGURATION ?= Release
AOT_FLAGS := -f net9.0 -r linux-x64 -c $(CONFIGURATION)

export DOTNET_CLI_TELEMETRY_OPTOUT := 1
export DOTNET_NOLOGO := 1
export FAKECAM_CACHE := $(CACHE)
export FAKECAM_MODELS := $(CURDIR)/models

SOURCES := $(shell find common service ctl -name '*.cs' -o -name '*.csproj') Directory.Build.props Directory.Packages.props

.PHONY: all deps test-deps test demo bench deb e2e clean

all: $(BIN)/fakecamd $(BIN)/fakecamctl

# System packages and the ONNX Runtime library (Debian 12 hosts take it from the onnxruntime-node npm package).
deps: $(STAMPS)/deps
$(STAMPS)/deps: build/install-deps.sh build/install-onnxruntime.sh
	build/install-deps.sh
	mkdir -p $(STAMPS)
	build/install-onnxruntime.sh > $(STAMPS)/onnxruntime.path
	touch $@

# What the tests run against besides: dbus-daemon, busctl, gdbus, python3-dbus, setpriv.
test-deps: $(STAMPS)/test-deps
$(STAMPS)/test-deps: build/install-test-deps.sh | deps
	build/install-test-deps.sh
	touch $@

ORT = $(shell cat $(STAMPS)/onnxruntime.path)

# fakecamd twice: for any x86-64 (v2), and for AVX2 CPUs (v3), which the v2 build execs when the CPU allows.
$(BIN)/fakecamd: $(SOURCES) | deps
	dotnet publish service/Fakecam.Daemon.csproj $(AOT_FLAGS) -o $(BIN)
	dotnet publish service/Fakecam.Daemon.csproj $(AOT_FLAGS) -p:IlcInstructionSet=x86-x64-v3 \
		-p:ArtifactsPath=$(CURDIR)/artifacts/build-v3 -o artifacts/bin-v3
	cp artifacts/bin-v3/fakecamd $(BIN)/fakecamd-x86-64-v3

$(BIN)/fakecamctl: $(SOURCES) | deps
	dotnet publish ctl/Fakecam.Ctl.csproj $(AOT_FLAGS) -o $(BIN)

test: all test-deps
	FAKECAM_ONNXRUNTIME="$(ORT)" FAKECAM_BIN="$(CURDIR)/$(BIN)" build/run-tests.sh

demo: all
	FAKECAM_ONNXRUNTIME="$(ORT)" build/demo.sh $(BIN)/fakecamd artifacts/demo

bench: all
	FAKECAM_ONNXRUNTIME="$(ORT)" $(BIN)/fakecamd bench --size 1280x720 --background blur
	FAKECAM_ONNXRUNTIME="$(ORT)" $(BIN)/fakecamd bench --size 1920x1080 --background blur

DEB := artifacts/fakecam_$(VERSION)_amd64.deb

deb: $(DEB)
$(DEB): all build/make-deb.sh $(shell find packaging ctl/systemd ctl/man desktop models -type f)
	build/make-deb.sh $(VERSION) $(BIN) models artifacts

# The package on Debian 13 in a qemu virtual machine with the real kernel, v4l2loopback, systemd and polkit.
e2e: $(DEB)
	tests/e2e/run.sh $(DEB) artifacts/e2e

clean:
	rm -rf artifacts
