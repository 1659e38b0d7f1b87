"""The benchmark of the fact machinery: ``nox -s bench`` runs ``bench/run.py``.

synth    generates a synthetic book, its facts and a seed corpus of any size
naive    the per-fact scan the indexed check is compared with
measure  timing helpers: medians of runs, Sphinx builds in fresh processes
run      the entry point: every figure, a table, and build/bench.json
"""
