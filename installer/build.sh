#!/usr/bin/env bash
# Builds Heartbeat Monitor for installation: a jlink runtime, a jpackage app image, and from
# that image an installer of the kind asked for, all into target/installer/.
#
#   installer/build.sh app-image   the self-contained folder (any system)
#   installer/build.sh deb         Debian/Ubuntu package (Linux, needs fakeroot and dpkg-deb)
#   installer/build.sh rpm         Fedora/RHEL/SUSE package (Linux, needs rpmbuild)
#   installer/build.sh msi         Windows installer (Windows, needs WiX; run from Git Bash)
#   installer/build.sh dmg         macOS disk image (macOS)
#
# JAVA_HOME must name a JDK 21 or newer; its jlink and jpackage do the work and its runtime
# becomes the application's. The project is built with Maven first unless target/ is newer
# than the sources (or HBMON_SKIP_MAVEN=1, as the Maven profile sets).
#
# What goes into the runtime is not listed here: RuntimeModules.java reads it from the
# build's target/lib, so modules that the build adds are linked without a change here.
# The jpackage options live in installer/jpackage/*.txt: common.txt for every run,
# app-image.txt and one file per system for the app image, one file per installer kind
# (and linux-package.txt for both Linux kinds) for the installers.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"

out=target/installer
work=$out/work
options=installer/jpackage

main() {
    local kind=${1:-}
    case "$kind" in
        app-image | deb | rpm | msi | dmg) ;;
        *)
            echo "usage: installer/build.sh app-image|deb|rpm|msi|dmg" >&2
            exit 2
            ;;
    esac

    detect_system
    require_jdk
    require_package_tools "$kind"
    build_project

    local started=$SECONDS
    survey_modules
    link_runtime
    report "runtime" "$work/runtime" "$started"

    started=$SECONDS
    package_app_image
    report "app image" "$app_image" "$started"

    if [ "$kind" != app-image ]; then
        started=$SECONDS
        package_installer "$kind"
        report "$kind" "$(ls -t "$out"/*."$kind" | head -n 1)" "$started"
    fi
}

detect_system() {
    case "$(uname -s)" in
        Linux) system=linux ;;
        Darwin) system=macos ;;
        MINGW* | MSYS* | CYGWIN*) system=windows ;;
        *) fail "unknown system $(uname -s)" ;;
    esac
}

require_jdk() {
    if [ -z "${JAVA_HOME:-}" ]; then
        fail "set JAVA_HOME to a JDK 21 or newer (on Debian for example /usr/lib/jvm/temurin-25-jdk-amd64)"
    fi
    jdk_bin="$JAVA_HOME/bin"
    local tool
    for tool in java jlink jpackage; do
        if [ ! -x "$jdk_bin/$tool" ] && [ ! -x "$jdk_bin/$tool.exe" ]; then
            fail "JAVA_HOME=$JAVA_HOME has no $tool: it must be a full JDK 21 or newer, not a JRE"
        fi
    done
    jdk_feature=$("$jdk_bin/java" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java.specification.version = //p' | tr -d '\r')
    if [ -z "$jdk_feature" ] || [ "${jdk_feature%%.*}" -lt 21 ]; then
        fail "JAVA_HOME=$JAVA_HOME is Java ${jdk_feature:-of unknown version}; Heartbeat Monitor needs 21 or newer"
    fi
}

require_package_tools() {
    case "$1" in
        deb)
            need_linux deb
            need_command fakeroot fakeroot
            need_command dpkg-deb dpkg
            ;;
        rpm)
            need_linux rpm
            # Limitation: Debian's rpm package is enough to build the .rpm but not to test it,
            # because installing it needs an RPM-based system.
            need_command rpmbuild rpm
            ;;
        msi) [ "$system" = windows ] || fail "an .msi is built on Windows (jpackage cannot cross-build)" ;;
        dmg) [ "$system" = macos ] || fail "a .dmg is built on macOS (jpackage cannot cross-build)" ;;
    esac
}

need_linux() {
    [ "$system" = linux ] || fail "a .$1 is built on Linux (jpackage cannot cross-build)"
}

# Installs a missing tool from Debian's packages when running as root, or says which to install.
need_command() {
    local command=$1 package=$2
    if command -v "$command" >/dev/null; then
        return
    fi
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
        echo "Installing $package for $command" >&2
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$package" >&2
    else
        fail "$command is missing: install it (Debian/Ubuntu: sudo apt-get install $package)"
    fi
}

build_project() {
    local jar=target/heartbeat-monitor.jar
    if [ "${HBMON_SKIP_MAVEN:-0}" = 1 ]; then
        [ -f "$jar" ] || fail "HBMON_SKIP_MAVEN=1 but $jar is missing"
        return
    fi
    if [ -f "$jar" ] && [ -d target/lib ] && [ -z "$(find pom.xml src/main -newer "$jar" -print -quit)" ]; then
        return
    fi
    echo "Building the project with Maven" >&2
    mvn -B -q -DskipTests package
}

# Splits the build's modules between the runtime and the launcher's module path.
survey_modules() {
    rm -rf "$work"
    mkdir -p "$work"
    "$jdk_bin/java" installer/RuntimeModules.java target/heartbeat-monitor.jar target/lib >"$work/modules.txt"

    app_version=$(awk '$1 == "app-module" { print $3 }' "$work/modules.txt")
    # jpackage wants a plain dotted number; a -SNAPSHOT or other qualifier is dropped.
    package_version=${app_version%%-*}

    mkdir -p "$work/app-modules"
    cp target/heartbeat-monitor.jar "$work/app-modules/"
    local keyword jar
    while read -r keyword jar; do
        if [ "$keyword" = beside ]; then
            cp "$jar" "$work/app-modules/"
        fi
    done <"$work/modules.txt"
}

