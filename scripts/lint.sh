#!/usr/bin/env bash
# npm run lint: Biome (format + lint) on the TypeScript and JavaScript, then
# ShellCheck on every shell script that runs on nodes or stands in for a
# command in the lifecycle-script tests. `npm test` needs neither.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
status=0

npx --no-install biome check . || status=1

if ! command -v shellcheck >/dev/null 2>&1; then
  echo "lint: shellcheck is not installed (Debian: apt-get install shellcheck); .ci/run installs it" >&2
  exit 1
fi
mapfile -t shell_files < <(
  { find lifecycle-scripts -name '*.sh' -type f; find __tests__/lifecycle-scripts/fakebin scripts -type f \( -name '*.sh' -o ! -name '*.*' \); } | sort -u
)
shellcheck --external-sources --shell=bash "${shell_files[@]}" || status=1
[[ $status -eq 0 ]] && echo "lint: biome and shellcheck (${#shell_files[@]} shell files) clean"
exit $status
