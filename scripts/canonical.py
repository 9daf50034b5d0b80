#!/usr/bin/env python3
"""Watchline's `run --format csv` output -> the peers' canonical CSV (id,monitored,category,risks,measures).

Columns map as: monitored true/false -> 1/0; category only when monitored; risks and measures
'|'-joined in ASCII order (measures only when monitored). Usage: canonical.py IN.csv OUT.csv
"""
import csv
import sys

with open(sys.argv[1], encoding="utf-8-sig", newline="") as f, open(sys.argv[2], "w", newline="") as out:
    rows = csv.reader(f)
    next(rows)
    out.write("id,monitored,category,risks,measures\n")
    for row in rows:
        mon = row[1] == "true"
        risks = "|".join(sorted(row[3].split("|"))) if row[3] else ""
        measures = "|".join(sorted(row[5].split("|"))) if mon and row[5] else ""
        out.write(f"{row[0]},{1 if mon else 0},{row[2] if mon else ''},{risks},{measures}\n")
