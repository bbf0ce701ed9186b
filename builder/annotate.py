"""Stage 3, annotate: a spaCy pipeline that marks names, people, dates and quotations.

The pipeline is newskg's own trained pipeline (tagger, parser and entity recogniser, see
``nlp_model``) or, with ``model=None``, a blank English tokenizer, plus registered rule
components, each declaring what it assigns. The trained entities are put aside first
(``newskg_model_stash``) and come back only where no rule found anything:

=====================  ==================================================================
``newskg_sentences``   sentence starts at stops (spaCy's sentencizer); a trained parser
                       that runs after it keeps these boundaries
``newskg_lines``       sentence starts at line breaks: headlines and datelines have no stop
``newskg_reference``   an entity ruler generated from the reference graph: states,
                       capitals, regions, organisations, acronyms, demonyms, metonyms
``newskg_orgs``        organisations no list holds: "Long Name (ACR)" definitions and
                       capitalised names ending in an organisation word ("AIR Center")
``newskg_people``      people introduced by a title, by an attribution ("according to X")
                       or by apposition; their roles; surname mentions of the same person
``newskg_model_mentions`` organisations and places the trained recogniser found and no
                       rule did (its people join ``newskg_people`` as candidates)
``newskg_analysts``    the analysts of the think tanks named: "X of the Y think tank"
``newskg_places``      a capital stands for its state's government unless it is a place
                       ("in Yerevan", a dateline), or for the organisation seated there that
                       the article names ("Brussels" for the EU)
``newskg_dates``       absolute, month-only, weekday and relative dates, resolved against
                       the article date
``newskg_quotes``      quotations and their speakers
=====================  ==================================================================

Every entity span carries ``span._.key`` ("state/armenia", "person/nikol-pashinyan"); roles
and quotations travel in ``doc.spans["roles"]`` and ``doc.spans["quotes"]`` (with a speaker)
or ``doc.spans["quoted"]`` (all).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .model import Article
from .nlp_model import SHIPPED_MODEL, load_model, model_disagrees, model_mentions
from .read import in_dateline
from .reference import ORG_ANAPHORA, Reference, load_reference
from .slug import slugify

for _name in ("key", "date_value", "role_title", "role_of", "role_to", "speaker", "canonical", "body_of", "org_kind"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
if not Doc.has_extension("article_date"):
    Doc.set_extension("article_date", default=None)
if not Doc.has_extension("furniture"):
    Doc.set_extension("furniture", default=())  # (start, end) of the site's lines around the article

#: Entity labels and the kinds of key they carry.
LABEL_OF_KIND = {"state": "GPE", "org": "ORG", "city": "GPE", "region": "LOC", "person": "PERSON"}

#: What a state's ministry is for, as reporters write it in lowercase: "Qatar's foreign ministry".
PORTFOLIOS = {"foreign", "defence", "defense", "interior", "justice", "health", "finance", "economy", "trade", "energy",
              "information", "education", "agriculture", "foreign affairs", "external affairs", "home", "culture", "labour",
              "transport", "environment", "tourism", "oil", "mines"}

TITLES = (
    "prime minister", "deputy prime minister", "first deputy prime minister", "president", "vice president",
    "vice-president", "foreign minister", "defence minister", "defense minister", "interior minister",
    "finance minister", "economy minister", "energy minister", "justice minister", "health minister",
    "minister", "deputy foreign minister", "chancellor", "secretary-general", "secretary general",
    "deputy secretary general", "secretary of state", "secretary", "spokesman", "spokeswoman", "spokesperson",
    "press secretary", "ambassador", "envoy", "special envoy", "king", "queen", "emir", "crown prince", "sultan",
    "senator", "governor", "mayor", "general", "commander", "chief of staff", "chairman", "chairwoman", "chair",
    "director", "director general", "director-general", "head", "leader", "opposition leader", "speaker",
    "chief prosecutor", "prosecutor", "judge", "chief executive", "ceo", "analyst", "ombudsman",
    "national security adviser", "security council secretary", "adviser", "advisor", "foreign affairs minister",
    "minister of foreign affairs", "minister of defence", "minister of defense", "high representative",
    "commissioner", "president-elect", "prime minister-elect", "pope", "supreme leader", "chief justice",
    "first minister", "chairperson", "commander-in-chief", "lawmaker", "legislator", "deputy",
    "colonel", "lieutenant colonel", "captain", "admiral", "marshal", "major general", "brigadier general",
    "fellow", "research fellow", "senior fellow", "professor", "economist", "researcher", "coordinator",
    "founder", "executive director", "managing director", "member of parliament", "rapporteur", "special rapporteur",
    "columnist", "correspondent", "journalist", "editor", "contributor", "chief", "top diplomat",
    "minister of state", "mp", "taoiseach", "prosecutor general", "presidential candidate",
    "photojournalist", "photographer", "reporter", "presenter", "general manager", "attorney", "attorney general",
    "solicitor general", "district attorney", "governor general", "governor-general", "archbishop", "bishop", "cardinal",
    "prince", "princess", "aide", "executive secretary", "deputy chairman", "deputy chair", "deputy speaker", "deputy head", "deputy director", "deputy leader", "deputy minister",
    "premier", "vice premier", "vice-premier", "first lady", "junta leader", "junta chief", "deputy secretary-general",
    "deputy director-general", "deputy director general",
)
TITLES += tuple(f"{portfolio} {post}" for post in ("minister", "secretary") for portfolio in sorted(PORTFOLIOS)
                if f"{portfolio} {post}" not in TITLES)  # "Culture Minister X", "Foreign Secretary X"
#: Departments as a secretary's title names them after "of": "Secretary of Transportation Elaine Chao".
DEPARTMENTS = PORTFOLIOS | {"transportation", "commerce", "labor", "treasury", "homeland security", "veterans affairs", "housing"}
#: Words before a title that are part of the post: "the caretaker Prime Minister", "the interim president".
TENURES = {"acting", "caretaker", "interim", "transitional"}
#: Styles written before a given name, which then names the person alone: "Sheikh Tamim", "Sayyid Fahd".
GIVEN_NAME_STYLES = {"sheikh", "sheikha", "sayyid", "sayyida"}
#: Words that make a title a rank below it: "Russia's deputy defence minister".
RANK_PREFIXES = {"deputy", "vice", "assistant"}
#: Forms of address before a name: "the institute's director, Dr. Anthony Fauci".
HONORIFICS = {"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof."}
#: Military ranks and royal styles: they introduce a name ("Colonel Amadou Abdramane", "Princess Ubolratana") but are no post.
RANKS = {"general", "colonel", "lieutenant colonel", "captain", "admiral", "marshal", "major general", "brigadier general",
         "prince", "princess"}
RANK_WORDS = {w for rank in RANKS for w in rank.split()} | {"major", "lieutenant", "brigadier", "sergeant", "commodore", "colonel-major"}
#: Legal forms that end a company's name ("Apple Inc.", "Siemens AG"), without their stop.
LEGAL_FORMS = {"inc", "corp", "corporation", "company", "co", "ltd", "limited", "llc", "plc", "ag", "gmbh", "n.v", "s.a", "nv", "sa",
               "kft", "zrt", "nyrt", "bv", "spa", "srl", "asa", "oyj", "pjsc", "ojsc", "jsc", "ltda", "sas", "pty"}
#: Words that introduce a news outlet's name: "daily Népszava", "news agency Fars".
OUTLET_NOUNS = {"newspaper", "daily", "weekly", "tabloid", "broadcaster", "magazine", "agency", "channel", "outlet", "website"}
#: Words that introduce a company's name: "retailer Tesco", "carmaker Stellantis".
COMPANY_NOUNS = {"retailer", "carmaker", "automaker", "firm", "company", "airline", "carrier", "conglomerate", "manufacturer",
                 "lender", "insurer", "supermarket", "miner", "chipmaker", "planemaker", "shipper", "startup", "start-up"}
_TITLE_FIRST_WORDS = {t.split()[0] for t in TITLES}
_TITLE_LAST_WORDS = {t.split()[-1] for t in TITLES} | {"mps", "member", "members"}
_TITLE_WORDS = {w for t in TITLES for w in t.split()}
_SINGLE_TITLES = {t for t in TITLES if " " not in t} | {"mps"}
#: Titles written as initials, and the post they stand for.
SPELLED_OUT_TITLES = {"MP": "Member of Parliament"}
#: Seats in a legislature: a party ("Labour MP X", "X of the Labour Party") is no owner of one.
LEGISLATOR_TITLES = {"mp", "member of parliament", "senator", "lawmaker", "legislator", "deputy"}
#: A body's own posts, never a state's: "Its executive secretary, X" is the bloc's.
BODY_POSTS = re.compile(r"^(?:deputy |assistant )?(?:secretary[- ]general|executive secretary|director[- ]general)$", re.I)
#: A government's posts, which "its" gives to a state rather than a body: "Its ambassador to the UN, X".
_GOVERNMENT_POST = re.compile(r"\b(?:minister|ambassador|envoy|premier|chancellor|foreign secretary)\b", re.I)
#: What a sentence's subject may call the state it is about: "The kingdom was invited ...".
_STATE_NOUNS = {"kingdom", "country", "nation", "republic", "government"}
#: Titles of a city's own office: "the mayor of London" is London's, not its state's.
LOCAL_TITLES = {"mayor", "deputy mayor", "governor", "city council"}
#: Words that end the name of an organisation no list holds.
ORG_HEADS = {
    "agency", "army", "assembly", "association", "bank", "bureau", "center", "centre", "command", "commission",
    "committee", "company", "corporation", "council", "court", "department", "directorate", "forces", "forum",
    "foundation", "front", "fund", "group", "guard", "institute", "league", "media", "ministry", "movement",
    "news", "tv", "television", "radio", "office", "organisation", "organization", "parliament", "party", "post", "press", "service",
    "society", "times", "tribune", "union", "university", "international", "watch", "alliance", "network",
    "federation", "coalition", "authority", "secretariat", "partners", "police", "senate", "congress",
    "observatory", "lab", "laboratory", "endowment", "initiative", "trust",  # research bodies: "Syrian Observatory for Human Rights"
    # companies: "General Motors", "Qatar Airways", "Lockheed Martin Aerospace"
    "aerospace", "airlines", "airways", "automotive", "communications", "dynamics", "electric",
    "enterprises", "holdings", "industries", "insurance", "laboratories", "motors", "networks", "petroleum",
    "pharmaceuticals", "systems", "technologies", "telecom",
    # research and advice firms: "Harbourline Commodities", "Eurasia Group"
    "commodities", "consulting", "consultancy", "advisors", "advisers", "advisory", "associates", "analytics", "securities", "economics",
} | {form for legal in LEGAL_FORMS for form in (legal, legal + ".")}
#: The kind an organisation's last word gives it (its class in the graph); other heads say nothing.
HEAD_KINDS = {
    **{head: "company" for head in (
        "aerospace", "airlines", "airways", "automotive", "communications", "dynamics", "electric",
        "enterprises", "holdings", "industries", "insurance", "laboratories", "motors", "networks", "petroleum",
        "pharmaceuticals", "technologies", "telecom", *LEGAL_FORMS)},
    **{head: "government body" for head in (
        "agency", "army", "bureau", "command", "department", "directorate", "forces", "guard", "ministry", "police",
        "senate", "congress")},
    **{head: "news media" for head in ("news", "tv", "television", "radio", "press", "times", "tribune")},
    "court": "court", "party": "political party",
}
SPEECH_VERBS = {
    "said", "says", "stated", "added", "adds", "told", "tells", "explained", "noted", "declared",
    "wrote", "writes", "insisted", "warned", "argued", "stressed", "claimed", "announced", "asserted",
    "affirmed", "confirmed", "continued", "replied", "responded", "commented", "remarked", "emphasized",
    "emphasised", "stating", "saying", "adding", "declaring", "noting", "quoted", "underlined",
    "tweeted", "posted", "urged", "warns", "announces", "insists", "asked", "recalled", "vowed",
    # verbs that quote a label for something: 'X characterized the attack as "a violation"'
    "characterized", "characterised", "described", "describes", "branded", "termed", "called", "calling", "cited",
}
#: Lowercase particles inside a personal name: "Bashar al-Assad", "Ursula von der Leyen".
NAME_PARTICLES = {"al", "el", "bin", "ibn", "ben", "abu", "de", "da", "di", "do", "dos", "das", "du", "van", "von", "der", "den", "la", "le"}
#: Particles that join a given name to a father's: "Qaboos bin Said", "Mohammed bin Salman".
PATRONYMIC_PARTICLES = {"bin", "ibn", "bint"}
#: Regnal numbers follow a single name too: "Elizabeth II", "Mohammed VI", "Benedict XVI" (not "V" or "X", which are also letters and a platform).
REGNAL_NUMBERS = {"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"}
NAME_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr"} | REGNAL_NUMBERS
#: Verbs of going somewhere: "flew to New Delhi" is a place, "sent a note to Moscow" its government.
MOTION_VERBS = {"fly", "flew", "flies", "travel", "travels", "travelled", "traveled", "go", "goes", "went", "return", "returns", "returned",
                "head", "heads", "headed", "come", "comes", "came", "move", "moved", "fled", "flee", "drive", "drove", "sail", "sailed",
                "march", "marched", "flown", "flying", "travelling", "traveling", "extradited", "transferred"}
PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "around", "across", "into", "throughout", "within"}
_NAME_STOPWORDS = {
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "in", "on", "at",
    "but", "and", "or", "of", "for", "with", "as", "by", "to", "from", "however", "meanwhile", "despite",
    "mr", "mrs", "ms", "dr", "monsignor", "monsenor", "monseñor", "he", "she", "it", "they", "we", "i", "you", "there", "here", "what", "when",
    "if", "unless", "although", "though", "because", "while", "whether", "once", "until", "since", "after", "before",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
}
PRONOUNS = {"he", "she"}


def build_pipeline(reference: Reference | None = None, *, model: str | Path | None = SHIPPED_MODEL) -> Language:
    """The annotate stage as a spaCy pipeline; ``nlp.pipe_names`` lists its components.

    ``model`` names the trained pipeline whose entities and parse the rules build on
    (newskg's own by default; any installed spaCy pipeline by name or folder); ``None``
    runs the rules alone on a blank English tokenizer.
    """
    reference = reference or load_reference()
    nlp = spacy.blank("en") if model is None else load_model(model)
    nlp.tokenizer.add_special_case("X.", [{ORTH: "X"}, {ORTH: "."}])  # "he wrote on X." ends its sentence: the platform, then a stop
    if model is not None:
        nlp.add_pipe("newskg_model_stash")
    nlp.add_pipe("sentencizer", name="newskg_sentences", first=True)
    nlp.add_pipe("newskg_lines", after="newskg_sentences")
    ruler = nlp.add_pipe("entity_ruler", name="newskg_reference", config={"overwrite_ents": True, "validate": False})
    ruler.add_patterns(reference_patterns(reference))
    nlp.add_pipe("newskg_orgs")
    nlp.add_pipe("newskg_people")
    if model is not None:
        nlp.add_pipe("newskg_model_mentions")
    nlp.add_pipe("newskg_analysts")
    nlp.add_pipe("newskg_places")
    nlp.get_pipe("newskg_places").reference = reference
    nlp.add_pipe("newskg_dates")
    nlp.add_pipe("newskg_quotes")
    return nlp


def annotate(article: Article, nlp: Language) -> Doc:
    """Run the pipeline over the whole source text, so that offsets are the source's own."""
    return annotate_text(article.source.text, article.source.published, nlp,
                         furniture=tuple((span.start, span.end) for span in article.boilerplate))


def annotate_text(text: str, published: date | None, nlp: Language, furniture: tuple[tuple[int, int], ...] = ()) -> Doc:
    """Run the pipeline over a text whose relative dates resolve against ``published``;
    names in the ``furniture`` lines (a breadcrumb "News › Europe › Nordic-Baltic") seed no person."""
    doc = nlp.make_doc(text)
    doc._.article_date = published
    doc._.furniture = furniture
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


#: Parts of the world whose names hold a state's: "Latin America" is not the United States.
PARTS_OF_THE_WORLD = ("Latin America", "South America", "North America", "Central America", "the Americas", "Gulf of Guinea")


def reference_patterns(reference: Reference) -> list[dict]:
    """Entity-ruler patterns for every name the reference graph gives an entity."""
    patterns = []
    for entity in reference.entities.values():
        label = LABEL_OF_KIND[entity.kind] if entity.kind != "city" else "GPE"
        names = set(entity.names)
        for name in names:
            forms = {name, name.upper()} if entity.kind in ("state", "city") else {name}
            if name.startswith("The "):  # "The Commonwealth" mid-sentence
                forms.add("the" + name[3:])
            if name[:1].islower():  # "euro area", and "Euro area" opening a sentence
                forms.add(name[:1].upper() + name[1:])
            for form in forms:
                patterns.append({"label": label, "pattern": form, "id": entity.key})
        for demonym in entity.demonyms:
            patterns.append({"label": "NORP", "pattern": demonym, "id": entity.key})
        for metonym in entity.metonyms if entity.kind == "state" else ():  # an organisation's is its seat: see newskg_places
            patterns.append({"label": "GPE", "pattern": metonym, "id": entity.key})
    patterns += [{"label": "LOC", "pattern": name} for name in PARTS_OF_THE_WORLD]  # no key: no state
    patterns.sort(key=lambda p: (p.get("id", ""), p["label"], p["pattern"]))
    return patterns


def _set_keys_from_ids(doc: Doc) -> None:
    for ent in doc.ents:
        if ent._.key is None and ent.ent_id_:
            ent._.key = ent.ent_id_


def _set_ents(doc: Doc, new: list[Span], *, override: bool) -> None:
    """Add spans to doc.ents; on overlap the new spans win when ``override`` is set."""
    keys = {(e.start, e.end): e._.key for e in doc.ents}
    keys.update({(s.start, s.end): s._.key for s in new})
    spans = filter_spans((new + list(doc.ents)) if override else (list(doc.ents) + new))
    doc.ents = sorted(spans, key=lambda s: s.start)
    for ent in doc.ents:
        ent._.key = keys.get((ent.start, ent.end))


@Language.component("newskg_lines", assigns=["token.is_sent_start"])
def newskg_lines(doc: Doc) -> Doc:
    """A line break always ends a sentence; a stop followed by a lowercase word does not."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
        elif token.is_sent_start and token.is_lower and previous.text not in {".", "!", "?"} | {"”", '"'}:
            token.is_sent_start = False
    return doc


_ACRONYM_DEF = re.compile(r"((?:[A-Z][\w'&-]*(?:[^\S\n]+(?:of|for|the|and|on|in|de|des|du|al|la)\b)*[^\S\n]+){1,9}[A-Z][\w'&-]*)[^\S\n]*\(([A-Z][A-Za-z&.]{1,11})\)")


def _acronym_start(words: list[str], letters: str) -> int | None:
    """The word a defined acronym's long name starts at: the first capitalised word from
    which the words' initials spell the acronym ("Economic Community of West African States
    (ECOWAS)"); for an acronym of another language, which they do not spell ("Kurdistan
    Workers' Party (PKK)", "Women's Protection Units (YPJ)"), the first capitalised word
    whose initial is one of its letters, with the capitalised words right before it."""
    capitalised = [i for i, w in enumerate(words) if w[0].isupper()]
    initials = [w[0].upper() for w in words]

    def spells(start: int) -> bool:
        rest = iter(initials[start:])
        return all(letter in rest for letter in letters)

    ordered = next((i for i in reversed(capitalised) if initials[i] == letters[:1] and spells(i)), None)
    if ordered is not None:  # the nearest: "Nikki Holland of the UK's National Crime Agency (NCA)" defines the agency
        return ordered
    ordered = next((i for i in capitalised if initials[i] == letters[:1]), None)
    start = next((i for i in capitalised if initials[i] in letters and words[i].lower() not in _NAME_STOPWORDS), None)
    if start is None:
        return ordered
    while start > 0 and words[start - 1][0].isupper() and words[start - 1].lower() not in _NAME_STOPWORDS:
        start -= 1
    return start


@Language.component("newskg_orgs", assigns=["doc.ents", "span._.key"], requires=["doc.ents"])
def newskg_orgs(doc: Doc) -> Doc:
    """Organisations the reference does not hold: acronym definitions and named bodies; and, since
    the people found next need them as owners, mentions by a name two states share."""
    _set_keys_from_ids(doc)
    new: list[Span] = []
    acronyms: dict[str, str] = {}
    for match in _ACRONYM_DEF.finditer(doc.text):
        long_name, acronym = match.group(1), match.group(2)
        words = long_name.split()
        start = _acronym_start(words, acronym.replace(".", "").upper())
        if start is None or " ".join(words[start:]).lower() in TITLES or words[-1].endswith(("'s", "’s")):
            continue  # "Member of Parliament (MP)" is a post, "the United Kingdom's (UK) Conservative Party" a state
        long_start = match.start(1) + long_name.index(words[start]) if start else match.start(1)
        long_span = doc.char_span(long_start, match.end(1), alignment_mode="contract")
        if long_span is None or any(e.label_ == "ORG" and e.start <= long_span.start and e.end >= long_span.end for e in doc.ents):
            continue
        key = "org/" + slugify(doc.text[long_start:match.end(1)])
        long_span = Span(doc, long_span.start, long_span.end, label="ORG")
        long_span._.key = key
        new.append(long_span)
        acronyms[acronym] = key
    for token in doc:
        if token.text in acronyms:
            span = Span(doc, token.i, token.i + 1, label="ORG")
            span._.key = acronyms[token.text]
            new.append(span)
    bodies = _of_states(doc, _named_bodies(doc))
    introduced = _outlets(doc)
    new.extend(_state_ministries(doc) + _state_parliaments(doc) + bodies + _short_names(doc, bodies + introduced, new) + introduced
               + _posted_on_x(doc) + _shared_names(doc))
    _set_ents(doc, new, override=True)
    _first_word_names(doc)
    _set_ents(doc, _organs_after_acronym(doc), override=True)
    _bare_heads(doc)
    return doc


def _bare_heads(doc: Doc) -> None:
    """A body's head word standing alone as a name ("the Forum's secretary-general", "Three Forum
    members") is the body the article names in full with that last word (the Pacific Islands
    Forum), the one it names most if several, not a body of its own."""
    reference = load_reference()
    words = lambda ent: [t.text for t in ent if t.lower_ != "the" and not t.like_num]
    for ent in doc.ents:
        name = words(ent)
        if ent.label_ != "ORG" or len(name) != 1 or name[0].lower() not in ORG_HEADS or reference.get(ent._.key) is not None:
            continue
        full = Counter(e._.key for e in doc.ents if e.label_ == "ORG" and e._.key and e._.key != ent._.key and len(words(e)) > 1
                       and (reference.get(e._.key).name if reference.get(e._.key) else e.text).split()[-1] == name[0])
        ranked = full.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            ent._.key = ranked[0][0]


def _organs_after_acronym(doc: Doc) -> list[Span]:
    """A body of its own named right after a known organisation's acronym ("the OAS General Assembly",
    "the OAS Permanent Council") is that organisation's organ, named as organs name themselves
    ("General Assembly of the Organization of American States"), not a body of its own name."""
    reference = load_reference()
    found = []
    for owner, organ in zip(doc.ents, doc.ents[1:]):
        known = reference.get(owner._.key)
        if (owner.label_ == organ.label_ == "ORG" and owner.end == organ.start and known is not None and owner.text.isupper()
                and organ._.key and reference.get(organ._.key) is None and organ[0].is_title):
            span = Span(doc, owner.start, organ.end, label="ORG")
            span._.canonical = f"{organ.text} of the {known.name}"
            span._.key = "org/" + slugify(span._.canonical)
            found.append(span)
    return found


def _first_word_names(doc: Doc) -> None:
    """A body's one-word name that another body the article names in full starts with is that
    body: "the Commonwealth" in a story about the Commonwealth of Independent States is the CIS,
    not the Commonwealth of Nations the reference gives the word to."""
    words = lambda ent: [t.text for t in ent if t.lower_ != "the"]
    full: dict[str, set[str]] = defaultdict(set)
    for ent in doc.ents:
        if ent.label_ == "ORG" and ent._.key and len(words(ent)) > 2 and words(ent)[1] == "of":  # not "ECOWAS Commission"
            full[words(ent)[0]].add(ent._.key)
    for ent in doc.ents:
        name = words(ent)
        if ent.label_ == "ORG" and ent._.key and len(name) == 1 and not name[0].isupper() and len(full.get(name[0], ())) == 1 \
                and ent._.key not in full[name[0]]:
            ent._.key = next(iter(full[name[0]]))


#: The portfolios as ministries' names spell them: "the Chinese foreign ministry" is the Ministry of Foreign Affairs of China.
_PORTFOLIO_NAMES = {"foreign": "Foreign Affairs", "interior": "Internal Affairs", "home": "Internal Affairs", "defense": "Defence"}


def _state_ministries(doc: Doc) -> list[Span]:
    """A state's ministry named by its portfolio after its state or demonym ("Venezuela's
    foreign ministry said", "the Turkish Foreign Ministry") or before it ("the Foreign Ministry
    of Iraq", which stays a mention of Iraq), or after "the" in a passage about one state ("the
    foreign ministry said"): one body per state and portfolio, named as ministries name
    themselves ("Ministry of Foreign Affairs of Turkey")."""
    found = []
    for token in doc:
        if token.lower_ != "ministry":
            continue
        state_after = _state_after_of(doc, token.i + 1)
        if token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of" and state_after is None:
            continue  # "the Ministry of Foreign Affairs" is named in full
        start = next((token.i - n for n in (2, 1) if token.i - n > 0 and doc[token.i - n:token.i].text.lower() in PORTFOLIOS), None)
        if start is None:
            continue
        owner = doc[start - 2] if start > 1 and doc[start - 1].lower_ in {"'s", "’s"} else doc[start - 1]
        if state_after is not None:
            state = state_after
        elif owner.lower_ == "the" or (owner.is_punct and doc[start].is_lower):
            # "Mauritania struck a cautious note. ..., the foreign ministry said", '"...," foreign ministry spokesman X told': the state named last
            state = _state_before(doc, owner.i)
        else:
            state = owner.ent_type_ in ("GPE", "NORP") and next((e._.key for e in doc.ents if e.start <= owner.i < e.end), None)
            state = _state_of(state) if state else None
        if state and state.startswith("state/"):
            portfolio = doc[start:token.i + 1]
            named = owner.i if owner.ent_type_ == "NORP" and owner.i == start - 1 else start  # "the Estonian foreign ministry"
            span = Span(doc, named, token.i + 1, label="ORG")
            span._.key = f"org/{state.split('/', 1)[1]}-{slugify(portfolio.text)}"
            span._.canonical = f"Ministry of {_PORTFOLIO_NAMES.get(portfolio[:-1].text.lower(), _normal_title(portfolio[:-1].text))} of {load_reference().get(state).name}"
            span._.body_of = state
            found.append(span)
    return found


def _of_states(doc: Doc, bodies: list[Span]) -> list[Span]:
    """A state's own body named "<Body> of <State>" ("the Supreme Court of the United Kingdom", "the
    National Assembly of Armenia") keeps the state a mention of its own and is named in full, and
    the article's later "the Supreme Court" is the same body."""
    named = {}
    for body in bodies:
        state = _state_after_of(doc, body.end)
        if state is not None and body.text not in named:
            named[body.text] = (f"org/{slugify(body.text)}-of-{state.split('/', 1)[1]}",
                                f"{body.text} of {_with_article(load_reference().get(state).name)}")
    for body in bodies:
        if body.text in named:
            body._.key, body._.canonical = named[body.text]
    return bodies


