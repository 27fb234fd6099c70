#!/usr/bin/env python3
"""Generate the stagesh demo pipeline: seeds/demo/records.csv and
seeds/demo/stage_events.csv.

Standard library only, no network, deterministic (fixed seed): running it
twice gives byte-identical files.

    python3 tools/make_demo_seed.py           # write the seed files
    python3 tools/make_demo_seed.py --check   # verify the files on disk

`--check` re-reads the CSVs, checks every invariant of the canonical format
(header, stages, moves, times, ids, expected closes, the Q3 enterprise push
example), checks that the files equal what the generator produces now, and
prints counts.
"""

import argparse
import csv
import io
import math
import os
import random
import sys
from datetime import datetime, timedelta, timezone

SEED = 20261492

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "seeds", "demo")
RECORDS_PATH = os.path.join(OUT_DIR, "records.csv")
EVENTS_PATH = os.path.join(OUT_DIR, "stage_events.csv")

RECORD_HEADER = ["id", "kind", "name", "account", "owner", "source", "segment",
                 "value", "stage", "created_at", "updated_at", "expected_close"]
EVENT_HEADER = ["record_id", "from_stage", "to_stage", "changed_at", "expected_close"]

UTC = timezone.utc
CREATED_FROM = datetime(2025, 6, 1, tzinfo=UTC)
NOW = datetime(2026, 11, 29, tzinfo=UTC)              # every time <= this
CREATED_BEFORE = NOW                                  # created_at < this
STALE_BEFORE = NOW - timedelta(days=30)               # open and untouched since
Q3_FROM = datetime(2026, 7, 1, tzinfo=UTC)
Q3_BEFORE = datetime(2026, 10, 1, tzinfo=UTC)

LEAD_STAGES = ["New", "Contacted", "Qualified"]
OPP_STAGES = ["Negotiation", "Proposal Sent", "Won", "Lost"]
CLOSED = ["Won", "Lost"]
ALLOWED_MOVES = {
    ("New", "Contacted"), ("New", "Qualified"),
    ("Contacted", "Qualified"),
    ("Qualified", "Negotiation"),
    ("Negotiation", "Proposal Sent"), ("Negotiation", "Lost"),
    ("Proposal Sent", "Won"), ("Proposal Sent", "Lost"),
    ("Proposal Sent", "Negotiation"),
}

PUSH_MARK = "Enterprise"     # appears in the names of the 50 push deals only
PUSH_SIZE = 50
PUSH_WON = 5
TOTAL = 300

OWNERS = ["Nguyễn Lan", "Trần Minh", "Lê Hạnh", "Phạm Quân",
          "Hoàng Yến", "Đặng Sơn", "Võ Thảo", "Bùi Khánh"]
ENTERPRISE_OWNERS = ["Trần Minh", "Phạm Quân", "Đặng Sơn"]

