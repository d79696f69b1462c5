#!/usr/bin/env python3
"""Side-by-side benchmark of the Factus emulator (direct) and the service in front of it (issue 6).

Run through bench/run.sh, which builds the jars, installs wrk and selects the JDK. Standard library only.
For each scenario (upstream latency, concurrency) it measures wrk directly against the emulator, then through a
freshly started service (H2, and with --postgres also PostgreSQL), reading the emulator's counters, the CPU time
of each process, the service's start-up time and peak RSS. It writes bench/results/latest.md and latest.html.
"""
import argparse
import base64
import datetime
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
RESULTS = os.path.join(BENCH, "results")
RAW = os.path.join(RESULTS, "raw")
SERVICE_JAR = os.path.join(ROOT, "factus-api/target/factus-api.jar")
EMULATOR_JAR = os.path.join(ROOT, "factus-emulator/target/factus-emulator-0.1.0-SNAPSHOT-exec.jar")
# The settings docs/performance.md recommends; override with --service-jvm-opts.
RECOMMENDED_SERVICE_OPTS = "-Xms256m -Xmx256m -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=64m"
# The emulator keeps every bill in memory (~250,000 per 90 s phase): a heap that never needs a full collection.
EMULATOR_OPTS = "-Xms2g -Xmx2g -XX:+UseParallelGC"
CREDENTIALS = {
    "client_id": "factus-emulator-client", "client_secret": "factus-emulator-secret",
    "username": "sandbox@factus-emulator.local", "password": "emulator-password",
}
VALIDATE = "POST /v1/bills/validate"
TOKEN = "POST /oauth/token"
CLK_TCK = os.sysconf("SC_CLK_TCK")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http(method, url, body=None, headers=None, form=False):
    data = None
    headers = dict(headers or {})
    if body is not None:
        if form:
            data = "&".join(f"{k}={urllib.request.quote(str(v))}" for k, v in body.items()).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        else:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
    headers.setdefault("Accept", "application/json")
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    with urllib.request.urlopen(request, timeout=30) as response:
        text = response.read().decode()
        return json.loads(text) if text else None


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def peak_rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return None


def load_average():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def java_binary():
    return os.path.join(os.environ.get("JAVA_HOME", "/usr"), "bin/java")


def start_java(jar, opts, args, env, log_path):
    return start_command([java_binary(), *opts.split(), "-jar", jar, *args], env, log_path)


def start_command(command, env, log_path):
    log = open(log_path, "w")
    return subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


def stop(process):
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


class Emulator:
    def __init__(self, opts):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = start_java(EMULATOR_JAR, opts, ["--port", str(self.port)], os.environ.copy(),
                                  os.path.join(RAW, "emulator.log"))
        wait_until(lambda: http("GET", self.base + "/__emulator/counters") is not None, self.process, 60)

    def prepare(self, latency_ms):
        http("POST", self.base + "/__emulator/reset")
        self.own_connections = 0
        if latency_ms:
            self.control("PUT", "/__emulator/latency", {"endpoint": VALIDATE, "millis": latency_ms})

    def control(self, method, path, body=None):
        """urllib opens one connection per call: counted here so the harness's own are taken off the counters."""
        self.own_connections += 1
        return http(method, self.base + path, body)

    def counters(self):
        counters = self.control("GET", "/__emulator/counters")
        counters["connections_accepted"] -= self.own_connections
        return counters

    def settled_counters(self):
        """Counters once the requests still in flight after wrk stopped have finished (no change for 1 s)."""
        previous = self.counters()
        for _ in range(30):
            time.sleep(1)
            current = self.counters()
            if {**current, "connections_accepted": 0} == {**previous, "connections_accepted": 0}:
                return current
            previous = current
        return previous

    def token(self):
        body = {"grant_type": "password", **CREDENTIALS}
        return http("POST", self.base + "/oauth/token", body, form=True)["access_token"]


