#!/usr/bin/env bash
# Prints the path of a Chromium that Playwright can drive, installing Debian's `chromium` (and `fonts-noto-cjk`,
# so Korean names render in screenshots) with apt-get when none is found.
# Playwright 1.65 downloads no browser on install; playwright.config.ts reads CHROMIUM_PATH or /usr/bin/chromium.
set -euo pipefail

find_chromium() {
	for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
		if [ -n "$candidate" ] && [ -x "$candidate" ]; then
			echo "$candidate"
			return 0
		fi
	done
	return 1
}

if path=$(find_chromium); then
	echo "$path"
	exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
	echo "No Chromium found and no apt-get to install one: install Chromium and set CHROMIUM_PATH to its binary." >&2
	exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
	if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
		echo "No Chromium found and not root: run 'apt-get install -y chromium fonts-noto-cjk' as root, or set CHROMIUM_PATH." >&2
		exit 1
	fi
fi

# apt's progress goes to stderr so that stdout stays the path alone.
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update >&2
$sudo apt-get install -y --no-install-recommends chromium fonts-noto-cjk >&2

if path=$(find_chromium); then
	echo "$path"
else
	echo "apt-get installed chromium but no binary was found at /usr/bin/chromium: set CHROMIUM_PATH." >&2
	exit 1
fi
