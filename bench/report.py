"""Turns one benchmark run (the dict bench.py builds) into a console table, latest.md and latest.html (inline SVG)."""
import html
import os

ANALYSIS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "analysis.md")

BUDGET_MB = 512
ADDED_P99_MS = 20


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


def targets(run):
    """(target, measured, met) triples for every target of issue 6 that this run measured."""
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
    zero = rows_of(run, 0)
    if zero:
        direct = zero["rows"][0]
        for row in zero["rows"][1:]:
            ratio = row["rps"] / direct["rps"]
            wanted = " >= 0.5" if row["database"] == "H2" else " (reported)"
            result.append((f"0 ms, {zero['connections']} connections, {row['database']}: service / direct throughput"
                           + wanted, f"{ratio:.2f} ({row['rps']:.0f} / {direct['rps']:.0f} req/s)",
                           ratio >= 0.5 if row["database"] == "H2" else None))
        h2 = zero["rows"][1]
        multiple = direct["rps"] / h2["rps"]
        emulator_ms = cpu_ms(h2, "emulator")
        capacity = run["cpus"] * 1000 / emulator_ms if emulator_ms else None
        result.append(("Emulator sustains >= 3 x the service's invoice throughput (direct run / service run)",
                       f"{multiple:.2f} x ({direct['rps']:.0f} / {h2['rps']:.0f} req/s); emulator CPU "
                       f"{fmt(emulator_ms, '{:.2f}')} ms per invoice = capacity {fmt(capacity, '{:.0f}')} req/s on "
                       f"{run['cpus']} cores = {fmt(capacity and capacity / h2['rps'], '{:.1f}')} x", multiple >= 3))
    slow = rows_of(run, 100)
    if slow:
        direct, service = slow["rows"][0], slow["rows"][1]
        bound = slow["connections"] * 1000 / slow["latency_ms"]
        result.append((f"{slow['latency_ms']} ms, {slow['connections']} clients: service throughput >= 0.9 x bound "
                       f"{bound:.0f} req/s", f"{service['rps'] / bound:.2f} x ({service['rps']:.0f} req/s; direct "
                       f"{direct['rps'] / bound:.2f} x)", service["rps"] >= 0.9 * bound))
        added = service["p99_ms"] - direct["p99_ms"]
        result.append((f"{slow['latency_ms']} ms, {slow['connections']} clients: p99 added latency < {ADDED_P99_MS} ms",
                       f"{added:.1f} ms (service {service['p99_ms']:.1f} − direct {direct['p99_ms']:.1f})",
                       added < ADDED_P99_MS))
        result.append((f"Peak RSS under the {slow['connections']}-client load < {BUDGET_MB} MB",
                       f"{service['peak_rss_mb']:.0f} MB", service["peak_rss_mb"] < BUDGET_MB))
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
    out += ["", "## Targets (issue 6)", "", "| Target | Measured | Verdict |", "|---|---|---|"]
    out += [f"| {target} | {measured} | {verdict(met)} |" for target, measured, met in targets(run)]
    out += profiles(run)
    if os.path.exists(ANALYSIS):
        with open(ANALYSIS) as f:
            out += ["", f.read().strip()]
    return "\n".join(out) + "\n"


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
