#!/bin/sh
# Copies Leaflet's built files from node_modules into the static files; run after `npm ci` (the Makefile does).
# The copies are build output, ignored by git: package-lock.json pins the version that is served.
set -eu
SRC="${LEAFLET_DIST:-node_modules/leaflet/dist}"
DEST="${1:-tarjotin/web/static/vendor/leaflet}"
if [ ! -f "$SRC/leaflet.js" ]; then
  echo "Leaflet not found in $SRC: run npm ci first" >&2
  exit 1
fi
rm -rf "$DEST"
mkdir -p "$DEST/images"
# The source map too: collectstatic's manifest storage follows the sourceMappingURL at the end of leaflet.js.
cp "$SRC/leaflet.js" "$SRC/leaflet.js.map" "$SRC/leaflet.css" "$DEST/"
cp "$SRC"/images/*.png "$DEST/images/"
# Leaflet's BSD licence asks for its notice to travel with the copies.
cp "$SRC/../LICENSE" "$DEST/LICENSE"
