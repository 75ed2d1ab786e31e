#!/usr/bin/env python3
"""The texts the detectors are measured on, from the invented résumés of the tests
(src/test/resources/io/resume/json/languages): each résumé whole, and each of its values of
six characters or more alone (short texts), as texts.tsv: language, kind, text."""
import glob, json, os
here = os.path.dirname(os.path.abspath(__file__))
folder = os.path.join(here, "../../src/test/resources/io/resume/json/languages")
skip = {"email", "username", "network", "countryCode", "startDate", "endDate", "url"}

def walk(value, key, acc):
    if isinstance(value, dict):
        for k, v in value.items():
            walk(v, k, acc)
    elif isinstance(value, list):
        for v in value:
            walk(v, key, acc)
    elif isinstance(value, str) and key not in skip:
        acc.append(value)

with open(os.path.join(here, "texts.tsv"), "w", encoding="utf-8") as out:
    for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
        name = os.path.basename(path)[:-5]
        values = []
        walk(json.load(open(path, encoding="utf-8")), "", values)
        language = name.replace("mixed-", "")
        out.write(f"{language}\twhole\t{' '.join(values)}\n")
        if not name.startswith("mixed-"):
            for value in values:
                if len(value) >= 6:
                    out.write(f"{language}\tshort\t{value}\n")
