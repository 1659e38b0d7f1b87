"""The message catalogue: every word the engine writes has its French, compiled as shipped."""

from __future__ import annotations

import gettext
import io

from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from canru_facts import i18n
from canru_facts.kinds import KINDS, Named
from canru_facts.kinds.dates import Date
from canru_facts.style import render

PACKAGE = i18n.LOCALE_DIR.parent
FRENCH = i18n.LOCALE_DIR / "fr" / "LC_MESSAGES" / f"{i18n.DOMAIN}.po"
KEYWORDS = {"_": None, "N_": None, "pgettext": ((1, "c"), 2)}


def _catalogue():
    with FRENCH.open("rb") as f:
        return read_po(f)


def _marked_in_code() -> set[tuple[str | None, str]]:
    """Every message the code marks: _(...), N_(...), pgettext(context, ...)."""
    found = extract_from_dir(str(PACKAGE), method_map=[("**.py", "python")], keywords=KEYWORDS)
    return {(context, message) for _file, _line, message, _comments, context in found}


def _kind_words() -> set[tuple[str | None, str]]:
    """What a value is (kind names, dates' precisions, named things' types): data, not code."""
    words = {("kind", cls.kind) for cls in KINDS.values()}
    words.add(("kind with its detail", "%(kind)s (%(detail)s)"))
    for cls in KINDS.values():
        if issubclass(cls, Date):
            words.add(("kind detail", cls.precision))
        if issubclass(cls, Named):
            words |= {("kind detail", t) for t in cls.types()}
    return words


def test_every_word_the_engine_writes_has_its_french():
    catalogue = _catalogue()
    missing = sorted(
        f"{context or ''}|{message}"
        for context, message in _marked_in_code() | _kind_words()
        if not (entry := catalogue.get(message, context=context)) or not entry.string
    )
    assert not missing, f"untranslated in {FRENCH.name}: {missing}"


def test_the_catalogue_holds_no_stale_or_fuzzy_message():
    catalogue = _catalogue()
    wanted = _marked_in_code() | _kind_words()
    stale = sorted(
        f"{m.context or ''}|{m.id}" for m in catalogue if m.id and (m.context, m.id) not in wanted
    )
    assert not stale, f"no longer used, remove from {FRENCH.name}: {stale}"
    assert not [m.id for m in catalogue if m.id and m.fuzzy]


def test_every_translation_keeps_its_placeholders():
    """As `pybabel compile` checks them: same names, compatible formats."""
    problems = [
        f"{message.id!r}: {'; '.join(map(str, errors))}" for message, errors in _catalogue().check()
    ]
    assert not problems


def test_the_shipped_mo_is_the_compiled_po():
    """The same messages and translations; the header (which names the Babel release that
    compiled it) and the file's layout may differ."""
    compiled = io.BytesIO()
    write_mo(compiled, _catalogue())
    compiled.seek(0)
    with FRENCH.with_suffix(".mo").open("rb") as shipped:
        ours = gettext.GNUTranslations(shipped)._catalog
    theirs = gettext.GNUTranslations(compiled)._catalog
    ours.pop("", None), theirs.pop("", None)
    assert ours == theirs, "run `nox -s catalogue` to compile the .po"


def test_french_values_take_their_words_from_the_catalogue():
    from canru_facts.kinds import Decade, Duration, Money, Season

    assert render(Season("fall", 2003), "the", "fr") == "l’automne 2003"
    assert render(Season("spring", 2006), "the", "fr") == "le printemps 2006"
    assert render(Decade(1990), None, "fr") == "les années 1990"
    assert render(Duration(35, "years", "more than"), None, "fr") == "plus de 35 ans"
    assert render(Money(25, "$", "billion", "up to"), None, "fr") == "jusqu’à 25 milliards $"
    assert i18n.describe("organisation", "museum", "fr") == "organisation (musée)"
    assert i18n.describe("date", "day", "en") == "date (day)"
