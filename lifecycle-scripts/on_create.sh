#!/bin/bash
# HyperPod lifecycle entry point. HyperPod copies this folder to every new
# node and runs this script there as root, with the folder as the working
# directory. It opens the log and hands over to provision.py, which does the
# work. Details: docs/lifecycle-scripts.md.
#
# On failure exactly one line on stderr says what failed and what to check,
# and the exit status is 1 (HyperPod then marks the node as failed).

set -uo pipefail
umask 022

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# HYPERPOD_ROOT puts every file under a prefix; tests use it, real nodes do not.
log_dir="${HYPERPOD_ROOT:-}/var/log/provision"
log_file="${log_dir}/provisioning.log"

stamp() {
  date -u +%Y-%m-%dT%H:%M:%SZ
}

log() {
  printf '%s INFO [on_create] %s\n' "$(stamp)" "$*" | tee -a "$log_file"
}

fail() {
  printf '%s ERROR [on_create] FAILED [on_create] %s\n' "$(stamp)" "$*" >>"$log_file" 2>/dev/null
  printf 'FAILED [on_create] %s\n' "$*" >&2
  exit 1
}

if ! mkdir -p "$log_dir" 2>/dev/null || ! touch "$log_file" 2>/dev/null; then
  printf 'FAILED [on_create] cannot write the log file %s. Check: that the script runs as root\n' "$log_file" >&2
  exit 1
fi

log "lifecycle scripts start in $PWD (scripts in $script_dir)"
if ! command -v python3 >/dev/null 2>&1; then
  fail "python3 is not installed. Check: the node image (HyperPod's Ubuntu image ships python3)"
fi

status=0
python3 -B -u "$script_dir/provision.py" || status=$?
case "$status" in
  0)
    log "lifecycle scripts finished"
    exit 0
    ;;
  3)
    # provision.py has already printed and logged the one-line reason.
    exit 1
    ;;
  *)
    fail "provision.py stopped with exit status $status before it could say why. Check: the lines above in $log_file"
    ;;
esac
