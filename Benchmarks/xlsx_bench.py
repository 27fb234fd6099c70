#!/usr/bin/env python3
"""StageCore's .xlsx reader beside openpyxl, on one generated HubSpot-style deals sheet.

usage: Benchmarks/xlsx_bench.py [--rows 100000] [--runs 3] [--bin XLSX_BENCH]

Writes an Excel-shaped workbook (shared strings, date-styled serials, the parts Excel writes;
tools/make_xlsx_fixtures.py's helpers) of ROWS deals by 10 columns to bench-data/xlsx/, builds
Benchmarks/XLSXBench (a command reading one sheet to CSV with XLSXWorkbook) in release mode
(--scratch-path .build-xlsx-rel) unless --bin names one, checks that its CSV holds what
openpyxl reads (every row's id, name, stage, amount and close date), then times, RUNS times
each in fresh processes under /usr/bin/time -v:

  stagesh   XLSXWorkbook(path:).csv(sheet: nil): the whole sheet to CSV bytes in memory
  openpyxl  openpyxl.load_workbook(path, read_only=True), iterating every row's values

and prints each run's wall time (the process, and the read alone as the process measures it)
and peak resident memory, then the medians.
"""
import argparse, csv, datetime, importlib.util, io, os, random, re, statistics, subprocess, sys, tempfile, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(ROOT, "bench-data", "xlsx")

spec = importlib.util.spec_from_file_location("fixtures", os.path.join(ROOT, "tools", "make_xlsx_fixtures.py"))
fx = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fx)

STAGES = ["appointmentscheduled", "qualifiedtobuy", "presentationscheduled", "decisionmakerboughtin",
          "contractsent", "closedwon", "closedlost"]
OWNERS = ["Nguyễn Thị Lan", "Trần Văn Minh", "Lê Thị Hoa", "Phạm Quốc Bảo", "Alice Martin", "Bob O'Neil",
          "Chen Wei", "Dana Kowalski"]
ACCOUNTS = ["Acme", "Đông Á", "Globex", "Initech", "Umbrella", "Hooli", "Sài Gòn Trading", "Vandelay"]


