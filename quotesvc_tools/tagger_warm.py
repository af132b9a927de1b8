"""Stanza's tagger trainer, started from an existing tagger instead of from scratch.

    python -m quotesvc_tools.tagger_warm INIT.pt [stanza.models.tagger arguments ...]

Stanza's tagger cannot resume; this runs its own training loop unchanged, but with the model (its
weights and vocabularies) loaded from INIT.pt and the optimiser built from the arguments given, so
a lower ``--lr`` gives the decay phase the first run had no time for. The architecture arguments
must match INIT.pt's. Used by the ``pos-tune`` stage of ``quotesvc_tools.training``.
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> None:
    import stanza.models.tagger as tagger

    init, rest = argv[0], argv[1:]
    base = tagger.Trainer

    class WarmTrainer(base):
        def __init__(self, args=None, vocab=None, pretrain=None, model_file=None, device=None, foundation_cache=None):
            # The first trainer of a run is built with a vocab and no file: load INIT.pt instead,
            # with this run's arguments (learning rate, save names) over the saved config.
            super().__init__(
                args=args,
                vocab=None if model_file is None else vocab,
                pretrain=pretrain,
                model_file=model_file or init,
                device=device,
                foundation_cache=foundation_cache,
            )

    tagger.Trainer = WarmTrainer
    tagger.main(rest)


if __name__ == "__main__":
    main(sys.argv[1:])
