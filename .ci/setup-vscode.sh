#!/usr/bin/env bash
# Installs code-server (a real VS Code 1.99.3 served to a browser) into a cache folder, for the
# offline integration and UI tests. Safe to run again: a complete install is detected by a marker
# and left alone. Prints the path of the code-server executable as its only line on stdout.
#
#   FBBATCH_CODE_SERVER_DIR   cache folder (default: ~/.cache/fbbatch-code-server)
#
# Why the steps below: see ../shared/notes/real-vscode-offline.md (code-server's postinstall builds
# native modules and would download ripgrep from the internet unless it finds a cached archive).
set -euo pipefail

# 4.99.4 is the last code-server whose engine is Node 20; it carries VS Code 1.99.3.
readonly CODE_SERVER_VERSION=4.99.4
readonly RIPGREP_PACKAGE_VERSION=1.15.11   # the @vscode/ripgrep that this VS Code pins
readonly RIPGREP_ASSET_VERSION=v13.0.0-10
readonly CACHE_DIR="${FBBATCH_CODE_SERVER_DIR:-$HOME/.cache/fbbatch-code-server}"
readonly MARKER="$CACHE_DIR/.complete-code-server-$CODE_SERVER_VERSION"
readonly CS_ROOT="$CACHE_DIR/node_modules/code-server"
readonly CS_BIN="$CACHE_DIR/node_modules/.bin/code-server"
readonly INSTALL_TIMEOUT_SECONDS=600

log() { printf '[setup-vscode] %s\n' "$*" >&2; }
fail() { printf '[setup-vscode] ERROR: %s\n' "$*" >&2; exit 1; }

# Files that exist only when code-server's postinstall ran to the end (it installs VS Code's own
# dependencies and builds their native modules); a skipped install script leaves them missing.
missing_files() {
  local vs="$CS_ROOT/lib/vscode"
  local f
  for f in \
    "$CS_ROOT/out/node/entry.js" \
    "$vs/node_modules.asar" \
    "$vs/node_modules/@vscode/ripgrep/bin/rg" \
    "$vs/node_modules/node-pty/build/Release/pty.node" \
    "$vs/node_modules/@vscode/spdlog/build/Release/spdlog.node" \
    "$vs/node_modules/native-watchdog/build/Release/watchdog.node" \
    "$vs/node_modules/kerberos/build/Release/kerberos.node" \
    "$vs/bin/remote-cli/code-server"; do
    [ -e "$f" ] || printf '%s\n' "$f"
  done
}

check_node() {
  command -v node >/dev/null || fail "Node.js is not installed; code-server $CODE_SERVER_VERSION needs Node 20."
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  [ "$major" = 20 ] || fail "code-server $CODE_SERVER_VERSION needs Node 20, but 'node' is version $(node --version). Put Node 20 first on PATH."
  command -v npm >/dev/null || fail "npm is not installed (it comes with Node.js)."
}

# Debian packages: libkrb5-dev (headers for the kerberos module), ripgrep (handed to
# @vscode/ripgrep instead of a download), chromium (the browser the tests drive), build tools.
ensure_system_packages() {
  local wanted=()
  command -v rg >/dev/null || wanted+=(ripgrep)
  command -v chromium >/dev/null || [ -x /usr/bin/chromium ] || wanted+=(chromium)
  command -v krb5-config >/dev/null || [ -e /usr/include/gssapi/gssapi.h ] || wanted+=(libkrb5-dev)
  command -v make >/dev/null || wanted+=(make)
  command -v g++ >/dev/null || wanted+=(g++)
  command -v python3 >/dev/null || wanted+=(python3)
  [ ${#wanted[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    fail "missing system packages: ${wanted[*]}. Install them (Debian/Ubuntu: sudo apt-get install -y ${wanted[*]}) and run this again."
  fi
  log "installing system packages: ${wanted[*]}"
  DEBIAN_FRONTEND=noninteractive timeout 300 apt-get update -qq >&2 \
    || fail "apt-get update failed; install ${wanted[*]} by hand and run this again."
  DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -qq --no-install-recommends "${wanted[@]}" >&2 \
    || fail "apt-get install ${wanted[*]} failed; install them by hand and run this again."
}

# @vscode/ripgrep's postinstall looks for this archive in os.tmpdir() before downloading.
seed_ripgrep_cache() {
  local arch target tmp dir
  case "$(uname -m)" in
    x86_64) target=x86_64-unknown-linux-musl ;;
    aarch64 | arm64) target=aarch64-unknown-linux-musl ;;
    *) fail "no ripgrep cache recipe for CPU $(uname -m); only x86_64 and aarch64 are handled." ;;
  esac
  tmp="$(node -p 'require("os").tmpdir()')"
  dir="$tmp/vscode-ripgrep-cache-$RIPGREP_PACKAGE_VERSION"
  mkdir -p "$dir"
  tar czf "$dir/ripgrep-$RIPGREP_ASSET_VERSION-$target.tar.gz" -C "$(dirname "$(command -v rg)")" rg
}

