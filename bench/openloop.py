#!/usr/bin/env python3
"""A constant-rate (open-loop) load generator: request i is due at start + i / rate whether or not earlier ones have
answered, so a slow answer cannot slow the load down and hide itself (coordinated omission). Latency is measured
from the time a request was due, and the generator reports its own schedule error (how late it sent each request).

Standard library only; bench.py runs it in its own process so its CPU is counted apart. Every request posts the body
file with {{REF}} replaced by a unique reference, keeping HTTP/1.1 connections alive in a pool.
Usage: openloop.py --url URL --body FILE --header "Name: value" --rate 300 --duration 40 [--warmup 10] --json OUT
"""
import argparse
import asyncio
import json
import os
import time
import urllib.parse


class Connection:
    def __init__(self, reader, writer):
        self.reader, self.writer = reader, writer

    async def exchange(self, request):
        self.writer.write(request)
        await self.writer.drain()
        status = int((await self.reader.readline()).split()[1])
        length, chunked, close = 0, False, False
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.decode("latin-1").partition(":")
            name, value = name.strip().lower(), value.strip().lower()
            if name == "content-length":
                length = int(value)
            elif name == "transfer-encoding" and "chunked" in value:
                chunked = True
            elif name == "connection" and value == "close":
                close = True
        if chunked:
            while True:
                size = int((await self.reader.readline()).split(b";")[0], 16)
                await self.reader.readexactly(size + 2)
                if size == 0:
                    break
        elif length:
            await self.reader.readexactly(length)
        return status, close


class Generator:
    def __init__(self, args):
        url = urllib.parse.urlsplit(args.url)
        self.host, self.port, self.path = url.hostname, url.port or 80, url.path
        with open(args.body) as f:
            self.template = f.read()
        self.header = args.header
        self.prefix = f"ol-{os.getpid()}-{int(time.time() * 1000)}-"
        self.idle = []
        self.latencies, self.lateness, self.statuses, self.failures = [], [], {}, 0

    def request(self, number):
        body = self.template.replace("{{REF}}", f"{self.prefix}{number}").encode()
        head = (f"POST {self.path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n{self.header}\r\n"
                f"Content-Type: application/json\r\nAccept: application/json\r\nContent-Length: {len(body)}\r\n\r\n")
        return head.encode() + body

    async def send(self, number, due, loop, recorded):
        sent = loop.time()
        try:
            connection = self.idle.pop() if self.idle else Connection(
                *await asyncio.open_connection(self.host, self.port))
            status, close = await connection.exchange(self.request(number))
        except (OSError, asyncio.IncompleteReadError, ValueError, IndexError):
            if recorded:
                self.failures += 1
            return
        finished = loop.time()
        if close:
            connection.writer.close()
        else:
            self.idle.append(connection)
        if recorded:
            self.latencies.append(finished - due)
            self.lateness.append(sent - due)
            self.statuses[status] = self.statuses.get(status, 0) + 1

    async def run(self, rate, warmup, duration):
        loop = asyncio.get_running_loop()
        start = loop.time()
        total = int(rate * (warmup + duration))
        first_recorded = int(rate * warmup)
        tasks = []
        for number in range(total):
            due = start + number / rate
            delay = due - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.ensure_future(self.send(number, due, loop, number >= first_recorded)))
        await asyncio.gather(*tasks)
        return loop.time() - start


def percentile(values, p):
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", required=True)
    parser.add_argument("--body", required=True)
    parser.add_argument("--header", required=True)
    parser.add_argument("--rate", type=float, required=True, help="requests per second")
    parser.add_argument("--duration", type=float, default=40, help="measured seconds")
    parser.add_argument("--warmup", type=float, default=10, help="seconds at the same rate before measuring")
    parser.add_argument("--json", required=True, help="where the figures go")
    args = parser.parse_args()
    generator = Generator(args)
    elapsed = asyncio.run(generator.run(args.rate, args.warmup, args.duration))
    ok = sum(n for status, n in generator.statuses.items() if 200 <= status < 300)
    ms = lambda values, p: None if not values else percentile(values, p) * 1000
    figures = {
        "rate": args.rate, "sent": len(generator.latencies) + generator.failures, "ok": ok,
        "errors": generator.failures + sum(n for s, n in generator.statuses.items() if not 200 <= s < 300),
        "statuses": generator.statuses, "elapsed_s": elapsed,
        "p50_ms": ms(generator.latencies, 50), "p90_ms": ms(generator.latencies, 90),
        "p99_ms": ms(generator.latencies, 99), "max_ms": ms(generator.latencies, 100),
        "schedule_error_p50_ms": ms(generator.lateness, 50), "schedule_error_p99_ms": ms(generator.lateness, 99),
        "schedule_error_max_ms": ms(generator.lateness, 100),
    }
    with open(args.json, "w") as f:
        json.dump(figures, f, indent=2)


if __name__ == "__main__":
    main()
