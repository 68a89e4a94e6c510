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
# The test stand-ins source their shared _lib.sh by a computed path, which the
# linter cannot follow (SC1091); _lib.sh is linted as a file of its own.
shellcheck --external-sources --shell=bash --exclude=SC1091 "${shell_files[@]}" || status=1
[[ $status -eq 0 ]] && echo "lint: biome and shellcheck (${#shell_files[@]} shell files) clean"
exit $status
