#!/usr/bin/env python3
"""The service as a cluster (issue 15): three instances on one PostgreSQL behind HAProxy, started by
scripts/cluster.sh exactly as the cluster tests start them, loaded with wrk through HAProxy.

Run through bench/cluster.sh. Writes bench/results/cluster.md: throughput, latency, errors, the CPU seconds of each
instance, HAProxy, the emulator and wrk, and what the emulator saw (one token per tenant for the whole cluster).
"""
import argparse
import datetime
import json
import os
import subprocess
import sys
import urllib.error

import bench

CLUSTER_DIR = os.path.join(bench.RAW, "cluster")


def cluster(command, env):
    subprocess.run(["bash", os.path.join(bench.ROOT, "scripts/cluster.sh"), command], env=env, check=True,
                   stdout=subprocess.DEVNULL)


def pid(name):
    with open(os.path.join(CLUSTER_DIR, name + ".pid")) as f:
        return int(f.read().strip())


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", default="30s")
    parser.add_argument("--warmup", default="10s")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--latency", type=int, default=100, help="upstream validate latency in ms (default 100)")
    parser.add_argument("--port", type=int, default=18180, help="HAProxy's port; the instances take the next ones")
    args = parser.parse_args()
    started = datetime.datetime.now(datetime.timezone.utc)
    result, counters = measure(args.duration, args.warmup, args.threads, args.connections, args.latency, args.port)
    write(args, started, result, counters)


def measure(duration, warmup, threads, connections, latency, port):
    """Starts the cluster, loads it through HAProxy, stops it: wrk's figures and the emulator's counters."""
    os.makedirs(bench.RAW, exist_ok=True)
    env = os.environ.copy()
    env.update({"CLUSTER_DIR": CLUSTER_DIR, "CLUSTER_PORT": str(port),
                "CLUSTER_JAVA_OPTS": bench.RECOMMENDED_SERVICE_OPTS,
                "CLUSTER_SERVICE_ARGS": "--factus-api.rate-limit.requests-per-minute=100000000"})
    cluster("up", env)
    try:
        base = f"http://127.0.0.1:{port}"
        emulator = f"http://127.0.0.1:{port + 4}"
        bench.http("PUT", emulator + "/__emulator/latency", {"endpoint": bench.VALIDATE, "millis": latency})
        with open(os.path.join(CLUSTER_DIR, "admin.password")) as f:
            password = f.read().strip()
        login = bench.http("POST", base + "/api/v1/auth/login", {"username": "admin", "password": password})
        key = bench.http("POST", base + "/api/v1/api-keys", {"name": "bench"},
                         {"Authorization": "Bearer " + login["access_token"]})["key"]
        pids = {f"instance{i}": pid(f"instance{i}") for i in (1, 2, 3)}
        pids.update({"haproxy": pid("haproxy"), "emulator": pid("emulator")})
        label = f"cluster-{latency}ms-c{connections}"
        bench.wrk(base + "/api/v1/invoices", bench.SERVICE_BODY, "X-API-Key: " + key, connections, threads, warmup,
                  label + "-warmup", pids)
        wrk_cpu = bench.WrkCpu()
        result = bench.wrk(base + "/api/v1/invoices", bench.SERVICE_BODY, "X-API-Key: " + key, connections, threads,
                           duration, label, pids)
        result["cpu"]["wrk"] = wrk_cpu.since()
        counters = bench.http("GET", emulator + "/__emulator/counters")
        print(bench.line(result), flush=True)
        if result["errors"]:
            print("a sample answer: " + probe(base, key), flush=True)
        return result, counters
    finally:
        cluster("down", env)


def probe(base, key):
    """One invoice outside wrk, to say what the errors were."""
    with open(bench.SERVICE_BODY) as f:
        body = json.loads(f.read().replace("{{REF}}", "probe-" + os.urandom(6).hex()))
    try:
        return json.dumps(bench.http("POST", base + "/api/v1/invoices", body, {"X-API-Key": key}))[:300]
    except urllib.error.HTTPError as e:
        return f"{e.code} {e.read().decode()[:300]}"


def write(args, started, result, counters):
    invoices = result["ok"]
    lines = [
        "# Three instances behind HAProxy on one PostgreSQL", "",
        f"Run {started.strftime('%Y-%m-%d %H:%M UTC')} on {os.cpu_count()} cores with "
        f"`bench/cluster.sh {' '.join(sys.argv[1:])}` (scripts/cluster.sh, JVM flags `{bench.RECOMMENDED_SERVICE_OPTS}`).",
        f"wrk: {args.connections} connections, {args.threads} threads, {args.duration} after {args.warmup} of warm-up; "
        f"upstream validate latency {args.latency} ms.", "",
        "| Figure | Value |", "|---|---|",
        f"| Invoices issued (201) | {invoices:,} |",
        f"| Throughput | {result['rps']:.0f} invoices/s |",
        f"| Latency p50 / p90 / p99 | {result['p50_ms']:.1f} / {result['p90_ms']:.1f} / {result['p99_ms']:.1f} ms |",
        f"| Errors (non-201, connect, read, timeouts) | {result['errors']} |",
        f"| Load average | {result['load']:.2f} |",
    ]
    for name, seconds in sorted(result["cpu"].items()):
        lines.append(f"| CPU seconds, {name} | {seconds:.1f} |")
    service = sum(seconds for name, seconds in result["cpu"].items() if name.startswith("instance"))
    if invoices:
        lines.append(f"| Service CPU per invoice, three instances together | {service / invoices * 1000:.2f} ms |")
    lines += [f"| Emulator: token grants over the cluster's life | {counters.get('tokens_issued')} |",
              f"| Emulator: bills created over the cluster's life | {counters.get('invoices_created')} |", "",
              "Three instances share two cores here with HAProxy, the emulator, PostgreSQL and wrk: this measures that "
              "the cluster works under load and what it costs, not how a cluster scales on separate machines. Figures "
              "measured with a load average above ~1.5 are lower bounds (docs/performance.md)."]
    path = os.path.join(bench.RESULTS, "cluster.md")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote " + path)


if __name__ == "__main__":
    main()
