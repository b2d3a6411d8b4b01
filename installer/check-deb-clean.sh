#!/usr/bin/env bash
# Installs the built .deb into a fresh Debian 12 (bookworm) root, the way an agency's IT person
# would on a bare PC: apt resolves the package's Depends: from the mirror. Then, inside that root:
# `Penghubung --version`, `Penghubung demo --help`, the licence and notices in place, no placeholder
# in the package metadata, and the desktop without a display exits 3 with its message (not a stack trace).
#
# Slow (debootstrap downloads ~150 MB, then GTK and its friends): NOT part of .ci/run.
# Needs root, debootstrap (apt-get install debootstrap) and a Debian mirror (DEBIAN_MIRROR).
# Usage: sudo installer/check-deb-clean.sh [path/to/penghubung_<version>-1_amd64.deb]
#        (build it first: mvn -B -Pinstaller -DskipTests package)
# KEEP_ROOT=1 keeps the root for a look around (printed at the end). REUSE_ROOT=<a kept root> skips
# debootstrap and installs the .deb over what is there (a quick re-check after a rebuild; only a
# fresh root proves that apt resolves every Depends:).
set -euo pipefail
cd "$(dirname "$0")/.."

deb=${1:-$(ls installer/target/dist/penghubung_*_amd64.deb 2>/dev/null | head -n 1 || true)}
[ -n "$deb" ] && [ -f "$deb" ] || { echo "No .deb: build it with mvn -B -Pinstaller -DskipTests package" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "Run as root (debootstrap and chroot)." >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "debootstrap missing: apt-get install -y debootstrap" >&2; exit 2; }

mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
root=${REUSE_ROOT:-$(mktemp -d /tmp/penghubung-deb-clean.XXXXXX)}
cleanup() {
  umount "$root/proc" 2>/dev/null || true
  if [ "${KEEP_ROOT:-0}" = 1 ] || [ -n "${REUSE_ROOT:-}" ]; then echo "Root kept: $root"; else rm -rf "$root"; fi
}
trap cleanup EXIT

step() { printf '\n== %s (%s)\n' "$1" "$(date -u +%H:%M:%S)"; }
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

if [ -n "${REUSE_ROOT:-}" ]; then
  step "reusing the root $root (no debootstrap)"
else
  step "debootstrap bookworm (minbase) from $mirror"
  debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 \
    || { tail -n 30 "$root.debootstrap.log" >&2; exit 1; }
fi
mount -t proc proc "$root/proc"
cp "$deb" "$root/tmp/"
name=$(basename "$deb")

step "apt-get install ./$name (apt resolves Depends:)"
in_root apt-get update -q
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends ${REUSE_ROOT:+--reinstall} "/tmp/$name"

step "package metadata"
meta=$(in_root dpkg-query -W -f='${Maintainer}|${Homepage}|${Depends}\n' penghubung)
echo "$meta"
if echo "$meta" | grep -Eiq 'example\.(org|com|net)|localhost|change-?me'; then
  echo "FAIL: placeholder in the package metadata" >&2; exit 1
fi

step "licence and notices"
in_root test -s /usr/share/doc/penghubung/copyright
for f in LICENSE NOTICE THIRD-PARTY.txt DejaVu-LICENSE.txt; do
  in_root test -s "/opt/penghubung/lib/app/legal/$f"
done
echo "ok: /usr/share/doc/penghubung/copyright, /opt/penghubung/lib/app/legal/{LICENSE,NOTICE,THIRD-PARTY.txt,DejaVu-LICENSE.txt}"

step "Penghubung --version"
# Standard error too: the launcher must say nothing else (it once complained of a /sys file a chroot lacks).
version=$(in_root /opt/penghubung/bin/Penghubung --version 2>&1)
echo "$version"
case "$version" in Penghubung\ *) ;; *) echo "FAIL: --version said: $version" >&2; exit 1;; esac
[ "$(printf '%s\n' "$version" | wc -l)" -eq 1 ] || { echo "FAIL: --version said more than its line: $version" >&2; exit 1; }

step "Penghubung demo --help"
in_root /opt/penghubung/bin/Penghubung demo --help | tee "$root/tmp/demo-help.txt"
grep -q -- '--complaints' "$root/tmp/demo-help.txt"

step "the desktop without a display: exit 3 and a message, no stack trace"
set +e
out=$(in_root /opt/penghubung/bin/Penghubung --data /tmp/data 2>&1)
code=$?
set -e
echo "$out"
[ "$code" -eq 3 ] || { echo "FAIL: exit code $code, expected 3" >&2; exit 1; }
if echo "$out" | grep -q $'\tat '; then echo "FAIL: a stack trace reached the user" >&2; exit 1; fi

step "all checks passed"
