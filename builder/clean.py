"""Stage 2, clean: tell the article from the site furniture around it.

Scraped news carries navigation ("Skip to content"), a masthead ("The Meridian Post"),
prompts ("Leave a Reply", "Follow X on"), bylines ("By Jane Doe, Reuters"), share and
comment blocks, hashtag lines, teasers cut off with "..." and, after the article, other
stories' headlines. Such lines are kept as boilerplate spans (they are
recorded, not deleted) and yield no facts. A line that closes the article ("Comments",
"Read also:", "Leave a Reply") makes everything after it boilerplate too.
"""

from __future__ import annotations

import re

from .model import Article, Source, Span

_FURNITURE = re.compile(
    r"""^(?:
        skip\ to\ (?:main\ )?content | follow\ .{1,60}\ on(?:\ \w+)? | more\ from\ .{1,40} | more\ stories.{0,30}
      | facebook | twitter | x | whatsapp | telegram | linkedin | reddit | pinterest | messenger | flipboard | copy\ link  # share buttons
      | share(?:\ (?:this|on)\b.*)? | tweet | print | email | advertisement | sponsored(?:\ content)?
      | subscribe.{0,60} | sign\ up.{0,60} | log\ ?in | members?\ public | related(?:\ (?:articles|stories|posts))?:?
      | read\ (?:more|also|next)\b.* | see\ also:? | tags?:.* | this\ site\ uses\ akismet.* | photo:.{0,80}
      | (?:\#\w+[\s…\.]*){2,}
      | (?:[\w'’&+-]+(?:\ [\w'’&+-]+){0,3}\ [›»>/|]\ )+[\w'’&+-]+(?:\ [\w'’&+-]+){0,3}  # a breadcrumb: "News › Europe › Nordic-Baltic"
      | by\ [^.!?]{2,100}(?<![.!?]) | (?:staff|special)\ (?:reporter|writer|correspondent)s? | \(?(?:reporting|writing|editing)\ by\ .*  # bylines and credits
      | .{0,200}\b(?:image|photo|picture|credit)s?:\ [^:]{1,60}  # a picture caption ending in its credit
    )$""",
    re.I | re.X,
)
#: Lines after which the rest of the page is not the article.
_ARTICLE_END = re.compile(
    r"^(?:comments?(?:\ \(\d+\)|\ are\ closed\.?)?|leave\ a\ (?:reply|comment)|read\ (?:also|more|next):?|latest(?:\ news)?"
    r"|related(?:\ (?:articles|stories|posts))?:?|you\ may\ also\ like|recommended(?:\ for\ you)?|most\ (?:read|popular|viewed|shared)|trending(?:\ now)?)$",
    re.I | re.X,
)
_TRUNCATED = re.compile(r"(?:\.\.\.|…)\s*$")
#: A site's name printed above the headline ("The Meridian Post", "HORN OBSERVER"): short, every
#: word capitalised, ending in a word newspapers are named by.
_MASTHEAD = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w'’&.-]*\s+){0,3}(?:Post|Times|Daily|Observer|Herald|Wire|News|Monitor|Ledger|Tribune|Journal|Gazette"
    r"|Chronicle|Today|Review|Report|Express|Mail|Telegraph|Standard|Star|Sun|Press|Insider|Digest|Dispatch|Courier|Bulletin|Weekly)$",
    re.I,
)
#: How many lines from the top a masthead may stand on.
MASTHEAD_LINES = 3


def clean(source: Source) -> Article:
    """Split the source's non-empty lines into article body and boilerplate."""
    body: list[Span] = []
    boilerplate: list[Span] = []
    seen: set[str] = set()
    ended = False
    for number, match in enumerate(m for m in re.finditer(r"[^\r\n]+", source.text) if m.group().strip()):
        line = match.group().strip()
        start = match.start() + (len(match.group()) - len(match.group().lstrip()))
        span = Span(start, start + len(line), line)
        if ended or _ARTICLE_END.match(line):
            ended = ended or bool(body)
            boilerplate.append(span)
        elif _FURNITURE.match(line) or line in seen or (_TRUNCATED.search(line) and _is_teaser(line, source.text)) or (
                number < MASTHEAD_LINES and _is_masthead(line)):
            boilerplate.append(span)
        else:
            body.append(span)
        seen.add(line)
    body, tail = _trailing_headlines(body, boilerplate)
    return Article(source=source, body=tuple(body), boilerplate=tuple(sorted(boilerplate + tail, key=lambda s: s.start)))


def _trailing_headlines(body: list[Span], boilerplate: list[Span]) -> tuple[list[Span], list[Span]]:
    """Other stories' headlines after the article: once the last sentence is followed by furniture
    ("Share this story", "More from World"), the lines after that furniture that end in no full
    stop are not the article ("Indonesia's Prabowo names 48-member cabinet")."""
    last_sentence = max((s.end for s in body if _SENTENCE_END.search(s.text)), default=None)
    furniture = min((s.start for s in boilerplate if s.start > last_sentence), default=None) if last_sentence is not None else None
    if furniture is None:
        return body, []
    tail = [s for s in body if s.start > furniture and not _SENTENCE_END.search(s.text)]
    return [s for s in body if s not in tail], tail


#: How a sentence ends, not a headline.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?$")


def is_furniture(line: str) -> bool:
    """Whether one line is site furniture wherever it stands."""
    line = line.strip()
    return bool(_FURNITURE.match(line) or _ARTICLE_END.match(line))


def _is_masthead(line: str) -> bool:
    """A short line of capitalised words that names a newspaper: "HORN OBSERVER", "Zambezi Times"."""
    words = line.split()
    return bool(_MASTHEAD.match(line)) and all(w[:1].isupper() for w in words)


def _is_teaser(line: str, text: str) -> bool:
    """A line cut off with an ellipsis whose beginning the page repeats in full elsewhere."""
    stem = _TRUNCATED.sub("", line).rstrip()
    return len(stem) >= 20 and text.count(stem) > 1
