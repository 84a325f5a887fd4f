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

total_passed=0 total_failed=0 total_skipped=0
summary=()
layer_index=0

step() { # step <name> <command...>: a set-up step or check without test counts; an error counts as one failure
  local name=$1; shift
  echo "=== $name: $*"
  local start=$SECONDS
  if "$@"; then
    summary+=("$(printf '%-24s ok (%ds)' "$name" $((SECONDS - start)))")
  else
    total_failed=$((total_failed + 1))
    summary+=("$(printf '%-24s FAILED' "$name")")
  fi
}

layer() { # layer <name> <command...>: the command gets the path of its JSON result file in $RESULT
  local name=$1; shift
  layer_index=$((layer_index + 1))
  local file
  file="$results_dir/$(printf '%02d' "$layer_index")-$(echo "$name" | tr -cs 'a-z0-9' '-' | sed 's/-$//').json"
  rm -f "$file"
  local args=("${@//\{RESULT\}/$file}")
  echo "=== $name: ${args[*]}"
  local start=$SECONDS
  "${args[@]}"
  local rc=$?
  local counts p f s note=""
  counts=$(node scripts/lib/read-layer-result.mjs "$file")
  if [ -z "$counts" ]; then
    p=0 f=1 s=0 note=" (no valid result file: the layer crashed? exit $rc)"
  else
    read -r p f s <<<"$counts"
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1 note=" (exit $rc with no failed test)"; fi
  fi
  total_passed=$((total_passed + p)) total_failed=$((total_failed + f)) total_skipped=$((total_skipped + s))
  summary+=("$(printf '%-24s %4d passed, %d failed, %d skipped (%ds)%s' "$name" "$p" "$f" "$s" $((SECONDS - start)) "$note")")
}

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
echo "${total_passed} passed, ${total_failed} failed, ${total_skipped} skipped"
[ "$total_failed" -eq 0 ]
