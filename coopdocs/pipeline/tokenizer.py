"""The tokenizers of the coopdocs pipelines.

Vietnamese: spaCy's punctuation rules over syllables. spaCy's own Vietnamese tokenizer
either needs pyvi (word segmentation, slow) or splits on spaces only, leaving ``70%,`` as
one token. Syllables split from punctuation serve span alignment best, at the speed of
spaCy's Cython tokenizer.

Thai: the newmm maximal-matching segmenter of pythainlp (what ``spacy.blank("th")`` uses)
with pythainlp's word list, run by nlpo3, its Rust implementation, which gives the same
words many times faster; pythainlp's own newmm is the fallback.
"""
from __future__ import annotations

from spacy.lang.punctuation import TOKENIZER_INFIXES, TOKENIZER_PREFIXES, TOKENIZER_SUFFIXES
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
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


class ThaiTokenizer:
    """newmm word segmentation by nlpo3 over pythainlp's dictionary, into a spaCy Doc."""

    DICT = "coopdocs-th"

    def __init__(self, vocab):
        self.vocab = vocab
        self._segment = self._load()

    def _load(self):
        """nlpo3 with pythainlp's word list when both are there, else pythainlp's newmm."""
        import os

        import pythainlp.corpus

        words = os.path.join(os.path.dirname(pythainlp.corpus.__file__), "words_th.txt")
        try:
            import nlpo3
        except ImportError:
            nlpo3 = None
        if nlpo3 is not None and os.path.exists(words):
            nlpo3.load_dict(words, self.DICT)
            return lambda text: nlpo3.segment(text, self.DICT)
        from pythainlp.tokenize import word_tokenize

        return lambda text: word_tokenize(text, engine="newmm", keep_whitespace=True)

    def __call__(self, text: str) -> Doc:
        words = list(self._segment(text)) if text else []
        if "".join(words) != text:  # never lose a character, whatever the segmenter did
            from pythainlp.tokenize import word_tokenize

            words = word_tokenize(text, engine="newmm", keep_whitespace=True)
        return Doc(self.vocab, words=words, spaces=[False] * len(words))

    def to_bytes(self, **kwargs):
        return b""

    def from_bytes(self, data, **kwargs):
        return self

    def to_disk(self, path, **kwargs):
        return None

    def from_disk(self, path, **kwargs):
        return self


@registry.tokenizers("coopdocs.th_tokenizer.v1")
def create_th_tokenizer():
    def make(nlp):
        return ThaiTokenizer(nlp.vocab)

    return make
