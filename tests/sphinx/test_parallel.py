"""A parallel build (-j 2) records the same citations and writes the same pages."""

from __future__ import annotations

from book_testing import warnings_of

from canru_facts.sphinx.domain import RegisterPlace


def test_parallel_build_matches_serial(build):
    serial = build("html")
    parallel = build("html", parallel=2)
    assert parallel.parallel == 2
    assert parallel.is_parallel_allowed("read") and parallel.is_parallel_allowed("write")
    assert warnings_of(parallel) == []
    facts_serial = serial.env.domains["facts"]
    facts_parallel = parallel.env.domains["facts"]
    assert facts_parallel.citations == facts_serial.citations
    # 26 in the pages' prose, infobox and chart; 7 in the timeline (4 dates, 3 in headlines)
    assert sum(map(len, facts_parallel.citations.values())) == 33
    assert (
        facts_parallel.registers == facts_serial.registers == {"register": RegisterPlace(3, ("",))}
    )
    assert facts_parallel.timelines == facts_serial.timelines == {"timeline": 3}
    for page in ("history.html", "culture.html", "register.html", "timeline.html", "index.html"):
        assert (parallel.outdir / page).read_text() == (serial.outdir / page).read_text(), page
