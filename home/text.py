"""Vietnamese text helpers shared by every app.

Stored text is Unicode NFC (TCVN 6909:2001; Bình Dương 04/2013/QĐ-UBND Art. 10): the
same word typed on two keyboards (precomposed or combining marks) must be the same
string in the database, in search and in comparisons.
"""

import re
import unicodedata


def to_nfc(value):
    """Return ``value`` with every string inside it in NFC; other values unchanged.

    Walks lists and dicts so it can normalise StreamField raw data and revision JSON.
    """
    if isinstance(value, str):
        return value if unicodedata.is_normalized("NFC", value) else unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [to_nfc(item) for item in value]
    if isinstance(value, dict):
        return {key: to_nfc(item) for key, item in value.items()}
    return value


# --- Search: folding and exact keys (R40) -------------------------------------------------
#
# The search index stores, for every word, its *folded* form (lowercase, no marks, đ→d: what a
# reader types without Vietnamese input) and its *exact key* (the word with its marks spelt in
# ASCII, the tone detached). Both sides of a search, the indexed text and the query, go
# through the same two functions, so they always agree.

# The five marked tones, numbered as the VNI input method does: sắc, huyền, hỏi, ngã, nặng.
TONE_MARKS = {"\u0301": "1", "\u0300": "2", "\u0309": "3", "\u0303": "4", "\u0323": "5"}
# Marks that make another vowel (â ê ô, ă, ơ ư), spelt as the Telex input method does.
VOWEL_MARKS = {
    "\u0302": {"a": "aa", "e": "ee", "o": "oo"},  # circumflex
    "\u0306": {"a": "aw"},  # breve
    "\u031b": {"o": "ow", "u": "uw"},  # horn
}
# A word: letters and digits, with the combining marks of its letters when decomposed.
_WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")


def fold(text):
    """The folded form of ``text``: lowercase, every diacritic removed, ``đ``/``Đ`` → ``d``.

    ``fold("Nghị định 43/2011/NĐ-CP") == "nghi dinh 43/2011/nd-cp"``. ``đ`` has no Unicode
    decomposition, so stripping combining marks alone would keep it. Input in NFD gives the
    same result as input in NFC.
    """
    text = to_nfc(str(text)).lower().replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn"))


def words(text):
    """The words of ``text``, lowercase NFC with their marks: ``"NĐ-CP số 43"`` → ``["nđ", "cp", "số", "43"]``.

    Punctuation separates words (``43/2011/NĐ-CP`` is four words), so a number in a document
    reference can be found alone, whatever the search engine's own tokenizer does with it.
    """
    decomposed = unicodedata.normalize("NFD", to_nfc(str(text)).lower())
    return [unicodedata.normalize("NFC", word) for word in _WORD.findall(decomposed)]


def folded_words(text):
    """``words(text)`` folded: ``"Đà Nẵng"`` → ``["da", "nang"]``."""
    return [fold(word) for word in words(text)]


def exact_key(word):
    """One ASCII key per word *with* its marks, whatever the tone-mark placement.

    The vowel marks are spelt out (``đ`` → ``dd``, ``ư`` → ``uw``, ``â`` → ``aa``...) and the tone
    is detached to a digit at the end (0 for none), so the old and the new placement of the
    tone are one word: ``hòa``/``hoà`` → ``hoa2``, ``thủy``/``thuỷ`` → ``thuy3``, ``khỏe``/``khoẻ``
    → ``khoe3``; ``quý`` → ``quy1`` and ``quỳ`` → ``quy2`` stay apart, and ``đường`` (``dduwowng2``),
    ``dương`` (``duwowng0``) and ``duong`` (``duong0``) are three different words that all fold to
    ``duong``. A number is its own key. Marks that Vietnamese does not use are ignored.
    """
    letters, tones = [], []
    for char in unicodedata.normalize("NFD", to_nfc(str(word)).lower()):
        if char in TONE_MARKS:
            tones.append(TONE_MARKS[char])
        elif unicodedata.category(char) == "Mn":
            if letters and char in VOWEL_MARKS:
                letters[-1] = VOWEL_MARKS[char].get(letters[-1], letters[-1])
        else:
            letters.append("dd" if char == "đ" else char)
    key = "".join(letters)
    if key.isdigit():
        return key
    return key + ("".join(tones) or "0")


def exact_keys(text):
    """The exact key of every word of ``text``: the canonical form to compare words as written."""
    return [exact_key(word) for word in words(text)]


def has_marks(text):
    """True when ``text`` carries any diacritic (or ``đ``): folding it loses something."""
    return any(fold(word) != word for word in words(text))


def index_text(*texts):
    """What the search index stores for ``texts`` (strings or lists of strings).

    Every word twice: folded, which any query matches, then its exact key, which only a query
    written with the same marks matches (exact-diacritic matches rank first). Numbers, whose
    key is the folded word itself, are stored once.
    """
    tokens = []
    for text in texts:
        for item in text if isinstance(text, (list, tuple)) else [text]:
            if item:
                tokens.extend(words(item))
    folded = [fold(token) for token in tokens]
    keys = [key for key in (exact_key(token) for token in tokens) if not key.isdigit()]
    return " ".join(folded + keys)


def ascii_slug(text, max_length=255):
    """A URL slug in plain ASCII that keeps đ as d: "Đo lường" → "do-luong" (Django's slugify drops đ)."""
    from anyascii import anyascii
    from django.utils.text import slugify

    return slugify(anyascii(str(text)))[:max_length]
