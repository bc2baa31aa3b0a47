"""A list the column numbers stays numbered on the site and in the PDF; a bulleted list, a Markdown heading
or quote shows its structure, never its marker as text."""

from __future__ import annotations

import markdown

from kolom.knowledge import ColumnPage
from kolom.model import Block, BlockType, Column
from kolom.pdf.render import column_html
from kolom.site.pages import body_markdown


def column() -> Column:
    item = BlockType.LIST_ITEM
    return Column(
        source="a.txt",
        slug="titel",
        title="Titel",
        blocks=[
            Block(BlockType.PARAGRAPH, "Drie afspraken in de zaak.", (1, 1)),
            Block(item, "1. Wie de klacht hoort, lost hem op", (2, 2), "1."),
            Block(item, "2. Tot vijftig euro beslist iedereen", (3, 3), "2."),
            Block(BlockType.PARAGRAPH, "En verder nog dit.", (4, 4)),
            Block(item, "• een punt zonder nummer", (5, 5), "•"),
            Block(BlockType.HEADING, "## Tussenkop", (6, 6), "##"),
            Block(BlockType.QUOTE, "> Een zin van een ander.", (7, 7), ">"),
        ],
    )


def test_a_numbered_list_is_an_ordered_list_on_the_site():
    html = markdown.markdown(body_markdown(column()), extensions=["attr_list"])
    assert (
        "<ol>\n<li>Wie de klacht hoort, lost hem op</li>\n<li>Tot vijftig euro beslist iedereen</li>\n</ol>"
        in html
    )
    assert "<ul>\n<li>een punt zonder nummer</li>\n</ul>" in html
    assert "<h2>Tussenkop</h2>" in html
    assert "<blockquote>\n<p>Een zin van een ander.</p>\n</blockquote>" in html


def test_a_numbered_list_is_an_ordered_list_in_the_pdf():
    html = column_html(ColumnPage(column(), "", [], 20, [], []))
    assert (
        '<ol start="1"><li>Wie de klacht hoort, lost hem op</li><li>Tot vijftig euro beslist iedereen</li></ol>'
        in html
    )
    assert "<ul><li>een punt zonder nummer</li></ul>" in html
    assert "<h3>Tussenkop</h3>" in html and "<blockquote><p>Een zin van een ander.</p></blockquote>" in html
