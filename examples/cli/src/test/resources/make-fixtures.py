#!/usr/bin/env python3
"""Builds the reader fixtures of the CLI tests from the corpus cables in cables/.

Run from this directory: python3 make-fixtures.py. It writes html/*.html and csv/cables.csv.
Each cable text is header + "\n\n" + body (how the corpus files were made); the split is
taken at the marker below, where WikiLeaks' header box ends and its body box begins.
"""
import html as h
import re

SPLIT = {  # cable id -> the text that starts the body (the blank line before it is the join)
    "10SANJOSE15": "UNCLAS SAN JOSE",
    "03THEHAGUE2480": "C O N F I D E N T I A L THE HAGUE",
    "02ROME1725": "C O N F I D E N T I A L ROME",
    "08BERN443": "\tVZCZCXRO4059",
}
META = {  # id -> (csv row id, created, classification, origin, references)
    "10SANJOSE15": ("245001", "1/22/2010 16:36", "UNCLASSIFIED//FOR OFFICIAL USE ONLY", "Embassy San Jose", "08USUNNEWYORK1197"),
    "03THEHAGUE2480": ("11201", "9/30/2003 14:02", "CONFIDENTIAL", "Embassy The Hague", ""),
    "02ROME1725": ("5834", "4/8/2002 4:04", "CONFIDENTIAL", "Embassy Rome", "02ROME1206|02ROME721"),
    "08BERN443": ("167842", "8/28/2008 15:09", "CONFIDENTIAL", "Embassy Bern", ""),
}


def split(cid):
    text = open(f"cables/{cid}.txt", encoding="utf-8").read()
    i = text.index("\n\n" + SPLIT[cid])
    header, body = text[:i], text[i + 2:]
    assert header + "\n\n" + body == text
    return text, header, body


def block(text, quote_style, pilcrow_entity=False, pilcrow_links=False):
    """A <pre> block as WikiLeaks wrote it: entities, &#x000A; for newlines, TAGS links."""
    out = []
    for line in text.split("\n"):
        s = h.escape(line, quote=False)
        if quote_style == "entity":
            s = s.replace('"', "&quot;").replace("'", "&#39;")
        m = re.match(r"^TAGS: (.*)$", s)
        if m:
            s = "TAGS: " + " ".join(
                f"<a href='/tag/{t}_0.html'>{t}</a>" if t else t for t in m.group(1).split(" "))
        if pilcrow_links:
            s = re.sub(r"^¶(\d+)\.", lambda p: f"<a class='pilcrow' id='par{p.group(1)}' "
                       f"href='#par{p.group(1)}'>¶{p.group(1)}.</a>", s)
        if pilcrow_entity:
            s = s.replace("¶", "&#182;")
        out.append(s)
    return "&#x000A;".join(out)


def page(cid, created, classification, origin, header, body, **style):
    year, month = created.split("/")[2].split(" ")[0], created.split("/")[0].zfill(2)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Cable reference id: #{cid}</title>
</head>
<body>
<div id="main">
<div class="pane big">
<h3>Viewing cable {cid}</h3>
<div class='paginator'><a href='/cable/{year}/{month}/{cid}.html'>{cid}</a> &middot; <a href='/origin/1_0.html'>{h.escape(origin)}</a></div>
<table class='cable'>
<tr>
<th>Reference ID</th>
<th>Created</th>
<th>Released</th>
<th>Classification</th>
<th>Origin</th>
</tr>
<tr>
<td><a href='/cable/{year}/{month}/{cid}.html'>{cid}</a></td>
<td><a href='/date/{year}-{month}_0.html'>{created}</a></td>
<td><a href='/release/2011/02/2011-02-27_0.html'>2011-02-27 11:11</a></td>
<td><a href='/classification/{h.escape(classification)}_0.html'>{h.escape(classification)}</a></td>
<td><a href='/origin/1_0.html'>{h.escape(origin)}</a></td>
</tr>
</table>
<code><pre style="white-space: pre-wrap;">{block(header, **style)}</pre></code>
<code><pre style="white-space: pre-wrap;">{block(body, **style)}</pre></code>
<div class='paginator'><a href='/cable/{year}/{month}/{cid}.html'>{cid}</a></div>
</div>
</div>
</body>
</html>
"""


def csv_field(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


HTML_STYLES = {
    "10SANJOSE15": dict(quote_style="literal"),
    "03THEHAGUE2480": dict(quote_style="entity", pilcrow_entity=True, pilcrow_links=True),
    "02ROME1725": dict(quote_style="entity"),
}

for cid, style in HTML_STYLES.items():
    _, header, body = split(cid)
    row, created, cls, origin, _refs = META[cid]
    with open(f"html/{cid}.html", "w", encoding="utf-8", newline="\n") as f:
        f.write(page(cid, created, cls, origin, header, body, **style))

with open("csv/cables.csv", "w", encoding="utf-8", newline="\n") as f:
    for cid in ["10SANJOSE15", "03THEHAGUE2480", "02ROME1725", "08BERN443"]:
        _, header, body = split(cid)
        row, created, cls, origin, refs = META[cid]
        f.write(",".join(csv_field(x) for x in [row, created, cid, origin, cls, refs, header, body]) + "\n")
