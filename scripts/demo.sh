#!/usr/bin/env bash
# Quick start, step 1: install what is missing, build, and start the app in demo mode against
# the embedded cloud simulator (no cloud account, no network).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh
scripts/build.sh

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting under xvfb-run (offscreen)." >&2
    exec xvfb-run -a -s "-screen 0 1600x900x24" build/ui/rds-backup-manager --demo "$@"
fi
exec build/ui/rds-backup-manager --demo "$@"
