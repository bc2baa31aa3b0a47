"""PDF export: columns -> print HTML (Jinja templates) -> WeasyPrint, tagged and hyphenated in Dutch."""
