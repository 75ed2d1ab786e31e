#!/usr/bin/env bash
# resume serve against the command line, side by side in one run (a benchmark: `mvn verify` never
# runs it). Loopback only; every loop is bounded in requests and time.
#
#   bench/serve.sh [--no-build] [--count N] [--requests N] [--clients N] [--rounds N] [--runs N]
#                  (defaults: 200 résumés, 2000 requests, 8 clients, 200 rounds, 10 cold runs)
#
# 1. cold: hyperfine, `bin/resume render SEED` (all three formats) and `--format pdf`;
# 2. warm: `bin/resume serve`, one client, POST pdf, html, docx of SEED one after another per round:
#    each format's p50 and the p50 of the sum; ratios to the cold renders above;
# 3. load: CLIENTS clients, REQUESTS requests over COUNT generated résumés × 3 formats; throughput,
#    p50/p99, errors; heap after a full GC before and after (jcmd GC.run, then /health);
# 4. batch: `bin/resume render DIR` of the same COUNT résumés (server stopped first): résumés/s;
# 5. preview: Chromium shows `serve FILE`; 20 saves, each timed from the write to the new text on screen.
# Both JVMs get -Xmx256m (SERVE_JAVA_OPTS adds flags to the server's). Timings on a shared machine are noisy: compare ratios within one run.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
build="${BUILD_DIR:-target-bench}"
count=200
requests=2000
clients=8
rounds=200
runs=10
do_build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) do_build=0 ;;
    --count) count="$2"; shift ;;
    --requests) requests="$2"; shift ;;
    --clients) clients="$2"; shift ;;
    --rounds) rounds="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    *) echo "usage: bench/serve.sh [--no-build] [--count N] [--requests N] [--clients N] [--rounds N] [--runs N]" >&2; exit 2 ;;
  esac
  shift
done
jar="$here/$build/resume.jar"
seed="$here/src/test/resources/io/resume/seed/resume.xml"
work="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [ "$do_build" = 1 ]; then
  echo "== building $jar (and its start-up archives)"
  # -Pstartup: the cold side starts as an installed bin/resume does, with its start-up archives.
  mvn -q -B -DbuildDir="$build" package -DskipTests -Pstartup -pl core -am
  mvn -q -B -DbuildDir="$build" -pl core org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile="$here/$build/test.classpath" -Dmdep.includeScope=test
fi
export RESUME_JAR="$jar"

echo "== cold: bin/resume render of the seed résumé ($runs runs each)"
hyperfine -N --warmup 2 --runs "$runs" --export-json "$work/cold.json" \
  -n "cold render, pdf+html+docx" "bin/resume render $seed --out $work/cold" \
  -n "cold render, pdf" "bin/resume render $seed --out $work/cold --format pdf" >"$work/hyperfine.txt" 2>&1 \
  || { cat "$work/hyperfine.txt"; exit 1; }
python3 - "$work/cold.json" <<'PY' | tee "$work/cold.txt"
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"{r['command']:28} mean {r['mean']*1000:7.0f} ms  median {r['median']*1000:7.0f} ms  ± {r['stddev']*1000:4.0f}")
PY

start_server() { # $1: log file, then serve's arguments
  local log="$1"; shift
  RESUME_JAVA_OPTS="-Xmx256m ${SERVE_JAVA_OPTS:-}" bin/resume serve "$@" >"$log" 2>&1 &
  server=$!
  for _ in $(seq 240); do
    grep -q '^ready' "$log" && break
    kill -0 "$server" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.5
  done
  grep -q '^ready' "$log" || { echo "serve did not get ready"; cat "$log"; exit 1; }
  url="$(sed -n 's/^serving \(http:[^ ]*\)\/ .*/\1/p; s/^serving \(http:[^ ;]*\)\/;.*/\1/p' "$log" | head -1)"
}
stop_server() {
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
}
heap_after_gc() {
  jcmd "$server" GC.run >/dev/null
  curl -s "$url/health" | python3 -c 'import json,sys; print(round(json.load(sys.stdin)["heapAfterLastGcBytes"]/1048576, 1))'
}

echo "== warm: bin/resume serve, one client, pdf, html, docx of the seed per round ($rounds rounds)"
start_server "$work/serve.log" --queue 64
echo "serving at $url (pid $server)"
bench/generate.sh "$count" "$work/in"
java bench/ServeLoad.java --url "$url" --inputs "$seed" --sequential --rounds "$rounds" --warmup 300 | tee "$work/warm.txt"

echo "== load: $clients clients, $requests requests over $count résumés × pdf, html, docx"
heap_start="$(heap_after_gc)"
java bench/ServeLoad.java --url "$url" --inputs "$work/in" --clients "$clients" --requests "$requests" | tee "$work/load.txt"
heap_end="$(heap_after_gc)"
echo "heap after a full GC: start $heap_start MB, end $heap_end MB"
grep -c '"POST /render' "$work/serve.log" | sed 's/^/access log lines for POST \/render: /'
stop_server

echo "== batch: bin/resume render DIR of the same $count résumés, pdf+html+docx, -Xmx256m"
RESUME_JAVA_OPTS=-Xmx256m bin/resume render "$work/in" --out "$work/out" | grep -E '^[0-9]+ résumés' | tee "$work/batch.txt"

echo "== preview: a save until its text is on screen (Chromium)"
cp "$seed" "$work/cv.xml"
start_server "$work/preview.log" "$work/cv.xml"
cp_test="$build/test-classes:$build/classes:$(cat "$build/test.classpath")"
java -cp "$cp_test" io.resume.bench.PreviewLatency "$url/" "$work/cv.xml" 20 2>/dev/null | tee "$work/preview.txt"
stop_server

echo "== ratios (this run)"
python3 - "$work" <<'PY'
import json, re, sys, pathlib
w = pathlib.Path(sys.argv[1])
cold = {r["command"]: r["median"] * 1000 for r in json.load(open(w / "cold.json"))["results"]}
warm = (w / "warm.txt").read_text()
pdf = float(re.search(r"warm pdf: p50 ([\d.]+)", warm).group(1))
total = float(re.search(r"warm sum of [^:]*: p50 ([\d.]+)", warm).group(1))
load = (w / "load.txt").read_text()
served = float(re.search(r"= ([\d.]+) résumés/s", load).group(1))
errors = int(re.search(r"errors (\d+)", load).group(1))
batch = float(re.search(r"([\d.]+) résumés/s", (w / "batch.txt").read_text()).group(1))
three = cold["cold render, pdf+html+docx"]
print(f"warm POST pdf p50 / cold render (3 formats) median: {pdf:.1f} / {three:.0f} ms = {pdf / three:.3f}×"
      f"  (/ cold pdf only: {pdf / cold['cold render, pdf']:.3f}×)")
print(f"warm pdf+html+docx p50 of the sum / cold render (3 formats): {total:.1f} / {three:.0f} ms = {total / three:.3f}×")
print(f"served {served:.1f} résumés/s / batch {batch:.1f} résumés/s = {served / batch:.2f}×, errors {errors}")
PY
