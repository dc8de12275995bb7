#!/usr/bin/env bash
# Vendor the server's front-end files from the npm registry (no CDN at run time).
#
#   bash scripts/install_frontend.sh          # installs once; re-runs are no-ops
#   FORCE=1 bash scripts/install_frontend.sh  # reinstall
#
# Runs `npm install` in a build folder (default build/frontend, ignored by git) with the
# pinned versions of package.json, then copies only the files the pages load into
# src/frontwatch/serve/static/vendor/: Natural Earth country shapes (world-atlas, ISC;
# data public domain), topojson-client (ISC) and swagger-ui-dist (Apache-2.0, for /docs).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${FRONTWATCH_BUILD_DIR:-$ROOT/build/frontend}"
VENDOR="$ROOT/src/frontwatch/serve/static/vendor"
STAMP="$VENDOR/.installed-$(sha256sum "$ROOT/package.json" | cut -c1-16)"

FILES=(world-atlas/countries-50m.json topojson-client/topojson-client.min.js
       swagger-ui/swagger-ui-bundle.js swagger-ui/swagger-ui.css)
installed() {
  [[ -f "$STAMP" ]] || return 1
  for name in "${FILES[@]}"; do [[ -f "$VENDOR/$name" ]] || return 1; done
}

if installed && [[ -z "${FORCE:-}" ]]; then
  echo "front-end files already installed in $VENDOR"
  exit 0
fi
command -v npm >/dev/null || { echo "error: npm not found (apt-get install -y npm)" >&2; exit 1; }

mkdir -p "$BUILD"
cp "$ROOT/package.json" "$BUILD/package.json"
(cd "$BUILD" && npm install --no-audit --no-fund --ignore-scripts --loglevel=error)

NM="$BUILD/node_modules"
copy() {  # copy SOURCE-IN-node_modules DEST-IN-vendor
  mkdir -p "$(dirname "$VENDOR/$2")"
  cp "$NM/$1" "$VENDOR/$2"
}
copy world-atlas/countries-50m.json world-atlas/countries-50m.json
copy world-atlas/LICENSE world-atlas/LICENSE
copy topojson-client/dist/topojson-client.min.js topojson-client/topojson-client.min.js
copy topojson-client/LICENSE topojson-client/LICENSE
copy swagger-ui-dist/swagger-ui-bundle.js swagger-ui/swagger-ui-bundle.js
copy swagger-ui-dist/swagger-ui.css swagger-ui/swagger-ui.css
copy swagger-ui-dist/LICENSE swagger-ui/LICENSE

rm -f "$VENDOR"/.installed-*
touch "$STAMP"
echo "front-end files installed in $VENDOR"
