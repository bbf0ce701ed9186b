"""Stage 1, read: files and folders to :class:`Source` objects.

Metadata comes from ``NAME.meta.json`` beside ``NAME.txt`` when there is one; otherwise
the title is the first non-empty line and a date printed alone near the top of the text
(``2023-09-24 13:05:49``, ``June 12, 2024``, ``Published 16 March 2022, 21:47 GMT``,
``Aug. 24, 2023 5:40 PM``, ``12.03.2023``) is the publication date.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

from .clean import is_furniture
from .errors import InputError
from .model import Source

#: How many non-empty lines from the top may hold the publication date.
DATE_LINES = 12

#: A month by name, full or cut short ("March", "Mar", "Mar.", "Sept."): strptime's %b takes its first three letters.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_PREFIX = r"(?:(?:(?:Last |First )?(?:Published|Updated|Posted|Modified)(?: on)?|Date):?\s*)?(?:(?:\w+day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?"
#: A time with its zone: "21:47 GMT", "5:40 PM", "10.05 a.m. IST", "18:40 GMT+5".
_TIME = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*\(?(?:[A-Z]{2,5}|UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?)?"
#: What sets a time or an update apart on a date line: "18:12 CET · Updated", "2023 – 08:30".
_SEPARATOR = r"[,|·•–—-]"
#: How a date line ends: when the page was updated ("· Updated 19:05 CET", "| Updated an hour ago"), a separator.
_LINE_END = rf"(?:\s*{_SEPARATOR}\s*(?:Last\s+)?(?:Updated|Modified|Edited)\b.*)?[\s,|]*$"
#: What may follow the date on its line: a time ("at 10.05 a.m. IST", "– 08:30 CEST"), then the line's end.
_TIME_TAIL = rf"(?:\s*{_SEPARATOR}?\s*(?:at\s+)?{_TIME})?{_LINE_END}"
_DATELINE_PLACE = r"[A-Z][A-Z .'’-]{1,30}(?:,\s*[A-Z][A-Za-z .'’-]{1,30})?,\s*"
_DATELINE_END = r"\s*(?:\([^()]{1,30}\)\s*)?[—–-]+\s"
#: A wire dateline opening a paragraph: "ARUSHA, Tanzania —", "NIAMEY, July 7, 2024 (Reuters) —".
DATELINE = re.compile(rf"[A-Z][A-Z .'’-]{{1,30}}(?:,\s*[A-Z][A-Za-z .'’-]{{1,30}})?(?:,\s*[A-Za-z.]*\s*\d[\w ,.]{{0,20}}?)?{_DATELINE_END}")


def in_dateline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in the dateline that opens its line: it places the report."""
    line = text.rfind("\n", 0, start) + 1
    match = DATELINE.match(text, line)
    return match is not None and end <= match.end()


#: (pattern, how its groups read as year, month, day): a date alone on a line near the top, or opening the first paragraph.
_DATE_LINE = [
    (re.compile(rf"^{_PREFIX}(\d{{4}})-(\d{{2}})-(\d{{2}})(?:[ T]\d{{1,2}}:\d{{2}}(?::\d{{2}})?.*)?$", re.I), "ymd"),
    (re.compile(rf"^{_PREFIX}({_MONTH})\s+(\d{{1,2}}),?\s+(\d{{4}}){_TIME_TAIL}", re.I), "mdy"),
    (re.compile(rf"^{_PREFIX}(\d{{1,2}})\s+({_MONTH}),?\s+(\d{{4}}){_TIME_TAIL}", re.I), "dmy"),
    (re.compile(rf"^{_PREFIX}(\d{{1,2}})[./](\d{{1,2}})[./](\d{{4}}){_TIME_TAIL}", re.I), "dmy"),  # "12.03.2023", "14/10/2025": day first
    # the time first: "Published 9:14 PM EDT, Tue June 17, 2025"
    (re.compile(rf"^{_PREFIX}{_TIME}\s*{_SEPARATOR}?\s*{_PREFIX}({_MONTH})\s+(\d{{1,2}}),?\s+(\d{{4}}){_LINE_END}", re.I), "mdy"),
    (re.compile(rf"^{_PREFIX}{_TIME}\s*{_SEPARATOR}?\s*{_PREFIX}(\d{{1,2}})\s+({_MONTH}),?\s+(\d{{4}}){_LINE_END}", re.I), "dmy"),
    # a wire dateline opening the first paragraph: "NIAMEY, Niger, July 7, 2024 (Reuters) — The ..."
    (re.compile(rf"^{_DATELINE_PLACE}({_MONTH})\s+(\d{{1,2}}),?\s+(\d{{4}}){_DATELINE_END}"), "mdy"),
    (re.compile(rf"^{_DATELINE_PLACE}(\d{{1,2}})\s+({_MONTH})\s+(\d{{4}}){_DATELINE_END}"), "dmy"),
]
_META_KEYS = {"title", "published", "url", "outlet"}


