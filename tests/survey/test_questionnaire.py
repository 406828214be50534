"""The questionnaire file: valid against its schema, complete in fi/sv/en, covering every national theme."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest

from tarjotin.survey.questionnaire import (
    DATA,
    SCHEMA,
    QuestionnaireError,
    questionnaire_current,
    questionnaire_read,
    questionnaire_versions,
)

THEMES = json.loads((DATA.parent.parent / "catalogue" / "data" / "themes.json").read_text(encoding="utf-8"))
# Words of diagnoses and clinical scores that the texts for residents must not use.
CLINICAL = re.compile(r"diagno|depressi|masennus|alkoholismi|riippuvuus|beroende|addiction|disorder|häiriö|"
                      r"sairaus|sjukdom|illness|score|pisteet|poäng", re.IGNORECASE)


def _raw() -> dict:
    return json.loads((DATA / "questionnaire-v1.json").read_text(encoding="utf-8"))


def test_every_file_follows_the_schema():
    for version in questionnaire_versions():
        raw = json.loads((DATA / f"questionnaire-v{version}.json").read_text(encoding="utf-8"))
        jsonschema.validate(raw, json.loads(SCHEMA.read_text(encoding="utf-8")))


def test_ten_to_twenty_questions_cover_all_eight_themes():
    questionnaire = questionnaire_current()
    assert 10 <= len(questionnaire.questions) <= 20
    assert set(questionnaire.themes) == {t["slug"] for t in THEMES}
    assert len(questionnaire.steps) >= 3 and all(1 <= len(s.questions) <= 4 for s in questionnaire.steps)


def test_every_text_is_written_in_finnish_swedish_and_english():
    questionnaire = questionnaire_current()
    texts = [s.title for s in questionnaire.steps]
    for q in questionnaire.questions:
        texts += [q.text, *(o.label for o in q.options), *(o.said for o in q.options)] + ([q.hint] if q.hint else [])
    for text in texts:
        assert set(text) == {"fi", "sv", "en"} and all(v.strip() for v in text.values()), text
    # The reasons are in the resident's own words about themselves, not a verdict.
    for q in questionnaire.questions:
        for o in q.options:
            assert o.said["fi"].startswith("Kerroit") and o.said["sv"].startswith("Du berättade")
            assert o.said["en"].startswith("You said")


def _texts(node) -> list[str]:
    """Every fi/sv/en string in the file, whatever its key."""
    if isinstance(node, dict):
        if set(node) == {"fi", "sv", "en"}:
            return list(node.values())
        return [t for value in node.values() for t in _texts(value)]
    if isinstance(node, list):
        return [t for value in node for t in _texts(value)]
    return []


def test_no_diagnoses_or_clinical_scores_in_the_texts():
    texts = _texts(_raw())
    assert len(texts) > 300
    assert [t for t in texts if CLINICAL.search(t)] == []


def test_every_scale_runs_from_low_to_the_best_answer():
    questionnaire = questionnaire_current()
    for q in questionnaire.questions:
        scores = [o.score for o in q.options]
        assert scores == sorted(scores) and scores[0] == 0 and scores[-1] == questionnaire.max_score, q.id


@pytest.mark.parametrize("change, message", [
    (lambda d: d["steps"][0]["questions"][0]["text"].pop("sv"), "sv"),
    (lambda d: d["steps"][1]["questions"].append(d["steps"][0]["questions"][0]), "unique"),
    (lambda d: d["scoring"].update(strengthen_below=3), "order"),
    (lambda d: d.update(version=2), "version"),
])
def test_a_broken_file_is_refused_with_a_reason(tmp_path, change, message):
    raw = _raw()
    change(raw)
    path = tmp_path / "questionnaire-v1.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(QuestionnaireError, match=message):
        questionnaire_read(path)
