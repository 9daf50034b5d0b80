#!/usr/bin/env python3
"""Generated households for `watchline bench` on the reference ruleset (Rules/bench/reference.yaml,
schema Rules/bench/schema.yaml): N households written twice, as PREFIX.csv and PREFIX.jsonl.

    python3 scripts/make-population.py 100000 pop            # writes pop.csv and pop.jsonl
    watchline bench Rules/bench/reference.yaml --records pop.csv --as-of 2024-06-30

The columns and their distributions are those of the reference benchmark's population: 12
counties × 18 towns × 25 villages; per-capita income a body around 9 500 with a low tail (about 8%
under 7 000, 2% under 4 000); medical costs mostly 0, about 5% over 20 000; and about 1% of the
households pinned exactly on a threshold (7000.00, 6999.99, 4000.00, 3999.99 with a car,
20000.00, 10000.00, 0.300), so a `<` / `<=` mistake changes the decisions. CSV booleans are 1/0,
money has 2 decimals and income_drop_ratio 3; the JSON Lines file holds the same values as JSON
booleans and numbers.

Python's standard library only: every draw comes from random.Random(seed).random(), whose stream
Python keeps the same across versions, so one seed gives the same files on every machine. (The
benchmark's own generator draws with numpy, so its rows are not these rows; the distributions
are the same.)
"""
import argparse
import json
import math
import random
import sys

COLUMNS = [
    "id", "county", "town", "village", "category", "members", "labor_members",
    "per_capita_income", "medical_out_of_pocket", "education_students_college",
    "disability_severe", "house_safety", "water_safe", "agricultural_loss", "has_car",
    "has_urban_house", "is_public_servant", "registered_company", "dibao",
    "income_drop_ratio",
]
BOOL_COLS = {"water_safe", "has_car", "has_urban_house", "is_public_servant", "registered_company", "dibao"}
MONEY_COLS = {"per_capita_income", "medical_out_of_pocket", "agricultural_loss"}

CATEGORIES = ["general", "stable_exited", "unstable_exited", "edge", "monitored"]
CATEGORY_P = [0.55, 0.25, 0.05, 0.05, 0.10]
MEMBERS_P = [0.10, 0.18, 0.22, 0.20, 0.14, 0.09, 0.05, 0.02]   # 1..8 members
COLLEGE_P = [0.85, 0.11, 0.03, 0.01]                            # 0..3 students
HOUSE = ["A", "B", "C", "D"]
HOUSE_P = [0.62, 0.31, 0.05, 0.02]


class Draws:
    """Every distribution built on random() alone (no choices()/gauss(), whose algorithms may change)."""

    def __init__(self, seed):
        self.r = random.Random(seed).random

    def below(self, n):
        return min(int(self.r() * n), n - 1)

    def pick(self, p):
        u, acc = self.r(), 0.0
        for i, w in enumerate(p):
            acc += w
            if u < acc:
                return i
        return len(p) - 1

    def binomial(self, n, p):
        return sum(1 for _ in range(n) if self.r() < p)

    def uniform(self, a, b):
        return a + (b - a) * self.r()

    def lognormal(self, median, sigma):
        # Box–Muller; 1 - random() is in (0, 1], so the logarithm is defined.
        z = math.sqrt(-2.0 * math.log(1.0 - self.r())) * math.cos(2.0 * math.pi * self.r())
        return median * math.exp(sigma * z)


def household(i, d):
    c, t, v = 1 + d.below(12), 1 + d.below(18), 1 + d.below(25)
    members = 1 + d.pick(MEMBERS_P)
    labor = d.binomial(members, 0.55)
    if d.r() < 0.04:
        income = d.lognormal(4200.0, 0.55)        # the low tail
    else:
        income = d.lognormal(9500.0, 0.18)
    income = min(max(income, 300.0), 250000.0)
    u = d.r()
    medical = 0.0 if u < 0.70 else d.uniform(100.0, 19999.0) if u < 0.95 else 20000.0 + d.lognormal(35000.0, 0.6)
    college = d.pick(COLLEGE_P)
    disability = 0 if d.r() < 0.92 else min(max(d.binomial(members, 0.35), 1), members)
    house = HOUSE[d.pick(HOUSE_P)]
    water = d.r() >= 0.04
    u = d.r()
    agri = 0.0 if u < 0.85 else d.uniform(50.0, 9999.0) if u < 0.98 else d.uniform(10000.01, 80000.0)
    car, urban, servant, company, dibao = d.r() < 0.12, d.r() < 0.03, d.r() < 0.02, d.r() < 0.025, d.r() < 0.05
    drop = 0.0 if d.r() < 0.88 else d.r()
    # About 1% exactly on a threshold of the reference rules.
    if d.r() < 0.01:
        pin = d.below(7)
        if pin == 0: income = 7000.0
        elif pin == 1: income = 4000.0
        elif pin == 2: medical = 20000.0
        elif pin == 3: agri = 10000.0
        elif pin == 4: drop = 0.3
        elif pin == 5: income = 6999.99
        else: income, car = 3999.99, True
    return {
        "id": f"H{i:08d}", "county": f"C{c:02d}", "town": f"C{c:02d}T{t:02d}", "village": f"C{c:02d}T{t:02d}V{v:02d}",
        "category": CATEGORIES[d.pick(CATEGORY_P)], "members": members, "labor_members": labor,
        "per_capita_income": income, "medical_out_of_pocket": medical, "education_students_college": college,
        "disability_severe": disability, "house_safety": house, "water_safe": water, "agricultural_loss": agri,
        "has_car": car, "has_urban_house": urban, "is_public_servant": servant, "registered_company": company,
        "dibao": dibao, "income_drop_ratio": drop,
    }


def csv_cell(col, x):
    if col in BOOL_COLS:
        return "1" if x else "0"
    if col == "income_drop_ratio":
        return f"{x:.3f}"
    if col in MONEY_COLS:
        return f"{x:.2f}"
    return str(x)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="how many households")
    ap.add_argument("prefix", help="writes PREFIX.csv and PREFIX.jsonl")
    ap.add_argument("--seed", type=int, default=20251122)
    a = ap.parse_args()
    if a.n < 0:
        ap.error("N must be 0 or more")
    d = Draws(a.seed)
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    with open(a.prefix + ".csv", "w", newline="", encoding="utf-8") as csv_out, \
         open(a.prefix + ".jsonl", "w", encoding="utf-8") as jsonl_out:
        csv_out.write(",".join(COLUMNS) + "\n")
        for i in range(1, a.n + 1):
            h = household(i, d)
            cells = [csv_cell(col, h[col]) for col in COLUMNS]
            csv_out.write(",".join(cells) + "\n")
            # The JSON numbers are the CSV's rounded text read back, so both files hold the same values.
            for k, col in enumerate(COLUMNS):
                if col in MONEY_COLS or col == "income_drop_ratio":
                    h[col] = float(cells[k])
            jsonl_out.write(dumps(h) + "\n")
    print(f"wrote {a.n} households to {a.prefix}.csv and {a.prefix}.jsonl", file=sys.stderr)


if __name__ == "__main__":
    main()
