#!/usr/bin/env bash
# Installs the real servers and tools the tests use (idempotent), from Debian's packages:
#   dnsmasq     the DNS server that serves SRV/A/TXT records to the discovery tests
#   prometheus  for `promtool check metrics` on the daemon's /metrics
#   chromium    headless browser for the web page test (driven by playwright-core)
# When one cannot be installed, says so loudly; the tests that need it then fail or skip
# with a message naming this script.
set -uo pipefail

missing=()
command -v dnsmasq >/dev/null 2>&1 || [ -x /usr/sbin/dnsmasq ] || missing+=(dnsmasq)
command -v promtool >/dev/null 2>&1 || missing+=(prometheus)
[ -x /usr/bin/chromium ] || missing+=(chromium)

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
  echo "!!! test-prereqs: apt-get install ${missing[*]} FAILED; the tests that need them will fail or skip loudly." >&2
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
  exit 0
fi
# The Debian packages start system services where an init system runs; the tests start
# their own dnsmasq on a free port and use only the promtool binary.
if command -v systemctl >/dev/null 2>&1; then
  systemctl disable --now dnsmasq prometheus >/dev/null 2>&1 || true
fi
exit 0
