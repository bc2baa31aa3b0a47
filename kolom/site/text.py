"""Text from raw files, sidecars and the registry made inert for the site: a reader sees what was written.

Every value reaches HTML escaped exactly once. Markdown gets numeric character references for every
character Markdown or its extensions could read as syntax (emphasis, links, HTML, admonitions, attribute
lists, tables, lists), so the text is never markup and needs no backslash escapes a reader would see.
"""

from __future__ import annotations

import html
import re

# Characters with a meaning anywhere in a line of Markdown (with admonition, attr_list, tables, md_in_html).
_ACTIVE = "\\`*_{}[]()<>#!|&\"'~^=$:"
_REFS = str.maketrans({char: f"&#{ord(char)};" for char in _ACTIVE})
# ... and at the start of a line: list markers, rules and setext underlines, numbered lists.
_LINE_START_RE = re.compile(r"^([-+])|^(\d+)([.)])")
_SPACE_RE = re.compile(r"\s+")
_WEB_URL_RE = re.compile(r"^https?://[^\s<>\"'`\\{}|^]+$", re.IGNORECASE)


def _ref(char: str) -> str:
    return f"&#{ord(char)};"


def markdown_text(text: str) -> str:
    """One line of literal text for Markdown: whitespace collapsed, every syntax character a reference."""
    text = _SPACE_RE.sub(" ", text).strip().translate(_REFS)
    return _LINE_START_RE.sub(lambda m: _ref(m[1]) if m[1] else m[2] + _ref(m[3]), text)


def html_text(text: str) -> str:
    """Text for an HTML element or attribute value (front matter that the theme writes unescaped)."""
    return html.escape(text, quote=True)


def web_url(value: str) -> str | None:
    """The value when it is an http(s) URL a link may point to, else None."""
    return value if _WEB_URL_RE.match(value.strip()) else None
