#!/usr/bin/env bash
# Called by build.xml (target "deb-repack") after jpackage has built the .deb. jpackage puts the
# licence file under the install directory (/opt/penghubung/share/doc/copyright) when the program
# is not installed under /usr; Debian wants it as /usr/share/doc/<package>/copyright, in the
# machine-readable format. This unpacks the .deb, puts the generated copyright file there (and
# drops jpackage's copy), brings md5sums and Installed-Size up to date and packs it again.
# It also gives the program's files the modification times they have in the application image:
# the class-data archives (cds-archive.sh) are only used with the very jars they were made from,
# and jpackage's copy does not keep the times.
# Usage: repack-deb.sh DEB COPYRIGHT WORKDIR IMAGE_DIR
set -euo pipefail
deb=$1 copyright=$2 work=$3 image=$4

rm -rf "$work"
dpkg-deb -R "$deb" "$work"
doc="$work/usr/share/doc/penghubung"
install -d -m 0755 "$work/usr" "$work/usr/share" "$work/usr/share/doc" "$doc"
install -m 0644 "$copyright" "$doc/copyright"
rm -f "$work/opt/penghubung/share/doc/copyright"
rmdir -p --ignore-fail-on-non-empty "$work/opt/penghubung/share/doc" 2>/dev/null || true
(cd "$image" && find . -type f -printf '%P\0') | while IFS= read -r -d '' file; do
  if [ -f "$work/opt/penghubung/$file" ]; then touch -r "$image/$file" "$work/opt/penghubung/$file"; fi
done

# md5sums (when jpackage wrote one) and Installed-Size (KiB) describe what is in the package now.
if [ -f "$work/DEBIAN/md5sums" ]; then
  (cd "$work" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum) > "$work/DEBIAN/md5sums"
fi
size=$(du -sk --exclude=DEBIAN "$work" | cut -f1)
sed -i "s/^Installed-Size: .*/Installed-Size: $size/" "$work/DEBIAN/control"

dpkg-deb -b --root-owner-group "$work" "$deb" >/dev/null
rm -rf "$work"