install_code_server() {
  mkdir -p "$CACHE_DIR"
  # A half-finished earlier attempt would be taken as up to date by npm, and the postinstall would
  # not run again: start from an empty node_modules.
  rm -rf "$CACHE_DIR/node_modules" "$CACHE_DIR/package-lock.json"
  # npm 11 asks for install scripts to be approved in the project's package.json; approve exactly
  # the two that code-server needs (its postinstall, and argon2's native build), pinned.
  cat >"$CACHE_DIR/package.json" <<EOF
{
  "name": "fbbatch-code-server-cache",
  "private": true,
  "description": "code-server for the fbbatch offline tests; made by .ci/setup-vscode.sh",
  "dependencies": { "code-server": "$CODE_SERVER_VERSION" },
  "allowScripts": { "code-server@$CODE_SERVER_VERSION": true, "argon2": true }
}
EOF
  local nodedir_env=()
  # Build native modules against the installed Node headers instead of downloading them.
  [ -e /usr/include/node/node_api.h ] && nodedir_env=(npm_config_nodedir=/usr)
  log "installing code-server $CODE_SERVER_VERSION into $CACHE_DIR (about two minutes)"
  # The postinstall runs nested `npm install`s inside lib/vscode, whose package.json we do not
  # own: keep npm's policy at "run with a notice" there (strict mode would refuse). It checks for
  # unsafe-perm when run as root, and runs `npx node-gyp`, hence yes.
  if ! (cd "$CACHE_DIR" && env "${nodedir_env[@]}" \
      npm_config_strict_allow_scripts=false npm_config_ignore_scripts=false \
      npm_config_yes=true npm_config_unsafe_perm=true npm_config_fund=false npm_config_audit=false \
      timeout "$INSTALL_TIMEOUT_SECONDS" npm install --no-save --loglevel=error >&2); then
    fail "npm install of code-server $CODE_SERVER_VERSION failed (see the npm output above; the full log is in ~/.npm/_logs)."
  fi
}

main() {
  check_node
  if [ -e "$MARKER" ] && [ -x "$CS_BIN" ]; then
    printf '%s\n' "$CS_BIN"
    return 0
  fi
  ensure_system_packages
  # An install made by hand before this script existed counts, if it is complete.
  if [ -n "$(missing_files)" ]; then
    seed_ripgrep_cache
    install_code_server
  fi
  local missing
  missing="$(missing_files)"
  if [ -n "$missing" ]; then
    fail "code-server was installed but its postinstall did not finish; missing:
$missing
Check that npm runs install scripts (npm config get ignore-scripts must be false; with
strict-allow-scripts=true the nested installs in lib/vscode are refused)."
  fi
  XDG_DATA_HOME="$CACHE_DIR/xdg-data" timeout 60 "$CS_BIN" --config "$CACHE_DIR/config.yaml" --version >/dev/null 2>&1 \
    || fail "$CS_BIN does not start (try: $CS_BIN --version)."
  touch "$MARKER"
  log "code-server $CODE_SERVER_VERSION is ready"
  printf '%s\n' "$CS_BIN"
}

main "$@"
