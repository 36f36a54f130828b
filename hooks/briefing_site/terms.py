"""Content words of a text, lower-cased and lightly stemmed, for summaries and linking."""

from __future__ import annotations

import re
from functools import lru_cache

WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]")
STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me more
most my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves said says say also would could may might must shall one two
new year years last first told mr mrs ms its it's s t don't can't won't per cent percent however
well many much still even just like made make get got going go since within without upon whether
""".split())
# Caches keyed by a sentence's text: the steps that ask again ask within one document, whose sentences
# fit; each entry keeps its sentence and words, and every process that analyses (a worker per core)
# holds its own (4,096 entries were about 5 MB a worker).
SENTENCES_CACHED = 1024
SUFFIXES = ("ational", "ization", "isation", "fulness", "ousness", "iveness", "ations", "ation",
            "ments", "ment", "ities", "ity", "ness", "ings", "ing", "ies", "ied", "ers", "er",
            "ed", "es", "ly", "s")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix stripper: enough to match 'agreements' with 'agreement', fast and offline."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=SENTENCES_CACHED)
def words_of(text: str) -> tuple[str, ...]:
    """WORD's words of a text. Cached: the summary reads each sentence's words three times (its
    centrality, its names, its near-repeats)."""
    return tuple(WORD.findall(text))


def content_words(text: str) -> list[str]:
    """Lower-cased words of three letters or more that are not stopwords."""
    words = map(str.lower, WORD.findall(text.replace("’", "'")))  # one replace: both marks are word characters
    return [w for w in words if w not in STOPWORDS and len(w) > 2]


def content_terms(text: str) -> list[str]:
    return [stem(w) for w in content_words(text)]
