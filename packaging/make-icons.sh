#!/usr/bin/env bash
# Renders every raster icon from the one SVG source, so that the committed PNG, .ico and .icns
# files never drift from it. Run it after changing the SVG, then commit the results.
# Needs: librsvg2-bin (rsvg-convert), icoutils (icotool), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")/.."

app_id=io.github.rdsbm.RdsBackupManager
hicolor=resources/icons/hicolor
svg=$hicolor/scalable/apps/$app_id.svg

for tool in rsvg-convert icotool png2icns; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install librsvg2-bin icoutils icnsutils)" >&2; exit 1; }
done

for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "$hicolor/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" "$svg" --output "$hicolor/${size}x${size}/apps/$app_id.png"
done

png() { echo "$hicolor/${1}x${1}/apps/$app_id.png"; }

# Windows: classic BMP entries for the small sizes, PNG-compressed 256 px (Vista and later).
icotool --create --output resources/windows/rds-backup-manager.ico \
    "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" --raw="$(png 256)"

# macOS: png2icns picks the icon type from each PNG's size.
png2icns resources/macos/rds-backup-manager.icns \
    "$(png 16)" "$(png 32)" "$(png 48)" "$(png 128)" "$(png 256)" "$(png 512)" >/dev/null

echo "Icons regenerated from $svg"
