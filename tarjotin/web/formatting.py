"""Source text to safe HTML: paragraphs and bullet lists kept, nothing from the source interpreted."""

from __future__ import annotations

import re

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

_BULLET = re.compile(r"^\s*[*•\-]\s+")
# Bidirectional overrides and other invisible controls can make text read differently than it is.
_CONTROLS = re.compile(r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]")


def plain(text: str) -> str:
    return _CONTROLS.sub("", text or "").replace("\r\n", "\n").replace("\r", "\n")


def _block(lines: list[str]) -> str:
    if all(_BULLET.match(line) for line in lines):
        items = "".join(f"<li>{escape(_BULLET.sub('', line))}</li>" for line in lines)
        return f"<ul>{items}</ul>"
    out, para, bullets = [], [], []
    for line in lines:
        if _BULLET.match(line):
            if para:
                out.append("<p>" + "<br>".join(escape(p) for p in para) + "</p>")
                para = []
            bullets.append(line)
        else:
            if bullets:
                out.append(_block(bullets))
                bullets = []
            para.append(line)
    if para:
        out.append("<p>" + "<br>".join(escape(p) for p in para) + "</p>")
    if bullets:
        out.append(_block(bullets))
    return "".join(out)


def text_to_html(text: str) -> SafeString:
    """Paragraphs on blank lines, line breaks kept, `* ` lines as a list; everything else escaped."""
    blocks = re.split(r"\n\s*\n", plain(text).strip())
    html = "".join(_block([line for line in b.split("\n") if line.strip()]) for b in blocks if b.strip())
    return mark_safe(html)


def lang_wrap(html: str, lang: str | None, tag: str = "span") -> SafeString:
    """Mark text that is in another language than the page, so screen readers pronounce it right."""
    if not lang:
        return mark_safe(html)
    return format_html('<{} lang="{}">{}</{}>', mark_safe(tag), lang, mark_safe(html), mark_safe(tag))