def read_sources(paths: Iterable[str | Path]) -> list[Source]:
    """Read every ``.txt`` file named, or found directly in a named folder, in name order.

    Raises :class:`InputError` for a missing path, a folder without articles, an empty,
    binary or non-UTF-8 file, bad metadata, or two inputs with the same file name (their
    named graphs would collide).
    """
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix == ".txt" and p.is_file())
            if not found:
                raise InputError(f"{path}: folder holds no .txt articles; point newskg at .txt files or a folder of them")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(f"{path}: no such file or folder; check the path")
    if not files:
        raise InputError("no input given; name .txt files or folders of them")
    seen: dict[str, Path] = {}
    for path in files:
        if path.name in seen:
            raise InputError(f"{path}: has the same file name as {seen[path.name]}; rename one, since each source gets a graph named after its file")
        seen[path.name] = path
    return [read_source(path) for path in files]


def read_source(path: Path) -> Source:
    """Read one article file and its optional ``.meta.json``."""
    data = path.read_bytes()
    if b"\x00" in data:
        raise InputError(f"{path}: looks binary (it holds NUL bytes); newskg reads plain-text articles")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: is not UTF-8 text (byte {err.start}); convert it, e.g. iconv -t UTF-8") from None
    if not text.strip():
        raise InputError(f"{path}: is empty; remove it or give it the article's text")
    meta = _read_meta(path.with_name(path.stem + ".meta.json"))
    lines = [line.strip() for line in text.splitlines() if line.strip() and not is_furniture(line)] or [path.stem]
    published = meta.get("published") or _date_near_top(lines)
    return Source(
        name=path.name,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        title=meta.get("title") or lines[0],
        published=published,
        url=meta.get("url"),
        outlet=meta.get("outlet"),
    )


def _read_meta(path: Path) -> dict:
    if not path.exists():
        return {}
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InputError(f"{path}: is not valid JSON ({err}); fix it or remove it") from None
    if not isinstance(meta, dict):
        raise InputError(f"{path}: must hold a JSON object with title, published, url, outlet")
    unknown = set(meta) - _META_KEYS
    if unknown:
        raise InputError(f"{path}: unknown key(s) {', '.join(sorted(unknown))}; allowed: {', '.join(sorted(_META_KEYS))}")
    for key, value in meta.items():
        if value is not None and not isinstance(value, str):
            raise InputError(f"{path}: '{key}' must be a string")
    if meta.get("published"):
        try:
            meta["published"] = date.fromisoformat(meta["published"])
        except ValueError:
            raise InputError(f"{path}: 'published' must be a date as YYYY-MM-DD, not {meta['published']!r}") from None
    return meta


def _date_near_top(lines: list[str]) -> date | None:
    """A date standing alone on one of the first lines, as news sites print it, or in the
    dateline that opens the first paragraph."""
    for line in lines[1 : 1 + DATE_LINES]:
        for pattern, order in _DATE_LINE:
            match = pattern.match(line.strip())
            if match:
                parts = dict(zip(order, match.groups()))
                month = parts["m"] if parts["m"].isdigit() else datetime.strptime(parts["m"][:3], "%b").month
                if int(month) > 12 and parts["d"].isdigit() and int(parts["d"]) <= 12:
                    month, parts["d"] = parts["d"], month  # "10/14/2025": an American date, month first
                try:
                    return date(int(parts["y"]), int(month), int(parts["d"]))
                except ValueError:
                    continue
    return None
