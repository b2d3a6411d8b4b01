#!/usr/bin/env bash
# Called by build.xml (target "linux-launcher") on the application image, before the class-data
# archives: replaces jpackage's native launcher bin/<name> by launcher.sh, a bash script that starts
# the image's own lib/runtime/bin/java with the options of lib/app/<name>.cfg. jpackage's launcher
# runs `rpm -qf` and `dpkg -S` on itself at every start (0.3-0.5 s; docs/decisions/0013-...).
# The trimmed runtime has no bin/java (jlink --strip-native-commands), so the build JDK's own java
# launcher goes in: the same JDK the runtime was linked from, a small program that loads
# lib/libjli.so and lib/server/libjvm.so next to it. libapplauncher.so, the native launcher's
# helper, goes out.
# Usage: install-launcher.sh IMAGE_DIR BUILD_JAVA NAME
set -euo pipefail
image=$1 java=$2 name=$3
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
test -f "$image/lib/app/$name.cfg"
install -d -m 0755 "$image/lib/runtime/bin"
install -m 0755 "$java" "$image/lib/runtime/bin/java"
install -m 0755 "$here/launcher.sh" "$image/bin/$name"
rm -f "$image/lib/libapplauncher.so"
version=$("$image/bin/$name" --version)
echo "launcher: bin/$name is the script launcher ($version)"
