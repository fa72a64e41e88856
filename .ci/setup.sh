#!/usr/bin/env bash
# Installs what the tests need on a fresh machine: Debian packages, the npm dependencies and
# (for the real-VS-Code layers) code-server in a cache folder. Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v rg >/dev/null 2>&1 || need_apt+=(ripgrep)
command -v curl >/dev/null 2>&1 || need_apt+=(curl)
[ -x /usr/bin/time ] || need_apt+=(time) # peak memory in the benchmarks
[ -e /usr/include/krb5.h ] || [ -e /usr/include/krb5/krb5.h ] || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${need_apt[*]}"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "setup: these Debian packages are missing and this user cannot install them: ${need_apt[*]}" >&2
    echo "setup: install them as root (apt-get install ${need_apt[*]}) and run again." >&2
    exit 1
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm dependencies (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "${FBBATCH_SKIP_VSCODE:-}" != "1" ]; then
  bash .ci/setup-vscode.sh
fi
