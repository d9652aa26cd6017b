#!/usr/bin/env python3
"""Builds gtld-meta.tsv from a local git snapshot of the public case/iana-data repository
(IANA root zone database pages, ICANN gTLD JSON and ICANN registry agreement table).
Usage (from the repository root): extract-gtld-meta.py <iana-data git dir> > tools/root-zone/gtld-meta.tsv
Only facts are carried over: per gTLD the IANA type, IANA technical contact organisation,
RDAP host, IANA sponsoring organisation, ICANN registry operator, ICANN specification13 and contractTerminated flags and the ICANN agreement type."""
import csv, html, io, json, re, subprocess, sys
from root_zone import gtlds

repo = sys.argv[1]

def show(path):
    r = subprocess.run(["git", "-C", repo, "show", "HEAD:" + path], capture_output=True)
    return r.stdout.decode("utf-8", "replace") if r.returncode == 0 else None

icann_json = json.loads(show("data/source/icann-gtlds.json"))
icann = {g["gTLD"]: g for g in icann_json["gTLDs"]}
agreements = {}
for row in csv.reader(io.StringIO(show("data/source/icann-registry-agreement-table.csv").lstrip("\ufeff"))):
    agreements[row[0]] = row[3]

def section(page, name):
    m = re.search(r"<h2>" + name + r"</h2>(.*?)<h2>", page, re.S)
    if not m:
        return []
    parts = [html.unescape(re.sub("<[^>]*>", "", x)).strip() for x in m.group(1).split("<br/>")]
    return [p for p in parts if p]

out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
out.writerow(["ascii", "iana_type", "iana_tech_org", "rdap_host", "spec13", "terminated", "agreement_type", "icann_operator", "iana_sponsor"])
for ascii_, unicode_ in gtlds():
    folder = "idn" if ascii_.startswith("xn--") else ascii_[0]
    page = show(f"data/source/tld-pages/{folder}/{ascii_}.html") or ""
    m = re.search(r"\(([^()]*) top-level domain\)", page)
    iana_type = m.group(1) if m else ""
    tech = section(page, "Technical Contact")
    tech_org = tech[1] if len(tech) > 1 else ""
    m = re.search(r"RDAP Server: </b>\s*(\S+)", page)
    rdap = re.sub(r"^https?://([^/]+).*$", r"\1", m.group(1)) if m else ""
    g = icann.get(ascii_, {})
    spec13 = "" if not g else ("1" if g.get("specification13") else "0")
    term = "" if not g else ("1" if g.get("contractTerminated") else "0")
    sponsor = (section(page, "Sponsoring Organisation") or [""])[0]
    out.writerow([ascii_, iana_type, tech_org, rdap, spec13, term, agreements.get(ascii_, ""),
                  (g.get("registryOperator") or "").strip(), sponsor])
