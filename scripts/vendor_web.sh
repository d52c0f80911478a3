#!/usr/bin/env bash
# Re-fetch the browser libraries the web UI bundles (no CDN at run time) from the npm registry,
# pinned by scripts/web_vendor/package-lock.json, and copy them with their licences into the package.
set -euo pipefail
cd "$(dirname "$0")/web_vendor"
npm ci --silent --no-audit --no-fund
dest=../../src/fasail/web/static/vendor
mkdir -p "$dest"
cp node_modules/cytoscape/dist/cytoscape.min.js "$dest/cytoscape.min.js"
cp node_modules/cytoscape/LICENSE "$dest/LICENSE.cytoscape"
cp node_modules/topojson-client/dist/topojson-client.min.js "$dest/topojson-client.min.js"
cp node_modules/topojson-client/LICENSE "$dest/LICENSE.topojson-client"
node build_map.mjs "$dest/syria.topo.json"
cp node_modules/world-atlas/LICENSE "$dest/LICENSE.world-atlas"
echo "vendored into $(cd "$dest" && pwd)"
