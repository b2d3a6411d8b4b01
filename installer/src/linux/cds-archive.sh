#!/usr/bin/env bash
# Called by build.xml (target "cds") on the application image: class-data sharing, so the launcher
# maps already parsed and verified classes instead of reading them from the jars on every start.
#   1. the runtime's default archive of the JDK's own classes, lib/runtime/lib/server/classes.jsa
#      (what jlink --generate-cds-archive makes; that needs bin/java, which --strip-native-commands
#      drops: install-launcher.sh has put the build JDK's own java launcher back, and the image's
#      script launcher starts it);
#   2. the application's archive lib/app/penghubung.jsa (AppCDS, a dynamic archive on top of 1),
#      written at the exit of a training run: the desk's sign-in window under Xvfb when Xvfb is
#      installed, else `--version` (the command line only);
#   3. on a JDK 25+ runtime with Xvfb, an AOT cache for the desk's start, lib/app/penghubung-desk.aot;
#   3b. on a JDK 25+ runtime, an AOT cache for `print`, lib/app/penghubung-print.aot, trained on a few case files
#      of a training world the image's own `central` and `sync` put in a scratch folder (no display needed);
#   4. the launcher's options: -XX:SharedArchiveFile=$APPDIR/penghubung.jsa, and the CDS log off,
#      so an archive that does not fit (a jar replaced by hand) is skipped without a word; the
#      launcher swaps in the AOT cache for the desk, and the print cache for `print`, when they are there.
# Usage: cds-archive.sh IMAGE_DIR BUILD_JAVA
set -euo pipefail
image=$1 java=$2
runtime="$image/lib/runtime"
cfg="$image/lib/app/Penghubung.cfg"
launcher="$image/bin/Penghubung"
archive="$image/lib/app/penghubung.jsa"

# A training run of the desk (data folder $1; further arguments go before --data, e.g. demo) under a
# private Xvfb display for CDS_TRAINING_SECONDS (default 25; 120 for demo, which exits by itself after
# the signed-in desk's first rows), then SIGTERM, which runs the JVM's normal exit: that is when it writes
# a class-data archive, or hands what it recorded to a second JVM that assembles an AOT cache (the wait
# covers both). Sets $display.
train_desk() {
  # The signed-in demo desk closes itself after its first rows; the sign-in and first sync take their time.
  local seconds=25
  [ "${2:-}" = demo ] && seconds=120
  display=:$((200 + RANDOM % 500))
  Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
  local xvfb=$!
  sleep 2
  DISPLAY=$display "$launcher" "${@:2}" --data "$1" >/dev/null 2>&1 &
  local desk=$!
  for _ in $(seq 1 "${CDS_TRAINING_SECONDS:-$seconds}"); do
    kill -0 "$desk" 2>/dev/null || break
    sleep 1
  done
  kill -TERM "$desk" 2>/dev/null || true
  wait "$desk" || true
  kill "$xvfb" 2>/dev/null || true
  wait "$xvfb" 2>/dev/null || true
}

