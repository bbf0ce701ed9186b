"""Readable, deterministic IRI path segments."""

import re
import unicodedata


def slugify(text: str) -> str:
    """Lowercase ASCII words joined by hyphens.

    >>> slugify("Nikol Pashinyan")
    'nikol-pashinyan'
    >>> slugify("Côte d’Ivoire")
    'cote-divoire'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"
