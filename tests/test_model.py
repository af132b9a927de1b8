"""The bundled Stanza model: loads offline, parses the seed article well-formed; clear errors."""

import socket

import pytest

from quotesvc.errors import ModelLoadError, ModelNotFoundError
from quotesvc.modelpack import bundled_model_dir, load_pipeline

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def seed_doc(seed_text):
    from quotesvc.parse import parse_texts

    real_connect = socket.socket.connect

    def no_network(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            raise AssertionError(f"network access during model load/parse: {address}")
        return real_connect(self, address)

    socket.socket.connect = no_network
    try:
        nlp = load_pipeline(bundled_model_dir())
        return parse_texts(nlp, [seed_text])[0]
    finally:
        socket.socket.connect = real_connect


def test_model_bundled_dir_is_a_stanza_resources_dir():
    import json

    d = bundled_model_dir()
    resources = json.loads((d / "resources.json").read_text())
    for proc in ("tokenize", "mwt", "pos", "lemma", "depparse"):
        (pkg,) = resources["en"][proc]
        assert (d / "en" / proc / f"{pkg}.pt").is_file()
    assert (d / "MODEL_CARD.md").is_file()
    size = sum(p.stat().st_size for p in d.rglob("*") if p.is_file())
    assert size <= 60 * 1024 * 1024


def test_model_plain_stanza_loads_the_dir():
    import stanza

    nlp = stanza.Pipeline("en", dir=str(bundled_model_dir()), download_method=None, logging_level="WARN")
    doc = nlp("The minister said the talks would resume.")
    assert doc.sentences[0].words[0].deprel


def test_model_parse_is_well_formed(seed_doc):
    assert len(seed_doc.sentences) > 20
    for s in seed_doc.sentences:
        if not s.parsed:
            continue
        roots = [w for w in s.words if w.head == 0]
        assert len(roots) == 1
        for w in s.words:
            assert 0 <= w.head <= len(s.words) and w.head != w.id and w.deprel
            seen, h = set(), w
            while h.head:  # every word reaches the root: no cycles
                assert h.id not in seen
                seen.add(h.id)
                h = h.head_word


def test_model_kerry_is_subject_of_said(seed_doc):
    text = seed_doc.text
    anchor = text.index("Kerry said, “and")
    kerry = next(w for s in seed_doc.sentences for w in s.words if w.start == anchor)
    assert kerry.text == "Kerry" and kerry.deprel == "nsubj"
    assert kerry.head_word.text == "said" and kerry.head_word.lemma == "say"


def test_model_missing_dir_is_one_clear_error(tmp_path):
    with pytest.raises(ModelNotFoundError) as e:
        load_pipeline(tmp_path / "missing")
    assert str(tmp_path / "missing") in str(e.value)


def test_model_corrupt_dir_is_one_clear_error(tmp_path):
    import shutil

    d = tmp_path / "corrupt"
    shutil.copytree(bundled_model_dir(), d)
    (d / "en" / "depparse").joinpath(next((d / "en" / "depparse").iterdir()).name).write_bytes(b"not a model")
    with pytest.raises(ModelLoadError) as e:
        load_pipeline(d)
    assert str(d) in str(e.value)


def test_model_env_var_selects_another_dir(tmp_path, monkeypatch):
    from quotesvc.modelpack import model_dir

    monkeypatch.setenv("QUOTESVC_MODEL_DIR", str(tmp_path))
    assert model_dir() == tmp_path.resolve()
    assert model_dir("/x/y") == __import__("pathlib").Path("/x/y")


def test_model_loads_without_building_training_optimizers():
    # Stanza builds an optimizer per trainer even to predict, and building one imports
    # torch._dynamo (1.1 s, 70 MB): quotesvc loads without it, and the optimizer factories are
    # Stanza's own again afterwards.
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from stanza.models.common import utils\n"
        "real = utils.get_optimizer\n"
        "from quotesvc.modelpack import load_pipeline\n"
        "nlp = load_pipeline()\n"
        "print('torch._dynamo' in sys.modules, utils.get_optimizer is real, sorted(nlp.processors))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split("\n")[0] == "False True ['depparse', 'lemma', 'mwt', 'pos', 'tokenize']"


def test_model_with_optimizer_state_falls_back_to_stanzas_own_load(monkeypatch):
    # A model saved with its optimizer's state cannot load without the optimizer: it is loaded again
    # as Stanza loads it.
    import stanza
    from stanza.models.common import utils

    real_pipeline, tries = stanza.Pipeline, []

    def pipeline(*args, **kwargs):
        tries.append(utils.get_optimizer(None, None, 0.1))
        if len(tries) == 1:
            raise KeyError("general_optimizer")  # what Stanza raises on optimizer state
        return real_pipeline(*args, **kwargs)

    monkeypatch.setattr(utils, "get_optimizer", lambda *a, **k: "stanza's optimizer")
    monkeypatch.setattr(stanza, "Pipeline", pipeline)
    nlp = load_pipeline(bundled_model_dir())
    assert tries == [None, "stanza's optimizer"] and "depparse" in nlp.processors
