"""The self-assessment pages. Answers travel only in the form and the address; nothing is kept but counts."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from tarjotin.survey.answers import Answers, InvalidAnswers, answers_parse, answers_with_step
from tarjotin.survey.selectors import TraySurvey, survey_for_tray
from tarjotin.survey.services import assessment_completed_record, assessment_started_record

from .pages import results_context, step_context

# Steps and results hold a person's answers: no cache on the way may keep them.
PRIVATE = "no-store"


def _lang() -> str:
    return (get_language() or "fi")[:2]


def _codes(request: HttpRequest) -> tuple[str, ...]:
    return tuple(request.tray.municipality_codes) if request.tray is not None else ()


def _render(request: HttpRequest, template: str, context: dict, status: int = 200) -> HttpResponse:
    # The feedback box on every page sends the visitor back to `feedback_back`; here the address holds
    # answers, so it sends them to the start page instead and no answer reaches the feedback log.
    context = {**context, "feedback_back": reverse("web:survey:start")}
    return render(request, template, context, status=status)


def _private(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = PRIVATE
    return response


def _invalid(request: HttpRequest, error: InvalidAnswers) -> HttpResponse:
    """A tampered, cut or outdated link (or form): said plainly, never a server error."""
    return _private(_render(request, "web/survey/invalid.html", {"outdated": error.outdated}, status=400))


def _parsed(request: HttpRequest, query: str, *, required: bool = False) -> tuple[Answers, TraySurvey]:
    answers = answers_parse(query, municipalities=_codes(request), required=required)
    survey = survey_for_tray(request.tray, version=answers.version)
    if survey is None:  # a version kept as a file but since removed cannot happen; refuse it anyway
        raise InvalidAnswers("version not kept", outdated=True)
    return answers, survey


def _see_other(url: str) -> HttpResponse:
    """After a POST the browser GETs the next page, so Back and reload never resubmit a step."""
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return _private(response)


@require_safe
def start(request: HttpRequest) -> HttpResponse:
    try:
        answers, survey = _parsed(request, request.META.get("QUERY_STRING", ""))
    except InvalidAnswers as error:
        return _invalid(request, error)
    query = answers.encode() if answers.values or answers.age is not None or answers.area is not None else ""
    return _render(request, "web/survey/start.html", {"survey": survey, "query": query})


# Residents have no session and get no cookie, so there is no CSRF token to check; a forged POST can do
# no more than raise an anonymous counter, which a person could do by hand just as well.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def step(request: HttpRequest, number: int) -> HttpResponse:
    query = request.POST.get("state", "") if request.method == "POST" else request.META.get("QUERY_STRING", "")
    try:
        answers, survey = _parsed(request, query)
    except InvalidAnswers as error:
        return _invalid(request, error)
    if not 1 <= number <= survey.step_count:
        raise Http404
    if request.method == "POST":
        return _submit(request, survey, number, answers)
    return _private(_render(request, "web/survey/step.html", step_context(survey, number, answers, _lang())))


def _submit(request: HttpRequest, survey: TraySurvey, number: int, prior: Answers) -> HttpResponse:
    keys = survey.step_keys(number)
    try:
        answers = answers_with_step(prior, request.POST, keys=keys, municipalities=_codes(request))
    except InvalidAnswers as error:
        return _invalid(request, error)
    # Seen before means the person came back to this step: they were counted the first time.
    first_time = not prior.has_any(keys)
    if request.POST.get("go") == "back":
        target = reverse("web:survey:start") if number == 1 else reverse("web:survey:step", args=[number - 1])
    else:
        if number == 1 and first_time:
            assessment_started_record(tray=request.tray)
        if number < survey.step_count:
            target = reverse("web:survey:step", args=[number + 1])
        else:
            if first_time:
                assessment_completed_record(tray=request.tray, answers=answers, questions=survey.question_ids)
            target = reverse("web:survey:results")
    return _see_other(f"{target}?{answers.encode()}")


@require_safe
def results(request: HttpRequest) -> HttpResponse:
    """Also the page a kept link opens: it shows the results again and counts nothing."""
    try:
        answers, survey = _parsed(request, request.META.get("QUERY_STRING", ""), required=True)
    except InvalidAnswers as error:
        return _invalid(request, error)
    context = results_context(request, survey, answers, _lang())
    return _private(_render(request, "web/survey/results.html", context))
