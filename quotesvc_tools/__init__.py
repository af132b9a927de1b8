"""Development tooling for quotesvc: training the bundled model, packaging it, UD evaluation,
benchmarks and the quote scorer. Not installed with quotesvc: the wheel and the image carry only
``quotesvc``, what serves requests. Run from a checkout, e.g. ``python -m quotesvc_tools.bench``.
"""
