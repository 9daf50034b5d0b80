#!/usr/bin/env bash
# Runs the reference benchmark's peers (hand-written C, numpy) and Watchline on the same
# generated households in one go, checks that Watchline's decisions equal C's, and prints one
# table: eval and end-to-end households/s, peak RSS, and ratios to C and numpy.
# Usage: scripts/bench-peers.sh N [DIR]     (BENCH=path/to/shared/bench; default ../shared/bench)
set -euo pipefail
n=${1:?usage: scripts/bench-peers.sh N [DIR]}
root=$(cd "$(dirname "$0")/.." && pwd)
bench=${BENCH:-$root/../shared/bench}
dir=${2:-$(mktemp -d)}
mkdir -p "$dir"
[ -f "$bench/peers.sh" ] || { echo "no peers.sh in $bench (set BENCH=…)" >&2; exit 2; }

echo "building watchline (release)…" >&2
(cd "$root" && swift build -c release >&2)
wl="$root/.build/release/watchline"

echo "running the peers on $n households in $dir…" >&2
bash "$bench/peers.sh" "$n" "$dir" > "$dir/peers.jsonl"

echo "running watchline…" >&2
/usr/bin/time -f "%e %M" -o "$dir/wl_time.txt" \
  "$wl" run "$root/Rules/bench/reference.yaml" --records "$dir/pop_$n.csv" --format csv \
  --as-of 2024-06-30 --output "$dir/out_watchline.csv" --quiet
"$wl" bench "$root/Rules/bench/reference.yaml" --records "$dir/pop_$n.csv" --reps 5 --as-of 2024-06-30 --json > "$dir/wl_bench.json"
python3 "$root/scripts/canonical.py" "$dir/out_watchline.csv" "$dir/out_watchline_canonical.csv"
if cmp -s "$dir/out_c.csv" "$dir/out_watchline_canonical.csv"; then same="identical"; else same="DIFFERENT"; fi

python3 - "$dir" "$n" "$same" <<'PY'
import json, sys, platform, os
d, n, same = sys.argv[1], int(sys.argv[2]), sys.argv[3]
peers = [json.loads(l) for l in open(f"{d}/peers.jsonl") if l.startswith("{") and '"engine"' in l]
def pick(engine, mode):
    for p in peers:
        if p["engine"].startswith(engine) and p["mode"] == mode: return p
c_e2e, c_eval = pick("c-", "e2e"), pick("c-", "eval")
np_e2e, np_eval = pick("numpy", "e2e"), pick("numpy", "eval")
secs, kb = open(f"{d}/wl_time.txt").read().split()[-2:]
wb = json.load(open(f"{d}/wl_bench.json"))
rows = [
    ("C, hand-written (gcc -O2)", c_eval["hh_per_s"], c_e2e["hh_per_s"], c_e2e["maxrss_mib"]),
    ("numpy (vectorised)", np_eval["hh_per_s"], np_e2e["hh_per_s"], np_e2e.get("maxrss_mib", float("nan"))),
    ("Watchline, 1 core eval", wb["eval_one_core_households_per_s"], n / float(secs), int(kb) / 1024),
    (f"Watchline, {wb['cores']} cores eval", wb["eval_households_per_s"], n / float(secs), int(kb) / 1024),
]
def fmt(x): return f"{x/1e6:.2f} M" if x >= 1e6 else f"{x/1e3:.0f} k"
print(f"{n} households on {os.cpu_count()} cores ({platform.machine()}, {platform.system()}); Watchline's decisions vs C's: {same}")
print()
print("| engine | eval households/s | end-to-end CSV→CSV households/s | peak RSS (e2e) | eval ÷ C | e2e ÷ C | e2e ÷ numpy |")
print("|---|---|---|---|---|---|---|")
for name, ev, e2e, rss in rows:
    print(f"| {name} | {fmt(ev)} | {fmt(e2e)} | {rss:.0f} MiB | {ev/c_eval['hh_per_s']:.2f} | {e2e/c_e2e['hh_per_s']:.2f} | {e2e/np_e2e['hh_per_s']:.1f} |")
PY
[ "$same" = identical ]
