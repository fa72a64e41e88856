#!/usr/bin/env bash
# Every test layer, in order; stops at the first failing layer and says which one and why.
# This is the README's test command (npm test) and what .ci/run calls.
set -uo pipefail
cd "$(dirname "$0")/.."
export FORCE_COLOR=0

log_dir="test/artifacts/logs"
mkdir -p "$log_dir"
passed=0
failed=0

layer() {
  local name="$1"; shift
  local log="$log_dir/$name.log"
  local start=$SECONDS
  echo "=== layer: $name"
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  # Sum the test counts that node's test runner ("# pass N") and the real-VS-Code launcher
  # ("[layer] N passed, M failed") print, for the closing line.
  local p f
  p=$(grep -E '^# pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
  f=$(grep -E '^# fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
  p=$((p + $(grep -E '^\[[a-z-]+\] [0-9]+ passed, [0-9]+ failed' "$log" | awk '{s+=$2} END {print s+0}')))
  f=$((f + $(grep -E '^\[[a-z-]+\] [0-9]+ passed, [0-9]+ failed' "$log" | awk '{s+=$4} END {print s+0}')))
  passed=$((passed + p)); failed=$((failed + f))
  if [ "$status" -ne 0 ]; then
    echo "=== FAILED layer: $name (exit $status after $((SECONDS - start))s); its full output is in $log"
    echo "tests: $passed passed, $((failed > 0 ? failed : 1)) failed"
    exit 1
  fi
  echo "=== ok: $name ($((SECONDS - start))s)"
}

layer setup bash .ci/setup.sh
layer typecheck npx tsc --noEmit -p .
layer lint npx eslint src test
layer unit node test/run-unit.mjs
layer grammar npx vscode-tmgrammar-test "test/grammar/**/*.test.fbbatch"
layer build node esbuild.mjs
layer browser npm run --silent test:e2e
layer package npm run --silent package
layer real-vscode node test/integration/run-offline.mjs --skip-package
echo "tests: $passed passed, $failed failed"
