"""Every fact of the book, one module per subject.

Each module holds a list ``FACTS`` of :class:`canru_facts.model.Fact` entries, in
the order the seed tells them.  The book's register follows this order.
"""

from . import culture, diplomacy, economy, history, intelligence, overview

FACTS = [
    *overview.FACTS,
    *history.FACTS,
    *culture.FACTS,
    *economy.FACTS,
    *diplomacy.FACTS,
    *intelligence.FACTS,
]
