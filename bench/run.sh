#!/usr/bin/env bash
# Times the release binary on synthetic corpora from ../shared/bench/gen_corpus.py.
# Usage: bench/run.sh [COUNT…]   (default: 1 1000 10000)
# Prints, for each corpus, the median wall time of 5 runs and the peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
gen=../shared/bench/gen_corpus.py
[ -f "$gen" ] || { echo "missing $gen" >&2; exit 2; }
cargo build --release --quiet
bin=target/release/canevas
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(1 1000 10000)
printf '%-8s %-10s %-12s %s\n' files size median_s peak_mem_MB
for n in "${counts[@]}"; do
  python3 "$gen" "$work/c$n" --count "$n" --invalid-ratio 0 >/dev/null
  target="$work/c$n"
  [ "$n" = 1 ] && target=$(find "$work/c$n" -name '*.yaml' | head -1)
  times=()
  mem=0
  for _ in 1 2 3 4 5; do
    out=$( { /usr/bin/time -f '%e %M' "$bin" check "$target" --format concise --plan >/dev/null; } 2>&1 | tail -1)
    times+=("${out% *}")
    kb=${out#* }
    [ "$kb" -gt "$mem" ] && mem=$kb
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
  printf '%-8s %-10s %-12s %s\n' "$n" "$(du -sh "$work/c$n" | cut -f1)" "$median" "$((mem / 1024))"
done
