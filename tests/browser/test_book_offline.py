"""Offline and private: every page loads from 127.0.0.1 alone, and loads completely.

The request recorder (conftest.py) sees every request a page makes.  Each page is
opened, scrolled to its end so that lazy images load, and left to go quiet; then
no request may have named another host, no local request may have failed, and no
element or style sheet may point a font, script, style or image at another host
(which catches what a page would fetch only later, such as a font not yet used).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

pytestmark = pytest.mark.browser


@dataclass
class Visit:
    """What one page asked for while it loaded, and what it points at."""

    requested: list[str]
    foreign: list[str]
    failed: list[str]
    declared: list[str]
    errors: list[str]


@pytest.fixture(scope="module")
def visits(desktop, book_pages, request_log, script) -> dict[str, Visit]:
    """Every page of the book, opened once, scrolled to its end and left to go quiet."""
    found = {}
    page = desktop.new_page()
    try:
        for name in book_pages:
            urls, failures = len(request_log.urls), len(request_log.failures)
            errors = len(request_log.errors)
            page.goto(name, wait_until="load")
            page.evaluate("window.scrollTo(0, document.scrollingElement.scrollHeight)")
            page.wait_for_load_state("networkidle")
            found[name] = Visit(
                requested=request_log.urls[urls:],
                foreign=request_log.foreign(since=urls),
                failed=request_log.failures[failures:],
                declared=page.evaluate(script("declared-resources")),
                errors=request_log.errors[errors:],
            )
    finally:
        page.close()
    return found


def test_the_recorder_saw_every_page_load(visits, site):
    for name, visit in visits.items():
        assert site.url(name) in visit.requested, f"{name} is missing from {visit.requested}"
        assert len(visit.requested) > 1, f"{name} loaded no style sheet or script at all"


def test_no_page_requests_another_host(visits):
    foreign = {name: visit.foreign for name, visit in visits.items() if visit.foreign}
    assert not foreign, f"pages asked hosts other than 127.0.0.1: {foreign}"


def test_no_page_declares_a_resource_on_another_host(visits, site):
    for name, visit in visits.items():
        assert visit.declared, f"{name}: found no style sheet or script; is the check blind?"
    elsewhere = {
        name: sorted({url for url in visit.declared if not site.is_local(url)})
        for name, visit in visits.items()
    }
    elsewhere = {name: urls for name, urls in elsewhere.items() if urls}
    assert not elsewhere, f"pages point resources at other hosts: {elsewhere}"


def test_every_local_request_succeeds(visits):
    failed = {name: visit.failed for name, visit in visits.items() if visit.failed}
    assert not failed, f"requests that failed (missing files?): {failed}"


def test_no_page_throws_a_script_error(visits):
    thrown = {name: visit.errors for name, visit in visits.items() if visit.errors}
    assert not thrown, f"uncaught script errors: {thrown}"


def test_the_recorder_sees_and_the_proxy_stops_a_request_to_another_host(
    desktop, request_log, site
):
    """The guard itself: a request elsewhere is recorded, and never leaves the machine."""
    probe = "http://canru-facts.invalid/probe.js"  # a reserved name: never a real host
    start = len(request_log.urls)
    page = desktop.new_page()  # not the `page` fixture, which would fail on this request
    try:
        page.goto(site.url("index.html"))
        outcome = page.evaluate(
            "url => fetch(url).then(r => 'loaded ' + r.status, e => 'blocked ' + e)", probe
        )
    finally:
        page.close()
    assert outcome.startswith("blocked"), outcome
    assert request_log.foreign(since=start) == [probe]
    assert any(probe in failure and "PROXY" in failure for failure in request_log.failures), (
        f"the request was not stopped by the dead proxy: {request_log.failures[-3:]}"
    )


def test_the_recorder_sees_an_uncaught_script_error(desktop, request_log, site):
    """The other guard: an error no script catches is recorded against its page."""
    start = len(request_log.errors)
    page = desktop.new_page()  # not the `page` fixture, which would fail on this error
    try:
        page.goto(site.url("index.html"))
        page.evaluate("setTimeout(() => { throw new Error('canru-facts probe'); })")
        for _ in range(100):  # events arrive while Playwright waits; at most 5 s
            if len(request_log.errors) > start:
                break
            page.wait_for_timeout(50)
    finally:
        page.close()
    assert len(request_log.errors[start:]) == 1, request_log.errors[start:]
    assert "canru-facts probe" in request_log.errors[start], request_log.errors[start]
