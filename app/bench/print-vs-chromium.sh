#!/usr/bin/env bash
# Whole processes side by side: `penghubung print --case` of N case files into one PDF against headless
# Chromium printing the same text and images (taken from that PDF with pdftotext/pdfimages) to PDF.
# Median of RUNS alternating runs each; prints wall and CPU (user+sys) seconds and the ratio, and writes
# them as JSON to OUT (default app/target/bench/print-vs-chromium.json) with the load average beside them.
# Without a Chromium (chromium, chromium-browser or google-chrome on the PATH) only our side is measured
# and the JSON says "chromium": "absent" (no ratio is made up).
# Needs: poppler-utils, GNU time, bc; an account in DATA whose password is in PENGHUBUNG_PASSWORD.
# Usage: PENGHUBUNG_PASSWORD=... app/bench/print-vs-chromium.sh DATA JAR TRACKING_ID...
# JAR may be "-": then the program runs from the class path in APP_CLASSPATH (how PrintBench calls it under
# `mvn -Pbench`, where the jar is not built yet). JAVA_OPTS are given to our JVM (e.g. the quick compiler and an
# AOT cache: PrintBench measures the plain run and that one); the JSON names them.
set -euo pipefail
data=$1 jar=$2; shift 2
runs=${RUNS:-5}
java=${JAVA:-java}
read -r -a java_opts <<<"${JAVA_OPTS:-}"
if [ "$jar" = - ]; then
  app=("$java" "${java_opts[@]}" --enable-native-access=ALL-UNNAMED -cp "$APP_CLASSPATH" id.penghubung.cli.Launcher)
else
  app=("$java" "${java_opts[@]}" --enable-native-access=ALL-UNNAMED -jar "$jar")
fi
out=${OUT:-app/target/bench/print-vs-chromium.json}
chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"${app[@]}" print --data "$data" --case "$@" --out "$work/cases.pdf" 2>/dev/null
pages=$(pdfinfo "$work/cases.pdf" | sed -n 's/^Pages: *//p')
pdftotext -layout "$work/cases.pdf" "$work/cases.txt"
mkdir "$work/img" && pdfimages -png "$work/cases.pdf" "$work/img/i"
images=$(find "$work/img" -name '*.png' | wc -l)
{
  echo '<!doctype html><html><head><meta charset="utf-8"><style>body{font-family:"DejaVu Sans";font-size:9pt}'
  echo 'pre{white-space:pre-wrap;page-break-after:always}img{max-width:100%}</style></head><body>'
  # One <pre> per page (form feeds), the pictures after the text.
  python3 -c 'import html,sys; print("".join("<pre>"+html.escape(p)+"</pre>" for p in open(sys.argv[1]).read().split("\f") if p.strip()))' "$work/cases.txt"
  for f in "$work"/img/*.png; do [ -e "$f" ] && echo "<img src=\"file://$f\">"; done
  echo '</body></html>'
} >"$work/cases.html"

measure() { # label command...
  /usr/bin/time -f "%e %U %S" -o "$work/t" "$@" >/dev/null 2>&1
  read -r wall user sys <"$work/t"
  # bc writes ".8" for 0.8, which is not JSON: every number goes out through printf with its leading zero.
  echo "$1 $wall $(LC_ALL=C printf '%.2f' "$(echo "$user + $sys" | bc)")" >>"$work/results"
}
for _ in $(seq 1 "$runs"); do
  measure "${app[@]}" print --data "$data" --case "$@" --out "$work/p.pdf"
  sed -i '$ s/^[^ ]*/penghubung/' "$work/results"
  [ -n "$chromium" ] || continue
  measure "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --no-pdf-header-footer --print-to-pdf="$work/c.pdf" "file://$work/cases.html"
  sed -i '$ s/^[^ ]*/chromium/' "$work/results"
done
median() { awk -v k="$1" -v c="$2" '$1==k{print $c}' "$work/results" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
pw=$(median penghubung 2) pc=$(median penghubung 3)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
mkdir -p "$(dirname "$out")"
if [ -n "$chromium" ]; then
  cw=$(median chromium 2) cc=$(median chromium 3)
  rw=$(LC_ALL=C printf '%.2f' "$(echo "scale=4; $pw / $cw" | bc)") rc=$(LC_ALL=C printf '%.2f' "$(echo "scale=4; $pc / $cc" | bc)")
  echo "case files: $#, pages: $pages, images: $images, chromium pages: $(pdfinfo "$work/c.pdf" | sed -n 's/^Pages: *//p')"
  echo "penghubung print: median wall ${pw}s, cpu ${pc}s; chromium: median wall ${cw}s, cpu ${cc}s"
  echo "ratio penghubung/chromium: wall $rw, cpu $rc"
  chromium_json="\"chromium\": \"$("$chromium" --version 2>/dev/null | head -n 1)\", \"chromiumWallSeconds\": $cw, \"chromiumCpuSeconds\": $cc, \"ratioWall\": $rw, \"ratioCpu\": $rc"
else
  echo "case files: $#, pages: $pages, images: $images; no Chromium on this machine: only penghubung measured"
  echo "penghubung print: median wall ${pw}s, cpu ${pc}s"
  chromium_json='"chromium": "absent"'
fi
echo "load: $load_before -> $load_after"
cat >"$out" <<JSON
{"name": "print-vs-chromium", "javaOptions": "${JAVA_OPTS:-}", "caseFiles": $#, "pages": $pages, "images": $images, "runs": $runs,
 "penghubungWallSeconds": $pw, "penghubungCpuSeconds": $pc, $chromium_json,
 "loadBefore": "$load_before", "loadAfter": "$load_after", "cores": $(nproc)}
JSON
echo "written: $out"
