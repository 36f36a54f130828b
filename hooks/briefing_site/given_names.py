"""Given names, the sexes they are given to, and the commonest English words, for two questions
the entity step asks: is "Age" of "Age Concern" someone's given name (no: a common word and no
one's name, so the name is a body's), and can "Mrs Howard" be Michael Howard (no: a woman's
title, a man's name).

They come from Faker (pinned in requirements-dev.txt; MIT licensed): the first names of its
person providers, male and female, of every locale written in Latin letters (a name is one sex's
only when several locales agree, see from_faker), and the word list of its English lorem provider
(the 971 commonest words). A build reads them from two small files, data/given_names.tsv (the name
in lower case as the lists write it, tab, "m", "f" or "mf") and data/common_words.txt (a word a
line). Regenerate both after changing the Faker pin:

    .venv/bin/python -m briefing_site.given_names      (with hooks/ on the path)

tests/test_given_names.py checks that the files are what the pinned Faker gives.
"""

from __future__ import annotations

import bisect
import re
import sys
from array import array
from functools import lru_cache
from pathlib import Path

from .knowledge import name_key

DATA = Path(__file__).parent / "data"
GIVEN_NAMES_FILE = DATA / "given_names.tsv"
COMMON_WORDS_FILE = DATA / "common_words.txt"
SEXES = ("m", "f", "mf")
SURE_LOCALES = 3  # locales that list a name for one sex, and none for the other, to call it that sex's
LATIN = frozenset("abcdefghijklmnopqrstuvwxyz")  # a key of other letters is a name in another script