# (account, short name used in deal names)
ACCOUNTS = [
    ("Công ty TNHH An Phát", "An Phát"),
    ("Công ty CP Minh Long", "Minh Long"),
    ("Tập đoàn Hưng Thịnh", "Hưng Thịnh"),
    ("Công ty TNHH Phúc Lộc", "Phúc Lộc"),
    ("Công ty CP Sao Việt", "Sao Việt"),
    ("Công ty TNHH Thành Đạt", "Thành Đạt"),
    ("Công ty CP Bình Minh", "Bình Minh"),
    ("Công ty TNHH Đại Dương Xanh", "Đại Dương Xanh"),
    ("Công ty CP Thiên Long", "Thiên Long"),
    ("Công ty TNHH Hoàng Gia", "Hoàng Gia"),
    ("Công ty CP Nam Việt", "Nam Việt"),
    ("Công ty TNHH Gia Huy", "Gia Huy"),
    ("Công ty CP Đông Á", "Đông Á"),
    ("Công ty TNHH Tân Phú", "Tân Phú"),
    ("Công ty CP Kim Cương", "Kim Cương"),
    ("Công ty TNHH Hải Âu", "Hải Âu"),
    ("Công ty CP Phương Nam", "Phương Nam"),
    ("Công ty TNHH Lạc Hồng", "Lạc Hồng"),
    ("Công ty CP Vạn Xuân", "Vạn Xuân"),
    ("Công ty TNHH Quang Minh", "Quang Minh"),
    ("Công ty CP Trường Sơn", "Trường Sơn"),
    ("Công ty TNHH Hòa Bình", "Hòa Bình"),
    ("Công ty CP Sông Hồng", "Sông Hồng"),
    ("Công ty TNHH Ánh Dương", "Ánh Dương"),
    ("Công ty CP Cửu Long", "Cửu Long"),
    ("Công ty TNHH Việt Tiến", "Việt Tiến"),
    ("Công ty CP Hà Thành", "Hà Thành"),
    ("Công ty TNHH Mai Linh Logistics", "Mai Linh Logistics"),
    ("Công ty CP Dược phẩm Tâm An", "Tâm An"),
    ("Công ty TNHH Nội thất Hưng Phát", "Hưng Phát"),
    ("Công ty CP Thực phẩm Sài Gòn Xanh", "Sài Gòn Xanh"),
    ("Công ty TNHH Cơ khí Tiến Thành", "Tiến Thành"),
    ("Công ty CP Bất động sản Hải Phát", "Hải Phát"),
    ("Công ty TNHH Thời trang Ngọc Mai", "Ngọc Mai"),
    ("Trường Quốc tế Việt Úc", "Việt Úc"),
    ("Bệnh viện Đa khoa Hồng Đức", "Hồng Đức"),
    ("Ngân hàng TMCP Phương Đông Số", "Phương Đông Số"),
    ("Tập đoàn Thái Bình Dương", "Thái Bình Dương"),
    ("Tập đoàn Vĩnh Hưng", "Vĩnh Hưng"),
    ("Tập đoàn Đất Việt", "Đất Việt"),
    ("Acme Vietnam", "Acme Vietnam"),
    ("Globex Asia Pacific", "Globex"),
    ("Saigon Tech Solutions", "Saigon Tech"),
    ("Mekong Agri Export", "Mekong Agri"),
    ("Hanoi Digital Hub", "Hanoi Digital"),
    ("Lotus Hospitality Group", "Lotus Hospitality"),
    ("Pacific Freight Vietnam", "Pacific Freight"),
    ("Orchid Retail JSC", "Orchid Retail"),
    ("Blue River Software", "Blue River"),
    ("Delta Manufacturing Co.", "Delta Manufacturing"),
]
# Larger accounts that the Q3 enterprise push targeted (they also buy small
# things through the normal pipeline, so accounts are shared).
ENTERPRISE_ACCOUNTS = [a for a in ACCOUNTS if a[0].startswith(("Tập đoàn", "Ngân hàng", "Công ty CP"))
                       or a[0] in ("Acme Vietnam", "Globex Asia Pacific", "Lotus Hospitality Group",
                                   "Pacific Freight Vietnam", "Delta Manufacturing Co.",
                                   "Bệnh viện Đa khoa Hồng Đức")]

DEAL_TEMPLATES = [
    "Phần mềm kế toán – {a}",
    "Triển khai ERP – {a}",
    "Gia hạn bản quyền – {a}",
    "Website bán hàng – {a}",
    "Hệ thống quản lý kho – {a}",
    "Đào tạo người dùng – {a}",
    "Phần mềm nhân sự – {a}",
    "Chữ ký số & hóa đơn điện tử – {a}",
    "Tích hợp cổng thanh toán – {a}",
    "Bảo trì hệ thống – {a}",
    "App bán hàng di động – {a}",
    "CRM rollout {n} seats",
    "CRM rollout {n} seats – {a}",
    "Cloud migration – {a}",
    "Helpdesk add-on – {a}",
    "Marketing automation – {a}",
    "Data warehouse pilot – {a}",
    "Support contract renewal – {a}",
]
PUSH_TEMPLATES = [
    "Enterprise license {n} seats – {a}",
    "Enterprise CRM – {a}",
    "Enterprise suite upgrade – {a}",
    "Enterprise ERP rollout – {a}",
    "Enterprise support plan – {a}",
    "Enterprise data platform – {a}",
]
# The sales segment the CRM stamps on every record when it is created (a
# custom field: `count by segment`, `where segment = Enterprise`). The push
# deals were run by the enterprise team as Enterprise; every other record is
# Mid-market for the larger accounts below and SMB for the rest.
SEGMENTS = ["Enterprise", "Mid-market", "SMB"]
PUSH_SEGMENT = "Enterprise"
MID_MARKET_ACCOUNTS = {a for a, _ in ACCOUNTS if a.startswith(("Tập đoàn", "Ngân hàng", "Bệnh viện", "Trường"))
                       or a in ("Công ty CP Dược phẩm Tâm An", "Công ty CP Thực phẩm Sài Gòn Xanh",
                                "Công ty CP Bất động sản Hải Phát", "Công ty CP Sông Hồng",
                                "Acme Vietnam", "Globex Asia Pacific", "Lotus Hospitality Group",
                                "Pacific Freight Vietnam", "Delta Manufacturing Co.")}


