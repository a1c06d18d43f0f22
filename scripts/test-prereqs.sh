#!/usr/bin/env bash
# Installs the real servers the tests start (idempotent). Today: dnsmasq, the DNS server
# that serves SRV/A/TXT records to the discovery tests. When it cannot be installed, says
# so loudly; the tests that need it then fail with a message naming this script.
set -uo pipefail

missing=()
command -v dnsmasq >/dev/null 2>&1 || [ -x /usr/sbin/dnsmasq ] || missing+=(dnsmasq)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
  echo "!!! test-prereqs: missing ${missing[*]} and not running as root, so apt-get" >&2
  echo "!!! cannot install it. Install it (Debian: apt-get install ${missing[*]})." >&2
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "!!! test-prereqs: missing ${missing[*]} and there is no apt-get here; install it by hand." >&2
  exit 0
fi

echo "test-prereqs: installing ${missing[*]} with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
if ! apt-get update -qq >/dev/null; then
  echo "!!! test-prereqs: apt-get update failed; trying the install with the lists present" >&2
fi
if ! apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
  echo "!!! test-prereqs: apt-get install ${missing[*]} FAILED; the DNS discovery tests will fail." >&2
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
  exit 0
fi
# The Debian package starts a system dnsmasq on port 53 where an init system runs; the
# tests start their own on a free port and need no system instance.
exit 0
