#!/usr/bin/env python3
"""A Salesforce-shaped export with its history, imported by stagesh beside DuckDB (`make bench-history`).

usage: Benchmarks/history_bench.py [--bin STAGESH] [--records 1000000] [--history-rows 3500000] [--runs 3]

From the pipeline `make bench` generates (bench-data/N/), writes bench-data/N/salesforce/:
Opportunity.csv as `sf data query --result-format csv` writes it (API names, ISO times with
+0000) and OpportunityHistory.csv as Data Loader exports it (upper-case names, every field
quoted): a row per stage change carrying the amount, close date and probability after it,
with rows that change only the amount or the close date mixed in until the file has
--history-rows rows. Then, --runs times each in fresh processes: stagesh imports both
(`preset salesforce`) and DuckDB reads both with read_csv into tables. Prints the medians,
the ratio stagesh / DuckDB, stagesh's peak resident memory, and memory per record with its
stage and field events.
"""
import argparse, csv, datetime, os, random, statistics, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bench import ROOT, Stagesh, ensure_data, ensure_duckdb  # noqa: E402

PROBABILITY = {"New": 5, "Contacted": 10, "Qualified": 20, "Negotiation": 40, "Proposal Sent": 60, "Won": 100, "Lost": 0}


def api_time(iso):
    """2026-01-02T03:04:05Z as the API writes it: 2026-01-02T03:04:05.000+0000."""
    return iso[:19] + ".000+0000" if iso else ""


def iso_seconds(text):
    return int(datetime.datetime.strptime(text[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=datetime.timezone.utc).timestamp())


def iso_text(seconds):
    return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def make_files(data, history_rows, seed=7):
    """bench-data/N/salesforce/{Opportunity,OpportunityHistory}.csv, made once."""
    out = os.path.join(data, "salesforce")
    done = os.path.join(out, "OpportunityHistory.csv")
    if os.path.exists(done):
        return out
    print("writing the Salesforce-shaped files into %s" % out, flush=True)
    os.makedirs(out, exist_ok=True)
    rnd = random.Random(seed)
    records = {}
    with open(os.path.join(data, "records.csv"), encoding="utf-8") as f, \
            open(os.path.join(out, "Opportunity.csv.tmp"), "w", newline="", encoding="utf-8") as o:
        w = csv.writer(o, lineterminator="\n")
        w.writerow(["Id", "Name", "Account.Name", "Owner.Name", "StageName", "Amount", "CloseDate", "LeadSource",
                    "CreatedDate", "LastStageChangeDate"])
        for r in csv.DictReader(f):
            close = r["updated_at"][:10] if r["stage"] in ("Won", "Lost") else ""
            records[r["id"]] = (r["value"], close)
            w.writerow([r["id"], r["name"], r["account"], r["owner"], r["stage"], r["value"], close, r["source"],
                        api_time(r["created_at"]), api_time(r["updated_at"])])
    with open(os.path.join(data, "stage_events.csv"), encoding="utf-8") as f:
        events = list(csv.DictReader(f))
    extra = max(0, history_rows - len(events))
    # Field-only rows: an amount or a close date changed between two stage changes.
    chosen = sorted(rnd.sample(range(len(events)), min(extra, len(events))))
    with open(os.path.join(out, "OpportunityHistory.csv.tmp"), "w", newline="", encoding="utf-8") as o:
        w = csv.writer(o, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writerow(["ID", "OPPORTUNITYID", "CREATEDBYID", "CREATEDDATE", "STAGENAME", "AMOUNT", "EXPECTEDREVENUE",
                    "CLOSEDATE", "PROBABILITY", "FORECASTCATEGORY", "SYSTEMMODSTAMP", "ISDELETED"])
        n, k = 0, 0
        for i, e in enumerate(events):
            value, close = records[e["record_id"]]
            amount = value or "0"
            p = PROBABILITY.get(e["to_stage"], 10)

            def row(at, stage, amt):
                nonlocal n
                n += 1
                t = api_time(at).replace("+0000", "Z")
                w.writerow(["008%015d" % n, e["record_id"], "0058d000001AbCdAAI", t, stage, amt,
                            "%.2f" % (float(amt) * p / 100), close, p, "Pipeline", t, "false"])
            row(e["changed_at"], e["to_stage"], amount)
            if k < len(chosen) and chosen[k] == i:
                k += 1
                # The same stage, before the next change, another amount: no stage spell.
                t0 = iso_seconds(e["changed_at"])
                nxt = events[i + 1] if i + 1 < len(events) and events[i + 1]["record_id"] == e["record_id"] else None
                t1 = (t0 + iso_seconds(nxt["changed_at"])) // 2 if nxt else t0 + 3600
                row(iso_text(t1), e["to_stage"], "%.2f" % (float(amount) * 1.1))
    os.rename(os.path.join(out, "Opportunity.csv.tmp"), os.path.join(out, "Opportunity.csv"))
    os.rename(os.path.join(out, "OpportunityHistory.csv.tmp"), done)
    return out


def duckdb_read(files):
    import duckdb
    con = duckdb.connect()
    t = time.perf_counter()
    con.execute("CREATE TABLE opportunity AS SELECT * FROM read_csv('%s/Opportunity.csv', header = true)" % files)
    con.execute("CREATE TABLE history AS SELECT * FROM read_csv('%s/OpportunityHistory.csv', header = true)" % files)
    return time.perf_counter() - t


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "release", "stagesh"))
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--history-rows", type=int, default=3_500_000)
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    ensure_duckdb()
    binary = os.path.abspath(a.bin)
    files = make_files(ensure_data(binary, a.records), a.history_rows)
    rows = sum(1 for _ in open(os.path.join(files, "OpportunityHistory.csv"), "rb")) - 1
    work = os.path.join(ROOT, "bench-data", "history-work")
    os.makedirs(work, exist_ok=True)
    st = Stagesh(binary, work)
    ours, theirs, peaks, summary = [], [], [], ""
    for _ in range(a.runs):
        _, peak, out = st.run("timer on", "import records %s/Opportunity.csv preset salesforce" % files,
                              "import events %s/OpportunityHistory.csv preset salesforce" % files, peak=True)
        times = [float(line.split()[1]) / 1000 for line in out.splitlines() if line.startswith("Time: ")]
        ours.append(sum(times[1:]))
        peaks.append(peak)
        summary = "\n".join(line for line in out.splitlines() if line.startswith("imported") or line.startswith("  "))
        theirs.append(duckdb_read(files))
    m_ours, m_theirs = statistics.median(ours), statistics.median(theirs)
    peak = statistics.median(peaks)
    print(summary)
    print("\n| %s records, %s history rows | stagesh | DuckDB | stagesh / DuckDB |" % (format(a.records, ","), format(rows, ",")))
    print("|---|--:|--:|--:|")
    print("| import both files (median of %d) | %.0f ms | %.0f ms | %.2f× |" % (a.runs, m_ours * 1000, m_theirs * 1000, m_ours / m_theirs))
    print("| peak RSS | %.0f MB (%.0f B/record) | | |" % (peak / 1e6, peak / a.records))


if __name__ == "__main__":
    main()
