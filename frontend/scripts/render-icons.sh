#!/usr/bin/env bash
# Renders the phone app's icons (public/icons/*.png, named in the web app manifest, vite.config.ts) from their SVG
# sources with headless Chromium. Run it after changing an SVG, and commit the PNGs: the build does not render them.
set -euo pipefail
cd "$(dirname "$0")/../public/icons"
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
render() { # render SVG SIZE OUT
  local page
  page=$(mktemp --suffix=.html)
  printf '<html><body style="margin:0"><img src="file://%s" width="%s" height="%s" style="display:block"></body></html>' \
    "$PWD/$1" "$2" "$2" >"$page"
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
    --allow-file-access-from-files --window-size="$2,$2" --screenshot="$PWD/$3" "file://$page" 2>/dev/null
  rm -f "$page"
}
render icon.svg 192 icon-192.png
render icon.svg 512 icon-512.png
render icon-maskable.svg 192 icon-maskable-192.png
render icon-maskable.svg 512 icon-maskable-512.png
render icon-maskable.svg 180 apple-touch-icon.png
