"""A rule tokenizer for Vietnamese: spaCy's punctuation rules over syllables.

spaCy's own Vietnamese tokenizer either needs pyvi (word segmentation, slow) or splits on
spaces only, leaving ``70%,`` as one token. Syllables split from punctuation serve span
alignment best, at the speed of spaCy's Cython tokenizer.
"""
from __future__ import annotations

from spacy.lang.punctuation import TOKENIZER_INFIXES, TOKENIZER_PREFIXES, TOKENIZER_SUFFIXES
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

INFIXES = list(TOKENIZER_INFIXES) + [r"(?<=[\w%])/(?=\w)", r"(?<=[0-9])[-–](?=[0-9])"]
SUFFIXES = list(TOKENIZER_SUFFIXES) + [r"%"]


@registry.tokenizers("coopdocs.vi_tokenizer.v1")
def create_vi_tokenizer():
    def make(nlp):
        return Tokenizer(
            nlp.vocab,
            prefix_search=compile_prefix_regex(TOKENIZER_PREFIXES).search,
            suffix_search=compile_suffix_regex(SUFFIXES).search,
            infix_finditer=compile_infix_regex(INFIXES).finditer,
        )

    return make
