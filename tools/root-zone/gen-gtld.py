#!/usr/bin/env python3
"""Writes the baseline / closed gTLD files of tld-data/ from the root-zone list and gtld-meta.tsv.
Usage (from the repository root):
  python3 tools/root-zone/gen-gtld.py tools/root-zone/gtld-meta.tsv tld-data
The gTLDs come from tld-data/root-zone.txt; the operator is ICANN's (gtlds.json), else IANA's sponsor.
gtld-meta.tsv: written by extract-gtld-meta.py from the IANA root zone database pages, ICANN's
gtlds.json (updatedOn 2026-08-08) and ICANN's registry agreement table (2026-05-20).
Files for TLDs that are researched by hand (SKIP, or any file whose coverage is 'verified')
are never overwritten."""
import csv, json, os, sys
from root_zone import gtlds

CHECKED = "2026-12-04"
SKIP = set("""com net org info xyz top online shop site store icu vip club live app dev tech space
website fun pro biz cloud bond cfd sbs buzz page blog art design ink link click digital email agency
world today one ltd swiss""".split())
SPONSORED_AGREEMENT_NOTE = ("ICANN's registry agreement table lists .{t} under a sponsored agreement, so the Expired "
    "Registration Recovery Policy does not oblige its registry to offer the 30-day redemption grace period that "
    "the icann-gtld profile states for unsponsored gTLDs; the inherited value is ICANN's default, not a rule "
    "sourced for this registry (Schema gap: an inherited fact cannot be withdrawn).")
RESTRICTED = {
    "arpa": ("infrastructure", "IANA lists .arpa as the infrastructure top-level domain, run for the Internet Architecture Board; its zones are assigned by IETF/IAB process, not registered through registrars."),
    "int": ("restricted", "IANA lists .int as a sponsored TLD for intergovernmental treaty organisations; IANA itself handles registrations, not ICANN-accredited registrars."),
    "gov": ("restricted", "IANA lists .gov as a sponsored TLD for United States government bodies; registration goes through the US government's own programme, not through registrars."),
    "mil": ("restricted", "IANA lists .mil as a sponsored TLD of the US Department of Defense; it is not open to registrars."),
    "edu": ("restricted", "IANA lists .edu as a sponsored TLD for accredited US post-secondary institutions, with one contracted registrar; not open to registrars in general."),
}

def backend(meta):
    tech, rdap = meta["iana_tech_org"], meta["rdap_host"]
    if "Identity Digital" in tech:
        return "backend-identity-digital"
    if tech.startswith("Afilias") and rdap.endswith("identitydigital.services"):
        return "backend-identity-digital"  # DotAsia 2023: "Identity Digital (formerly Afilias)"
    if tech.startswith("Google Inc") and rdap.endswith("registry.google"):
        return "backend-google-registry"
    if tech.startswith("Nominet") and rdap.endswith("nominet.uk"):
        return "backend-nominet"
    if tech.startswith("Tucows.com, Co"):
        return "backend-tucows"
    return None

def kind_of(meta, spec13):
    if spec13:
        return "brand"
    return "sponsored" if meta["iana_type"] == "Sponsored" else "generic"

def main(metafile, outdir):
    metas = {r["ascii"]: r for r in csv.DictReader(open(metafile, encoding="utf-8"), delimiter="\t")}
    written = 0
    for a, u in gtlds():
        if a in SKIP:
            continue
        path = os.path.join(outdir, a + ".json")
        existing = {}
        if os.path.exists(path):
            try:
                existing = json.load(open(path, encoding="utf-8"))
            except ValueError:
                pass
            if existing.get("coverage") == "verified":
                continue
        m = metas[a]
        op = m["icann_operator"] or m["iana_sponsor"]
        spec13 = m["spec13"] == "1"
        sources = []
        if m["iana_type"]:
            sources.append({"id": "iana-root-db-" + a, "title": "IANA Root Zone Database: ." + u,
                            "url": f"https://www.iana.org/domains/root/db/{a}.html", "checked": CHECKED})
        if m["spec13"]:
            sources.append({"id": "icann-gtld-list", "title": "ICANN gTLD list (gtlds.json v2, updatedOn 2026-08-08): registry operator, specification13 and contractTerminated per gTLD",
                            "url": "https://www.icann.org/resources/registries/gtlds/v2/gtlds.json", "checked": CHECKED})
        if m["agreement_type"]:
            sources.append({"id": "icann-registry-agreements", "title": "ICANN Registry Agreements table (agreement type per gTLD), snapshot of 2026-05-20",
                            "url": "https://www.icann.org/en/registry-agreements", "checked": CHECKED})
        doc = {"$schema": "../schema.json", "tld": u, "kind": kind_of(m, spec13)}
        notes = []
        if a in RESTRICTED:
            reason, note = RESTRICTED[a]
            doc["coverage"] = "closed"
            doc["registryOperator"] = op or None
            doc["closed"] = {"reason": reason, "source": "iana-root-db-" + a, "note": note}
        elif spec13:
            doc["coverage"] = "closed"
            doc["registryOperator"] = op
            doc["closed"] = {"reason": "brand", "source": [s["id"] for s in sources if s["id"].startswith("icann-")],
                             "note": f"ICANN's gTLD list marks .{u} with specification13 true (Specification 13 brand TLD; agreement type '{m['agreement_type']}'): only the registry operator, its affiliates and trademark licensees hold names."}
        elif m["terminated"] == "1":
            doc["coverage"] = "closed"
            doc["registryOperator"] = op
            doc["closed"] = {"reason": "notOpen", "source": "icann-gtld-list",
                             "note": f"ICANN's gTLD list marks the registry agreement for .{u} as terminated (contractTerminated true); the TLD is still delegated. We treat it as not open to new orders; that is our reading of the terminated status, not a registry statement."}
        else:
            b = backend(m)
            doc["coverage"] = "baseline"
            doc["registryOperator"] = op
            doc["extends"] = ["icann-gtld"] + ([b] if b else [])
            if m["iana_tech_org"]:
                if b:
                    extra = " (Identity Digital's former name, per the DotAsia advisory cited by that profile)" if m["iana_tech_org"].startswith("Afilias") else ""
                    notes.append(f"Registry backend: the IANA root zone database names {m['iana_tech_org']}{extra} as technical contact (RDAP at {m['rdap_host']}), hence {b}.")
                else:
                    notes.append(f"The IANA root zone database names {m['iana_tech_org']} as technical contact; no backend profile is applied because that provider's rules were not sourced.")
            if "Sponsored" in m["agreement_type"] and "Non-Sponsored" not in m["agreement_type"]:
                notes.append(SPONSORED_AGREEMENT_NOTE.format(t=u))
            if "Community (Spec 12)" in m["agreement_type"]:
                notes.append("Community TLD (Specification 12 of its registry agreement): the registry sets eligibility rules for registrants that are not modelled here.")
        if not m["iana_type"]:
            notes.append("No IANA root zone database page was in the snapshot used (case/iana-data of 2026-08-08); sourced to ICANN's lists only.")
        if notes:
            doc["notes"] = " ".join(notes)
        doc["sources"] = sources
        if "audit" in existing:
            doc["audit"] = existing["audit"]  # reviews of a generated file survive its regeneration
        if doc.get("registryOperator") is None:
            doc.pop("registryOperator", None)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
            f.write("\n")
        written += 1
    print(f"{written} files written", file=sys.stderr)

if __name__ == "__main__":
    main(*sys.argv[1:3])
