# Shared by the test stand-ins in this folder (sourced, not run).
#
# Every stand-in appends "name arg..." to $FAKE_STATE/calls.log, and can be
# told to fail: FAKE_FAIL_<NAME>=always fails every call, FAKE_FAIL_<NAME>=N
# fails the first N calls and then succeeds (NAME is the command name in
# upper case with `_` for `-`, e.g. FAKE_FAIL_MOUNT=3 or
# FAKE_FAIL_SSH_KEYGEN=always). They only ever touch files under
# $HYPERPOD_ROOT and $FAKE_STATE and refuse to run without both.

: "${FAKE_STATE:?FAKE_STATE must name the sandbox state directory}"
: "${HYPERPOD_ROOT:?HYPERPOD_ROOT must name the sandbox root}"

fake_name="${0##*/}"
printf '%s\n' "$fake_name${*:+ $*}" >>"$FAKE_STATE/calls.log"

# Returns 0 (true) when this call has to fail.
fake_should_fail() {
  local var spec count_file count
  var="FAKE_FAIL_${fake_name^^}"
  var="${var//-/_}"
  spec="${!var:-}"
  [[ -z "$spec" ]] && return 1
  [[ "$spec" == always ]] && return 0
  count_file="$FAKE_STATE/failures.$fake_name"
  count=0
  [[ -f "$count_file" ]] && count=$(<"$count_file")
  if ((count < spec)); then
    printf '%s\n' "$((count + 1))" >"$count_file"
    return 0
  fi
  return 1
}
