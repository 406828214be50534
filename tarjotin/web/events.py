"""The "what's on" page and the event page: dates, price and audience filters, a list grouped by day."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django import forms
from django.conf.locale import LANG_INFO
from django.core.paginator import Page, Paginator
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.utils import formats, timezone
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from tarjotin.catalogue import events as catalogue_events
from tarjotin.catalogue import selectors as catalogue
from tarjotin.catalogue.models import Classification
from tarjotin.core.text import pick_text
from tarjotin.search.selectors import events_for_theme, events_search
from tarjotin.trays.selectors import tray_themes

from .forms import MAX_QUERY

PAGE_SIZE = 20
MAX_SEARCHED = 1000  # events a search or a theme narrows the page to; a county has far fewer coming
QUICK = (("", _("Any time")), ("today", _("Today")), ("week", _("This week")), ("weekend", _("This weekend")))
# Dates further off are typing mistakes (or probes); they are refused, not turned into a 500.
PAST_DAYS, FUTURE_DAYS = 366, 5 * 366


def _lang() -> str:
    return (get_language() or "fi")[:2]


def today() -> date:
    return catalogue_events.local_day(timezone.now())


def quick_window(choice: str, day: date) -> tuple[date, date] | None:
    """Today; the rest of this week (to Sunday); this weekend (Saturday and Sunday, or what is left)."""
    if choice == "today":
        return day, day
    if choice == "week":
        return day, day + timedelta(days=6 - day.weekday())
    if choice == "weekend":
        return max(day, day + timedelta(days=5 - day.weekday())), day + timedelta(days=6 - day.weekday())
    return None


class EventsForm(forms.Form):
    q = forms.CharField(label=_("Search words"), required=False, max_length=2000, strip=True)
    when = forms.ChoiceField(required=False, choices=[(k, k) for k, _label in QUICK if k])
    start = forms.DateField(label=_("From"), required=False)
    end = forms.DateField(label=_("To"), required=False)
    free = forms.ChoiceField(label=_("Price"), required=False)
    audience = forms.ChoiceField(label=_("For whom"), required=False)
    theme = forms.ChoiceField(label=_("Theme"), required=False)

    def __init__(self, data: QueryDict, *, themes: list, groups: list, lang: str) -> None:
        super().__init__(data)
        self.theme_views = {t.slug: t for t in themes}
        self.group_names = {c.code: c.name.get(lang) or c.name.get("fi") or c.code for c in groups}
        self.fields["theme"].choices = [("", _("All"))] + [(t.slug, t.name.get(lang) or t.name.get("fi"))
                                                          for t in themes]
        self.with_counts(None, None)

    def with_counts(self, free: dict[str, int] | None, groups: dict[str, int] | None) -> None:
        """Counts next to the values; once counted, a group without events is offered only while chosen."""
        chosen = self.data.get("audience")
        free = free or {}
        self.fields["free"].choices = [("", _("All")), ("free", _label(_("Free of charge"), free.get("free"))),
                                       ("paid", _label(_("Chargeable"), free.get("paid")))]
        self.fields["audience"].choices = [("", _("All"))] + [
            (code, _label(name, None if groups is None else groups.get(code, 0)))
            for code, name in self.group_names.items() if groups is None or groups.get(code) or code == chosen]

    def value(self, name: str):
        """A field's clean value; a bad value in one field never throws away the others."""
        self.is_valid()
        return self.cleaned_data.get(name)

    def _date(self, name: str) -> date | None:
        value = self.cleaned_data.get(name)
        day = today()
        if value is not None and not day - timedelta(days=PAST_DAYS) <= value <= day + timedelta(days=FUTURE_DAYS):
            raise forms.ValidationError(_("Choose a date within the next few years."))
        return value

    def clean_start(self) -> date | None:
        return self._date("start")

    def clean_end(self) -> date | None:
        return self._date("end")


def _label(text, count: int | None) -> str:
    return f"{text} ({count})" if count is not None else str(text)