class _Names:
    """The file's text as read, searched by bisection over where its lines start: 0.7 MiB with the
    offsets, where a set of its 19,762 names took 3.2 MiB in every process that analyses seeds. The
    names given to one sex only (about 2,400) are kept apart, by their spelling and, with accents,
    without them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = array("l", [0])
        self.sexes: dict[str, str] = {}  # as written
        self.folded: dict[str, str] = {}  # names written with accents, without them
        at = text.find("\n")
        while at != -1:
            line = text[self.starts[-1]:at]
            name, _, sex = line.partition("\t")
            if sex in ("m", "f"):
                self.sexes[name] = sex
                if not name.isascii():
                    key = name_key(name)
                    self.folded[key] = sex if self.folded.get(key, sex) == sex else "mf"
            self.starts.append(at + 1)
            at = text.find("\n", at + 1)
        self.starts.pop()  # the end of the text: no line starts there

    def _name(self, line: int) -> str:
        start = self.starts[line]
        return self.text[start:self.text.index("\t", start)]

    def has(self, name: str) -> bool:
        line = bisect.bisect_left(range(len(self.starts)), name, key=self._name)
        return line < len(self.starts) and self._name(line) == name


@lru_cache(maxsize=1)
def _given_names() -> _Names:
    return _Names(GIVEN_NAMES_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    return frozenset(COMMON_WORDS_FILE.read_text(encoding="utf-8").split())


def given_name_sex(word: str) -> str:
    """'m', 'f' or 'mf' when the word is a given name ('Bill': 'm'; 'Jean': 'mf'; 'Suleyman', as
    'Süleyman' is written without its accent: 'm'; 'Ayşe', as the list writes 'Ayse': 'f'), else ''."""
    names = _given_names()
    lowered = word.casefold()
    if lowered in names.sexes:
        return names.sexes[lowered]
    if names.has(lowered):
        return "mf"
    folded = name_key(word)
    if not word.isascii() and folded in names.sexes:  # 'Ayşe', listed as 'Ayse'
        return names.sexes[folded]
    return names.folded.get(folded, "")


def second_surname(words: list[str]) -> str:
    """The first of two surnames a full name of three words ends in, by which its bearer goes
    ('Delgado' of Marco Delgado Ruiz); '' for any other name ('George Bernard Shaw': Bernard is a
    given name)."""
    if len(words) == 3 and is_given_name(words[0]) and not is_given_name(words[1]) \
            and words[1][:1].isupper() and words[2][:1].isupper():
        return words[1]
    return ""


# Surnames that East Asian names put first ("Han Seo-yeon", "Xi Jinping"), as English-language news
# writes them: "Ms Han", "Mr Xi". Korean, then Chinese, the most common of each.
KOREAN_SURNAMES = frozenset("""kim lee park choi jung jeong kang cho yoon yun jang lim han oh seo shin kwon hwang ahn
    song yoo ryu hong jeon ko moon yang son bae baek heo nam sim noh roh ha kwak sung cha joo woo koo min na jin ji
    chae won chun bang kong hyun pyo""".split())
CHINESE_SURNAMES = frozenset("""wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo
    zheng liang xie tang xi wen deng jiang mao bo zeng peng cao ye pan du dai xia zhong tian ren fan fang shi yao tan
    lu cui qian wei xue yan hou""".split())


def surname_first(words: list[str]) -> bool:
    """Is a full name written surname first: an East Asian surname, then a given name of two
    syllables joined by a hyphen ("Han Seo-yeon", "Kim Jong-un") or, after a Chinese surname that is
    no given name, one word that is none either ("Xi Jinping"; not "Kim Clijsters", "Lee Evans")."""
    if not 2 <= len(words) <= 3 or not words[0][:1].isupper():
        return False
    first, last = words[0].lower(), words[-1]
    if first in KOREAN_SURNAMES | CHINESE_SURNAMES and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", last):
        return True
    return len(words) == 2 and first in CHINESE_SURNAMES and re.fullmatch(r"[A-Z][a-z]+", last) is not None \
        and not is_given_name(words[0]) and not is_given_name(last)


# The first parts of compound adjectives of peoples: "Anglo-Dutch", "Franco-German" (no given names joined)
COMBINING_FORMS = frozenset({"anglo", "franco", "sino", "indo", "russo", "greco", "italo", "afro", "euro",
                             "austro", "judeo", "hispano", "luso", "german", "dutch"})


def is_given_name(word: str, folded: bool = True) -> bool:
    """Written so in a list of given names: 'Bill', 'Penny', 'Süleyman'; not 'Age', though 'Åge' is;
    'Ayşe' too, which the list writes 'Ayse' (a name with accents, read without them when the list
    lacks it; a plain word is never read with accents it does not have). folded=False: as written
    only (the gazetteer's place names, whose file must not change with this reading: 'Bakı')."""
    names = _given_names()
    lowered = word.casefold()
    if names.has(lowered) or (folded and not word.isascii() and names.has(name_key(word))):
        return True
    # "Jean-Pierre", "Ana-Lucía", "Hans-Peter": given names joined, each capitalised and of three letters or
    # more ("Al-Rashidi" is a surname, whose "Al" is no name of its own); not for the gazetteer (folded=False)
    parts = word.split("-")
    return folded and len(parts) == 2 and parts[0].casefold() not in COMBINING_FORMS and all(
        len(part) >= 3 and part[:1].isupper() and is_given_name(part, folded) for part in parts)


def is_common_word(word: str) -> bool:
    """One of the commonest English words, in any case: 'Age', 'Common', 'Space' ('Bill' too)."""
    return word.casefold() in _common_words()


def from_faker() -> tuple[str, str]:
    """The two files' texts, from Faker: sorted, so the same version gives the same bytes. A name
    is given one sex only when at least SURE_LOCALES locales list it for that sex and none for the
    other: one locale's list is not evidence enough ('Lakshmi' is a woman's name in en_IN, and
    Lakshmi Mittal a man)."""
    import importlib  # only to regenerate the files: builds never import Faker
    import pkgutil

    import faker.providers.person as providers
    from faker.providers.lorem.en_US import Provider as EnglishWords

    locales: dict[str, dict[str, int]] = {}
    for module in pkgutil.iter_modules(providers.__path__):
        provider = importlib.import_module(f"{providers.__name__}.{module.name}").Provider
        for attribute, sex in (("first_names_male", "m"), ("first_names_female", "f")):
            for lowered in {name.casefold() for name in _names(getattr(provider, attribute, ()))}:
                if len(lowered) > 1 and lowered.isalpha() and set(name_key(lowered)) <= LATIN:
                    counts = locales.setdefault(lowered, {"m": 0, "f": 0})
                    counts[sex] += 1
    names = "".join(f"{name}\t{_sex(counts)}\n" for name, counts in sorted(locales.items()))
    words = "".join(f"{word}\n" for word in sorted({w.casefold() for w in EnglishWords.word_list if w.isalpha()}))
    return names, words


def _sex(counts: dict[str, int]) -> str:
    for sex, other in (("m", "f"), ("f", "m")):
        if counts[sex] >= SURE_LOCALES and not counts[other]:
            return sex
    return "mf"


def _names(listed: object) -> list[str]:
    """A provider's names: a tuple, or a dict of names to weights; a property (made per instance) holds none."""
    return [name for name in listed if isinstance(name, str)] if isinstance(listed, (tuple, list, dict)) else []


if __name__ == "__main__":
    for path, text in zip((GIVEN_NAMES_FILE, COMMON_WORDS_FILE), from_faker(), strict=True):
        path.write_text(text, encoding="utf-8")
        sys.stdout.write(f"wrote {path}\n")
