#!/usr/bin/env bash
# The README's test command (`npm test`), on a fresh clone with nothing run before it:
#   set-up    npm ci when node_modules is missing or stale, LibreOffice/poppler (scripts/install-office.sh,
#             for the Word-document tests of the unit layer), the VS Code host (scripts/install-host.sh);
#             each is cached and takes seconds when already done;
#   checks    build, typecheck, lint;
#   layers    unit (mocha), grammar (vscode-tmgrammar-test, one test per file), integration in a real
#             VS Code in English and in zh-cn, the browser bundle alone in a web worker host, and the
#             scopes VS Code itself assigns (its token inspector).
# Each layer writes one JSON result { "layer", "passed", "failed", "skipped" } into the results dir
# (STUDY_REPORT_RESULTS, default a temporary one); this script sums those files. A layer that exits
# without writing a valid one, or exits non-zero while reporting no failure, counts one failure more;
# a set-up step or check that fails counts as one failure.
# The last line is `N passed, N failed, N skipped` over all layers; exit code non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export FORCE_COLOR=0 NO_COLOR=1

if [ -n "${STUDY_REPORT_RESULTS:-}" ]; then
  results_dir=$STUDY_REPORT_RESULTS
  mkdir -p "$results_dir"
else
  results_dir=$(mktemp -d "${TMPDIR:-/tmp}/study-report-tests.XXXXXX")
  trap 'rm -rf "$results_dir"' EXIT
fi

# step, layer and the totals: scripts/lib/layers.sh (unit-tested in test/unit/test-all-layers.test.ts)
source scripts/lib/layers.sh

started=$SECONDS
step "npm ci" bash scripts/install-deps.sh
step "LibreOffice, poppler" bash scripts/install-office.sh
step "VS Code host" bash scripts/install-host.sh
step build node scripts/build.mjs
step typecheck npx tsc -p . --noEmit
step lint npx eslint
layer unit npx mocha --config test/unit/.mocharc.json --no-color \
  --reporter ./scripts/lib/mocha-result-reporter.cjs --reporter-option 'result={RESULT},layer=unit'
layer grammar node scripts/test-grammar.mjs --result '{RESULT}'
layer "integration (en)" node scripts/run-integration.mjs --no-build --result '{RESULT}'
layer "integration (zh-cn)" node scripts/run-integration.mjs --no-build --locale zh-cn --result '{RESULT}'
# The browser bundle alone in code-server's web worker extension host (vscode.dev's kind of host).
layer "web worker host" node scripts/web-smoke.mjs --result '{RESULT}'
# VS Code's own token inspector must show the grammar's scopes on the seed (one test per probe).
layer "scopes (real VS Code)" node scripts/grammar-screenshots.mjs --out "$results_dir/shots" --result '{RESULT}'

echo
echo "=== summary ($((SECONDS - started)) s; layer results in $results_dir)"
printf '%s\n' "${summary[@]}"
totals_line
[ "$total_failed" -eq 0 ]
