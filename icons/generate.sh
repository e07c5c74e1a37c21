#!/usr/bin/env bash
# Renders the application icon from its SVG sources into every format the installers and
# the window need, and copies the window sizes into the Java resources.
#
#   icons/generate.sh            regenerate png/, the .ico, the .icns and the resources
#   icons/generate.sh --preview  also write target/icon-preview.png: the icon at each size
#                                on a light and on a dark background, to judge by eye
#
# Tools, all from Debian packages: rsvg-convert (librsvg2-bin), convert (imagemagick) and
# png2icns (icnsutils). As root the script installs what is missing; otherwise it names the
# packages and stops.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
big_source="$here/heartbeat-monitor.svg"
small_source="$here/heartbeat-monitor-small.svg"
png_dir="$here/png"
resource_dir="$repo/src/main/resources/io/heartbeatmonitor/icons"

# The small drawing serves the sizes where the full one loses its line to anti-aliasing.
small_sizes="16 24 32"
large_sizes="48 64 128 256 512"
ico_sizes="16 24 32 48 64 128 256"
icns_sizes="16 32 48 128 256 512 1024"
window_sizes="16 32 64 128 256"

require_tools() {
    local missing=()
    command -v rsvg-convert >/dev/null || missing+=(librsvg2-bin)
    command -v convert >/dev/null || missing+=(imagemagick)
    command -v png2icns >/dev/null || missing+=(icnsutils)
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
        echo "Installing ${missing[*]}" >&2
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" >&2
    else
        echo "icons/generate.sh needs: sudo apt-get install ${missing[*]}" >&2
        exit 1
    fi
}

render() {
    local source=$1 size=$2 target=$3
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$source" --output "$target"
}

source_for() {
    case " $small_sizes " in
        *" $1 "*) echo "$small_source" ;;
        *) echo "$big_source" ;;
    esac
}

render_pngs() {
    mkdir -p "$png_dir"
    for size in $small_sizes $large_sizes; do
        render "$(source_for "$size")" "$size" "$png_dir/heartbeat-monitor-$size.png"
    done
}

write_ico() {
    local inputs=()
    for size in $ico_sizes; do
        inputs+=("$png_dir/heartbeat-monitor-$size.png")
    done
    convert "${inputs[@]}" "$here/heartbeat-monitor.ico"
}

write_icns() {
    # 1024 px is the 512 px @2x slot of macOS; it is rendered only for the .icns.
    local scratch inputs=()
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' RETURN
    for size in $icns_sizes; do
        if [ -f "$png_dir/heartbeat-monitor-$size.png" ]; then
            inputs+=("$png_dir/heartbeat-monitor-$size.png")
        else
            render "$big_source" "$size" "$scratch/heartbeat-monitor-$size.png"
            inputs+=("$scratch/heartbeat-monitor-$size.png")
        fi
    done
    png2icns "$here/heartbeat-monitor.icns" "${inputs[@]}" >/dev/null
}

copy_window_icons() {
    mkdir -p "$resource_dir"
    for size in $window_sizes; do
        cp "$png_dir/heartbeat-monitor-$size.png" "$resource_dir/heartbeat-monitor-$size.png"
    done
}

write_preview() {
    # Each size at its real pixels, then 16 and 32 enlarged eight and four times, on white
    # and on a dark grey like a dark desktop panel.
    local preview="$repo/target/icon-preview.png" row=() background
    mkdir -p "$repo/target"
    for background in '#ffffff' '#1e1e1e'; do
        convert -background "$background" -gravity center \
            "$png_dir/heartbeat-monitor-16.png" "$png_dir/heartbeat-monitor-24.png" \
            "$png_dir/heartbeat-monitor-32.png" "$png_dir/heartbeat-monitor-48.png" \
            "$png_dir/heartbeat-monitor-64.png" "$png_dir/heartbeat-monitor-128.png" \
            \( "$png_dir/heartbeat-monitor-16.png" -scale 800% \) \
            \( "$png_dir/heartbeat-monitor-32.png" -scale 400% \) \
            "$png_dir/heartbeat-monitor-256.png" \
            -bordercolor "$background" -border 8 +append -border 8 \
            "$repo/target/icon-preview-row-${#row[@]}.png"
        row+=("$repo/target/icon-preview-row-${#row[@]}.png")
    done
    convert "${row[@]}" -append -define png:exclude-chunks=date,time "$preview"
    rm -f "${row[@]}"
    echo "Preview: $preview"
}

require_tools
render_pngs
write_ico
write_icns
copy_window_icons
if [ "${1:-}" = "--preview" ]; then
    write_preview
fi
