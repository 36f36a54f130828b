"""The Network page (network.py, network.md.j2): which actors and briefings the graph shows and how
it is bounded, a layout that is the same on every build and keeps its nodes apart, a drawing that
is well-formed SVG whatever the names, and a built site whose drawing and text alternative agree."""

from __future__ import annotations

import itertools
import math
import posixpath
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import pytest
from briefing_site.model import CrossSource, EntityProfile, Settings
from briefing_site.network import BRIEFING_SIZE, build_network, label_lines, spread
from briefing_site.render import SiteView, render_index
from conftest import build_site

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE_NAME = '<script>alert("actor")</script> & \'Sons\''
DRAWING_TAGS = {"svg", "title", "desc", "g", "line", "a", "circle", "text", "tspan"}
HOSTILE_TITLE = '<script>alert("title")</script> Talks & "deals"'


def _profile(key: str, briefings: list[str], kind: str = "person", name: str = "",
             has_page: bool = True) -> EntityProfile:
    return EntityProfile(id=key, name=name or key.title(), type=kind, description="", curated=False, spellings=(),
                         roles=(), briefings=tuple(briefings), mentions=(), mention_count=len(briefings),
                         companions=(), has_page=has_page)


def _ranked(profiles: list[EntityProfile]) -> list[EntityProfile]:
    """Most widely named first, as catalog.entity_profiles gives them."""
    return sorted(profiles, key=lambda p: (-len(p.briefings), p.id))


SMALL = _ranked([
    _profile("ankara", ["b1", "b2", "b3"], "place"),
    _profile("baghdad", ["b1", "b2", "b4"], "place"),
    _profile("pkk", ["b2", "b3"], "organisation"),
    _profile("summit", ["b1", "b2", "b3", "b4"], "other"),  # not an actor: never drawn
    _profile("lonely", ["b4"]),  # named by one briefing: links nothing
])


def test_small_network_shows_shared_actors_and_the_briefings_linking_them() -> None:
    network = build_network(SMALL, ["b1", "b2", "b3", "b4", "b5"])
    assert {a.key for a in network.actors} == {"ankara", "baghdad", "pkk"}
    assert {b.key for b in network.briefings} == {"b1", "b2", "b3"}  # b4 names one shown actor only
    assert {(e.briefing, e.actor) for e in network.edges} == {
        ("b1", "ankara"), ("b1", "baghdad"), ("b2", "ankara"), ("b2", "baghdad"), ("b2", "pkk"),
        ("b3", "ankara"), ("b3", "pkk")}
    assert (network.actors_total, network.briefings_total) == (4, 5)  # "other" is not counted
    assert [b.number for b in network.briefings] == [1, 2, 3]
    assert all(a.page == f"actors/{a.key}.md" for a in network.actors)
    assert all(b.page == f"briefings/{b.key}.md" and b.label == (str(b.number),) for b in network.briefings)
    assert [a.key for a in network.named_in("b2")] == [a.key for a in network.actors]
    assert {b.key for b in network.naming("pkk")} == {"b2", "b3"}


def test_the_same_input_gives_the_same_network() -> None:
    first = build_network(SMALL, ["b1", "b2", "b3", "b4"])
    assert build_network(list(SMALL), ["b1", "b2", "b3", "b4"]) == first
    assert repr(build_network(SMALL, ["b1", "b2", "b3", "b4"])) == repr(first)
    values = [v for n in (*first.actors, *first.briefings) for v in (n.x, n.y, n.label_x, n.label_y)]
    assert all(round(v, 1) == v for v in values)


def _large() -> list[EntityProfile]:
    """40 actors and 200 briefings: actor i is named by briefings i, i+1, … i+9 and every 7th."""
    profiles = []
    for index in range(40):
        named = {f"b{(index + step) % 200:03d}" for step in range(10)} | {f"b{n:03d}" for n in range(index, 200, 7)}
        profiles.append(_profile(f"a{index:02d}", sorted(named), "organisation"))
    return _ranked(profiles)


def test_a_large_network_is_bounded_and_keeps_the_best_linked_briefings() -> None:
    profiles = _large()
    network = build_network(profiles, [f"b{n:03d}" for n in range(200)], max_actors=12, max_briefings=30)
    assert len(network.actors) == 12 and len(network.briefings) == 30
    shown = {a.key for a in network.actors}
    assert shown == {p.id for p in profiles[:12]}  # the most widely named
    named = {f"b{n:03d}": {p.id for p in profiles[:12] if f"b{n:03d}" in p.briefings} for n in range(200)}
    chosen = {b.key for b in network.briefings}
    weakest = min(len(named[b]) for b in chosen)
    assert weakest >= 2 and all(len(named[b]) <= weakest for b in named if b not in chosen)
    assert all(len(network.named_in(b)) == len(named[b]) for b in chosen)
    assert (network.actors_total, network.briefings_total) == (40, 200)


