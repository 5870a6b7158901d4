"""Rule finders: regular grammars over a document's text, built from the language data in
``coopdocs/lang``. They return items with exact character offsets; the spaCy components in
``coopdocs/pipeline`` put those items on the ``Doc``."""
