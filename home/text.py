"""Vietnamese text helpers shared by every app.

Stored text is Unicode NFC (TCVN 6909:2001; Bình Dương 04/2013/QĐ-UBND Art. 10): the
same word typed on two keyboards (precomposed or combining marks) must be the same
string in the database, in search and in comparisons.
"""

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
