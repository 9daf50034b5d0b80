#!/usr/bin/env python3
"""The bench case for departments' lists (issue 20): N households (Rules/schema/household.yaml,
2–4 members each with a valid ID number) and four lists of N rows each keyed on 身份证号 (about 1
row in 20 names a member, the rest people outside the households; some rows 15-digit, full-width
or with a lower-case x). Usage:

    python3 scripts/make-list-bench.py 1000000 /tmp/listbench
    watchline bench Rules/bench/lists-baseline.yaml --records /tmp/listbench/households.jsonl --as-of 2020-06-30
    watchline bench Rules/bench/lists.yaml --records /tmp/listbench/households.jsonl --as-of 2020-06-30 \\
        --list-file vehicles=/tmp/listbench/vehicles.csv --list-file public_servants=/tmp/listbench/public_servants.csv \\
        --list-file companies=/tmp/listbench/companies.csv --list-file real_estate=/tmp/listbench/real_estate.csv

The two rule files decide alike but for the lookups (lists.yaml adds `m.id in LIST` to each
exclusion), so the ratio of their run times is what the lists cost."""
import json, os, random, sys

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region, n):
    """A valid ID number from a serial: birth date 1940–2009, sequence from n."""
    year = 1940 + n % 70
    month, day = 1 + (n // 70) % 12, 1 + (n // 840) % 28
    body = f"{region}{year:04d}{month:02d}{day:02d}{(n // 23520) % 1000:03d}"
    # `n` beyond 23 520 000 would repeat; the region code varies with it instead.
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, W)) % 11]


def form(x, rnd):
    r = rnd.random()
    if r < 0.05 and x[6:8] == "19":
        return x[:6] + x[8:17]                                                     # 15-digit
    if r < 0.08:
        return "".join(chr(ord(c) - 0x30 + 0xFF10) if c.isdigit() else "Ｘ" for c in x)  # full-width
    return x.lower()                                                               # x → lower-case (when it has one)


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    os.makedirs(out, exist_ok=True)
    rnd = random.Random(20)
    members = []
    with open(os.path.join(out, "households.jsonl"), "w", encoding="utf-8") as f:
        serial = 0
        for h in range(n):
            ms = []
            for k in range(2 + h % 3):
                x = idn(f"3713{21 + serial // 23520000:02d}", serial)
                serial += 1
                members.append(x)
                ms.append({"id": x, "relation": "head" if k == 0 else "spouse" if k == 1 else "child", "age": 20 + (h + k * 7) % 60,
                           "labor": "full", "health": "healthy", "public_servant": False})
            rec = {"id": f"LB-{h:07d}", "town": f"镇{h % 20:02d}", "village": f"村{h % 400:03d}", "status": ["general", "exited_no_policy", "exited_with_policy"][h % 3],
                   "income": {"net_per_capita": 3000 + (h * 37) % 9000, "net_per_capita_prev": 3000 + (h * 41) % 9000},
                   "expenses": {"rigid_total": (h * 53) % 30000, "medical_out_of_pocket": (h * 29) % 40000},
                   "assets": {"car": h % 97 == 0, "large_vehicle": False, "urban_house": h % 89 == 0, "company": h % 83 == 0},
                   "members": ms}
            f.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
    for name, header in [("vehicles", ["身份证号", "号牌号码", "车辆类型"]), ("public_servants", ["身份证号", "工作单位"]),
                         ("companies", ["身份证号", "企业名称", "登记身份"]), ("real_estate", ["身份证号", "房屋坐落", "建筑面积"])]:
        with open(os.path.join(out, f"{name}.csv"), "w", encoding="utf-8") as f:
            f.write(",".join(header) + "\n")
            for i in range(n):
                x = rnd.choice(members) if rnd.random() < 0.05 else idn("6501" + f"{i % 90 + 10:02d}", i)
                cells = {"vehicles": ["鲁Q%05d" % (i % 100000), "小型轿车"], "public_servants": ["某局"],
                         "companies": ["某公司", "股东"], "real_estate": ["某小区", str(60 + i % 90)]}[name]
                f.write(",".join([form(x, rnd)] + cells) + "\n")


if __name__ == "__main__":
    main()