def generate(rows, path):
    """An Excel-shaped workbook: sheet "Deals" with a header and `rows` deals."""
    rnd = random.Random(42)
    sst = fx.SharedStrings()
    sheet = {1: [(c, h, 0) for c, h in enumerate(fx.HEADER)]}
    start = datetime.datetime(2023, 1, 1, 8, 0)
    for r in range(2, rows + 2):
        created = start + datetime.timedelta(minutes=rnd.randrange(0, 600_000), seconds=rnd.randrange(60))
        entered = created + datetime.timedelta(hours=rnd.randrange(1, 400))
        close = (entered + datetime.timedelta(days=rnd.randrange(5, 120))).date()
        stage = rnd.choice(STAGES)
        values = [100_000 + r, f"{rnd.choice(ACCOUNTS)} deal {r}", stage, round(rnd.uniform(500, 250_000), 2), close,
                  rnd.choice(OWNERS), created, "Sales Pipeline", entered,
                  entered + datetime.timedelta(days=3) if stage == "closedwon" else None]
        sheet[r] = [(c, v, fx.STYLE.get(c, 0)) for c, v in enumerate(values) if v is not None]
    xml = fx.sheet_xml(sheet, sst, dims=f"A1:J{rows + 1}", selected=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [
            ("[Content_Types].xml", fx.content_types(1)),
            ("_rels/.rels", fx.ROOT_RELS),
            ("xl/workbook.xml", fx.workbook([("Deals", None)])),
            ("xl/_rels/workbook.xml.rels", fx.workbook_rels(1)),
            ("xl/worksheets/sheet1.xml", xml),
            ("xl/theme/theme1.xml", fx.THEME),
            ("xl/styles.xml", fx.STYLES),
            ("xl/sharedStrings.xml", sst.part()),
            ("docProps/core.xml", fx.CORE),
            ("docProps/app.xml", fx.APP),
        ]:
            z.writestr(zipfile.ZipInfo(name, fx.STAMP), data.encode(), zipfile.ZIP_DEFLATED)


OPENPYXL = r"""
import sys, time
t = time.perf_counter()
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
n = cells = 0
for row in wb.worksheets[0].iter_rows(values_only=True):
    n += 1
    cells += sum(v is not None for v in row)
print(f"{time.perf_counter() - t:.3f}", n, cells)
"""


def timed(argv):
    """(wall seconds, peak RSS in MiB, stdout) of one process under /usr/bin/time -v."""
    with tempfile.NamedTemporaryFile("r") as log:
        p = subprocess.run(["/usr/bin/time", "-v", "-o", log.name] + argv, capture_output=True, text=True)
        if p.returncode != 0:
            sys.exit(f"{argv[0]} failed: {p.stderr.strip()}")
        text = log.read()
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", text)
    h, m, s = wall.groups()
    seconds = int(h or 0) * 3600 + int(m) * 60 + float(s)
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024
    return seconds, rss, p.stdout.strip()


def check(binary, path):
    """The CSV the reader makes holds, row for row, the values openpyxl reads."""
    import openpyxl
    with tempfile.NamedTemporaryFile(suffix=".csv") as out:
        subprocess.run([binary, path, "--out", out.name], check=True, capture_output=True)
        ours = list(csv.reader(io.open(out.name, encoding="utf-8", newline="")))
    theirs = list(openpyxl.load_workbook(path, read_only=True).worksheets[0].iter_rows(values_only=True))
    assert len(ours) == len(theirs), (len(ours), len(theirs))
    assert ours[0] == list(theirs[0]), ours[0]
    for a, b in zip(ours[1:], theirs[1:]):
        assert int(a[0]) == b[0] and a[1] == b[1] and a[2] == b[2], (a, b)
        assert float(a[3]) == b[3], (a[3], b[3])
        assert a[4] == b[4].strftime("%Y-%m-%d"), (a[4], b[4])
        assert a[6] == b[6].strftime("%Y-%m-%d %H:%M:%S"), (a[6], b[6])
    print(f"check: the CSV's {len(ours):,} rows hold openpyxl's values (id, name, stage, amount, close and create dates)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--bin", help="a built xlsx-bench (else built here in release mode)")
    args = ap.parse_args()
    os.makedirs(DATA, exist_ok=True)
    path = os.path.join(DATA, f"deals-{args.rows}.xlsx")
    if not os.path.exists(path):
        print(f"generating {path}")
        generate(args.rows, path)
    with zipfile.ZipFile(path) as z:
        xml = z.getinfo("xl/worksheets/sheet1.xml").file_size
        sst = z.getinfo("xl/sharedStrings.xml").file_size
    print(f"{path}: {os.path.getsize(path) / 2**20:.1f} MiB packed; sheet XML {xml / 2**20:.1f} MiB, "
          f"shared strings {sst / 2**20:.1f} MiB; {args.rows:,} rows x 10 columns")
    binary = args.bin
    if not binary:
        subprocess.run(["swift", "build", "-c", "release", "--package-path", os.path.join(HERE, "XLSXBench"),
                        "--scratch-path", os.path.join(ROOT, ".build-xlsx-rel")], check=True)
        binary = os.path.join(ROOT, ".build-xlsx-rel", "release", "xlsx-bench")
    check(binary, path)
    results = {"stagesh": [], "openpyxl": []}
    for run in range(args.runs):
        for name, argv in [("stagesh", [binary, path]), ("openpyxl", [sys.executable, "-c", OPENPYXL, path])]:
            wall, rss, out = timed(argv)
            inner = float(out.split()[0])
            results[name].append((wall, inner, rss))
            print(f"run {run + 1} {name:9} wall {wall:6.2f} s  read {inner:6.2f} s  peak {rss:7.1f} MiB  ({out})")
    print()
    print(f"{'reader':10} {'wall s':>7} {'read s':>7} {'peak MiB':>9}   (medians of {args.runs})")
    for name, rs in results.items():
        print(f"{name:10} {statistics.median(r[0] for r in rs):7.2f} {statistics.median(r[1] for r in rs):7.2f} "
              f"{statistics.median(r[2] for r in rs):9.1f}")
    s = statistics.median(r[1] for r in results["stagesh"])
    o = statistics.median(r[1] for r in results["openpyxl"])
    print(f"openpyxl / stagesh (read): {o / s:.1f}x")


if __name__ == "__main__":
    main()
