"""The coopdocs corpus: Thai and Vietnamese documents with hand-made gold files
(docs/annotation.md). Installed as ``coopdocs.corpus`` so that ``coopdocs demo`` can run
on it anywhere."""
