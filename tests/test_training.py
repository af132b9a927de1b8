"""Training code on a tiny slice (a few sentences, a few steps): catches a change that breaks it.
The full training is never run in tests."""

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def tiny_ud(tmp_path_factory):
    """The 40-sentence EWT slice kept in fixtures/ud."""
    src = ROOT / "fixtures" / "ud"
    d = tmp_path_factory.mktemp("ud")
    for name in ("en_ewt-ud-train.conllu", "en_ewt-ud-dev.conllu"):
        blocks = (src / name).read_text(encoding="utf-8").strip().split("\n\n")[:40]
        (d / name).write_text("\n\n".join(blocks) + "\n\n", encoding="utf-8")
    return d


@pytest.mark.slow
def test_training_tiny_run_writes_a_loadable_model_dir(tiny_ud, tmp_path, capsys):
    from quotesvc.modelpack import load_pipeline
    from quotesvc_tools import training

    out = tmp_path / "model"
    argv = [
        "--ud",
        str(tiny_ud),
        "--work",
        str(tmp_path / "work"),
        "--out",
        str(out),
        "--vocab-size",
        "2000",
        "--tokenize-steps",
        "20",
        "--mwt-epochs",
        "1",
        "--lemma-epochs",
        "1",
        "--pos-steps",
        "4",
        "--pos-tune-steps",
        "2",
        "--pos-tune2-steps",
        "2",
        "--depparse-steps",
        "4",
        "--depparse-pred-steps",
        "4",
        "--eval-interval",
        "2",
        "--threads",
        "2",
    ]
    assert training.main(argv) == 0
    assert (out / "resources.json").is_file()
    nlp = load_pipeline(out)
    doc = nlp("He said it works.")
    assert doc.sentences and doc.sentences[0].words[0].deprel is not None
    # depparse-pred: train and dev carry the tagger's tags over the gold trees, the gold-tag parser is kept.
    work = tmp_path / "work"
    gold_dev = (work / "data" / "dev.conllu").read_text(encoding="utf-8")
    pred_dev = (work / "data" / "dev.predtags.conllu").read_text(encoding="utf-8")

    def trees(text):
        return [(c[0], c[6], c[7]) for c in (line.split("\t") for line in text.splitlines()) if len(c) == 10]

    assert trees(pred_dev) == trees(gold_dev)
    assert (work / "models" / "depparse.gold.pt").is_file() and (work / "models" / "depparse.pred.pt").is_file()
    # Resumable: a rerun skips every stage that finished (their records and models stay untouched)
    # and only repackages.
    stages = [s for s in training.STAGES if s != "package"]
    done = {s: (work / f"{s}.done.json").stat().st_mtime_ns for s in stages}
    models = {p.name: p.stat().st_mtime_ns for p in (work / "models").glob("*.pt")}
    capsys.readouterr()
    assert training.main(argv) == 0
    printed = capsys.readouterr().out
    for s in stages:
        assert f"{s}: already done" in printed, s
    assert {s: (work / f"{s}.done.json").stat().st_mtime_ns for s in stages} == done
    assert {p.name: p.stat().st_mtime_ns for p in (work / "models").glob("*.pt")} == models


def test_training_slice_keeps_first_sentences(tmp_path):
    from quotesvc_tools.training import _slice_conllu

    src = tmp_path / "a.conllu"
    src.write_text("# s1\n1\ta\n\n# s2\n1\tb\n\n# s3\n1\tc\n\n", encoding="utf-8")
    out = _slice_conllu(src, tmp_path / "b.conllu", 2)
    assert out.read_text().count("\n\n") == 2 and "# s3" not in out.read_text()