def _state_after_of(doc: Doc, i: int) -> str | None:
    """The state in "of (the) <state>" at token ``i``, if one is named there."""
    ent = _entity_after_of(doc, i, ("GPE",))
    key = _state_of(ent._.key) if ent is not None and ent._.key else None
    return key if key and key.startswith("state/") else None


#: The words for a state's legislature that its own name does not tell apart.
LEGISLATURES = {"parliament"}


def _state_parliaments(doc: Doc) -> list[Span]:
    """A state's parliament named by its state ("the Parliament of Iraq", "Armenia's parliament",
    which stay mentions of the state), in its name ("the UK Parliament") or by its demonym ("the Iraqi Parliament"),
    and, once the article has named one parliament only, each later "Parliament" or "the
    parliament": one body per state, named "Parliament of Iraq". Where it names none, those
    are the parliament of the state it names most, if one does stand out."""
    found: list[Span] = []
    bare: list[int] = []
    for token in doc:
        if token.lower_ not in LEGISLATURES or token.ent_type_ == "ORG" or (token.i > 0 and doc[token.i - 1].lower_ in {"of", "european"}):
            continue  # "Member of Parliament", the European Parliament
        state, start = _state_after_of(doc, token.i + 1), token.i
        before = doc[token.i - 2] if token.i > 1 and doc[token.i - 1].lower_ in {"'s", "’s"} else doc[token.i - 1] if token.i > 0 else None
        if state is None and before is not None and before.ent_type_ in ("GPE", "NORP"):
            owner = next((e for e in doc.ents if e.start <= before.i < e.end), None)
            state = _state_of(owner._.key) if owner is not None and owner._.key else None
            if owner is not None and before.i == token.i - 1:
                start = owner.start  # "the Iraqi Parliament", "the UK Parliament": one name
        if state is None or not state.startswith("state/"):
            if token.text == "Parliament" or (token.i > 0 and doc[token.i - 1].lower_ == "the"):
                bare.append(token.i)
            continue
        found.append(_parliament(doc, start, token.i + 1, state))
    if len({span._.key for span in found}) == 1:
        for i in bare:
            if i > found[0].start:
                span = Span(doc, i, i + 1, label="ORG")
                span._.key, span._.canonical, span._.body_of = found[0]._.key, found[0]._.canonical, found[0]._.body_of
                found.append(span)
    elif not found and bare and not any(e.label_ == "ORG" and e[-1].lower_ in LEGISLATURES for e in doc.ents):
        states = Counter(e._.key for e in doc.ents if e.label_ in ("GPE", "NORP") and (e._.key or "").startswith("state/"))
        ranked = states.most_common(2)
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):  # the state the article is about
            state = ranked[0][0]
            found += [_parliament(doc, i, i + 1, state) for i in bare
                      if doc[i].text == "Parliament" and not doc[i].is_sent_start]  # "suspended Parliament" in a UK story
    return found


def _parliament(doc: Doc, start: int, end: int, state: str) -> Span:
    """A mention of ``state``'s parliament: one body per state, named "Parliament of Iraq"."""
    span = Span(doc, start, end, label="ORG")
    span._.key = f"org/{state.split('/', 1)[1]}-parliament"
    span._.canonical = f"Parliament of {_with_article(load_reference().get(state).name)}"
    span._.body_of = state
    return span


def _with_article(state_name: str) -> str:
    """A state's name as it reads after "of": "the United Kingdom", "the Netherlands", "Iraq".

    >>> [_with_article(n) for n in ("United Kingdom", "Philippines", "Iraq", "Czech Republic")]
    ['the United Kingdom', 'the Philippines', 'Iraq', 'the Czech Republic']
    """
    return f"the {state_name}" if re.match(r"United |.*(?:Republic|Islands|Emirates|lands|ines|Bahamas|Maldives|Comoros|Seychelles)$", state_name) else state_name


@Language.component("newskg_model_mentions", assigns=["doc.ents", "span._.key"], requires=["doc.spans"])
def newskg_model_mentions(doc: Doc) -> Doc:
    """Organisations and places the trained recogniser found and no rule did."""
    _set_ents(doc, _model_names(doc, {"org", "place"}), override=False)
    _bare_heads(doc)  # the recogniser's own bare "Forum"; newskg_orgs did the rules' before the people found owners in them
    return doc


def _model_names(doc: Doc, kinds: set[str]) -> list[Span]:
    """The model's mentions of these kinds, except those only in a headline. The model is often wrong about organisations (places and
    people come out as ORG), so a one-word one is taken only when the article names it twice
    or it is an acronym; names of things ("North Natuna Sea") and the place of a dateline
    ("ARUSHA, Tanzania —") are never organisations."""
    return [m for m in model_mentions(doc, kinds) if not _only_in_headline(m) and not in_dateline(doc.text, m.start_char, m.end_char)
            and not (m._.key.startswith("org/") and len(m) < 2 and doc.text.count(m.text) < 2 and not m.text.isupper())
            and not (m._.key.startswith("org/") and len(m) < 2 and _used_in_lowercase(doc, m.text))  # "Ministers ..." in a headline
            and m[-1].lower_ not in _THING_HEADS | _TITLE_LAST_WORDS and not _thing_after(doc, m.end)  # "Baghdad International [Airport]"
            and not (m._.key.startswith("org/") and m[0].lower_ in _SINGLE_TITLES and not any(t.lower_ in ORG_HEADS for t in m))]  # "King Charles"


def _short_names(doc: Doc, bodies: list[Span], taken: list[Span]) -> list[Span]:
    """A company named with its legal form ("Apple Inc.", "the Boeing Company") is the
    same company when the article drops the form ("Apple", "Boeing"); a body of three words
    or more is the same body when named by its first ("Halvard" for "Halvard Energy Partners")."""
    short: dict[tuple[str, ...], str] = {}
    kinds = {body._.key: body._.org_kind for body in bodies}
    for body in bodies:
        if len(body) == 1:  # "retailer Tesco", then "Tesco said"
            short[(body.text,)] = body._.key
        elif len(body) >= 2 and (body[-1].lower_.rstrip(".") in LEGAL_FORMS | COMPANY_HEADS or (
                body[-1].lower_ == "group" and body._.org_kind == "company")):  # "Salling" for "retailer Salling Group", not "Eurasia"
            short[tuple(t.text for t in body[:-1])] = body._.key
        elif (len(body) >= 3 or body[-1].lower_ in LOWERCASE_ORG_HEADS) and _is_name_token(body[0]) and body[0].lower_ not in ORG_HEADS:
            # "Halvard" for "Halvard Energy Partners", "Houthi" for "the Houthi movement"
            short[(body[0].text,)] = body._.key
    found, busy = [], {i for span in [*bodies, *taken] for i in range(span.start, span.end)}
    for words, key in short.items():
        for i in range(len(doc) - len(words) + 1):
            after = doc[i + len(words)] if i + len(words) < len(doc) else None
            if (tuple(t.text for t in doc[i:i + len(words)]) == words and not busy & set(range(i, i + len(words)))
                    and not (after is not None and (after.text[:1].isupper() or after.tag_.startswith("NN")))  # "Amazon rainforest"
                    and not (i > 0 and doc[i - 1].lower_ == "the")):  # "the Amazon"
                span = Span(doc, i, i + len(words), label="ORG")
                span._.key, span._.org_kind = key, kinds.get(key)
                found.append(span)
    return found


