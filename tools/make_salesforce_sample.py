#!/usr/bin/env python3
"""Writes seeds/crm/salesforce-api/: an invented Salesforce org's API export.

Opportunity.csv is shaped as `sf data query --result-format csv` writes it
(API names as queried, relationship columns such as Owner.Name, times like
2026-02-03T09:15:00.000+0000, date-only CloseDate, a multi-line Description).
OpportunityHistory.csv is shaped as Data Loader exports that object: upper-case
API names, every field quoted, one row per change carrying the state after
it: a stage change, or only an amount, close date or probability change.
Deterministic: run it again and the files are the same.
"""
import csv, datetime as dt, pathlib, random

OUT = pathlib.Path(__file__).resolve().parent.parent / "seeds" / "crm" / "salesforce-api"
STAGES = [("Prospecting", 10, "Pipeline"), ("Qualification", 10, "Pipeline"), ("Needs Analysis", 20, "Pipeline"),
          ("Value Proposition", 50, "Pipeline"), ("Id. Decision Makers", 60, "Best Case"),
          ("Perception Analysis", 70, "Best Case"), ("Proposal/Price Quote", 75, "Best Case"),
          ("Negotiation/Review", 90, "Commit")]
WON, LOST = ("Closed Won", 100, "Closed"), ("Closed Lost", 0, "Omitted")
OWNERS = ["Sarah Miller", "David Chen", "Nguyễn Thị Lan", "Trần Văn Minh"]
ACCOUNTS = ["Burlington Textiles Corp of America", "Edge Communications", "Grand Hotels & Resorts Ltd", "United Oil & Gas Corp.",
            "Saigon Coffee Roasters", "Mekong Agritech", "Pyramid Construction Inc.", "Dickenson plc", "GenePoint"]
PRODUCTS = ["Generators", "Installation", "SLA", "Add-On Business", "Emergency Generator", "Standby Generator",
            "Portable Truck Generators", "Service Contract"]
SOURCES = ["Web", "Phone Inquiry", "Partner Referral", "Purchased List", "Other", ""]


def sfid(prefix, n):
    return f"{prefix}8d00000{n:05d}AAA"


def money(a):
    """An amount as the API writes it: no trailing .0 on whole amounts."""
    return str(int(a)) if float(a) == int(a) else repr(a)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.000+0000")


def main():
    rnd = random.Random(20230208)
    opps, history = [], []
    hid = 1
    start = dt.datetime(2026, 1, 5, 9, 0)
    for n in range(1, 25):
        created = start + dt.timedelta(days=rnd.randint(0, 200), hours=rnd.randint(0, 8), minutes=rnd.choice([0, 15, 30, 45]))
        amount = rnd.choice([5000, 12500, 25000, 40000, 75000, 120000, 250000])
        close = (created + dt.timedelta(days=rnd.randint(30, 90))).date()
        account = rnd.choice(ACCOUNTS)
        owner = rnd.choice(OWNERS)
        oid = sfid("006", n)
        rows = []
        t = created
        depth = rnd.randint(0, len(STAGES) - 1)
        path = [STAGES[0]] + [s for s in STAGES[1:depth + 1] if rnd.random() < 0.7]
        # A few deals step back a stage once, as real pipelines do.
        if len(path) > 2 and rnd.random() < 0.25:
            path.insert(len(path) - 1, path[-2])
            path[-2], path[-3] = path[-3], path[-2]
        outcome = rnd.random()
        if outcome < 0.35:
            path.append(WON)
        elif outcome < 0.6:
            path.append(LOST)
        for i, (stage, prob, forecast) in enumerate(path):
            if i > 0:
                t += dt.timedelta(days=rnd.randint(1, 20), hours=rnd.randint(0, 6))
            # Amount and close-date changes between stage changes: rows that change no stage.
            if i > 0 and rnd.random() < 0.35:
                amount = round(amount * rnd.choice([0.8, 1.1, 1.25]), 2)
                rows.append((t - dt.timedelta(hours=2), path[i - 1], amount, close, path[i - 1][1], path[i - 1][2]))
            if i > 0 and rnd.random() < 0.3:
                close = close + dt.timedelta(days=rnd.choice([14, 30, -7]))
                rows.append((t - dt.timedelta(hours=1), path[i - 1], amount, close, path[i - 1][1], path[i - 1][2]))
            # Closing a deal sets its close date to the day it closed, in the same history row.
            if stage in (WON[0], LOST[0]):
                close = t.date()
            rows.append((t, (stage, prob, forecast), amount, close, prob, forecast))
        stage, prob, forecast = path[-1]
        last_stage_change = t
        if stage in (WON[0], LOST[0]):
            close = t.date()
        # Converted at a rate from EUR, as multi-currency orgs do: three decimals.
        if n == 7:
            amount = 9225.225
        # Won on the day it was created, the close date without a time (before the creation time).
        if n == 11:
            rows = [rows[0], (created + dt.timedelta(minutes=40), WON, amount, created.date(), 100, "Closed")]
            stage, prob, forecast = WON
            close = created.date()
            last_stage_change = created + dt.timedelta(minutes=40)
        description = ""
        if n == 3:
            description = "Customer asked for a site survey.\nFollow up after the board meeting."
        if n == 5:
            description = "Pasted from the proposal\x00 (rich text)"
        opps.append({
            "Id": oid, "Name": f"{account.split()[0]} - {rnd.choice(PRODUCTS)}", "Account.Name": account,
            "Owner.Name": owner, "StageName": stage, "Amount": money(amount), "Probability": str(prob),
            "CloseDate": close.isoformat(), "LeadSource": rnd.choice(SOURCES), "ForecastCategoryName": forecast,
            "Description": description, "CreatedDate": iso(created), "LastStageChangeDate": iso(last_stage_change),
        })
        for (at, (st, _, _), amt, cd, pr, fc) in rows:
            history.append({
                "ID": sfid("008", hid), "OPPORTUNITYID": oid, "CREATEDBYID": "0058d000001AbCdAAI",
                "CREATEDDATE": iso(at).replace("+0000", "Z"), "STAGENAME": st, "AMOUNT": money(amt),
                "EXPECTEDREVENUE": money(round(float(amt) * pr / 100, 2)), "CLOSEDATE": cd.isoformat(), "PROBABILITY": str(pr),
                "FORECASTCATEGORY": fc, "SYSTEMMODSTAMP": iso(at).replace("+0000", "Z"), "ISDELETED": "false",
            })
            hid += 1
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "Opportunity.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(opps[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(opps)
    with open(OUT / "OpportunityHistory.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(history[0]), quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writeheader()
        w.writerows(history)
    print(f"{len(opps)} opportunities, {len(history)} history rows in {OUT}")


if __name__ == "__main__":
    main()
