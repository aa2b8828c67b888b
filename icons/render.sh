#!/bin/sh
# Renders the Inclusio application icon from its SVG sources.
#   inclusio-small.svg -> 16, 24 and 32 px (a simplified drawing that stays legible when tiny)
#   inclusio.svg       -> 48, 64, 128, 256 and 512 px
# then bundles inclusio.ico (Windows) and inclusio.icns (macOS), and copies the sizes the
# running application uses into the GUI resources.
# Needs: rsvg-convert (librsvg2-bin), convert (imagemagick), png2icns (icnsutils).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
resources="$here/../src/main/resources/org/inclusio/gui/icons"

for size in 16 24 32; do
    rsvg-convert -w "$size" -h "$size" -o "$here/inclusio-$size.png" "$here/inclusio-small.svg"
done
for size in 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" -o "$here/inclusio-$size.png" "$here/inclusio.svg"
done

convert "$here/inclusio-16.png" "$here/inclusio-24.png" "$here/inclusio-32.png" \
        "$here/inclusio-48.png" "$here/inclusio-64.png" "$here/inclusio-128.png" \
        "$here/inclusio-256.png" "$here/inclusio.ico"

png2icns "$here/inclusio.icns" "$here/inclusio-16.png" "$here/inclusio-32.png" \
         "$here/inclusio-48.png" "$here/inclusio-128.png" "$here/inclusio-256.png" \
         "$here/inclusio-512.png" > /dev/null

mkdir -p "$resources"
for size in 16 32 64 128 256; do
    cp "$here/inclusio-$size.png" "$resources/inclusio-$size.png"
done
