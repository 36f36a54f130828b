"""A briefing's export record, spliced from the part its seed alone gives (made when it is analysed)
and what depends on the other seeds: the same text as the record encoded whole."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from briefing_site import export
from briefing_site.knowledge import load_knowledge
from briefing_site.model import Analysis, RawSeed, Related, Settings
from briefing_site.pipeline import analyse
from conftest import with_ids

SEEDS = {
    "plain.txt": "Talks in Ankara\n\nTürkiye and Iraq signed a memorandum in Ankara on 15 August 2024, "
                 "Foreign Minister Hakan Fidan said. \"We will act together,\" he told reporters. "
                 "The deal covers 60 projects worth $17bn.\n",
    "odd/hostile \"name\".md": "---\ntitle: 'A \"quoted\" <b>title</b> \\ud800 ẞ'\nauthor: \"O'Neil, \\\"J\\\"\"\n"
                               "tags: [\"a,b\", \"<script>\"]\n---\nThey \ud800 signed a deal in May 2023 \u0000 "
                               "there, an \"official\" said: \"id\": \"url\", related.\n\nSecond paragraph, "
                               "with words about the related id and url.\n",
    "empty-ish.txt": "Short\n\nOne line only.\n",
}
SETTINGS = Settings(seeds_dir=Path("seeds"))


def _analyses() -> list[Analysis]:
    raws = [RawSeed(path, text, "0" * 64, "utf-8", {}, "", 1) for path, text in SEEDS.items()]
    return with_ids([analyse(raw, SETTINGS, load_knowledge(None)) for raw in raws])[0]


def test_a_spliced_record_is_the_whole_record_encoded() -> None:
    analyses = _analyses()
    assert all(a.export_part for a in analyses)  # made with the analysis
    links = (Related("x\"y", 0.4175, ("Hakan Fidan", "<b>"), ("deal",), "Both name \ud800 \"x\""),
             Related("z", 0.1, (), (), ""))
    for analysis in analyses:
        for related in ((), links):
            for directory_urls in (True, False):
                settings = dataclasses.replace(SETTINGS, use_directory_urls=directory_urls)
                spliced = export.export_record(analysis, related, settings)
                assert isinstance(spliced, export.SplicedRecord)
                whole = export._compact(export.briefing_record(analysis, related, settings))
                assert spliced.text == whole, analysis.seed.source_file
                assert json.loads(whole)["id"] == analysis.id


def test_without_a_part_the_record_is_encoded_whole_and_the_export_is_the_same() -> None:
    analyses = _analyses()
    bare = [dataclasses.replace(a, export_part=b"") for a in analyses]
    assert all(isinstance(export.export_record(a, (), SETTINGS), export.Encoded) for a in bare)

    def written(items: list[Analysis]) -> str:
        records = [export.export_record(a, (), SETTINGS) for a in items]
        return export.build_export(records, [], [], {}, SETTINGS).content
    assert written(analyses) == written(bare)


def test_the_page_and_the_rest_of_the_site_do_not_hold_the_part() -> None:
    analysis = _analyses()[0]
    assert analysis.listed().export_part == b""
    assert analysis.without_terms().export_part == analysis.export_part  # the export reads the pages' analyses

