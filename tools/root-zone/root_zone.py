"""The gTLDs of tld-data/root-zone.txt (the one committed root-zone list), as (A-label, U-label) pairs."""

def gtlds(path="tld-data/root-zone.txt"):
    for line in open(path, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        ascii_, category = line.split()
        if category == "gtld":
            yield ascii_, ".".join(l[4:].encode("ascii").decode("punycode") if l.startswith("xn--") else l for l in ascii_.split("."))
