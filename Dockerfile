# quotesvc: quote extraction service with its English Stanza model baked in; runs offline.
#
#   docker build -t quotesvc .
#   docker run -p 8000:8000 quotesvc
#
# BASE_IMAGE needs only python3 with venv on the PATH. torch is installed from PyTorch's CPU
# wheel index by default (a plain PyPI torch brings GBs of CUDA); TORCH_INDEX_URL="" with
# PIP_FIND_LINKS=/dir uses a local wheel instead (see scripts/container-check.sh).
ARG BASE_IMAGE=python:3.11-slim

FROM ${BASE_IMAGE} AS build
ARG TORCH_SPEC=torch==2.13.0
ARG TORCH_INDEX_URL=https://download.pytorch.org/whl/cpu
ARG PIP_FIND_LINKS=
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_FIND_LINKS=${PIP_FIND_LINKS}
RUN python3 -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
RUN pip install ${TORCH_INDEX_URL:+--extra-index-url ${TORCH_INDEX_URL}} "${TORCH_SPEC}"
WORKDIR /src
COPY pyproject.toml README.md ./
COPY quotesvc ./quotesvc
RUN pip install . \
 && find /opt/venv -name "__pycache__" -prune -exec rm -rf {} + \
 && rm -rf /opt/venv/lib/python3*/site-packages/torch/include /opt/venv/lib/python3*/site-packages/torch/share

FROM ${BASE_IMAGE}
COPY --from=build /opt/venv /opt/venv
RUN useradd --system --uid 10001 --home-dir /nonexistent --shell /usr/sbin/nologin quotesvc
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    QUOTESVC_HOST=0.0.0.0 QUOTESVC_PORT=8000 QUOTESVC_WORKERS=1 QUOTESVC_THREADS=2
USER quotesvc
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["python3", "-c", "import os,sys,urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:%s/readyz' % os.environ.get('QUOTESVC_PORT','8000'), timeout=4).status == 200 else 1)"]
CMD ["gunicorn", "-c", "python:quotesvc.gunicorn_conf", "quotesvc.wsgi:app"]
