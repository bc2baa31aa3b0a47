"""Steps that need every column at once: recurring lines, author names, summaries and terms."""
