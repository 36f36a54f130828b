"""Across sources, for the Network page: the main actors and the briefings that name several of them.

Bounded whatever the number of briefings: the graph shows the MAX_ACTORS people, organisations,
places and groups named by the most briefings (two at least), and the MAX_BRIEFINGS briefings that
name the most of them (two at least; ties by id). The work is one pass over those actors' lists
of briefings: no pair of briefings is ever compared. Versions of one story (duplicates.py) are
left out, as in the briefings index: the first stands for them.

The layout is fixed arithmetic, so the same profiles give the same drawing, byte for byte. Actors
sit evenly on a circle, in an order that puts actors named together side by side, their names
outside the circle where no line crosses them; briefings sit on a ring inside it, each as near as
the others allow to the mean angle of the actors it names, numbered clockwise from the top.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Sequence

from .model import EntityProfile, Network, NetworkEdge, NetworkNode

ACTOR_TYPES = frozenset({"person", "organisation", "place", "group"})  # not "other": events, works, phrases
MAX_ACTORS = 12
MAX_BRIEFINGS = 30
MIN_SHARED = 2  # briefings naming an actor, and shown actors named by a briefing, for either to be drawn

WIDTH = 720  # drawing units, before the drawing is cut to what it holds (_frame); the page scales it to its column
RADIUS = 180  # the actors' circle
MARGIN = 56  # above and below the circle: room for the labels of actors at the top and bottom
HEIGHT = 2 * (RADIUS + MARGIN)
RING = 126  # the briefings' ring
BRIEFING_SIZE = 10
ACTOR_SIZES = (6.0, 14.0)  # radius of the actor named by fewest / most briefings of those shown
BRIEFING_SPACING = 2 * BRIEFING_SIZE + 6  # between neighbouring briefings' centres on the ring
SPREAD_AT_LEAST = 2 / 3  # of an even spacing, the least gap between briefings: a few do not crowd
LABEL_GAP = 6
LABEL_FONT = 15  # the stylesheet's font size for actor labels, in drawing units
LABEL_LINE = 17
NUMBER_FONT = 11  # the stylesheet's font size for briefing numbers
LABEL_CHARS = 17  # per line: what fits between the circle and the drawing's edge
LABEL_LINES = 2
CHARACTER_WIDTH = 0.6  # of the font size: a wide average for the sans-serif fonts a reader may have
FRAME_PADDING = 8
VERTICAL = 0.2  # |cos| under which an actor is near the top or bottom: its label is centred above or below
TAU = 2 * math.pi


def build_network(profiles: Sequence[EntityProfile], briefings: Sequence[str], hidden: Collection[str] = (),
                  max_actors: int = MAX_ACTORS, max_briefings: int = MAX_BRIEFINGS) -> Network:
    """The graph of the main actors among `profiles` (most widely named first, as catalog.py sorts
    them) and the briefings linking them. `briefings`: every briefing id of the site; `hidden`: the
    versions of a story that the first stands for."""
    eligible = [p for p in profiles if p.type in ACTOR_TYPES]
    actors = [p for p in eligible if len(p.briefings) >= MIN_SHARED][:max_actors]
    names = _names_by_briefing(actors, frozenset(hidden))
    shown = sorted((b for b, named in names.items() if len(named) >= MIN_SHARED),
                   key=lambda b: (-len(names[b]), b))[:max_briefings]
    links = {b: names[b] for b in shown}
    by_id = {a.id: a for a in actors}
    actor_nodes = _place_actors([by_id[key] for key in _circle_order(list(by_id), links)])
    briefing_nodes = _place_briefings(links, {n.key: n for n in actor_nodes})
    left, top, width, height = _frame(actor_nodes)
    return Network(actor_nodes, briefing_nodes, _edges(briefing_nodes, actor_nodes, links), width, height,
                   len(eligible), len(briefings), left, top)


def _names_by_briefing(actors: Sequence[EntityProfile], hidden: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Each briefing naming one of the actors -> the actors it names, in the actors' order."""
    names: dict[str, list[str]] = {}
    for actor in actors:
        for briefing in dict.fromkeys(actor.briefings):
            if briefing not in hidden:
                names.setdefault(briefing, []).append(actor.id)
    return {b: tuple(keys) for b, keys in names.items()}


def _circle_order(actors: list[str], links: dict[str, tuple[str, ...]]) -> list[str]:
    """The actors around the circle: the most named first, then each time the actor named most
    often with the one before (ties: the more widely named), so that lines stay short."""
    together: Counter[tuple[str, str]] = Counter()
    for named in links.values():
        for first in named:
            for second in named:
                if first != second:
                    together[first, second] += 1
    rank = {key: index for index, key in enumerate(actors)}
    order = actors[:1]
    left = actors[1:]
    while left:
        following = min(left, key=lambda key: (-together[order[-1], key], rank[key]))
        order.append(following)
        left.remove(following)
    return order