#: Last words of a company's name that news drops: "Gazprom" for "Gazprom Holdings"; "Group" only after a company noun.
COMPANY_HEADS = {"holdings", "corporation", "company"}
#: Words that make the name before them an organisation even in lowercase: "the Houthi movement".
LOWERCASE_ORG_HEADS = {"movement", "militia"}


#: Verbs of posting on a platform, and the reference's key of the platform X was called until 2023.
POSTING_VERBS = {"wrote", "posted", "said", "tweeted", "announced", "shared", "published", "replied", "writes", "posts", "says"}
TWITTER = "org/twitter"


def _outlets(doc: Doc) -> list[Span]:
    """News outlets and companies introduced as such: "Hungarian daily Népszava", "news agency Fars",
    "UK-based retailer Tesco"."""
    found = []
    for token in doc[:-1]:
        if token.lower_ in OUTLET_NOUNS | COMPANY_NOUNS and token.is_lower and not doc[token.i + 1].ent_type_:
            name = _name_after(doc, token.i + 1)
            if name is not None and name[0].is_title and not any(t.lower_ in _NAME_STOPWORDS for t in name):
                span = Span(doc, name.start, name.end, label="ORG")
                span._.key = "org/" + slugify(span.text)
                span._.org_kind = "news media" if token.lower_ in OUTLET_NOUNS else "company"
                found.append(span)
    return found


def _posted_on_x(doc: Doc) -> list[Span]:
    """The platform that was Twitter, named by a letter only where someone posts on it: "wrote on X"."""
    found = []
    for token in doc[2:]:
        if token.text == "X" and doc[token.i - 1].lower_ == "on" and doc[token.i - 2].lower_ in POSTING_VERBS:
            span = Span(doc, token.i, token.i + 1, label="ORG")
            span._.key = TWITTER
            found.append(span)
    return found


def _named_bodies(doc: Doc) -> list[Span]:
    """Capitalised runs that end in an organisation word ("ICARO Media Group", "Peace and
    Security Council"), one that follows an organisation's name ("ECOWAS Commission") and
    one that starts with it ("Centre for European Reform", "Party of Socialists")."""
    found = []
    i = 0
    while i < len(doc):
        token = doc[i]
        head = token.text[:1].isupper() and i > 0 and (token.lower_ in ORG_HEADS or (  # "House of Commons", not "Blue House"
            token.lower_ == "house" and i + 2 < len(doc) and doc[i + 1].lower_ == "of" and _capitalised_word(doc[i + 2])))
        known = next((e for e in doc.ents if e.start <= i < e.end), None) if head and token.ent_type_ else None  # "Soviet Union" is the reference's
        if known is not None and known.label_ == "LOC" and known.end == i + 1 and known._.key.startswith("place/"):
            known = None  # a place no list holds ends in a body's word: the model's misreading of "Corbridge Advisory"
        joined = (known is not None and known.end == i + 1 and known.start > 1 and doc[known.start - 1].lower_ == "and"
                  and _capitalised_word(doc[known.start - 2]))  # "Peace and Security Council" is not the "Security Council"
        if head and (known is None or joined):
            start = known.start - 2 if joined else i
            while start > 0 and not doc[start].is_sent_start:
                previous = doc[start - 1]
                if previous.text[:1].isupper() and previous.is_alpha and previous.lower_ not in _NAME_STOPWORDS and previous.ent_type_ != "ORG":
                    start -= 1
                elif previous.text in ("-", "–") and start > 1 and not previous.whitespace_ and doc[start - 2].text[:1].isupper() and doc[start - 2].is_alpha:
                    start -= 2  # "Export–Import Bank"
                elif previous.lower_ == "and" and start < i and start > 1 and _capitalised_word(doc[start - 2]):
                    start -= 2  # "Peace and Security Council"
                elif previous.lower_ in ("of", "for") and start < i and start > 2 and _capitalised_word(doc[start - 2]) \
                        and (doc[start - 3].is_lower or doc[start - 3].lower_ == "the") and doc[start - 2].ent_type_ != "ORG":
                    start -= 2  # "the Horn of Africa Policy Institute", "non-profit Cinema for Peace Foundation"; not "Jennifer Daskal of American University"
                elif previous.ent_type_ == "ORG" and start == i:
                    start = next(e.start for e in doc.ents if e.start < i <= e.end)  # "African Union Commission"
                    break
                else:
                    break
            end = i + 1  # "Institute for Space Research", "Ministry of Foreign Affairs", "Council of the Baltic Sea States"
            while end + 1 < len(doc) and doc[end].lower_ in {"of", "for", "on"}:
                after = end + 2 if doc[end + 1].lower_ == "the" and end + 2 < len(doc) else end + 1
                if not _name_word(doc[after], token) or _titles_a_name(doc, after) or doc[after].lower_ in _NAME_STOPWORDS:  # "Radio on Thursday"
                    break
                end = after
                while end < len(doc) and ((_name_word(doc[end], token) and not _titles_a_name(doc, end)) or (doc[end].lower_ == "and" and end + 1 < len(doc) and _capitalised_word(doc[end + 1]))
                                          or (doc[end].text == "-" and not doc[end - 1].whitespace_ and end + 1 < len(doc) and doc[end + 1].is_alpha)  # "Co-operation"
                                          or (doc[end].text == "," and end + 3 < len(doc) and _capitalised_word(doc[end + 1])
                                              and doc[end + 2].lower_ == "and" and _capitalised_word(doc[end + 3]))):  # "Ministry of Mineral Resources, Oil and Gas"
                    end += 1
            if (start < i or end > i + 2) and doc[start].lower_ not in _NAME_STOPWORDS and not _only_in_headlines(doc[start:end]) and not _thing_after(doc, end):
                span = Span(doc, start, end, label="ORG")
                span._.key = "org/" + slugify(span.text)
                found.append(span)
        elif token.lower_ in LOWERCASE_ORG_HEADS and token.is_lower and i > 0 and _is_name_token(doc[i - 1]) and not doc[i - 1].is_sent_start:
            span = Span(doc, i - 1, i + 1, label="ORG")  # "the Houthi movement"
            span._.key = "org/" + slugify(span.text)
            found.append(span)
        i += 1
    return found


