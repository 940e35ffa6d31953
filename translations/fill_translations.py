#!/usr/bin/env python3
"""Fills translations/nianbao_zh_CN.ts from the glossary in translations/zh_CN.tsv.

Workflow (see translations/README.md):
  cmake --build <build> --target update_translations   # lupdate over app/ and forms/
  python3 translations/fill_translations.py            # fill every message from the glossary
  python3 translations/fill_translations.py --missing  # list sources that still need a translation

The glossary has one entry per line: source<TAB>translation, with \\n and \\t escaped. A source that
appears in several contexts gets the same translation everywhere. Plural (%n) messages get the single
Chinese form. Messages left without a translation stay "unfinished" and make tst_translations fail.
"""
import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
TS = os.path.join(HERE, "nianbao_zh_CN.ts")
GLOSSARY = os.path.join(HERE, "zh_CN.tsv")


def unescape(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(s[i + 1], s[i + 1]))
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def load_glossary():
    table = {}
    with open(GLOSSARY, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            if "\t" not in line:
                sys.exit(f"{GLOSSARY}:{n}: no tab")
            src, dst = line.split("\t", 1)
            table[unescape(src)] = unescape(dst)
    return table


def main():
    table = load_glossary()
    tree = ET.parse(TS)
    missing = []
    for ctx in tree.getroot().findall("context"):
        for msg in ctx.findall("message"):
            src = msg.find("source").text or ""
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            if src not in table:
                if tr.get("type") == "unfinished" or not (tr.text or list(tr)):
                    missing.append((ctx.find("name").text, src))
                continue
            text = table[src]
            for child in list(tr):
                tr.remove(child)
            tr.attrib.pop("type", None)
            if msg.get("numerus") == "yes":
                tr.text = None
                form = ET.SubElement(tr, "numerusform")
                form.text = text
            else:
                tr.text = text
    if "--missing" in sys.argv:
        for ctx, src in missing:
            print(f"{ctx}\t{src!r}")
        print(f"{len(missing)} missing", file=sys.stderr)
        return 1 if missing else 0
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(TS, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write("\n")
    print(f"{len(missing)} message(s) without translation", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
