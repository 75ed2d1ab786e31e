#!/usr/bin/env bash
# Before and after, in one run: builds revision REV in a temporary worktree and this tree as it is,
# then times both, interleaved, so that a machine that speeds up or slows down during the run
# affects both alike. Cold starts with hyperfine (all three formats, HTML alone, PDF alone), then
# ROUNDS alternating batches of N generated résumés with -Xmx256m. Prints means and ratios.
#
#   bench/compare.sh REV [--count N] [--rounds R] [--runs R]     (defaults: 400, 2, 10)
#   e.g. bench/compare.sh HEAD~3
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
rev="${1:?usage: bench/compare.sh REV [--count N] [--rounds R] [--runs R]}"
shift
count=400
rounds=2
runs=10
while [ $# -gt 0 ]; do
  case "$1" in
    --count) count="$2"; shift ;;
    --rounds) rounds="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    *) echo "usage: bench/compare.sh REV [--count N] [--rounds R] [--runs R]" >&2; exit 2 ;;
  esac
  shift
done
work="$(mktemp -d)"
cleanup() {
  git -C "$here" worktree remove --force "$work/before" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
temurin25=/usr/lib/jvm/temurin-25-jdk-amd64

echo "== building $rev (before) and this tree (after)"
git worktree add --detach "$work/before" "$rev" >/dev/null
# Without the render and archive steps of that revision's pom: the archives come from this tree's
# bin/make-archive, so both sides start the same way.
(cd "$work/before" && mvn -q -B -Dstyle.color=never -DbuildDir=target-bench -DskipTests -Dexec.skip package)
mvn -q -B -Dstyle.color=never -DbuildDir=target-bench -DskipTests -Dexec.skip package
before="$work/before/target-bench/resume.jar"
after="$here/target-bench/resume.jar"
for jar in "$before" "$after"; do
  bin/make-archive "$jar" "$(readlink -f "$(command -v java)")" "$temurin25/bin/java" >/dev/null
done

echo "== cold start: the seed résumé ($runs runs each)"
cmds=()
for args in "" "--format html" "--format pdf"; do
  cmds+=(-n "before ${args:-all three}" "env RESUME_JAR=$before bin/resume render resume.xml --out $work/b $args"
         -n "after ${args:-all three}" "env RESUME_JAR=$after bin/resume render resume.xml --out $work/a $args")
done
hyperfine -N --warmup 2 --runs "$runs" --export-json "$work/cold.json" "${cmds[@]}" >"$work/hyperfine.txt" 2>&1 \
  || { cat "$work/hyperfine.txt"; exit 1; }
python3 - "$work/cold.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
print(f"{'command':26} {'mean s':>8} {'± s':>6} {'user s':>7} {'after/before':>13}")
for before, after in zip(results[0::2], results[1::2]):
    for r in (before, after):
        print(f"{r['command']:26} {r['mean']:8.3f} {r['stddev']:6.3f} {r['user']:7.3f}", end="")
        print(f" {after['mean'] / before['mean']:13.2f}" if r is after else "")
PY

echo "== batch: $count résumés, pdf+html+docx each, -Xmx256m, $rounds alternating rounds"
bench/generate.sh "$count" "$work/in"
for round in $(seq "$rounds"); do
  for side in before after; do
    jar="$before"; [ "$side" = after ] && jar="$after"
    rm -rf "$work/out"
    line="$(RESUME_JAR="$jar" RESUME_JAVA_OPTS=-Xmx256m /usr/bin/time -f "user %U s, peak RSS %M KB" \
      bin/resume render "$work/in" --out "$work/out" 2>&1 | grep -E 'résumés/s|peak RSS' | paste -sd ' ')"
    echo "round $round, $side: $line"
  done
done