def _titles_a_name(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a one-word title before a name: "House of Commons Speaker John Bercow"."""
    return doc[i].lower_ in _SINGLE_TITLES and i + 1 < len(doc) and _is_name_token(doc[i + 1])


def _capitalised_word(token) -> bool:
    return token.is_title and token.is_alpha and not token.ent_type_ and not token.is_sent_start


#: Bodies whose names go on past a place ("University of Iceland"); a state's own bodies ("Parliament of Iraq") are its.
_SCHOLARLY_HEADS = {"university", "college", "school", "academy", "institute", "centre", "center"}


def _name_word(token, head: Token) -> bool:
    """A word of a body's name after its head, a demonym included ("Centre for ⟨Indian⟩ Ocean
    Affairs"), and a place in a scholarly body's ("University of ⟨Brasília⟩")."""
    places = ("GPE", "LOC", "ORG") if head.lower_ in _SCHOLARLY_HEADS else ()
    return token.is_title and token.is_alpha and not token.is_sent_start and token.ent_type_ in ("", "NORP", *places)


class _PeopleFinder:
    """Finds people by title, apposition and attribution, and links surname mentions."""

    def __init__(self, nlp: Language):
        self.titles = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.plurals: dict[str, str] = {}  # "ministers" -> "minister": "Presidents A of X and B of Y"
        for title in TITLES:
            last = re.split(r"[-\s]", title)[-1]
            self.plurals[_plural(last)] = last
            self.titles.add("TITLE", [nlp.make_doc(title), nlp.make_doc(title[:-len(last)] + _plural(last))]
                            + ([nlp.make_doc(title.replace(" ", "-"))] if " " in title else []))  # "then-prime-minister X"

    def __call__(self, doc: Doc) -> Doc:
        _set_keys_from_ids(doc)
        title_spans = filter_spans([_with_portfolio(doc, doc[s:e]) for _, s, e in self.titles(doc)])
        new: list[Span] = []
        roles: list[Span] = []
        set_off: list[tuple[Span, int]] = []  # a post without a name, and where a name set off after it would start
        for title in title_spans:
            owner = _title_owner(doc, title)
            if title[-1].lower_ in self.plurals:
                singular = title.text[:-len(title[-1].text)] + self.plurals[title[-1].lower_]
                for name, name_owner in _listed_holders(doc, title.end):
                    person = _keyed_person(name)
                    new.append(person)
                    role = Span(doc, title.start, (name_owner[0] if name_owner else name).end, label="ROLE")
                    role._.role_title, role._.key = _normal_title(singular), person._.key
                    role._.role_of = (name_owner or owner or (None, None))[1]
                    role._.role_to = _accredited_to(doc, title)
                    roles.append(role)
                continue
            then = next((t for t in title_spans if t.start == title.end), title)  # "AU chairperson President Abdel Fattah el-Sisi"
            # past an acronym: "Member of Parliament (MP) Yvette Cooper"
            after = then.end + 3 if then.end + 2 < len(doc) and doc[then.end].text == "(" and doc[then.end + 2].text == ")" else then.end
            joint = next((t for t in title_spans if t.start == title.end + 1 and doc[title.end].lower_ == "and"), None)
            name = (_name_after(doc, after) or _name_after_of_owner(doc, title) or _name_in_apposition(doc, title)
                    or _name_before_apposition(doc, title)  # "According to Ortiz, Paraguay's president, Santiago Peña,": Peña
                    or (_name_after(doc, joint.end) or _name_in_apposition(doc, joint) if joint is not None else None))  # "Conservative Party leader and Prime Minister Boris Johnson"
            if name is None or _only_in_headline(name):
                if owner:  # a post without a name still tells whose post the title is
                    untitled = Span(doc, title.start, title.end, label="ROLE")
                    untitled._.role_title, untitled._.role_of = _normal_title(_former(doc, title) + title.text), owner[1]
                    untitled._.role_to = _accredited_to(doc, title)
                    roles.append(untitled)
                    after_owner = max(title.end, owner[0].end)
                    if after_owner + 1 < len(doc) and doc[after_owner].text == "," and doc[title.start - 1].lower_ in {"the", "its", "this", "current"}:
                        set_off.append((untitled, after_owner + 1))  # "the current chairman of the EAC, South Sudan's President X"
                continue
            if len(name) == 1 and model_disagrees(doc[title.end - 1:title.end]):  # "General Motors" is no general, but "President Trump" is
                # a president though the model takes "Trump" for a place
                continue
            if name[-1].lower_ in _THING_HEADS or _thing_after(doc, name.end):
                continue  # "the Sultan Qaboos Grand Mosque", "King Fahd Causeway Airport": named after someone
            if owner is None and body_word_before(doc, title.start) is None:
                owner = _owner_after_name(doc, name)  # not after a body's common name: "the assembly's president, X of the Maldives"
                if owner and BODY_POSTS.match(_normal_title(title.text.removeprefix("the "))) and owner[1].startswith("state/"):
                    owner = None  # "the outgoing secretary general, Luis Almagro of Uruguay": his nationality, not the post's owner
            if owner is None and title.start > 0 and doc[title.start - 1].lower_ == "and":
                # "Israeli prime minister Benjamin Netanyahu and energy minister Yuval Steinitz": the same state's
                owner = next(((title, r._.role_of) for r in reversed(roles) if r._.role_of and (r.end == title.start - 1 or (
                    r.start <= title.start - 2 < r.end and r._.role_of.startswith("state/")))), None)  # "Pakistan's deputy prime minister and foreign minister, X"
            if owner and title.text.lower() in LEGISLATOR_TITLES and _is_party(owner[1]):
                owner = None  # "Labour MP Yvette Cooper": a seat in parliament, not a post in the party
            person = _keyed_person(name)
            key = person._.key
            new.append(person)
            if title.text.lower() in RANKS:
                continue
            role = Span(doc, min(title.start, owner[0].start) if owner else title.start, max(title.end, name.end), label="ROLE")
            role._.role_title = _normal_title(_former(doc, role, title) + title.text)
            role._.role_of = owner[1] if owner else None
            role._.role_to = _accredited_to(doc, title)
            role._.key = key
            roles.append(role)
        for role, start in set_off:  # the holder of the post named next holds this one too
            role._.key = next((r._.key for r in roles if r.start == start and r._.key), None)
        for name, title, owner in _counterparts(doc, roles):
            if any(p.start < name.end and name.start < p.end for p in new):
                continue
            person = _keyed_person(name)
            new.append(person)
            role = Span(doc, name.start, name.end, label="ROLE")
            role._.role_title, role._.role_of, role._.key = title, owner, person._.key
            roles.append(role)
        for verb in (t for t in doc if t.lower_ in SPEECH_VERBS or (t.lower_ == "to" and t.i > 0 and doc[t.i - 1].lower_ == "according")):
            name = _name_after(doc, verb.i + 1) if verb.lower_ in {"said", "says", "to", "told"} else None
            if name is None:
                end = verb.i
                start = end
                while start > 0 and _is_name_token(doc[start - 1]):
                    start -= 1
                if end - start >= 2 and not any(doc[k].ent_type_ for k in range(start, end)):
                    name = doc[start:end]
            if name is not None and len(name) >= 2 and not any(p.start < name.end and name.start < p.end for p in new):
                new.append(_keyed_person(name))
        new.extend(p for p in _untitled_people(doc, new) if _called(p) or _who_follows(p) or not model_disagrees(p))  # weak cues yield to the model
        new.extend(_lone_names_taken_up(doc, new))
        new.extend(_leaders_of_administrations(doc, new))  # a strong one does not: the model takes "Trump" for a place
        # the model's people, given in full: a lone word ("Ford", "Apple") is a person only as the surname of one
        doc.spans["roles"] = roles  # so that no mention takes a role's offsets, and with them its holder ("Pope Francis")
        new.extend(p for p in map(_with_first_names, _model_names(doc, {"person"}))
                   if len(p) >= 2 and not any(p.start < n.end and n.start < p.end for n in new))
        new = [span for span in filter_spans(new) if not any(start <= span.start_char < end for start, end in doc._.furniture)
               and not all(t.lower_ in _REGION_FIRST_WORDS | REGIONAL_ADJECTIVES for t in span)]  # "Southeast Asian leaders"
        roles += _chairs(doc, new) + _posts_left(doc, new)  # once every way of naming people has run: "said X, who heads the institute"
        doc.spans["roles"] = roles
        # one person per surname and first name: a later "Nikol Pashinyan" upgrades an earlier
        # bare "Pashinyan", but "Sara Duterte" is not "Rodrigo Duterte"
        named: dict[str, list[Span]] = defaultdict(list)  # surname -> the fullest name of each person
        given = [(span, span._.key) for span in new]  # each name's key before linking
        # "Qaboos" for Qaboos bin Said: a patronymic name is shortened to its given name
        patronymic = [(span[0].text, span._.key) for span in new if len(span) >= 3 and span[1].lower_ in PATRONYMIC_PARTICLES]
        by_given = {name: key for name, key in patronymic if sum(n == name for n, _ in patronymic) == 1}
        styled = {(span[0].lower_, span[1].text): span._.key for span in new if len(span) >= 3 and span[0].lower_ in GIVEN_NAME_STYLES}
        # "Bongo" for Ali Bongo Ondimba, "Faki" for Moussa Faki Mahamat: an inner name, when only one person has it
        inner = {(t.text, span._.key) for span in new if len(span) >= 3 for t in span[1:-1] if t.is_title and t.lower_ not in NAME_PARTICLES}
        inner_owners = Counter(name for name, _ in inner)
        surnames = {_surname(span) for span in new if len(span) > 1}
        for span in sorted(new, key=lambda s: -len(s)):
            if len(span) == 1 and span.text in by_given:
                span._.key = by_given[span.text]
                continue
            if len(span) == 1 and inner_owners[span.text] == 1 and span.text not in surnames:  # "Faki, a former Chadian prime minister,"
                span._.key = next(key for name, key in inner if name == span.text)
                continue
            if len(span) == 2 and (span[0].lower_, span[1].text) in styled:  # "Sheikh Tamim"
                span._.key = styled[span[0].lower_, span[1].text]
                continue
            same = next((p for p in named[_surname(span)] if _same_person(p, span)), None)
            if same is None:
                named[_surname(span)].append(span)
            elif len(span) > 1 or len(named[_surname(span)]) == 1:
                span._.key = same._.key
            else:
                span._.key = _named_last(named[_surname(span)], span.start, new)._.key
        for role in roles:  # the holder's name lies in the role and was given its key
            role._.key = next((p._.key for p, key in given if key == role._.key and role.start <= p.start and p.end <= role.end), None) or next(
                (p._.key for p, key in given if key == role._.key), role._.key)  # "Almagro, a former ...": a surname set off before
        by_surname = {surname: people[0]._.key for surname, people in named.items()}
        by_middle = {name: key for name, key in inner if inner_owners[name] == 1 and name not in by_surname}
        by_middle |= {name: key for name, key in by_given.items() if name not in by_surname}
        spelled = {slugify(surname): people for surname, people in named.items()}  # "Erdogan" for Recep Tayyip Erdoğan
        for token in doc:
            if token.ent_type_ or any(s.start <= token.i < s.end for s in new):
                continue
            same = named.get(token.text) or (spelled.get(slugify(token.text)) if token.is_title else None)
            key = (_named_last(same, token.i, new)._.key if same else None) or by_middle.get(token.text) or (
                _speaking_surname(doc, token, by_surname) if _speaks(doc, token) and not model_disagrees(doc[token.i:token.i + 1]) else None)
            if key:
                mention = Span(doc, token.i, token.i + 1, label="PERSON")
                mention._.key = key
                new.append(mention)
        for role in roles:  # "the Prime Minister of Armenia" without a name: the one holder named elsewhere
            if role._.key is None and role._.role_of:
                holders = {r._.key for r in roles if r._.key and r._.role_title == role._.role_title and r._.role_of in (None, role._.role_of)}
                role._.key = holders.pop() if len(holders) == 1 else None
        _set_ents(doc, new, override=True)
        doc.spans["roles"] = roles
        return doc


@Language.component("newskg_analysts", assigns=["doc.spans", "span._.role_title", "span._.role_of"], requires=["doc.ents", "doc.spans"])
def newskg_analysts(doc: Doc) -> Doc:
    """Roles for people given with the think tank they work for and no title: "Vasif Huseynov
    of Azerbaijan's AIR Center think tank" is an analyst of that centre. It runs once every
    organisation is known, the trained recogniser's among them."""
    roles = list(doc.spans["roles"])
    doc.spans["roles"] = roles + _think_tank_analysts(doc, roles)
    return doc


def _think_tank_analysts(doc: Doc, roles: list[Span]) -> list[Span]:
    found = []
    for person in (e for e in doc.ents if e.label_ == "PERSON" and e._.key):
        i = person.end
        if i + 1 >= len(doc) or doc[i].lower_ != "of" or any(r._.key == person._.key and r._.role_title for r in roles):
            continue
        at = i + 2 if doc[i + 1].lower_ == "the" else i + 1
        owner = next((e for e in doc.ents if e.start == at and e.label_ in ("GPE", "NORP")), None)
        if owner is not None and owner.end < len(doc) and doc[owner.end].lower_ in ("'s", "’s"):
            at = owner.end + 1
        body = next((e for e in doc.ents if e.start == at and e.label_ == "ORG" and e._.key), None)
        if body is not None and doc[body.end:body.end + 2].text.lower() == "think tank":
            role = Span(doc, person.start, body.end + 2, label="ROLE")
            role._.role_title, role._.role_of, role._.key = "Analyst", body._.key, person._.key
            found.append(role)
    return found


@Language.factory("newskg_people", assigns=["doc.ents", "doc.spans", "span._.key", "span._.role_title", "span._.role_of", "span._.role_to"], requires=["doc.ents"])
def make_people(nlp: Language, name: str) -> _PeopleFinder:
    return _PeopleFinder(nlp)


#: Last words of capitalised runs that name things, not people ("Hyde Park Corner", "Cold War").
_THING_HEADS = {
    "war", "wars", "summit", "agreement", "treaty", "accord", "accords", "statute", "charter", "declaration",
    "act", "street", "square", "avenue", "road", "corner", "airport", "palace", "house", "hall", "sea",
    "ocean", "river", "gulf", "island", "islands", "mountains", "province", "region", "district", "county",
    "city", "state", "states", "republic", "kingdom", "empire", "games", "cup", "prize", "award", "day",
    "index", "report", "plan", "strategy", "programme", "program", "initiative", "project", "operation",
    "forest", "valley", "desert", "peninsula", "coast", "strait", "canal", "bridge", "church", "mosque",
    "cathedral", "museum", "stadium", "park", "hotel", "hospital", "school", "college", "airlines",
    "crisis", "revolution", "spring", "conference", "festival", "election", "elections", "referendum",
    "week", "shoal", "reef", "atoll", "asia", "africa", "europe", "america", "caucasus", "mediterranean",
    "bill", "law", "syndrome", "virus", "disease", "fever", "democrats", "republicans", "socialists", "greens",
}
def _thing_after(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a capitalised word that names a thing, continuing a name before it
    into a place or a building ("Baghdad International Airport")."""
    return i < len(doc) and doc[i].is_title and doc[i].lower_ in _THING_HEADS


#: Adjectives of a part of the world: "Southeast Asian", "West African" and "Nordic" name no one.
REGIONAL_ADJECTIVES = {"asian", "african", "american", "european", "arab", "nordic", "baltic", "caribbean", "pacific", "atlantic",
                       "mediterranean", "latin", "southeast", "northeast", "southwest", "northwest", "sahelian", "balkan", "gulf"}
#: Words that open the name of a region, not of a person: "Eastern Mediterranean", "Central Asia".
_REGION_FIRST_WORDS = {"eastern", "western", "northern", "southern", "central", "north", "south", "east", "west", "middle",
                       "upper", "lower", "greater", "sub-saharan"}


#: Words after which a name is of someone met, led by or acted with: "talks with Xi Jinping", "under Ursula von der Leyen".
_ALONGSIDE_WORDS = {"with", "under", "by", "between"}


#: Nouns for a person that a name set off by a comma may follow: "a Chinese national, Qu Xing".
_PERSON_NOUNS = {"counterpart", "national", "citizen", "colleague", "successor", "predecessor", "rival", "opponent", "wife",
                 "husband", "son", "daughter", "widow", "brother", "sister", "father", "mother", "lawyer", "activist", "candidate"}


def _called(name: Span) -> bool:
    """Whether a name is set off after a noun for a person ("their Estonian counterpart, X"):
    a cue strong enough to overrule the model."""
    doc = name.doc
    return name.start > 1 and doc[name.start - 1].text == "," and doc[name.start - 2].lower_ in _PERSON_NOUNS


#: Words after which a lone name is the one something is done to: "a warrant against Putin ... accusing him".
_AGAINST = {"against", "by", "with", "for"}
_PERSONAL = {"him", "his", "her", "he", "she"}


def _lone_names_taken_up(doc: Doc, found: list[Span]) -> list[Span]:
    """A lone capitalised name the reference does not know, after "against", "by", "with" or
    "for", that a personal pronoun takes up within a few words: "an arrest warrant against Putin
    last year accusing him of war crimes". A place is taken up by "it", a body by "it" or "its"."""
    taken = {i for span in found for i in range(span.start, span.end)}
    entity_at = {i: e for e in doc.ents for i in range(e.start, e.end)}
    people = []
    for token in doc[1:-1]:
        known = entity_at.get(token.i)
        if (token.i in taken or not token.is_title or token.is_sent_start or doc[token.i - 1].lower_ not in _AGAINST
                or doc[token.i + 1].is_title or (known is not None and (len(known) > 1 or (known._.key or "").split("/")[0] in LABEL_OF_KIND))):
            continue
        window = doc[token.i + 1:min(token.sent.end, token.i + 7)]
        if any(t.lower_ in _PERSONAL for t in window) and not any(t.ent_type_ in ("PERSON", "GPE", "NORP") for t in window):
            people.append(_keyed_person(doc[token.i:token.i + 1]))
    return people


def _who_follows(name: Span) -> bool:
    """Whether ``name`` takes a relative clause only people take ("Barack Obama, who called the
    meeting, ..."): a cue the model's calling the name an organisation does not outweigh."""
    doc = name.doc
    return (name.end + 1 < len(doc) and doc[name.end].text == "," and doc[name.end + 1].lower_ == "who"
            and name[0].lower_ not in _TITLE_WORDS | ACCREDITED_TITLES)  # not "Trade Representative Katherine Tai, who"


def _untitled_people(doc: Doc, found: list[Span]) -> list[Span]:
    """People named without a title or an attribution: a run of two or more capitalised
    words that the article names twice, whose last word it uses alone, that owns something
    ("Kim Jong-un's regime"), that takes an apposition ("Jane Doe, who ...") or that is "of"
    an organisation ("Jennifer Daskal of American University")."""
    taken = {i for span in found for i in range(span.start, span.end)}
    runs: list[Span] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if i in taken or not _is_name_token(token) or token.is_upper:
            i += 1
            continue
        name = _name_after(doc, i)
        if name is None or sum(t.is_title for t in name) < 2 or any(k in taken for k in range(name.start, name.end)):
            i += 1
            continue
        runs.append(name)
        i = name.end
    counts = Counter(run.text for run in runs)
    lone = Counter(t.text for t in doc if t.is_title and not t.is_sent_start)
    people = []
    for run in runs:
        if run[-1].lower_ in _THING_HEADS | ORG_HEADS or run[0].lower_ in _REGION_FIRST_WORDS or (_in_headline(run) and counts[run.text] < 2):
            continue
        if run.end < len(doc) and doc[run.end].lower_ in ORG_HEADS:
            continue  # "the Thai Raksa Chart party": a body's name before its common noun
        after = [t.lower_ for t in doc[run.end:run.end + 2]]
        of_body = after[:1] == ["of"] and run.end + 1 < len(doc) and (doc[run.end + 1].ent_type_ == "ORG" or (
            after[1:] == ["the"] and run.end + 2 < len(doc) and doc[run.end + 2].ent_type_ == "ORG"))  # "Jennifer Daskal of American University"
        with_someone = run.start > 0 and doc[run.start - 1].lower_ in _ALONGSIDE_WORDS  # "held talks with Xi Jinping"
        states_own = run.start > 1 and doc[run.start - 1].lower_ in {"'s", "’s"} and doc[run.start - 2].ent_type_ == "GPE"  # "Senegal's Macky Sall"
        cue = (counts[run.text] >= 2 or lone[run[-1].text] > counts[run.text] or of_body or with_someone or states_own or _called(run)
               or after[:1] in (["'s"], ["’s"]) or (after[:1] == [","] and after[1:] in (["who"], ["whose"], ["a"], ["an"], ["the"], ["aged"])))
        if cue:
            people.append(_keyed_person(run))
    return people


#: What a leader's surname names in "the Trump administration", "the Macron presidency".
ADMINISTRATIONS = {"administration", "presidency"}


def _leaders_of_administrations(doc: Doc, found: list[Span]) -> list[Span]:
    """The leader a surname before "administration" names: "the Trump administration's latest step"."""
    taken = {i for span in found for i in range(span.start, span.end)}
    return [_keyed_person(doc[t.i:t.i + 1]) for t in doc[1:-1]
            if doc[t.i + 1].lower_ in ADMINISTRATIONS and doc[t.i - 1].lower_ == "the" and t.i not in taken
            and _is_name_token(t) and not _used_in_lowercase(doc, t.text)]


def _keyed_person(name: Span) -> Span:
    """A person's mention of these words, keyed by them ("person/nikol-pashinyan")."""
    person = Span(name.doc, name.start, name.end, label="PERSON")
    person._.key = "person/" + slugify(name.text)
    return person


def _with_first_names(person: Span) -> Span:
    """A model's person with the given names it left out ("Abdrabbuh" of "Abdrabbuh Mansur Hadi")
    and the second half of a hyphenated surname it cut ("Monica Schoch" of "Monica Schoch-Spana")."""
    doc, start, end = person.doc, person.start, person.end
    while start > 0 and not doc[start].is_sent_start and _is_name_token(doc[start - 1]):
        start -= 1
    if end + 1 < len(doc) and doc[end].text in ("-", "–") and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_title:
        end += 2
    if (start, end) == (person.start, person.end):
        return person
    return _keyed_person(doc[start:end])


def _speaks(doc: Doc, token) -> bool:
    """A lone capitalised word right before a speech verb ("Saree said") or after "said"."""
    if not (token.is_title and _is_name_token(token)) or token.lower_ in ORG_HEADS:  # "Police said"
        return False
    following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    previous = doc[token.i - 1].lower_ if token.i > 0 else ""
    if previous in _PREPOSITIONS:  # "contributor to Slate wrote"
        return False
    if token.is_sent_start and (token.tag_ in ("NNS", "NNPS") or _used_in_lowercase(doc, token.text)):
        return False  # "Leaders asked ...": a common word capitalised as its sentence opens
    return following in SPEECH_VERBS or (previous in {"said", "says"} and not token.is_sent_start)


def _used_in_lowercase(doc: Doc, word: str) -> bool:
    """Whether the article writes ``word`` in lowercase somewhere: a common word, not a name."""
    return bool(re.search(rf"\b{re.escape(word.lower())}\b", doc.text))


def _speaking_surname(doc: Doc, token, by_surname: dict[str, str]) -> str:
    """The person a speaking surname names: a known surname, one spelt a letter apart
    when only one is that close ("Saree" for "Sarea"), else a new person."""
    close = [key for surname, key in by_surname.items() if len(surname) >= 5 and one_edit_apart(surname, token.text)]
    return close[0] if len(set(close)) == 1 else "person/" + slugify(token.text)


def one_edit_apart(a: str, b: str) -> bool:
    """True for two different words one substitution, insertion or deletion apart.

    >>> one_edit_apart("Sarea", "Saree"), one_edit_apart("Yerevan", "Yerevyan"), one_edit_apart("Putin", "Pushkin")
    (True, True, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _in_headline(span: Span) -> bool:
    """Headlines capitalise every word, so a title there is no evidence of a name."""
    sentence = span.sent
    if sentence.text.rstrip().endswith((".", "!", "?", "”", '"', ":")):
        return False
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) >= 0.7 * len(words)


def _only_in_headline(span: Span) -> bool:
    """A name the article gives once, in a headline, where capitals prove nothing."""
    return _in_headline(span) and span.doc.text.count(span.text) < 2


def _only_in_headlines(span: Span) -> bool:
    """A name the article gives once, in a headline, or capitalises only in headlines, however often
    ("Armenia Withdraws from Military Alliance with Russia", then a subheading), and writes in
    lowercase in the body ("its military alliance with Moscow")."""
    return _only_in_headline(span) or (_in_headline(span) and _used_in_lowercase(span.doc, span.text.lower()) and all(
        _in_headline(sentence) for sentence in span.doc.sents if span.text in sentence.text))


def _is_name_token(token) -> bool:
    return (token.text[:1].isupper() and token.is_alpha and token.lower_ not in _NAME_STOPWORDS
            and not token.is_stop and not (token.is_upper and len(token) > 1)
            and token.lower_ not in _TITLE_FIRST_WORDS and not token.ent_type_)


#: A particle elided before a capitalised name: "d'Estaing", "d’Alema".
_ELIDED_PARTICLE = re.compile(r"[dD]['’][A-Z][\w-]+")
#: Rank words that are also surnames, when they end a name: "John Major".
_RANK_SURNAMES = RANK_WORDS - _SINGLE_TITLES


def _name_after(doc: Doc, i: int) -> Span | None:
    """A personal name starting at token i: capitalised words, hyphenated parts joined,
    lowercase particles inside ("Bashar al-Assad"), and a month word after the first name
    ("Theresa May")."""
    end = i
    while end < len(doc) and end - i - sum(t.text in ("-", "–") for t in doc[i:end]) < 6:  # hyphens join, they add no word
        token = doc[end]
        inside = end > i and not token.is_sent_start
        if _is_name_token(token) and (end == i or inside):
            end += 1
        elif end == i and _city_as_given_name(doc, token):
            end += 1  # "Santiago Peña": a capital's name as a first name
        elif inside and token.is_title and token.lower_ in _MONTH_NAMES and not token.ent_type_:
            end += 1
        elif inside and _ELIDED_PARTICLE.fullmatch(token.text):
            end += 1  # "Valéry Giscard d'Estaing"
        elif inside and token.lower_ in _RANK_SURNAMES and token.is_title and not (end + 1 < len(doc) and _is_name_token(doc[end + 1])):
            end += 1  # "John Major has": a rank word that ends a name is a surname
        elif end == i + 1 and token.lower_ in _SINGLE_TITLES and token.is_title and not token.is_sent_start and end + 2 < len(doc) \
                and doc[end + 1].text == "," and doc[end + 2].lower_ in {"the", "a", "an"}:
            end += 1  # "Julie Bishop, the foreign minister of Australia": a title word as a surname, set off by an apposition
        elif re.fullmatch(r"[A-Z]\.", token.text) and end + 1 < len(doc) and _is_name_token(doc[end + 1]) and (end == i or inside):
            end += 1  # an initial: "George W. Bush", "S. Jaishankar"
        elif inside and token.lower_ in NAME_PARTICLES and end + 2 < len(doc) and (
                (doc[end + 1].text == "-" and not token.whitespace_ and _is_name_token(doc[end + 2]))
                or (token.whitespace_ and _is_name_token(doc[end + 1]))
                or (token.whitespace_ and doc[end + 1].lower_ in NAME_PARTICLES and _is_name_token(doc[end + 2]))):  # "von der Leyen"
            end += 1
        elif token.text in ("-", "–") and end > i and end + 1 < len(doc) and not token.whitespace_ and not doc[end - 1].whitespace_ and doc[end + 1].is_alpha:
            end += 2
        else:
            break
    if end < len(doc) and doc[end].text in NAME_SUFFIXES and (end - i >= 2 or doc[end].text in REGNAL_NUMBERS):
        end += 1  # "Ferdinand Marcos Jr.", "Queen Elizabeth II"
    return doc[i:end] if end > i else None


def _city_as_given_name(doc: Doc, token) -> bool:
    """A one-word city the reference matched, followed by a surname: "Santiago Peña", "Victoria Nuland";
    or a state's foreign spelling ("Dominique" for Dominica), which no English text uses for the state: "Dominique Hasler"."""
    if token.ent_type_ != "GPE" or not token.is_title or not token.whitespace_ or token.i + 1 >= len(doc) or not _is_name_token(doc[token.i + 1]):
        return False
    place = next((e for e in doc.ents if e.start == token.i and e.end == token.i + 1), None)  # the whole entity, one word
    if place is None or not place._.key:
        return False
    state = load_reference().get(place._.key) if place._.key.startswith("state/") else None
    return place._.key.startswith("city/") or (state is not None and token.text not in (state.name, *state.demonyms) and not token.text.isupper())


def _same_person(fuller: Span, name: Span) -> bool:
    """Whether ``name`` names the person ``fuller`` names, their surnames being one: a bare
    surname does, a full name with the same first name does ("Sara Duterte" is not "Rodrigo
    Duterte")."""
    if name[0].lower_ in GIVEN_NAME_STYLES:  # "Sheikh Tamim" is Sheikh Tamim bin Hamad Al Thani, "Sheikh Sabah" not Sheikh Nawaf al-Sabah
        return len(name) > 1 and len(fuller) > 1 and fuller[0].lower_ == name[0].lower_ and fuller[1].text == name[1].text
    return len(name) == 1 or fuller[0].text == name[0].text or (  # "Pejčinović Burić" for Marija Pejčinović Burić
        len(name) < len(fuller) and [t.text for t in fuller[-len(name):]] == [t.text for t in name])


def _named_last(people: list[Span], at: int, mentions: list[Span]) -> Span:
    """Of people with one surname, the one a bare surname at token ``at`` names: the one first
    named in full last before it, else the first ("Duterte's daughter, Sara Duterte"); one
    introduced as another's relative ("his son Abhijit Mukherjee") only when no one else was."""
    first = {p._.key: min((m for m in mentions if len(m) > 1 and m._.key == p._.key), key=lambda m: m.start, default=p) for p in people}
    before = [first[p._.key] for p in people if first[p._.key].start < at]
    principal = [p for p in before if not _introduced_as_relative(p)]
    return max(principal or before, key=lambda p: p.start) if before else people[0]


#: Kin a news story names by their tie to its subject: "his son Abhijit Mukherjee".
KINSHIP_NOUNS = {"son", "daughter", "wife", "husband", "widow", "widower", "brother", "sister", "father", "mother",
                 "nephew", "niece", "cousin", "grandson", "granddaughter", "stepson", "stepdaughter", "half-brother", "half-sister"}
_RELATIVE_BEFORE = re.compile(rf"(?:\b(?:his|her|their)|['’]s)\s+(?:[a-z-]+\s+)?(?:{'|'.join(KINSHIP_NOUNS)})\s*,?\s*(?:[A-Z][\w-]*\s+){{0,3}}$")
_RELATIVE_AFTER = re.compile(rf"^\s*,\s*(?:the\s+)?[^,.;]{{0,40}}?['’]s\s+(?:[a-z-]+\s+)?(?:{'|'.join(KINSHIP_NOUNS)})\b")


def _introduced_as_relative(name: Span) -> bool:
    """Whether a full name is given as someone's kin: "his son Abhijit Mukherjee", "Duterte's
    daughter, Vice President Sara Duterte", "Sara Duterte, the former president's eldest daughter"."""
    text = name.doc.text
    return bool(_RELATIVE_BEFORE.search(text, max(0, name.start_char - 80), name.start_char)
                or _RELATIVE_AFTER.match(text[name.end_char:name.end_char + 80]))


def _surname(name: Span) -> str:
    """The last word of a name, before any suffix: "Marcos" in "Ferdinand Marcos Jr."."""
    return name[-2].text if len(name) > 1 and name[-1].text in NAME_SUFFIXES else name[-1].text


def _plural(word: str) -> str:
    """The plural of a title's last word.

    >>> [_plural(w) for w in ("minister", "secretary", "prosecutor", "ambassador")]
    ['ministers', 'secretaries', 'prosecutors', 'ambassadors']
    """
    return word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else word + "es" if word.endswith(("s", "ch", "sh")) else word + "s"


def _counterparts(doc: Doc, roles: list[Span]) -> list[tuple[Span, str, str]]:
    """People named as someone's counterparts: "his Russian counterpart, Sergei Lavrov" holds the
    post of the person named before, in the state its demonym names; "his Greek and Cypriot
    counterparts, A and B" pairs the names with the states in order. Gives (name, title, state key)."""
    found = []
    for token in doc:
        if token.lower_ not in ("counterpart", "counterparts"):
            continue
        sentence = token.sent
        held = [r for r in roles if sentence.start <= r.start and r.end <= token.i and r._.role_title]
        states: list[str] = []
        j = token.i - 1
        while held and j >= sentence.start:
            ent = next((e for e in doc.ents if e.end == j + 1), None)
            if ent is not None and ent.label_ in ("NORP", "GPE") and (ent._.key or "").startswith("state/"):
                states.insert(0, ent._.key)
                j = ent.start - 1
            elif states and (doc[j].text == "," or doc[j].lower_ == "and"):
                j -= 1
            else:
                break
        if not states:
            continue
        i = token.i + 1 + (token.i + 1 < len(doc) and doc[token.i + 1].text == ",")
        names = [name for name, _ in _listed_holders(doc, i)] if len(states) > 1 else [n for n in [_name_after(doc, i)] if n is not None]
        if len(names) == len(states):
            title = held[-1]._.role_title.removeprefix("Former ")
            found.extend((name, title, state) for name, state in zip(names, states))
    return found


def _listed_holders(doc: Doc, i: int) -> list[tuple[Span, tuple[Span, str] | None]]:
    """The names after a plural title, each with the owner named after it: "Presidents
    Muhammadu Buhari of Nigeria and Patrice Talon of Benin"."""
    holders = []
    while (name := _name_after(doc, i)) is not None:
        owner = _owner_after_name(doc, name)
        holders.append((name, owner))
        after = i = owner[0].end if owner else name.end
        if i < len(doc) and doc[i].text == ",":
            i += 1
        if i < len(doc) and doc[i].lower_ == "and":
            i += 1
        elif i == after:
            break
    return holders if len(holders) >= 2 else []


def _with_portfolio(doc: Doc, title: Span) -> Span:
    """A title with the words of its portfolio: lowercase ones between its owner (or "a") and it
    ("the EU's enlargement commissioner", "AU trade and industry commissioner", "a trade economist"), a "for ..."
    after it set off by a comma ("deputy prime minister for European integration, ...") and
    an "of ..." before "at" ("head of oil research at ...")."""
    start = title.start
    while start > title.start - 4 and start > 1 and doc[start - 1].is_lower and doc[start - 1].is_alpha and (
            doc[start - 1].lower_ not in _SINGLE_TITLES or doc[start - 1].lower_ in RANK_PREFIXES) and doc[start - 1].ent_type_ != "ORG" and (
            doc[start - 1].tag_ not in ("VB", "VBD", "VBN", "VBP", "VBZ", "MD")) and (  # "Russia sent Foreign Minister X": no portfolio
            not doc[start - 1].is_stop or (doc[start - 1].lower_ == "and" and start < title.start)):
        start -= 1
    if doc[start].lower_ == "and":
        start += 1
    owned = start < title.start and (doc[start - 1].lower_ in {"'s", "’s", "a", "an"} or doc[start - 1].ent_type_ in ("ORG", "GPE", "NORP"))
    if not owned:  # capitalised: "India's External Affairs Minister", only when they lead back to the owner
        first = title.start
        while first > title.start - 5 and first > 1 and doc[first - 1].is_alpha and (not doc[first - 1].ent_type_ or doc[first - 1].ent_type_ == "ORG") and (
                (doc[first - 1].text[:1].isupper() and doc[first - 1].lower_ not in _SINGLE_TITLES | _NAME_STOPWORDS)
                or (doc[first - 1].lower_ == "and" and first < title.start and doc[first - 2].is_title)):  # "Mines and Energy Minister"
            first -= 1
        named_body = any(t.ent_type_ == "ORG" for t in doc[first:title.start])  # "Israel's UN ambassador": a body only after a possessive
        if first < title.start and (doc[first - 1].lower_ in {"'s", "’s"} or (not named_body and doc[first - 1].ent_type_ in ("ORG", "GPE", "NORP"))):
            start, owned = first, True
    if not owned and title.start > 0 and doc[title.start - 1].lower_ in TENURES:
        start, owned = title.start - 1, True  # "the caretaker Prime Minister"
    end = title.end
    department = next((n for n in (2, 1) if title[-1].lower_ == "secretary" and end + n < len(doc) and doc[end].lower_ == "of"
                       and doc[end + 1].is_title and doc[end + 1:end + 1 + n].text.lower() in DEPARTMENTS), None)
    if department:
        end += 1 + department  # "Secretary of Transportation"
    if end + 2 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_lower:  # "head of oil research at X"
        stop = next((k for k in range(end + 1, min(end + 7, len(doc))) if doc[k].lower_ == "at" or not (doc[k].is_lower and doc[k].is_alpha)), None)
        if stop is not None and not doc[stop - 1].is_stop and (doc[stop].lower_ == "at" or (
                doc[stop].text == "," and not any(t.is_stop and t.lower_ != "and" for t in doc[end + 1:stop]))):
            end = stop  # "head of oil research at X", "the speaker of parliament, X", "minister of commerce and industry, X" (not "deputy chairman of the party, X")
    if end + 2 < len(doc) and doc[end].lower_ == "for":
        comma = next((k for k in range(end + 2, min(end + 5, len(doc))) if doc[k].text == ","), None)
        if comma is not None and all(t.is_alpha and not t.ent_type_ for t in doc[end + 1:comma]):
            end = comma
    return doc[start if owned else title.start:end]


#: A span of years after a title that closes before the article's year: "Nigeria's military
#: ruler from 1966 to 1975", "secretary general of NATO until 2014".
_PAST_TERM = re.compile(r"(?: of (?:the )?[A-Z][\w'’-]*(?: (?:of |and |the )*[A-Z][\w'’-]*)*)?\s*,?\s*(?:(?:from|between) (?:\w+ )?\d{4} (?:to|until|and)|until) (?:\w+ )?(?P<end>\d{4})\b")


#: Words that make a "then" before a title mean "at that time" of the clause, not of the post:
#: "since then President Macron has said little".
_THEN_AS_TIME = {"since", "until", "till", "by", "and", "but", "just", "only", "even", "back", "from", "right", "there", "so"}


def _former(doc: Doc, *spans: Span) -> str:
    """"former " when the post is a past one: "former US President Barack Obama", "then-prime-minister X",
    "then President X", "X, then foreign minister,", "X, formerly the director of ...", "ruler from 1966 to 1975"."""
    for span in spans:
        before = doc[span.start - 2:span.start] if span.start > 1 else doc[0:0]
        if (span.start > 0 and doc[span.start - 1].lower_ == "former") or "formerly" in {t.lower_ for t in before} or (
                span.start > 1 and doc[span.start - 1].lower_ == "then" and not doc[span.start - 1].is_sent_start
                and before[0].lower_ not in _THEN_AS_TIME) or (
                len(before) == 2 and before[0].lower_ == "then" and before[1].text == "-" and not before[0].whitespace_) \
                or ((term := _PAST_TERM.match(doc.text, span.end_char)) and not (
                    doc._.article_date and int(term.group("end")) >= doc._.article_date.year)):
            return "former "
    return ""


def _name_in_apposition(doc: Doc, title: Span) -> Span | None:
    """"the country's justice minister, Bence Tuzson, told ...": a name set off after the title."""
    k = title.start - 1
    while k > 0 and doc[k].ent_type_ in ("ORG", "GPE", "NORP") and doc[k - 1].lower_ in {"'s", "’s"}:
        k -= 1  # "Israel's UN ambassador, Gilad Erdan"
    while k > 0 and doc[k].lower_ in NOT_PORTFOLIO | {"former", "then"}:
        k -= 1  # "the current president, Alexander Lukashenko", "its then president, Yahya Jammeh"
    owner = next((e for e in doc.ents if e.end == k + 1 and e.label_ in ("ORG", "GPE", "NORP")), None)
    if owner is not None and owner.start > 0 and doc[owner.start - 1].lower_ in {"a", "an", "the"}:
        k = owner.start - 1  # "a United States Department of State spokesperson, Morgan Ortagus,"
    before = doc[k].lower_ if title.start > 0 else ""
    if before == "and" and k > 0 and doc[k - 1].lower_ in _TITLE_LAST_WORDS:
        before = "the"  # the second of joint titles: "Pakistan's deputy prime minister and foreign minister, Ishaq Dar,"
    if before not in {"the", "a", "an", "'s", "’s", "its", "his", "her", "their", "whose"} or title.end + 1 >= len(doc) or doc[title.end].text != ",":
        return None
    start = title.end + 1
    while start < len(doc) and (doc[start].lower_ in RANK_WORDS | HONORIFICS or (doc[start].text == "-" and start > title.end + 1)):
        start += 1  # "..., Colonel Amadou Abdramane", "..., Colonel-Major Amadou Abdramane", "..., Dr. Anthony Fauci"
    name = _name_after(doc, start)
    if name is not None and len(name) == 1 and name.end + 1 < len(doc) and doc[name.end].ent_type_ in ("GPE", "LOC") and doc[name.end].is_title \
            and doc[name.end + 1].ent_iob_ != "I":
        name = doc[start:name.end + 1]  # a place word as a surname where only a name can stand: "its secretary-general, Patricia Scotland,"
    of_owner = name is not None and name.end + 1 < len(doc) and doc[name.end].lower_ == "of" and any(
        e.start in (name.end + 1, name.end + 2) and e.label_ in ("GPE", "ORG") for e in doc.ents)  # "the assembly's president, X of the Maldives,"
    if name is not None and len(name) >= 2 and (name.end == len(doc) or doc[name.end].text in {",", ".", ";"} or doc[name.end].lower_ in SPEECH_VERBS or of_owner):
        return name
    if name is not None and len(name) == 1 and name.end < len(doc) and doc[name.end].text == "," and doc[name.start].ent_type_ not in ("GPE", "ORG", "NORP", "LOC"):
        return name  # one name, set off on both sides: "Indonesia's new foreign minister, Sugiono, told ..."
    return None


def _name_after_of_owner(doc: Doc, title: Span) -> Span | None:
    """"Prime Minister of Armenia, Nikol Pashinyan", "Prime Minister of Armenia Nikol Pashinyan"
    and "US Ambassador to Germany Richard Grenell"."""
    ent = _entity_after_of(doc, title.end, words=("of", "to"))
    if ent is not None:
        j = ent.end + (1 if ent.end < len(doc) and doc[ent.end].text == "," else 0)
        return _name_after(doc, j)
    return None


#: Posts held with another state or body: "US Ambassador to Germany", "China's envoy to the African Union".
ACCREDITED_TITLES = {"ambassador", "envoy", "representative", "delegate", "emissary", "consul"}


def _accredited_to(doc: Doc, title: Span) -> str | None:
    """The state or body a diplomat is posted to ("Ambassador to Germany", "envoy to Moscow"), if named."""
    if title[-1].lower_ not in ACCREDITED_TITLES:
        return None
    ent = _entity_after_of(doc, title.end, ("GPE", "ORG"), ("to",))
    return _state_of(ent._.key) if ent is not None and ent._.key else None


def _entity_after_of(doc: Doc, i: int, labels: tuple[str, ...] | None = None, words: tuple[str, ...] = ("of",)) -> Span | None:
    """The entity in "of (the) <entity>" when token ``i`` is "of" or another of ``words``
    (with one of ``labels``, if given), past a place it is based in ("at the Nairobi-based X")."""
    if i + 1 < len(doc) and doc[i].lower_ in words:
        at = i + 2 if doc[i + 1].lower_ == "the" else i + 1
        if at + 2 < len(doc) and doc[at + 1].text == "-" and doc[at + 2].lower_ == "based":
            at += 3
        at = _past_description(doc, at)
        owner = next((e for e in doc.ents if e.start == at and e.label_ in ("GPE", "NORP")), None)
        if owner is not None and owner.end + 1 < len(doc) and doc[owner.end].lower_ in ("'s", "’s", "'", "’"):
            body = next((e for e in doc.ents if e.start == owner.end + 1 and e.label_ == "ORG"), None)
            if body is not None and (labels is None or "ORG" in labels):
                return body  # "a spokeswoman for China's foreign ministry"
        return next((e for e in doc.ents if e.start == at and (labels is None or e.label_ in labels)), None)
    return None


def _past_description(doc: Doc, at: int) -> int:
    """Where the name starts after what kind of body it is and where: "the Almaty research
    firm ⟨Steppe Energy Analytics⟩", "the London consultancy ⟨Capital Economics⟩"; ``at`` if
    no organisation's name follows such words."""
    place = next((e for e in doc.ents if e.start == at), None)
    i = place.end if place is not None and place.label_ in ("GPE", "LOC") else at + 1 if place is None and doc[at].is_title else at
    if i >= len(doc) or not doc[i].is_lower:
        return at
    end = i
    while end < min(i + 3, len(doc)) and doc[end].is_lower and doc[end].is_alpha and not doc[end].is_stop:
        end += 1
    if end > i and any(e.start == end and e.label_ == "ORG" for e in doc.ents):
        return end
    return at


#: Verbs that say a person holds a post: "Johnson became leader of the Conservative Party".
COPULAS = {"became", "becomes", "remains", "remained"}
#: Verb phrases by which someone is given or holds a post named right after them: "Kallas was
#: appointed foreign minister", "X was sworn in as president", "Y, who served as secretary general".
TAKING_POST = [phrase.split() for phrase in (
    "was elected", "was re-elected", "was appointed", "was named", "has been appointed", "has been elected", "had been appointed",
    "was sworn in as", "were sworn in as", "served as", "serves as", "took office as", "takes office as")]


def _closes_apposition(doc: Doc, title: Span) -> bool:
    """Whether a title set off after a name is an aside ("X, the prime minister of Armenia, said")
    rather than the subject of the next clause ("X, the Queen suspended parliament")."""
    if title.end >= len(doc) or doc[title.end].lower_ in SPEECH_VERBS:
        return True
    verb = doc[title.end]
    # the parser may call a finite verb a participle; one with an object is still the clause's verb
    transitive = verb.tag_ == "VBN" and title.end + 1 < len(doc) and doc[title.end + 1].tag_ in ("DT", "NN", "NNS", "NNP", "PRP$")
    return verb.tag_ not in ("VBD", "VBZ", "VBP", "MD") and not transitive


def _name_before_apposition(doc: Doc, title: Span) -> Span | None:
    """"Nikol Pashinyan, Armenia's prime minister," "Nikol Pashinyan, the prime minister of Armenia"
    and "Mihai Popșoi, who is also foreign minister"."""
    i = title.start
    while i > 0 and (doc[i - 1].lower_ in {"the", "a", "an", "'s", "’s", "also", "now", "currently", "former", "formerly", "then"} | NOT_PORTFOLIO
                     or doc[i - 1].ent_type_ in ("GPE", "NORP", "ORG") or _manner(doc, i - 1)
                     or (i < len(doc) and doc[i].lower_ in {"'s", "’s"} and doc[i - 1].lower_ in {*ORG_ANAPHORA, *ORG_HEADS, "country", "nation"})):
        i -= 1  # "X, the alliance's secretary general"
    if i > 2 and doc[i].lower_ in {"'s", "’s"} and _is_name_token(doc[i - 1]):  # "X, Prime Minister Viktor Orban's chief of staff"
        i -= 1
        while i > 0 and (_is_name_token(doc[i - 1]) or (doc[i - 1].is_title and doc[i - 1].lower_ in _TITLE_WORDS)):
            i -= 1
    if i > 2 and doc[i - 1].lower_ in {"is", "was"} and doc[i - 2].lower_ == "who":
        end = i - 2 - (doc[i - 3].text == ",")  # "X, who is also foreign minister", "Mike Pompeo who is the secretary of state"
    elif i > 1 and doc[i - 1].lower_ in COPULAS:
        end = i - 1  # "Johnson became leader of the Conservative Party"
    elif taking := next((len(p) for p in TAKING_POST if i > len(p) and [t.lower_ for t in doc[i - len(p):i]] == p), None):
        end = i - taking  # "Kallas was appointed foreign minister"
        if doc[end - 1].lower_ == "who":
            end -= 1 + (end > 1 and doc[end - 2].text == ",")  # "X, who served as secretary general"
    elif i > 1 and doc[i - 1].text == "," and _closes_apposition(doc, title):
        end = i - 1  # not "Per request of Prime Minister Boris Johnson, the Queen suspended parliament"
    else:
        return None
    start = end
    if start > 2 and doc[start - 1].text in NAME_SUFFIXES:
        start -= 1  # "Surangel Whipps Jr., the president of Palau"
    while start > 0 and end - start < 6 and (_is_name_token(doc[start - 1]) or _city_as_given_name(doc, doc[start - 1]) or (  # "Ursula von der Leyen, ...", "Majed al-Ansari, ..."
            start < end and (doc[start - 1].lower_ in NAME_PARTICLES or (doc[start - 1].text == "-" and not doc[start - 1].whitespace_))
            and start > 1 and doc[start - 2].lower_ not in {",", "and"})):
        start -= 1
    while start < end and not (_is_name_token(doc[start]) or _city_as_given_name(doc, doc[start])):
        start += 1
    if end - start >= 2 or (end - start == 1 and re.search(rf"\b[A-Z][\w'’-]+ {re.escape(doc[start].text)}\b", doc.text)):
        return doc[start:end]  # "Almagro, a former foreign minister of Uruguay": the surname of someone named in full
    return None


#: Verbs that say someone holds a body's chair or head: "Bainimarama, who chairs the forum".
HOLDING_VERBS = {"chairs": "Chair", "chaired": "Chair", "heads": "Head", "headed": "Head"}


def _chairs(doc: Doc, people: list[Span]) -> list[Span]:
    """Posts given by a verb: "X, who chairs the forum," and "whose president, X, chairs the bloc"
    make X its chair; the body is named, or "the <body>" refers back to one."""
    found = []
    for verb in (t for t in doc[2:-1] if t.lower_ in HOLDING_VERBS):
        k = verb.i - 1 - (doc[verb.i - 1].lower_ == "who")
        k -= doc[k].text == ","
        holder = next((p for p in people if p.end == k + 1 and p.sent == verb.sent), None)
        at = verb.i + 1 + (doc[verb.i + 1].lower_ == "the")
        body = next((e for e in doc.ents if e.start == at and e.label_ == "ORG" and e._.key), None)
        org = body._.key if body is not None else (
            org_before(doc, verb.i, doc[at].lower_) if doc[verb.i + 1].lower_ == "the" and doc[at].lower_ in ORG_ANAPHORA else None)
        if holder is not None and org:
            role = Span(doc, holder.start, verb.i + 1, label="ROLE")
            role._.role_title, role._.role_of, role._.key = HOLDING_VERBS[verb.lower_], org, holder._.key
            found.append(role)
    return found


#: Verbs by which someone gives up a post named after "as": "stepped down as prime minister".
LEAVING_POST = {"resigned", "quit", "stepped", "stood"}


def _posts_left(doc: Doc, people: list[Span]) -> list[Span]:
    """Past posts given by a verb: "when Zoran Zaev stepped down as prime minister", "after Evo Morales
    quit as president" make a former prime minister and a former president; whose, the extract stage
    settles as for any title given without its owner."""
    found = []
    for verb in (t for t in doc[1:-2] if t.lower_ in LEAVING_POST):
        at = verb.i + 1 + (verb.lower_ in {"stepped", "stood"} and doc[verb.i + 1].lower_ == "down")
        if (at == verb.i + 1 and verb.lower_ in {"stepped", "stood"}) or at + 1 >= len(doc) or doc[at].lower_ != "as":
            continue
        at += 1 + (doc[at + 1].lower_ == "the")
        title = next((doc[at:at + n] for n in (3, 2, 1) if at + n <= len(doc) and doc[at:at + n].text.lower() in TITLES), None)
        holder = next((p for p in people if p.end in (verb.i, verb.i - 1) and p.sent == verb.sent), None)
        if title is not None and holder is not None:
            role = Span(doc, holder.start, title.end, label="ROLE")
            role._.role_title, role._.key = _normal_title("former " + title.text), holder._.key
            found.append(role)
    return found


def _manner(doc: Doc, i: int) -> bool:
    """Whether token ``i`` belongs to a hyphenated word that says how a post is held: "the
    long-serving Sultan", "the newly-elected president"."""
    word = doc[i:i + 3] if i + 2 < len(doc) and doc[i + 1].text == "-" else doc[i - 1:i + 2] if doc[i].text == "-" else doc[i - 2:i + 1]
    return len(word) == 3 and word[1].text == "-" and not word[0].whitespace_ and not word[1].whitespace_ and word.text.lower() in HOW_HELD


#: Hyphenated words that say how a post is held, not what it is.
HOW_HELD = {"long-serving", "longest-serving", "long-time", "newly-elected", "newly-appointed", "newly-installed", "self-declared", "self-proclaimed"}


def _title_owner(doc: Doc, title: Span) -> tuple[Span, str] | None:
    """Whose post: "Armenian Prime Minister", "Armenia's Prime Minister", "NATO chief", "... of Armenia"."""
    i = title.start
    if i > 0 and doc[i - 1].lower_ in {"'s", "’s"}:
        i -= 1
    local = title.text.lower() in LOCAL_TITLES
    if i > 1 and doc[i - 1].lower_ == "whose" and doc[i - 2].text == ",":  # "Honduras, whose president, Xiomara Castro,"
        ent = next((e for e in doc.ents if e.end == i - 2 and e.label_ in ("GPE", "ORG") and e._.key), None)
        return (ent, _state_of(ent._.key)) if ent is not None else None
    if i > 1 and i < title.start and doc[i - 1].lower_ in {"country", "nation"} and doc[i - 2].lower_ == "the":
        state = _state_before(doc, i - 2)  # "the country's defence minister": the state named last
        return (doc[i - 2:i], state) if state else None
    if i > 1 and i < title.start and doc[i - 1].lower_ in ORG_ANAPHORA and doc[i - 2].lower_ == "the":
        org = org_before(doc, i - 2, doc[i - 1].lower_)  # "the alliance's secretary general"
        return (doc[i - 2:i], org) if org else None
    if i == title.start and i > 0 and doc[i - 1].lower_ in ORG_ANAPHORA and doc[i - 1].is_lower:
        org = org_before(doc, i - 1, doc[i - 1].lower_)  # "court spokesman Fadi El Abdallah"
        return (doc[i - 1:i], org) if org else None
    if i == title.start and i > 0 and doc[i - 1].lower_ in {"its", "their"}:
        owner = _owner_before(doc, i - 1, BODY_POSTS.match(title.text) is not None,  # "Its foreign minister, X": the state or body named last
                              _GOVERNMENT_POST.search(title.text) is not None)
        return (doc[i - 1:i], owner) if owner else None
    ent = next((e for e in doc.ents if e.end == i and e.label_ in ("GPE", "NORP", "ORG")), None)
    if ent is not None and ent._.key:
        return ent, _state_of(ent._.key, local)
    ent = _entity_after_of(doc, title.end, ("GPE", "ORG", "LOC")) or _entity_after_of(doc, title.end, ("ORG",), ("at", "for"))
    if ent is not None and ent._.key:
        return ent, _state_of(ent._.key, local)
    return None


def body_word_before(doc: Doc, start: int) -> Token | None:
    """The common name of a body right before token ``start``, past a possessive: "Commission" in
    "Commission President X", "assembly" in "the assembly's president, X"; a title after it is that body's."""
    i = start - 1
    if i > 0 and doc[i].lower_ in {"'s", "’s"}:
        i -= 1
    return doc[i] if i >= 0 and doc[i].lower_ in ORG_HEADS and not doc[i].ent_type_ else None


def org_before(doc: Doc, i: int, word: str) -> str | None:
    """The organisation "the <word>" before token ``i`` refers to: the last body of a fitting
    kind ("the alliance" a military alliance), or whose name ends in the word ("the league"), its sentence names before it, else the only one the
    sentence before names, else the one named most."""
    reference = load_reference()
    named = [e for e in doc.ents if e.end <= i and e.label_ == "ORG" and reference.get(e._.key) and reference.get(e._.key).is_member_body]
    fitting = ([e for e in named if reference.get(e._.key).fits(word)]
               or [e for e in named if org_head(reference.get(e._.key).name) == word] or named)  # "the league": the Arab League
    sentence = doc[i].sent
    own = [e for e in fitting if e.start >= sentence.start]
    if own or not fitting:
        return own[-1]._.key if own else None
    previous = {e._.key for e in fitting if e.start >= _sentence_before(doc, sentence)}
    if len(previous) == 1:  # as the extract stage reads "the bloc": the one body the sentence before named,
        return previous.pop()
    counts = Counter(e._.key for e in fitting)  # else the body named most, the latest on a tie
    return max(reversed([e._.key for e in fitting]), key=lambda k: counts[k])


def _owner_before(doc: Doc, i: int, body_post: bool = False, state_post: bool = False) -> str | None:
    """What "its" at token ``i`` stands for: the state or body named last, in its sentence or the one before;
    for a body's post, the body named last ("IGAD, which brings together Sudan and Uganda, ... Its executive
    secretary"); for a government's, the state named last ("Switzerland, which belongs to neither the EU nor
    NATO, ... Its ambassador")."""
    reference = load_reference()
    is_body = lambda e: e.label_ == "ORG" and reference.get(e._.key) is not None and reference.get(e._.key).is_member_body
    is_state = lambda e: e.label_ == "GPE" and e._.key.startswith("state/")
    acting_capital = lambda e: (e.sent == doc[i].sent and reference.get(e._.key) is not None and reference.get(e._.key).capital_of
                                and not (e.start > 0 and doc[e.start - 1].lower_ in PLACE_PREPOSITIONS))  # "Buenos Aires sent its foreign minister"
    owner = (_subject_before(doc, i) if _opens_sentence(doc, i) else _clause_subject(doc, i)) or (
        body_post and _named_before(doc, i, is_body)) or (
        state_post and _named_before(doc, i, lambda e: is_state(e) or acting_capital(e))) or _named_before(
        doc, i, lambda e: is_state(e) or is_body(e) or acting_capital(e))
    return owner and _state_of(owner)


def _clause_subject(doc: Doc, i: int) -> str | None:
    """The state or organisation that is the subject of the verb "its" at token ``i`` depends on:
    "Egypt, which does not belong to the GCC, sent its foreign minister" is Egypt's, not the GCC's."""
    if not doc.has_annotation("DEP"):
        return None
    verb = doc[i].head
    for _ in range(3):
        if verb.tag_.startswith("VB") or verb.head is verb:
            break
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < i), None)
    if subject is None and verb.dep_ in ("parataxis", "conj") and not verb.head.tag_.startswith("VB"):
        subject = verb.head  # "Egypt, which ..., sent its foreign minister" parsed with Egypt as the root
    elif subject is None and verb.dep_ in ("parataxis", "conj"):  # "Hungary ... has kept close ties with Moscow, sent its foreign minister"
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < i), None)
    ent = next((e for e in doc.ents if subject is not None and e.start <= subject.i < e.end and e._.key), None)
    return ent._.key if ent is not None and ent.label_ in ("GPE", "ORG") and not ent._.key.startswith("city/") else None