class Service:
    """The service jar on a free port: on the emulator given (or the embedded one with None), H2 in a fresh data
    directory (or data_dir, kept) or PostgreSQL; time from process start to readiness UP in startup_seconds."""

    def __init__(self, emulator, opts, database, label, command=None, data_dir=None):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.password = "bench-" + os.urandom(8).hex()
        self.keep_data = data_dir is not None
        self.data_dir = data_dir or tempfile.mkdtemp(prefix="factus-bench-")
        env = os.environ.copy()
        env.update({"SERVER_PORT": str(self.port), "FACTUS_API_ADMIN_PASSWORD": self.password,
                    "FACTUS_API_DATA_DIR": self.data_dir})
        if emulator:
            env.update({
                "FACTUS_BASE_URL": emulator.base,
                # The emulator's accounts here have no rate limit: no Factus allowance to pace under.
                "FACTUS_ALLOWANCE_REQUESTS_PER_MINUTE": "0",
                "FACTUS_CLIENT_ID": CREDENTIALS["client_id"], "FACTUS_CLIENT_SECRET": CREDENTIALS["client_secret"],
                "FACTUS_USERNAME": CREDENTIALS["username"], "FACTUS_PASSWORD": CREDENTIALS["password"],
            })
        env.update(database.environment())
        started = time.monotonic()
        # Each API key's rate limit (120/min by default) is raised so the run measures throughput, with the limiter
        # still on the request path.
        args = ["--factus-api.rate-limit.requests-per-minute=100000000"]
        log = os.path.join(RAW, f"service-{label}.log")
        if command:
            self.process = start_command([*command, *args], env, log)
        else:
            self.process = start_java(SERVICE_JAR, opts, args, env, log)
        try:
            wait_until(self.ready, self.process, 180, interval=0.05)
        except SystemExit:
            self.close()
            raise
        self.startup_seconds = time.monotonic() - started

    def ready(self):
        return http("GET", self.base + "/actuator/health/readiness")["status"] == "UP"

    def admin(self):
        login = http("POST", self.base + "/api/v1/auth/login", {"username": "admin", "password": self.password})
        return {"Authorization": "Bearer " + login["access_token"]}

    def api_key(self, headers=None):
        return http("POST", self.base + "/api/v1/api-keys", {"name": "bench"}, headers or self.admin())["key"]

    def close(self):
        stop(self.process)
        if not self.keep_data:
            shutil.rmtree(self.data_dir, ignore_errors=True)


class H2:
    name = "H2"

    def environment(self):
        return {}

    def close(self):
        pass


class Postgres:
    name = "PostgreSQL"

    def __init__(self):
        self.schema = "bench_" + os.urandom(4).hex()
        self.psql(f"CREATE SCHEMA {self.schema}")

    def psql(self, sql):
        subprocess.run(["psql", "-q", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-c", sql], check=True,
                       env={**os.environ, "PGOPTIONS": "-c client_min_messages=warning"})

    def environment(self):
        # A database server needs its vault master key set (docs/tenants.md); a throw-away one per run.
        return {"SPRING_DATASOURCE_URL": f"jdbc:postgresql://127.0.0.1:5432/test?currentSchema={self.schema}",
                "SPRING_DATASOURCE_USERNAME": "postgres", "SPRING_DATASOURCE_PASSWORD": "",
                "FACTUS_API_MASTER_KEY": base64.b64encode(os.urandom(32)).decode(),
                "FACTUS_API_JWT_SECRET": base64.b64encode(os.urandom(48)).decode()}

    def close(self):
        self.psql(f"DROP SCHEMA {self.schema} CASCADE")


def wait_until(check, process, seconds, interval=0.5):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"process {process.args} exited with {process.returncode}; see {RAW}")
        try:
            if check():
                return
        except Exception:
            pass
        time.sleep(interval)
    sys.exit(f"{process.args} not ready after {seconds} s; see {RAW}")