def _place_actors(actors: list[EntityProfile]) -> tuple[NetworkNode, ...]:
    """Evenly around the circle, clockwise from just right of the top; bigger when more briefings name them."""
    most = max((len(a.briefings) for a in actors), default=1)
    least = min((len(a.briefings) for a in actors), default=1)
    nodes = []
    for index, actor in enumerate(actors):
        angle = -math.pi / 2 + (index + 0.5) * TAU / len(actors)
        share = (len(actor.briefings) - least) / (most - least) if most > least else 1.0
        size = ACTOR_SIZES[0] + (ACTOR_SIZES[1] - ACTOR_SIZES[0]) * math.sqrt(share)
        nodes.append(_actor_node(actor, angle, size))
    return tuple(nodes)


def _actor_node(actor: EntityProfile, angle: float, size: float) -> NetworkNode:
    x, y = _point(angle, RADIUS)
    lines = label_lines(actor.name)
    cos, sin = math.cos(angle), math.sin(angle)
    if abs(cos) < VERTICAL:  # near the top or bottom: the label centred above or below the node
        above = sin < 0
        first = (y - size - LABEL_GAP - (len(lines) - 1) * LABEL_LINE if above
                 else y + size + LABEL_GAP + 0.8 * LABEL_FONT)
        label_x, anchor = x, "middle"
    else:  # on a side: the label reads away from the circle, centred on the node
        first = y - (len(lines) - 1) * LABEL_LINE / 2 + 0.35 * LABEL_FONT
        label_x, anchor = x + math.copysign(size + LABEL_GAP, cos), "start" if cos > 0 else "end"
    return NetworkNode(actor.id, "actor", lines, f"actors/{actor.id}.md" if actor.has_page else "", _round(x),
                       _round(y), _round(size), _round(label_x), _round(first), anchor,
                       named_by=len(actor.briefings))


def label_lines(name: str, width: int = LABEL_CHARS, most: int = LABEL_LINES) -> tuple[str, ...]:
    """A name cut at spaces into at most `most` lines of about `width` characters, the last ending
    in an ellipsis when words are left out (the node's title and the table give the whole name).
    Words are never cut: what a label shows must be words of the link's name (WCAG 2.5.3), so a
    word longer than a line gets a line of its own, and the drawing's frame makes room for it."""
    lines: list[str] = []
    for word in name.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) > most:
        last = lines[most - 1]
        while len(last) >= width and " " in last:  # room for the ellipsis
            last = last.rsplit(" ", 1)[0]
        lines = [*lines[: most - 1], last + "…"]
    return tuple(lines) or ("",)


def _place_briefings(links: dict[str, tuple[str, ...]], actors: dict[str, NetworkNode]) -> tuple[NetworkNode, ...]:
    """On the inner ring, each near the actors it names, numbered clockwise from the top. A few
    briefings spread round the ring rather than crowd at one side (SPREAD_AT_LEAST)."""
    naming = Counter(key for named in links.values() for key in named)
    wanted = sorted((_mean_angle([actors[key] for key in named], naming), briefing)
                    for briefing, named in links.items())
    gap = max(BRIEFING_SPACING / RING, SPREAD_AT_LEAST * TAU / max(len(wanted), 1))
    angles = spread([angle for angle, _ in wanted], gap)
    placed = sorted(((angle + math.pi / 2) % TAU, briefing)
                    for angle, (_, briefing) in zip(angles, wanted, strict=True))
    nodes = []
    for number, (from_top, briefing) in enumerate(placed, start=1):
        x, y = _point(from_top - math.pi / 2, RING)
        nodes.append(NetworkNode(briefing, "briefing", (str(number),), f"briefings/{briefing}.md", _round(x),
                                 _round(y), BRIEFING_SIZE, _round(x), _round(y + 0.35 * NUMBER_FONT), number=number))
    return tuple(nodes)


def _mean_angle(nodes: list[NetworkNode], naming: Counter[str]) -> float:
    """The direction, from the circle's centre, of the actors a briefing names, each weighted by
    how few briefings name it (an actor every briefing names says little about where one
    belongs), in [0, 2π); the first actor's when they balance out (two facing each other)."""
    dx = sum((n.x - WIDTH / 2) / naming[n.key] for n in nodes)
    dy = sum((n.y - HEIGHT / 2) / naming[n.key] for n in nodes)
    if math.hypot(dx, dy) < 1e-6:
        dx, dy = nodes[0].x - WIDTH / 2, nodes[0].y - HEIGHT / 2
    return round(math.atan2(dy, dx) % TAU, 9)  # rounded: the order must not hang on the last bit


