"""Forms of the monitoring pages: the feedback survey, the report period, campaigns and the criteria."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from tarjotin.monitoring.criteria import Criterion
from tarjotin.monitoring.models import CriterionAnswer, RespondentGroup, Usefulness

MAX_SPAN_DAYS = 5 * 366


class FeedbackForm(forms.Form):
    respondent = forms.ChoiceField(
        label=pgettext_lazy("feedback survey", "The respondent is"), choices=RespondentGroup.choices,
        widget=forms.RadioSelect, error_messages={"required": _("Choose who you are answering as.")})
    usefulness = forms.ChoiceField(
        label=pgettext_lazy("feedback survey", "How useful did you find the information on the service tray?"),
        choices=Usefulness.choices, widget=forms.RadioSelect,
        error_messages={"required": _("Choose how useful the information was.")})


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    preset: str  # "this-month", "last-month", "this-year" or "" for dates of the user's own

    @property
    def query(self) -> str:
        return f"preset={self.preset}" if self.preset else f"start={self.start:%Y-%m-%d}&end={self.end:%Y-%m-%d}"


PRESETS = (("this-month", _("This month")), ("last-month", _("Last month")), ("this-year", _("This year")))


def preset_period(preset: str, today: dt.date | None = None) -> Period:
    today = today or timezone.localdate()
    if preset == "last-month":
        end = today.replace(day=1) - dt.timedelta(days=1)
        return Period(end.replace(day=1), end, preset)
    if preset == "this-year":
        return Period(today.replace(month=1, day=1), today, preset)
    return Period(today.replace(day=1), today, "this-month")


class PeriodForm(forms.Form):
    start = forms.DateField(label=_("First day"), required=False,
                            widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    end = forms.DateField(label=_("Last day"), required=False,
                          widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if bool(start) != bool(end):
            raise forms.ValidationError(_("Give both the first and the last day."))
        if start and end and end < start:
            raise forms.ValidationError(_("The last day is before the first day."))
        if start and end and (end - start).days > MAX_SPAN_DAYS:
            raise forms.ValidationError(_("A report covers at most five years."))
        return data


def period_from(params) -> tuple[Period, PeriodForm]:
    """The period of the query string: its own dates when valid, else a preset (this month by default)."""
    form = PeriodForm(params if ("start" in params or "end" in params) else None)
    if form.is_bound and form.is_valid() and form.cleaned_data.get("start"):
        return Period(form.cleaned_data["start"], form.cleaned_data["end"], ""), form
    period = preset_period(params.get("preset", ""))
    if not form.is_bound:
        form = PeriodForm(initial={"start": period.start, "end": period.end})
    return period, form


class CampaignForm(forms.Form):
    starts_on = forms.DateField(label=_("First day"), widget=forms.DateInput(attrs={"type": "date"}))
    ends_on = forms.DateField(label=_("Last day"), widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        data = super().clean()
        if data.get("starts_on") and data.get("ends_on") and data["ends_on"] < data["starts_on"]:
            raise forms.ValidationError(_("The last day is before the first day."))
        if data.get("ends_on") and data["ends_on"] < timezone.localdate():
            raise forms.ValidationError(_("The campaign would already be over."))
        return data


STATUS_CHOICES = [("", _("Not answered")), *CriterionAnswer.Status.choices]


class CriteriaForm(forms.Form):
    """One status (radio buttons) and one note per criterion; fields named status_<code> and note_<code>."""

    def __init__(self, *args, criteria: tuple[Criterion, ...], answers: dict[str, CriterionAnswer], lang: str,
                 **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.criteria = criteria
        for criterion in criteria:
            answer = answers.get(criterion.code)
            self.fields[f"status_{criterion.code}"] = forms.ChoiceField(
                label=criterion.text_in(lang), choices=STATUS_CHOICES, required=False, widget=forms.RadioSelect,
                initial=answer.status if answer else "")
            self.fields[f"note_{criterion.code}"] = forms.CharField(
                label=_("Note"), required=False, max_length=2000, initial=answer.note if answer else "",
                widget=forms.Textarea(attrs={"rows": 2, "cols": 60}))

    def rows(self) -> list[tuple[Criterion, forms.BoundField, forms.BoundField]]:
        return [(c, self[f"status_{c.code}"], self[f"note_{c.code}"]) for c in self.criteria]

    def answers(self) -> dict[str, tuple[str, str]]:
        return {c.code: (self.cleaned_data.get(f"status_{c.code}", ""), self.cleaned_data.get(f"note_{c.code}", ""))
                for c in self.criteria}
