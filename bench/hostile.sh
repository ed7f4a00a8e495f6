#!/usr/bin/env bash
# Times the release binary on hostile shapes of one file, at two sizes, to show
# that no step is worse than linear in the size of the file: each shape is
# written at SIZE/4 and SIZE bytes (default 1 MiB, the file-size limit), and
# the ratio of the two times should stay near 4 (quadratic would be near 16).
#
# Usage: bench/hostile.sh [SIZE_BYTES]
# Environment: FORMATS="concise json human sarif junit gitlab github"
#
# Shapes:
#   many-keys      one mapping of short unknown keys, one per line (k0: 1 …):
#                  one SCHEMA001 each, with a suggestion search each
#   long-line      the same keys in one flow mapping on a single line, after
#                  an accented key: columns far into a line, in characters
#   long-text      one text of SIZE characters, then a syntax slip at its end:
#                  one finding past column 65,535
#   duplicates     the same key again and again: one YAML002 each, with the
#                  place of the first (two places per finding in every format)
#   directives     an allow comment before every key: the suppression scopes
# Prints: shape, format, size, seconds, peak MB, and the ratio to the small size.
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-1048576}
formats=${FORMATS:-concise json human sarif junit gitlab github}

cargo build --release --quiet
bin=$(realpath "${CARGO_TARGET_DIR:-target}/release/canevas")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# Writes shape $1 at about $2 bytes to $3.
generate() {
  python3 - "$1" "$2" "$3" <<'PY'
import sys
shape, size, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
# Pieces are added while the file stays under `size` (canevas refuses files
# over 1 MiB with FILE001, which would measure nothing).
head, piece, tail = {
    "many-keys": ("id: A1-01\n", "k{}: 1\n", ""),
    "long-line": ("{é: 1", ", k{}: 1", "}\n"),
    "duplicates": ("id: A1-01\n", "titre: x\n", ""),
    "directives": ("id: A1-01\n", "# canevas: allow CAN001 -- essai\nk{}: 1\n", ""),
    "long-text": ('id: A1-01\ntitre: "', "é", '" x: y\n'),
}[shape]
parts, length, i = [head], len(head.encode()) + len(tail.encode()), 0
while True:
    p = piece.format(i)
    if length + len(p.encode()) > size:
        break
    parts.append(p); length += len(p.encode()); i += 1
parts.append(tail)
open(path, "w", encoding="utf-8").write("".join(parts))
PY
}

# Seconds and peak MB of one run.
measure() {
  /usr/bin/time -f '%e %M' -o "$work/t" "$@" >/dev/null 2>&1 || true
  read -r secs kb < <(tail -1 "$work/t")
  echo "$secs $((kb / 1024))"
}

printf '%-11s %-8s %9s %8s %8s %6s\n' shape format bytes seconds peak_MB ratio
for shape in many-keys long-line long-text duplicates directives; do
  for format in $formats; do
    small=""
    for bytes in $((size / 4)) "$size"; do
      file="$work/$shape-$bytes.yaml"
      [ -f "$file" ] || generate "$shape" "$bytes" "$file"
      read -r secs mb < <(measure "$bin" check "$file" --format "$format" --color never)
      ratio=""
      if [ -n "$small" ]; then
        ratio=$(python3 -c "import sys; a,b=map(float,sys.argv[1:]); print('%.1f' % (b/a if a>0 else 0))" "$small" "$secs")
      fi
      printf '%-11s %-8s %9s %8s %8s %6s\n' "$shape" "$format" "$(wc -c < "$file")" "$secs" "$mb" "$ratio"
      small=$secs
    done
  done
done
