"""Form widgets rendered in Python: the filter panel's selects are drawn on every search page, and
Django's template-rendered widgets cost more than the search itself."""

from __future__ import annotations

from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString


class Select(forms.Select):
    """The same markup as Django's Select for flat choices, without a template per option."""

    def render(self, name, value, attrs=None, renderer=None) -> SafeString:
        attrs = self.build_attrs(self.attrs, {**(attrs or {}), "name": name})
        chosen = self.format_value(value)
        options = format_html_join(
            "", '<option value="{}"{}>{}</option>',
            ((option, " selected" if str(option) in chosen else "", label) for option, label in self.choices),
        )
        return format_html("<select{}>{}</select>", flatatt(attrs), options)
