"""Formats bench/run.sh's results.tsv as one markdown table, with JobGraph's ratios to the peer and the floor.

Usage: table.py RESULTS_TSV [RSS_TSV RSS_SECONDS [ROUNDS_TSV]]; the rss row's results (RSS_TSV) get a small table of
their own. ROUNDS_TSV holds every measured run (row, target, round, req/s, p50, p99): a ratio is then the median of the
rounds' ratios, each taken between runs of the same round, with their range.
"""
import sys
from collections import OrderedDict
from statistics import median

COLUMNS = ["rps", "p50", "p99", "sql", "alloc", "rss"]
rows = OrderedDict()
for line in open(sys.argv[1]):
    row, target, *values = line.rstrip("\n").split("\t")
    rows.setdefault(row, {})[target] = dict(zip(COLUMNS, values))


rounds = {}
if len(sys.argv) > 4:
    for line in open(sys.argv[4]):
        row, target, number, rps, p50, p99 = line.rstrip("\n").split("\t")
        rounds.setdefault(row, {}).setdefault(target, {})[number] = {"rps": rps, "p50": p50, "p99": p99}


def num(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def speed_ratio(row, jobgraph, other):
    """JobGraph's speed over the other's: throughput for load rows, inverse time for the scaling and cold rows."""
    if num(jobgraph["rps"]) and num(other["rps"]) and not row.startswith(("page", "cold")):
        return num(jobgraph["rps"]) / num(other["rps"])
    if num(jobgraph["p50"]) and num(other["p50"]):
        return num(other["p50"]) / num(jobgraph["p50"])
    return None


def ratio(row, target):
    """The median of the rounds' ratios and their range when the row ran in rounds; else the ratio of the results."""
    runs = rounds.get(row, {})
    paired = [speed_ratio(row, runs["jobgraph"][n], runs[target][n])
              for n in runs.get("jobgraph", {}) if n in runs.get(target, {})]
    paired = sorted(r for r in paired if r is not None)
    if len(paired) > 1:
        return f"{median(paired):.2f} ({paired[0]:.2f}-{paired[-1]:.2f})"
    if paired:
        return f"{paired[0]:.2f}"
    targets = rows.get(row, {})
    if "jobgraph" not in targets or target not in targets:
        return "n/a"
    single = speed_ratio(row, targets["jobgraph"], targets[target])
    return f"{single:.2f}" if single is not None else "n/a"


def kb(value):
    return f"{num(value) / 1024:,.0f} KB" if num(value) is not None else "-"


if rows:
    print("| scenario | target | req/s | p50 ms | p99 ms | SQL/req | alloc/req | peak RSS | JobGraph/peer | JobGraph/floor |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for row, targets in rows.items():
    jobgraph = targets.get("jobgraph")
    for target in ("jobgraph", "peer", "floor"):
        if target not in targets:
            continue
        v = targets[target]
        ratios = ["", ""]
        if target == "jobgraph" and jobgraph:
            ratios = [ratio(row, "peer"), ratio(row, "floor")]
        print(f"| {row} | {target} | {v['rps']} | {v['p50']} | {v['p99']} | {v['sql']} | {kb(v['alloc'])} | {v['rss']} MB | {ratios[0]} | {ratios[1]} |")

pages = {t: {} for t in ("jobgraph", "peer", "floor")}
for row, targets in rows.items():
    if row.startswith("page of "):
        size = int(row.split()[2])
        for target, v in targets.items():
            pages[target][size] = num(v["p50"])
lines = []
for target, sizes in pages.items():
    if sizes.get(100) and sizes.get(10000):
        lines.append(f"{target} t(10,000)/t(100) = {sizes[10000] / sizes[100]:.0f}")
if lines:
    print()
    print("Scaling (p50 of one connection): " + "; ".join(lines) + " (target for JobGraph: <= 120).")
if rows:
    print()
    print("Ratios are JobGraph's speed over the other's: req/s for load rows, inverse p50 time for pages and cold start; > 1 means JobGraph is faster.")
    if rounds:
        print("req/s, p50 and p99 are each target's median run of the rounds; a ratio is the median of the rounds' ratios (each between runs of one round), the range in brackets.")
    print("SQL/req: JobGraph's request log; peer: its --debug count; floor: its 3 statements. alloc/req: GC.GetTotalAllocatedBytes over 3-20 sequential requests on the idle process (.NET only).")
    print("peak RSS: VmHWM at the end of the row; the peer's summed over its processes (primary and workers).")



def rss_summary(path):
    """RSS at the start and the end of the run as the median of its first and last samples (up to 5 s each, at most
    a quarter of the run): a single sample lands anywhere on the GC's sawtooth."""
    samples = [int(line.split()[1]) for line in open(path) if line.strip()]
    if not samples:
        return None
    window = max(1, min(5, len(samples) // 4))
    return median(samples[:window]), median(samples[-window:]), max(samples), len(samples), window


rss = [line.rstrip("\n").split("\t") for line in open(sys.argv[2])] if len(sys.argv) > 2 else []
if rss:
    print()
    print(f"RSS over {sys.argv[3]} s of MonitorConnectionJobArtifacts N=20 after the warm-up, sampled once a second under load "
          "(VmRSS; the peer: all its processes summed). Target for JobGraph: growth < 10 %.")
    print()
    print("| target | req/s | RSS at start | RSS at end | peak | growth (end vs start) | samples |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    window = None
    for target, rps, path in rss:
        summary = rss_summary(path)
        if summary is None:
            print(f"| {target} | {rps} | - | - | - | n/a | 0 |")
            continue
        start, end, peak, count, window = summary
        print(f"| {target} | {rps} | {start / 1024:.0f} MB | {end / 1024:.0f} MB | {peak / 1024:.0f} MB "
              f"| {(end - start) / start * 100:+.1f} % | {count} |")
    if window:
        print()
        print(f"Start and end: the median of the first and of the last {window} samples; peak: the largest sample.")
