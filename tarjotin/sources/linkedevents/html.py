"""Linked Events descriptions are HTML; this turns them into plain text with the paragraphs kept."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Tags that end a paragraph; the web layer renders blank-line-separated text as paragraphs.
_BLOCKS = {"p", "div", "section", "article", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
           "table", "tr", "pre", "figure", "header", "footer", "address", "hr"}
_DROPPED = {"script", "style", "template", "noscript", "iframe", "object"}
_TAG = re.compile(r"</?[a-zA-Z][^>]*>|<!--|&[a-zA-Z]+;|&#\d+;")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.dropping = 0
        self.link: tuple[str, int] | None = None  # (href, where its text starts in the current line)

    def _newline(self) -> None:
        if self.lines[-1].strip():
            self.lines.append("")

    def _paragraph(self) -> None:
        # A blank line between two filled ones is how the web layer sees a paragraph break.
        self._newline()
        if len(self.lines) > 1 and self.lines[-2].strip():
            self.lines.append("")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED:
            self.dropping += 1
        elif tag == "br":
            self.lines.append("")
        elif tag == "li":
            self._newline()
            self.lines[-1] = "* "
        elif tag in _BLOCKS:
            self._paragraph()
        elif tag == "a":
            href = (dict(attrs).get("href") or "").strip()
            self.link = (href, len(self.lines[-1])) if href.lower().startswith(("http://", "https://",
                                                                                 "mailto:")) else None

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
            self.dropping = max(0, self.dropping - 1)
        elif tag == "li":
            self._newline()
        elif tag in _BLOCKS:
            self._paragraph()
        elif tag == "a" and self.link:
            href, start = self.link
            shown = self.lines[-1][start:].strip()
            target = href[7:] if href.lower().startswith("mailto:") else href
            # Keep where a link pointed when its text does not already say it ("Lue lisää" → the URL).
            if target and target.rstrip("/") not in shown:
                self.lines[-1] = self.lines[-1].rstrip() + (f" ({target})" if shown else target)
            self.link = None

    def handle_data(self, data: str) -> None:
        if self.dropping:
            return
        # HTML collapses white space; line structure comes only from the tags above.
        text = _SPACES.sub(" ", data.replace("\n", " "))
        if not self.lines[-1] or self.lines[-1].endswith(("* ", " ")):
            text = text.lstrip()
        self.lines[-1] += text


def _tidy(lines: list[str]) -> str:
    out: list[str] = []
    for line in (line.strip() for line in lines):
        if line in ("", "*") and (not out or out[-1] == ""):
            continue
        out.append("" if line == "*" else line)
    return "\n".join(out).strip()


def plain_text(value: str) -> str:
    """Plain text of an HTML fragment: paragraphs as blank lines, <br> as a line break, list items as
    "* " lines, links' targets kept. Text that holds no markup is only trimmed, its line breaks kept."""
    if not value:
        return ""
    if not _TAG.search(value):
        return _tidy(_SPACES.sub(" ", value.replace("\r\n", "\n")).split("\n"))
    parser = _Text()
    parser.feed(value)
    parser.close()
    return _tidy(parser.lines)
