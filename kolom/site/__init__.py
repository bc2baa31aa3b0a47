"""The site: the knowledge base -> Markdown pages for MkDocs; the MkDocs hook is thin glue."""