def wrk(url, body_file, header, connections, threads, duration, label, watched_pids):
    """header: "Name: value", or a file with one such line per tenant (requests take them in turn)."""
    env = os.environ.copy()
    credential = {"BENCH_HEADER_FILE": header} if os.path.isfile(header) else {"BENCH_HEADER": header}
    env.update({"BENCH_BODY_FILE": body_file, **credential, "BENCH_PREFIX": f"{label}-{int(time.time() * 1000)}"})
    command = ["wrk", "--latency", "-t", str(threads), "-c", str(connections), "-d", duration, "--timeout", "10s",
               "-s", os.path.join(BENCH, "wrk/invoices.lua"), url]
    cpu_before = {name: cpu_seconds(pid) for name, pid in watched_pids.items()}
    load_before = load_average()
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output, _ = child.communicate()
    cpu = {name: cpu_seconds(pid) - cpu_before[name] for name, pid in watched_pids.items()}
    with open(os.path.join(RAW, f"wrk-{label}.txt"), "w") as f:
        f.write(" ".join(command) + "\n" + output)
    match = re.search(r"^BENCH (.*)$", output, re.M)
    if not match:
        sys.exit(f"wrk printed no figures for {label}:\n{output}")
    figures = {k: float(v) for k, v in (pair.split("=") for pair in match.group(1).split())}
    seconds = figures["duration_us"] / 1e6
    errors = sum(figures[k] for k in ("status_errors", "connect_errors", "read_errors", "write_errors", "timeouts"))
    ok = figures["requests"] - figures["status_errors"]
    return {
        "label": label, "requests": int(figures["requests"]), "ok": int(ok), "errors": int(errors),
        "rps": ok / seconds, "seconds": seconds,
        "p50_ms": figures["p50_us"] / 1000, "p90_ms": figures["p90_us"] / 1000, "p99_ms": figures["p99_us"] / 1000,
        "cpu": cpu, "load": max(load_before, load_average()),
    }


class WrkCpu:
    """CPU seconds used by finished wrk children so far (os.times counts waited-for children)."""

    def __init__(self):
        self.before = sum(os.times()[2:4])

    def since(self):
        return sum(os.times()[2:4]) - self.before


class Recording:
    """A JFR recording of the measured phase only (started after warm-up), summarised into raw/profile-*.txt."""

    def __init__(self, pid, label):
        self.pid = pid
        self.file = os.path.join(RAW, f"{label}.jfr")
        self.summary = os.path.join(RAW, f"profile-{label}.txt")
        self.jcmd("JFR.start", "name=bench", "settings=profile", f"filename={self.file}")

    def jcmd(self, *command):
        jcmd = os.path.join(os.environ.get("JAVA_HOME", "/usr"), "bin/jcmd")
        subprocess.run([jcmd, str(self.pid), *command], check=True, capture_output=True)

    def stop(self):
        self.jcmd("JFR.stop", "name=bench")
        jfr = os.path.join(os.environ.get("JAVA_HOME", "/usr"), "bin/jfr")
        samples = subprocess.run([jfr, "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", self.file],
                                 capture_output=True, text=True).stdout
        others = subprocess.run([jfr, "print", "--events", "jdk.GarbageCollection,jdk.Compilation", self.file],
                                capture_output=True, text=True).stdout
        with open(self.summary, "w") as f:
            f.write(pauses(others) + profile_summary(samples))
        print(f"profile of the measured phase: {self.summary}", flush=True)


def pauses(events):
    """GC pause and JIT compilation totals of the recording (compilations over the profile threshold, 100 ms)."""
    def total(pattern):
        values = [float(v) * (1000 if unit == "s" else 1) for v, unit in re.findall(pattern, events)]
        return len(values), sum(values)
    gcs, gc_ms = total(r"sumOfPauses = ([\d.]+) (m?s)")
    compilations, compile_ms = total(r"jdk.Compilation \{[^}]*?duration = ([\d.]+) (m?s)")
    return (f"GC: {gcs} collections, {gc_ms:.0f} ms of pauses; JIT: {compilations} compilations over 100 ms, "
            f"{compile_ms:.0f} ms\n")


