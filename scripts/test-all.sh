#!/usr/bin/env bash
# The README's test command (`npm test`): build, typecheck, then every test layer — unit (mocha),
# grammar (vscode-tmgrammar-test), integration in a real VS Code in English and in zh-cn, and the
# browser bundle in a web worker host, and the scopes VS Code itself assigns (token inspector; the
# suite cannot ask VS Code 1.139 for them).
# Prints each layer's counts and ends with one line `N passed, N failed, N skipped` over all layers.
# A build, typecheck or lint error counts as one failure. Exit code non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export FORCE_COLOR=0 NO_COLOR=1

total_passed=0 total_failed=0 total_skipped=0
summary=()
log_dir=$(mktemp -d "${TMPDIR:-/tmp}/study-report-tests.XXXXXX")
trap 'rm -rf "$log_dir"' EXIT

count() { # count <file> <regex with one number group>  → the number, or 0
  sed -n -E "s/$2/\1/p" "$1" | tail -1 | grep -E '^[0-9]+$' || echo 0
}

record() { # record <layer> <passed> <failed> <skipped>
  total_passed=$((total_passed + $2)) total_failed=$((total_failed + $3)) total_skipped=$((total_skipped + $4))
  summary+=("$(printf '%-22s %4d passed, %d failed, %d skipped' "$1" "$2" "$3" "$4")")
}

step() { # step <name> <command...>: a check without test counts; an error counts as one failure
  local name=$1; shift
  echo "=== $name: $*"
  local start=$SECONDS
  if "$@"; then
    summary+=("$(printf '%-22s ok (%ds)' "$name" $((SECONDS - start)))")
  else
    total_failed=$((total_failed + 1))
    summary+=("$(printf '%-22s FAILED' "$name")")
  fi
}

mocha_layer() { # mocha_layer <name> <command...>: parses "N passing / N failing / N pending"
  local name=$1; shift
  local out="$log_dir/$name.log"
  echo "=== $name: $*"
  "$@" 2>&1 | tee "$out"
  local rc=${PIPESTATUS[0]}
  local p f s
  p=$(count "$out" '^ *([0-9]+) passing.*')
  f=$(count "$out" '^ *([0-9]+) failing.*')
  s=$(count "$out" '^ *([0-9]+) pending.*')
  # mocha that dies before its summary (syntax error, no files) still has to count as a failure
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  record "$name" "$p" "$f" "$s"
}

integration_layer() { # integration_layer <name> <args...>: the runner's last line is the count
  local name=$1; shift
  local out="$log_dir/$name.log"
  echo "=== $name: node scripts/run-integration.mjs $*"
  node scripts/run-integration.mjs --no-build "$@" 2>&1 | tee "$out"
  local rc=${PIPESTATUS[0]}
  local line p f s
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed, [0-9]+ skipped$' "$out" | tail -1)
  p=$(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/')
  f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
  s=$(echo "$line" | sed -E 's/.* ([0-9]+) skipped$/\1/')
  [ -n "$line" ] || { p=0 f=0 s=0; }
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  record "$name" "$p" "$f" "$s"
}

grammar_layer() { # one test per grammar test file; vscode-tmgrammar-test prints one line per file
  local out="$log_dir/grammar.log"
  echo "=== grammar: npm run test:grammar"
  npm run -s test:grammar 2>&1 | tee "$out"
  local rc=${PIPESTATUS[0]}
  local files p f
  files=$(find test/grammar -name '*.test.txt' | wc -l)
  p=$(grep -c 'run successfuly\.$' "$out" || true)
  f=$((files - p))
  if [ "$rc" -ne 0 ] && [ "$f" -le 0 ]; then f=1; fi
  record grammar "$p" "$f" 0
}

check_layer() { # check_layer <name> <passed regex> <failed regex> <command...>: a script that prints its own counts
  local name=$1 passed_re=$2 failed_re=$3; shift 3
  local out="$log_dir/check.$(echo "$name" | tr -c 'a-z' _).log"
  echo "=== $name: $*"
  "$@" 2>&1 | tee "$out"
  local rc=${PIPESTATUS[0]}
  local p f
  p=$(count "$out" "$passed_re")
  f=$(count "$out" "$failed_re")
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  record "$name" "$p" "$f" 0
}

started=$SECONDS
step build node scripts/build.mjs
step typecheck npx tsc -p . --noEmit
step lint npx eslint
mocha_layer unit npx mocha --config test/unit/.mocharc.json --no-color
grammar_layer
integration_layer "integration (en)"
integration_layer "integration (zh-cn)" --locale zh-cn
# The browser bundle alone in code-server's web worker extension host (vscode.dev's kind of host).
check_layer "web worker host" '^web smoke: ([0-9]+) checks passed, [0-9]+ failed$' '^web smoke: [0-9]+ checks passed, ([0-9]+) failed$' \
  node scripts/web-smoke.mjs
# VS Code's own token inspector must show the grammar's scopes on the seed (one test per probe).
check_layer "scopes (real VS Code)" '^([0-9]+) scopes confirmed, [0-9]+ missing$' '^[0-9]+ scopes confirmed, ([0-9]+) missing$' \
  node scripts/grammar-screenshots.mjs --out "$log_dir/shots"

echo
echo "=== summary ($((SECONDS - started)) s)"
printf '%s\n' "${summary[@]}"
echo "${total_passed} passed, ${total_failed} failed, ${total_skipped} skipped"
[ "$total_failed" -eq 0 ]
