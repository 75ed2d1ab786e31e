#!/usr/bin/env bash
# Cold start, warm per-format times and batch throughput of the résumé renderer, side by side with
# the alternatives installed here. Benchmarks, not tests: `mvn verify` never runs this.
#
#   bench/run.sh [--no-build] [--count N] [--quick]
#
# Prints: cold start (hyperfine means, and ratios to plain `java -jar` measured in the same run),
# warm ms per format (JMH), batch résumés/s, peak RSS and heap after GC at start/middle/end.
# Timings on a shared machine are noisy: compare ratios within one run, not across runs.
#   BUILD_DIR  Maven build folder (default target-bench)      RUNS  hyperfine runs (default 10)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
build="${BUILD_DIR:-target-bench}"
count=1000
runs="${RUNS:-10}"
jmh=(-wi 5 -i 5 -w 2 -r 2)
do_build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) do_build=0 ;;
    --count) count="$2"; shift ;;
    --quick) jmh=(-wi 2 -i 3 -w 1 -r 1); runs=5; count=200 ;;
    *) echo "usage: bench/run.sh [--no-build] [--count N] [--quick]" >&2; exit 2 ;;
  esac
  shift
done
jar="$here/$build/resume.jar"
temurin25=/usr/lib/jvm/temurin-25-jdk-amd64
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ "$do_build" = 1 ]; then
  echo "== building $jar (and its start-up archives)"
  mvn -q -B -DbuildDir="$build" package -DskipTests -Pstartup -pl core -am
  mvn -q -B -DbuildDir="$build" -pl core org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile="$here/$build/test.classpath" -Dmdep.includeScope=test
fi
export RESUME_JAR="$jar"

echo "== cold start: the seed résumé, from a fresh process ($runs runs each)"
# Inputs for the alternatives: our own HTML and DOCX of the seed résumé.
java -jar "$jar" render resume.xml --out "$work/seed" >/dev/null
cmds=(-n "java -jar (plain, baseline)" "java -jar $jar render resume.xml --out $work/a"
      -n "bin/resume, Java 17 + CDS" "bin/resume render resume.xml --out $work/b"
      -n "bin/resume --format html" "bin/resume render resume.xml --out $work/b --format html"
      -n "bin/resume --format pdf" "bin/resume render resume.xml --out $work/b --format pdf"
      -n "bin/resume --format docx" "bin/resume render resume.xml --out $work/b --format docx")
if [ -x "$temurin25/bin/java" ]; then
  cmds+=(-n "bin/resume, Java 25 + AOT cache" "env JAVA_HOME=$temurin25 bin/resume render resume.xml --out $work/c")
fi
if command -v chromium >/dev/null; then
  cmds+=(-n "Chromium print-to-PDF (HTML→PDF)" "chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --user-data-dir=$work/chrome --print-to-pdf=$work/chrome.pdf $work/seed/resume.html")
fi
if command -v soffice >/dev/null; then
  cmds+=(-n "LibreOffice DOCX→PDF" "soffice -env:UserInstallation=file://$work/lo --headless --convert-to pdf --outdir $work/lo-out $work/seed/resume.docx")
fi
if command -v pandoc >/dev/null; then
  cmds+=(-n "pandoc HTML→DOCX" "pandoc $work/seed/resume.html -o $work/pandoc.docx"
         -n "pandoc HTML→HTML" "pandoc $work/seed/resume.html -s -o $work/pandoc.html")
fi
hyperfine -N --warmup 2 --runs "$runs" --export-json "$work/cold.json" "${cmds[@]}" >"$work/hyperfine.txt" 2>&1 \
  || { cat "$work/hyperfine.txt"; exit 1; }
python3 - "$work/cold.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = results[0]["mean"]
print(f"{'command':40} {'mean s':>8} {'± s':>6} {'user s':>7} {'× baseline':>11}")
for r in results:
    print(f"{r['command']:40} {r['mean']:8.3f} {r['stddev']:6.3f} {r['user']:7.3f} {r['mean']/base:11.2f}")
PY

echo "== warm, per résumé (JMH, one fork, -Xmx256m)"
cp="$build/test-classes:$build/classes:$(cat "$build/test.classpath")"
java -cp "$cp" org.openjdk.jmh.Main 'io.resume.bench.FormatBenchmark' "${jmh[@]}" -rf json -rff "$work/jmh.json" \
  >"$work/jmh.txt" 2>&1 || { tail -30 "$work/jmh.txt"; exit 1; }
python3 - "$work/jmh.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1])):
    m = r["primaryMetric"]
    print(f"{r['benchmark'].rsplit('.', 1)[1]:8} {m['score']:8.2f} ± {m['scoreError']:.2f} {m['scoreUnit']}")
PY

echo "== batch: $count résumés the size of the seed, pdf+html+docx each, bin/resume with -Xmx256m"
bench/generate.sh "$count" "$work/in"
RESUME_JAVA_OPTS="-Xmx256m -Xlog:gc:file=$work/gc.log" /usr/bin/time -v bin/resume render "$work/in" --out "$work/out" \
  >"$work/batch.txt" 2>"$work/time.txt" || { tail -20 "$work/batch.txt" "$work/time.txt"; exit 1; }
grep -E '^[0-9]+ résumés' "$work/batch.txt"
sed -n 's/^\s*Maximum resident set size (kbytes): \([0-9]*\)/peak RSS: \1 KB/p' "$work/time.txt"
sed -n 's/^\s*User time (seconds): /user CPU s: /p; s/^\s*Percent of CPU this job got: /CPU: /p' "$work/time.txt"
python3 - "$work/gc.log" <<'PY'
import re, sys
# Heap after each collection ("12M->5M(20M)": the middle number), at the start, middle and end.
after = [int(m.group(1)) for m in (re.search(r"->(\d+)M\(", l) for l in open(sys.argv[1])) if m]
if after:
    third = max(1, len(after) // 3)
    pick = lambda part: min(part) if part else 0
    print(f"heap after GC (MB, least of each third): start {pick(after[:third])}, middle {pick(after[third:2*third])}, end {pick(after[2*third:])}; {len(after)} collections")
PY