def segment_of(account):
    return "Mid-market" if account in MID_MARKET_ACCOUNTS else "SMB"


SEATS = [10, 15, 20, 25, 30, 40, 50, 75, 100]
ENTERPRISE_SEATS = [150, 200, 250, 300, 500, 800, 1000]

SOURCES = ["web", "referral", "event", "cold-call", "partner"]
LEAD_SOURCE_WEIGHTS = [36, 16, 14, 26, 8]

# Per stage: (next stage or None for "goes dead here", weight), and the
# median gap in days before the move. A team that works its pipeline: few
# leads die, and no opportunity is left to die (it is Won or Lost, or still
# open now). Besides that, a record may go quiet for a while (SLOW_SHARE,
# median SLOW_DAYS) before it moves; a quiet opportunity often ends as Lost
# (pipeline clean-up, "no decision").
CHAIN = {
    "New": ([("Contacted", 89), ("Qualified", 10), (None, 1)], 11),
    "Contacted": ([("Qualified", 99), (None, 1)], 10),
    "Qualified": ([("Negotiation", 99), (None, 1)], 14),
    "Negotiation": ([("Proposal Sent", 89), ("Lost", 11)], 20),
    "Proposal Sent": ([("Won", 56), ("Lost", 28), ("Negotiation", 10)], 22),
}
GAP_SIGMA = 0.6
SLOW_SHARE = 0.03
SLOW_DAYS = 45
SLOW_LOST = 0.5
DIRECT_OPP_SHARE = 0.08      # of new records: straight into Negotiation
GROWTH = 9.0                 # creation rate rises 1x -> 10x over the period
PLAN_DAYS = 80               # median days from becoming an opportunity to the
PLAN_MAX_DAYS = 180          # first expected close, for a 100k deal; at most
PROPOSAL_DAYS = 35           # median days from a proposal to its expected close
PUSH_SHARE = 0.85            # a passed expected close is pushed, else left overdue
PUSH_DAYS = 30               # median days a push adds
CLOSE_SNAP_DAYS = 14         # at the close, a date further ahead becomes the close day


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def midnight(d):
    """00:00 UTC of a date, the moment a date-only expected close means."""
    return datetime(d.year, d.month, d.day, tzinfo=UTC)


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.names = []

    # -- times ---------------------------------------------------------
    def work_time(self, day, after=None):
        """A working-hours moment (08:00-17:59, seconds 0) on `day` or the
        next weekday, strictly after `after` when given."""
        day = datetime(day.year, day.month, day.day, tzinfo=UTC)
        while True:
            while day.weekday() >= 5:
                day += timedelta(days=1)
            lo = 8 * 60
            if after is not None and after.date() == day.date():
                lo = max(lo, after.hour * 60 + after.minute + 1)
            if lo <= 17 * 60 + 59:
                m = self.r.randint(lo, 17 * 60 + 59)
                return day + timedelta(minutes=m)
            day += timedelta(days=1)

    def gap(self, median_days):
        d = self.r.lognormvariate(math.log(median_days), GAP_SIGMA)
        return timedelta(days=min(d, 120))

    def weekday_between(self, start, before, growth=0.0):
        """A weekday in [start, before). With growth g > 0 the daily rate
        rises linearly from 1 to 1 + g across the range (a growing team)."""
        days = (before - start).days
        while True:
            u = self.r.random()
            if growth:
                # inverse CDF of density proportional to 1 + g*x on [0, 1)
                u = (math.sqrt(1 + growth * (2 + growth) * u) - 1) / growth
            d = start + timedelta(days=min(days - 1, int(u * days)))
            if d.weekday() < 5:
                return d

    # -- values and names ----------------------------------------------
    def value(self, median, sigma=0.9):
        v = self.r.lognormvariate(math.log(median), sigma)
        v = int(round(v / 1000.0)) * 1000
        return max(5000, min(2_000_000, v))

    def deal_name(self, short, templates, seats=SEATS):
        """A deal name not used before in this seed (names stay unique so
        `where name = "..."` finds one record)."""
        for _ in range(100):
            t = self.r.choice(templates)
            name = t.format(a=short, n=self.r.choice(seats))
            if name not in self.names:
                self.names.append(name)
                return name
        raise RuntimeError(f"no unused deal name for {short}")

    # -- histories -----------------------------------------------------
    def walk(self, first_stage, created):
        """Follow CHAIN from `first_stage` at `created` until a stall, a
        close, or the present."""
        events = [(None, first_stage, created)]
        stage, t = first_stage, created
        backs = 0
        while stage not in CLOSED:
            options, median = CHAIN[stage]
            if stage == "Proposal Sent" and backs:
                options = [o for o in options if o[0] != "Negotiation"]
            nxt = self.r.choices([o[0] for o in options], [o[1] for o in options])[0]
            if nxt is None:
                break
            if self.r.random() < SLOW_SHARE:
                median = SLOW_DAYS
                if stage in ("Negotiation", "Proposal Sent") and self.r.random() < SLOW_LOST:
                    nxt = "Lost"
            t2 = self.work_time(t + self.gap(median), after=t)
            if t2 > NOW:
                break
            if stage == "Proposal Sent" and nxt == "Negotiation":
                backs += 1
            events.append((stage, nxt, t2))
            stage, t = nxt, t2
        return events

    def push_history(self, outcome, direct):
        """A Q3-enterprise-push deal: enters Negotiation inside Q3 2026, then
        ends as `outcome` (Won, Lost, Negotiation, Proposal Sent)."""
        r = self.r
        while True:
            if direct:
                created = self.work_time(self.weekday_between(Q3_FROM, Q3_BEFORE))
                events = [(None, "Negotiation", created)]
            else:
                created = self.work_time(self.weekday_between(
                    datetime(2026, 5, 4, tzinfo=UTC), datetime(2026, 8, 20, tzinfo=UTC)))
                events = [(None, "New", created)]
                path = ["Contacted", "Qualified", "Negotiation"]
                if r.random() < 0.12:
                    path = ["Qualified", "Negotiation"]
                prev, t = "New", created
                for s in path:
                    t = self.work_time(t + self.gap(8), after=t)
                    events.append((prev, s, t))
                    prev = s
            neg_at = events[-1][2]
            if not (Q3_FROM <= neg_at < Q3_BEFORE):
                continue
            t = neg_at

            def step(frm, to, median):
                nonlocal t
                t = self.work_time(t + self.gap(median), after=t)
                events.append((frm, to, t))

            if outcome == "Won":
                step("Negotiation", "Proposal Sent", 12)
                if r.random() < 0.4:
                    step("Proposal Sent", "Negotiation", 10)
                    step("Negotiation", "Proposal Sent", 8)
                step("Proposal Sent", "Won", 18)
            elif outcome == "Lost":
                if r.random() < 0.45:
                    step("Negotiation", "Lost", 14)
                else:
                    step("Negotiation", "Proposal Sent", 12)
                    step("Proposal Sent", "Lost", 16)
            elif outcome == "Proposal Sent":
                step("Negotiation", "Proposal Sent", 14)
                if r.random() < 0.5:
                    # The customer asked for changes: a revised proposal.
                    step("Proposal Sent", "Negotiation", 30)
                    step("Negotiation", "Proposal Sent", 10)
            elif outcome == "Negotiation":
                if r.random() < 0.3:
                    step("Negotiation", "Proposal Sent", 10)
                    step("Proposal Sent", "Negotiation", 12)
            if events[-1][2] <= NOW:
                return events

    # -- expected close --------------------------------------------------
    def days(self, median, sigma):
        return timedelta(days=round(self.r.lognormvariate(math.log(median), sigma)))

    def with_expected_close(self, events, value):
        """The stage events as rows (from, to, time, expected close after
        the row), with a row of its own (from = to) each time the owner
        pushed the date out.

        A deal gets its date when it becomes an opportunity, about PLAN_DAYS
        ahead (bigger deals further), and a nearer one, PROPOSAL_DAYS ahead,
        when the proposal goes out. Each time the date passes while the deal
        is open, its owner pushes it out within about two weeks (PUSH_SHARE
        of the time; otherwise it stays overdue). At the close, a date still more
        than CLOSE_SNAP_DAYS ahead becomes the close day; one already past
        stays: the deal slipped."""
        r = self.r
        rows, expected = [], None
        busy = {e[2] for e in events}
        for k, (frm, to, t) in enumerate(events):
            if to in CLOSED:
                if expected and midnight(expected) > t + timedelta(days=CLOSE_SNAP_DAYS):
                    expected = t.date()
            elif to == "Proposal Sent":
                expected = (t + self.days(PROPOSAL_DAYS, 0.45)).date()
            elif to in OPP_STAGES and not expected:
                plan = self.days(PLAN_DAYS * (value / 100_000) ** 0.3, 0.4)
                expected = (t + min(plan, timedelta(days=PLAN_MAX_DAYS))).date()
            rows.append((frm, to, t, expected))
            if not expected or to in CLOSED:
                continue
            end = events[k + 1][2] if k + 1 < len(events) else NOW
            last = t
            while midnight(expected) < end and r.random() < PUSH_SHARE:
                at = self.work_time(max(last, midnight(expected) + timedelta(days=r.randint(0, 10))), after=last)
                while at in busy:
                    at = self.work_time(at, after=at)
                if at >= end:
                    break
                expected = max(at.date() + timedelta(days=7), expected + self.days(PUSH_DAYS, 0.5))
                rows.append((to, to, at, expected))
                busy.add(at)
                last = at
        return rows

    # -- whole seed ----------------------------------------------------
    def build(self):
        r = self.r
        recs = []   # dicts without id; events as (from, to, time)

        # The Q3 enterprise push: exactly 50 deals, exactly 5 Won.
        outcomes = (["Won"] * PUSH_WON + ["Lost"] * 29
                    + ["Negotiation"] * 7 + ["Proposal Sent"] * 9)
        assert len(outcomes) == PUSH_SIZE
        r.shuffle(outcomes)
        direct_flags = [True] * 8 + [False] * (PUSH_SIZE - 8)
        r.shuffle(direct_flags)
        push_accounts = r.sample(ENTERPRISE_ACCOUNTS, min(len(ENTERPRISE_ACCOUNTS), 34))
        for i, (outcome, direct) in enumerate(zip(outcomes, direct_flags)):
            account, short = push_accounts[i % len(push_accounts)]
            recs.append(dict(
                name=self.deal_name(short, PUSH_TEMPLATES, ENTERPRISE_SEATS),
                account=account,
                owner=r.choice(ENTERPRISE_OWNERS),
                source="event",
                segment=PUSH_SEGMENT,
                value=self.value(320_000, 0.7),
                events=self.push_history(outcome, direct),
            ))

        # The everyday pipeline.
        while len(recs) < TOTAL:
            account, short = r.choice(ACCOUNTS)
            created = self.work_time(self.weekday_between(CREATED_FROM, CREATED_BEFORE, growth=GROWTH))
            if r.random() < DIRECT_OPP_SHARE:
                first, source = "Negotiation", r.choice(["referral", "partner"])
            else:
                first, source = "New", r.choices(SOURCES, LEAD_SOURCE_WEIGHTS)[0]
            recs.append(dict(
                name=self.deal_name(short, DEAL_TEMPLATES),
                account=account,
                owner=r.choice(OWNERS),
                source=source,
                segment=segment_of(account),
                value=self.value(60_000 if first == "New" else 120_000),
                events=self.walk(first, created),
            ))

        # Ids in order of creation, as an auto-increment would give them.
        recs.sort(key=lambda d: (d["events"][0][2], d["name"]))
        records, events = [], []
        for i, d in enumerate(recs, start=1):
            rows = self.with_expected_close(d["events"], d["value"])
            ev = d["events"]
            stage = ev[-1][1]
            expected = rows[-1][3]
            records.append([str(i), "lead" if stage in LEAD_STAGES else "opportunity",
                            d["name"], d["account"], d["owner"], d["source"], d["segment"],
                            str(d["value"]), stage, iso(ev[0][2]), iso(ev[-1][2]),
                            expected.isoformat() if expected else ""])
            for frm, to, t, e in rows:
                events.append([str(i), frm or "", to, iso(t), e.isoformat() if e else ""])
        # The event file is a ledger: chronological, ties by record id.
        events.sort(key=lambda e: (e[3], int(e[0])))
        return records, events


