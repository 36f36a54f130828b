"""The schema of `extra.briefing` in mkdocs.yml, in MkDocs' own config classes.

Validated once when the build starts, so a bad value fails with MkDocs' own wording and the
key's full name. Converted to the pipeline's plain Settings; nothing else sees MkDocs types.
"""

from __future__ import annotations

from pathlib import Path

from briefing_site.cache import digest_number, file_digest
from briefing_site.check_ids import CHECKS
from briefing_site.knowledge import load_knowledge
from briefing_site.model import SeedError, Settings
from mkdocs.config import config_options as c
from mkdocs.config.base import Config, ValidationError
from mkdocs.exceptions import ConfigurationError


class IntInRange(c.Type[int]):
    """An integer between two bounds, inclusive."""

    def __init__(self, low: int, high: int, default: int) -> None:
        super().__init__(int, default=default)
        self.low, self.high = low, high

    def run_validation(self, value: object) -> int:
        number = super().run_validation(value)
        if isinstance(number, bool) or not self.low <= number <= self.high:
            raise ValidationError(f"Expected a whole number from {self.low} to {self.high}, got {value!r}.")
        return number


class CacheFolder(c.BaseConfigOption[str | None]):
    """A folder for the analysis cache, or None for no cache: YAML false, or 'off' (also as
    BRIEFING_CACHE=off, which MkDocs' !ENV reads as false). Unset or empty: the default folder."""

    def __init__(self, default: str) -> None:
        super().__init__()
        self.default = default

    def run_validation(self, value: object) -> str | None:
        if value is None or value is True:
            return self.default
        if value is False or (isinstance(value, str) and value.strip().lower() in ("off", "false", "no")):
            return None
        if isinstance(value, str) and value.strip():
            return value
        raise ValidationError(f"Expected a folder path, or false to keep no cache, got {value!r}.")


class BriefingConfig(Config):
    seeds = c.Type(str, default="seeds")
    summary_sentences = IntInRange(0, 10, default=0)  # 0: follow the document's length
    related_links = IntInRange(0, 50, default=5)
    max_seed_bytes = IntInRange(1_000, 100_000_000, default=2_000_000)
    words_per_minute = IntInRange(50, 1_000, default=230)
    entities_file = c.Optional(c.File(exists=True))
    entity_page_min_sources = IntInRange(1, 1_000, default=2)  # curated entities always get a page
    timeline_page_events = IntInRange(1, 100_000, default=200)  # events per page of the timeline (timeline.py)
    cache = CacheFolder(default=".cache/briefing")  # relative to mkdocs.yml, like seeds
    # the previous build's briefing.json, for the What changed page and feed (changes.py); relative to
    # mkdocs.yml. Read at build time: a file that is missing or not an export is a warning, not a fault here
    previous = c.Optional(c.Type(str))
    # check ids (checks.CHECKS) whose findings fail `python -m briefing_site check`; the build ignores it
    require = c.ListOfItems(c.Choice(tuple(CHECKS)), default=[])


