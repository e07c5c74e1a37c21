# shellcheck shell=bash
# Shared by installer/check-app-image.sh and installer/check-deb.sh (sourced, not run):
# counting checks, a local nats-server, the headless watch run, and timing.

checks_passed=0
checks_failed=0
nats_pid=
nats_dir=

pass() {
    checks_passed=$((checks_passed + 1))
    echo "PASS $*"
}

flunk() {
    checks_failed=$((checks_failed + 1))
    echo "FAIL $*"
}

# check DESCRIPTION COMMAND...: runs the command and counts its outcome.
check() {
    local description=$1
    shift
    if "$@"; then
        pass "$description"
    else
        flunk "$description"
    fi
}

summary() {
    echo "$checks_passed passed, $checks_failed failed"
    [ "$checks_failed" -eq 0 ]
}

now_ms() {
    date +%s%3N
}

apt_lists_updated=

# apt-get, after one 'apt-get update' per run: a fresh machine's package lists may be empty
# or older than the mirror, and then even an install of a local .deb cannot find its
# dependencies.
apt_get() {
    if [ -z "$apt_lists_updated" ]; then
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
        apt_lists_updated=yes
    fi
    DEBIAN_FRONTEND=noninteractive apt-get "$@"
}

# Installs missing Debian packages as root, or names them and stops.
require_packages() {
    local missing=() pair command package
    for pair in "$@"; do
        command=${pair%%:*}
        package=${pair#*:}
        if ! command -v "$command" >/dev/null && [ ! -x "/usr/sbin/$command" ]; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
        echo "Installing ${missing[*]}" >&2
        apt_get install -y --no-install-recommends "${missing[@]}" >&2
    else
        echo "Install first: sudo apt-get install ${missing[*]}" >&2
        exit 1
    fi
}

nats_server_binary() {
    command -v nats-server 2>/dev/null || echo /usr/sbin/nats-server
}

# Starts nats-server on a free loopback port and sets nats_url; stop_nats_server ends it.
start_nats_server() {
    nats_dir=$(mktemp -d)
    "$(nats_server_binary)" -a 127.0.0.1 -p -1 >"$nats_dir/log" 2>&1 &
    nats_pid=$!
    local waited=0
    until grep -q 'Server is ready' "$nats_dir/log"; do
        if [ $waited -ge 100 ] || ! kill -0 "$nats_pid" 2>/dev/null; then
            echo "nats-server did not start:" >&2
            cat "$nats_dir/log" >&2
            return 1
        fi
        sleep 0.1
        waited=$((waited + 1))
    done
    local port
    port=$(sed -n 's/.*Listening for client connections on [^ ]*:\([0-9][0-9]*\).*/\1/p' "$nats_dir/log" | head -n 1)
    nats_url="nats://127.0.0.1:$port"
}

stop_nats_server() {
    if [ -n "$nats_pid" ]; then
        kill "$nats_pid" 2>/dev/null || true
        wait "$nats_pid" 2>/dev/null || true
        nats_pid=
    fi
    if [ -n "$nats_dir" ]; then
        rm -rf "$nats_dir"
        nats_dir=
    fi
}

# Java prints "WARNING:" lines for missing native access, Unsafe use and unknown modules in
# the launcher's options; a package that starts with any of them is not finished.
no_java_warnings() {
    ! grep -q '^WARNING:' "$1"
}

# check_version LAUNCHER VERSION: --version prints the version, exits 0, and warns of nothing.
check_version() {
    local launcher=$1 version=$2 scratch started status=0
    scratch=$(mktemp -d)
    started=$(now_ms)
    "$launcher" --version >"$scratch/out" 2>"$scratch/err" || status=$?
    version_ms=$(($(now_ms) - started))
    check "--version exits 0" [ "$status" -eq 0 ]
    check "--version prints 'heartbeat-monitor $version'" grep -qx "heartbeat-monitor $version" "$scratch/out"
    check "--version prints no Java warning" no_java_warnings "$scratch/err"
    echo "     launch to --version output: ${version_ms} ms"
    rm -rf "$scratch"
}

only_json_lines() {
    [ -s "$1" ] && ! grep -qv '^{.*}$' "$1"
}

# line_has_state LINE STATE FILE: LINE (a number, or $ for the last) is a connection event
# with that state.
line_has_state() {
    sed -n "$1p" "$3" | grep -q "\"event\":\"connection\".*\"state\":\"$2\""
}

# check_watch LAUNCHER: watch against a local nats-server for a few seconds, then SIGTERM;
# it must exit 0 with a 'connected' JSON line first and a 'closed' one last.
check_watch() {
    local launcher=$1 scratch started pid status=0 waited=0 failed_before=$checks_failed
    scratch=$(mktemp -d)
    start_nats_server
    started=$(now_ms)
    "$launcher" watch --server "$nats_url" --tenant t --json --no-history >"$scratch/out" 2>"$scratch/err" &
    pid=$!
    until grep -q '"connected"' "$scratch/out" || [ $waited -ge 200 ] || ! kill -0 "$pid" 2>/dev/null; do
        sleep 0.05
        waited=$((waited + 1))
    done
    watch_connected_ms=$(($(now_ms) - started))
    sleep 3
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" || status=$?
    stop_nats_server

    check "watch exits 0 on SIGTERM" [ "$status" -eq 0 ]
    check "watch prints only JSON lines" only_json_lines "$scratch/out"
    check "watch's first line says connected" line_has_state 1 connected "$scratch/out"
    check "watch's last line says closed" line_has_state '$' closed "$scratch/out"
    check "watch prints no Java warning" no_java_warnings "$scratch/err"
    echo "     launch to 'connected': ${watch_connected_ms} ms"
    if [ "$checks_failed" -gt "$failed_before" ]; then
        echo "---- watch output"; cat "$scratch/out"; echo "---- watch errors"; cat "$scratch/err"
    fi
    rm -rf "$scratch"
}
