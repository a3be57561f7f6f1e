#!/usr/bin/env python3
"""Lists Chinese texts shown through the localizer (T["…"] in pages, CompetitionText keys, flash messages) that have
no English entry in SharedResource.en.resx. Usage: python3 tools/missing-en.py [paths…]"""
import re, sys, pathlib, xml.etree.ElementTree as ET
root = pathlib.Path(__file__).resolve().parent.parent
resx = root / "src/SkillsLadder.Web/Resources/SharedResource.en.resx"
known = {d.get("name") for d in ET.parse(resx).getroot().findall("data")}
paths = sys.argv[1:] or [str(root / "src/SkillsLadder.Web")]
keys = set()
for base in paths:
    for f in pathlib.Path(base).rglob("*"):
        if f.suffix not in (".cshtml", ".cs") or "/obj/" in str(f) or "/bin/" in str(f): continue
        text = f.read_text(encoding="utf-8")
        keys.update(re.findall(r'T\["([^"]*[\u4e00-\u9fff][^"]*)"', text))
        keys.update(re.findall(r'=> "([^"]*[\u4e00-\u9fff][^"]*)"', text))
        keys.update(re.findall(r'\("([^"]*[\u4e00-\u9fff][^"]*)", (?:Redirect|false|true)', text))
        keys.update(re.findall(r'\? "([^"]*[\u4e00-\u9fff][^"]*)" :', text))
        keys.update(re.findall(r'Flash"\] = "([^"]*[\u4e00-\u9fff][^"]*)"', text))
for k in sorted(keys - known): print(k)