def spread(wanted: list[float], gap: float) -> list[float]:
    """Angles (sorted, in [0, 2π)) moved as little as can be so that neighbours are at least `gap`
    apart, in the same order; evenly spaced when they cannot all fit."""
    count = len(wanted)
    if count < 2:
        return list(wanted)
    if count * gap >= TAU:
        return _evenly(wanted)
    cut = max(range(count), key=lambda i: ((wanted[(i + 1) % count] - wanted[i]) % TAU, -i))
    line = wanted[cut + 1:] + [angle + TAU for angle in wanted[: cut + 1]]  # opened at the widest gap
    placed = _spread_line(line, gap)
    if placed[-1] - placed[0] > TAU - gap:
        return _evenly(wanted)
    ordered = placed[count - cut - 1:] + placed[: count - cut - 1]  # back in the order of `wanted`
    return [angle % TAU for angle in ordered]


def _spread_line(values: list[float], gap: float) -> list[float]:
    """Values (sorted) moved apart to `gap` at least, each run of crowded values centred on where
    its members want to be (least squares); blocks: [start, members, sum of value - index * gap]."""
    blocks: list[list[float]] = []
    for value in values:
        blocks.append([value, 1, value])
        while len(blocks) > 1 and blocks[-2][0] + blocks[-2][1] * gap > blocks[-1][0]:
            last = blocks.pop()
            block = blocks[-1]
            block[2] += last[2] - last[1] * block[1] * gap
            block[1] += last[1]
            block[0] = block[2] / block[1]
    return [start + index * gap for start, members, _ in blocks for index in range(int(members))]


def _evenly(wanted: list[float]) -> list[float]:
    """Evenly spaced in the same order, turned to where the angles want to be on average."""
    step = TAU / len(wanted)
    offsets = [angle - index * step for index, angle in enumerate(wanted)]
    turn = math.atan2(sum(math.sin(o) for o in offsets), sum(math.cos(o) for o in offsets))
    return [(turn + index * step) % TAU for index in range(len(wanted))]


def _edges(briefings: tuple[NetworkNode, ...], actors: tuple[NetworkNode, ...],
           links: dict[str, tuple[str, ...]]) -> tuple[NetworkEdge, ...]:
    """From the edge of each briefing's node to the centre of each actor it names (under the node)."""
    edges = []
    for briefing in briefings:
        for actor in (a for a in actors if a.key in links[briefing.key]):
            length = math.hypot(actor.x - briefing.x, actor.y - briefing.y) or 1.0
            start_x = briefing.x + (actor.x - briefing.x) * briefing.size / length
            start_y = briefing.y + (actor.y - briefing.y) * briefing.size / length
            edges.append(NetworkEdge(briefing.key, actor.key, _round(start_x), _round(start_y), actor.x, actor.y))
    return tuple(edges)


def _frame(actors: tuple[NetworkNode, ...]) -> tuple[int, int, int, int]:
    """The drawing's box (left, top, width, height) around the actors and their labels, so that
    the drawing is no wider than its longest labels need and scales as large as it can."""
    boxes = [(WIDTH / 2 - RADIUS, HEIGHT / 2 - RADIUS, WIDTH / 2 + RADIUS, HEIGHT / 2 + RADIUS)]
    for actor in actors:
        boxes.append((actor.x - actor.size, actor.y - actor.size, actor.x + actor.size, actor.y + actor.size))
        boxes.append(_label_box(actor))
    left = math.floor(min(b[0] for b in boxes)) - FRAME_PADDING
    top = math.floor(min(b[1] for b in boxes)) - FRAME_PADDING
    right = math.ceil(max(b[2] for b in boxes)) + FRAME_PADDING
    bottom = math.ceil(max(b[3] for b in boxes)) + FRAME_PADDING
    return left, top, right - left, bottom - top


def _label_box(actor: NetworkNode) -> tuple[float, float, float, float]:
    """Where an actor's label is drawn, from its number of characters (CHARACTER_WIDTH errs wide)."""
    width = max(len(line) for line in actor.label) * CHARACTER_WIDTH * LABEL_FONT
    left = {"start": actor.label_x, "end": actor.label_x - width}.get(actor.anchor, actor.label_x - width / 2)
    top = actor.label_y - LABEL_FONT
    return left, top, left + width, actor.label_y + (len(actor.label) - 1) * LABEL_LINE + 0.3 * LABEL_FONT


def _point(angle: float, radius: float) -> tuple[float, float]:
    return WIDTH / 2 + radius * math.cos(angle), HEIGHT / 2 + radius * math.sin(angle)


def _round(value: float) -> float:
    """One decimal: the drawing's precision, and the same text on every machine."""
    return round(value, 1) + 0.0  # + 0.0: never "-0.0"