def to_csv(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")


def generate():
    records, events = Gen(SEED).build()
    return to_csv(RECORD_HEADER, records), to_csv(EVENT_HEADER, events)


# ---------------------------------------------------------------------------
# Verification

def check():
    problems = []

    def fail(msg):
        problems.append(msg)

    raw_r = open(RECORDS_PATH, "rb").read()
    raw_e = open(EVENTS_PATH, "rb").read()
    for label, raw in (("records.csv", raw_r), ("stage_events.csv", raw_e)):
        if raw.startswith(b"\xef\xbb\xbf"):
            fail(f"{label}: has a BOM")
        if b"\r" in raw:
            fail(f"{label}: contains CR")
        if not raw.endswith(b"\n"):
            fail(f"{label}: no final newline")
        raw.decode("utf-8")
    gen_r, gen_e = generate()
    if gen_r != raw_r or gen_e != raw_e:
        fail("files differ from what the generator produces (re-run without --check)")

    rrows = list(csv.reader(io.StringIO(raw_r.decode("utf-8"))))
    erows = list(csv.reader(io.StringIO(raw_e.decode("utf-8"))))
    if rrows[0] != RECORD_HEADER:
        fail(f"records header {rrows[0]}")
    if erows[0] != EVENT_HEADER:
        fail(f"events header {erows[0]}")
    records = [dict(zip(RECORD_HEADER, row)) for row in rrows[1:]]
    events = [dict(zip(EVENT_HEADER, row)) for row in erows[1:]]
    for row in rrows[1:]:
        if len(row) != len(RECORD_HEADER):
            fail(f"record row width {row}")
    for row in erows[1:]:
        if len(row) != len(EVENT_HEADER):
            fail(f"event row width {row}")

    ids = [r["id"] for r in records]
    if ids != [str(i) for i in range(1, len(records) + 1)]:
        fail("ids are not 1..N in order")
    by_id = {r["id"]: r for r in records}
    hist = {i: [] for i in ids}
    for e in events:
        if e["record_id"] not in hist:
            fail(f"event for unknown record {e['record_id']}")
            continue
        hist[e["record_id"]].append(e)

    def check_time(s, what):
        try:
            t = parse_iso(s)
        except ValueError:
            fail(f"{what}: bad time {s!r}")
            return None
        if iso(t) != s:
            fail(f"{what}: non-canonical time {s!r}")
        if t.second != 0 or not (8 <= t.hour < 18):
            fail(f"{what}: outside working hours {s}")
        if t > NOW:
            fail(f"{what}: after {iso(NOW)}: {s}")
        return t

    def check_date(s, what):
        try:
            datetime.strptime(s, "%Y-%m-%d")
        except ValueError:
            fail(f"{what}: bad date {s!r}")

    stats = dict(direct=0, skips=0, backs=0, stale=0, pushes=0, pushed=0, slipped=0, overdue=0)
    expected_months = {}
    for rid in ids:
        rec = by_id[rid]
        what = f"record {rid}"
        if rec["kind"] not in ("lead", "opportunity"):
            fail(f"{what}: kind {rec['kind']}")
        if rec["stage"] not in LEAD_STAGES + OPP_STAGES:
            fail(f"{what}: stage {rec['stage']}")
        expected_kind = "lead" if rec["stage"] in LEAD_STAGES else "opportunity"
        if rec["kind"] != expected_kind:
            fail(f"{what}: kind {rec['kind']} for stage {rec['stage']}")
        if rec["source"] not in SOURCES:
            fail(f"{what}: source {rec['source']}")
        if rec["owner"] not in OWNERS:
            fail(f"{what}: owner {rec['owner']}")
        if not rec["value"].isdigit() or str(int(rec["value"])) != rec["value"]:
            fail(f"{what}: value {rec['value']!r}")
        else:
            v = int(rec["value"])
            if v % 1000 or not (5000 <= v <= 2_000_000):
                fail(f"{what}: value {v}")
        if not rec["name"] or not rec["account"]:
            fail(f"{what}: empty name/account")
        created = check_time(rec["created_at"], what)
        updated = check_time(rec["updated_at"], what)
        if created and not (CREATED_FROM <= created < CREATED_BEFORE):
            fail(f"{what}: created_at {rec['created_at']} out of range")

        h = hist[rid]
        if not h:
            fail(f"{what}: no events")
            continue
        # Rows whose from_stage is their to_stage change the expected close only.
        moves = [e for e in h if e["from_stage"] != e["to_stage"]]
        if h[0]["from_stage"] != "":
            fail(f"{what}: first event has from_stage")
        if h[0]["to_stage"] not in ("New", "Negotiation"):
            fail(f"{what}: starts in {h[0]['to_stage']}")
        if h[0]["to_stage"] == "Negotiation":
            stats["direct"] += 1
        if h[0]["changed_at"] != rec["created_at"]:
            fail(f"{what}: first event time != created_at")
        if moves[-1]["changed_at"] != rec["updated_at"]:
            fail(f"{what}: last stage change time != updated_at")
        if moves[-1]["to_stage"] != rec["stage"]:
            fail(f"{what}: last event stage != stage")
        if h[-1]["expected_close"] != rec["expected_close"]:
            fail(f"{what}: expected_close != the last event's")
        prev_t, stage, expected = None, None, ""
        for k, e in enumerate(h):
            t = check_time(e["changed_at"], f"{what} event {k}")
            if prev_t and t and t <= prev_t:
                fail(f"{what}: times not strictly increasing at event {k}")
            prev_t = t
            if e["expected_close"]:
                if e["to_stage"] in LEAD_STAGES:
                    fail(f"{what} event {k}: a lead with an expected close")
                check_date(e["expected_close"], f"{what} event {k}")
            elif expected:
                fail(f"{what} event {k}: the expected close is cleared")
            if k and e["from_stage"] == e["to_stage"]:
                if e["to_stage"] != stage or e["to_stage"] in CLOSED:
                    fail(f"{what} event {k}: a field row in {e['to_stage']}, the deal is in {stage}")
                if not (expected and e["expected_close"] > expected):
                    fail(f"{what} event {k}: a field row that does not push the expected close out")
                stats["pushes"] += 1
            elif k:
                if e["from_stage"] != stage:
                    fail(f"{what}: event {k} from {e['from_stage']} != previous to")
                move = (e["from_stage"], e["to_stage"])
                if move not in ALLOWED_MOVES:
                    fail(f"{what}: move {move} not allowed")
                if move == ("New", "Qualified"):
                    stats["skips"] += 1
                if move == ("Proposal Sent", "Negotiation"):
                    stats["backs"] += 1
            stage, expected = e["to_stage"], e["expected_close"]
        if rec["kind"] == "opportunity" and not rec["expected_close"]:
            fail(f"{what}: an opportunity without an expected close")
        if any(e["from_stage"] == e["to_stage"] for e in h[1:]):
            stats["pushed"] += 1
        if rec["stage"] in CLOSED and rec["expected_close"] and rec["expected_close"] < rec["updated_at"][:10]:
            stats["slipped"] += 1
        if rec["stage"] not in CLOSED and updated and updated < STALE_BEFORE:
            stats["stale"] += 1
        if rec["kind"] == "opportunity" and rec["stage"] not in CLOSED:
            if rec["expected_close"] < NOW.date().isoformat():
                stats["overdue"] += 1
            else:
                month = rec["expected_close"][:7]
                expected_months[month] = expected_months.get(month, 0) + 1

    # The Q3 enterprise push example.
    push = [r for r in records if PUSH_MARK in r["name"]]
    if len([r for r in records if PUSH_MARK.lower() in r["name"].lower()]) != len(push):
        fail("'enterprise' (any case) appears in names outside the push")
    if any(PUSH_MARK.lower() in r["account"].lower() for r in records):
        fail("'enterprise' appears in an account name")
    if len(push) != PUSH_SIZE:
        fail(f"push has {len(push)} records, want {PUSH_SIZE}")
    push_won = [r for r in push if r["stage"] == "Won"]
    if len(push_won) != PUSH_WON:
        fail(f"push has {len(push_won)} Won, want {PUSH_WON}")
    for r in push:
        if r["kind"] != "opportunity" or r["source"] != "event":
            fail(f"push record {r['id']}: kind/source")
        neg = [e for e in hist[r["id"]] if e["to_stage"] == "Negotiation"]
        if not neg or not (Q3_FROM <= parse_iso(neg[0]["changed_at"]) < Q3_BEFORE):
            fail(f"push record {r['id']}: did not enter Negotiation in Q3 2026")

    # Report.
    print(f"records: {len(records)}  event rows: {len(events)}"
          f" ({len(events) - stats['pushes']} stage events, {stats['pushes']} expected-close pushes)")
    print("per stage:")
    for s in LEAD_STAGES + OPP_STAGES:
        n = sum(1 for r in records if r["stage"] == s)
        stale = sum(1 for r in records if r["stage"] == s and s not in CLOSED
                    and parse_iso(r["updated_at"]) < STALE_BEFORE)
        extra = f"  (stale >30d: {stale})" if s not in CLOSED else ""
        print(f"  {s:<14}{n:>4}{extra}")
    kinds = {k: sum(1 for r in records if r["kind"] == k) for k in ("lead", "opportunity")}
    print(f"kinds: lead {kinds['lead']}, opportunity {kinds['opportunity']}")
    print(f"direct-to-Negotiation: {stats['direct']} of {kinds['opportunity']} opportunities"
          f" ({100 * stats['direct'] / max(1, kinds['opportunity']):.0f}%)")
    print(f"New->Qualified skips: {stats['skips']}  Proposal Sent->Negotiation backs: {stats['backs']}")
    opened = sum(1 for r in records if r["stage"] not in CLOSED)
    print(f"open and stale (>30 days before {iso(NOW)}): {stats['stale']} of {opened}"
          f" ({100 * stats['stale'] / max(1, opened):.0f}%)")
    print(f"expected close of open opportunities: {stats['overdue']} overdue; "
          + ", ".join(f"{k} {v}" for k, v in sorted(expected_months.items())))
    print(f"expected close pushed out: {stats['pushes']} times, on {stats['pushed']} records;"
          f" closed after their expected close (slipped): {stats['slipped']}")

    def rate(rs):
        won = sum(1 for r in rs if r["stage"] == "Won")
        closed = sum(1 for r in rs if r["stage"] in CLOSED)
        return f"{won} Won / {closed} closed = {100 * won / max(1, closed):.0f}%"
    rest = [r for r in records if r not in push]
    print(f"Q3 enterprise push (name ~ \"{PUSH_MARK}\"): {len(push)} deals, {len(push_won)} Won;"
          f" {rate(push)}")
    print(f"rest of pipeline: {rate(rest)}")
    rest_rate = (sum(1 for r in rest if r["stage"] == "Won")
                 / max(1, sum(1 for r in rest if r["stage"] in CLOSED)))
    if not (0.40 <= rest_rate <= 0.60):
        fail(f"rest win rate {rest_rate:.2f} not ~50%")

    # The segment field names the push, and the push's gap on Negotiation ->
    # Won is strong enough to survive a correction over many tests: the
    # two-sided pooled two-proportion z-test `insights` makes, against the
    # rest of the Negotiation deals winning at 40-46% (open deals included,
    # as `conversion` counts them).
    for r in records:
        if r["segment"] not in SEGMENTS:
            fail(f"record {r['id']}: segment {r['segment']!r}")
        if (r["segment"] == PUSH_SEGMENT) != (r in push):
            fail(f"record {r['id']}: segment {r['segment']} but name {r['name']!r}")
        if r not in push and r["segment"] != segment_of(r["account"]):
            fail(f"record {r['id']}: segment {r['segment']} for account {r['account']}")

    def negotiation_to_won(rs):
        entered = won = 0
        for r in rs:
            path = [e["to_stage"] for e in hist[r["id"]] if e["from_stage"] != e["to_stage"]]
            if "Negotiation" in path:
                entered += 1
                won += "Won" in path[path.index("Negotiation") + 1:]
        return won, entered
    (w1, n1), (w2, n2) = negotiation_to_won(push), negotiation_to_won(rest)
    pooled = (w1 + w2) / (n1 + n2)
    z = (w1 / n1 - w2 / n2) / math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    p = math.erfc(abs(z) / math.sqrt(2))
    print("segments: " + ", ".join(f"{s} {sum(1 for r in records if r['segment'] == s)}" for s in SEGMENTS))
    print(f"Negotiation -> Won: {PUSH_SEGMENT} {w1}/{n1} = {100 * w1 / n1:.2f}%,"
          f" the rest {w2}/{n2} = {100 * w2 / n2:.2f}%; z = {z:.2f}, p = {p:.2g}")
    if not (0.40 <= w2 / n2 <= 0.46):
        fail(f"the rest's Negotiation -> Won {w2 / n2:.2f} not 40-46%")
    if p >= 1e-5:
        fail(f"the push's Negotiation -> Won gap has p = {p:.2g}, not below 1e-5")
    for s in LEAD_STAGES + ["Negotiation", "Proposal Sent"]:
        if sum(1 for r in records if r["stage"] == s) < 10:
            fail(f"too few open records in {s}")

    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems[:50]:
            print("  " + p, file=sys.stderr)
        return 1
    print("all invariants hold")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true",
                    help="verify the seed files on disk instead of writing them")
    args = ap.parse_args()
    if args.check:
        return check()
    rec_bytes, ev_bytes = generate()
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(RECORDS_PATH, "wb") as f:
        f.write(rec_bytes)
    with open(EVENTS_PATH, "wb") as f:
        f.write(ev_bytes)
    print(f"wrote {os.path.relpath(RECORDS_PATH, ROOT)} and {os.path.relpath(EVENTS_PATH, ROOT)}")
    return check()


if __name__ == "__main__":
    sys.exit(main())