@dataclass
class EventRow:
    event: object
    when: str  # the time (or dates) in words, as short as the list's day heading allows


@dataclass
class EventsPage:
    form: EventsForm
    total: int
    page: Page
    days: list[tuple[date, str, list[EventRow]]]  # (day, its heading, its events)
    quick: list[tuple[str, str, bool]]  # (label, query string, current)
    base_query: str
    start: date | None = None
    end: date | None = None
    next_days: list[tuple[date, str, str]] = field(default_factory=list)  # when nothing is on: (day, heading, query)


def _area(tray) -> tuple[str, ...] | None:
    """None for the whole country (the national tray, or before any tray exists)."""
    return None if tray is None or tray.is_national else tuple(tray.municipality_codes)


def _date(day: date) -> str:
    """"lauantai 28. marraskuuta 2026", "lördag 28 november 2026", "Saturday Nov. 28, 2026"."""
    return f"{formats.date_format(day, 'l')} {formats.date_format(day, 'DATE_FORMAT')}"


def _time(moment: datetime) -> str:
    return formats.date_format(timezone.localtime(moment), "TIME_FORMAT")


def _at(day: date, times: str) -> str:
    return _("%(date)s at %(time)s") % {"date": _date(day), "time": times}


def day_heading(day: date) -> str:
    return capfirst(_date(day))


def event_when(event, *, with_date: bool = True) -> str:
    """"18.00–20.00" (after the date unless the list's day heading gives it); dates only for an all-day
    event; no end where the source gave none; both dates when it goes on over several days."""
    first = catalogue_events.local_day(event.start)
    last = catalogue_events.local_day(event.end - timedelta(microseconds=1)) if event.end_given else first
    if event.all_day:
        if last == first:
            return day_heading(first) if with_date else str(_("All day"))
        return capfirst(f"{_date(first)} – {_date(last)}")
    if last != first:
        return capfirst(f"{_at(first, _time(event.start))} – {_at(last, _time(event.end))}")
    times = f"{_time(event.start)}–{_time(event.end)}" if event.end_given else _time(event.start)
    return capfirst(_at(first, times)) if with_date else times


def event_rows(events: list, *, with_date: bool = True) -> list[EventRow]:
    return [EventRow(event=e, when=event_when(e, with_date=with_date)) for e in events]


def _by_day(events: list, first_day: date) -> list[tuple[date, str, list[EventRow]]]:
    """Events under the day they are on first from the page's first day: one that began yesterday and
    goes on today is under today."""
    days: dict[date, list[EventRow]] = {}
    for event in events:
        day = max(catalogue_events.local_day(event.start), first_day)
        days.setdefault(day, []).append(EventRow(event=event, when=event_when(event, with_date=False)))
    return [(day, day_heading(day), rows) for day, rows in days.items()]


def _query(params: QueryDict, **changes: str) -> str:
    found = params.copy()
    for key in ("page", "when", "start", "end", *changes):
        found.pop(key, None)
    for key, value in changes.items():
        if value:
            found[key] = value
    return found.urlencode()


def _window(form: EventsForm) -> tuple[date | None, date | None]:
    """A quick choice wins over typed dates; dates in the wrong order are taken the right way round."""
    quick = quick_window(form.value("when") or "", today())
    if quick:
        return quick
    start, end = form.value("start"), form.value("end")
    if start and end and end < start:
        start, end = end, start
    return start, end


def _narrowed(form: EventsForm, area: tuple[str, ...] | None, lang: str) -> list[int] | None:
    """The events the words and the theme leave, or None when neither is given."""
    text, theme = (form.value("q") or "")[:MAX_QUERY], form.theme_views.get(form.value("theme") or "")
    found: list[int] | None = None
    if text:
        found = events_search(text=text, lang=lang, municipalities=area or (), limit=MAX_SEARCHED)
    if theme is not None:
        themed = events_for_theme(theme, area or (), limit=MAX_SEARCHED)
        keep = set(themed)
        found = themed if found is None else [pk for pk in found if pk in keep]
    return found


