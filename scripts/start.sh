#!/usr/bin/env bash
# The README's "open it" command (`npm start`): on a fresh machine installs what is missing, builds
# the .vsix, installs it into a real VS Code (code-server, its own profile under
# ~/.cache/study-report-host/start-profile) and opens samples/ at a 127.0.0.1 URL until Ctrl-C.
#
#   npm start                                   serve samples/ until Ctrl-C
#   npm start -- --screenshot docs/images/x.png [--theme light|dark] [--open FILE] [--folder DIR]
#                                               headless screenshot of a report, then exit
# Every option is passed to scripts/open-vscode.mjs (see there).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
bash scripts/install-host.sh
echo "[start] packaging the extension"
npm run -s package >/dev/null
exec node scripts/open-vscode.mjs --vsix study-report.vsix "$@"
