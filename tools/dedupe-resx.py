#!/usr/bin/env python3
"""Drops repeated <data> entries (same name) from the English resx, keeping the first; merges of parallel work add twins."""
import re, sys
path = sys.argv[1] if len(sys.argv) > 1 else "src/SkillsLadder.Web/Resources/SharedResource.en.resx"
s = open(path, encoding="utf-8").read()
seen = set()
def keep(m):
    name = m.group(1)
    if name in seen: return ""
    seen.add(name); return m.group(0)
s = re.sub(r'[ \t]*<data name="([^"]*)"[^>]*>.*?</data>\n?', keep, s, flags=re.S)
open(path, "w", encoding="utf-8").write(s)
