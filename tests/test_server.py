"""quotesvc under gunicorn on a loopback port: real HTTP, real model, parallel clients."""

import json
import socket
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.servers import request, serve

pytestmark = [pytest.mark.model, pytest.mark.server]


SLOW_CLIENTS = 8
READ_TIMEOUT = 3


@pytest.fixture(scope="module")
def server_log(tmp_path_factory):
    return tmp_path_factory.mktemp("server") / "stderr.log"


@pytest.fixture(scope="module")
def server(server_log):
    with serve(
        server_log,
        QUOTESVC_MAX_PENDING="64",
        QUOTESVC_WORKER_THREADS="12",
        QUOTESVC_TIMEOUT="120",
        QUOTESVC_READ_TIMEOUT=str(READ_TIMEOUT),
        QUOTESVC_MAX_BODY_BYTES="300000",
    ) as base:
        yield base


def test_server_seed_article_over_http(server, seed_text):
    status, body = request(server + "/v1/quotes", {"text": seed_text, "id": "seed"})
    assert status == 200
    speakers = {q["speaker"]["name"] for q in body["quotes"] if q["speaker"]}
    assert "John Kerry" in speakers and "Qassim al-Moussawi" in speakers
    assert any(q["source"] and q["source"]["name"] == "IRNA" for q in body["quotes"])


def test_server_bad_request_is_json(server):
    status, body = request(server + "/v1/quotes", {"text": ""})
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
            status, body = request(server + "/v1/quotes", {"text": text, "id": f"{c}-{r}"})
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


def _raw(port_url: str, payload: bytes, timeout: float = 10) -> tuple[int, dict]:
    """Send PAYLOAD as the whole HTTP request; the status and JSON body of the answer."""
    host, port = port_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=timeout) as s:
        s.sendall(payload)
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    assert b"application/json" in head.lower(), head
    return int(head.split()[1]), json.loads(body)


def test_server_gunicorn_errors_are_json(server):
    status, body = _raw(server, b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\nHost: x\r\n\r\n")
    assert status == 414 and body["error"]["code"] == "uri_too_long"
    headers = b"".join(b"X-H%d: v\r\n" % i for i in range(150))
    status, body = _raw(server, b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + headers + b"\r\n")
    assert status == 431 and body["error"]["code"] == "headers_too_large"


def test_server_chunked_body_over_the_limit_is_413(server):
    chunk = b"x" * 50_000
    body = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(8)) + b"0\r\n\r\n"
    head = b"POST /v1/quotes HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n"
    status, answer = _raw(server, head + b"Connection: close\r\n\r\n" + body)
    assert status == 413 and answer["error"]["code"] == "body_too_large"


def test_server_slow_clients_do_not_starve_health_checks(server):
    """Clients trickling their headers hold a thread only until the read deadline; meanwhile
    /healthz answers, and the trickling connections are dropped before they finish."""
    import threading

    host, port = server.removeprefix("http://").split(":")
    dropped = []

    def slow_client():
        with socket.create_connection((host, int(port)), timeout=30) as s:
            s.sendall(b"POST /v1/quotes HTTP/1.1\r\nHost: x\r\n")
            try:
                for i in range(4 * READ_TIMEOUT * 2):  # would trickle for 4x the read deadline
                    time.sleep(0.5)
                    s.sendall(b"X-Slow-%d: y\r\n" % i)
            except OSError:
                dropped.append(True)  # the server closed the connection
                return
            dropped.append(s.recv(1) == b"")

    threads = [threading.Thread(target=slow_client) for _ in range(SLOW_CLIENTS)]
    for t in threads:
        t.start()
    time.sleep(1.0)  # every slow client is connected and mid-headers
    try:
        assert request(server + "/healthz", timeout=1)[0] == 200
        assert request(server + "/readyz", timeout=1)[0] == 200
    finally:
        for t in threads:
            t.join()
    assert dropped == [True] * SLOW_CLIENTS


def test_server_logs_are_json_lines_and_say_ready(server, server_log):
    assert request(server + "/healthz")[0] == 200
    lines = [line for line in server_log.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [json.loads(line) for line in lines]  # every line is JSON
    assert any(r.get("message", "").startswith("ready:") for r in records)
    assert any(r.get("logger", "").startswith("gunicorn") for r in records)


def test_server_health_is_answered_during_a_long_extraction(server):
    """A hostile text (a flood of short quotes) keeps the model busy for seconds; /healthz still
    answers meanwhile, and the flood itself gets a correct result."""
    import threading

    flood = "“a,” he said. " * 1500  # 21,000 characters, 1,500 parsed sentences
    answer: list[tuple[int, dict]] = []
    worker = threading.Thread(target=lambda: answer.append(request(server + "/v1/quotes", {"text": flood})))
    worker.start()
    time.sleep(0.5)  # the extraction is under way
    try:
        statuses = [request(server + "/healthz", timeout=1)[0] for _ in range(3)]
        assert statuses == [200, 200, 200]
    finally:
        worker.join()
    status, body = answer[0]
    assert status == 200 and len(body["quotes"]) == 1500
