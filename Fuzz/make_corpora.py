#!/usr/bin/env python3
"""Builds the seed corpora of the fuzz targets, Fuzz/corpus/<target>/, from the repo.

FuzzSyntax:   every command line of Examples/, the transcript fixtures and seeds/demo.stg.
FuzzSession:  those scripts whole, and in windows of a few lines.
FuzzSnapshot: seeds/demo.json and small snapshots saved by a stagesh binary (--stagesh, if built).
FuzzImport:   the CSVs of seeds/ and the fixtures, cut to 40 lines; the first byte picks
              records (even) or events (odd) and the import options (see FuzzImport.swift).
FuzzXLSX:     the workbooks of Tests/Fixtures/xlsx/ whole (first byte 0, and 4: small bounds), and
              each of their worksheets' XML with its shared strings and styles (first byte 0x80:
              the target wraps them in a zip; see FuzzXLSX.swift).
Fuzz/seeds/{syntax,session,import,xlsx}/ hold hand-made seeds (import: events-*.csv are events).

Corpus files are named by content hash, so running this again adds nothing twice;
libFuzzer adds its own finds to the same directories.
"""
import argparse, glob, hashlib, os, shutil, subprocess, tempfile, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FUZZ = os.path.join(ROOT, "Fuzz")

def put(target, data):
    if isinstance(data, str):
        data = data.encode()
    d = os.path.join(FUZZ, "corpus", target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)

def scripts():
    return sorted(glob.glob(os.path.join(ROOT, "Examples", "*.stg"))
                  + glob.glob(os.path.join(ROOT, "Tests", "TranscriptTests", "Fixtures", "*.stg"))
                  + [os.path.join(ROOT, "seeds", "demo.stg")])

def hand_made(kind, target):
    for p in sorted(glob.glob(os.path.join(FUZZ, "seeds", kind, "*"))):
        with open(p, "rb") as f:
            put(target, f.read())

def syntax_and_session():
    for path in scripts():
        text = open(path, encoding="utf-8").read()
        lines = [l for l in text.splitlines() if l.strip() and not l.lstrip().startswith("#")]
        for l in lines:
            put("FuzzSyntax", l)
        put("FuzzSession", "\n".join(lines) + "\n")
        for i in range(0, len(lines), 6):
            put("FuzzSession", "\n".join(lines[i:i + 8]) + "\n")
    hand_made("syntax", "FuzzSyntax")
    hand_made("session", "FuzzSession")

# The selector byte of FuzzImport: bit 0 is events, the rest indexes its `variants`.
PLAIN, PRESET = 0, {"salesforce": 2, "hubspot": 3, "odoo": 4}
CREATE_STAGES, DATES_MDY, DATES_DMY = 5, 6, 7

def csv_head(path, n=40):
    with open(path, "rb") as f:
        return b"".join(f.readlines()[:n])

def imports():
    def put_csv(variant, events, data):
        put("FuzzImport", bytes([(variant << 1) | int(events)]) + data)
    for p in glob.glob(os.path.join(ROOT, "seeds", "crm", "*.csv")):
        name = os.path.splitext(os.path.basename(p))[0]
        put_csv(PRESET.get(name, PLAIN), False, csv_head(p))
        put_csv(PLAIN, False, csv_head(p, 10))
    put_csv(PLAIN, False, csv_head(os.path.join(ROOT, "seeds", "demo", "records.csv")))
    put_csv(PLAIN, True, csv_head(os.path.join(ROOT, "seeds", "demo", "stage_events.csv")))
    for p in glob.glob(os.path.join(ROOT, "Tests", "TranscriptTests", "Fixtures", "data", "*.csv")):
        events = "events" in os.path.basename(p)
        put_csv(PLAIN, events, csv_head(p))
        put_csv(CREATE_STAGES, events, csv_head(p))
    # Hand-made CSVs: events-*.csv are events, the others records; both without options.
    for p in sorted(glob.glob(os.path.join(FUZZ, "seeds", "import", "*.csv"))):
        put_csv(PLAIN, os.path.basename(p).startswith("events"), open(p, "rb").read())

# The selector byte of FuzzXLSX: 0x80 wraps parts in a zip, 4 lowers the bounds, 3 asks for no such sheet.
WHOLE, SMALL_BOUNDS, WRAPPED, NO_SUCH_SHEET = 0, 4, 0x80, 3

def xlsx():
    books = sorted(glob.glob(os.path.join(ROOT, "Tests", "Fixtures", "xlsx", "*.xlsx"))
                   + glob.glob(os.path.join(FUZZ, "seeds", "xlsx", "*.xlsx")))
    for p in books:
        data = open(p, "rb").read()
        if len(data) > 1 << 20:
            continue
        put("FuzzXLSX", bytes([WHOLE]) + data)
        put("FuzzXLSX", bytes([SMALL_BOUNDS]) + data)
        if os.path.basename(p).startswith("hubspot-deals."):
            put("FuzzXLSX", bytes([NO_SUCH_SHEET]) + data)
        try:
            z = zipfile.ZipFile(p)
            names = z.namelist()
        except (zipfile.BadZipFile, OSError):
            continue
        def part(name):
            try:
                return z.read(name) if name in names else None
            except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError):
                return None
        strings, styles = part("xl/sharedStrings.xml"), part("xl/styles.xml")
        for sheet in (n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml")):
            xml = part(sheet)
            if xml is None or len(xml) > 1 << 19:
                continue
            put("FuzzXLSX", bytes([WRAPPED]) + xml + b"\0" + (strings or b"") + b"\0" + (styles or b""))

SNAPSHOT_SCRIPTS = [
    "now 2026-11-29",
    'now 2026-11-29; add lead "An Phát" owner=Lan value=45k source=web; move 1 to Contacted',
    'now 2026-11-29; add opp "Đông Á" value=120k expected_close=2026-12-15; log quote 1 note "v1"; won 1',
    "now 2026-11-29; generate 12 seed 5",
    'now 2026-11-29; stage add lead "Demo booked" after Contacted probability 15; policy free; '
    'add lead X; move 1 to "Demo booked"; rule add on call when value >= 10k move to Qualified',
    "now 2026-11-29; generate 5 seed 2; delete 3; set 2 region=North",
]

def snapshots(stagesh):
    demo = os.path.join(ROOT, "seeds", "demo.json")
    put("FuzzSnapshot", open(demo, "rb").read())
    if not stagesh or not os.access(stagesh, os.X_OK):
        print("make_corpora: no stagesh binary; snapshot seeds are demo.json and Fuzz/seeds/snapshot only")
        return
    with tempfile.TemporaryDirectory() as tmp:
        for i, script in enumerate(SNAPSHOT_SCRIPTS):
            out = os.path.join(tmp, f"s{i}.json")
            r = subprocess.run([stagesh, "--data-dir", tmp, "-c", f"{script}; save {out}"],
                               capture_output=True, text=True)
            if r.returncode == 0 and os.path.exists(out):
                put("FuzzSnapshot", open(out, "rb").read())
            else:
                print(f"make_corpora: snapshot script {i} failed: {r.stderr.strip()[:200]}")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stagesh", help="a built stagesh, to save small snapshots with")
    args = ap.parse_args()
    syntax_and_session()
    imports()
    xlsx()
    snapshots(args.stagesh)
    for t in sorted(os.listdir(os.path.join(FUZZ, "corpus"))):
        print(f"corpus/{t}: {len(os.listdir(os.path.join(FUZZ, 'corpus', t)))} files")

if __name__ == "__main__":
    main()
