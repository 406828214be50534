"""The admin form of a tray's self-assessment settings: tick what is asked, stored as what is left out."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from tarjotin.catalogue.selectors import themes_visible
from tarjotin.core.text import pick_text

from .models import SurveySettings
from .questionnaire import questionnaire_current


def _question_choices() -> list[tuple[str, str]]:
    questionnaire = questionnaire_current()
    return [(q.id, f"{pick_text(step.title, 'fi')}: {pick_text(q.text, 'fi')}")
            for step in questionnaire.steps for q in step.questions]


def _theme_choices() -> list[tuple[str, str]]:
    used = questionnaire_current().themes
    names = {t.slug: pick_text(t.name, "fi") for t in themes_visible()}
    return [(slug, names.get(slug, slug)) for slug in used]


class SurveySettingsForm(forms.ModelForm):
    questions_on = forms.MultipleChoiceField(
        label=_("Questions asked"), required=False, widget=forms.CheckboxSelectMultiple,
        help_text=_("A question is asked only when at least one of its themes is on too."))
    themes_on = forms.MultipleChoiceField(
        label=_("Themes in the results"), required=False, widget=forms.CheckboxSelectMultiple,
        help_text=_("A theme the tray hides is left out whatever is ticked here."))

    class Meta:
        model = SurveySettings
        fields = ("tray",)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["questions_on"].choices = _question_choices()
        self.fields["themes_on"].choices = _theme_choices()
        instance = self.instance
        self.initial["questions_on"] = [c for c, _label in _question_choices() if c not in instance.questions_off]
        self.initial["themes_on"] = [c for c, _label in _theme_choices() if c not in instance.themes_off]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if not data.get("questions_on") or not data.get("themes_on"):
            raise forms.ValidationError(_("Leave at least one question and one theme on."))
        return data

    def save(self, commit: bool = True) -> SurveySettings:
        # Codes of other questionnaire versions stay as they were: this form only knows the current one.
        questions = {c for c, _label in _question_choices()}
        themes = {c for c, _label in _theme_choices()}
        instance = self.instance
        instance.questions_off = sorted({q for q in instance.questions_off if q not in questions}
                                        | (questions - set(self.cleaned_data["questions_on"])))
        instance.themes_off = sorted({t for t in instance.themes_off if t not in themes}
                                     | (themes - set(self.cleaned_data["themes_on"])))
        return super().save(commit)