def load_settings(extra: dict, config_file: str | None, use_directory_urls: bool, *,
                  site_name: str = "Briefings", site_url: str | None = None,
                  docs_dir: str | None = None, site_dir: str | None = None) -> Settings:
    """Validate extra.briefing and turn it into Settings; raise ConfigurationError on faults.
    site_name, site_url, docs_dir and site_dir are MkDocs' own (the feed's title and links; the
    folders the seeds and the cache must stay out of)."""
    schema = _validated(extra, config_file)
    base = Path(config_file).parent if config_file else Path.cwd()
    seeds_dir = (base / schema.seeds).resolve()
    if not seeds_dir.is_dir():
        raise ConfigurationError(
            f"Config value 'extra.briefing.seeds': The folder '{seeds_dir}' does not exist "
            "(set it in mkdocs.yml or with the BRIEFING_SEEDS environment variable).")
    entities = Path(schema.entities_file).resolve() if schema.entities_file else None
    if entities is not None:
        try:  # read once now, so a broken file fails at config time rather than mid-build
            load_knowledge(entities, digest_number(file_digest(entities)))  # the build's key: read once
        except SeedError as error:
            raise ConfigurationError(f"Config value 'extra.briefing.entities_file': {error.message}") from error
    published = ((docs_dir, "docs_dir", "published with the site as they are", True),
                 (site_dir, "site_dir", "published with the site as they are, and emptied before each build", False))
    _apart("seeds", seeds_dir, published)
    cache_dir = (base / Path(schema.cache).expanduser()).resolve() if schema.cache else None
    if cache_dir is not None:
        _apart("cache", cache_dir, ((seeds_dir, "the seeds folder", "read as seeds", True), *published),
               " (the default is .cache/briefing, beside mkdocs.yml)")
    return Settings(seeds_dir=seeds_dir, summary_sentences=schema.summary_sentences,
                    related_links=schema.related_links, max_seed_bytes=schema.max_seed_bytes,
                    words_per_minute=schema.words_per_minute, entities_file=entities,
                    use_directory_urls=use_directory_urls,
                    entity_page_min_sources=schema.entity_page_min_sources,
                    timeline_page_events=schema.timeline_page_events,
                    cache_dir=cache_dir,
                    site_name=site_name, site_url=site_url or None, **_previous(schema.previous, base))


# A folder another reader takes files from: its path, its name, what would happen to files there,
# whether a hidden folder inside it is left alone.
Taken = tuple[Path | str | None, str, str, bool]


def _apart(key: str, folder: Path, others: tuple[Taken, ...], hint: str = "") -> None:
    """extra.briefing.<key>'s folder kept out of the folders whose files another reader takes: MkDocs
    publishes docs_dir (raw, so a seed there would be a page of its own, unescaped) and empties
    site_dir before every build; the seed reader reads the seeds folder. A hidden folder inside
    the seeds or docs folder is left alone by both readers."""
    for other, name, effect, hidden_ok in others:
        if other is None:
            continue
        inside = _inside(folder, Path(other).resolve())
        if inside is not None and not (hidden_ok and any(part.startswith(".") for part in inside)):
            where = f"inside {name}" if inside else name
            raise ConfigurationError(
                f"Config value 'extra.briefing.{key}': The folder '{folder}' is {where}, so its files would "
                f"be {effect}. Put it outside{hint}.")


def _inside(path: Path, folder: Path) -> tuple[str, ...] | None:
    """path's parts below folder when it is folder or inside it, else None."""
    try:
        return path.relative_to(folder).parts
    except ValueError:
        return None


def _previous(previous: str | None, base: Path) -> dict[str, object]:
    """extra.briefing.previous as Settings fields: resolved against mkdocs.yml's folder, and as written
    (what the page and messages show, the same on every machine). Blank is the same as unset."""
    if not previous or not previous.strip():
        return {}
    return {"previous_export": (base / Path(previous).expanduser()).resolve(), "previous_export_name": previous}


def required_checks(extra: dict, config_file: str | None) -> tuple[str, ...]:
    """extra.briefing.require, validated: the check ids whose findings fail the checks command."""
    return tuple(_validated(extra, config_file).require)


def _validated(extra: dict, config_file: str | None) -> BriefingConfig:
    """extra.briefing checked against the schema; every fault named by its key, all at once."""
    raw = extra.get("briefing") or {}
    if not isinstance(raw, dict):
        raise ConfigurationError("Config value 'extra.briefing': Expected a mapping of settings.")
    schema = BriefingConfig(config_file_path=config_file)
    schema.load_dict(raw)
    failed, warnings = schema.validate()
    problems = [*failed, *warnings]
    if problems:
        lines = "\n".join(f"Config value 'extra.briefing.{key}': {error}" for key, error in problems)
        raise ConfigurationError(f"Aborted with {len(problems)} configuration error(s) in extra.briefing:\n{lines}")
    return schema