def test_versions_of_a_story_are_left_out() -> None:
    network = build_network(SMALL, ["b1", "b2", "b3", "b4"], hidden={"b2"})
    assert {b.key for b in network.briefings} == {"b1", "b3"}


def test_an_actor_without_a_page_is_drawn_without_a_link() -> None:
    profiles = [_profile("x", ["b1", "b2"]), _profile("y", ["b1", "b2"], has_page=False)]
    network = build_network(profiles, ["b1", "b2"])
    assert {a.key: a.page for a in network.actors} == {"x": "actors/x.md", "y": ""}


def test_no_shared_actor_no_network() -> None:
    network = build_network([_profile("x", ["b1"]), _profile("y", ["b2"])], ["b1", "b2"])
    assert network.edges == () and network.briefings == () and network.actors == ()


def test_briefings_keep_apart_and_everything_is_inside_the_frame() -> None:
    network = build_network(_large(), [f"b{n:03d}" for n in range(200)])
    nodes = network.briefings
    closest = min(math.dist((a.x, a.y), (b.x, b.y)) for i, a in enumerate(nodes) for b in nodes[i + 1:])
    assert closest >= 2 * BRIEFING_SIZE
    for node in (*network.actors, *network.briefings):
        assert network.left <= node.x - node.size and node.x + node.size <= network.left + network.width
        assert network.top <= node.y - node.size and node.y + node.size <= network.top + network.height
    assert len({(a.x, a.y) for a in network.actors}) == len(network.actors)


def test_spread_moves_angles_only_as_far_as_it_must() -> None:
    apart = [0.5, 2.0, 4.0]
    assert spread(apart, 0.2) == apart
    crowded = spread([1.0, 1.0, 1.05], 0.2)
    assert crowded == sorted(crowded) and all(b - a >= 0.2 - 1e-9 for a, b in itertools.pairwise(crowded))
    assert abs(sum(crowded) / 3 - (1.0 + 1.0 + 1.05) / 3) < 1e-9  # centred where they wanted to be
    across_zero = spread([0.05, 6.2], 0.3)  # neighbours across 2π are spread across it
    assert (across_zero[0] - across_zero[1]) % (2 * math.pi) >= 0.3 - 1e-9
    too_many = spread([1.0] * 10, 1.0)  # 10 × 1 rad do not fit in 2π: evenly spaced
    steps = {round((b - a) % (2 * math.pi), 9) for a, b in itertools.pairwise(too_many)}
    assert steps == {round(2 * math.pi / 10, 9)}


@pytest.mark.parametrize(("name", "lines"), [
    ("Iraq", ("Iraq",)),
    ("Kurdistan Workers' Party", ("Kurdistan", "Workers' Party")),
    ("Organisation for Security and Co-operation in Europe", ("Organisation for", "Security and…")),
    ("Supercalifragilisticexpialidocious", ("Supercalifragilisticexpialidocious",)),  # never cut in a word
    ("Alpha Beta Gamma Delta Epsilon Zeta Eta Theta", ("Alpha Beta Gamma", "Delta Epsilon…")),
])
def test_long_names_are_cut_into_two_short_lines(name: str, lines: tuple[str, ...]) -> None:
    assert label_lines(name) == lines


# The drawing on the page ------------------------------------------------------------------------


def _view(profiles: list[EntityProfile], titles: dict[str, str]) -> SiteView:
    """A SiteView over stand-in briefings that have only a title (all the Network page reads)."""
    by_id = {key: SimpleNamespace(metadata=SimpleNamespace(display_title=title)) for key, title in titles.items()}
    return SiteView(by_id, CrossSource(entities=tuple(profiles)), {p.id: p for p in profiles}, {}, {})  # type: ignore[arg-type]


def _page(view: SiteView) -> str:
    return render_index("network.md", [], [], [], {}, Settings(seeds_dir=Path(".")), view).content


def _svg(html: str) -> ET.Element:
    match = re.search(r"<svg class=\"network-graph\".*?</svg>", html, re.DOTALL)
    assert match, "no drawing"
    return ET.fromstring(match.group())  # well-formed XML, whatever the names


