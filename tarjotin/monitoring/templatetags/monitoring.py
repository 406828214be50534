"""Template helpers of monitoring: the feedback survey's choices and whether a campaign runs today."""

from __future__ import annotations

from django import template
from django.utils.formats import number_format

from ..models import RespondentGroup, Usefulness
from ..selectors import campaign_active

register = template.Library()


@register.simple_tag(takes_context=True)
def feedback_survey(context) -> dict:
    request = context.get("request")
    return {
        "campaign": campaign_active(tray=getattr(request, "tray", None)) is not None,
        "respondents": RespondentGroup.choices,
        "usefulness": Usefulness.choices,
    }


@register.filter
def cells(values) -> list[tuple[str, bool]]:
    """A report row's values as (text, is a number): numbers in the page's locale, a dash for no value."""
    found = []
    for value in values:
        if value is None:
            found.append(("–", True))
        elif isinstance(value, bool) or not isinstance(value, int | float):
            found.append((str(value), False))
        else:
            found.append((number_format(value, 1 if isinstance(value, float) else None), True))
    return found
