"""quotesvc under gunicorn on a loopback port: real HTTP, real model, parallel clients."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

pytestmark = [pytest.mark.model, pytest.mark.server]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _request(url, body=None, timeout=60):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"} if data else {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


@pytest.fixture(scope="module")
def server():
    port = _free_port()
    env = dict(os.environ, QUOTESVC_MAX_PENDING="64", QUOTESVC_WORKER_THREADS="12", QUOTESVC_TIMEOUT="120")
    proc = subprocess.Popen(
        [sys.executable, "-m", "quotesvc", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 180
    try:
        while time.time() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(proc.stdout.read().decode())
            try:
                if _request(base + "/readyz", timeout=2)[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.5)
        else:
            raise RuntimeError("gunicorn did not become ready")
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_server_seed_article_over_http(server, seed_text):
    status, body = _request(server + "/v1/quotes", {"text": seed_text, "id": "seed"})
    assert status == 200
    speakers = {q["speaker"]["name"] for q in body["quotes"] if q["speaker"]}
    assert "John Kerry" in speakers and "Qassim al-Moussawi" in speakers
    assert any(q["source"] and q["source"]["name"] == "IRNA" for q in body["quotes"])


def test_server_bad_request_is_json(server):
    status, body = _request(server + "/v1/quotes", {"text": ""})
    assert status == 422 and body["error"]["code"] == "validation_error"


NAMES = [
    "Maria Lopez",
    "John Okafor",
    "Aiko Tanaka",
    "Pierre Dubois",
    "Fatima Haddad",
    "Lars Nilsson",
    "Ana Costa",
    "Ravi Menon",
]


def test_server_parallel_clients_all_answered_correctly(server):
    def client(c):
        answers = []
        for r in range(20):
            name = NAMES[c]
            text = f"“We will finish phase {r} before the winter,” said {name}, the project's director."
            status, body = _request(server + "/v1/quotes", {"text": text, "id": f"{c}-{r}"})
            ok = (
                status == 200
                and body["id"] == f"{c}-{r}"
                and len(body["quotes"]) == 1
                and body["quotes"][0]["speaker"]["name"] == name
                and body["quotes"][0]["text"] == f"We will finish phase {r} before the winter,"
            )
            answers.append(ok)
        return answers

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(client, range(8)))
    assert sum(len(r) for r in results) == 160
    assert all(all(r) for r in results), [r.count(False) for r in results]
