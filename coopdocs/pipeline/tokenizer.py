"""The tokenizers of the coopdocs pipelines.

Vietnamese: spaCy's punctuation rules over syllables. spaCy's own Vietnamese tokenizer
either needs pyvi (word segmentation, slow) or splits on spaces only, leaving ``70%,`` as
one token. Syllables split from punctuation serve span alignment best, at the speed of
spaCy's Cython tokenizer.

Thai: the newmm maximal-matching segmenter of pythainlp (what ``spacy.blank("th")`` uses)
with pythainlp's word list, run by nlpo3, its Rust implementation, which gives the same
words many times faster; pythainlp's own newmm is the fallback.

Any other language: ``coopdocs.script_tokenizer.v1`` cuts at whitespace, at punctuation and
where the script changes or digits start or end (``มี๑๒๕คน`` -> ``มี``, ``๑๒๕``, ``คน``), with
no dictionary. A language whose words run together gets phrases, not words, from it; its
word lists then match where the phrase, a number or a space ends.

A profile names its tokenizer in ``[language] tokenizer``.
"""
from __future__ import annotations

import functools
import unicodedata

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


class _Stateless:
    """What spaCy asks of a tokenizer that holds no state of its own: nothing to save or load."""

    def to_bytes(self, **kwargs):
        return b""

    def from_bytes(self, data, **kwargs):
        return self

    def to_disk(self, path, **kwargs):
        return None

    def from_disk(self, path, **kwargs):
        return self


class ThaiTokenizer(_Stateless):
    """newmm word segmentation by nlpo3 over pythainlp's dictionary, into a spaCy Doc."""

    DICT = "coopdocs-th"

    def __init__(self, vocab):
        self.vocab = vocab
        self._segment = _newmm()

    def __call__(self, text: str) -> Doc:
        words = list(self._segment(text)) if text else []
        if "".join(words) != text:  # never lose a character, whatever the segmenter did
            from pythainlp.tokenize import word_tokenize

            words = word_tokenize(text, engine="newmm", keep_whitespace=True)
        return Doc(self.vocab, words=words, spaces=[False] * len(words))



@functools.cache
def _newmm():
    """nlpo3 with pythainlp's word list when both are there, else pythainlp's newmm.

    The dictionary is loaded once per process, whatever the number of pipelines: nlpo3 keeps
    it, compiled into its trie, under :attr:`ThaiTokenizer.DICT`. nlpo3 builds that trie
    from the word list itself (about 70 ms for pythainlp's 62,000 words) and has no form to
    save it in, so there is nothing to cache on disk. The word list is found without
    importing pythainlp (whose import costs more than the dictionary)."""
    import importlib.util
    import os

    spec = importlib.util.find_spec("pythainlp")
    where = list(spec.submodule_search_locations or []) if spec else []
    words = os.path.join(where[0], "corpus", "words_th.txt") if where else ""
    try:
        import nlpo3
    except ImportError:
        nlpo3 = None
    if nlpo3 is not None and os.path.exists(words):
        nlpo3.load_dict(words, ThaiTokenizer.DICT)
        return lambda text: nlpo3.segment(text, ThaiTokenizer.DICT)
    from pythainlp.tokenize import word_tokenize

    return lambda text: word_tokenize(text, engine="newmm", keep_whitespace=True)


@registry.tokenizers("coopdocs.th_tokenizer.v1")
def create_th_tokenizer():
    def make(nlp):
        return ThaiTokenizer(nlp.vocab)

    return make


def script_tokens(text: str) -> list[str]:
    """``text`` cut at whitespace (kept as tokens), punctuation and symbols (one a token),
    changes of script and the ends of numbers (digits with ``.`` or ``,`` between them).

    >>> script_tokens("ມີ ໑໒໕ຄົນ, 9,5 ລ້ານ.")
    ['ມີ', ' ', '໑໒໕', 'ຄົນ', ',', ' ', '9,5', ' ', 'ລ້ານ', '.']
    >>> script_tokens("Thu nhập 5tr/người")
    ['Thu', ' ', 'nhập', ' ', '5', 'tr', '/', 'người']
    """
    tokens: list[str] = []
    start, current = 0, None
    for i, ch in enumerate(text):
        kind = _kind(text, i, current)
        if kind is None or kind != current:
            if i > start:
                tokens.append(text[start:i])
            start = i
        current = kind
    if len(text) > start:
        tokens.append(text[start:])
    return tokens


def _kind(text: str, i: int, before: str | None) -> str | None:
    """What joins character ``i`` to the one before it: 'space', 'digit', or the script of a
    letter (the first word of its Unicode name: LATIN, LAO, THAI ...); a combining mark
    joins whatever it follows; None: a token of its own (punctuation, a symbol)."""
    ch = text[i]
    if ch.isspace():
        return "space"
    if ch.isdecimal() or (ch in ".," and before == "digit" and text[i + 1:i + 2].isdecimal()):
        return "digit"
    if unicodedata.category(ch).startswith("M"):
        return before if before not in (None, "space") else None
    if ch.isalpha():
        return unicodedata.name(ch, "LETTER").split(" ", 1)[0]
    return None


class ScriptTokenizer(_Stateless):
    """:func:`script_tokens` into a spaCy Doc (whitespace runs are tokens, as in Thai)."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words = script_tokens(text)
        return Doc(self.vocab, words=words, spaces=[False] * len(words))



@registry.tokenizers("coopdocs.script_tokenizer.v1")
def create_script_tokenizer():
    def make(nlp):
        return ScriptTokenizer(nlp.vocab)

    return make
