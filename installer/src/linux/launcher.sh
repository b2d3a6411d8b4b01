#!/bin/bash
# The Linux image's launcher, bin/<name> (installed by install-launcher.sh in place of jpackage's
# native one; why: docs/decisions/0013-script-launcher-on-linux.md). It starts the image's own
# Java runtime, lib/runtime/bin/java, with what lib/app/<name>.cfg says, as jpackage's launcher
# does: [Application] app.classpath (joined in order) and app.mainclass, [JavaOptions]
# java-options, [ArgOptions] arguments (used only when the command line has none), with $APPDIR,
# $BINDIR and $ROOTDIR replaced. What it does not do is ask rpm and dpkg at every start which
# package it came from (jpackage's launcher does, ~0.3-0.5 s of every start).
# An administrator may still add java-options to the .cfg (installer/README.md).
self=$(readlink -f -- "${BASH_SOURCE[0]}")
bindir=${self%/*}
rootdir=${bindir%/*}
name=${self##*/}
appdir=$rootdir/lib/app
cfg=$appdir/$name.cfg
java=$rootdir/lib/runtime/bin/java
if [ ! -r "$cfg" ] || [ ! -x "$java" ]; then
  echo "$name: $cfg or $java is missing; reinstall the program." >&2
  exit 1
fi

classpath='' mainclass='' section=''
options=() arguments=()
while IFS= read -r line || [ -n "$line" ]; do
  line=${line%$'\r'}
  case $line in
    '['*']') section=$line; continue ;;
    '' | '#'* | ';'*) continue ;;
  esac
  key=${line%%=*}
  value=${line#*=}
  value=${value//'$APPDIR'/$appdir}
  value=${value//'$BINDIR'/$bindir}
  value=${value//'$ROOTDIR'/$rootdir}
  case $section:$key in
    '[Application]:app.classpath') classpath=${classpath:+$classpath:}$value ;;
    '[Application]:app.mainclass') mainclass=$value ;;
    '[JavaOptions]:java-options') options+=("$value") ;;
    '[ArgOptions]:arguments') arguments+=("$value") ;;
  esac
done <"$cfg"

if [ $# -eq 0 ]; then
  set -- "${arguments[@]}"
fi
# A one-shot print (seconds of work, most of it met once) costs about a third less CPU with the quick
# compiler only and the serial collector (issue 19; installer/README.md); the desk keeps the defaults.
# A young generation of 256 MB holds the key unlock's Argon2 memory (64 MiB) and a case file's garbage, so
# no collection copies them (decision 0016).
case ${1:-} in
  print) options+=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn256m) ;;
esac
# The desk: no sub-command, only --data; or demo.
desk=yes skip=''
for arg in "$@"; do
  if [ -n "$skip" ]; then skip=''; continue; fi
  case $arg in
    --data) skip=yes ;;
    --data=*) ;;
    demo) break ;;
    *) desk=''; break ;;
  esac
done
# The desk and print unlock the officer's key (Argon2id over 64 MiB, read back at random): on the heap in 2 MB pages
# the first unlock of a process costs about a third less CPU (fewer page faults and TLB misses), and the desk starts no
# slower (issue 19, decision 0017). Only when the kernel offers them to a program that asks (madvise or always):
# with "never" the JVM would print a warning at every start.
# No such file (a kernel without them, a chroot without /sys): nothing is asked, and nothing is said.
thp='' modes=/sys/kernel/mm/transparent_hugepage/enabled
if [ -r "$modes" ]; then
  read -r thp <"$modes" || thp=''
fi
case $thp in
  *'[always]'* | *'[madvise]'*)
    if [ -n "$desk" ] || [ "${1:-}" = print ]; then
      options+=(-XX:+UseTransparentHugePages)
    fi ;;
esac
# An AOT cache in place of the application archive (the JVM takes one or the other).
with_aot_cache() {
  local kept=() option
  for option in "${options[@]}"; do
    case $option in
      -XX:SharedArchiveFile=*) ;;
      *) kept+=("$option") ;;
    esac
  done
  options=("${kept[@]}" "-XX:AOTCache=$1" -Xlog:aot=off)
}
# print also starts with its own AOT cache when the image has one (cds-archive.sh trains it on `print --case` with
# the options above), in place of the application archive. Not -XX:AOTMode=on: a cache that does not fit (another
# runtime, a jar replaced by hand) is then skipped without a word, and print runs as without it (decision 0016).
print_aot=$appdir/penghubung-print.aot
if [ "${1:-}" = print ] && [ -r "$print_aot" ]; then
  with_aot_cache "$print_aot"
fi
# The desk (no sub-command, only --data; or demo) starts with the JDK 25 AOT cache when the image has one
# (cds-archive.sh trains it on the desk's start under Xvfb): classes loaded and linked, method profiles.
# It takes the place of the application archive, for the desk only: --version and the commands keep the
# archive, which costs them less CPU to map (docs/decisions/0017-desk-start-and-aot-cache.md).
aot=$appdir/penghubung-desk.aot
if [ -r "$aot" ] && [ -n "$desk" ]; then
  with_aot_cache "$aot"
fi
exec "$java" "-Djpackage.app-path=$self" "${options[@]}" -cp "$classpath" "$mainclass" "$@"