def profile_summary(samples):
    """Top frames by self time, and the project's and the libraries' frames by inclusive time."""
    own, inclusive = {}, {}
    stacks = [re.findall(r"^\s+([\w.$<>]+)\(", event, re.M) for event in samples.split("jdk.ExecutionSample")]
    stacks = [frames for frames in stacks if frames]
    for frames in stacks:
        own[frames[0]] = own.get(frames[0], 0) + 1
        for frame in set(frames):
            inclusive[frame] = inclusive.get(frame, 0) + 1
    total = max(len(stacks), 1)

    def top(counts, count, keep=lambda frame: True):
        ranked = sorted(((n, f) for f, n in counts.items() if keep(f)), reverse=True)[:count]
        return [f"{100 * n / total:5.1f}%  {f}" for n, f in ranked]
    return "\n".join([f"{len(stacks)} execution samples", "", "Self time:", *top(own, 40), "",
                      "Inclusive, co.factusapi:", *top(inclusive, 40, lambda f: f.startswith("co.factusapi")), "",
                      "Inclusive, all:", *top(inclusive, 100)]) + "\n"


def delta(after, before):
    requests = {k: v - before["requests"].get(k, 0) for k, v in after["requests"].items()}
    return {"connections": after["connections_accepted"] - before["connections_accepted"],
            "tokens": after["tokens_issued"] - before["tokens_issued"],
            "invoices": after["invoices_created"] - before["invoices_created"],
            "requests": {k: v for k, v in requests.items() if v}}


SERVICE_BODY = os.path.join(BENCH, "payloads/service-invoice.json")
FACTUS_BODY = os.path.join(BENCH, "payloads/factus-bill.json")


def seconds_of(duration):
    units = {"s": 1, "m": 60, "h": 3600}
    return float(duration[:-1]) * units[duration[-1]] if duration[-1] in units else float(duration)


def measure(args, name, url, body, header, connections, pids):
    wrk(url, body, header, connections, args.threads, args.warmup, f"{name}-warmup", pids)
    wrk_cpu = WrkCpu()
    result = wrk(url, body, header, connections, args.threads, args.duration, name, pids)
    result["cpu"]["wrk"] = wrk_cpu.since()
    return result


def service_phase(args, emulator, service, database, label, credential, connections):
    """Warm-up, then the measured wrk phase through the service, with the emulator's counters around it."""
    url = service.base + "/api/v1/invoices"
    pids = {"emulator": emulator.process.pid, "service": service.process.pid}
    wrk(url, SERVICE_BODY, credential, connections, args.threads, args.warmup, label + "-warmup", pids)
    before = emulator.settled_counters()
    recording = Recording(service.process.pid, label) if args.profile else None
    wrk_cpu = WrkCpu()
    result = wrk(url, SERVICE_BODY, credential, connections, args.threads, args.duration, label, pids)
    result["cpu"]["wrk"] = wrk_cpu.since()
    after = emulator.settled_counters()
    if recording:
        recording.stop()
        result["profile"] = recording.summary
    result.update({"database": database.name, "startup_s": service.startup_seconds,
                   "peak_rss_mb": peak_rss_mb(service.process.pid), "run": delta(after, before),
                   "lifetime": {"connections": after["connections_accepted"], "tokens": after["tokens_issued"]}})
    print(line(result), flush=True)
    return result


def open_loop(args, url, body, header, rate, label, pids):
    """The constant-rate generator (openloop.py) in its own process: latency from each request's due time."""
    output = os.path.join(RAW, f"openloop-{label}.json")
    cpu_before = {name: cpu_seconds(pid) for name, pid in pids.items()}
    load_before = load_average()
    generator_cpu = WrkCpu()
    subprocess.run([sys.executable, os.path.join(BENCH, "openloop.py"), "--url", url, "--body", body, "--header",
                    header, "--rate", f"{rate:.1f}", "--duration", str(seconds_of(args.open_loop_duration)),
                    "--warmup", str(seconds_of(args.open_loop_warmup)), "--json", output], check=True)
    with open(output) as f:
        figures = json.load(f)
    figures.update({"label": label, "load": max(load_before, load_average()),
                    "cpu": {name: cpu_seconds(pid) - cpu_before[name] for name, pid in pids.items()}})
    figures["cpu"]["generator"] = generator_cpu.since()
    print(f"{label:32} {figures['ok']:8d} ok at {rate:.0f}/s  p50 {figures['p50_ms']:7.1f}  "
          f"p99 {figures['p99_ms']:7.1f} ms  schedule error p99 {figures['schedule_error_p99_ms']:.1f} ms  "
          f"errors {figures['errors']}", flush=True)
    return figures


