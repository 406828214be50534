#!/bin/sh
# Installs the system packages Tarjotin uses, where this machine lets us (Debian/Ubuntu as root).
set -u
PACKAGES="libvoikko1 voikko-fi chromium gettext"
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages:$missing"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
else
  echo "Note: missing system packages:$missing"
  echo "Install them with your package manager for Voikko search and the browser tests."
fi
