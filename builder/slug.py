"""Readable, deterministic IRI path segments."""

import re
import unicodedata


#: Letters that Unicode does not decompose into an ASCII letter and a mark, spelt as ASCII.
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss", "æ": "ae",
                               "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ħ": "h", "ŧ": "t"})


def slugify(text: str) -> str:
    """Lowercase ASCII words joined by hyphens.

    >>> slugify("Nikol Pashinyan")
    'nikol-pashinyan'
    >>> slugify("Côte d’Ivoire")
    'cote-divoire'
    >>> slugify("Jarosław Kaczyński") == slugify("Jaroslaw Kaczynski"), slugify("Kılıçdaroğlu"), slugify("Støre")
    (True, 'kilicdaroglu', 'store')
    """
    ascii_text = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"
