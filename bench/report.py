"""Turns one benchmark run (the dict bench.py builds) into a console table, latest.md and latest.html (inline SVG)."""
import html
import os

ANALYSIS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "analysis.md")

# Issue 17's targets.
CPU_TARGET_MS = {"H2": 0.6, "PostgreSQL": 0.8}
PG_RATIO = 0.8
ADDED_P99_MS = 10
STARTUP_TARGET_S = 3
RSS_TARGET_MB = 384
TENANT_CPU_MARGIN = 0.10


def rows_of(run, latency):
    for scenario in run["scenarios"]:
        if (scenario["latency_ms"] == 0) == (latency == 0):
            return scenario
    return None


def cpu_ms(row, process):
    value = row["cpu"].get(process)
    return None if value is None or not row["ok"] else value * 1000 / row["ok"]


def fmt(value, pattern="{:.1f}"):
    return "–" if value is None else pattern.format(value)


def figures_table(run):
    lines = ["| Phase | Upstream latency | Connections | Throughput (req/s) | Ratio to direct | p50 ms | p90 ms | "
             "p99 ms | Errors | CPU ms/req service | CPU ms/req emulator | CPU ms/req wrk | Load (1 min) |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for scenario in run["scenarios"]:
        direct = scenario["rows"][0]
        for row in scenario["rows"]:
            lines.append(
                f"| {row['label']} | {scenario['latency_ms']} ms | {scenario['connections']} | {row['rps']:.0f} | "
                f"{row['rps'] / direct['rps']:.2f} | {row['p50_ms']:.1f} | {row['p90_ms']:.1f} | {row['p99_ms']:.1f} | "
                f"{row['errors']} | {fmt(cpu_ms(row, 'service'), '{:.2f}')} | "
                f"{fmt(cpu_ms(row, 'emulator'), '{:.2f}')} | {fmt(cpu_ms(row, 'wrk'), '{:.2f}')} | {row['load']:.2f} |")
    return lines


def service_table(run):
    lines = ["| Service phase | Invoices (2xx) | Invoices created upstream | Validate calls | Other upstream calls | "
             "Upstream calls / invoice | Token calls (run / lifetime) | Connections opened (run / lifetime) | "
             "Peak RSS MB | Start-up s |", "|---|---|---|---|---|---|---|---|---|---|"]
    for scenario in run["scenarios"]:
        for row in scenario["rows"][1:]:
            requests = row["run"]["requests"]
            validates = requests.get("POST /v1/bills/validate", 0)
            others = sum(v for k, v in requests.items() if k not in ("POST /v1/bills/validate", "POST /oauth/token"))
            lines.append(
                f"| {row['label']} | {row['ok']} | {row['run']['invoices']} | {validates} | {others} | "
                f"{(validates + others) / max(row['run']['invoices'], 1):.3f} | {row['run']['tokens']} / {row['lifetime']['tokens']} | "
                f"{row['run']['connections']} / {row['lifetime']['connections']} | {row['peak_rss_mb']:.0f} | "
                f"{row['startup_s']:.1f} |")
    return lines


def economy(run):
    """(target, measured, met) for the upstream economy of issue 6: one call per invoice, one token, pooled sockets."""
    result = []
    for scenario in run["scenarios"]:
        pool = scenario["pool_size"]
        for row in scenario["rows"][1:]:
            requests = row["run"]["requests"]
            calls = sum(v for k, v in requests.items() if k != "POST /oauth/token") / max(row["run"]["invoices"], 1)
            result.append((f"{row['label']}: upstream calls per invoice = 1", f"{calls:.3f}", abs(calls - 1) < 0.005))
            result.append((f"{row['label']}: token calls = 1 per token lifetime (3600 s)",
                           f"{row['lifetime']['tokens']} in the service's life, {row['run']['tokens']} during the run",
                           row["lifetime"]["tokens"] == 1))
            result.append((f"{row['label']}: upstream connections opened <= pool size {pool}",
                           f"{row['lifetime']['connections']} in the service's life, "
                           f"{row['run']['connections']} during the run", row["lifetime"]["connections"] <= pool))
    return result


def over(measured, target, unit, lower_is_better=True):
    """The measured figure and, when it misses, by how much."""
    text = f"{measured:.2f} {unit}".strip()
    missed = measured > target if lower_is_better else measured < target
    if missed:
        text += f" ({abs(measured - target):.2f}{(' ' + unit) if unit else ''} {'over' if lower_is_better else 'under'}" \
                f" the target, {100 * abs(measured - target) / target:.0f}%)"
    return text, not missed


def targets(run):
    """(target, measured, met) for every target of issue 17 that this run measured; None as met means reported."""
    result = []
    zero = rows_of(run, 0)
    single = {}
    if zero:
        for row in zero["rows"][1:]:
            limit = CPU_TARGET_MS[row["database"]]
            single[row["database"]] = row
            text, met = over(cpu_ms(row, "service"), limit, "ms")
            result.append((f"Service CPU per issued invoice, {row['database']}, 0 ms, {zero['connections']} "
                           f"connections <= {limit} ms", text + (" (JFR recording on)" if row.get("profile") else ""),
                           met))
        if "H2" in single and "PostgreSQL" in single:
            ratio = single["PostgreSQL"]["rps"] / single["H2"]["rps"]
            text, met = over(ratio, PG_RATIO, "", lower_is_better=False)
            result.append((f"PostgreSQL throughput >= {PG_RATIO} x H2 (same run, 0 ms, {zero['connections']} "
                           "connections)", f"{text} x ({single['PostgreSQL']['rps']:.0f} / "
                           f"{single['H2']['rps']:.0f} invoices/s)", met))
    slow = next((s for s in run["scenarios"] if s["latency_ms"]), None)
    if slow:
        for row in slow["rows"][1:]:
            loop = row.get("open_loop")
            if loop:
                added = loop["service"]["p99_ms"] - loop["direct"]["p99_ms"]
                text, met = over(added, ADDED_P99_MS, "ms")
                schedule = max(loop["service"]["schedule_error_p99_ms"], loop["direct"]["schedule_error_p99_ms"])
                result.append((f"{row['database']}, {slow['latency_ms']} ms upstream, open loop at "
                               f"{100 * loop['share']:.0f}% of capacity ({loop['rate']:.0f}/s): p99 added latency "
                               f"< {ADDED_P99_MS} ms", f"{text}: service {loop['service']['p99_ms']:.1f} − direct "
                               f"{loop['direct']['p99_ms']:.1f}; generator schedule error p99 {schedule:.1f} ms",
                               met))
            text, met = over(row["peak_rss_mb"], RSS_TARGET_MB, "MB")
            result.append((f"Peak RSS, {row['database']}, {slow['connections']} clients, {slow['latency_ms']} ms "
                           f"<= {RSS_TARGET_MB} MB", text, met))
    for row in (run.get("startup") or {}).get("rows", []):
        median = sorted(row["seconds"])[len(row["seconds"]) // 2]
        text, met = over(median, STARTUP_TARGET_S, "s")
        recommended = "fast-start" in row["mode"]
        result.append((f"Start-up to readiness, {row['database']}, {row['mode']}"
                       + (f" <= {STARTUP_TARGET_S} s" if recommended else " (reported)"),
                       f"median {text}", met if recommended else None))
    for row in run.get("tenants", []):
        tenants = row["tenants"]
        extra = [t for t in tenants["tokens"] if t != 1]
        result.append((f"{tenants['count']} tenants, {row['database']}: one token grant per tenant per token "
                       "lifetime", f"{sum(tenants['tokens'])} session grants for {tenants['count']} tenants "
                       f"({len(extra)} tenants with other than one), besides the {sum(tenants['onboarding_tokens'])} "
                       "grants of the onboarding credential checks", not extra))
        base = single.get(row["database"])
        if base:
            ratio = cpu_ms(row, "service") / cpu_ms(base, "service")
            text, met = over(ratio, 1 + TENANT_CPU_MARGIN, "")
            result.append((f"{tenants['count']} tenants, {row['database']}: CPU per invoice within "
                           f"{100 * TENANT_CPU_MARGIN:.0f}% of one tenant", f"{text} x ({cpu_ms(row, 'service'):.2f} "
                           f"vs {cpu_ms(base, 'service'):.2f} ms)", met))
    cluster = run.get("cluster")
    if cluster:
        r = cluster["result"]
        instances = sum(v for k, v in r["cpu"].items() if k.startswith("instance"))
        base = single.get("PostgreSQL")
        beside = (f"; one instance: {base['rps']:.0f} invoices/s, {cpu_ms(base, 'service'):.2f} ms"
                  if base else "")
        result.append(("3 instances behind HAProxy on PostgreSQL (reported)",
                       f"{r['rps']:.0f} invoices/s, {instances * 1000 / max(r['ok'], 1):.2f} ms CPU per invoice "
                       f"(instances together){beside}", None))
    return result


def verdict(met):
    return "reported" if met is None else ("met" if met else "**MISSED**")


def markdown(run):
    args = run["args"]
    out = [f"# Benchmark results ({run['started']})", "",
           f"Command: `{run['command']}`  ", f"Machine: {run['cpus']} cores, shared; 1-minute load average "
           f"{run['load_at_start']:.2f} at the start, per phase below.  ",
           f"JDK: {run['java']}  ", f"Service JVM flags: `{args['service_jvm_opts']}`  ",
           f"Emulator JVM flags: `{args['emulator_jvm_opts']}`  ",
           f"wrk: {args['threads']} threads, warm-up {args['warmup']}, measured {args['duration']} per phase; "
           f"upstream pool size (FACTUS_MAX_CONNECTIONS) {pools(run)}.", "", "## Throughput and latency", ""]
    out += figures_table(run)
    out += ["", "CPU ms/req: CPU time each process used during the measured phase divided by the successful "
            "requests (the three processes share the machine's cores).", "", "## Upstream usage, memory, start-up", ""]
    out += service_table(run)
    out += open_loop_table(run) + startup_table(run) + tenants_table(run) + cluster_table(run)
    out += ["", "## Targets (issue 17)", "", "| Target | Measured | Verdict |", "|---|---|---|"]
    out += [f"| {target} | {measured} | {verdict(met)} |" for target, measured, met in targets(run)]
    out += ["", "## Upstream economy (issue 6)", "", "| Target | Measured | Verdict |", "|---|---|---|"]
    out += [f"| {target} | {measured} | {verdict(met)} |" for target, measured, met in economy(run)]
    out += profiles(run)
    if os.path.exists(ANALYSIS):
        with open(ANALYSIS) as f:
            out += ["", f.read().strip()]
    return "\n".join(out) + "\n"


def open_loop_table(run):
    rows = [(row, row["open_loop"]) for s in run["scenarios"] for row in s["rows"] if row.get("open_loop")]
    if not rows:
        return []
    out = ["", "## Open loop (constant rate, latency from each request's due time)", "",
           "| Phase | Rate /s | OK | Errors | p50 ms | p90 ms | p99 ms | max ms | Schedule error p50 / p99 / max ms | "
           "Service CPU ms/req | Load |", "|---|---|---|---|---|---|---|---|---|---|---|"]
    for _, loop in rows:
        for name in ("direct", "service"):
            f = loop[name]
            service = f["cpu"].get("service")
            out.append(f"| {f['label']} | {f['rate']:.0f} | {f['ok']} | {f['errors']} | {f['p50_ms']:.1f} | "
                       f"{f['p90_ms']:.1f} | {f['p99_ms']:.1f} | {f['max_ms']:.1f} | "
                       f"{f['schedule_error_p50_ms']:.2f} / {f['schedule_error_p99_ms']:.2f} / "
                       f"{f['schedule_error_max_ms']:.1f} | "
                       f"{fmt(service and service * 1000 / max(f['ok'], 1), '{:.2f}')} | {f['load']:.2f} |")
    return out


def startup_table(run):
    startup = run.get("startup")
    if not startup:
        return []
    out = ["", "## Start-up to readiness (warm: the database exists and is migrated)", "",
           f"`scripts/fast-start.sh prepare` (extract, training run, JDK AOT cache): {startup['training_s']:.0f} s, "
           f"{startup['cache_mb']:.0f} MB.", "",
           "| Database | Way | Runs (s) | Median s |", "|---|---|---|---|"]
    for row in startup["rows"]:
        times = sorted(row["seconds"])
        out.append(f"| {row['database']} | {row['mode']} | {' '.join(f'{t:.2f}' for t in row['seconds'])} | "
                   f"{times[len(times) // 2]:.2f} |")
    return out


def tenants_table(run):
    if not run.get("tenants"):
        return []
    out = ["", "## Many tenants at once", "", "| Phase | Tenants | Invoices/s | Service CPU ms/req | p99 ms | Errors | "
           "Session token grants per tenant (min / max) | Invoices per tenant (min / max) | Load |",
           "|---|---|---|---|---|---|---|---|---|"]
    for row in run["tenants"]:
        t = row["tenants"]
        out.append(f"| {row['label']} | {t['count']} | {row['rps']:.0f} | {cpu_ms(row, 'service'):.2f} | "
                   f"{row['p99_ms']:.1f} | {row['errors']} | {min(t['tokens'])} / {max(t['tokens'])} | "
                   f"{min(t['invoices'])} / {max(t['invoices'])} | {row['load']:.2f} |")
    return out


def cluster_table(run):
    cluster = run.get("cluster")
    if not cluster:
        return []
    r = cluster["result"]
    cpu = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in sorted(r["cpu"].items()))
    return ["", "## Three instances behind HAProxy on one PostgreSQL (0 ms upstream)", "",
            "| Connections | Invoices/s | p50 / p99 ms | Errors | CPU seconds | Token grants (cluster's life) | Load |",
            "|---|---|---|---|---|---|---|",
            f"| {cluster['connections']} | {r['rps']:.0f} | {r['p50_ms']:.1f} / {r['p99_ms']:.1f} | {r['errors']} | "
            f"{cpu} | {cluster['counters'].get('tokens_issued')} | {r['load']:.2f} |"]


def pools(run):
    return ", ".join(f"{s['pool_size']} at {s['latency_ms']} ms" for s in run["scenarios"])


def profiles(run):
    """The head of each JFR summary (bench.py --profile): self time and the project's frames."""
    out = []
    for scenario in run["scenarios"]:
        for row in scenario["rows"]:
            if row.get("profile") and os.path.exists(row["profile"]):
                with open(row["profile"]) as f:
                    sections = f.read().split("\n\n")
                out += ["", f"### JFR profile of {row['label']} (measured phase)", "", "```"]
                out += [line for section in sections[:3] for line in section.splitlines()[:16]]
                out += ["```"]
    return (["", "## Profiles"] + out) if out else []


def svg_bars(title, bars, unit):
    width, bar_height, gap, label_width = 720, 22, 8, 260
    top = max((value for _, value in bars), default=1) or 1
    height = 30 + len(bars) * (bar_height + gap)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" '
             f'font-size="12"><text x="0" y="16" font-weight="bold">{html.escape(title)}</text>']
    for i, (label, value) in enumerate(bars):
        y = 28 + i * (bar_height + gap)
        length = (width - label_width - 90) * value / top
        colour = "#4477aa" if label.startswith("direct") else "#ee6677"
        parts.append(f'<text x="0" y="{y + 15}">{html.escape(label)}</text>'
                     f'<rect x="{label_width}" y="{y}" width="{length:.1f}" height="{bar_height}" fill="{colour}"/>'
                     f'<text x="{label_width + length + 6:.1f}" y="{y + 15}">{value:.1f} {unit}</text>')
    parts.append("</svg>")
    return "".join(parts)


def html_page(run, text):
    rows = [row for scenario in run["scenarios"] for row in scenario["rows"]]
    charts = [svg_bars("Throughput (req/s)", [(r["label"], r["rps"]) for r in rows], "req/s")]
    for percentile in ("p50", "p90", "p99"):
        charts.append(svg_bars(f"Latency {percentile} (ms)", [(r["label"], r[f"{percentile}_ms"]) for r in rows],
                               "ms"))
    return ("<!doctype html><html><head><meta charset=\"utf-8\"><title>Factus API benchmark</title></head>"
            "<body style=\"font-family:sans-serif\"><h1>Factus API benchmark</h1>" + "<br>".join(charts)
            + "<pre>" + html.escape(text) + "</pre></body></html>\n")


def write(run, output):
    text = markdown(run)
    with open(output + ".md", "w") as f:
        f.write(text)
    with open(output + ".html", "w") as f:
        f.write(html_page(run, text))
    print()
    print(text)
    print(f"Written {output}.md and {output}.html")