def scenario(args, emulator, latency, connections, databases, pool_size):
    tag = f"{latency}ms-c{connections}"
    os.environ["FACTUS_MAX_CONNECTIONS"] = str(pool_size)
    emulator.prepare(latency)
    token = emulator.token()
    direct = measure(args, f"direct-{tag}", emulator.base + "/v1/bills/validate", FACTUS_BODY,
                     "Authorization: Bearer " + token, connections, {"emulator": emulator.process.pid})
    print(line(direct), flush=True)
    rows = [direct]
    for database_type in databases:
        database = database_type()
        emulator.prepare(latency)
        try:
            service = Service(emulator, args.service_jvm_opts, database, f"{tag}-{database.name}")
        except SystemExit:
            database.close()
            raise
        try:
            label = f"service-{database.name}-{tag}"
            result = service_phase(args, emulator, service, database, label, "X-API-Key: " + service.api_key(),
                                   connections)
            if latency and args.open_loop_share:
                result["open_loop"] = open_loop_pair(args, emulator, service, result, f"{database.name}-{latency}ms")
            rows.append(result)
        finally:
            service.close()
            database.close()
    return {"latency_ms": latency, "connections": connections, "pool_size": pool_size, "rows": rows}


def open_loop_pair(args, emulator, service, closed_loop, tag):
    """Direct and through the service at the same fixed rate, a share of the capacity the closed loop measured."""
    rate = args.open_loop_share * closed_loop["rps"]
    token = emulator.token()
    direct = open_loop(args, emulator.base + "/v1/bills/validate", FACTUS_BODY, "Authorization: Bearer " + token,
                       rate, f"open-loop-direct-{tag}", {"emulator": emulator.process.pid})
    through = open_loop(args, service.base + "/api/v1/invoices", SERVICE_BODY, "X-API-Key: " + service.api_key(),
                        rate, f"open-loop-service-{tag}",
                        {"emulator": emulator.process.pid, "service": service.process.pid})
    return {"rate": rate, "share": args.open_loop_share, "direct": direct, "service": through}


def dian_check_digit(nit):
    """DIAN's verification digit (modulo 11 over prime weights from the right)."""
    weights = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71]
    total = sum(int(d) * w for d, w in zip(reversed(str(nit)), weights))
    remainder = total % 11
    return remainder if remainder < 2 else 11 - remainder