# The print training run (folder $1, scratch): the image's own launcher starts the training central server
# (`central`, a small world on a free loopback port), syncs its officer `penghubung` into a data folder there,
# exports the cache to find tracking IDs, and prints a few case files with -XX:AOTCacheOutput in the .cfg; the
# launcher itself adds what it gives `print` (the quick compiler, the serial collector), so the cache is trained
# with the options, the runtime and the class path it is used with. The central server's output is the log.
# Sets $print_cases. Returns non-zero when a step fails.
train_print() {
  local work=$1 url='' central ids
  local log="$work/training.log"
  # The training server's password for its seeded officers; English messages in the log.
  local -x PENGHUBUNG_PASSWORD=latihan123 PENGHUBUNG_LANG=en
  env -u DISPLAY -u WAYLAND_DISPLAY "$launcher" central --port 0 --complaints "${PRINT_TRAINING_COMPLAINTS:-200}" \
    --data "$work/central" >"$log" 2>&1 &
  central=$!
  for _ in $(seq 1 120); do
    url=$(sed -n 's/^listening on //p' "$log")
    if [ -n "$url" ] || ! kill -0 "$central" 2>/dev/null; then break; fi
    sleep 0.5
  done
  local ok=0
  if [ -z "$url" ] ||
    ! "$launcher" sync --server "$url" --user penghubung --data "$work/data" >>"$log" 2>&1 ||
    ! "$launcher" export --data "$work/data" --format csv --out "$work/cases.csv" >>"$log" 2>&1; then
    ok=1
  fi
  kill -TERM "$central" 2>/dev/null || true
  wait "$central" 2>/dev/null || true
  [ "$ok" -eq 0 ] || return 1
  # A record of the export starts with the complaint's UUID, then its tracking ID; three case files.
  mapfile -t ids < <(grep -E '^[0-9a-f]{8}-[0-9a-f-]{27},[0-9]{1,12},' "$work/cases.csv" | cut -d, -f2 |
    head -n "${PRINT_TRAINING_CASES:-3}")
  print_cases=${#ids[@]}
  [ "$print_cases" -gt 0 ] || return 1
  cp "$cfg" "$cfg.orig"
  # shellcheck disable=SC2016
  echo 'java-options=-XX:AOTCacheOutput=$APPDIR/penghubung-print.aot' >>"$cfg"
  ok=0
  env -u DISPLAY -u WAYLAND_DISPLAY "$launcher" print --data "$work/data" --case "${ids[@]}" --out "$work/training.pdf" \
    >>"$log" 2>&1 || ok=1
  mv "$cfg.orig" "$cfg"
  return "$ok"
}

# 1. The JDK classes.
# Dumped with the launcher's module options (--enable-native-access), or the JVM would turn off its
# archived module graph at every start ("Mismatched values for property jdk.module.enable.native.access").
mapfile -t module_options < <(sed -n 's/^java-options=\(--enable-native-access=.*\)$/\1/p' "$cfg")
if [ ! -x "$runtime/bin/java" ]; then
  install -D -m 0755 "$java" "$runtime/bin/java"
fi
"$runtime/bin/java" "${module_options[@]}" -Xshare:dump >/dev/null
test -s "$runtime/lib/server/classes.jsa"

# 2. The application's classes, from a training run.
rm -f "$archive"
cp "$cfg" "$cfg.orig"
# shellcheck disable=SC2016 # $APPDIR is the launcher's, not ours
echo 'java-options=-XX:ArchiveClassesAtExit=$APPDIR/penghubung.jsa' >>"$cfg"
data=$(mktemp -d)
trained="--version"
if command -v Xvfb >/dev/null 2>&1; then
  train_desk "$data"
  trained="the desk's sign-in window under Xvfb $display"
fi
if [ ! -s "$archive" ]; then
  trained="--version"
  "$launcher" --version >/dev/null
fi
rm -rf "$data"
mv "$cfg.orig" "$cfg"
test -s "$archive"

# 3. JDK 25 and later: an AOT cache for the desk's start (JEP 483/514/515: classes loaded and linked,
#    method profiles), lib/app/penghubung-desk.aot, trained like 2 on the desk under Xvfb, skipped
#    without Xvfb or on an older runtime. The launcher uses it for the desk only, in place of the archive
#    (an AOT cache raised --version's CPU; docs/decisions/0017-desk-start-and-aot-cache.md).
aot="$image/lib/app/penghubung-desk.aot"
rm -f "$aot"
aot_trained="none"
if command -v Xvfb >/dev/null 2>&1 && "$runtime/bin/java" -XX:AOTMode=off -version >/dev/null 2>&1; then
  cp "$cfg" "$cfg.orig"
  # shellcheck disable=SC2016
  echo 'java-options=-XX:AOTCacheOutput=$APPDIR/penghubung-desk.aot' >>"$cfg"
  # On the demo's own server, signed in by itself with its first account (PenghubungApp.DESK_TRAINING): the cache
  # then holds the signed-in desk's classes and profiles, not the sign-in card's only.
  echo 'java-options=-Dpenghubung.deskTraining=true' >>"$cfg"
  data=$(mktemp -d)
  train_desk "$data" demo
  rm -rf "$data"
  mv "$cfg.orig" "$cfg"
  if [ -s "$aot" ]; then
    aot_trained="the demo's desk, signed in, under Xvfb $display"
  else
    rm -f "$aot"
  fi
fi

# 3b. JDK 25 and later: an AOT cache for `print`, lib/app/penghubung-print.aot (issue 19, decision 0016),
#     trained by the image itself, no display needed (train_print).
print_aot="$image/lib/app/penghubung-print.aot"
rm -f "$print_aot"
print_trained="none"
if "$runtime/bin/java" -XX:AOTMode=off -version >/dev/null 2>&1; then
  work=$(mktemp -d)
  if train_print "$work" && [ -s "$print_aot" ]; then
    print_trained="print --case of $print_cases case files of a synced training world"
  else
    echo "cds: the print training failed; no AOT cache for print. Its log:" >&2
    tail -n 20 "$work/training.log" >&2 || true
    rm -f "$print_aot"
  fi
  rm -rf "$work"
fi

# 4. The launcher uses the archive (and, for the desk, the AOT cache when there is one).
# shellcheck disable=SC2016
printf '%s\n' 'java-options=-XX:SharedArchiveFile=$APPDIR/penghubung.jsa' 'java-options=-Xlog:cds=off,cds+dynamic=off' >>"$cfg"
echo "cds: $(du -h "$runtime/lib/server/classes.jsa" | cut -f1) JDK archive, $(du -h "$archive" | cut -f1) application archive (trained on $trained)"
if [ -s "$aot" ]; then
  echo "cds: $(du -h "$aot" | cut -f1) AOT cache for the desk (trained on $aot_trained)"
else
  echo "cds: no AOT cache for the desk (needs Xvfb and a JDK 25+ runtime)"
fi
if [ -s "$print_aot" ]; then
  echo "cds: $(du -h "$print_aot" | cut -f1) AOT cache for print (trained on $print_trained)"
else
  echo "cds: no AOT cache for print (needs a JDK 25+ runtime)"
fi
