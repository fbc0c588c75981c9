#!/usr/bin/env bash
# The README's test command (`npm test`): formatting, lint (with the module-boundary rules), type-check, the build of
# every project (the integration tests run the compiled apps), unit tests, integration tests against the real
# Kafka broker and PostgreSQL, then the console's tests in a real browser (Chromium) against the suite.
# Every step runs even if an earlier one failed; the last line sums up all Jest tests together.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false
# CI checks everything afresh: no task result is taken from Nx's cache there.
export NX_SKIP_NX_CACHE="${NX_SKIP_NX_CACHE:-${CI:-false}}"
# PGlite loads Node modules with dynamic import(), which Jest allows only with VM modules enabled.
export NODE_OPTIONS="${NODE_OPTIONS:-} --experimental-vm-modules --disable-warning=ExperimentalWarning"

reports=tmp/test-reports
rm -rf "$reports"
mkdir -p "$reports"
failed_steps=()

step() {
  local name="$1"
  shift
  echo
  echo "=== $name"
  "$@" || failed_steps+=("$name")
}

step "format (prettier)" npx prettier --check --log-level warn .
step "lint" npx nx run-many -t lint --parallel=2 --outputStyle=static
step "type-check" npx nx run-many -t typecheck --parallel=2 --outputStyle=static
step "build" npx nx run-many -t build --parallel=2 --outputStyle=static
step "unit tests" npx jest -c jest.config.js --json --outputFile="$reports/unit.json"
# The event store's tests measure commit order against PostgreSQL's cluster-wide snapshot fence: while other files
# write to the same cluster the fence lags and their waits grow without bound (a worker hit 4 GB in CI). They run
# first, alone. The other integration files run one at a time too (jest.int.config.js).
step "integration tests (event store, alone)" npx jest -c jest.int.config.js --selectProjects shared-event-store:int \
  --json --outputFile="$reports/integration-event-store.json"
step "integration tests" npx jest -c jest.int.config.js --ignoreProjects shared-event-store:int \
  --json --outputFile="$reports/integration.json"
step "browser tests (console)" env BROWSER_TEST_REPORT="$reports/browser.json" \
  npx playwright test -c apps/console-e2e/playwright.config.ts

echo
((${#failed_steps[@]} == 0)) || echo "FAILED steps: ${failed_steps[*]}"
node tools/scripts/test-summary.js "$reports/unit.json" "$reports/integration-event-store.json" "$reports/integration.json" \
  "$reports/browser.json"
summary_status=$?
((${#failed_steps[@]} == 0 && summary_status == 0))