def tenants_phase(args, emulator, database_type, count, connections):
    """count tenants, each with its own emulator account (no rate limit) and API key, issuing at the same time."""
    os.environ["FACTUS_MAX_CONNECTIONS"] = str(args.pool_size)
    database = database_type()
    emulator.prepare(0)
    keys_file = os.path.join(RAW, f"tenant-keys-{database.name}.txt")
    service = Service(emulator, args.service_jvm_opts, database, f"tenants-{database.name}")
    try:
        admin = service.admin()
        accounts, credentials = [], []
        for i in range(count):
            account = emulator.control("POST", "/__emulator/accounts",
                                       {"name": f"bench-{i}", "rate_limit_per_minute": 0})
            nit = 901000000 + i
            tenant = http("POST", service.base + "/api/v1/tenants", {
                "name": f"Bench tenant {i}", "nit": f"{nit}-{dian_check_digit(nit)}",
                "factus": {"base_url": emulator.base, "client_id": account["client_id"],
                           "client_secret": account["client_secret"], "username": account["username"],
                           "password": account["password"]}}, admin)
            credentials.append("X-API-Key: " + service.api_key({**admin, "Factus-Tenant": tenant["id"]}))
            accounts.append(account["id"])
        with open(keys_file, "w") as f:
            f.write("\n".join(credentials) + "\n")
        onboarded = [account_counters(emulator, a)["tokens_issued"] for a in accounts]
        label = f"service-{database.name}-{count}-tenants"
        result = service_phase(args, emulator, service, database, label, keys_file, connections)
        per_account = [account_counters(emulator, a) for a in accounts]
        # Onboarding proves the credentials with a token grant of its own (docs/tenants.md): counted apart.
        result["tenants"] = {"count": count, "onboarding_tokens": onboarded,
                             "tokens": [c["tokens_issued"] - o for c, o in zip(per_account, onboarded)],
                             "invoices": [c["invoices_created"] for c in per_account]}
        return result
    finally:
        service.close()
        database.close()
        if os.path.exists(keys_file):
            os.remove(keys_file)


def account_counters(emulator, account):
    return emulator.control("GET", f"/__emulator/counters?account={account}")


def startup_phase(args, database_types):
    """Time to readiness of the packaged jar, and of the recommended way (scripts/fast-start.sh: the jar extracted,
    Spring's AOT bean definitions, the JDK's AOT cache from a training run). Warm: the first start (which creates
    and migrates the database) is not counted, and the OS has just read the files."""
    app = os.path.join(RAW, "app")
    fast_start = os.path.join(ROOT, "scripts/fast-start.sh")
    env = {**os.environ, "JAVA_OPTS": args.service_jvm_opts}
    started = time.monotonic()
    subprocess.run(["bash", fast_start, "prepare", app], env=env, check=True, capture_output=True)
    training_s = time.monotonic() - started
    os.environ["JAVA_OPTS"] = args.service_jvm_opts
    modes = {"packaged jar (java -jar)": [java_binary(), *args.service_jvm_opts.split(), "-jar", SERVICE_JAR],
             "scripts/fast-start.sh run": ["bash", fast_start, "run", app]}
    rows = []
    for database_type in database_types:
        database = database_type()
        data_dir = tempfile.mkdtemp(prefix="factus-bench-start-")
        try:
            Service(None, args.service_jvm_opts, database, f"startup-first-{database.name}", data_dir=data_dir).close()
            for mode, command in modes.items():
                times = []
                for run in range(args.startup_runs):
                    service = Service(None, None, database, f"startup-{database.name}-{run}", command, data_dir)
                    times.append(service.startup_seconds)
                    service.close()
                rows.append({"database": database.name, "mode": mode, "seconds": times})
                print(f"start-up {database.name:10} {mode:26} " + " ".join(f"{t:.2f}" for t in times) + " s",
                      flush=True)
        finally:
            database.close()
            shutil.rmtree(data_dir, ignore_errors=True)
    return {"rows": rows, "training_s": training_s,
            "cache_mb": os.path.getsize(os.path.join(app, "factus-api.aot")) / 1e6}


def line(r):
    return (f"{r['label']:32} {r['rps']:8.0f} req/s  p50 {r['p50_ms']:7.1f}  p90 {r['p90_ms']:7.1f}  "
            f"p99 {r['p99_ms']:7.1f} ms  errors {r['errors']}  load {r['load']:.2f}")


