#!/usr/bin/env bash
# Builds the app image with installer/build.sh and runs it without a display: --version,
# then watch against a local nats-server for a few seconds, ended with SIGTERM. Prints the
# image's size and the start-up times it measured, and 'N passed, N failed' last.
#
#   installer/check-app-image.sh           build, then check
#   installer/check-app-image.sh --no-build  check the image already in target/installer
#
# Needs JAVA_HOME (a JDK 21+) for the build, and nats-server (Debian package nats-server).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
# shellcheck source=installer/check-common.sh
. installer/check-common.sh
trap stop_nats_server EXIT

require_packages nats-server:nats-server

if [ "${1:-}" != --no-build ]; then
    started=$SECONDS
    installer/build.sh app-image
    echo "     build: $((SECONDS - started)) s"
fi

image=target/installer/heartbeat-monitor
launcher=$image/bin/heartbeat-monitor
version=$(awk '$1 == "app-module" { print $3 }' target/installer/work/modules.txt)

check "the app image has its launcher" [ -x "$launcher" ]
check "the app image carries the icon" [ -s "$image/lib/heartbeat-monitor.png" ]
check "JavaFX's native libraries are in the runtime, not unpacked at run time" \
    [ -f "$image/lib/runtime/lib/libglass.so" ]
check_version "$launcher" "$version"
check_watch "$launcher"
echo "     app image on disk: $(du -sh "$image" | cut -f1)"

summary
