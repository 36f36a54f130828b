"""Works' titles with a lower-case word inside: 'Breakfast with Frost', 'World at One'.

A run of capitalised words stops at a lower-case word, so a programme's title was cut in two
('Breakfast' and 'Frost'). The same words as often join two names ('Blair with Brown', 'Lim in
Beijing'), so a title is read only where the text marks one: right after a broadcaster's possessive
("BBC One's Breakfast with Frost"), right before 'programme' or 'series', or between quotation
marks; with no known name or place beside the link ('Iraq with Syria'), and (as entities.py joins
them) one word before it, never a person's name ('the BBC's Nick Robinson with ...'). Once marked,
the same title is one name wherever else the document writes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .knowledge import Knowledge, name_key

# A title: one capitalised word, a link ('with', 'at', 'of the', 'for the'), then capitalised words.
# 'in' and 'on' are left out: after a broadcaster they place or date a reporter or a programme
# ("the BBC's Louisa Lim in Beijing", "Radio 4's Today on Tuesday").
TITLE = re.compile(r"(?<![\w’'&.-])([A-Z][\w-]*) (?:with|at|of the|for the) ([A-Z][\w-]*(?: [A-Z][\w-]*)*)"
                   r"(?![\w’'-])")
LINK = re.compile(r" (?:with|at|of the|for the) ")  # most sentences have none: no title to look for
BROADCASTER_BEFORE = re.compile(r"\b(?:BBC|ITV|Channel|Radio|Sky|TV|Television)\b[\w ]{0,24}['’]s? $")
MEDIUM_AFTER = re.compile(r" (?:programmes?|series|documentary|film)\b")
OPENING_QUOTES, CLOSING_QUOTES = "\"“‘'", "\"”’'"


def marked_titles(texts: Iterable[str], knowledge: Knowledge) -> frozenset[str]:
    """The titles (as written) that the document marks as works' titles somewhere."""
    found: set[str] = set()
    for text in texts:
        if not LINK.search(text):
            continue
        found.update(match.group(0) for match in TITLE.finditer(text)
                     if _marked(text, match.start(), match.end())
                     and not _known_beside(match.group(1), match.group(2), knowledge))
    return frozenset(found)


def _marked(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40):start]
    quoted = bool(before) and before[-1] in OPENING_QUOTES and text[end:end + 1] in CLOSING_QUOTES
    return quoted or bool(BROADCASTER_BEFORE.search(before) or MEDIUM_AFTER.match(text, end))


def _known_beside(first: str, rest: str, knowledge: Knowledge) -> bool:
    """A known name or place on either side of the link: two names ('... with US troops')."""
    return _known(first, knowledge) or _known(rest, knowledge) or _known(rest.split()[0], knowledge)


def _known(name: str, knowledge: Knowledge) -> bool:
    key = name_key(name)
    return key in knowledge.by_key or key in knowledge.places