PHASES = ("zero", "latency", "tenants", "startup", "cluster")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", default="40s", help="wrk duration of each measured phase (default 40s)")
    parser.add_argument("--warmup", default="20s", help="wrk warm-up before each measured phase (default 20s)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument("--connections", type=int, default=64, help="connections at zero latency (default 64)")
    parser.add_argument("--clients", type=int, default=200, help="clients at the latency scenario (default 200)")
    parser.add_argument("--latency", type=int, default=100, help="upstream validate latency in ms (default 100)")
    parser.add_argument("--postgres", action="store_true", help="kept for old command lines: PostgreSQL is measured "
                        "unless --no-postgres")
    parser.add_argument("--no-postgres", action="store_true", help="measure the service on H2 only")
    parser.add_argument("--only", help="comma-separated phases to run, of " + ", ".join(PHASES) + " (default all)")
    parser.add_argument("--pool-size", type=int, default=64,
                        help="FACTUS_MAX_CONNECTIONS of the service at zero latency (default 64)")
    parser.add_argument("--latency-pool-size", type=int,
                        help="FACTUS_MAX_CONNECTIONS in the latency scenario (default: --clients, since "
                             "clients / latency calls per second need that many connections in flight)")
    parser.add_argument("--open-loop-share", type=float, default=0.5,
                        help="open-loop rate as a share of the closed-loop capacity at --latency (default 0.5; 0: skip)")
    parser.add_argument("--open-loop-duration", default="40s", help="measured open-loop seconds (default 40s)")
    parser.add_argument("--open-loop-warmup", default="10s", help="open-loop seconds before measuring (default 10s)")
    parser.add_argument("--tenants", type=int, default=100, help="tenants issuing at once (default 100)")
    parser.add_argument("--startup-runs", type=int, default=3, help="starts timed per way and database (default 3)")
    parser.add_argument("--cluster-duration", default="30s", help="measured cluster phase (default 30s)")
    parser.add_argument("--cluster-port", type=int, default=18180, help="HAProxy's port in the cluster phase")
    parser.add_argument("--profile", action="store_true", help="kept for old command lines: JFR is on unless "
                        "--no-profile")
    parser.add_argument("--no-profile", action="store_true",
                        help="do not JFR-record the measured service phases at zero latency")
    parser.add_argument("--service-jvm-opts", default=RECOMMENDED_SERVICE_OPTS)
    parser.add_argument("--emulator-jvm-opts", default=EMULATOR_OPTS)
    parser.add_argument("--output", default=os.path.join(RESULTS, "latest"), help="results path without suffix")
    args = parser.parse_args()
    phases = set((args.only or ",".join(PHASES)).split(","))
    unknown = phases - set(PHASES)
    if unknown:
        parser.error("unknown phases " + ", ".join(sorted(unknown)))
    os.makedirs(RAW, exist_ok=True)
    started = datetime.datetime.now(datetime.timezone.utc)
    load_at_start = load_average()
    databases = [H2] if args.no_postgres else [H2, Postgres]
    run = {"started": started.strftime("%Y-%m-%d %H:%M UTC"), "load_at_start": load_at_start,
           "command": "bench/run.sh " + " ".join(sys.argv[1:]), "args": vars(args), "scenarios": [],
           "tenants": [], "java": subprocess.run([java_binary(), "-version"], capture_output=True,
                                                 text=True).stderr.splitlines()[0], "cpus": os.cpu_count()}
    emulator = Emulator(args.emulator_jvm_opts)
    try:
        if "zero" in phases:
            args.profile = not args.no_profile
            run["scenarios"].append(scenario(args, emulator, 0, args.connections, databases, args.pool_size))
            args.profile = False
        if "latency" in phases:
            run["scenarios"].append(scenario(args, emulator, args.latency, args.clients, databases,
                                             args.latency_pool_size or args.clients))
        if "tenants" in phases:
            run["tenants"] = [tenants_phase(args, emulator, db, args.tenants, args.connections) for db in databases]
    finally:
        stop(emulator.process)
    if "startup" in phases:
        run["startup"] = startup_phase(args, databases)
    if "cluster" in phases and not args.no_postgres:
        import cluster
        result, counters = cluster.measure(args.cluster_duration, args.warmup, args.threads, args.connections, 0,
                                           args.cluster_port)
        run["cluster"] = {"result": result, "counters": counters, "connections": args.connections}
    with open(os.path.join(RAW, "latest.json"), "w") as f:
        json.dump(run, f, indent=2)
    import report
    report.write(run, args.output)


if __name__ == "__main__":
    main()
