"""Forms of the professional pages: login, the referral editor, recording guidance, statistics, e-mail."""

from __future__ import annotations

from datetime import date, timedelta

from django import forms
from django.contrib.auth import authenticate
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from tarjotin.guidance.codes import oab_codes
from tarjotin.guidance.lockout import login_failure_record, login_locked_for, login_success_record
from tarjotin.guidance.models import LANGUAGE_CHOICES, NOTE_MAX
from tarjotin.guidance.personal_data import personal_data_kinds

PERSONAL_DATA_NAMES = {
    "identity_code": _("a personal identity code"),
    "phone": _("a phone number"),
    "email": _("an e-mail address"),
}
OLDEST_RECORD = timedelta(days=366)


def code_choices(lang: str) -> list[tuple[str, str]]:
    return [(c.code, f"{c.code} {c.name_in(lang)}") for c in oab_codes()]


class LoginForm(forms.Form):
    username = forms.CharField(label=_("User name"), max_length=150,
                               widget=forms.TextInput(attrs={"autocomplete": "username", "autocapitalize": "none"}))
    password = forms.CharField(label=_("Password"), strip=False, max_length=4096,
                               widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}))

    def __init__(self, *args, request=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.request = request
        self.user = None

    def clean(self):
        data = super().clean()
        username, password = data.get("username"), data.get("password")
        if not username or not password:
            return data
        wait = login_locked_for(username)
        if wait:
            minutes = max(1, (wait + 59) // 60)
            raise forms.ValidationError(ngettext(
                "Too many failed logins with this user name. Try again in %(n)d minute.",
                "Too many failed logins with this user name. Try again in %(n)d minutes.", minutes) % {"n": minutes})
        user = authenticate(self.request, username=username, password=password)
        if user is None or not user.is_active:
            login_failure_record(username)
            raise forms.ValidationError(_("The user name or the password is wrong."))
        login_success_record(username)
        self.user = user
        return data


class ReferralForm(forms.Form):
    note = forms.CharField(label=_("Note to the client"), required=False, max_length=NOTE_MAX,
                           widget=forms.Textarea(attrs={"rows": 5}))
    language = forms.ChoiceField(label=_("Language of the referral"), choices=LANGUAGE_CHOICES)
    easy_read = forms.BooleanField(label=_("Easy-to-read wording of the fixed texts"), required=False)
    codes = forms.MultipleChoiceField(label=_("Guidance codes to record"), required=False,
                                      widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, lang: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["codes"].choices = code_choices(lang)

    def clean_note(self) -> str:
        note = self.cleaned_data.get("note", "")
        found = personal_data_kinds(note)
        if found:
            what = ", ".join(str(PERSONAL_DATA_NAMES[k]) for k in found)
            raise forms.ValidationError(
                _("The note seems to contain %(what)s. Remove it before saving: a referral never holds the "
                  "client's personal data. The services' own contact details are printed on the referral."),
                code="personal_data", params={"what": what})
        return note


class RecordForm(forms.Form):
    codes = forms.MultipleChoiceField(label=_("Guidance codes"), widget=forms.CheckboxSelectMultiple)
    day = forms.DateField(label=_("Date of the guidance"), widget=forms.DateInput(attrs={"type": "date"}))
    themes = forms.MultipleChoiceField(label=_("Themes discussed"), required=False,
                                       widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, lang: str, themes: list, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["codes"].choices = code_choices(lang)
        self.fields["themes"].choices = [(t.slug, t.name.get(lang) or t.name.get("fi") or t.slug) for t in themes]

    def clean_day(self) -> date:
        day = self.cleaned_data["day"]
        today = timezone.localdate()
        if day > today:
            raise forms.ValidationError(_("The date cannot be in the future."))
        if day < today - OLDEST_RECORD:
            raise forms.ValidationError(_("The date can be at most a year ago."))
        return day


class StatisticsForm(forms.Form):
    start = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    scope = forms.ChoiceField(label=_("Area"), required=False)

    def __init__(self, *args, national_allowed: bool, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        choices = [("tray", _("This tray"))]
        if national_allowed:
            choices.append(("national", _("All trays (national)")))
        self.fields["scope"].choices = choices

    def period(self) -> tuple[date, date]:
        """The chosen dates; a bad or missing one falls back to the last twelve months."""
        today = timezone.localdate()
        default_start = (today.replace(day=1) - timedelta(days=334)).replace(day=1)
        data = self.cleaned_data if self.is_valid() else {}
        start, end = data.get("start") or default_start, data.get("end") or today
        return (start, end) if start <= end else (end, start)

    def scope_value(self) -> str:
        return (self.cleaned_data.get("scope") if self.is_valid() else "") or "tray"


class EmailForm(forms.Form):
    address = forms.EmailField(label=_("Client's e-mail address"), max_length=254,
                               help_text=_("Used once to send this message and not saved anywhere."),
                               widget=forms.EmailInput(attrs={"autocomplete": "off"}))
