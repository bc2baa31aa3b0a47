"""The site: columns and authors -> Markdown pages for MkDocs; the MkDocs hook is thin glue."""
