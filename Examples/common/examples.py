"""Shared by every Examples/*/make_examples.py: builds example households from a base household
and per-case changes, and writes them as JSON Lines and as the national system's CSV export
(households.csv + members.csv, Chinese headers from Rules/schema/household.yaml, UTF-8 with BOM),
plus households-notes.md saying what each household exercises. Needs PyYAML only to read the
schema's labels."""
import copy, csv, json, os
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCHEMA = yaml.safe_load(open(os.path.join(ROOT, "Rules/schema/household.yaml"), encoding="utf-8"))["schema"]
# The export writes some enum columns by their Chinese label (the schema lists them as spellings).
LABELLED = {"status", "guarantees.housing", "labor"}


def first_label(spec, value):
    v = spec.get("values", {}).get(value)
    return (v[0] if isinstance(v, list) else v) if v else value


WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def check_character(digits17):
    """GB 11643 (ISO 7064 MOD 11-2) check character of 17 digits."""
    return "10X98765432"[sum(int(d) * w for d, w in zip(digits17, WEIGHTS)) % 11]


def id_number(region, year, month, day, seq):
    """A well-formed 18-character resident ID number (made up, with a correct check character)."""
    body = f"{region}{year:04d}{month:02d}{day:02d}{seq:03d}"
    return body + check_character(body)


def fifteen(idn):
    """The old 15-digit form of an 18-character number born in the 1900s."""
    assert idn[6:8] == "19"
    return idn[:6] + idn[8:17]


def full_width(idn):
    return "".join(chr(ord(ch) - 0x30 + 0xFF10) if ch.isdigit() else "Ｘ" for ch in idn)


class Examples:
    def __init__(self, here, id_prefix, base, member_defaults, title, id_region=None, as_of_year=2020):
        """With `id_region` (a county's 6-digit code) members get real-looking ID numbers, so the
        departments' lists can be matched; without it, ids made from the household's prefix."""
        self.here, self.id_prefix, self.base, self.member_defaults, self.title = here, id_prefix, base, member_defaults, title
        self.id_region, self.as_of_year = id_region, as_of_year
        self.cases = []
        self.ids = set()

    def member(self, i, **kw):
        m = dict(self.member_defaults, id=f"{self.id_prefix.replace('-', '')}{i:06d}")
        m.update(kw)
        if self.id_region and "id" not in kw:
            seq = i % 1000
            while True:   # a member index may repeat across households: the number may not
                idn = id_number(self.id_region, self.as_of_year - m.get("age", 40) - 1, 1 + i % 12, 1 + i % 28, seq)
                if idn not in self.ids:
                    break
                seq = (seq + 1) % 1000
            self.ids.add(idn)
            m["id"] = idn
        return m

    def household(self, hid):
        return next(h for h, _, _ in self.cases if h["id"] == hid)

    def write_list(self, name, header, rows):
        """A department's answer as it comes back: UTF-8 CSV with a BOM, Chinese headers."""
        with open(os.path.join(self.here, name), "w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            for r in rows:
                w.writerow(r)

    def case(self, note, expect, members=None, **changes):
        """A household: the base with `changes` (paths as a__b for a.b; None removes a field)."""
        h = copy.deepcopy(self.base)
        for path, value in changes.items():
            keys = path.split("__")
            d = h
            for k in keys[:-1]:
                d = d.setdefault(k, {})
            if value is None:
                d.pop(keys[-1], None)
            else:
                d[keys[-1]] = value
        n = len(self.cases) + 1
        h = {"id": f"{self.id_prefix}{n:04d}", **h}
        h["members"] = members if members is not None else [
            self.member(n * 10 + 1), self.member(n * 10 + 2, relation="spouse", age=43, labor="weak", employment="unstable")]
        self.cases.append((h, note, expect))
        return h["id"]

    @staticmethod
    def cell(obj, path, spec):
        for k in path.split("."):
            if not isinstance(obj, dict) or k not in obj:
                return ""
            obj = obj[k]
        if isinstance(obj, bool):
            return "true" if obj else "false"
        if isinstance(obj, list):
            return "|".join(str(x) for x in obj)
        if isinstance(obj, str) and path in LABELLED:
            return first_label(spec, obj)
        return str(obj)

    def used(self, fields, rows):
        """The schema's columns that some household fills, in schema order."""
        return [p for p in fields if any(self.cell(r, p, fields[p]) != "" for r in rows)]

    def write(self):
        with open(os.path.join(self.here, "households.jsonl"), "w", encoding="utf-8") as f:
            for h, _, _ in self.cases:
                f.write(json.dumps(h, ensure_ascii=False, separators=(",", ":")) + "\n")
        houses = [h for h, _, _ in self.cases]
        hf = SCHEMA["fields"]
        cols = self.used(hf, houses)
        with open(os.path.join(self.here, "households.csv"), "w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow([hf[p].get("label", p) for p in cols])
            for h in houses:
                w.writerow([self.cell(h, p, hf[p]) for p in cols])
        mf = SCHEMA["members"]["fields"]
        members = [m for h in houses for m in h["members"]]
        mcols = self.used(mf, members)
        with open(os.path.join(self.here, "members.csv"), "w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["户编号"] + [mf[p].get("label", p) for p in mcols])
            for h in houses:
                for m in h["members"]:
                    w.writerow([h["id"]] + [self.cell(m, p, mf[p]) for p in mcols])
        with open(os.path.join(self.here, "households-notes.md"), "w", encoding="utf-8") as f:
            f.write(f"# {self.title}\n\nWhat each household exercises, and the decision the document gives.\n\n"
                    "| id | exercises | expected |\n|---|---|---|\n")
            for h, note, expect in self.cases:
                f.write(f"| {h['id']} | {note} | {expect} |\n")
        print(f"{len(self.cases)} households")
