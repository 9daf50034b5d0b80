#!/usr/bin/env bash
# Peak memory of `watchline run` as the input grows: generates N households for each N given
# (the reference benchmark's gen.py) and prints wall time and peak RSS of a CSV → CSV run.
# Usage: scripts/measure-memory.sh [N...]   (default: 1000000 10000000; needs ~1 GB of disk per 10M)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bench=${BENCH:-$root/../shared/bench}
dir=${DIR:-$(mktemp -d)}
mkdir -p "$dir"
(cd "$root" && swift build -c release >&2)
wl="$root/.build/release/watchline"
[ $# -gt 0 ] || set -- 1000000 10000000
echo "| households | wall time | households/s | peak RSS |"
echo "|---|---|---|---|"
for n in "$@"; do
  [ -f "$dir/pop_$n.csv" ] || python3 "$bench/gen.py" "$n" "$dir/pop_$n" >&2
  rm -f "$dir/pop_$n.jsonl"
  /usr/bin/time -f "%e %M" -o "$dir/time_$n.txt" "$wl" run "$root/Rules/bench/reference.yaml" \
    --records "$dir/pop_$n.csv" --format csv --as-of 2024-06-30 --output "$dir/out_$n.csv" --quiet
  read -r secs kb < "$dir/time_$n.txt"
  python3 -c "n=$n; s=$secs; kb=$kb; print(f'| {n:,} | {s:.2f} s | {n/s/1e6:.2f} M | {kb/1024:.0f} MiB |')"
  rm -f "$dir/out_$n.csv"
done
