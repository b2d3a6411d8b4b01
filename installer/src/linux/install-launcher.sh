#!/usr/bin/env bash
# Called by build.xml (target "linux-launcher") on the application image, before the class-data
# archives: replaces jpackage's native launcher bin/<name> by launcher.sh, a bash script that starts
# the image's own lib/runtime/bin/java with the options of lib/app/<name>.cfg. jpackage's launcher
# runs `rpm -qf` and `dpkg -S` on itself at every start (0.3-0.5 s; docs/decisions/0013-...).
# The trimmed runtime has no bin/java (jlink --strip-native-commands), so the build JDK's own java
# launcher goes in: the same JDK the runtime was linked from, a small program that loads
# lib/libjli.so and lib/server/libjvm.so next to it. libapplauncher.so, the native launcher's
# helper, goes out. SQLite's native library is taken out of its jar into lib/app/native.
# Usage: install-launcher.sh IMAGE_DIR BUILD_JAVA NAME
set -euo pipefail
image=$1 java=$2 name=$3
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
test -f "$image/lib/app/$name.cfg"
install -d -m 0755 "$image/lib/runtime/bin"
install -m 0755 "$java" "$image/lib/runtime/bin/java"
install -m 0755 "$here/launcher.sh" "$image/bin/$name"
rm -f "$image/lib/libapplauncher.so"

# SQLite's native library, taken out of sqlite-jdbc's jar once, here, into lib/app/native and named in the .cfg:
# otherwise sqlite-jdbc runs `uname -o` (a child process) and compares the library in its jar with a copy in the
# temporary folder at every start, ~0.05-0.1 s of CPU of a one-shot `print` (issue 19, decision 0016). A library
# that does not load there (another C library) is only skipped: sqlite-jdbc then takes its own from the jar.
case $(uname -m) in
  x86_64 | amd64) arch=x86_64 ;;
  aarch64 | arm64) arch=aarch64 ;;
  *) arch='' ;;
esac
sqlite_jar=$(find "$image/lib/app" -name 'sqlite-jdbc-*.jar' | head -n 1)
if [ -n "$arch" ] && [ -n "$sqlite_jar" ]; then
  scratch=$(mktemp -d)
  (cd "$scratch" && "$(dirname "$java")/jar" xf "$sqlite_jar" "org/sqlite/native/Linux/$arch/libsqlitejdbc.so")
  if [ -s "$scratch/org/sqlite/native/Linux/$arch/libsqlitejdbc.so" ]; then
    install -D -m 0755 "$scratch/org/sqlite/native/Linux/$arch/libsqlitejdbc.so" "$image/lib/app/native/libsqlitejdbc.so"
    # shellcheck disable=SC2016 # $APPDIR is the launcher's, not ours
    printf '%s\n' 'java-options=-Dorg.sqlite.lib.path=$APPDIR/native' 'java-options=-Dorg.sqlite.lib.name=libsqlitejdbc.so' \
      >>"$image/lib/app/$name.cfg"
  fi
  rm -rf "$scratch"
fi
version=$("$image/bin/$name" --version)
echo "launcher: bin/$name is the script launcher ($version)"
