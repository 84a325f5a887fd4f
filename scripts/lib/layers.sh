# Sourced by scripts/test-all.sh: running set-up steps, checks and test layers, and adding up their counts.
# Needs $results_dir. Leaves the totals in total_passed/total_failed/total_skipped and one line per step or
# layer in the summary array.
# shellcheck shell=bash

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

layer() { # layer <name> <command...>: {RESULT} in the arguments becomes the path of the layer's JSON result file
  local name=$1; shift
  layer_index=$((layer_index + 1))
  local file
  file="$results_dir/$(printf '%02d' "$layer_index")-$(echo "$name" | tr 'A-Z' 'a-z' | tr -cs 'a-z0-9' '-' | sed 's/-$//').json"
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

totals_line() { # the closing line CI reads
  echo "${total_passed} passed, ${total_failed} failed, ${total_skipped} skipped"
}
