#!/usr/bin/env bash
# Build the Docker image and run it, then check /readyz, a POST of the seed article, one bad
# request, and what `buildah inspect` says of user, healthcheck and command.
#
# No Docker engine here: buildah with chroot isolation and a Debian base made with debootstrap
# (../shared/docs/containers.md). A real deployment uses `docker build` / `docker run` unchanged.
#   scripts/container-check.sh            # about 5-10 minutes the first time
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18080}
IMAGE=localhost/quotesvc:check
BASE=localhost/bookworm-python:base
t0=$(date +%s)

if ! command -v buildah >/dev/null || ! command -v debootstrap >/dev/null; then
  apt-get update -qq && apt-get install -y -qq buildah podman debootstrap >/dev/null
fi
if ! buildah inspect --type image "$BASE" >/dev/null 2>&1; then
  mirror=$(sed -n 's/^URIs: //p' /etc/apt/sources.list.d/debian.sources | head -n1)
  rootfs=$(mktemp -d)
  debootstrap --variant=minbase --include=python3,python3-venv,ca-certificates bookworm "$rootfs" "$mirror" >/dev/null
  tar -C "$rootfs" -c . | podman import - "$BASE" >/dev/null
  rm -rf "$rootfs"
fi
wheels=$(pip config list 2>/dev/null | sed -n "s/^global.find-links='\(.*\)'/\1/p" | head -n1)
wheels=${wheels:-/opt/wheels}
buildah bud --format docker --isolation chroot --network=host \
  -v /etc/ssl/certs/ca-certificates.crt:/etc/ssl/certs/ca-certificates.crt:ro \
  -v "$wheels":/wheels:ro \
  --build-arg BASE_IMAGE="$BASE" --build-arg PIP_FIND_LINKS=/wheels --build-arg TORCH_INDEX_URL= \
  -t "$IMAGE" . >/tmp/quotesvc-build.log 2>&1 || { tail -40 /tmp/quotesvc-build.log; exit 1; }
echo "built $IMAGE in $(( $(date +%s) - t0 )) s"

inspect() { buildah inspect --type image --format "$1" "$IMAGE"; }
user=$(inspect '{{.OCIv1.Config.User}}')
cmd=$(inspect '{{.OCIv1.Config.Cmd}}')
health=$(inspect '{{.Docker.Config.Healthcheck}}')
exposed=$(inspect '{{.OCIv1.Config.ExposedPorts}}')
size=$(buildah images --format '{{.Size}}' "$IMAGE" | head -n1)
echo "user=$user cmd=$cmd exposed=$exposed size=$size"
echo "healthcheck=$health"
[ "$user" = quotesvc ] || { echo "FAIL: image must not run as root"; exit 1; }
case "$cmd" in *gunicorn*) ;; *) echo "FAIL: command is not gunicorn"; exit 1;; esac
case "$health" in *readyz*) ;; *) echo "FAIL: no HEALTHCHECK on /readyz"; exit 1;; esac
case "$exposed" in *8000*) ;; *) echo "FAIL: port 8000 not exposed"; exit 1;; esac

ctr=$(buildah from "$IMAGE")
cleanup() { pkill -f "quotesvc.gunicorn_conf" 2>/dev/null || true; buildah rm "$ctr" >/dev/null 2>&1 || true; }
trap cleanup EXIT
buildah run --isolation chroot --network=host --user quotesvc \
  --env QUOTESVC_PORT="$PORT" --env QUOTESVC_HOST=127.0.0.1 "$ctr" -- \
  gunicorn -c python:quotesvc.gunicorn_conf quotesvc.wsgi:app >/tmp/quotesvc-container.log 2>&1 &
for _ in $(seq 1 240); do
  curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break
  sleep 0.5
done
curl -sf "http://127.0.0.1:$PORT/readyz" || { echo "FAIL: not ready"; tail -30 /tmp/quotesvc-container.log; exit 1; }
echo
python3 - "$PORT" <<'PY'
import json, sys, urllib.request, urllib.error
port = sys.argv[1]
text = open("fixtures/seed_article.txt", encoding="utf-8").read()
req = urllib.request.Request(f"http://127.0.0.1:{port}/v1/quotes", json.dumps({"text": text}).encode(),
                             {"Content-Type": "application/json"})
body = json.load(urllib.request.urlopen(req, timeout=120))
speakers = {q["speaker"]["name"] for q in body["quotes"] if q["speaker"]}
sources = {q["source"]["name"] for q in body["quotes"] if q["source"]}
print(f"seed article: {len(body['quotes'])} quotes; speakers {sorted(speakers)}; sources {sorted(sources)}")
assert "John Kerry" in speakers and "IRNA" in sources, body
bad = urllib.request.Request(f"http://127.0.0.1:{port}/v1/quotes", b'{"text": ""}', {"Content-Type": "application/json"})
try:
    urllib.request.urlopen(bad, timeout=30)
    raise SystemExit("FAIL: empty text accepted")
except urllib.error.HTTPError as e:
    err = json.load(e)
    print(f"bad request: {e.code} {err['error']['code']}")
    assert e.code == 422 and err["error"]["code"] == "validation_error"
PY
echo "container check passed in $(( $(date +%s) - t0 )) s"
