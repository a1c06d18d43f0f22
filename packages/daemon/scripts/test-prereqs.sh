#!/usr/bin/env bash
# Installs what the daemon's tests use beyond Node: Debian's prometheus package for
# `promtool check metrics` (the metrics test skips, loudly, without it).
set -euo pipefail
if command -v promtool >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "test-prereqs: cannot install prometheus (need root and apt-get); the promtool assertion will be skipped" >&2
  exit 0
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null
# The package enables a service; tests only need the promtool binary.
if command -v systemctl >/dev/null 2>&1; then systemctl disable --now prometheus >/dev/null 2>&1 || true; fi
command -v promtool
