#!/usr/bin/env bash
# Times the release binary, and the JSON Schema validators found on PATH, on the
# same synthetic corpora from ../shared/bench/gen_corpus.py (valid files, the
# English and French keys the generator writes).
#
# Usage: bench/run.sh [COUNT…]        (default: 1 1000 10000 100000)
# Environment:
#   RUNS=5        timed runs per command (hyperfine when installed, else a loop)
#   SLOW_MAX=10000  largest corpus given to check-jsonschema (about 10 ms a file)
#   KEEP=DIR      generate the corpora in DIR and keep them (default: a temp folder)
#
# Peers, each timed only when found on PATH (they check the schema only, not the
# rules, and read YAML 1.1 or 1.2 as their parser does):
#   jsonschema        npm @sourcemeta/jsonschema: reads the YAML files directly;
#                     timed as users run it (the npm wrapper, Node.js starting
#                     the binary), then its native binary alone, in its default
#                     mode and with --fast (the binary the package ships, found
#                     next to the wrapper, or JSONSCHEMA_NATIVE=PATH)
#   ajv               npm ajv-cli: reads JSON copies made here, because its YAML
#                     reader (js-yaml, YAML 1.1) turns `2024-09-01` into a date
#                     object that the schema's string pattern rejects
#   check-jsonschema  PyPI check-jsonschema: reads the YAML files directly
# Prints one row per command and corpus: median wall time, peak memory, and the
# ratio to canevas on the same corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
gen=../shared/bench/gen_corpus.py
[ -f "$gen" ] || { echo "missing $gen" >&2; exit 2; }
schema=$PWD/schemas/proposal.schema.json
runs=${RUNS:-5}
slow_max=${SLOW_MAX:-10000}

cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-target}/release/canevas
bin=$(realpath "$bin")

if [ -n "${KEEP:-}" ]; then work=$KEEP; mkdir -p "$work"; else
  work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; fi
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(1 1000 10000 100000)

# Median wall time in seconds of a command, over $runs runs.
median() {
  if command -v hyperfine >/dev/null; then
    local command
    command=$(printf '%q ' "${@:2}")
    hyperfine -N --warmup 1 --runs "$1" --export-json "$work/h.json" -i "$command" >/dev/null 2>&1
    python3 -c 'import json,sys; print("%.4f" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$work/h.json"
  else
    local times=() start end
    for _ in $(seq "$1"); do
      start=$(date +%s.%N); "${@:2}" >/dev/null 2>&1 || true; end=$(date +%s.%N)
      times+=("$(echo "$end - $start" | bc)")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
  fi
}

# Peak resident memory in MB of one run.
peak_mb() {
  /usr/bin/time -f '%M' -o "$work/mem" "$@" >/dev/null 2>&1 || true
  echo $(( $(tail -1 "$work/mem") / 1024 ))
}

# JSON copies of the YAML files, dates kept as text (for ajv).
to_json() {
  python3 - "$1" "$2" <<'EOF'
import json, pathlib, sys, yaml
class Loader(yaml.SafeLoader):
    pass
# YAML 1.2 reads dates as text, as canevas does.
Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
src, dst = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for path in src.rglob("*.yaml"):
    out = dst / path.relative_to(src).with_suffix(".json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(yaml.load(path.read_text(), Loader=Loader)))
EOF
}

row() { # name files size median mem base
  local ratio
  ratio=$(python3 -c "print('%.1f' % (float('$4') / float('$6')))")
  printf '| %-18s | %7s | %6s | %9s | %7s | %6s× |\n' "$1" "$2" "$3" "$4" "$5" "$ratio"
}

# The native binary of @sourcemeta/jsonschema: the npm wrapper starts it.
native=${JSONSCHEMA_NATIVE:-}
if [ -z "$native" ] && command -v jsonschema >/dev/null; then
  wrapper=$(readlink -f "$(command -v jsonschema)")
  candidate=$(dirname "$wrapper")/../build/github-releases/jsonschema-linux-$(uname -m)
  [ -x "$candidate" ] && native=$(realpath "$candidate")
fi

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| command            |   files |   size |  median s | peak MB | vs canevas |"
echo "|---|---|---|---|---|---|"
for n in "${counts[@]}"; do
  corpus="$work/c$n"
  [ -d "$corpus" ] || python3 "$gen" "$corpus" --count "$n" --invalid-ratio 0 >/dev/null
  target=$corpus
  [ "$n" = 1 ] && target=$(find "$corpus" -name '*.yaml' | head -1)
  size=$(du -sh --apparent-size "$corpus" | cut -f1)
  base=$(median "$runs" "$bin" check "$target" --format concise --plan)
  row canevas "$n" "$size" "$base" "$(peak_mb "$bin" check "$target" --format concise --plan)" "$base"

  if command -v jsonschema >/dev/null; then
    t=$(median "$runs" jsonschema validate "$schema" "$target")
    row "jsonschema (npm)" "$n" "$size" "$t" "$(peak_mb jsonschema validate "$schema" "$target")" "$base"
  fi
  if [ -n "$native" ]; then
    t=$(median "$runs" "$native" validate "$schema" "$target")
    row "jsonschema native" "$n" "$size" "$t" "$(peak_mb "$native" validate "$schema" "$target")" "$base"
    t=$(median "$runs" "$native" validate --fast "$schema" "$target")
    row "jsonschema --fast" "$n" "$size" "$t" "$(peak_mb "$native" validate --fast "$schema" "$target")" "$base"
  fi
  if command -v ajv >/dev/null && python3 -c 'import yaml' 2>/dev/null; then
    [ -d "$corpus.json" ] || to_json "$corpus" "$corpus.json"
    data="$corpus.json/**/*.json"
    [ "$n" = 1 ] && data=$(find "$corpus.json" -name '*.json' | head -1)
    t=$(median "$runs" ajv validate --spec=draft2020 --strict=false -s "$schema" -d "$data" --errors=no)
    row "ajv-cli (JSON)" "$n" "$size" "$t" "$(peak_mb ajv validate --spec=draft2020 --strict=false -s "$schema" -d "$data" --errors=no)" "$base"
  fi
  if command -v check-jsonschema >/dev/null && [ "$n" -le "$slow_max" ]; then
    # Too slow for several runs: one run, which is also the memory run.
    files=("$target"); [ -d "$target" ] && mapfile -t files < <(find "$target" -name '*.yaml')
    start=$(date +%s.%N)
    /usr/bin/time -f '%M' -o "$work/mem" check-jsonschema --schemafile "$schema" "${files[@]}" >/dev/null 2>&1 || true
    t=$(python3 -c "import time; print('%.4f' % (time.time() - $start))")
    row "check-jsonschema" "$n" "$size" "$t" "$(( $(tail -1 "$work/mem") / 1024 ))" "$base"
  fi
done