def _opens_sentence(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is the first word of its sentence, past an opening quotation mark or
    a quotation it attributes."""
    start = doc[i].sent.start
    return i == start or (i == start + 1 and doc[start].is_quote) or (  # '"We will not accept it," its foreign minister said'
        (doc[start].is_quote or (start > 0 and doc[start - 1].is_quote)) and i >= start + 2 and doc[i - 1].is_quote and doc[i - 2].text == ",")


def _subject_before(doc: Doc, i: int) -> str | None:
    """What a sentence that opens with "Its" is about: the state or organisation the sentence
    before is about, its main clause's subject ("Norway, which also belongs to NATO, is
    watching closely. Its prime minister" is Norway's; "the European Commission said. Its
    president" the Commission's), or "the court" it names ("a bad moment for the court. Its
    chief prosecutor"). None where that subject is a person or a thing."""
    previous = doc[_sentence_before(doc, doc[i].sent)].sent
    if not doc.has_annotation("DEP") or previous.start >= doc[i].sent.start:
        return None
    root = previous.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is None and root.ent_type_ in ("GPE", "ORG"):
        subject = root  # "India, the only one of the four ..., has been the most wary" parsed with India as the root
    if subject is not None:
        ent = next((e for e in previous.ents if e.start <= subject.i < e.end and e._.key), None)
        if ent is not None and ent.label_ in ("GPE", "ORG"):
            return ent._.key
        if ent is None and subject.lower_ in _STATE_NOUNS:
            return _state_before(doc, subject.i)  # "The kingdom was invited ... Its foreign minister": the state named before
        if subject.lower_ == "it":
            return _subject_before(doc, previous.start)  # "India is wary. It sits in BRICS with Pakistan. Its minister": India's
        if ent is not None or subject.pos_ in ("PROPN", "PRON"):
            return None  # "Pashinyan said ...", "He said ..."
    anaphors = [t for t in previous if t.lower_ in ORG_ANAPHORA and t.i > 0 and doc[t.i - 1].lower_ == "the" and not t.ent_type_]
    return org_before(doc, anaphors[-1].i, anaphors[-1].lower_) if len(anaphors) == 1 else None


def _state_before(doc: Doc, i: int) -> str | None:
    """The state named last before token ``i``, in its sentence or the one before."""
    return _named_before(doc, i, lambda e: e.label_ in ("GPE", "NORP") and e._.key.startswith("state/"))


def _named_before(doc: Doc, i: int, wanted) -> str | None:
    """The key of the last entity before token ``i``, in its sentence or the one before, that is ``wanted``."""
    floor = _sentence_before(doc, doc[i].sent)
    return next((e._.key for e in reversed(doc.ents) if floor <= e.start and e.end <= i and e._.key and wanted(e)), None)


def _sentence_before(doc: Doc, sentence: Span) -> int:
    """Where the sentence before ``sentence`` starts, past a blank line between paragraphs."""
    floor = sentence.start
    while floor > 0:
        floor = doc[floor - 1].sent.start
        if doc[floor:sentence.start].text.strip():
            break
    return floor


def _owner_after_name(doc: Doc, name: Span) -> tuple[Span, str] | None:
    """"President Abdel Fattah el-Sisi of Egypt": the owner named after the holder."""
    ent = _entity_after_of(doc, name.end, ("GPE", "ORG"))
    if ent is not None and ent._.key:
        return ent, _state_of(ent._.key)
    return None


def _state_of(key: str, local: bool = False) -> str:
    """A capital's key stands for its state when it owns a post ("Moscow's envoy"), but not
    for a city's own office ("the mayor of London")."""
    entity = None if local else load_reference().get(key)
    return entity.capital_of if entity is not None and entity.capital_of else key


#: Words before a title that say when or how someone holds it, not what the post is:
#: "Senegal's new president" is its president.
NOT_PORTFOLIO = {"new", "newly", "current", "incoming", "outgoing", "sitting", "longtime", "veteran", "powerful", "influential",
                 "potential", "possible", "likely", "would-be"}


def _is_party(key: str) -> bool:
    """Whether an entity key names a political party ("Labour Party", or "Labour" when the reference knows it)."""
    entity = load_reference().get(key)
    return (entity.org_kind if entity is not None else org_kind_from_name(key.removeprefix("org/").replace("-", " "))) == "political party"


def _normal_title(text: str) -> str:
    """A title in title case without words that are no part of the post ("new president"),
    spelled out where it is written as initials ("MP")."""
    last = text.split()[-1].lower()
    if "-" in last and last not in TITLES and last.replace("-", " ") in TITLES:
        text = text.replace(text.split()[-1], text.split()[-1].replace("-", " "))  # "prime-minister" is the Prime Minister
    words = re.split(r"(\s+|-)", " ".join(SPELLED_OUT_TITLES.get(w, w) for w in text.split() if w.lower() not in NOT_PORTFOLIO))
    return "".join(w if w.isupper() and len(w) > 1 else w.capitalize() if w.strip(" -") and w.lower() not in {"of", "for", "and"} else w for w in words)


@Language.factory("newskg_places", assigns=["span._.key", "doc.ents"], requires=["doc.ents"])
def make_places(nlp: Language, name: str) -> "_Places":
    return _Places()


#: Names of things a place gives its name to: "the Rome Statute", "the Minsk agreements".
NAMED_AFTER_PLACES = {"statute", "treaty", "agreement", "agreements", "accord", "accords", "protocol", "declaration",
                      "convention", "charter", "process", "format", "summit", "club", "group", "principles"}


class _Places:
    """Capitals are places after a place preposition, in a dateline or as a modifier ("a
    London think tank", "the Rome Statute"), else their state's government, or the organisation
    seated there when it is named and the reference gives the seat as its metonym ("Brussels"
    for the European Union)."""

    reference: Reference | None = None

    def __call__(self, doc: Doc) -> Doc:
        reference = self.reference or load_reference()
        places, bodies = [], []
        named = {e._.key for e in doc.ents}
        seated = {m: k for k in named if (org := reference.get(k)) is not None and org.kind == "org" for m in org.metonyms}
        for ent in doc.ents:
            entity = reference.get(ent._.key)
            if entity is None or entity.kind != "city" or not entity.capital_of:
                continue
            previous = doc[ent.start - 1] if ent.start > 0 else None
            following = doc[ent.end] if ent.end < len(doc) else None
            dateline = ent.start == 0 or "\n" in (previous.text + previous.whitespace_) and ent.text.isupper()
            modifier = following is not None and ((following.is_lower and following.tag_ in ("NN", "NNS"))  # "a London think tank"
                                                  or following.lower_ in NAMED_AFTER_PLACES  # "the Rome Statute"
                                                  or (following.text == "-" and ent.end + 1 < len(doc) and doc[ent.end + 1].lower_ == "based"
                                                      and entity.name != reference.get(entity.capital_of).name))  # "Nairobi-based", not "Luxembourg-based"
            travelled = previous is not None and previous.lower_ == "to" and ent.start > 1 and doc[ent.start - 2].lower_ in MOTION_VERBS
            if dateline or modifier or travelled or (previous is not None and previous.lower_ in PLACE_PREPOSITIONS):
                place = Span(doc, ent.start, ent.end, label="LOC")
                place._.key = ent._.key
                places.append(place)
            elif ent.text in seated:  # "Brussels warned Budapest" in an article about the European Union: the Union
                body = Span(doc, ent.start, ent.end, label="ORG")
                body._.key = seated[ent.text]
                bodies.append(body)
            else:
                ent._.key = entity.capital_of
        _set_ents(doc, places + bodies, override=True)
        return doc


#: Names two states share, which the reference therefore drops: each is the one the article names
#: by a name of its own ("Congolese President Tshisekedi" in a story that names DR Congo).
SHARED_NAMES = {"Congolese": ("NORP", ("state/democratic-republic-of-the-congo", "state/republic-of-the-congo")),
                "Congo": ("GPE", ("state/democratic-republic-of-the-congo", "state/republic-of-the-congo")),
                "Korean": ("NORP", ("state/south-korea", "state/north-korea")),
                "Dominican": ("NORP", ("state/dominican-republic", "state/dominica"))}


def _shared_names(doc: Doc) -> list[Span]:
    """Mentions by a name two states share, where the article names only one of them otherwise."""
    named = {e._.key for e in doc.ents}
    found = []
    for token in doc:
        label, states = SHARED_NAMES.get(token.text, (None, ()))
        chosen = [state for state in states if state in named]
        if len(chosen) == 1 and not token.ent_type_:
            span = Span(doc, token.i, token.i + 1, label=label)
            span._.key = chosen[0]
            found.append(span)
    return found


_MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_M = "(January|February|March|April|May|June|July|August|September|October|November|December)"
_D = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DATE_PATTERNS = [
    ("weekday_day_month", re.compile(rf"\b{_D},?\s+{_M}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+\d{{4}})")),
    ("weekday_day_month_dmy", re.compile(rf"\b{_D},?\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+{_M}\b(?!,?\s+\d{{4}})")),
    ("month_day_year", re.compile(rf"\b{_M}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b")),
    ("day_month_year", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_M},?\s+(\d{{4}})\b")),
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("month_year", re.compile(rf"\b{_M}(?:\s+of)?,?\s+(\d{{4}})\b")),
    ("month_day_relative_year", re.compile(rf"\b{_M}\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+(?i:(last|this|next) year)\b")),
    ("month_day", re.compile(rf"\b{_M}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b")),
    ("month_relative_year", re.compile(rf"\b(?:(?i:in|since|from|until|by|early|late|mid-?)\s+)?{_M}\s+(?i:(last|this|next) year)\b")),
    ("month", re.compile(rf"\b(?i:in|since|from|until|by|early|late|mid-?|last|this|next)\s+{_M}\b")),
    # a weekday with or without "on" ("said Tuesday", "Thursday's session"), not in a name ("Good Friday", "Super Tuesday")
    ("weekday", re.compile(rf"\b(?:(?i:on|last|this|since|until|by)\s+)?{_D}\b")),
    ("year", re.compile(r"\b(?i:in|since|from|until|by|of|early|late|mid-?|ago as|early as)\s+((?:19|20)\d{2})\b(?!s)")),
    # counted from the date the text gave last: "Iceland joined three years later", "later that day"
    ("later", re.compile(r"\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(day|month|year)s?\s+later"
                         r"|the\s+(?:following|next)\s+(day|month|year)|(?:later\s+that|that\s+same|the\s+same)\s+(day|month|year))\b", re.I)),
    ("ago", re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(day|month|year)s?\s+ago\b", re.I)),
    ("relative", re.compile(r"\b(yesterday|today|tomorrow|tonight|this morning|this afternoon|this evening|last night|last year|this year|next year"
                            r"|last month|this month|next month|earlier in the month|last week|this week|next week)\b", re.I)),
]


@Language.component("newskg_dates", assigns=["doc.ents", "span._.date_value"])
def newskg_dates(doc: Doc) -> Doc:
    """DATE entities with an ISO value (YYYY-MM-DD, YYYY-MM or YYYY) where it can be resolved."""
    taken: list[tuple[int, int]] = []
    spans = []
    later: list[tuple[Span, re.Match]] = []
    for kind, pattern in _DATE_PATTERNS:
        for match in pattern.finditer(doc.text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            span = doc.char_span(match.start(), match.end(), label="DATE", alignment_mode="expand")
            if span is None or (kind == "weekday" and _in_a_name(span)):
                continue
            taken.append((match.start(), match.end()))
            if kind == "later":
                later.append((span, match))
                spans.append(span)
                continue
            future = bool(_FUTURE.search(doc.text, span.sent.start_char, match.start())) or (kind in ("month", "month_day", "weekday") and _scheduled(span))
            span._.date_value = resolve_date(kind, match, doc._.article_date, future=future)
            spans.append(span)
    for span, match in sorted(later, key=lambda pair: pair[0].start):
        anchor = max((s for s in spans if s.end <= span.start and s._.date_value and s.sent.start >= span.sent.start - 80),
                     key=lambda s: s.start, default=None)  # the text's last date before it, a few sentences back at most
        span._.date_value = _counted_from(anchor._.date_value, match) if anchor is not None else None
    keep = [s for s in spans if not any(e.start < s.end and s.start < e.end for e in doc.ents)]
    values = {(s.start, s.end): s._.date_value for s in keep}
    doc.ents = sorted(list(doc.ents) + filter_spans(keep), key=lambda s: s.start)
    for ent in doc.ents:
        if ent.label_ == "DATE":
            ent._.date_value = values.get((ent.start, ent.end))
    return doc


def _in_a_name(weekday: Span) -> bool:
    """Whether a bare weekday is part of a name: "Good Friday", "Super Tuesday"."""
    before = weekday.doc[weekday.start - 1] if weekday.start > weekday.sent.start else None
    return len(weekday) == 1 and before is not None and before.is_title


#: A future tense in the clause right before a date: "will hold a summit on Monday", "would
#: be held on May 28". A date without a year then lies ahead of the article date, not behind it.
_FUTURE = re.compile(r"\b(?:will|would|shall|is to|are to|is due|are due|scheduled|set to|plans? to|expected to)\b[^,;]*$|['’]ll\b[^,;]*$", re.I)


#: Present-tense verbs that state what is, not what is scheduled: "is", "has", "says".
_STATIVE = {"is", "are", "has", "have", "says", "say", "remains", "remain", "seems", "looks", "means", "belongs", "belong",
            "quit", "put", "set", "cut", "hit", "let", "shut", "cost", "spread", "bid"}  # and past forms the tagger may take for present


def _scheduled(date: Span) -> bool:
    """Whether the clause a month, day or weekday without a year dates is in the simple present, which
    in news reports what is scheduled ("Germany takes over the presidency in July", "Venezuelans
    vote on July 28"); the parse says, where there is one."""
    verb = date.root.head  # the verb the date is said of, not a noun it dates ("follow Russia's invasion in February")
    between = date.doc[verb.i + 1:date.start] if verb.i < date.start else date.doc[date.end:verb.i]
    return verb.tag_ in ("VBZ", "VBP") and verb.lower_ not in _STATIVE and not any(c.dep_ == "aux" for c in verb.children) \
        and not any(t.tag_ == "VBD" for t in between)  # "comes two weeks after Trump ordered ... on January 20": a misread attachment


def resolve_date(kind: str, match: re.Match, article_date: date | None, *, future: bool = False) -> str | None:
    """Resolve a date expression to ISO form, relative ones against the article date: the
    latest such day on or before it, or with ``future`` the first on or after it.

    >>> import re
    >>> m = re.search(r"(Wednesday), (June) (12)", "on Wednesday, June 12")
    >>> resolve_date("weekday_day_month", m, date(2024, 6, 20))
    '2024-06-12'
    >>> m = re.search(r"on (Sunday)", "confirmed on Sunday")
    >>> resolve_date("weekday", m, date(2023, 9, 24))
    '2023-09-24'
    >>> m = re.search(r"on (Monday)", "will hold a summit on Monday")
    >>> resolve_date("weekday", m, date(2023, 8, 31), future=True)
    '2023-09-04'
    """
    groups = match.groups()
    today = article_date
    if kind in ("weekday_day_month", "weekday_day_month_dmy"):
        weekday, month, day = (groups if kind == "weekday_day_month" else (groups[0], groups[2], groups[1]))
        anchor = today or date.today()
        for year in range(anchor.year, anchor.year - 12, -1):
            try:
                candidate = date(year, _MONTH_NAMES.index(month.lower()) + 1, int(day))
            except ValueError:
                continue
            if candidate <= anchor + timedelta(days=7) and candidate.weekday() == _WEEKDAYS.index(weekday.lower()):
                return candidate.isoformat()
        return None
    if kind == "month_day_year":
        return _iso(int(groups[2]), _MONTH_NAMES.index(groups[0].lower()) + 1, int(groups[1]))
    if kind == "day_month_year":
        return _iso(int(groups[2]), _MONTH_NAMES.index(groups[1].lower()) + 1, int(groups[0]))
    if kind == "iso":
        return _iso(int(groups[0]), int(groups[1]), int(groups[2]))
    if kind == "month_year":
        return f"{int(groups[1]):04d}-{_MONTH_NAMES.index(groups[0].lower()) + 1:02d}"
    if kind == "year":
        return groups[0]
    if today is None:
        return None
    if kind == "month_day_relative_year":
        return _iso(today.year + _STEPS[groups[2].lower()], _MONTH_NAMES.index(groups[0].lower()) + 1, int(groups[1]))
    if kind == "month_relative_year":
        return f"{today.year + _STEPS[groups[1].lower()]:04d}-{_MONTH_NAMES.index(groups[0].lower()) + 1:02d}"
    if kind == "month_day":
        month, day = _MONTH_NAMES.index(groups[0].lower()) + 1, int(groups[1])
        if future:
            year = today.year if (month, day) >= (today.month, today.day) else today.year + 1
        else:
            year = today.year if (month, day) <= (today.month, today.day) else today.year - 1
        return _iso(year, month, day)
    if kind == "month":
        month = _MONTH_NAMES.index(groups[0].lower()) + 1
        text = match.group(0).lower()
        year = today.year if month < today.month or (month == today.month and not text.startswith("last")) else today.year - 1  # "last June", said in June
        if text.startswith("next") or (future and not text.startswith("last")):
            year = today.year if month > today.month or (future and month == today.month) else today.year + 1
        return f"{year:04d}-{month:02d}"
    if kind == "weekday":
        if future and not match.group(0).lower().startswith("last"):
            return (today + timedelta(days=(_WEEKDAYS.index(groups[0].lower()) - today.weekday()) % 7)).isoformat()
        back = (today.weekday() - _WEEKDAYS.index(groups[0].lower())) % 7
        if match.group(0).lower().startswith("last") and back == 0:
            back = 7
        return (today - timedelta(days=back)).isoformat()
    if kind == "ago":
        step = -(int(groups[0]) if groups[0].isdigit() else _COUNTS[groups[0].lower()])
        unit = groups[1].lower()
    else:
        word = " ".join(groups[0].lower().split())
        if word in _DAY_OFFSETS:
            return (today + timedelta(days=_DAY_OFFSETS[word])).isoformat()
        if word == "earlier in the month":
            word = "this month"
        step, unit = _STEPS[word.split()[0]], word.split()[1]
    if unit == "day":
        return (today + timedelta(days=step)).isoformat()
    if unit == "year":
        return str(today.year + step)
    if unit == "month":
        return _months_on(today.year, today.month, step)
    if unit == "week":  # too vague for a day, not for its month: "last week" on August 3 is in July
        return (today + timedelta(days=7 * step)).isoformat()[:7]
    return None


def _months_on(year: int, month: int, step: int) -> str:
    """The month ``step`` months after (or, negative, before) ``year``-``month``, as YYYY-MM."""
    index = year * 12 + month - 1 + step
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _counted_from(anchor: str, match: re.Match) -> str | None:
    """The date ``match`` counts from ``anchor``, to the anchor's precision at most: "three years
    later" than 1992 is 1995, "a day later" than 2024-06-12 is 2024-06-13, "a month later" than
    1992 says no month.

    >>> later = dict(_DATE_PATTERNS)["later"]
    >>> _counted_from("1992", later.search("Iceland joined three years later"))
    '1995'
    >>> _counted_from("2024-06-12", later.search("and the next day it left"))
    '2024-06-13'
    """
    count, unit = (match.group(1) or "one").lower(), (match.group(2) or match.group(3) or match.group(4)).lower()
    step = 0 if match.group(4) else int(count) if count.isdigit() else _COUNTS[count]
    parts = [int(p) for p in anchor.split("-")]
    if unit == "year":
        return f"{parts[0] + step:04d}"
    if unit == "month" and len(parts) >= 2:
        return _months_on(parts[0], parts[1], step)
    if unit == "day" and len(parts) == 3:
        return (date(*parts) + timedelta(days=step)).isoformat()
    return None


_STEPS = {"last": -1, "this": 0, "next": 1}
_DAY_OFFSETS = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0,
                "this evening": 0, "tomorrow": 1}
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


_QUOTE_MARKS = {'"', "“", "”", "«", "»"}
_QUOTE_PAIRS = re.compile(r"“([^”\n]{2,})”|\"([^\"\n]{2,})\"|«([^»\n]{2,})»")
_UNMARKED_QUOTE = re.compile(  # "We will decide when, said Prime Minister X." (not "X, who hosted the talks, said Armenia would ...")
    r"^(?P<q>[A-Z][^\"“”\n]{8,}?),\s+(?:said|says|added)\s+(?=[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5}\s*(?:[.,;]|$))", re.M)


@Language.component("newskg_quotes", assigns=["doc.spans", "span._.speaker"], requires=["doc.ents"])
def newskg_quotes(doc: Doc) -> Doc:
    """Direct quotations with the person, organisation or state that speaks them; every
    passage of three words or more in quotation marks, spoken by someone named or not, is
    also in ``doc.spans["quoted"]``."""
    quotes, quoted = [], []
    for match in _quote_pairs(doc):
        group = next(g for g in range(1, 4) if match.group(g) is not None)
        inner_start, inner_end = match.start(group), match.end(group)
        text = doc.text[inner_start:inner_end].rstrip(" ,")
        inner_end = inner_start + len(text)
        span = doc.char_span(inner_start, inner_end, label="QUOTE", alignment_mode="expand")
        if span is None:
            continue
        if len(text.split()) >= 3:
            quoted.append(span)
        open_mark = doc.char_span(match.start(), match.start() + 1, alignment_mode="expand")
        close_mark = doc.char_span(match.end() - 1, match.end(), alignment_mode="expand")
        speaker = _speaker(doc, open_mark.start if open_mark else span.start, close_mark.end if close_mark else span.end)
        if speaker is None and quotes and "\n" not in doc.text[quotes[-1].end_char:match.start()]:
            speaker = quotes[-1]._.speaker  # '"Q1," said X. "Q2."': the paragraph's speaker goes on
        if speaker is None or len(text.split()) < 3:
            continue
        span._.speaker = speaker
        quotes.append(span)
    for match in _UNMARKED_QUOTE.finditer(doc.text):
        span = doc.char_span(match.start("q"), match.end("q"), label="QUOTE", alignment_mode="expand")
        if span is None or any(q.start < span.end and span.start < q.end for q in quotes):
            continue
        speaker = _speaker(doc, span.start, span.end + 1)
        if speaker is not None:
            span._.speaker = speaker
            quotes.append(span)
    doc.spans["quotes"] = sorted(quotes, key=lambda s: s.start)
    doc.spans["quoted"] = sorted({*quoted, *quotes}, key=lambda s: s.start)
    return doc


def _speaker(doc: Doc, start: int, end: int) -> str | None:
    """Who speaks a quotation that runs from token ``start`` to ``end``."""
    sentence_end = doc[end].sent.end if end < len(doc) else end
    after = []
    for token in doc[end:min(sentence_end, end + 25)]:  # "..." Prime Minister X of Y, this year's chair of Z, told ...
        if token.text in _QUOTE_MARKS:
            break
        after.append(token)
    if end - 2 > start and doc[end - 2].text in (".", "!", "?") and after[:1] and after[0].text[:1].isupper() and not (
            after[0].lower_ in PRONOUNS or (len(after) > 1 and after[1].lower_ in SPEECH_VERBS)):
        after = []  # "... "no evidence the attacks came from Yemen." BBC's Jonathan Marcus said ...": a new sentence
    verb_after = next((t for t in after if t.lower_ in SPEECH_VERBS), None)
    if verb_after is not None and verb_after.lower_.endswith("ing") and any(t.lower_ in SPEECH_VERBS for t in doc[doc[start].sent.start:start]):
        verb_after = None  # 'X said the 36 must face "murder charges", adding Iran will ...': X goes on speaking
    according = next((t for t in after[:2] if t.lower_ == "according"), None)
    if verb_after is None and according is not None:  # "...," according to a tweet on Monday by Secretary of State X
        speaker = _agent_in(doc, doc[according.i:min(according.sent.end, according.i + 15)], according.i)
        if speaker:
            return speaker
    if verb_after is not None and not unnamed_speaker(verb_after):
        holder = next((r._.key for r in doc.spans.get("roles", []) if r._.key and verb_after.i < r.start <= verb_after.i + 2
                       and r.start < verb_after.sent.end), None)  # not the next sentence's: '"...," Merkel said. Britain's prime minister, X, ...'
        if holder:  # "..., said Niger's government spokesman, Colonel Amadou Abdramane"
            return holder
        window = doc[end:min(verb_after.sent.end, verb_after.i + 6)]
        speaker = _agent_in(doc, window, verb_after.i)
        if speaker:
            return speaker
    sentence_start = doc[start].sent.start
    if start > sentence_start and doc[start - 1].text == ":":  # X opposed the plan: "...", X's ministry said in a statement: "..."
        lead = doc[sentence_start:start - 1]
        subject = _pronoun_subject(lead) or _agent_in(doc, lead, next((t.i for t in reversed(lead) if t.lower_ in SPEECH_VERBS), sentence_start))
        if subject:
            return subject
    before = doc[max(sentence_start, start - 25):start]
    verb_before = next((t for t in reversed(list(before)) if t.lower_ in SPEECH_VERBS), None)
    if verb_before is not None and not unnamed_speaker(verb_before):
        if verb_before.i > 0 and doc[verb_before.i - 1].text in _QUOTE_MARKS:  # '"Q1," said X, Norway's minister. "Q2."': X
            return _agent_in(doc, doc[verb_before.i:start], verb_before.i) or _agent_in(doc, doc[before.start:verb_before.i + 1], verb_before.i)
        return _agent_in(doc, doc[before.start:verb_before.i + 1], verb_before.i)
    if start - 1 > sentence_start and doc[start - 1].text == ",":  # "Graham spoke on Fox News, "..."", "Facebook released a statement which read, "...""
        return _agent_in(doc, doc[sentence_start:start - 1], sentence_start)
    return None


def _pronoun_subject(lead: Span) -> str | None:
    """The person a pronoun subject of the clause before a colon stands for: "In his message, he
    praised Soleimani's life: "..."" is his (the parse tells the subject from the one praised)."""
    subject = next((t for t in lead if t.dep_ == "nsubj" and t.head == lead.root and t.lower_ in PRONOUNS), None)
    person = person_before(lead.doc, subject.i) if subject is not None else None
    return person._.key if person is not None else None


#: Unnamed speakers whose words are comment or colour: "Analysts ... said", "Some of the
#: protesters said", "One interviewee said".
COMMENTATORS = {"analyst", "expert", "economist", "researcher", "observer", "critic", "commentator", "protester",
                "demonstrator", "resident", "witness", "interviewee", "voter", "people", "trader", "investor",
                "diplomat", "source", "insider"}


def unnamed_speaker(verb: Token) -> bool:
    """Whether the parse makes the subject of ``verb`` people the article does not name
    ("Some of the protesters Wikinews interviewed said", "One interviewee said"); False
    without a parse."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        words = [subject] + [c for c in subject.children if c.dep_ == "nmod"]  # "some of the protesters"
        if any(w.lower_.removesuffix("s") in COMMENTATORS or w.lower_ in COMMENTATORS for w in words):
            return True
    return False


def person_before(doc: Doc, i: int) -> Span | None:
    """Whom "he" or "she" at token ``i`` stands for: the person named last before it, in its
    sentence or the one before, who is not the object of a preposition ("Crown Prince X
    accepted responsibility for the murder of Y. ... he said": X), else the person named last;
    never one named inside a quotation."""
    people = [e for e in doc.ents if e.label_ == "PERSON" and e._.key and e.end <= i and not _addressed(doc, e.start)
              and not _quoted_at(doc, e.start_char)]  # '"Orbán is telling his base ...," she said': not Orbán
    if not people:
        return None
    since = doc[doc[i].sent.start - 1].sent.start if doc[i].sent.start > 0 else 0
    subjects = [e for e in people if e.start >= since and not _oblique(doc, e) and not _in_apposition_of(doc, e, people)]
    # one named as the subject of a clause inside another ("Mugabe agreed to a deal in which Tsvangirai became prime
    # minister", "He said Zelensky is ...") is seldom the one the story follows
    main = [e for e in subjects if not _embedded(e)]
    return (main or subjects or people)[-1]


def _quote_pairs(doc: Doc) -> list[re.Match]:
    """The quotation marks' pairs in the text, found once per document."""
    if "quote_pairs" not in doc.user_data:
        doc.user_data["quote_pairs"] = list(_QUOTE_PAIRS.finditer(doc.text))
    return doc.user_data["quote_pairs"]


def _quoted_at(doc: Doc, at: int) -> bool:
    """Whether character ``at`` lies inside a quotation."""
    return any(pair.start() < at < pair.end() for pair in _quote_pairs(doc))


def _embedded(person: Span) -> bool:
    """Whether a person is the subject of a relative or reported clause."""
    return person.root.dep_.startswith("nsubj") and person.root.head.dep_ in ("relcl", "acl:relcl", "ccomp", "acl")


def _in_apposition_of(doc: Doc, ent: Span, people: list[Span]) -> bool:
    """Whether ``ent`` is named in an aside set off after another person: "President
    Ferdinand Marcos Jr., once Duterte's ally, said" (Duterte is not who "he" is)."""
    sentence = doc[ent.start].sent
    comma = next((t for t in reversed(doc[sentence.start:ent.start]) if t.text == ","), None)
    return comma is not None and any(p.end == comma.i for p in people) and any(
        t.text == "," for t in doc[ent.end:sentence.end])


_PREPOSITIONS = {"of", "to", "for", "with", "by", "from", "at", "on", "in", "about", "against", "between", "among",
                 "toward", "towards", "like", "than", "over", "under", "after", "before"}


def _oblique(doc: Doc, person: Span) -> bool:
    """Whether a person, with their title, follows a preposition ("the murder of journalist
    Jamal Khashoggi"), and so is no clause's subject."""
    start = min([r.start for r in doc.spans.get("roles", []) if r.start <= person.start < r.end] + [person.start])
    return start > 0 and doc[start - 1].lower_ in _PREPOSITIONS


def _agent_in(doc: Doc, window: Span, verb_i: int) -> str | None:
    """The person (or organisation, or state) nearest to a speech verb, not one spoken to; a
    pronoun is the last person named before it, and one right by the verb speaks."""
    for j in (verb_i - 1, verb_i + 1):  # "she said, asking Cengiz to ...": she
        if window.start <= j < window.end and doc[j].lower_ in PRONOUNS and (earlier := person_before(doc, j)) is not None:
            return earlier._.key
    candidates = [e for e in doc.ents if e.start >= window.start and e.end <= window.end and e.label_ in ("PERSON", "ORG", "GPE")
                  and e._.key and not _addressed(doc, e.start)
                  and not (e.label_ == "ORG" and e.start > 0 and doc[e.start - 1].lower_ in {"on", "via"})]  # "said on Twitter": the medium
    named = candidates
    bodies_ends = {e.end for e in candidates if e.label_ == "ORG"}
    bodies_starts = {e.start for e in candidates if e.label_ == "ORG"}
    candidates = [e for e in candidates if not _in_aside(doc, e, verb_i)
                  and not (e.label_ == "GPE" and e.start > 0 and doc[e.start - 1].lower_ == "of" and e.start - 1 in bodies_ends)  # "the Foreign Ministry of Iraq said": the ministry
                  and not (e.label_ == "GPE" and e.end < len(doc) and doc[e.end].lower_ in {"'s", "’s"} and e.end + 1 in bodies_starts)]  # "Mongolia's foreign ministry"
    persons = [e for e in candidates if e.label_ == "PERSON"]
    pool = persons or candidates
    if pool:
        nearest = min(pool, key=lambda e: abs(e.start - verb_i))
        if nearest.label_ == "GPE" and nearest.start > 0 and doc[nearest.start - 1].lower_ == "the" \
                and nearest.end < len(doc) and doc[nearest.end].lower_ in _TITLE_LAST_WORDS:  # '"...," the US president told': a person
            holder = person_before(doc, nearest.start)
            return holder._.key if holder is not None else nearest._.key
        return nearest._.key
    return _named_by_the(doc, window) or (min(named, key=lambda e: abs(e.start - verb_i))._.key if named else None)  # one named in an aside last


def _named_by_the(doc: Doc, window: Span) -> str | None:
    """Who a pronoun or a definite noun in ``window`` stands for: "he" the last person named,
    "the commissioner" the last holder of that title, "the ministry" the last body of that
    name, "the government" the state named last ("The government statement, which was posted
    on Twitter, announced ...")."""
    for token in window:
        if token.lower_ in PRONOUNS:
            earlier = person_before(doc, token.i)
            if earlier is not None:
                return earlier._.key
        if token.lower_ == "the" and token.i + 1 < len(doc):  # "the commissioner said": the last holder of that title
            holders = [r._.key for r in doc.spans.get("roles", []) if r._.key and r.end <= token.i
                       and r._.role_title and r._.role_title.lower().split()[-1] == doc[token.i + 1].lower_]
            if holders:
                return holders[-1]
            if doc[token.i + 1].lower_ in ORG_HEADS:  # "the ministry said", "the council said": the last body of that name
                bodies = [e._.key for e in doc.ents if e.label_ == "ORG" and e._.key and e.end <= token.i
                          and doc[token.i + 1].lower_ in (e[0].lower_, e[-1].lower_)]  # "the Ministry of Energy ..."
                if bodies:
                    return bodies[-1]
            if doc[token.i + 1].lower_ in ORG_ANAPHORA and (body := org_before(doc, token.i + 1, doc[token.i + 1].lower_)):
                return body  # "the organisation said", "the community said": the body of states it refers to
            if doc[token.i + 1].lower_ == "government" and (state := _state_before(doc, token.i)):
                return state
    return None


def _in_aside(doc: Doc, ent: Span, verb_i: int) -> bool:
    """Whether ``ent`` is named in a relative clause set off before the verb or after it: "Rosario
    Murillo, who is also Ortega's wife, said" (Murillo speaks, not Ortega), "The Department
    described the strike, which was approved by President X, as ..." (the department speaks)."""
    sentence = doc[ent.start].sent
    after = ent.start > verb_i
    if ent.end > verb_i and not after:
        return False
    opener = next((t for t in reversed(doc[verb_i + 1 if after else sentence.start:ent.start]) if t.text == "," and t.i + 1 < len(doc)
                   and doc[t.i + 1].lower_ in {"who", "whose", "which"}), None)
    return opener is not None and any(t.text == "," for t in doc[ent.end:sentence.end if after else verb_i]) and not any(
        t.text == "," for t in doc[opener.i + 1:ent.start])


def _addressed(doc: Doc, i: int) -> bool:
    """Whether the name at token ``i`` is spoken to, not speaking: "Speaking to Martin Smith
    of PBS, he said", "she told NBC News" (but "according to X" is X speaking)."""
    before = [t.lower_ for t in doc[max(0, i - 2):i]]
    return before[-1:] == ["told"] or (before[-1:] == ["to"] and before[:1] != ["according"])


def org_kind_from_name(name: str) -> str | None:
    """The kind of organisation a name's last word says it is: "Qatar Airways" a company,
    "Ministry of Defence" (its head word first) a government body, "Labour Party" a party.

    >>> org_kind_from_name("Lockheed Martin Aerospace"), org_kind_from_name("Ministry of Foreign Affairs")
    ('company', 'government body')
    >>> org_kind_from_name("Greenpeace") is None
    True
    """
    return HEAD_KINDS.get(org_head(name))


def org_head(name: str) -> str:
    """The word that says what an organisation is: the one before its first "of", "for" or
    "on", else its last.

    >>> org_head("Institute for the Study of War"), org_head("Ministry of Foreign Affairs"), org_head("Halvard Energy Partners")
    ('institute', 'ministry', 'partners')
    """
    words = [w.lower().rstrip(".") for w in name.split()] or [""]
    joint = next((k for k, w in enumerate(words) if k and w in ("of", "for", "on")), len(words))
    return words[joint - 1]
