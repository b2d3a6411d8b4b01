#!/usr/bin/env bash
# CI check for the packaged application, without building an installer: builds the jpackage
# application image (jlinked runtime + app) and runs its launcher headless with --version.
#
#   installer/check-image.sh            # from anywhere; uses $JAVA_HOME (JDK 21+ with jpackage)
#   MVN_ARGS="-o" installer/check-image.sh
#
# Exit status 0 when the launcher prints "Penghubung <version>".
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

case "$(uname -s)" in
  Darwin) profile=installer-macos; launcher="$here/target/image/Penghubung.app/Contents/MacOS/Penghubung" ;;
  MINGW*|MSYS*|CYGWIN*) profile=installer-windows; launcher="$here/target/image/Penghubung/penghubung-cli.exe" ;;
  *) profile=installer; launcher="$here/target/image/Penghubung/bin/Penghubung" ;;
esac

start=$(date +%s)
# shellcheck disable=SC2086
(cd "$root" && mvn -B -q ${MVN_ARGS:-} -P"$profile" package -DskipTests -Dinstaller.target=app-image -pl installer -am)
built=$(date +%s)

# No display: --version must not touch JavaFX.
output="$(env -u DISPLAY -u WAYLAND_DISPLAY "$launcher" --version 2>&1)" || {
  echo "check-image: $launcher --version failed:" >&2
  echo "$output" >&2
  exit 1
}
case "$output" in
  "Penghubung "*) ;;
  *) echo "check-image: expected 'Penghubung <version>', got: $output" >&2; exit 1 ;;
esac
echo "check-image: OK '$output' (image $(du -sh "$here/target/image" | cut -f1), built in $((built - start)) s)"
