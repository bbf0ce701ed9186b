"""The exceptions newskg raises. Each message says what is wrong and what to do.

The command line turns any :class:`NewskgError` into one line on stderr and exit status 2;
library callers catch them like any other exception.
"""


class NewskgError(Exception):
    """Base class: a problem the user can fix (bad input, unknown name, bad parameter)."""


class InputError(NewskgError):
    """An input file or folder cannot be read as an article."""


class QueryError(NewskgError):
    """A saved query is unknown, does not parse, or got a bad parameter."""


class StoreError(NewskgError):
    """The store is missing, locked or cannot be written."""