link_runtime() {
    local modules excluded
    modules=$(awk '$1 == "link" || $1 == "jdk" { print $2 }' "$work/modules.txt" | paste -s -d , -)
    modules=$modules$(extra_jdk_modules)
    # Native libraries leave the module image: the ones the runtime needs are copied into its
    # library folder below, the others (other systems, unused JavaFX parts) are dropped.
    excluded=$(awk '
        $1 == "native" || $1 == "unused-native" { printf "%s/%s/%s", sep, $2, $3; sep = "," }
        $1 == "foreign-native" { printf "%sglob:/%s/%s**", sep, $2, $3; sep = "," }
    ' "$work/modules.txt")

    # --ignore-signing-information: BouncyCastle's jar is signed, and jlink cannot carry a
    # jar signature into the image. OpenJDK does not ask JCE providers to be signed, so the
    # provider works unsigned.
    "$jdk_bin/jlink" \
        --module-path target/lib \
        --add-modules "$modules" \
        --exclude-resources "$excluded" \
        --ignore-signing-information \
        --strip-debug --no-header-files --no-man-pages \
        --compress zip-6 \
        --output "$work/runtime" 2> >(grep -v 'signed modular JAR' >&2)

    place_natives
}

# JDK modules that no descriptor names but the monitor needs at run time.
extra_jdk_modules() {
    # Up to Java 21 the elliptic curves of TLS live in jdk.crypto.ec; later in java.base.
    if [ "${jdk_feature%%.*}" -lt 22 ]; then
        printf ',jdk.crypto.ec'
    fi
}

place_natives() {
    local target=$work/runtime/lib
    if [ "$system" = windows ]; then
        target=$work/runtime/bin
    fi
    local keyword _module entry jar
    while read -r keyword _module entry jar; do
        if [ "$keyword" = native ]; then
            (cd "$target" && "$jdk_bin/jar" xf "$jar" "$entry")
            chmod 755 "$target/$entry"
        fi
    done <"$work/modules.txt"
}

package_app_image() {
    app_name=$(sed -n 's/^--name "\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$options/$system.txt")
    app_image=$out/$app_name
    if [ "$system" = macos ]; then
        app_image=$app_image.app
        mac_version
    fi
    rm -rf "$app_image"
    # Native access as src/main/launcher/heartbeat-monitor grants it (ALL-UNNAMED and
    # sqlite-jdbc), extended to every module with native code that the application resolves,
    # so that JavaFX is covered once the window code requires it.
    local granted
    granted=$(awk '$1 == "native-access" { printf ",%s", $2 }' "$work/modules.txt")
    local extra=(--java-options "--enable-native-access=ALL-UNNAMED$granted")
    if [ "${jdk_feature%%.*}" -ge 24 ]; then
        # JavaFX 21 allocates off-heap memory through sun.misc.Unsafe; Java 24 and later warn
        # about that on standard error unless told it is allowed. Older Java versions do not
        # know the option, so it cannot sit in common.txt.
        extra+=(--java-options --sun-misc-unsafe-memory-access=allow)
    fi
    "$jdk_bin/jpackage" --type app-image \
        @"$options/common.txt" @"$options/app-image.txt" @"$options/$system.txt" \
        "${extra[@]}" \
        --app-version "$package_version" \
        --runtime-image "$work/runtime" \
        --module-path "$work/app-modules" \
        --dest "$out" 2> >(grep -v 'No JDK Modules found' >&2)
}

package_installer() {
    local kind=$1 shared=()
    if [ "$kind" = deb ] || [ "$kind" = rpm ]; then
        shared=(@"$options/linux-package.txt" --resource-dir "$(linux_resources)")
    fi
    rm -f "$out"/*."$kind"
    "$jdk_bin/jpackage" --type "$kind" \
        --app-image "$app_image" \
        @"$options/common.txt" ${shared[@]+"${shared[@]}"} @"$options/$kind.txt" \
        --app-version "$package_version" \
        --dest "$out"
}

# Limitation: on macOS jpackage refuses a version whose first number is 0, because old
# macOS releases did, so a 0.x build is labelled HBMON_MAC_APP_VERSION (1.0.0 unless set) in
# Finder; the application itself still reports its real version with --version.
mac_version() {
    if [ "${package_version%%.*}" = 0 ]; then
        echo "macOS bundle version: ${HBMON_MAC_APP_VERSION:-1.0.0} (jpackage refuses $package_version)" >&2
        package_version=${HBMON_MAC_APP_VERSION:-1.0.0}
    fi
}

# installer/linux plus the menu icon under the name jpackage looks for.
linux_resources() {
    local resources=$work/linux-resources
    rm -rf "$resources"
    mkdir -p "$resources"
    cp installer/linux/* "$resources/"
    cp icons/png/heartbeat-monitor-256.png "$resources/$app_name.png"
    echo "$resources"
}

report() {
    local what=$1 path=$2 started=$3
    printf '%-10s %6s  %4ds  %s\n' "$what" "$(du -sh "$path" | cut -f1)" "$((SECONDS - started))" "$path" >&2
}

fail() {
    echo "installer/build.sh: $*" >&2
    exit 1
}

main "$@"
