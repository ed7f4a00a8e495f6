#!/usr/bin/env bash
# Instruction counts of one `canevas check` run under callgrind: the whole run,
# and the inclusive counts of the stages, which do not depend on the machine's
# load (docs/performance.md takes its decisions on these).
#
# Usage: bench/callgrind.sh [BIN] [TARGET]
#   BIN     the binary (default: target/release/canevas, built here)
#   TARGET  a file or folder to check (default: 1,000 generated valid files)
# Environment: OUT=DIR keeps the callgrind files there (default: a temp folder).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 2; }
bin=${1:-}
if [ -z "$bin" ]; then
  cargo build --release --quiet
  bin=${CARGO_TARGET_DIR:-target}/release/canevas
fi
out=${OUT:-$(mktemp -d)}
mkdir -p "$out"
target=${2:-}
if [ -z "$target" ]; then
  target=$out/c1000
  [ -d "$target" ] || python3 ../shared/bench/gen_corpus.py "$target" --count 1000 --invalid-ratio 0 >/dev/null
fi
# One thread: the counts then add up the same way on every run.
RAYON_NUM_THREADS=1 valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.out" \
  "$bin" check "$target" --format concise --plan >/dev/null 2>"$out/valgrind.log" || true
echo "total: $(sed -n 's/.*Collected : //p' "$out/valgrind.log") instructions"
callgrind_annotate --inclusive=yes "$out/callgrind.out" 2>/dev/null >"$out/inclusive.txt"
for stage in 'pipeline::yaml::parse_with_granit' 'pipeline::yaml::fast::parse' \
  'pipeline::normalise::normalise' 'pipeline::schema::validate' 'pipeline::schema::validator'; do
  count=$(grep -F "canevas::$stage " "$out/inclusive.txt" | head -1 | awk '{print $1}')
  printf '%-36s %s\n' "$stage" "${count:-(inlined or not run)}"
done
echo "annotated: $out/inclusive.txt"
