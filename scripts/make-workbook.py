#!/usr/bin/env python3
"""Builds an Excel workbook (.xlsx) from a households CSV and a members CSV, the way a county
office's export looks: a title row above the header, households on sheet 1 (户信息), members on
sheet 2 (家庭成员), text in the shared-string table, numbers as numbers.

Written with Python's standard library only (zipfile + XML by hand), independently of Watchline's
own xlsx writer, so reading it back tests the reader against another writer.

    python3 scripts/make-workbook.py Examples/lieshan-2022/households.csv \
        Examples/lieshan-2022/members.csv Examples/lieshan-2022/households.xlsx --title "烈山区监测对象信息"
"""
import argparse, csv, re, zipfile
from xml.sax.saxutils import escape

NUMBER = re.compile(r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$")

def col(i):
    s, n = "", i + 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s

def sheet_xml(rows, strings):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, start=1):
        out.append(f'<row r="{r}">')
        for c, v in enumerate(row):
            if v == "":
                continue
            ref = f"{col(c)}{r}"
            # Ids and codes keep their text (a leading zero, an 18-digit ID number); amounts are numbers.
            if NUMBER.match(v) and len(v) < 16 and not (len(v) > 1 and v.startswith("0") and not v.startswith("0.")):
                out.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                if v not in strings:
                    strings[v] = len(strings)
                out.append(f'<c r="{ref}" t="s"><v>{strings[v]}</v></c>')
        out.append("</row>")
    out.append("</sheetData></worksheet>")
    return "".join(out)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("households"); ap.add_argument("members"); ap.add_argument("output")
    ap.add_argument("--title", default="")
    a = ap.parse_args()
    with open(a.households, encoding="utf-8-sig") as f: hh = list(csv.reader(f))
    with open(a.members, encoding="utf-8-sig") as f: mm = list(csv.reader(f))
    if a.title:
        hh = [[a.title], []] + hh
    strings = {}
    sheets = [("户信息", sheet_xml(hh, strings)), ("家庭成员", sheet_xml(mm, strings))]
    sst = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">']
    for s in strings:
        sst.append(f'<si><t xml:space="preserve">{escape(s)}</t></si>')
    sst.append("</sst>")
    with zipfile.ZipFile(a.output, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                   + "".join(f'<sheet name="{n}" sheetId="{i+1}" r:id="rId{i+1}"/>' for i, (n, _) in enumerate(sheets)) + "</sheets></workbook>")
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   + "".join(f'<Relationship Id="rId{i+1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i+1}.xml"/>' for i in range(len(sheets)))
                   + f'<Relationship Id="rId{len(sheets)+1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        for i, (_, xml) in enumerate(sheets):
            z.writestr(f"xl/worksheets/sheet{i+1}.xml", xml)
        z.writestr("xl/sharedStrings.xml", "".join(sst))

if __name__ == "__main__":
    main()