def events_page(request: HttpRequest, lang: str) -> EventsPage:
    tray = request.tray
    groups = list(catalogue.classifications_of(Classification.Kind.TARGET_GROUP).filter(code__startswith="KR1."))
    form = EventsForm(request.GET, themes=tray_themes(tray) if tray else catalogue.themes_visible(),
                      groups=groups, lang=lang)
    area, (start, end) = _area(tray), _window(form)
    first_day = max(start or today(), today())  # a range may begin in the past; what is over is not shown
    free = {"free": True, "paid": False}.get(form.value("free") or "")
    audience = form.value("audience") or None
    ids = _narrowed(form, area, lang)

    def chosen(**overrides):
        args = {"municipalities": area, "start": start, "end": end, "free": free, "target_group": audience,
                "ids": ids, **overrides}
        return catalogue_events.events_upcoming(**args)

    events = chosen()
    form.with_counts(catalogue_events.events_free_counts(chosen(free=None)),
                     catalogue_events.events_target_group_counts(chosen(target_group=None)))
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("page"))
    params = request.GET.copy()
    params.pop("page", None)
    # The quick choice in force; typed dates are none of them, and nothing chosen is "any time".
    current = form.value("when") or (None if start or end else "")
    result = EventsPage(
        form=form, total=page.paginator.count, page=page, days=_by_day(list(page.object_list), first_day),
        quick=[(label, _query(params, when=key), key == current) for key, label in QUICK],
        base_query=params.urlencode(), start=start, end=end,
    )
    if not result.total:
        after = chosen(start=None, end=None)
        result.next_days = [(d, day_heading(d), _query(params, start=d.isoformat(), end=d.isoformat()))
                            for d in catalogue_events.events_next_dates(after, after=first_day)]
    return result


def _link_name(name: str, url: str) -> str:
    """Linked Events names its links "extlink_facebook" and the like; the service's name reads better."""
    if name.startswith("extlink_"):
        return name.removeprefix("extlink_").replace("_", " ").capitalize()
    return name or url


def event_links(event, lang: str) -> list[tuple[str, str]]:
    """(label, url) of the event's own page, its tickets and its other links; the template keeps only
    http(s) ones."""
    found = []
    info = pick_text(event.info_url if isinstance(event.info_url, dict) else {}, lang)
    if info:
        found.append((str(_("More information")), info))
    for offer in event.offers or []:
        url = pick_text(offer.get("info_url") if isinstance(offer, dict) else {}, lang)
        if url and url not in {u for _label, u in found}:
            found.append((str(_("Tickets and registration")), url))
    for link in event.external_links or []:
        if isinstance(link, dict) and link.get("url") and link["url"] not in {u for _label, u in found}:
            found.append((_link_name(str(link.get("name") or ""), link["url"]), link["url"]))
    return found


def language_names(codes) -> list[str]:
    """Names of the languages spoken at an event; a code Django does not know (zh_hans) stays a code."""
    names = []
    for code in codes or []:
        info = LANG_INFO.get(str(code).replace("_", "-").lower()) or {}
        names.append(str(_(info["name"])) if "name" in info else str(code))
    return names


@require_safe
def events(request: HttpRequest) -> HttpResponse:
    return render(request, "web/events.html", {"listing": events_page(request, _lang())})


@require_safe
def event(request: HttpRequest, pk: int) -> HttpResponse:
    found = catalogue_events.event_get(pk)
    if found is None:
        raise Http404
    lang = _lang()
    return render(request, "web/event.html", {
        "event": found, "when": event_when(found), "credit": catalogue_events.event_credit(found),
        "target_groups": list(catalogue.classifications_of(Classification.Kind.TARGET_GROUP, found.target_groups)),
        "links": event_links(found, lang), "languages": language_names(found.languages),
    })
