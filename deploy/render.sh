#!/usr/bin/env bash
# render.sh TEMPLATE...  prints the templates with each @NAME@ replaced by the environment variable VETSYNC_NAME.
# Fails, naming it, on a variable that is not set: a half-rendered resources file would deploy a broken server.
set -euo pipefail
exec perl -pe 's/@([A-Z0-9_]+)@/exists $ENV{"VETSYNC_$1"} ? $ENV{"VETSYNC_$1"} : die "render.sh: VETSYNC_$1 is not set\n"/ge' "$@"
