"""The identity, role and type measures of evaluation/annotations.py, on literal inputs."""

from __future__ import annotations

import pytest

from evaluation.annotations import _gold_forms, role_is_office


@pytest.mark.parametrize("role, kept", [
    ("Interior Minister", True), ("leader of Essex County Council", True), ("Liberal Democrat chairman", True),
    ("Lord Chancellor", True),
    ("Mr", False), ("Lord", False), ("Lord Chancellor Lord", False), ("chairman Mr", False),
    ("Turkish counterpart", False), ("chief of FAO's", False), ("", False),
])
def test_role_is_office(role: str, kept: bool) -> None:
    assert role_is_office(role) is kept


def test_gold_forms_leave_out_a_form_two_entities_share() -> None:
    gold = {"entities": [
        {"name": "Michael Howard", "type": "person", "mentions": ["Michael Howard", "Howard"]},
        {"name": "Howard Flight", "type": "person", "mentions": ["Howard Flight", "Howard"]},
        {"name": "Budget", "type": "other", "mentions": ["Budget"]},
    ]}
    assert _gold_forms(gold) == {"michael howard": 0, "howard flight": 1}