def test_hostile_names_and_titles_are_text_in_the_drawing() -> None:
    profiles = _ranked([_profile("hostile", ["b1", "b2"], name=HOSTILE_NAME), _profile("baghdad", ["b1", "b2"])])
    page = _page(_view(profiles, {"b1": HOSTILE_TITLE, "b2": "Calm"}))
    assert "<script" not in page and 'alert("' not in page
    svg = _svg(page)
    titles = [t.text or "" for t in svg.iter(f"{SVG}title")]
    assert any(HOSTILE_NAME in t for t in titles) and any(HOSTILE_TITLE in t for t in titles)
    labels = ["".join(t.itertext()) for t in svg.iter(f"{SVG}text")]
    assert " ".join(label_lines(HOSTILE_NAME)) in labels
    assert {e.tag.removeprefix(SVG) for e in svg.iter()} == DRAWING_TAGS
    assert not [name for e in svg.iter() for name in e.attrib if name.startswith("on")]
    links = list(svg.iter(f"{SVG}a"))
    assert all(HOSTILE_NAME not in a.get("href", "") for a in links)
    assert any(HOSTILE_TITLE in a.get("aria-label", "") for a in links)


def test_the_page_draws_and_lists_the_same_nodes() -> None:
    page = _page(_view(SMALL, {f"b{n}": f"Briefing title {n}" for n in range(1, 6)}))
    drawn = {a.get("href") for a in _svg(page).iter(f"{SVG}a")}
    listed = set(re.findall(r'href="([^"]+)"', page.split("</svg>", 1)[1]))
    assert drawn == {"../actors/ankara/", "../actors/baghdad/", "../actors/pkk/", "../briefings/b1/",
                     "../briefings/b2/", "../briefings/b3/"}
    assert drawn <= listed
    assert "3 of 4 actors and 3 of 5 briefings shown" in page
    assert _page(_view(SMALL, {f"b{n}": f"Briefing title {n}" for n in range(1, 6)})) == page


def test_without_a_network_the_page_says_so() -> None:
    page = _page(_view([_profile("x", ["b1"])], {"b1": "One"}))
    assert "<svg" not in page and "no network to draw" in page


# A built site ------------------------------------------------------------------------------------

SEEDS = {  # three different reports (not versions of one story) naming the same people and firms
    "hostile.md": (HOSTILE_TITLE, "Ankara officials met executives of Marks & Spencer in Baghdad on Monday, the "
                   "ministry said.\n\nSean O'Neill, who leads the company's expansion, promised forty new jobs "
                   "before the winter.\n"),
    "calm.md": ("Shops for Baghdad", "Marks & Spencer will open two shops in Baghdad next spring, a spokesman "
                "confirmed.\n\nThe retailer's director Sean O'Neill visited Ankara last week to sign leases "
                "for its warehouses.\n"),
    "other.md": ("Trade talks", "Sean O'Neill left Baghdad on Tuesday after three days of trade talks with "
                 "local ministers.\n\nAnalysts expect Marks & Spencer to hire several hundred staff in the "
                 "region by 2026.\n"),
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("network")
    (root / "seeds").mkdir()
    for name, (title, body) in SEEDS.items():
        front = f"---\ntitle: '{title.replace(chr(39), chr(39) * 2)}'\npublisher: Wire\npublished: 2024-05-01\n---\n"
        (root / "seeds" / name).write_text(front + body, encoding="utf-8")
    result = build_site(root / "seeds", root / "site")
    assert result.returncode == 0, result.stderr
    return root / "site"


def _exists(site: Path, page: str, href: str) -> bool:
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page), href.split("#")[0]))
    return (site / target / "index.html").is_file()


def test_the_built_network_page_links_to_pages_that_exist(site: Path) -> None:
    html = (site / "network" / "index.html").read_text(encoding="utf-8")
    svg = _svg(html)
    drawn = {a.get("href", "") for a in svg.iter(f"{SVG}a")}
    assert {h for h in drawn if h.startswith("../actors/")} >= {"../actors/marks-spencer/", "../actors/sean-o-neill/",
                                                               "../actors/baghdad/"}
    assert len([h for h in drawn if h.startswith("../briefings/")]) == 3
    assert all(_exists(site, "network/", href) for href in drawn), drawn
    alternative = html.split("network-graph", 1)[1].split("</svg>", 1)[1]
    listed = set(re.findall(r'href="(\.\./(?:actors|briefings)/[^"]+)"', alternative))
    assert listed == drawn  # the table and the list name the same actors and briefings as the drawing
    labels = {"".join(t.itertext()) for t in svg.iter(f"{SVG}text")}
    assert {"Marks & Spencer", "Sean O'Neill"} <= labels
    assert "<script>alert" not in html
    assert any(HOSTILE_TITLE in (t.text or "") for t in svg.iter(f"{SVG}title"))

