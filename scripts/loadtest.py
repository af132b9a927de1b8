"""Load test against gunicorn on loopback (bounded: a fixed number of requests, then it stops).

    python scripts/loadtest.py [--requests 30] [--concurrency 1,2,4] [--workers 1]

Starts ``python -m quotesvc serve`` on a free 127.0.0.1 port, posts a ~1,000-word article
(made from the seed article's paragraphs) and prints requests/s and p50/p95/p99 latency per
concurrency level, and the RSS of each gunicorn worker.
"""

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

root = Path(__file__).resolve().parent.parent


def article(words=1000) -> str:
    seed = (root / "fixtures" / "seed_article.txt").read_text(encoding="utf-8")
    body = seed[: seed.index("A version of this article")]
    out = body
    while len(out.split()) < words:
        out += "\n\n" + body
    paras, n = [], 0
    for p in out.split("\n\n"):
        if n >= words:
            break
        paras.append(p)
        n += len(p.split())
    return "\n\n".join(paras)


def post(url, text):
    req = urllib.request.Request(
        url, data=json.dumps({"text": text}).encode(), headers={"Content-Type": "application/json"}
    )
    t0 = time.perf_counter()
    with urllib.request.urlopen(req, timeout=120) as r:
        r.read()
        assert r.status == 200
    return time.perf_counter() - t0


def rss_mb(pid) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=30, help="requests per concurrency level")
    ap.add_argument("--concurrency", default="1,2,4")
    ap.add_argument("--workers", type=int, default=1)
    a = ap.parse_args()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, QUOTESVC_WORKERS=str(a.workers), QUOTESVC_ACCESS_LOG="false", QUOTESVC_MAX_PENDING="32")
    proc = subprocess.Popen(
        [sys.executable, "-m", "quotesvc", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(360):
            try:
                with urllib.request.urlopen(base + "/readyz", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.5)
        text = article()
        print(f"article: {len(text.split())} words, {len(text)} chars; workers {a.workers}")
        post(base + "/v1/quotes", text)
        print(f"{'clients':>7s} {'req/s':>7s} {'p50 ms':>8s} {'p95 ms':>8s} {'p99 ms':>8s}")
        for c in [int(x) for x in a.concurrency.split(",")]:
            t0 = time.perf_counter()
            with ThreadPoolExecutor(c) as pool:
                lat = sorted(pool.map(lambda _: post(base + "/v1/quotes", text), range(a.requests)))
            wall = time.perf_counter() - t0
            q = statistics.quantiles(lat, n=100, method="inclusive")
            print(f"{c:7d} {a.requests / wall:7.2f} {q[49] * 1000:8.0f} {q[94] * 1000:8.0f} {q[98] * 1000:8.0f}")
        kids = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
        print(f"RSS: master {rss_mb(proc.pid):.0f} MB; workers {', '.join(f'{rss_mb(k):.0f}' for k in kids)} MB")
    finally:
        proc.terminate()
        proc.wait(timeout=30)


if __name__ == "__main__":
    main()
