"""Stage 4, extract: from an annotated Doc to :class:`Facts`.

Relations are read sentence by sentence from a *masked* sentence, in which every state
mention reads ``⟨S3⟩`` and every organisation mention ``⟨O5⟩`` (the number indexes the
mention), so that one readable regular expression per statement form serves every state
and every organisation. The forms are listed in ``MEMBERSHIP_FORMS``, ``FOUNDING_FORMS``,
``LIST_TRIGGER``, ``LEADERSHIP_FORMS`` and ``EVENT_TRIGGERS``. A statement that is denied or
only hedged in its own clause ("those who claim ... are mistaken", "the possibility of")
states no membership change; a negation in another clause does not reach it ("the bloc
has not admitted a new member since Croatia joined"). Memberships no form reads may come from
the learned model of ``membership_model``, which judges the pairs an affirmative sentence names.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span as DocSpan

from .annotate import BODY_POSTS, PLACE_PREPOSITIONS, body_word_before, PRONOUNS, org_before, org_head, org_kind_from_name, person_before, unnamed_speaker
from .membership_model import Pair, shipped_model
from .model import Article, Entity, Event, Facts, Leadership, Membership, Quote, Role, Span
from .read import in_dateline
from .reference import ORG_ANAPHORA, OUTLET_KINDS, STATELESS_KINDS, Reference, load_reference
from .resolve import merge_reason

#: Titles whose holder acts for their state (announces its withdrawal, signs its treaties).
HEAD_TITLES = {"President", "Prime Minister", "King", "Queen", "Emir", "Chancellor", "Sultan", "Supreme Leader", "Crown Prince", "Foreign Minister", "Taoiseach"}

_S = r"⟨S(\d+)⟩"
_O = r"⟨O(\d+)⟩"
_MS = r"⟨S(?P<s>\d+)⟩"  # the member in a membership form
_MO = r"⟨O(?P<o>\d+)⟩"  # its organisation; a form without one is about the topic organisation
#: What may stand between a subject and its verb: an aside between commas (", all run by juntas
#: since 2023,") and a few words.
_GAP = r"(?:,[^.;,⟨⟩]{1,100},)?[^.;⟨⟩]{0,60}?"
_THE = r"(?:the\s+)?"
#: Not a state set apart from a statement about the others: "every country on the Baltic except ⟨S0⟩ now belongs to".
_NOT_EXCEPTED = r"(?<!except )(?<!except for )(?<!apart from )(?<!other than )(?<!besides )"
#: What a member is called: "member state", "participating state" (the OSCE), "state party" (the ICC).
_MEMBER = r"(?:members?|member (?:states?|countries|country|nations?)|participating (?:states?|countries)|states? part(?:y|ies)|allies)"
_FEW = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|some|other|fellow)"
_ORDINAL = r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|newest|latest|last|youngest)"
#: What may follow an organisation that is the object ("founded ⟨O0⟩ in 2009"), where a noun
#: would make it a modifier ("founded the ⟨O0⟩ summit").
_OBJECT_END = r"(?=\s*(?:\(⟨O\d+⟩\)\s*)?(?:[.,;:)\"”]|$|\b(?:in|on|at|last|this|earlier|after|before|when|while|and|but|by|with|as|from|since|during|following|together|jointly|alongside|decades|years|months|\d+|two|three|four|five|six|seven|eight|nine|ten)\b))"
#: (status, pattern) in order of precedence: a more specific statement wins over "member".
MEMBERSHIP_FORMS: list[tuple[str, re.Pattern]] = [(status, re.compile(pattern, re.I)) for status, pattern in [
    ("left", rf"{_MS}{_GAP}\b(?:has |have |had )?(?<!will )(?<!would )(?<!to )(?:left|withdrew from|withdrawn from|quit|exited|pulled out of|walked out of|abandoned)\s+{_THE}{_MO}"),
    # without an object: "⟨S0⟩ pulled out in May last year", "⟨S1⟩ quit in January 2020"
    ("left", rf"{_MS}\s+(?:has |had )?(?:pulled out|withdrew|quit|walked out)(?= in | on | last | earlier |,|\.|$)"),
    ("left", rf"{_MS}\s+(?:had )?left(?= in \d{{4}}| last | earlier | in (?:the )?(?:same|following|previous) )"),  # "⟨S0⟩ left in 2003": a state leaves a body, not a place
    ("left", rf"\b(?:pulled|took) {_THE}{_MS} out of {_THE}{_MO}"),
    ("left", rf"\b(?:withdrawing|withdrew|withdraws) {_THE}{_MS} from {_THE}{_MO}"),  # "signed an order withdrawing the ⟨S0⟩ from ⟨O0⟩"
    ("leaving", rf"\b(?:voted|decided|agreed|moved|plans?|wants?|bill|order(?:ed|s)?)\b[^.;⟨⟩]{{0,30}}?\bto (?:take|pull|withdraw) {_THE}{_MS} (?:out of|from) {_THE}{_MO}"),
    ("leaving", rf"\bordered {_THE}{_MS} out of {_THE}{_MO}"),
    ("left", rf"{_MS}(?:'s|’s)? (?:former membership|withdrawal was completed)\b{_GAP}{_MO}"),
    ("left", rf"{_MS}{_GAP}\b(?:formally |officially )?(?:ended|terminated) (?:its|their) (?:participation|membership)(?: in {_THE}{_MO})?"),
    ("left", rf"{_MS}{_GAP}\b(?:completed|finali[sz]ed) (?:its|their) (?:withdrawal|exit|departure) from {_THE}{_MO}"),
    ("left", rf"{_MS}{_GAP}\b(?:was|were|has been|have been|had been) expelled from {_THE}{_MO}"),
    ("left", rf"{_MS}\s+(?:had\s+)?lost (?:its|their) seats?(?: (?:in|at|on) {_THE}{_MO})?(?=[,.;]|$| in \d{{4}}| to\b| when\b)"),  # "when ⟨S0⟩ lost its seat"
    ("left", rf"{_MO}{_GAP}\bexpelled {_MS}"),
    ("left", rf"{_MS}{_GAP}\b(?:ceased|ceases) to be (?:a |an )?members?(?: states?| countries)?(?: of {_THE}{_MO})?"),
    ("left", rf"{_MS}(?:,{_GAP},)? (?:is|are) no longer (?:a |an )?(?:{_MO} )?members?\b"),
    ("left", rf"{_MS}(?:,{_GAP},)? (?:is|are) no longer (?:a |an )?members?(?: states?| countries)? of {_THE}{_MO}"),
    # "Only two countries have quit the court before: ⟨S0⟩, in 2017, and the ⟨S1⟩, in 2019"
    ("left", rf"\b(?:countries|states|nations|members|governments)\b{_GAP}\b(?:have|has|had) (?:already |previously |since |so far )?(?:quit|left|withdrawn from|exited|pulled out of)(?:\s+{_THE}{_MO})?[^.;:⟨⟩]{{0,30}}:\s*{_THE}{_MS}"),
    ("leaving", rf"{_MS}{_GAP}\b(?:plans?|planning|intends?|intention|intentions|decision|decided|wants?|wishes|will|would|is set|aims?|seeks?|is going|announced|prepares|preparing|voted|approved|bill)\b{_GAP}\bto (?:formally |officially |eventually )?(?:leave|withdraw|quit|exit|pull out)(?: from| of)?\s+(?:⟨S\d+⟩\s+from\s+)?{_THE}{_MO}"),
    ("leaving", rf"{_MS}{_GAP}\b(?:is|are|was|were) (?:in the process of |on course for )?(?:leaving|quitting|exiting)\s+{_THE}{_MO}"),
    ("leaving", rf"{_MS}{_GAP}\b(?:will|would|is to|are to|is set to|to) cease to be (?:an? )?(?:part|(?:full )?members?) of {_THE}{_MO}"),
    ("leaving", rf"{_MS}(?:'s|’s) (?:efforts?|bid|drive|push|attempts?|plans?) (?:on|to|at|for) (?:leav(?:e|ing)|quit(?:ting)?|exit(?:ing)?|withdraw(?:ing)? from)\s+{_THE}{_MO}"),
    ("leaving", rf"{_MS}{_GAP}\b(?:notified|informed|told) {_THE}{_MO}(?:\s*\(⟨O\d+⟩\))? that (?:it|they) (?:is|are|was|were|would|will) (?:be )?(?:leaving|quitting|withdrawing|pulling out|leave|quit|withdraw|pull out)\b(?!(?: from| of)? {_THE}⟨O)"),
    ("leaving", rf"{_MS}{_GAP}\b(?:notified|informed|told) {_THE}⟨O\d+⟩(?:\s*\(⟨O\d+⟩\))? that (?:it|they) (?:is|are|was|were|would|will) (?:be )?(?:leaving|quitting|withdrawing from|pulling out of|leave|quit|withdraw from|pull out of) {_THE}{_MO}"),
    ("leaving", rf"\b(?:directing|directed|ordering|ordered|instructing|instructed|telling|told)\s+{_THE}{_MS}\s+to (?:formally |begin to )?(?:leave|withdraw from|quit|exit|pull out of)\s+{_THE}{_MO}"),
    # without an object, about the organisation the article is about: "Hungary announced that it would withdraw"
    ("leaving", rf"{_MS}{_GAP}\b(?:will|would|is to|are to|(?:plans?|planned|intends?|intended|decided|voted)(?: (?:in|on|last) [\w ]{{1,15}}?)? to) (?:formally |officially |also |eventually )?(?:leave|withdraw|quit|exit|pull out)(?=\s*(?:[,.;]|$|\b(?:as well|too|in \d{{4}}|next|within|by)\b))"),
    ("leaving", rf"{_MS}{_GAP}\b(?:is|are|was|were) (?:withdrawing|pulling out)\b[^.;⟨⟩]{{0,25}}?\b(?:from|of)\s+{_THE}{_MO}"),
    ("leaving", rf"{_MS}(?:'s|’s) (?:planned |formal |eventual |impending |upcoming |pending )?(?:exit|withdrawal|departure) from {_THE}{_MO}"),
    ("leaving", rf"\b(?:planned |formal |eventual |impending |upcoming |pending )?(?:exit|withdrawal|departure) of {_THE}{_MS} from {_THE}{_MO}"),
    # "The departure of ⟨S0⟩, ⟨S1⟩ and ⟨S2⟩ from ⟨O0⟩ became final on Tuesday"
    ("left", rf"\b(?:exit|withdrawal|departure) of {_THE}(?:⟨S\d+⟩\s*,?\s*(?:and\s+)?)*{_MS}\s+from\s+{_THE}{_MO}[^.;]{{0,20}}?\b(?:became final|took effect|was completed|came into force|became effective)"),
    ("leaving", rf"{_MS}{_GAP}\b(?:will|would|is to|are to|is due to|are due to) (?:formally |officially |eventually )?(?:leave|quit|exit|withdraw from|pull out of)\s+{_THE}{_MO}"),
    ("leaving", rf"{_MS}{_GAP}\b(?:announced|notified|declared|confirmed|began|started|initiated|triggered|launched)\b{_GAP}\b(?:its|their) (?:formal )?(?:withdrawal|exit|departure) from {_THE}{_MO}"),
    ("suspended", rf"{_MS}{_GAP}\b(?:was|were|(?:has|have)(?: also| still| now| long)? been|is|are|got|remains?)(?: still| now| currently| also| partially| partly| fully)* suspended(?: from {_THE}{_MO})?"),
    ("suspended", rf"{_MS}{_GAP}\bsuspend(?:ed|s)? (?:its|their) (?:membership|participation)(?: in {_THE}{_MO})?"),
    ("suspended", rf"{_MS}{_GAP}\bsuspend(?:ed|s)? (?:its|their) {_MO} (?:membership|participation)\b"),
    ("suspended", rf"{_MS} (?:is|are|was|were|remains?)\b(?:[^.;⟨⟩]|⟨O\d+⟩){{0,60}}?\b(?:currently |still |now )suspended\b"),
    ("suspended", rf"{_MO}{_GAP}\bsuspend(?:ed|s)? {_MS}"),
    ("suspended", rf"{_MS}, which {_THE}{_MO} (?:has |had )?suspended\b"),  # "⟨S0⟩, which the ⟨O0⟩ suspended after its coup"
    ("suspended", rf"{_MS},(?: [^.;⟨⟩]{{0,40}}? and)? (?:both |all )?suspended from {_THE}{_MO}"),  # "⟨S0⟩ and ⟨S1⟩, both run by soldiers and both suspended from ⟨O0⟩"
    ("suspended", rf"{_MO}{_GAP}\bsuspend(?:ed|s)? (?:the )?(?:membership|participation) of {_MS}"),
    ("suspended", rf"{_MS}(?:'s|’s) (?:membership|participation|(?:voting )?rights(?: as a member)?)(?: (?:in|of) {_THE}{_MO})? (?:was|were|has been|have been|had been|is|are|remains?) suspended"),
    ("frozen", rf"{_MS}(?:'s|’s) (?:membership|participation)(?: (?:in|of) {_THE}{_MO})? (?:was|has been|had been|is|remains) frozen"),
    ("frozen", rf"{_MS}{_GAP}\b(?:froze|frozen|freezes|freeze|freezing)[\"”’]?\s+(?:its|their) (?:membership|participation)(?: in {_THE}{_MO})?"),
    ("frozen", rf"{_MS}{_GAP}\b(?:froze|frozen|freezes|freeze|freezing)[\"”’]?\s+(?:its|their) {_MO} (?:membership|participation)\b"),  # "froze its IGAD membership"
    ("joined", rf"{_MS}{_GAP}\b(?:has |have |had )?(?:joined|acceded to|went over to|became (?:a |the )?(?:\w+ )?members? of|was admitted to)\s+(?:both )?{_THE}{_MO}"),
    ("joined", rf"{_MS}{_GAP}\b(?:completed|finali[sz]ed|formali[sz]ed) (?:its|their) (?:accession|admission|entry) (?:to|into) {_THE}{_MO}"),
    # of the body the passage is about: "⟨S0⟩ was brought in the following year", "⟨S1⟩ returned to the fold in 2023"
    ("joined", rf"{_MS}{_GAP}\b(?:(?:was|were) (?:brought|let) in|(?:has |had )?returned to the fold)\b"),
    ("joined", rf"{_MS}{_GAP}\b(?:had |has |have )?(?:deposited|lodged|handed over) (?:its|their) (?:instruments?|documents?) of accession\b(?: (?:to|with) {_THE}{_MO})?"),
    ("joined", rf"{_MS}{_GAP}\bbecame (?:full )?members(?=[,.;]|$| in | on | within | last | this | that )"),  # "⟨S0⟩ and ⟨S1⟩ became members within weeks"
    ("joined", rf"{_MS}{_GAP}\b(?:re-?)?(?:joined|acceded)(?= in | on | last | this |,|\.|$| \w+ (?:years?|months?|weeks?) (?:later|after)\b)"),
    ("joined", rf"{_MS}{_GAP}\b(?:returned|came back)(?: only| finally| eventually)?(?= in \d{{4}}| in (?:January|February|March|April|May|June|July|August|September|October|November|December)\b| last | \w+ (?:years?|months?) later\b)"),  # "quit in 1992 and returned in 2007"
    ("joined", rf"\b(?:took|takes|brought|led) {_THE}{_MS} (?:back )?into {_THE}{_MO}"),  # "who took Ecuador into the alliance in 2009"
    ("joined", rf"{_MS},? (?:which|who) took (?:up )?(?:its|their) seats?\b(?: (?:in|on|at) {_THE}{_MO})?"),  # "⟨S0⟩ and ⟨S1⟩, which took their seats on January 1"
    ("left", rf"{_MS},? (?:which|that|who) (?:had |has )?(?:left|quit|withdrew)(?= in \d{{4}}| last | earlier |,)"),  # "⟨S0⟩, which left in 2016, ..."
    ("left", rf"{_MS}{_GAP}\b(?:was|became) the (?:first|second|third|last|latest) (?:(?:member )?(?:state|country|nation|member) )?to (?:quit|leave|withdraw|pull out)(?: from| of)?(?: {_THE}{_MO})?(?=[,.;]|$| in \d{{4}}| when\b)"),  # "was the first state to quit, in 2007"
    ("joined", rf"{_MS}{_GAP}\b(?:also |only |finally )?signed up(?: (?:to|for) {_THE}{_MO})?(?=[,.;]|$| in | on | last | this | under | only | as | too\b)"),  # "⟨S0⟩ signed up in 2006"
    ("joined", rf"{_MS}(?:'s|’s) (?:accession to|admission to|entry into) {_THE}{_MO}"),
    ("joined", rf"{_MS}{_GAP}\b(?:came|come) in(?: together| too| as well)?(?= in \d{{4}}| last | a year | \w+ (?:years?|months?) (?:later|after)\b)"),  # "⟨S0⟩ and ⟨S1⟩ came in together in 2009"
    ("joined", rf"{_MS}(?:'s|’s) (?:accession|admission)(?= in | on | last |,|\.|$)"),  # "since the country's accession in April"
    ("joined", rf"{_MS},? (?:which was |that was )?(?:re)?admitted in \d{{4}}"),  # "⟨S0⟩, admitted in 2017, is the newest"
    ("joined", rf"\b(?:re)?admitted\b(?: [^.;⟨⟩]{{0,25}}?,?)? (?:together )?(?:with|alongside) {_THE}{_MS}"),  # "⟨S0⟩, admitted with ⟨S1⟩ at the 2022 summit"
    ("joined", rf"^\W*{_MS}[^.;⟨⟩]{{0,80}}?,\s*(?:re)?joining {_THE}{_MO}"),  # "⟨S0⟩ was the first colony to win independence, joining ⟨O0⟩ in 1957"
    ("joined", rf"\b(?:countries|states|nations|members|governments)\b{_GAP}\b(?:have |has |had )?(?:already |previously |since |so far )?(?:joined|acceded to)(?:\s+{_THE}{_MO})?[^.;:⟨⟩]{{0,30}}:\s*{_THE}{_MS}"),
    ("joined", rf"{_MS}{_GAP}\b{_THE}{_ORDINAL} (?:full )?member(?: state| country)? of {_THE}{_MO}(?!\s+to\b)"),
    ("joined", rf"{_MS}{_GAP}\bbecame (?:its|their|{_THE}{_MO}(?:'s|’s)) (?:newest|latest|youngest|{_ORDINAL}) (?:full )?{_MEMBER}\b"),  # "became its newest participating state"
    ("joined", rf"{_MS}[^.;,⟨⟩]{{0,40}}?\bbecame the (?:newest|latest|youngest|{_ORDINAL}) (?:{_MEMBER}|ally)\b"),  # "⟨S0⟩ became the 31st ally" (its subject, not a state in an aside)
    ("joined", rf"{_MS}{_GAP}\b(?:has |have |had )?re-?joined\s+{_THE}{_MO}"),
    # "⟨S0⟩ took back its seat in ⟨O0⟩ on Monday", "⟨S0⟩ returned to ⟨O0⟩ in 2017"
    ("joined", rf"{_MS}{_GAP}\b(?:took back|takes back|retook|reclaimed|resumed|regained) (?:its|their) (?:seats?|place|membership|participation) (?:in|at|on|of) {_THE}{_MO}"),
    ("joined", rf"{_MS}{_GAP}\b(?:has |have |had )?returned to {_THE}{_MO}{_OBJECT_END}"),
    ("joined", rf"{_MS}{_GAP}\b(?:was|were|has been|have been) (?:formally |officially )?(?:re)?admitted(?: only| finally)?(?: (?:to|into) {_THE}{_MO})?(?: together| jointly)?(?= in | on | at | last | this | \w+ (?:years?|months?|weeks?) (?:later|ago)|,|\.|$)"),
    ("joined", rf"{_MS}{_GAP}\b(?:as|became) (?:full|fully-fledged|permanent) members?\b(?! of)"),  # "sat at the table as full members"
    ("joined", rf"{_MO}{_GAP}\b(?:formally |officially )?(?:admitted|welcomed|accepted) {_MS} as (?:its|a|an|the) (?:\w+ ){{0,2}}?member\b"),
    ("joined", rf"{_MO}(?:'s|’s) (?:newest|latest|youngest|{_ORDINAL}) (?:full )?member(?: state| country)?,? {_MS}"),
    # signing the agreement an organisation is ("signed the ⟨O0⟩ (⟨O1⟩) agreement"), or on to it
    ("joined", rf"{_MS}{_GAP}\b(?:signed|signs|ratified|ratifies) (?:on to |onto )?the {_MO}(?:\s*\(⟨O\d+⟩\))? (?:agreement|treaty|accord|charter)\b"),
    ("joined", rf"{_MS}{_GAP}\b(?:signed|signs) (?:on to|onto|up to) {_THE}{_MO}{_OBJECT_END}"),
    ("joined", rf"{_MS}, {_THE}{_MO}(?:'s|’s) (?:newest|latest|youngest|{_ORDINAL}) (?:full )?member\b"),
    ("joined", rf"{_MS},? (?:which|who) became {_THE}{_ORDINAL} (?:full )?member\b(?! of)"),
    ("joined", rf"{_MS}{_GAP}\bbecame {_THE}{_ORDINAL}(?: (?:full )?(?:member|member state|state party))?(?= on | in | last |,|\.|$)"),  # "⟨S0⟩ became the 125th on January 1"  # "⟨S0⟩, which became the seventh member"
    # "⟨O0⟩ - ⟨S0⟩, ⟨S1⟩ and ⟨S2⟩ - expanded last year to include ⟨S3⟩, ⟨S4⟩ and ⟨S5⟩"
    ("joined", rf"{_MO}(?:[^.;⟨⟩]|⟨S\d+⟩){{0,120}}?\b(?:expanded|expands|enlarged|grew|widened)\b[^.;⟨⟩]{{0,30}}?\bto (?:include|admit|take in) {_THE}{_MS}"),
    ("joining", rf"{_MS}{_GAP}\b(?:applied|applies|apply|bid|bids|seeks|seeking|sought|wants|wanted|hopes|hoped|aims|aimed|plans|planned|planning|intends|intended|is set|is expected|is poised|asked|decision|decided|agreed|voted)\b{_GAP}\bto (?:join|accede to|become a member of)\s+{_THE}{_MO}"),
    ("joining", rf"{_MS}{_GAP}\b(?:will|would|is to|are to|was to|were to|is due to|are due to) (?:formally |officially |eventually )?(?:join|accede to|become (?:a |the )?(?:\w+ )?member of)\s+{_THE}{_MO}"),
    # without an object, about the organisation the article is about: "⟨S0⟩ has also applied to rejoin"
    ("joining", rf"{_MS}{_GAP}\b(?:applied|applies|apply|bid|bids|seeks|seeking|sought|(?<!be )asked) to (?:(?:re-?)?join|accede|return)(?=\s*(?:[,.;]|$|\b(?:as well|too|next|by|within|but)\b))"),
    ("joining", rf"{_MS}{_GAP}\bwill become {_THE}{_MO}(?:'s|’s) (?:\w+ )?member\b"),
    ("joining", rf"{_MS}{_GAP}\b(?:is|are) (?:set|expected|poised|due|likely) to be admitted"),
    ("joining", rf"{_MS}{_GAP}\b(?:signed|signs|ratified) (?:the|its|their|an?) (?:[\w-]+ ){{0,2}}?(?:protocol|treaty|instrument) (?:for|of|on) (?:its|their) (?:accession|membership) (?:to|of|in) {_THE}{_MO}"),
    ("joining", rf"{_MS}{_GAP}\b(?:had|have|has) been invited to (?:join {_THE}{_MO}{_OBJECT_END}|become (?:full |permanent )?members\b)"),  # "⟨S0⟩ and ⟨S1⟩ had been invited to become full members"
    ("joining", rf"{_MS}{_GAP}\b(?:is|are) (?:set|expected|poised|due|likely|about) to become {_THE}(?:{_MO}(?:'s|’s) )?(?:newest|{_ORDINAL})\b"),  # "⟨S0⟩ is set to become the ninth"
    ("joining", rf"{_MS}{_GAP}\b(?:started|begun|began|launched|initiated|opened) the (?:formal )?(?:procedure|process) (?:to join|of joining|for membership)\b"),
    ("joining", rf"{_MS}(?:'s|’s) (?:bid|application|candidacy|accession talks|accession negotiations)\b{_GAP}{_MO}"),
    ("joining", rf"{_MS}{_GAP}\b(?:opened|began|started|launched|holds?|hold) (?:{_THE}{_MO}(?:'s|’s)? |(?:its|their) )?(?:accession|membership) (?:talks|negotiations)"),
    ("joining", rf"{_MO}{_GAP}\b(?:opened|began|started|launched|open|begin|start) (?:formal )?(?:accession|membership) (?:talks|negotiations) with {_THE}{_MS}"),
    ("joining", rf"{_MS}{_GAP}\b(?:holds?|has|have|was granted|were granted|received|gained) (?:official )?(?:{_MO} )?candidate status"),
    ("joining", rf"{_MS}{_GAP}\b(?:is|are|was|were|has been|have been|became) (?:an? |the )?(?:official )?(?:{_MO} )?(?:membership )?candidates?\b(?! for (?:president|office|the presidency))"),
    ("joining", rf"{_MS}{_GAP}\b(?:is|are|was|were) (?:completing|finali[sz]ing|negotiating) (?:its|their) (?:accession|membership)\b"),
    ("joining", rf"{_MS}, (?:itself |also |now )?(?:a|an|the) (?:\w+ )?(?:{_MO} )?(?:membership )?candidates?\b"),  # "⟨S0⟩, a candidate since 2012"
    ("joining", rf"{_MS}, whose (?:\w+ )?(?:membership )?(?:application|bid|candidacy)\b"),
    ("joining", rf"{_MS}(?:'s|’s) (?:[\w-]+ ){{0,2}}?(?:bid|application|request|candidacy) to (?:join|become a member)\b"),  # "⟨S0⟩'s application to join"
    ("joining", rf"{_MS}{_GAP}\b(?:applied|applies|has applied) for (?:[\w-]+ ){{0,2}}?membership\b"),
    ("joining", rf"{_MS}{_GAP}\b(?:applied|applies|has applied) for (?:[\w-]+ )?{_MO} membership\b"),  # "applied for full ⟨O0⟩ membership"
    ("joining", rf"{_MS}{_GAP}\b(?:was|were|has been|have been) (?:re-?)?elected to {_THE}{_MO}"),  # a seat on a council, from the next term
    ("joining", rf"{_MS}{_GAP}\b(?:handed in|submitted|filed|lodged|delivered) (?:its|their|a|an) (?:formal |official |joint )?(?:membership )?applications? (?:to join|for membership (?:of|in)) {_THE}{_MO}"),
    ("joining", rf"{_MS}{_GAP}\b(?:also )?(?:handed in|submitted|filed|lodged) (?:its |their |an? )?(?:formal |official |joint )?(?:membership )?applications?(?=\s*(?:[,.;]|$|\b(?:in|on|last|this|too|as well)\b))"),  # "⟨S0⟩ and ⟨S1⟩ have also lodged applications": to the body the passage is about
    # "the six countries that opened talks in January 2022: ⟨S0⟩, ⟨S1⟩ and ⟨S2⟩"
    ("joining", rf"\b(?:countries|states|nations|candidates)\b (?:that|which) (?:have |had )?(?:opened|began|started) (?:accession |membership )?(?:talks|negotiations)\b[^.;:⟨⟩]{{0,30}}:\s*{_THE}{_MS}"),
    ("joining", rf"{_MS}{_GAP}\b(?:opened|closed|provisionally closed)\b[^.;⟨⟩]{{0,40}}?\b(?:negotiating )?(?:chapters?|clusters?)\b"),
    ("joined", rf"\b(?:voted|agreed|decided) to (?:admit|readmit) {_THE}{_MS}"),
    ("member", rf"{_MS}(?:,{_GAP},)? (?:remains|is|was|has been|stays|continues to be|(?:will|would) (?:remain|stay|continue to be))(?: still| now| currently| also| already)? (?:a |an )?(?:founding |full |long-?time |long-standing |key )?member(?: state| country)? of {_THE}{_MO}"),
    ("member", rf"{_MO} (?:member|members|member states?|member countries|ally|allies) {_MS}"),
    ("member", rf"{_MS}, (?:[a-z]+ ){{0,2}}?(?:a|an|the|another) (?:fellow |founding |full |only |one |sole )?{_MO} member"),  # "⟨S0⟩, until now the one ⟨O0⟩ member"
    ("member", rf"{_MS}, the only (?:⟨O\d+⟩ )?(?:member|country|state|nation) (?:in|of|on) {_THE}{_MO}"),  # "⟨S0⟩, the only ⟨O0⟩ member in ⟨O1⟩"
    ("member", rf"{_MS}, (?:a|an|the|another) (?:[a-z-]+ ){{0,2}}?(?:member(?: state| country)?|participating state|state party)\b(?! of)"),
    ("member", rf"{_MS},? among (?:other|fellow) {_MEMBER}\b"),  # "⟨S0⟩, ⟨S1⟩ and ⟨S2⟩, among other members"
    ("member", rf"{_MS}{_GAP}\b(?:is|are|was|were) among the (?:\d+ |{_FEW} )?(?:{_MEMBER}|states|countries|nations)\b(?! of)"),
    ("member", rf"{_MS}(?:'s|’s) (?:membership|seat) (?:in|of) {_THE}{_MO}"),
    ("member", rf"{_MS}(?:,{_GAP},)?(?:,? (?:which|that|who))? (?:remains|remain|is|are|was|were|has been|have been|stays|stay|continues to be|continue to be)(?: still| now| currently| also| already| both| all)? (?:a |an |the )?(?:founding |full |long-?time |long-standing |key |fellow |permanent |only )?members(?: states| countries| nations)? of {_THE}{_MO}"),
    ("member", rf"{_MS}(?:,{_GAP},)?(?:,? (?:which|that|who))? (?:remains|remain|is|are|was|were|has been|have been|stays|stay|continues to be|continue to be)(?: still| now| currently| also| already| both| all)? (?:a |an |the )?(?:founding |full |long-?time |long-standing |key |fellow |permanent )?{_MO} (?:members?|member states?|member countries|ally|allies)\b"),
    ("member", rf"{_MS}(?:,? (?:which|that|who))? (?:is|was) (?:a |an |the )?(?:founding |full )?member(?: state| country)? of {_THE}{_MO}"),
    # a relative clause that says so in passing: "⟨S0⟩, which also belongs to ⟨O0⟩", "the ⟨O0⟩, to which ⟨S0⟩ and ⟨S1⟩ belong"
    ("member", rf"{_MS},? (?:which|that) (?:also |still |both |already |now )?belongs? to (?:both )?{_THE}(?:[a-z]+ |(?:⟨S\d+⟩|[A-Z]\w+)-led )?{_MO}"),
    ("member", rf"{_MS},? (?:which|that) (?:also |still |both )?belongs? to (?:both )?{_THE}(?:[a-z]+ )?(?:⟨O\d+⟩(?:\s*,\s*|\s+and\s+){_THE})+{_MO}"),  # "... to ⟨O0⟩ and the ⟨O1⟩"
    # and in a main clause, past an aside: "⟨S0⟩, which ratified the statute in 2000, belongs to ⟨O0⟩", "⟨S0⟩ and ⟨S1⟩ belong to both ⟨O0⟩ and ⟨O1⟩"
    ("member", rf"{_NOT_EXCEPTED}{_MS}{_GAP}\b(?:also |still |both |already |now |itself |all )?(?:belongs?|belonged) to (?:both )?{_THE}(?:[a-z]+ )?{_MO}{_OBJECT_END}"),
    ("member", rf"{_NOT_EXCEPTED}{_MS}{_GAP}\b(?:also |still |both |already |now |itself |all )?(?:belongs?|belonged) to (?:both )?{_THE}(?:[a-z]+ )?(?:⟨O\d+⟩(?:\s*,\s*|\s+and\s+){_THE})+{_MO}"),
    ("member", rf"{_MS}(?:[^.;⟨⟩]|⟨O\d+⟩){{0,80}}?\b(?:now |together |jointly )?(?:make|makes|made) up {_THE}{_MO}"),  # "⟨S0⟩, ⟨S1⟩ and ⟨S2⟩ quit ⟨O0⟩ and now make up ⟨O1⟩"
    ("member", rf"{_MS}{_GAP}\b(?:is|are|as) the only {_MO} (?:members|member states|countries|states)\b"),  # "That leaves ⟨S0⟩ and ⟨S1⟩ as the only ⟨O0⟩ members outside"
    ("member", rf"{_MS}{_GAP}\b(?:make|makes|made) up the rest\b"),  # "⟨S0⟩, ⟨S1⟩ and ⟨S2⟩ make up the rest"
    ("member", rf"\b(?:{_FEW}|\d+|[Aa]ll|[Mm]ost) of them (?:are|were) (?:the )?[\w -]{{0,30}}?[,:]\s*{_THE}{_MS}"),  # "Five of them are Nordic: ⟨S0⟩, ..."
    # "⟨S0⟩ and ⟨S1⟩, which sit with ⟨S2⟩ in ⟨O0⟩": all three
    ("member", rf"{_MS},? (?:which|that|who) (?:sits?|sat) (?:alongside|with) {_THE}⟨S\d+⟩ (?:in|on) {_THE}{_MO}"),
    ("member", rf"\b(?:sits?|sat) (?:alongside|with) {_THE}{_MS} (?:in|on) {_THE}{_MO}"),
    ("member", rf"{_MS}, the (?:\d+ |{_FEW} )?(?:[\w-]+ )?(?:countries|states|nations|members) (?:already |now |still )?in {_THE}{_MO}"),  # "the three Nordic countries already in the EU"
    # "The four countries that came in last January, ⟨S0⟩, ⟨S1⟩ ..."
    ("joined", rf"\b(?:countries|states|nations|members)\b (?:that|which|who) (?:came in|joined|were admitted|entered)\b[^.;:⟨⟩]{{0,30}}?,\s*{_THE}{_MS}"),
    ("member", rf"{_MS}{_GAP}\b(?:is|was) one of (?:the )?(?:\d+ |{_FEW} )(?:[\w-]+ )?{_MEMBER}\b(?! of)"),  # "one of three members exempt from quotas, along with ⟨S1⟩"
    ("joined", rf"\b(?:were|was|have been|had been) joined by {_THE}{_MS}(?= in \d{{4}})"),  # "the founding five were joined by ⟨S0⟩ in 1984"
    ("joined", rf"\bjoined by {_THE}⟨S\d+⟩ in \d{{4}},? and by {_THE}{_MS}(?= in \d{{4}})"),
    # "Twenty-two governments are still negotiating to join, among them ⟨S0⟩, ⟨S1⟩ and ⟨S2⟩"
    ("joining", rf"\b(?:countries|states|nations|governments)\b{_GAP}\b(?:are|were) (?:still )?(?:negotiating|seeking|waiting|hoping|applying) to join\b(?:\s+{_THE}{_MO})?[^.;:⟨⟩]{{0,20}}?\bamong them\s+{_THE}{_MS}"),
    # "A and B, which together with C and D form the alliance": the states on both sides of "with"
    ("member", rf"{_MS},? (?:which|that|who) (?:together |along )?with {_THE}⟨S\d+⟩(?:(?:,\s*|\s+and\s+){_THE}⟨S\d+⟩)* (?:still |now )?(?:form|forms|formed|make up|makes up|take part in|takes part in|founded) {_THE}{_MO}"),
    ("member", rf"\b(?:together |along )?with (?:{_THE}⟨S\d+⟩(?:,\s*|\s+and\s+))*{_THE}{_MS} (?:still |now )?(?:form|forms|formed|make up|makes up|take part in|takes part in|founded) {_THE}{_MO}"),
    # "⟨S0⟩, like ⟨S1⟩, is a member of both ⟨O0⟩ and ⟨O1⟩": each body, and the state it is likened to
    ("member", rf"{_MS}(?:, like {_THE}⟨S\d+⟩,)? (?:is|are|was|were|remains?) (?:a |an )?(?:full )?members? of both {_THE}{_MO}"),
    ("member", rf"{_MS}(?:, like {_THE}⟨S\d+⟩,)? (?:is|are|was|were|remains?) (?:a |an )?(?:full )?members? of both {_THE}⟨O\d+⟩ and {_THE}{_MO}"),
    ("member", rf"\blike {_THE}{_MS}, (?:is|are|was|were) (?:a |an )?(?:full )?members? of (?:both )?{_THE}{_MO}"),
    ("member", rf"\blike {_THE}{_MS}, (?:is|are|was|were) (?:a |an )?(?:full )?members? of both {_THE}⟨O\d+⟩ and {_THE}{_MO}"),
    # "A, B and C are among the non-OPEC producers that also belong to the group"
    ("member", rf"{_MS}{_GAP}\b(?:is|are|was|were) among (?:the )?(?:[\w⟨⟩-]+ ){{0,3}}?(?:producers|countries|states|nations|members|economies) (?:that|which|who) (?:also |still |now )?(?:belong to|are members of|sit in|take part in) {_THE}{_MO}"),
    # "Russia and China, both long-standing members of the 35-nation board"
    ("member", rf"{_MS}, (?:both|all|each|all of them) (?:[\w-]+ ){{0,2}}?(?:members|member states|allies) of {_THE}{_MO}"),
    # "46 member states, stretching from Iceland to Azerbaijan": the states at both ends
    ("member", rf"\b{_MEMBER},? stretching from {_THE}{_MS} to\b"),
    ("member", rf"\b{_MEMBER},? stretching from {_THE}⟨S\d+⟩ to {_THE}{_MS}"),
    ("member", rf"{_MS}{_GAP}\b(?:is|are|was|were) the only (?:other )?(?:{_MEMBER}|ones) (?:in|from)\b"),  # "⟨S0⟩ and ⟨S1⟩ are the only other members in Latin America"
    ("member", rf"\bmaking {_THE}{_MS} (?:the|a|an) (?:(?:first|second|third|last|only|latest) )?(?:member|member state|member country|ally) of {_THE}{_MO}"),
    ("member", rf"{_MS}, (?:[^.;⟨⟩]|⟨S\d+⟩){{0,40}}?\bamong {_THE}{_MO}(?:'s|’s) (?:\d+ |{_FEW} )?{_MEMBER}\b"),  # "⟨S0⟩, ⟨S1⟩'s closest ally among the ⟨O0⟩'s 27 members"  # "⟨S0⟩ and ⟨S1⟩ are the only ⟨O0⟩ members outside"
    ("member", rf"{_MO}(?: in (?-i:[A-Z])[\w-]+)?,? (?:an? (?:[\w-]+ ){{1,2}})?to which (?:both |all )?(?:{_THE}⟨S\d+⟩\s*,\s*)*(?:{_THE}⟨S\d+⟩\s*,?\s*and\s+)?{_THE}{_MS} (?:also |all |both )?belongs?\b"),  # "⟨O0⟩, a bloc to which both ⟨S0⟩ and ⟨S1⟩ belong"
    ("member", rf"{_MS}, (?:like {_THE}⟨S\d+⟩(?:(?:,\s*|,?\s*and\s+){_THE}⟨S\d+⟩)*,? )?(?:a|an|the|another) (?:[\w-]+ ){{0,2}}?member(?: state| country)? of {_THE}{_MO}"),  # "⟨S0⟩, the Arab member of the council", "⟨S0⟩, like ⟨S1⟩ a member of"
    # "⟨O0⟩, which groups ⟨S0⟩ with five former Soviet republics, ⟨S1⟩, ⟨S2⟩ ...", "five of the eight countries in ⟨O0⟩, ⟨S0⟩, ⟨S1⟩ ..."
    ("member", rf"{_MO},? (?:which|that) (?:groups|brings together|unites) {_THE}{_MS}"),
    ("member", rf"\b(?:groups|brings together|unites) {_THE}⟨S\d+⟩ with (?:[\w-]+ ){{0,4}}?(?:republics|countries|states|nations|members),\s*{_THE}{_MS}"),
    ("member", rf"\b{_FEW} of the (?:\d+ |{_FEW} )?(?:countries|states|nations|members) (?:in|of) {_THE}{_MO}(?:\s*\(⟨O\d+⟩\))?,\s*{_THE}{_MS}"),
    ("member", rf"\blike (?:{_THE}⟨S\d+⟩(?:\s*,\s*|\s*,?\s*and\s+))*{_THE}{_MS},? (?:a|an|the) (?:[\w-]+ ){{0,2}}?member(?: state| country)? of {_THE}{_MO}"),  # and ⟨S1⟩, ⟨S2⟩ it is likened to
    ("member", rf"{_MS}, {_THE}{_MO}(?:'s|’s) (?:\w+ ){{0,3}}?(?:members?|member states?|member countries|member country|all(?:y|ies))\b"),  # "the bloc's most populous member"
    ("member", rf"{_MS}, (?:(?:the|all|both) (?:\d+ |{_FEW} )?|(?:\d+|{_FEW}) )?(?:other |remaining |founding )?{_MO} (?:countries|states|nations|members|member states|producers)\b"),  # "⟨S0⟩, ⟨S1⟩ and ⟨S2⟩, the three ⟨O0⟩ countries exempt from quotas"
    ("member", rf"{_MS}, {_FEW} of {_THE}{_MO}(?:'s|’s) (?:\d+ )?(?:\w+ )?(?:members|member states|member countries|allies)\b"),  # "⟨S0⟩ and ⟨S1⟩, two of the ⟨O0⟩'s 27 members"
    ("member", rf"{_MS}, {_FEW} of (?:the|its|their) (?:\d+ |{_FEW} )?(?:\w+ )?(?:members|member states|member countries|allies)\b"),  # "⟨S0⟩ and ⟨S1⟩, two of the five permanent members"
    # "The five ⟨O0⟩ countries, ⟨S0⟩, ⟨S1⟩ ...", "five ⟨O0⟩ members, ⟨S0⟩, ⟨S1⟩ ..."
    ("member", rf"\b(?:{_FEW}|\d+|the|all|both) (?:(?:other|remaining|founding) )?{_MO} (?:countries|states|nations|members|member states|economies|allies),\s*{_THE}{_MS}"),
    # "⟨S0⟩ and ⟨S1⟩, which share membership of ⟨O0⟩ with ⟨S2⟩ and ⟨S3⟩": all four
    ("member", rf"{_MS},? (?:which|who|that) (?:also )?share (?:membership of|membership in|seats? (?:in|on)) {_THE}{_MO}"),
    ("member", rf"\bshare (?:membership of|membership in|seats? (?:in|on)) {_THE}{_MO}(?:\s*\(⟨O\d+⟩\))? with {_THE}{_MS}"),
    # "leaving ⟨S0⟩, ⟨S1⟩ and ⟨S2⟩ in the alliance": those that remain
    ("member", rf"\bleaving (?:{_THE}⟨S\d+⟩(?:\s*,\s*|\s*,?\s*and\s+))*{_THE}{_MS} (?:in|inside) {_THE}{_MO}"),
    ("joining", rf"{_MS}, the (?:other |remaining )?(?:[\w-]+ ){{0,3}}?candidates\b"),  # "⟨S0⟩ and ⟨S1⟩, the other Western Balkan candidates"
    # "Leaders agreed to open talks with ⟨S0⟩ and ⟨S1⟩" (a body named before the verb has its own form above)
    ("joining", rf"^(?:[^⟨.;]|⟨S\d+⟩)*?\b(?:open|opened|opening|begin|began|start|started) (?:accession |membership )?(?:talks|negotiations) with {_THE}{_MS}"),
    ("joining", rf"\bmade {_THE}{_MS} (?:a |an )?(?:official )?candidate\b"),
    ("joining", rf"{_MS}{_GAP}\bin the process of (?:joining|acceding to)(?: {_THE}{_MO})?"),
    ("joining", rf"{_MS}\s+(?:formally |also )?applied(?= in \d{{4}}| in (?:January|February|March|April|May|June|July|August|September|October|November|December)\b| last | within )"),  # "⟨S0⟩ applied in December 2022"
    # "Two members, ⟨S0⟩ and ⟨S1⟩", "the ⟨O0⟩'s four founding members, ⟨S0⟩, ⟨S1⟩, ⟨S2⟩ and ⟨S3⟩"
    # "two ⟨O0⟩ members, ⟨S0⟩ and ⟨S1⟩", "The four Southeast Asian members, ⟨S0⟩, ..."
    ("member", rf"(?:\b{_FEW}\s+|\banother\s+|{_MO}(?:'s|’s)\s+(?:{_FEW}\s+)?)(?:(?:founding|full|permanent|other|remaining|(?-i:[A-Z])[\w-]+|(?-i:[a-z]+-[A-Z])[\w-]+)\s+){{0,3}}?(?:{_MEMBER}|participants|co-chairs|founders),\s*{_THE}{_MS}"),
    ("member", rf"{_MS}{_GAP}\b(?:sits?|sat) (?:in|on) {_THE}{_MO}{_OBJECT_END}"),  # "⟨S0⟩ sits in ⟨O0⟩ alongside ⟨S1⟩"
    ("member", rf"{_MS}{_GAP}\b(?:keeps?|kept|retains?|retained|holds?|will keep|will retain) (?:its|their) (?:seat|membership) in {_THE}{_MO}"),
    ("member", rf"{_MS}, (?:its|their|{_THE}{_MO}(?:'s|’s)) (?:{_FEW} )?(?:(?:remaining|founding|full|other|fellow|(?-i:[A-Z])[\w-]+) ){{0,2}}(?:members|member states|member countries)\b"),  # "⟨S0⟩ and ⟨S1⟩, its two remaining members"
    ("member", rf"{_MS}{_GAP}\b(?:will |would )?(?:remains?|stays?|remained|stayed|is staying|are staying) (?:in|inside|within) {_THE}{_MO}{_OBJECT_END}"),
    ("member", rf"{_MS}{_GAP}\b(?:is|are|has been|have been)(?: already| still| also| now| long)? (?:in|inside) {_THE}{_MO}(?= since\b|[,.;]|$)"),  # "⟨S0⟩ has been in ⟨O0⟩ since 1949"
    ("member", rf"{_MS}, (?:all |both )?(?:still )?(?:remain|stay) (?:in|inside|within) it\b"),  # "⟨S0⟩, ⟨S1⟩ and ⟨S2⟩, all remain inside it": the body the article is about
    ("member", rf"{_NOT_EXCEPTED}{_MS}{_GAP}\b(?:also |still |both |all |now )?(?:sits?|sat)(?: together)? (?:in|on) {_THE}(?:\w+-\w+ )?{_MO}{_OBJECT_END}"),  # "⟨S0⟩, ⟨S1⟩ and ⟨S2⟩ also sit in ⟨O0⟩"
    ("member", rf"\b(?:sits?|sat|will sit) alongside {_THE}{_MS}"),  # "They will sit alongside ⟨S0⟩, ⟨S1⟩ and ⟨S2⟩"
    ("member", rf"\b(?:sits?|sat)(?: together)? (?:in|on) {_THE}{_MO} (?:together |along )?with {_THE}{_MS}"),  # "⟨S0⟩ still sits in the ⟨O0⟩ with ⟨S1⟩, ⟨S2⟩ and ⟨S3⟩"
    ("member", rf"{_MS}, (?:already |long )?in {_THE}{_MO} since\b"),  # "⟨S0⟩, in ⟨O0⟩ since 1952"
    ("member", rf"{_MS}, (?:an? |the )?(?:founding |full )?member since\b"),  # "⟨S0⟩, a member since 1952": of the body the passage is about
    ("member", rf"\b(?:the )?(?:founding|original) (?:{_FEW}|\d+)(?: members)? (?:of |(?=⟨))?{_THE}{_MS}"),  # "the founding four of ⟨S0⟩, ⟨S1⟩, ⟨S2⟩ and ⟨S3⟩"
    ("member", rf"{_MS}{_GAP}\b(?:is|are) (?:still |now |also )?in it\b"),  # "only ⟨S0⟩ and ⟨S1⟩ are still in it": the body the article is about
    ("member", rf"{_MS}{_GAP}\b(?:(?:will |would )?(?:keep|retain|hold)s?|kept|retained|has|have|had|held)(?: still| also)? (?:its|their|a) seats? (?:in|on|at) {_THE}{_MO}{_OBJECT_END}"),  # "will keep its seats in ⟨O0⟩", "still has a seat in"
    # "⟨O0⟩, which ⟨S0⟩ founded with eleven other governments", "⟨S0⟩, also one of its founders"
    ("member", rf"{_MO},? (?:which|that) {_MS} (?:helped )?(?:co-)?(?:founded|found|created|set up)\b(?= with\b| in \d{{4}})"),
    ("member", rf"{_MS}, (?:also |itself )?one of (?:its|their|{_THE}{_MO}(?:'s|’s)) (?:\w+ )?founders\b"),
    ("member", rf"{_MS}, (?:also |itself )?one of the (?:{_FEW} |\d+ )?(?:founders|founding members)\b"),  # "⟨S0⟩, one of the five founders"
    # "⟨S0⟩, the largest economy in ⟨O0⟩", "⟨S0⟩, the smallest of the eleven"
    ("member", rf"{_MS}, (?:by far )?the (?:[\w'’]+ )?(?:\w+est|biggest|largest|smallest) (?:(?:economy|producer|exporter|contributor|member|country|state|shareholder) (?:in|of|inside|within) {_THE}{_MO}{_OBJECT_END}|(?:of|among) the (?:{_FEW}|\d+)(?=[,.;]| (?:members|states|countries|nations|economies)\b))"),
    ("member", rf"{_MS}, (?:its|their|the|the [\w-]+(?:'s|’s)|{_THE}{_MO}(?:'s|’s)) (?:second-|third-)?(?:largest|biggest) (?:shareholder|member|contributor)\b"),  # "Hungary, the second-largest shareholder"
    ("member", rf"{_MS}{_GAP}\b(?:chairs|chaired|holds the (?:rotating )?(?:chair|chairmanship|presidency) of) {_THE}{_MO}(?:{_OBJECT_END}|(?=(?:'s|’s) ))"),  # "whose country chairs the group this year"
    ("member", rf"{_MS},? (?:which|who) (?:holds|held|hold) {_THE}{_MO}(?:'s|’s) (?:rotating )?(?:chair|chairmanship|presidency)\b"),  # "⟨S0⟩, which holds the ⟨O0⟩'s rotating chairmanship"
    # "⟨S0⟩ is the only ⟨O0⟩ member that stands outside ⟨O1⟩"
    ("member", rf"{_MS}{_GAP}\b(?:is|was|remains) (?:now |still )?(?:the )?(?:only|last|first|sole) {_MO} (?:member|member state|member country|ally)\b"),
    # "⟨S0⟩ and ⟨S1⟩, which form the group with ⟨S2⟩": they, and the state after "with"
    ("member", rf"{_MS}, (?:which|who) (?:form|formed|make up|made up|founded|created|set up) {_THE}{_MO} (?:together )?with\b"),
    ("member", rf"\b(?:which|who) (?:form|formed|make up|made up|founded|created|set up) {_THE}{_MO} (?:together )?with {_THE}{_MS}"),
    # "and four ⟨O0⟩ countries: ⟨S0⟩, ⟨S1⟩ and ⟨S2⟩"
    ("member", rf"\b(?:{_FEW}|the) {_MO} (?:countries|states|members|nations|member states)\s*:\s*{_THE}{_MS}"),
    ("member", rf"{_MS} (?:also )?shares? {_THE}{_MO} with\b"),  # "⟨S0⟩ shares that trade bloc with ⟨S1⟩ and ⟨S2⟩" (those listed: LIST_TRIGGER)
    ("member", rf"{_MS}{_GAP}\b(?:takes|take|took|taking) part (?:\w+ )?in {_THE}(?:[\w-]+ )?{_MO}(?: (?:arrangement|format|grouping|framework|mechanism))?{_OBJECT_END}"),
    ("member", rf"\b(?:members|member states|member countries|group of members) (?:led|headed|spearheaded) by {_THE}{_MS}"),  # "a group of members led by ⟨S0⟩ and ⟨S1⟩"; not "allies led by ⟨S0⟩", of a wider group
    # "⟨S0⟩, ⟨S1⟩ and ⟨S2⟩, three of ⟨S3⟩'s five partners in ⟨O0⟩": they, and ⟨S3⟩
    ("member", rf"{_MS}, (?:{_FEW}|all|both) of (?:the )?⟨S\d+⟩(?:'s|’s) (?:{_FEW} )?(?:[\w-]+ )?(?:partners|fellow members|allies) in {_THE}{_MO}"),
    ("member", rf"(?:{_FEW}|all|both) of (?:the )?{_MS}(?:'s|’s) (?:{_FEW} )?(?:[\w-]+ )?(?:partners|fellow members|allies) in {_THE}{_MO}"),
    # "⟨S0⟩, one of the 15 countries that make up ⟨O0⟩", "⟨S1⟩, one of the 12 countries that founded ⟨O0⟩ in 1949"
    ("member", rf"{_MS}, (?:one of |the )(?:the )?(?:\d+ |{_FEW} )?(?:countries|states|nations|{_MEMBER}) (?:that|which)\b(?:[^.;⟨⟩]|⟨S\d+⟩){{0,40}}?\b(?:make up|makes up|founded|form|formed|belong to|set up|created|established|take part in|sit in)\b(?:\s+{_THE}{_MO})?"),
    ("member", rf"{_MS}, (?:all of them |both |each )?(?:full |founding |fellow |long-?time )?(?:allies|members)\b(?! of)"),  # "⟨S0⟩, ⟨S1⟩ and ⟨S2⟩, allies for two decades"
    ("member", rf"{_MS}, (?:the (?:only|first|last) )?one of {_THE}{_MO}(?:'s|’s) (?:\w+ ){{0,2}}?{_MEMBER}\b"),  # "⟨S0⟩, one of the council's five permanent members"
    ("member", rf"\bamong {_THE}(?:{_MO}(?:'s|’s) )?(?:\w+ ){{0,2}}?{_MEMBER}\b[^.;⟨⟩]{{0,50}}?\b(?:are|were|is|was)\s+{_THE}{_MS}"),  # "Among the bloc's members ready to ... are ⟨S0⟩, ⟨S1⟩"
    ("member", rf"{_MS}{_GAP}\b(?:is|are|was|were|remains?|became) (?:one of|among) (?:the |its |their )?(?:\w+ ){{0,2}}?members(?: states| countries| nations)? of {_THE}{_MO}"),
    ("member", rf"{_MS}{_GAP}\b(?:is|are|was|were|remains?|became)(?: still| now| also)? (?:one of|among) {_THE}{_MO}(?:'s|’s)? (?:\w+ ){{0,2}}?(?:members|member states|member countries|allies|founders)\b"),
    # "⟨S0⟩ was the last of the allies to give its approval", "making it the first ⟨O1⟩ member to ..."
    ("member", rf"{_MS}{_GAP}\b(?:is|was|became|remains) (?:the )?(?:first|last|only|latest) (?:of|among) (?:the|its|their) (?:\d+ |{_FEW} )?(?:allies|members|member states|member countries)\b(?! of)"),
    ("member", rf"{_MS}(?:[^.;⟨⟩]|⟨[SO]\d+⟩){{0,120}}?,\s*making it (?:the|a|an) (?:(?:first|second|third|last|only|latest) )?{_MO} (?:member|member state|member country|ally)\b"),
    ("member", rf"{_MS}{_GAP}\b(?:is|was|became|remains|would be|will be|would have been) (?:the )?(?:first|second|third|last|only|latest) (?:{_MO} |[A-Z][a-z]+ )?(?:member|member state|member country|participating state|ally) to\b"),
]]
#: Founders are members: "⟨S0⟩, ⟨S1⟩ and ⟨S2⟩ formed the ⟨O0⟩", "the ⟨O0⟩, founded by ⟨S0⟩ and
#: ⟨S1⟩". Only where two or more states are named: an international body has several
#: founders, and a single state that "created" or "set up" an organisation runs it.
FOUNDING_FORMS: list[re.Pattern] = [re.compile(pattern, re.I) for pattern in [
    rf"{_MS}{_GAP}\b(?:have |has |had )?(?:jointly |formally )?(?:formed|founded|co-founded|created|established|set up|launched|revived|relaunched|re-established)\s+{_THE}{_MO}{_OBJECT_END}",
    rf"{_MO},?\s+(?:which was |that was |was )?(?:jointly )?(?:formed|founded|co-founded|created|established|set up) (?:(?:in|at) [^.;,⟨⟩]{{1,30}}? )?by {_THE}{_MS}",
    # "⟨O0⟩ was launched in October 2022 by 15 countries: ⟨S0⟩, ⟨S1⟩, ...", "founded in 2015 by the five original ⟨O1⟩ members - ⟨S0⟩, ..."
    rf"{_MO},?\s+(?:which was |that was |was )?(?:jointly )?(?:formed|founded|co-founded|created|established|set up|launched)\b[^.;⟨⟩]{{0,60}}?\bby (?:the )?(?:{_FEW}|\d+) (?:[\w-]+ )?(?:⟨O\d+⟩ )?(?:countries|states|nations|governments|economies|members)\s*(?:[:,]|\s[-–—])\s*{_THE}{_MS}",
]]
#: (status, pattern, how many states it must name at least)
_STATEMENT_FORMS = [(status, pattern, 1) for status, pattern in MEMBERSHIP_FORMS] + [("member", pattern, 2) for pattern in FOUNDING_FORMS]
PRECEDENCE = ["left", "leaving", "suspended", "frozen", "joined", "joining", "member"]
#: A member list: "its members include A, B and C", "the CSTO, comprising six states including ...".
LIST_TRIGGER = re.compile(
    r"\b(?:members?(?: states?| countries| nations)? (?:include|includes|included|are|were|comprise|being)|"
    r"compris(?:ing|es|ed)|consists? of|consisting of|made up of|composed of|which includes?|includes|including|such as|brings together|brings in|takes in|groups?|"
    r"among them|among whom|namely|the others are|the other (?:\w+ )?members are|the other (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) are)\b|\((?=\s*⟨S)|"
    # "⟨O0⟩, the parliamentary forum of ⟨S0⟩, ⟨S1⟩ and ⟨S2⟩", "the bloc it shares with", "where it sits alongside"
    r"(?:(?<=⟩, the )|(?<=⟩, a )|(?<=⟩, an ))(?:[\w-]+ ){0,3}?(?:forum|bloc|grouping|alliance|union|club|body|group|community|organi[sz]ation|association|partnership) "
    r"(?:of|linking|uniting|(?:it|⟨S\d+⟩) shares with)(?=\s+(?:the\s+)?⟨S)|(?<=⟩, )⟨O\d+⟩ (?:it|⟨S\d+⟩) shares with(?=\s+(?:the\s+)?⟨S)|(?<=⟩ )(?:also )?shares? ⟨O\d+⟩ with(?=\s+(?:the\s+)?⟨S)|(?<=⟩)(?:'s|’s) (?:[\w-]+ ){0,2}?(?:partners|fellow members|allies) in ⟨O\d+⟩,(?=\s*(?:the\s+)?⟨S)|\b(?:where|in which) (?:it|⟨S\d+⟩) (?:sits|sat) alongside\b|"
    # "the four countries that created ⟨O0⟩ in 1991, ⟨S0⟩, ⟨S1⟩ ..."
    r"\b(?:countries|states|nations|members) (?:that|which|who) (?:created|founded|formed|set up|established|make up|form) ⟨O\d+⟩(?: in \d{4})?,(?=\s*(?:the\s+)?⟨S)|\bmembers?(?: states| countries)?\s*:(?=\s*(?:the\s+)?⟨S)|(?<=\s)[-–—]\s*(?=(?:the\s+)?⟨S)",  # "the bloc - ⟨S0⟩, ⟨S1⟩ and ⟨S2⟩ -"
    re.I,
)
#: List triggers that gather states, whose list may go on past "with": "groups ⟨S0⟩ with ⟨S1⟩ and ⟨S2⟩".
_GATHERS = re.compile(r"groups?|brings together", re.I)
#: A list's states named as the rest of a body's members: "The remaining eleven - ⟨S0⟩, ⟨S1⟩ ...".
_THE_REST = re.compile(r"\b(?:the|its|their) (?:remaining|other) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                       r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-\w+)?)\s*$", re.I)
#: What the states of a list are said not to do right after it: "the rest - A, B and C - have kept out of it".
_KEPT_OUT = re.compile(r"\s*[-–—,]?\s*(?:have |has |had |are |were |all |both )*(?:not\b|never\b|kept out|stayed out|stay out|(?:remain|stand|lie|are|is)(?:s|ed)? outside|stood outside|no longer\b)", re.I)
#: A relative clause about one state: it does not reach back to the states listed before it.
_SINGULAR_RELATIVE = re.compile(r"⟩,?\s*(?:which|who)\s+(?:is|was|has|became|becomes|remains)\b")  # not "joined": "A and B, which joined" are both
#: A body the sentence does not name, described by the list: "joins a bloc which also includes".
_A_BODY_WHICH = re.compile(rf"\b(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(ORG_ANAPHORA)})\s*,?\s*(?:which|that)\s+(?:also\s+|now\s+|already\s+)?$", re.I)
_MEMBER_WORD = re.compile(r"\bmember(?:s| states?| countries| nations)?\b(?! of parliament)|\bparticipating states?\b|\bstates? part(?:y|ies)\b", re.I)
_PREPOSITIONS = "with|against|from|to|by|on|in|for|over|than|between|after|before"
_NOT_SUBJECT_BEFORE = re.compile(rf"\b(?:{_PREPOSITIONS}|alongside|of|at|into|like|unlike|including|except)\s+(?:the\s+)?$", re.I)
_NOT_SUBJECT_AFTER = re.compile(r"(?:['’]s\b|\s+[A-Z])")
_CHAINED = r"(?:the\s+)?(?:⟨S\d+⟩ of (?:the )?)?⟨S\d+⟩"  # "Presidents ⟨S0⟩ of ⟨S1⟩ and ⟨S2⟩ of ⟨S3⟩"
_STATE_CHAIN = re.compile(rf"{_CHAINED}(?:\s*,\s*(?:and\s+)?{_CHAINED})*(?:\s*,?\s*(?:and|or)\s+{_CHAINED})?")
_NOT_A_MEMBER = re.compile(r"\b(?:non-?members?|not (?:a |an )?members?|not part|no longer|never|neither|nor|outside|observers?|partners?|associates?|candidates?|applica\w+|applied|aspir\w+|invit\w+|join\w*|leav\w+|left|quit|withdr\w+|exit\w*|suspend\w*|expel\w*|if|would|could|might|may)\b|n[’']t\b", re.I)
#: Those a body deals with, not its members: "the bloc's dialogue partners, among them ⟨S0⟩".
_NOT_MEMBERS = re.compile(r"\b(?:partners?|observers?|guests?|neighbou?rs|rivals|critics|donors|creditors|investors|customers|buyers|suppliers)"
                          r"(?:\s+(?:states|countries|nations|governments))?\W*$", re.I)  # "13 observer states, among them ⟨S0⟩, ..."
#: Countries named as where something happens or whom it concerns: "plots in nations including".
_PLACES_LISTED = re.compile(r"\b(?:in|against|to|from|across|on|over|into|throughout)\s+(?:[a-z-]+\s+){0,2}(?:nations|countries|states)\s*,?\s*$", re.I)
#: The states listed after one that ends a statement: "talks with ⟨S0⟩ and ⟨S1⟩", "two
#: countries have quit before: ⟨S0⟩, in 2017, and the ⟨S1⟩, in 2019".
_LIST_AFTER = re.compile(r"(?:,?\s*(?:in|since) \d{4}\b)?(?:(?:\s*,\s*(?:and\s+)?|\s*,?\s*(?:and|as well as)\s+)(?:the\s+)?⟨S\d+⟩(?:,?\s*(?:in|since) \d{4}\b)?)*")
#: What carries one status on to more states: "suspended, alongside Mali, Guinea and Niger".
#: States named one after another: "⟨S0⟩, ⟨S1⟩ and the ⟨S2⟩".
_STATE_RUN = r"(?:(?:the\s+)?⟨S\d+⟩(?:\s*,\s*|\s*,?\s*and\s+)?)+"
_AS_DO = re.compile(rf"^[^.;⟨⟩]{{0,40}}?,?\s*as\s+({_STATE_RUN})\s*(?:do|does|did)\b")
_ALONGSIDE = re.compile(r"^[^.;⟨⟩]{0,40}?\b(?:alongside|along with|together with|like|as (?:do|does|did|is|are|was|were|has|have|had))\s+", re.I)
#: A sentence that says its states do what the sentence before said: "So do ⟨S0⟩, ⟨S1⟩ and ⟨S2⟩."
_SO_DO = re.compile(rf"^\s*So (?:do|does|did|is|are|was|were|has|have|had)\s+({_STATE_RUN})")
_LIST_GAP = re.compile(  # between two listed states: commas, "and", a name we do not know ("Congo")
    r"^(?:\s*(?:,|and|as well as|plus|also|along with|[A-Z][\w'-]*(?=\s*,))\s*)*(?:(?:the\s+)?(?:former\s+|other\s+|fellow\s+)?(?:[\w\s-]|⟨O\d+⟩){0,40}?\b(?:states|countries|republics|nations|members)(?:\s+(?:of|such as|like|including)|\s*:)\s*)?(?:the\s+)?$",
    re.I,
)
_ORG_ANAPHOR = re.compile(rf"\b(?:[Tt]he\s+(?:(?:[a-z]+|\d+|[a-z]+-[A-Z][a-z]+)[-\s]){{0,2}}?|[Tt]h(?:at|is)\s+(?:[a-z]+\s+)?(?=(?:bloc|alliance|organi[sz]ation|league|court|forum|grouping|cartel|agency|club)\b))((?i:{'|'.join(ORG_ANAPHORA)}))\b(?!\s+of\b)(?!\s+(?-i:[A-Z]))")
# "the 15-nation bloc", "the inter-American body", "that bloc" (but not "states that group ...")
#: "the council", "the centre": a body whose own name ends on that word (see :meth:`_Discourse.org_named`).
_HEAD_ANAPHOR = re.compile(r"\b[Tt]he\s+(?:(council|centre|center|board|movement)|(?P<modifier>(?-i:[A-Z][a-z]+))\s+(union|community|alliance|group|forum|bloc|council))\b"
                           r"(?!\s+of\b)(?!\s+(?-i:[A-Z]))")  # "the council", and "the Eurasian union" for the Eurasian Economic Union
#: "It" opening a sentence that says it joined or left a body: a state, since a body's membership is its states'.
_IT_CHANGES_MEMBERSHIP = re.compile(r"(?:^\s*(It)|(?:,\s*|\b)(?:and|but) (it)) (?:(?:has|had|also|then|later|formally|already|since|first|still|now) )*"
                                    r"(?:quit|left|withdrew from|pulled out of|joined|rejoined|acceded to|came back|returned|belongs to|(?:is|became|remains) a member of"
                                    r"|(?:been|was|is|remains) suspended from)\b")
#: "the country", "the Nordic nation": the state the sentence (or the one before) is about.
#: Not "the second country to quit" or "the only nation that": a rank, not the state named before.
_STATE_ANAPHOR = re.compile(r"\b(?:[Tt]he\s+(?:(?!(?:first|second|third|fourth|fifth|last|latest|only|next|other|same|newest|youngest)\s)[A-Za-z]+\s){0,2}?|[Tt]heir\s+)"
                            r"(country|nation|kingdom)\b(?!\s+of\b)(?!['’]s\s)")  # "lawmakers voted to take their country out"
#: "the three Sahel states", "the two countries": the last group of that many states named together.
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_GROUP_ANAPHOR = re.compile(rf"\b[Tt]he\s+({'|'.join(NUMBERS)}|\d+)\s+(?:[\w-]+\s+)?(?:member\s+)?"
                            r"(?:states|countries|nations|governments|juntas|members|allies|neighbou?rs)\b(?!\s+of\b)"
                            rf"|\b(?:[Aa]ll|[Bb]oth) ({'|'.join(NUMBERS)})\b(?!\s+of\b)"  # "All four entered the European Union"
                            r"|^(?P<both>Both)(?=\s+(?:have|had|are|were|will|remain|[a-z]+ed)\b)"  # a sentence's subject: "Both opened accession talks in June"
                            r"|^\s*(?P<all>All of them)(?=\s+(?:have|had|are|were|will|remain|belong|[a-z]+ed)\b)")
#: A preposition right before a name: what follows is no subject ("its war with ⟨S1⟩", "In Ghana, Benin and Togo").
_PREPOSITION_BEFORE = re.compile(rf"\b(?:{_PREPOSITIONS})\s+(?:the\s+)?$", re.I)
#: States named together: "⟨S0⟩, ⟨S1⟩ and ⟨S2⟩".
_STATE_GROUP = re.compile(r"⟨S\d+⟩(?:\s*,\s*⟨S\d+⟩)*\s*,?\s*(?:and|or)\s+⟨S\d+⟩")
LEADERSHIP_FORMS = [re.compile(p, re.I) for p in [
    rf"{_O}[^.;]{{0,80}}?\b(?:led|steered|headed|dominated|ruled|controlled|chaired|spearheaded|run)\s+(?:primarily |mainly |largely |mostly |effectively |de facto )?by\s+{_S}",
    rf"{_S}-(?:led|dominated|backed|run)\s+(?:\w+\s+){{0,3}}?{_O}",
]]
#: A negation that governs a membership statement when it stands in it or before its
#: member in the same clause ("Senegal would never leave", "denied that Senegal would ...").
_DENIAL = re.compile(r"\b(?:mistaken|wrong|incorrect|false|untrue|denied|denies|deny|denying|(?:rejected|dismissed) (?:reports|claims|suggestions)|not true|no plans?|no intention|never|not|cannot|neither|nor|none of (?:which|whom|them|these|those)"
                     r"|(?:abandon(?:ed|s)?|dropp(?:ed|s)|drops|withdr[ae]w|withdrawn|gave up|given up|shelved|scrapped) (?:its|their|the|a) (?:[\w-]+ )?(?:bid|application|candidacy))\b|n[’']t\b", re.I)
#: A rejection of a claim, which governs a statement before it too ("Those who claim that
#: Turkey is leaving NATO are mistaken").
_REJECTION = re.compile(r"\b(?:mistaken|wrong|incorrect|false|untrue|not true|baseless|unfounded|denied|denies|deny|dismissed|rejected)\b", re.I)
_HEDGE = re.compile(r"\b(?:possibility|possible|possibly|consider(?:s|ed|ing)?|(?-i:may)|might|could|hint(?:s|ed|ing)?|mull(?:s|ed|ing)?|threaten(?:s|ed|ing)?|speculat\w*|rumou?r\w*|if|unless|whether)\b", re.I)
#: Where a clause ends, so that a negation or hedge beyond it does not reach a statement:
#: "The bloc has not admitted a new member since Croatia joined in 2013."
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:but|since|after|before|when|whenever|while|whereas|although|though|because|until|unlike|and|yet)\b", re.I)
#: A condition after a statement: "⟨S0⟩ will leave ⟨O0⟩ if ...".
_CONDITION = re.compile(r"\b(?:if|unless)\b", re.I)
_INSERTED_CLAUSE = re.compile(r",\s*(?:which|who|whose)\b[^,;]*,")  # ", which has not ...,": about someone else
#: Event types and the words that signal them. Withdrawals and accessions come from the
#: membership statements (so they share their negation and hedging rules); a sentence
#: yields at most one event of each other type.
#: The happenings of type "other", by what kind of thing happens: two reports of one kind by
#: one actor are one happening, two of different kinds ("ousted", then "sworn in") are two.
OTHER_HAPPENINGS = {
    "coup": r"\b(?:coups?|overthrew|overthrown|ousted|toppled|seized power|junta took power)\b",
    "election": r"\b(?:elections?|referendum|(?:was|were) (?:re-?)?elected|electoral college|won (?:a |the )?(?:\w+ ){0,2}(?:vote|seat|majority|term))\b",
    "vote": r"\b(?:voted|ratified|ratification|impeached|annulled|approved (?:the|its|their|a|it|them)\b|passed (?:a |the |its |\w+ )?(?:laws?|bills?|resolutions?|motions?)\b)",
    "office": r"\b(?:sworn in|took office|takes office|take office|assumed (?:the )?(?:presidency|office|power)|appointed|designated|nominated"
              r"|(?:chose|picked|elected|named)\b[^.;]{0,60}?\bas (?:its|their|(?:the )?\w+(?:'s|’s)|the) (?:next |new )?(?:secretary[- ]general|director[- ]general|president|chair(?:man|woman|person)?|leader|head)"
              r"|t(?:akes|ook|aking) over (?:the )?(?:[\w'’-]+ ){0,3}?(?:chair|chairmanship|presidency)|handed (?:over )?(?:the )?(?:[\w'’-]+ ){0,3}?(?:chair|chairmanship|presidency)"
              r"|became (?:the )?(?:[\w-]+ ){0,2}?(?:president|prime minister|premier|chancellor|leader|head|chair(?:man|woman|person)?|secretary[- ]general|king|queen|minister)"
              r"|resign(?:ed|s)|(?:filed|submitted|tendered|handed in|offered|announced) (?:his|her|their) resignation|st(?:epped|eps) down)\b",
    "measure": r"\b(?:sanction(?:s|ed)?|imposed|banned|bans? on|embargo|skipped|boycott(?:ed|s)?|veto(?:ed|es)?|blocked|lifted (?:its|the|a) (?:veto|ban|sanctions)"
               r"|recalled (?:its|their) ambassador|cut (?:[\w-]+,? (?:and )?){0,4}(?:ties|links|relations)|(?:was|were) (?:admitted|granted)\b[^.;]{0,15}\b(?:observer|dialogue partner)"
               r"|granted|stopped paying|reopened (?:its|the) embassy|expelled (?:the|its|\d+)\b[^.;]{0,40}\b(?:diplomats|representatives|ambassador|envoys?))\b",
    "justice": r"\b(?:warrants?|arrested|indicted|convicted|sentenced|(?:has|have|was|were) charged|sued|ruled(?! by| out| over)"
               r"|ruling(?! (?:party|parties|coalition|elite|family|class|junta|military|council|government|bloc|camp)))\b",  # "ruled by Russia" governs
    "visit": r"\b(?:visit(?:ed|s)?|arrived|flew to|held talks|hosted|met (?:with|(?:his|her|their) (?:[\w-]+ )?counterparts?))\b",
    "death": r"\b(?:died|has died|was killed|were killed|assassinated)\b",
    "birth": r"\b(?:was|were) born\b",
    "deployment": r"\b(?:deploy(?:ed|s)|deployment|sent (?:[\w,-]+ ){0,4}(?:troops|soldiers|peacekeepers))\b",
    # troops that leave are a movement, not a state leaving a body: "Russian border guards have withdrawn from their positions"
    "pullback": r"\b(?:troops|forces|soldiers|guards|peacekeepers|contingents?)\b[^.;,]{0,25}?\b(?:have |has |had |are |were |is |was )?"
                r"(?:withdrawn|withdrew|pulled out|left|due to leave|began leaving)\b",
    "application": r"\b(?:applied|applications?|asked to (?:re)?join)\b",
    "meeting": r"\b(?:(?:hold|holds|held|convene[sd]?)\b[^.;]{0,30}\b(?:summit|meeting)|(?:summit|meeting)\s+(?:would|will) be held|(?:are|is) (?:next )?due to meet"
               r"|met (?:in|at)|(?:will|next) meet|meet again|meets? (?:in|on|at|next)|convenes? (?:in|on|at|next)|session opens)\b",
    "deal": r"\b(?:sold|bought|acquired|took over (?:the )?(?:company|firm|chain|stores?|operations?)|merged with)\b",
    "detention": r"\b(?:jailed|imprisoned|detained|freed|released from (?:prison|jail|custody))\b",
    "health": r"\b(?:hospitali[sz]ed|was admitted to (?:a |the )?hospital|evacuated to|tested positive|fell ill|was taken ill|underwent (?:surgery|an? operation))\b",
    "funeral": r"\b(?:funeral|cremated|buried|laid to rest)\b",
    "award": r"\b(?:was awarded|received the (?:[\w'’-]+ ){0,4}(?:award|prize|medal)|won the (?:[\w'’-]+ ){0,4}(?:award|prize))\b",
    "closure": r"\b(?:dissolved|shut down|closed (?:down )?(?:its|the|their)|went off the air|taken off the air|ordered (?:\w+ ){0,3}off the air)\b",
}
#: A body's founding, an agreement of its founders when the body has members: "was founded in 2001 by",
#: "Founded in 1945, the league", "founded NATO in 1949", "founding members of the WTO in 1995".
_FOUNDING = re.compile(r"\b(?:was|were) (?:co-)?(?:founded|created|set up|established|formed|launched)\b(?! (?:to|as|under)\b)|\bFounded in\b"
                       r"|(?<=, )(?:co-)?(?:founded|formed|created|set up|established|launched) (?:in \d{4}|by)\b|\b(?:co-)?founded (?:the )?(?-i:[A-Z])"
                       r"|\b(?:helped|help) (?:to )?(?:found|create|set up)\b|\bfound(?:ing members?|ers) (?:of (?:the )?[^.;,]{2,60}? )?in (?:\w+ )?\d{4}\b", re.I)
EVENT_TRIGGERS: list[tuple[str, re.Pattern]] = [(kind, re.compile(pattern, re.I)) for kind, pattern in [
    ("attack", r"\b(?:attack(?:s|ed)?|assault|offensive|invasion|invaded?|invading|air ?strikes?|drone strikes?|shelling|shelled|bombing|bombed|(?:fought|waged)\b[^.;]{0,30}\bwars?|war with"
               r"|(?:troops|forces|soldiers|tanks)\b[^.;]{0,20}?\b(?:crossed|poured|rolled|stormed) into|fired on|opened fire|(?:the |a )?(?:civil )?war (?:broke out|erupted))\b"),
    ("military_exercise", r"\b(?:military|joint|naval|air|army|combat|live-fire|nuclear|tactical|command-staff|peacekeeping|war|defen[cs]e|missile|border)\s+(?:[\w-]+\s+)?(?:exercises?|drills?|manoeuvres|maneuvers)\b"
                          r"|\bwar games\b|\b(?:host|hold|held|conduct|stage|staged|join|joined|take part in|took part in)\w*\s+(?:[\w-]+\s+){0,4}?(?:exercises?|drills?|manoeuvres|maneuvers)\b"),
    ("agreement", r"\b(?:signed|signing|agreed|struck|reached|concluded|inked|brokered|sponsored|mediated)\b[^.;]{0,40}\b(?:agreement|treaty|accord|deal|pact|ceasefire|truce|memorandum|statute|convention|protocol)s?\b"
                  r"|\b(?:formed|founded|established|set up|created)\b[^.;]{0,40}?\b(?:alliance|pact|union|bloc|confederation|federation|coalition)\b"
                  r"|\b(?:agreed|signed) (?:to|on|with)\b(?! (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d))|\b(?:ceasefire|truce|peace) (?:agreement|deal|accord|took effect|began|was agreed|was signed)\b|\bagreement to\b"
                  r"|\bentered into (?:an? |the )?(?:\w+ )?(?:agreement|deal|accord|pact)\b|\b(?:agreement|deal|accord|treaty|ceasefire|truce) (?:has|had)? ?(?:been |was |were )?(?:reached|signed|struck|concluded)\b"
                  r"|\b(?:signed|adopted|unveiled|issued|endorsed) (?:an? |the |their |its )?(?:[\w'’-]+ ){0,4}?(?:declaration|charter)\b|\b(?:with an?|in (?:its|their|the|a)) (?:\w+ )?declaration\b"
                  r"|" + _FOUNDING.pattern),
    ("withdrawal", r"\b(?:withdr[ae]w|withdrawing|withdrawn|pull(?:ed|s|ing)? out)\b[^.;]{0,30}\b(?:troops|forces|soldiers|personnel)\b"
                   r"|\b(?:announced|ordered|began|completed|started) (?:an? |the |its |their )?(?:\w+ ){0,2}?(?:withdrawal|pull-?out)\b"),
    ("protest", r"\b(?:protests?|protesters|protested|demonstrators|demonstrations?|rall(?:y|ied|ies)|marched)\b"),
    ("announcement", r"\b(?:announc(?:e|ed|es|ement)|unveil(?:ed|s)?|declared|revealed|delayed|postponed|launched|claim(?:ed|s|ing)? responsibility|claimed by"
                     r"|(?:abandoned|dropped|withdrew|shelved|gave up) (?:its|their|the|a) (?:[\w-]+ )?(?:bid|application|candidacy)"
                     r"|suspended|froze|halted|paused|scrapped|barred|censured?)\b"),
    ("other", "|".join(rf"(?P<{name}>{pattern})" for name, pattern in OTHER_HAPPENINGS.items())),
    ("statement", r"\b(?:said|says|stated|told|warn(?:ed|s)|condemn(?:ed|s)|critici[sz](?:ed|es)|accus(?:ed|es)|denie[ds]|reject(?:ed|s)"
                  r"|insist(?:ed|s)|urg(?:ed|es)|called|thank(?:ed|s)|welcom(?:ed|es)|prais(?:ed|es)|oppos(?:ed|es)|blam(?:ed|es)"
                  r"|claim(?:ed|s)(?! responsibility| by)|tweeted|posted|argu(?:ed|es)|regretted|suggest(?:ed|s)|mentioned|confirm(?:ed|s)"
                  r"|vow(?:ed|s)|alleg(?:ed|es)|cited|hinted|stressed|noted|emphasi[sz]ed|expressed|wrote|defended|cautioned|demanded"
                  r"|comment(?:ed|s)|respond(?:ed|s)|repl(?:ied|ies)|acknowledg(?:ed|es)|explain(?:ed|s)|pointed out|added"
                  r"|raised (?:the )?(?:possibility|prospect|question|concerns?))\b"),
]]
#: Event kinds named by a noun that, once the article has reported one, a definite mention
#: recalls instead of reporting anew: "blaming Iran for the attacks", "the drills ended"
#: (a verb recalls nothing: "its parliament voted" reports a vote).
RECALLED = {"attack", "military_exercise", "protest", "other", "announcement"}
_RECALL = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Ss]uch)\s+(?:[a-z][\w'’-]*\s+){0,2}$")
#: What an announcement recalls rather than reports: "unveiled this decision", "announced the move".
_DECISION = re.compile(r"\s+(?:this|that|the|its|his|her|their)\s+(?:decision|move|step|plan|plans|intention)\b", re.I)
#: Candidacy as a standing rather than a step: "also hold candidate status".
_CANDIDATE = re.compile(r"\b(?:holds?|has|have|had|with) (?:official )?candidate status|\b(?:is|are) (?:an? )?(?:official )?candidates?\b", re.I)
#: Remarks made at an occasion the article reports ("said at the ceremony", "told reporters after the
#: meeting", "told the leaders"): part of that happening, not a statement of their own.
_AT_OCCASION = re.compile(r"\b(?:(?:said|told [\w ]{0,20}?|spoke|speaking|read out)\s+(?:at|after|during|before|on the sidelines of)\s+(?:the|this|that|its|a)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:ceremony|signing|summit|meeting|session|talks|handover|conference|gathering|vote)"
                          r"|told (?:the|fellow) (?:leaders|summit|delegates|ministers|assembly|heads of state)|as (?:he|she) (?:received|signed|handed))\b", re.I)
#: A private person set off with an age, as reporters introduce a passer-by: ", 52, a jeepney driver", "a 24-year-old student".
_VOX_POP = re.compile(r", \d{1,3}, (?:a|an)\b|\ban? \d{1,3}-year-old\b")
#: A negation right before a trigger: what did not happen is no event.
_NEGATED = re.compile(r"(?:\b(?:not|never)|n[’']t)(?:\s+\w+)?\s+$", re.I)
#: An aside opened after a state and still open: "⟨S0⟩, admitted with " (not a list, "⟨S0⟩, and", nor a
#: state likened to it, "⟨S0⟩, like ⟨S1⟩, is a member").
_ASIDE_OPENED = re.compile(r"⟨S(\d+)⟩,\s+(?!(?:and|or|as well as|but|like|as|along with|alongside|together with)\b)[^,;.⟨⟩]*$")
#: A date phrase after a body: "joined ⟨O0⟩ in 1999 and ⟨O1⟩ in 2004".
_WHEN = r"(?:\s+(?:in|on|since)\s+[^,;.⟨⟩]{1,25}?)?"
#: Bodies coordinated with the one a statement ends on: "joined the ⟨O0⟩ and ⟨O1⟩ in 2004",
#: "a member of ⟨O0⟩ (⟨O1⟩), ⟨O2⟩ and the ⟨O3⟩"; an acronym in brackets restates its body.
_ORGS_AFTER = re.compile(rf"(?:\s*\(⟨O\d+⟩\))?(?:{_WHEN}(?:\s*,\s*(?:and\s+)?|\s*,?\s*(?:and|as well as)\s+)(?:to\s+)?{_THE}(?:\w+-\w+\s+)?⟨O\d+⟩(?:\s*\(⟨O\d+⟩\))?)+{_WHEN}{_OBJECT_END}")
_ORG_MARK = re.compile(r"(?<!\()⟨O(\d+)⟩")  # a body's placeholder, not an acronym restating the one before
#: A second change of membership its subject makes in the same sentence: "..., and became a member of ⟨O1⟩ in 2015",
#: "joined ⟨O0⟩ in 1973 and left in 1992" (the same body).
_LEAVING_VERBS = {"left", "quit", "withdrew from", "pulled out of", "withdrew", "pulled out"}
_AND_THEN = re.compile(rf"{_WHEN},?\s+and\s+(?:(?:has|had|then|later|also|eventually)\s+)*"
                       rf"(?:(?P<verb>joined|rejoined|became an? (?:full )?member of|left|quit|withdrew from|pulled out of)\s+{_THE}⟨O(?P<o>\d+)⟩{_WHEN}{_OBJECT_END}"
                       rf"|(?P<bare>left|quit|withdrew|pulled out|rejoined|returned|came back)(?= in \d{{4}}\b))", re.I)
#: A verb that takes a membership change as its aim: "voted (on Tuesday) to withdraw".
_TO_CHANGE = re.compile(r"[^.;,]{0,30}?\bto (?:withdraw|leave|quit|exit|join|accede)\b", re.I)
#: A headline or subheading: a line that ends without a full stop.
_HEADING = re.compile(r"[^.!?\"”’)\s]\s*\n\s*$")
#: Membership statuses and the events their statements report.
EVENT_OF_STATUS = {"left": "withdrawal", "leaving": "withdrawal", "joined": "accession", "joining": "accession", "suspended": "announcement", "frozen": "announcement"}


@dataclass
class _Masked:
    """A sentence with its state and organisation mentions replaced by placeholders.

    ``states`` and ``orgs`` hold the entity key of each placeholder; ``topic`` is the
    organisation a statement without one is about (the one named most so far).
    """

    sentence: DocSpan
    text: str
    states: list[str]
    orgs: list[str]
    topic: str | None
    shifts: tuple[tuple[int, int], ...] = ()  # (masked offset, document offset) after each placeholder
    heading: bool = False  # a headline or subheading: it sums up what the body reports
    heads: frozenset[int] = frozenset()  # the ⟨S#⟩ that are a head of state's name, not the state's

    def source_at(self, at: int) -> int:
        """The document offset of masked offset ``at`` (a placeholder's own start, inside it)."""
        base, source = 0, self.sentence.start_char
        for masked, doc in self.shifts:
            if masked > at:
                break
            base, source = masked, doc
        return source + at - base


#: An organisation key whose name says it spans states ("the International Centre for Settlement of
#: Investment Disputes"): one the reference does not know may still be a story's topic body.
_INTERNATIONAL = re.compile(r"^org/(?:[a-z-]*-)?(?:international|intergovernmental|multinational|world|global|regional)-")


class _Discourse:
    """What earlier sentences named, for "the alliance" and "the country"."""

    def __init__(self, reference: Reference, orgs: list[str] | None = None):
        self.reference = reference
        self.orgs: list[str] = orgs or []  # organisations in order of mention
        self.previous_orgs: list[str] = []  # those the sentence before named
        self.first_state: str | None = None  # the first state of the previous sentence
        self.groups: dict[int, tuple[str, ...]] = {}  # the last group of each size of states named together
        self.last_group: int | None = None  # the size of the group named last

    def org_named(self, head: str, named_before: list[str], modifier: str | None = None) -> str | None:
        """The body "the <head>" refers to by its own name's head word ("the council" for the UN Human
        Rights Council, "the Eurasian union" for the Eurasian Economic Union, whose name holds the modifier
        too): of those named so far, the one named most often, the latest on a tie."""
        named = Counter(self.orgs + named_before)
        name = lambda k: self.reference.get(k).name if self.reference.get(k) else k[4:].replace("-", " ").title()
        fitting = [k for k in named if org_head(name(k)) == head and (modifier is None or modifier in name(k).split())]
        return max(reversed(fitting), key=named.get) if fitting else None

    def org_for(self, word: str, named_before: list[str], unlike: frozenset[str] = frozenset(), latest: bool = False) -> str | None:
        """The organisation "the <word>" refers to: of those whose kind fits the word, the
        last its own sentence names before it ("Angola quit OPEC, five years after Qatar
        left the group"), or, where no fitting one is that near or named more, the body its own
        sentence names ("quit the G5 Sahel, leaving ⟨S0⟩ in the alliance"), else the only one the sentence before named ("ECOWAS has gone
        further. Among the bloc's members ..."), else the one named most often (the
        article's subject), the latest on a tie; never one ``unlike`` ("the non-OPEC producers that belong to the group")."""
        candidates = [k for k in self.orgs + named_before if self.reference.get(k) and self.reference.get(k).is_member_body and k not in unlike]
        fitting = [k for k in candidates if self.reference.get(k).fits(word)]
        named = Counter(k for k in self.orgs + named_before if k not in unlike)
        top = max(reversed(list(named)), key=named.get) if named else None
        known_most = max((named[k] for k in candidates), default=0)
        if not fitting and top and self.reference.get(top) is None and (
                (word and named[top] > known_most)  # "the pact" in a story about a body the reference does not know, named more than any it knows
                or (not word and named[top] >= known_most and _INTERNATIONAL.search(top))):  # the topic: such a body whose name spans states
            return top
        own = [k for k in candidates if k in named_before]
        if word and own and not any(k in named_before or k in self.previous_orgs or named[k] > named[own[-1]] for k in fitting):
            return own[-1]  # "pulled out of the G5 Sahel, leaving ⟨S0⟩ ... in the counter-terrorism alliance": its own sentence's body
        fitting = fitting or candidates
        if not fitting:
            return None
        if word and fitting[-1] in named_before:
            return fitting[-1]
        recent = [k for k in fitting if k in self.previous_orgs]
        if word and (len(set(recent)) == 1 or (latest and recent)):
            return max(recent, key=lambda k: max(i for i, o in enumerate(self.previous_orgs) if o == k))  # "that alliance": the fitting body named last
        counts = Counter(fitting)
        return max(reversed(fitting), key=lambda k: counts[k])


def extract(article: Article, doc: Doc, reference: Reference | None = None) -> Facts:
    """All facts the article body states; boilerplate yields none."""
    reference = reference or load_reference()
    in_body, ents, role_facts, bodies, masked, topic_org = _read(article, doc, reference)
    memberships, steps = _memberships(masked, doc.text, reference)
    leaderships = _leaderships(masked, doc.text)
    memberships = tuple(sorted(memberships + _learned_memberships(masked, memberships, leaderships, doc.text, reference), key=_in_text_order))
    owners = {r.person: r.of for r in role_facts if r.of and r.of.startswith("state/")} | bodies
    media = {key for key, entity in reference.entities.items() if entity.org_kind in OUTLET_KINDS} | {
        e._.key for e in ents if e.label_ == "ORG" and "news media" in (e._.org_kind, org_kind_from_name(e.text))}  # "the Moscow Times"
    events = _events(masked, doc.text, memberships + steps, owners, media, reference, topic_org)
    quotes = _quotes(doc, in_body)
    entities = _entities(ents, role_facts, memberships, leaderships, events, quotes, reference)
    return Facts(
        source=article.source,
        entities=entities,
        memberships=memberships,
        leaderships=leaderships,
        roles=role_facts,
        events=events,
        quotes=quotes,
        boilerplate=article.boilerplate,
    )


def _read(article: Article, doc: Doc, reference: Reference):
    """The body's filter, entity mentions and roles, the state bodies that act for their
    state, its sentences masked, and the organisation it is about."""
    in_body = _body_filter(article)
    # a line without a full stop (a headline) keeps the line break after it: not part of the sentence
    sentences = [s for s in doc.sents if s.text.strip() and in_body(s.start_char, s.start_char + len(s.text.rstrip()))]
    ents = [e for e in doc.ents if e._.key and in_body(e.start_char, e.end_char)]
    roles = [r for r in doc.spans.get("roles", []) if in_body(r.start_char, r.end_char)]
    first_state = next((e._.key for e in ents if e.label_ in ("GPE", "NORP") and e._.key.startswith("state/")), None)
    topic_org = _Discourse(reference, [e._.key for e in ents if e.label_ == "ORG"]).org_for("", [])
    role_facts = _roles(roles, doc.text, reference, first_state, topic_org)
    # a state's own bodies act for it as its leaders do: "Moldova's parliament approved a bill to withdraw the country"
    bodies = {e._.key: e._.body_of for e in ents if e._.body_of}
    heads = {r.person: r.of for r in role_facts if r.title in HEAD_TITLES and r.of and r.of.startswith("state/")} | bodies
    discourse = _Discourse(reference)
    return in_body, ents, role_facts, bodies, [_mask(s, ents, heads, discourse) for s in sentences], topic_org


def membership_pairs(article: Article, doc: Doc, reference: Reference) -> tuple[list[tuple[str, str, str, Pair]], set[tuple[str, str]]]:
    """What ``training/memberships.py`` labels from the gold files: each (state, body,
    sentence, pair) the membership model may judge in an article, and the (state, body)
    pairs the statement forms found there."""
    *_, masked, _ = _read(article, doc, reference)
    memberships, _ = _memberships(masked, doc.text, reference)
    found = {(m.member, m.organization) for m in memberships}
    return [(state, body, sentence.sentence.text, pair) for state, body, sentence, pair in _pairs(masked, found, reference)], found


#: A body's members named as such: "⟨O0⟩ member states", "the ⟨O0⟩'s members".
_MEMBERS_OF = re.compile(r"⟨O(\d+)⟩\)?(?:'s|’s)? (?:member|members|member states|member countries)\b")
#: Words that set states outside a body: a sentence with one is the statement forms' to read.
_OUTSIDERS = re.compile(r"\b(?:non-?members?|outside|observers?|partners?|guests?|invit\w+|associates?|candidates?)\b", re.I)
#: Words that say what a sentence naming no body says is membership: "Its members - ⟨S0⟩, ⟨S1⟩ ... -", "⟨S2⟩ came in 22 years later".
_MEMBERSHIP_CUE = re.compile(r"\b(?:members?|membership|join(?:s|ed|ing)?|rejoin\w*|found(?:ed|ers?|ing)|belong\w*|"
                             r"brings? together|seats?|parties|ratif\w+|accession|admitted|signed up|came in|left|quit|withdr\w+|return\w*|"
                             r"appli(?:ed|es|cations?)|applying|brought in|let in|come in)\b", re.I)
#: Nouns a state named after them may be a member as: "members such as ⟨S0⟩", "the founders, ⟨S1⟩ and ⟨S2⟩"; a
#: state after another noun is a circumstance ("its war with ⟨S0⟩", "the forum of ⟨S1⟩").
_MEMBERS_NOUNS = frozenset("members member founders states countries nations governments economies participants signatories parties".split())
#: Words that leave the states after them out of what the sentence says: "Apart from ⟨S0⟩ and ⟨S1⟩, the G7 is ...".
_EXCEPT = re.compile(r"\b(?:apart from|aside from|except(?: for)?|unlike|other than|excluding|without|save for)\s+(?:the\s+)?(?:⟨S\d+⟩(?:,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?)*$", re.I)


def _pairs(sentences: list[_Masked], found_pairs: set[tuple[str, str]], reference: Reference):
    """Every state and body one sentence names together where the model may judge them, and
    each state with the article's topic body in a sentence that names none but speaks of
    membership, as (state, body, masked sentence, :class:`Pair`). A linear model cannot tell what a
    negation or a hedge governs, so a sentence with one, or with outsiders ("observers",
    "partners"), is left to the statement forms; so is a state :func:`_judged` leaves out.
    ``found_pairs`` are the (state, body) pairs the statement forms found in the article."""
    named = Counter(o for masked in sentences for o in masked.orgs if o.startswith("org/"))
    topics = {body for body, n in named.items() if n >= 3 and reference.get(body) is not None and reference.get(body).is_member_body}
    for masked in sentences:
        if masked.heading or not masked.states or _DENIAL.search(masked.text) or _HEDGE.search(masked.text) or _OUTSIDERS.search(masked.text):
            continue
        placeholders = {body: tuple(i for i, o in enumerate(masked.orgs) if o == body) for body in masked.orgs if body.startswith("org/")}
        if not placeholders and masked.topic in topics and _MEMBERSHIP_CUE.search(masked.text):
            placeholders = {masked.topic: ()}  # "Its members - ⟨S0⟩, ⟨S1⟩ ... - were joined by ⟨S2⟩": the article's topic body
        body_roles = {body: _role_in_parse(masked, f"⟨O{at[0]}⟩") if at else None for body, at in placeholders.items()}
        for index, state in enumerate(masked.states):
            state_role = _role_in_parse(masked, f"⟨S{index}⟩")
            if not state.startswith("state/") or not _judged(masked, index, state_role):
                continue
            for body, at in placeholders.items():
                entity = reference.get(body)
                yield state, body, masked, Pair(
                    masked.text, index, at, states=len(masked.states), body_kinds=len(set(masked.orgs)),
                    head=index in masked.heads, kind=entity.org_kind if entity else None,
                    member_body=bool(entity and entity.is_member_body), found=len(found_pairs),
                    found_for_body=sum(o == body for _, o in found_pairs),
                    found_beside=sum(1 for other in set(masked.states) if other != state and (other, body) in found_pairs),
                    found_for_state=sum(1 for s, o in found_pairs if s == state and o != body),
                    state_role=state_role, body_role=body_roles[body], implied=not at)


def _judged(masked: _Masked, index: int, role: tuple[str, str] | None) -> bool:
    """Whether the model may judge the state at ``⟨S{index}⟩``: not without a parse
    (``--no-model``), not an object or a verb's prepositional phrase ("condemned Russia",
    "met with Japan"), not a noun's unless the noun names members ("its war with Ethiopia",
    but "members such as Denmark"), and not set apart ("Apart from Russia, the G7 is ...").
    Held out batch by batch, such states were members about as often as not."""
    if role is None:
        return False
    dep, head = role
    if dep in ("obj", "dobj", "obl", "obl:agent") or (dep == "nmod" and head not in _MEMBERS_NOUNS):
        return False
    return not _EXCEPT.search(masked.text, 0, masked.text.find(f"⟨S{index}⟩"))


def _role_in_parse(masked: _Masked, placeholder: str) -> tuple[str, str] | None:
    """How the parse attaches a placeholder's mention: its dependency and the word it hangs
    on, read from the first name of a list it opens ("Turkey and Greece" as the object of
    "includes"); None when the document was not parsed."""
    at = masked.text.find(placeholder)
    if at < 0 or not masked.sentence.doc.has_annotation("DEP"):
        return None
    start = masked.source_at(at)
    mention = next((e for e in masked.sentence.ents if e.start_char == start), None)
    token = mention.root if mention is not None else next((t for t in masked.sentence if t.idx >= start), None)
    if token is None:
        return None
    while token.dep_ in ("conj", "appos") and token.head is not token:
        token = token.head
    return token.dep_, "ROOT" if token.head is token else token.head.lower_


def _learned_memberships(sentences: list[_Masked], found: tuple[Membership, ...], leaderships: tuple[Leadership, ...], text: str,
                         reference: Reference) -> tuple[Membership, ...]:
    """The pairs the membership model is sure of where no statement form gave a status, each
    with its most likely status and the sentence it is surest in as evidence. A state the
    article names as a body's leader ("a military alliance headed by Russia") is its leader,
    not a member the article states."""
    model = shipped_model()
    known = {(m.member, m.organization) for m in found}
    led = {(l.leader, l.organization) for l in leaderships}
    best: dict[tuple[str, str], tuple[float, _Masked, Pair]] = {}
    for state, body, masked, pair in _pairs(sentences, known, reference):
        if (state, body) in known or (state, body) in led:
            continue
        probability = model.probability(pair)
        if probability > model.threshold and probability > best.get((state, body), (0.0,))[0]:
            best[(state, body)] = (probability, masked, pair)
    return tuple(Membership(state, body, model.status(pair), _evidence(masked, text), confidence=round(probability, 3))
                 for (state, body), (probability, masked, pair) in best.items())


def _body_filter(article: Article):
    ranges = [(s.start, s.end) for s in article.body]

    def in_body(start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in ranges)

    return in_body


def _mask(sentence: DocSpan, ents: list[DocSpan], heads: dict[str, str], discourse: _Discourse) -> _Masked:
    """Replace state and organisation mentions by ⟨S#⟩ and ⟨O#⟩. The head of a state's
    government, and its parliament and ministries, count as the state ("Pashinyan announced his
    intention to withdraw ...", "Moldova's parliament approved a bill to withdraw the country"); a
    company or an outlet is left as it is written, since it has no members;
    "the alliance" as the organisation it refers back to (:meth:`_Discourse.org_for`),
    "the country" as the state the sentence, or the one before, is first about, and "the
    three governments" as the last three states named together ("⟨S0⟩, ⟨S1⟩ and ⟨S2⟩")."""
    text = sentence.doc.text
    marks: list[tuple[int, int, str, str]] = []  # (start, end, "S"|"H"|"O"|"G", key); "H", a head of state for the state
    for ent in (e for e in ents if e.start >= sentence.start and e.end <= sentence.end):
        key = ent._.key
        if ent.label_ == "GPE" and key.startswith("state/"):
            marks.append((ent.start_char, ent.end_char, "S", key))
        elif key in heads:
            marks.append((ent.start_char, ent.end_char, "H", heads[key]))
        elif key.startswith("org/") and ent._.org_kind not in (*OUTLET_KINDS, *STATELESS_KINDS) and not _is_set_apart(text, ent):  # a company has no members
            marks.append((ent.start_char, ent.end_char, "O", key))
    taken = [(m[0], m[1]) for m in marks]
    body = text[sentence.start_char:sentence.end_char]
    unlike = frozenset(e._.key for e in ents if e.start >= sentence.start and e.end <= sentence.end and e._.key.startswith("org/")
                       and _is_set_apart(text, e))
    for pattern, kind in ((_ORG_ANAPHOR, "O"), (_HEAD_ANAPHOR, "N"), (_STATE_ANAPHOR, "S")):
        for match in pattern.finditer(body):
            start, end = sentence.start_char + match.start(), sentence.start_char + match.end()
            if any(s < end and start < e for s, e in taken):
                continue
            before = [m[3] for m in sorted(marks) if m[1] <= start]
            if kind == "O":
                key = discourse.org_for(match.group(1), [k for k in before if k.startswith("org/")], unlike,
                                        latest=match.group(0)[:4].lower() in ("that", "this"))
            elif kind == "N":
                head = (match.group(1) or match.group(3)).lower()
                key, kind = discourse.org_named(head, [k for k in before if k.startswith("org/")], match.group("modifier")), "O"
            else:
                key = next((k for k in before if k.startswith("state/")), None) or discourse.first_state
            if key:
                marks.append((start, end, kind, key))
                taken.append((start, end))
    for it in _IT_CHANGES_MEMBERSHIP.finditer(body):  # "Russia chaired the council until May. It quit the Barents Euro-Arctic Council": a state
        group = 1 if it.group(1) else 2
        start, end = sentence.start_char + it.start(group), sentence.start_char + it.end(group)
        subject = next((m[3] for m in sorted(marks) if m[2] == "S" and m[1] <= start), None) if group == 2 else None
        if (subject or discourse.first_state) and not any(s < end and start < e for s, e in taken):  # ", and it joined": the sentence's subject
            marks.append((start, end, "S", subject or discourse.first_state))
            taken.append((start, end))
    for match in _GROUP_ANAPHOR.finditer(body):
        start, end = sentence.start_char + match.start(), sentence.start_char + match.end()
        if match.group("all"):  # "All of them belong to the Lima Group": the last group, whatever its size
            size = discourse.last_group
        else:
            number = match.group(1) or match.group(2) or "two"  # "Both" alone
            size = NUMBERS.get(number.lower()) or int(number)
        if size in discourse.groups and not any(s < end and start < e for s, e in taken):
            marks.append((start, end, "G", discourse.groups[size]))
    marks.sort()
    topic = discourse.org_for("", [])
    states, orgs, pieces, cursor, shifts, length, people = [], [], [], sentence.start_char, [], 0, set()
    for start, end, kind, key in marks:
        pieces.append(text[cursor:start])
        length += start - cursor
        shifts.append((length, start))
        if kind == "G":  # the group, spelt out as the states it stands for
            *most, last = [f"⟨S{len(states) + i}⟩" for i in range(len(key))]
            pieces.append(", ".join(most) + " and " + last)
            states += key
        else:
            bucket = orgs if kind == "O" else states
            if kind == "H":
                people.add(len(states))
            pieces.append(f"⟨{'O' if kind == 'O' else 'S'}{len(bucket)}⟩")
            bucket.append(key)
        length += len(pieces[-1])
        shifts.append((length, end))
        cursor = end
    pieces.append(text[cursor:sentence.end_char])
    masked = "".join(pieces)
    for group in _STATE_GROUP.finditer(masked):
        named = tuple(dict.fromkeys(states[int(i)] for i in re.findall(_S, group.group())))
        discourse.groups[len(named)] = named
        discourse.last_group = len(named)
    discourse.orgs += orgs
    discourse.previous_orgs = orgs
    discourse.first_state = states[0] if states else discourse.first_state
    return _Masked(sentence, masked, states, orgs, topic, tuple(shifts), bool(_HEADING.search(sentence.text)), frozenset(people))


def _kept_out(masked: _Masked, at: int, org: str) -> bool:
    """Whether the states listed right before masked offset ``at`` are said not to be in ``org``:
    "the rest - ⟨S0⟩ and ⟨S1⟩ - have kept out of it", "..., all stand outside ⟨O0⟩", but not
    "among them ⟨S0⟩ and ⟨S1⟩, remain outside ⟨O1⟩", another body than the list's."""
    kept_out = _KEPT_OUT.match(masked.text, at)
    return kept_out is not None and all(masked.orgs[int(o)] == org for o in re.findall(_O, masked.text[kept_out.end():kept_out.end() + 30]))


#: What sets a body apart from the one a statement is about: "the non-OPEC producers", "which unlike CELAC includes".
_SET_APART = re.compile(r"(?:\bnon-|\bunlike\s+(?:the\s+)?)$", re.I)


def _is_set_apart(text: str, ent: DocSpan) -> bool:
    """Whether a body is named only to be set apart: "the non-OPEC producers", "unlike CELAC" name no body."""
    return _SET_APART.search(text, max(0, ent.start_char - 12), ent.start_char) is not None


def _evidence(masked: _Masked, text: str) -> Span:
    return Span.of(text, masked.sentence.start_char, masked.sentence.end_char)


def _memberships(sentences: list[_Masked], text: str, reference: Reference) -> tuple[tuple[Membership, ...], tuple[Membership, ...]]:
    """The membership of each state in each organisation, with the status of highest
    precedence, and the earlier accessions or withdrawals the body reports that are another
    kind of event than that status ("⟨S0⟩, which joined in 1996," of a state that has now left).
    Suspensions and freezes are left to the triggers, which report them as announcements. A
    statement that names no organisation is about the one body its sentence names (an armed
    group in "suspended since the Taliban took over" is none), else the article's topic."""
    found: dict[tuple[str, str], Membership] = {}
    offered: list[Membership] = []

    def offer(member: str, org: str | None, status: str, evidence: Span, date: str | None, heading: bool) -> None:
        if not member.startswith("state/") or org is None:
            return
        if not heading:
            offered.append(Membership(member, org, status, evidence, date))
        current = found.get((member, org))
        if current is None or (_supersedes(status, date, current) and not heading):
            found[(member, org)] = Membership(member, org, status, evidence, date)

    said_before: list[tuple[str, str, str | None]] = []  # the bodies, statuses and dates the sentence before gave its states
    for masked in sorted(sentences, key=lambda m: m.heading):  # a headline only adds what the body does not state
        evidence = _evidence(masked, text)
        so_do = _SO_DO.match(masked.text)
        for index in re.findall(_S, so_do.group(1)) if so_do else []:
            for body, step, when in said_before:
                offer(masked.states[int(index)], body, step, evidence, when, masked.heading)
        said_before = []
        for status, pattern, fewest in _STATEMENT_FORMS:
            for match in pattern.finditer(masked.text):
                if _SINGULAR_RELATIVE.match(masked.text, match.end("s")):  # "A, B and ⟨S2⟩, which became the seventh member": ⟨S2⟩ alone
                    members, start = [match.group("s")], match.start("s") - 2
                else:
                    members, start = _coordinated(masked.text, match.start("s") - 2, match.group("s"),
                                                  appositive=match.start("s") - 2 == match.start() and masked.text.startswith(",", match.end("s") + 1))
                if members == [match.group("s")] and re.match(r"\s+[^,]+,", masked.text[match.end("s") + 1:match.end()]) and (
                        holder := _ASIDE_OPENED.search(masked.text, 0, match.start("s") - 2)):
                    members = [holder.group(1)]  # "⟨S0⟩, admitted with ⟨S1⟩ at the 2022 summit, has been suspended": ⟨S0⟩
                start = min(start, match.start())
                if _governed(_DENIAL, masked.text, start, match.end(), after=_REJECTION) or (
                        status != "member" and _governed(_HEDGE, masked.text, start, match.end(), after=_CONDITION)):
                    continue
                named = match.groupdict().get("o")
                bodies = [o for o in masked.orgs if reference.get(o) is None or reference.get(o).is_member_body]
                if named is None:  # the one body of its clause: "it is one of four members of ⟨O0⟩; ⟨S0⟩ and ⟨S1⟩ both applied for membership"
                    end_clause = masked.text.find(";", match.end())
                    clause = masked.text[masked.text.rfind(";", 0, match.start()) + 1:end_clause if end_clause >= 0 else None]
                    in_clause = [masked.orgs[int(o)] for o in re.findall(_O, clause) if masked.orgs[int(o)] in bodies]
                    org = in_clause[0] if len(in_clause) == 1 else masked.topic
                else:
                    org = masked.orgs[int(named)]
                ends_on_body = named is not None and match.end("o") + 1 == match.end()
                also = _ORGS_AFTER.match(masked.text, match.end()) if ends_on_body else None
                coordinated = [(masked.orgs[int(o.group(1))], o.end()) for o in _ORG_MARK.finditer(masked.text, match.end(), also.end())
                               if masked.orgs[int(o.group(1))] in bodies] if also else []
                tail = match.end()
                if match.end("s") + 1 == match.end():  # "talks with ⟨S0⟩ and ⟨S1⟩", "quit before: ⟨S0⟩, in 2017, and ⟨S1⟩"
                    listed = _LIST_AFTER.match(masked.text[match.end():]).group(0)
                    members += re.findall(_S, listed)
                    tail += len(listed)
                if _kept_out(masked, tail, org):
                    continue  # "The five Balkan participants, ⟨S0⟩, ..., all stand outside ⟨O0⟩"
                members += _alongside(masked.text[match.end():])
                if len({masked.states[int(i)] for i in members}) < fewest:
                    continue
                date = _clause_date(masked, start, match.end(), match.end("s"))
                dated = [(org, status, date)] + [(body, status, _date_right_after(masked, at) or date) for body, at in coordinated]
                then = _AND_THEN.match(masked.text, also.end() if also else match.end()) if ends_on_body else None
                if then and (then.group("bare") or masked.orgs[int(then.group("o"))] in bodies):  # "joined ⟨O0⟩ in 2011, and became a member of ⟨O1⟩ in 2015"
                    verb = (then.group("verb") or then.group("bare")).lower()
                    dated.append((masked.orgs[int(then.group("o"))] if then.group("o") else org, "left" if verb in _LEAVING_VERBS else "joined",
                                  _date_right_after(masked, then.end("o") + 1 if then.group("o") else then.end()) or date))
                for index in members:
                    for body, step, when in dated:
                        offer(masked.states[int(index)], body, step, evidence, when, masked.heading)
                said_before = dated
        for org_key, members in _member_lists(masked):
            for member in members:
                offer(member, org_key, "member", evidence, _date_near(masked.sentence, None), masked.heading)
        for members, org_key, status, at in _parsed_changes(masked.sentence, reference):
            for member in members:
                offer(member, org_key, status, evidence, _date_near(masked.sentence, at), masked.heading)
    for masked in sentences:  # last, and only where no statement gave the pair a status
        if masked.heading or not _MEMBER_WORD.search(masked.text) or _NOT_A_MEMBER.search(masked.text):
            continue
        bodies = {o for o in masked.orgs if reference.get(o) is not None and reference.get(o).is_member_body}
        members_of = {masked.orgs[int(i)] for i in _MEMBERS_OF.findall(masked.text)}
        for chain in _STATE_CHAIN.finditer(masked.text):
            if _NOT_SUBJECT_BEFORE.search(masked.text, 0, chain.start()) or _NOT_SUBJECT_AFTER.match(masked.text, chain.end()):
                continue  # "met with ⟨S0⟩ and ⟨S1⟩", "⟨S1⟩'s capital", "⟨S2⟩ President Trump called for NATO members to"
            for index in re.findall(_S, chain.group()):
                member = masked.states[int(index)]
                # of several bodies, the one whose members the sentence names, where a form read the state's place in the
                # others: "Leaders of ⟨AU⟩ member states met, where ⟨Nigeria⟩ signed the ⟨AfCFTA⟩ agreement"
                named = [o for o in bodies & members_of if all(
                    (m := found.get((member, other))) is not None and m.evidence.start == masked.sentence.start_char for other in bodies - {o})]
                org = next(iter(bodies)) if len(bodies) == 1 else named[0] if len(named) == 1 else (masked.topic if not bodies else None)
                if org and (member, org) not in found and member.startswith("state/") and int(index) not in masked.heads:
                    found[(member, org)] = Membership(member, org, "member", _evidence(masked, text), None)
    steps: dict[tuple, Membership] = {}
    for m in offered:
        kind = EVENT_OF_STATUS.get(m.status)
        current = found[(m.member, m.organization)]
        if kind in ("withdrawal", "accession") and (kind != EVENT_OF_STATUS.get(current.status)  # "⟨S0⟩, which joined in 1996," and has left
                                                     or (m.date and current.date and m.date[:4] != current.date[:4])):  # quit in 2007, leaving again now
            steps.setdefault((m.member, m.organization, kind, m.date and m.date[:4]), m)
    return tuple(sorted(found.values(), key=_in_text_order)), tuple(sorted(steps.values(), key=_in_text_order))


def _in_text_order(m: Membership) -> tuple:
    return m.evidence.start, m.member, m.organization


def _supersedes(status: str, date: str | None, current: Membership) -> bool:
    """Whether a statement of ``status`` on ``date`` replaces the ``current`` one: the later of
    two dated statements ("suspended in November 2011", then readmitted on Sunday), else the
    status of higher precedence ("left" over "member")."""
    if date and current.date and not date.startswith(current.date) and not current.date.startswith(date):
        return date > current.date
    return PRECEDENCE.index(status) < PRECEDENCE.index(current.status)


#: Verbs whose subject changes its membership of their object, by form: a past form has
#: changed it, a base form after "will", "would" or "to" is about to.
CHANGE_VERBS = {
    "joined": "joined", "rejoined": "joined", "entered": "joined", "join": "joining", "rejoin": "joining", "enter": "joining",
    "left": "left", "quit": "left", "exited": "left", "abandoned": "left", "withdrew": "left", "walked": "left",
    "leave": "leaving", "exit": "leaving", "withdraw": "leaving", "abandon": "leaving", "leaving": "leaving", "quitting": "leaving",
}
_AHEAD = {"join": "joining", "rejoin": "joining", "enter": "joining", "quit": "leaving", "left": "leaving", "leave": "leaving",
          "exit": "leaving", "withdraw": "leaving", "abandon": "leaving", "walk": "leaving"}
_MODAL_HEDGES = {"may", "might", "could", "should", "can"}


def _parsed_changes(sentence: DocSpan, reference: Reference) -> list[tuple[list[str], str, str, int]]:
    """Membership changes the dependency parse shows, whatever stands between subject and verb
    ("Sweden, after two years of wrangling with Turkey and Hungary, joined NATO"): a change
    verb whose subject is a state (with the states conjoined to it) and whose object, or
    "from" phrase, is a body states belong to. A negated or hedged verb states nothing."""
    if not sentence.doc.has_annotation("DEP") or not any(t.lower_ in CHANGE_VERBS for t in sentence):
        return []
    keyed = {t.i: e for e in sentence.ents if e._.key for t in e}
    found = []
    for verb in sentence:
        if verb.lower_ not in CHANGE_VERBS or not verb.tag_.startswith("VB"):
            continue
        children = list(verb.children)
        if any(c.lower_ in {"not", "never", "n't", "no"} or c.lower_ in _MODAL_HEDGES for c in children):
            continue
        bodies = [keyed[t.i]._.key for c in children if c.dep_ in ("obj", "dobj", "obl")
                  and (c.dep_ != "obl" or any(k.lower_ in {"from", "of"} for k in c.children))
                  for t in (c, *c.conjuncts) if t.i in keyed and keyed[t.i].label_ == "ORG"]  # "joined both the EU and NATO"
        bodies = [o for o in dict.fromkeys(bodies) if reference.get(o) is not None and reference.get(o).is_member_body]
        if not bodies:
            continue
        subject = next((c for c in children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is None and verb.dep_ in ("xcomp", "conj"):
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in {"they", "it"} and verb.dep_ == "ccomp":
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "A and B said they would quit X"
        if subject is None:
            continue
        members = [keyed[t.i]._.key for t in (subject, *subject.conjuncts) if t.i in keyed and keyed[t.i].label_ == "GPE"
                   and keyed[t.i]._.key.startswith("state/")]
        ahead = any(c.lower_ in {"will", "would", "to", "'ll"} for c in children) or verb.dep_ == "xcomp"
        status = _AHEAD.get(verb.lower_, CHANGE_VERBS[verb.lower_]) if ahead else CHANGE_VERBS[verb.lower_]
        start, end = min(subject.idx, verb.idx) - sentence.start_char, verb.idx + len(verb) - sentence.start_char
        if _governed(_DENIAL, sentence.text, start, end, after=_REJECTION) or _governed(_HEDGE, sentence.text, start, end, after=_CONDITION):
            continue  # "officials denied that ⟨S⟩ would leave", "those who say ⟨S⟩ is leaving are wrong"
        if members and (ahead or verb.tag_ not in ("VB", "VBP")):  # a bare present ("Benin, Nigeria join ...") says not when
            found += [(list(dict.fromkeys(members)), org, status, verb.idx) for org in bodies]
    return found


def _clause_date(masked: _Masked, start: int, end: int, subject_end: int | None = None) -> str | None:
    """The date of the statement ``masked.text[start:end]``: the first its clause gives ("but
    ⟨S4⟩, which joined ⟨O0⟩ last year, moved faster"), else the sentence's first. A verb the
    statement reaches past a clause break is dated in its own clause ("⟨S0⟩ left in 2016 and
    was readmitted in February 2020": the readmission is of 2020)."""
    text = masked.text
    inside = list(_CLAUSE_BREAK.finditer(text, subject_end or start, end))
    begin = masked.source_at(inside[-1].end() if inside else start - len(_clause_end(text[:start])))
    finish = masked.source_at(end + len(_clause_start(text[end:])))
    dates = [e for e in _dates_in(masked.sentence) if begin <= e.start_char < finish]
    return dates[0]._.date_value if dates else _date_near(masked.sentence, None)


def _date_right_after(masked: _Masked, at: int) -> str | None:
    """The date that follows masked offset ``at`` directly: "⟨O1⟩ in 2004"."""
    begin = masked.source_at(at)
    return next((e._.date_value for e in _dates_in(masked.sentence) if begin <= e.start_char <= begin + 1), None)


def _governed(words: re.Pattern, text: str, start: int, end: int, after: re.Pattern | None = None) -> bool:
    """Whether one of ``words`` governs the statement ``text[start:end]``: stands in it, or
    before it in its clause ("officials denied that ⟨S0⟩ would leave"), not in a clause of
    its own ("the bloc has not admitted anyone since ⟨S0⟩ joined", "⟨S0⟩, which has not
    ..., joined"); or, for ``after``, after it in its clause ("those who claim that ⟨S0⟩
    is leaving are mistaken")."""
    if words.search(_INSERTED_CLAUSE.sub(",", text[start:end])):
        return True
    if words.search(_clause_end(_INSERTED_CLAUSE.sub(",", text[:start]))):
        return True
    return after is not None and bool(after.search(_clause_start(_INSERTED_CLAUSE.sub(",", text[end:]))))


def _clause_end(text: str) -> str:
    """The end of ``text`` after its last clause break: the clause a statement after it is in."""
    breaks = list(_CLAUSE_BREAK.finditer(text))
    return text[breaks[-1].end():] if breaks else text


def _clause_start(text: str) -> str:
    """The start of ``text`` up to its first clause break: the rest of the clause before it."""
    stop = _CLAUSE_BREAK.search(text)
    return text[:stop.start()] if stop else text


def _coordinated(text: str, start: int, index: str, appositive: bool = False) -> tuple[list[str], int]:
    """The state at ``start`` and those coordinated before it ("Niger, Mali and ⟨it⟩ left"),
    with where the first of them starts. A head of state "of" a state counts as that state
    ("Presidents ⟨S0⟩ of ⟨S1⟩ and ⟨S2⟩ of ⟨S3⟩"). A lone state after a preposition ("its war
    with ⟨S1⟩, and ⟨S2⟩ left") or before ", and" is not coordinated with the subject, unless
    the statement is an apposition on the list ("tabled by ⟨S0⟩, ⟨S1⟩ and ⟨S2⟩, among other members")."""
    item = r"(?:the )?⟨S\d+⟩(?: of (?:the )?⟨S\d+⟩)?"
    of = re.search(r"⟨S\d+⟩ of (?:the )?$", text[:start])
    first = of.start() if of else start
    chain = re.search(rf"((?:{item}\s*,\s*)*{item}\s*,?\s*(?:and|or|as well as)\s*(?:the )?)$", text[:first])  # "⟨S0⟩ and the ⟨S1⟩"
    if not chain:
        return [index], first
    items = re.findall(item, chain.group(1))
    preceded = _PREPOSITION_BEFORE.search(text[:chain.start()])
    if preceded and (appositive or re.match(r"(?:after|before)\b", preceded.group(), re.I)):
        preceded = None  # a clause opens: "after ⟨S0⟩ and ⟨S1⟩, its two remaining members, said"
    if preceded or (len(items) == 1 and re.search(r",\s*(?:and|or)\s*$", chain.group(1))):
        return [index], first
    return [re.findall(_S, i)[-1] for i in items] + [index], chain.start()


def _alongside(rest: str) -> list[str]:
    """States that share a status: "... suspended, alongside ⟨S1⟩, ⟨S2⟩ and ⟨S3⟩", "..., as ⟨S1⟩ and ⟨S2⟩ do"."""
    as_do = _AS_DO.match(rest)
    if as_do:
        return re.findall(_S, as_do.group(1))
    lead = _ALONGSIDE.match(rest)
    if not lead:
        return []
    chain = re.match(_STATE_RUN, rest[lead.end():])
    return re.findall(_S, chain.group(0)) if chain else []


def _member_lists(masked: _Masked) -> list[tuple[str, list[str]]]:
    """States listed after a list trigger, for the organisation named before it (or "its")."""
    results = []
    lister: tuple[int, str] | None = None  # (end, org) of the sentence's first list: its items list no members of their own
    for trigger in LIST_TRIGGER.finditer(masked.text):
        before = masked.text[: trigger.start()]
        orgs_before = list(re.finditer(_O, masked.text[: trigger.end()]))  # "the countries that created ⟨O0⟩, ⟨S0⟩, ..." names it in the trigger
        own = orgs_before and re.fullmatch(r",?\s*(?:which|that)\s+(?:also\s+)?", masked.text[orgs_before[-1].end():trigger.start()])
        if lister and orgs_before and orgs_before[-1].start() >= lister[0] and not own:  # "..., the ⟨O1⟩, which groups A, B": its own
            org = lister[1]  # "⟨O0⟩ brings together the ⟨O1⟩ and producers led by Russia, among them A, B and C": O0's
        elif orgs_before:
            org = masked.orgs[int(orgs_before[-1].group(1))]
            lister = lister or (trigger.end(), org)
        elif masked.topic and (re.match(r"^\W*(?:its|their)\s+(?:\w+\s+){0,2}members", masked.text, re.I)
                               or re.fullmatch(r"\W*It\s+(?:also\s+|now\s+)?", before)
                               or re.fullmatch(r"\W*The\s+other(?:s|\s+(?:\w+\s+)?members|\s+\w+)\s+are\s*", before + trigger.group(), re.I)
                               # "It groups A, B and C", "The others are A, B and C": the body the passage is about
                               or _A_BODY_WHICH.search(before)  # "The country joins a bloc which also includes"
                               or re.search(rf"\b{_MEMBER}\W*$", before)  # "several member states, among them"
                               or re.match(_MEMBER, trigger.group(), re.I)  # "That leaves twelve members: A, B, ..."
                               or _THE_REST.search(before)):  # "The remaining eleven - A, B, ... - signed"
            org = masked.topic
        else:
            continue
        if _PLACES_LISTED.search(before) or _NOT_MEMBERS.search(before):
            continue  # "plots against dissidents in nations including ⟨S0⟩, ⟨S1⟩": where, not who belongs
        members = []
        rest = masked.text[trigger.end():]
        cursor = 0
        for match in re.finditer(_S, rest):
            if members and not _LIST_GAP.match(rest[cursor:match.start()]) and not (
                    len(members) == 1 and _GATHERS.fullmatch(trigger.group()) and re.fullmatch(r"\s+with\s+(?:the\s+)?", rest[cursor:match.start()])):
                break  # "which groups ⟨S0⟩ with the ⟨S1⟩, ⟨S2⟩ and ⟨S3⟩" goes on past "with"
            if not members and re.search(r"[.;:]|\b(?:but|though|while|although)\b", rest[cursor:match.start()]):
                break
            members.append(masked.states[int(match.group(1))])
            cursor = match.end()
        if len(members) >= 2 and not _kept_out(masked, trigger.end() + cursor, org):
            results.append((org, members))
    return results


def _leaderships(sentences: list[_Masked], text: str) -> tuple[Leadership, ...]:
    found: dict[tuple[str, str], Leadership] = {}
    for masked in sentences:
        for pattern in LEADERSHIP_FORMS:
            for match in pattern.finditer(masked.text):
                org_index, state_index = (match.group(1), match.group(2)) if pattern.pattern.startswith(_O) else (match.group(2), match.group(1))
                leader = masked.states[int(state_index)]
                org = masked.orgs[int(org_index)]
                found.setdefault((leader, org), Leadership(leader, org, _evidence(masked, text)))
    return tuple(found.values())


def _roles(roles: list[DocSpan], text: str, reference: Reference, topic_state: str | None = None,
           topic_org: str | None = None) -> tuple[Role, ...]:
    """One role per person and title. A title given without its owner takes the owner the
    article gives that person's same title elsewhere ("Armenia's Prime Minister" in the
    headline), else the state its sentence names by name nearest to it, outside a dateline and not
    in an earlier clause ("Prime Minister Ulf Kristersson handed Sweden's instrument of accession ..."), else the state of the capital
    the sentence opens in ("In Kyiv, Foreign Minister Dmytro Kuleba ..."), else the state of a
    demonym in it ("The Syrian Army, whose commander-in-chief is President X"), else, for a
    government post ("Prime Minister Viktor Orbán's Fidesz party"), the one state the sentence before
    names, else the state the article names first.
    A body's post given without its owner ("Secretary General X") is the article's main body's.
    Each owner found past the text's own words is marked a guess, which another source's may replace (resolve)."""
    owner_of: dict[tuple[str, str], str] = {}
    for span in roles:
        if span._.role_of and span._.key:
            owner_of.setdefault((span._.key, span._.role_title), span._.role_of)
    found: dict[tuple[str, str], Role] = {}
    for span in roles:
        if not span._.key:
            continue
        key = (span._.key, span._.role_title)
        sentence = span.sent
        named = [e for e in sentence.ents if e.label_ == "GPE" and (e._.key or "").startswith("state/")
                 and not in_dateline(text, e.start_char, e.end_char) and not (_by_capital(e, reference) and e.root.dep_ not in ("nsubj", "nsubj:pass")) and not _as_place(e)
                 and not any(r._.role_of and r._.key != span._.key and span.end <= r.start <= e.start and e.end <= r.end for r in roles)]
        # a capital owns a post only as the sentence's subject ("Oslo has no plans to follow, Justice Minister X said");
        # a state in a later holder's post is theirs: "Foreign Secretary X spoke with US Secretary of State Y"; one in an
        # earlier post sets the scene: "Iran's acting President X, standing in for President Y"
        # a state after the holder and past a comma is another clause's: "signed up under President X, and ⟨Nicaragua⟩ followed"
        near = [e for e in named if not (e.start >= span.end and re.search(r"[,;]", text[span.end_char:e.start_char]))] or named
        # a state before the holder in an earlier clause is that clause's: "Iran's foreign minister stood in for
        # President X, and Egyptian Prime Minister Y came in place of President Z"
        if not _POINTS_BACK.search(text, max(0, span.start_char - 20), span.start_char + 6):  # "Zimbabwe left, and its new president"
            near = [e for e in near if not (e.end <= span.start and _CLAUSE_BEFORE.search(text, e.end_char, span.start_char))]
        nearest = min(near, key=lambda e: min(abs(e.start - span.end), abs(span.start - e.end))) if near else None
        body = _body_before(span)
        stated = span._.role_of or owner_of.get(key)
        if body is not None and not span._.role_of:  # "Commission President X": the commission's post, no state's
            stated = owner = owner_of.get(key) or body or None
        elif BODY_POSTS.match(span._.role_title) and not span._.role_of:
            owner = stated or topic_org
        else:
            owner = stated or (nearest._.key if nearest is not None else None) or _placed_in(sentence, reference) or next(
                (e._.key for e in sentence.ents if e.label_ == "NORP" and (e._.key or "").startswith("state/")), None) or (
                (_state_before(sentence) or topic_state) if _STANDING.sub("", span._.role_title) in HEAD_TITLES or "Minister" in span._.role_title
                or _NATIONAL_POST.search(span._.role_title) else None)
        if key not in found or (found[key].of is None and owner) or (found[key].to is None and span._.role_to):
            found[key] = Role(span._.key, span._.role_title, owner, Span.of(text, span.start_char, span.end_char), span._.role_to, guessed=not stated)
    past = {(r.person, r.title.removeprefix("Former "), r.of) for r in found.values() if r.title.startswith("Former ")}
    # a post the article says someone once held is theirs no longer, wherever else it names them by it
    return tuple(r for r in found.values() if (r.person, r.title, r.of) not in past)


def _state_before(sentence: DocSpan) -> str | None:
    """The one state the sentence before names, whose government a post in a sentence naming none is
    likelier to be than the article's first state's: "Colombia returns for an eighth term. President
    Gustavo Petro said ..." """
    if sentence.start == 0:
        return None
    states = {e._.key for e in sentence.doc[sentence.start - 1].sent.ents if e.label_ in ("GPE", "NORP") and (e._.key or "").startswith("state/")}
    return states.pop() if len(states) == 1 else None


#: Where a clause opens after an earlier one: ", and", "; ".
_CLAUSE_BEFORE = re.compile(r";|,\s+(?:and|but|while|whereas)\s")
#: A post that points back past such a clause: "Zimbabwe left in 2003, and its new president, X".
_POINTS_BACK = re.compile(r"\b(?:its|their)\s", re.I)


#: Words that qualify how a post is held, not which post it is: "Transitional President", "Former Acting Prime Minister".
_STANDING = re.compile(r"^(?:(?:Former|Acting|Interim|Transitional|Caretaker)\s+)+")
_OPENS_IN = re.compile(r"\s*In\s+$")
#: A government's posts beside its ministers: its secretaries ("Foreign Secretary", "Secretary of Transportation"; not a
#: body's "Secretary-General" or "Executive Secretary") and its law officers and governor general.
_NATIONAL_POST = re.compile(r"^(?:Foreign|Home|Defen[cs]e|Health|Interior|Justice|Culture|Transport|Energy|Trade|Education|Environment)"
                            r" Secretary$|^Secretary of (?!State$)[A-Z]|^(?:Attorney|Solicitor|Prosecutor|Governor)[ -]General$")


def _body_before(role: DocSpan) -> str | None:
    """For a title right after a body's common name ("Commission President X", "the
    commission's president, X", "Assembly president X"): the organisation of that kind the
    article named last before, else "" (a body's post, but of no known body); None for
    any other title."""
    word = body_word_before(role.doc, role.start)
    if word is None:
        return None
    bodies = [e for e in role.doc.ents if e.label_ == "ORG" and e._.key and e.end <= word.i and org_head(e.text) == word.lower_]
    return bodies[-1]._.key if bodies else ""


def _by_capital(ent: DocSpan, reference: Reference) -> bool:
    """Whether a state is named by its capital ("accusing Brussels of blackmail"): such a sentence
    is often about someone else's dealings with that government, so it owns no post named there."""
    state = reference.get(ent._.key)
    return state is not None and ent.text not in state.names


def _as_place(state: DocSpan) -> bool:
    """Whether a state is named as where something happens ("signed the treaty in Entebbe,
    Uganda", "talks in Kenya"): a place owns no post held by someone there."""
    doc = state.doc
    before = state.start - 1
    if before > 1 and doc[before].text == "," and doc[before - 1].ent_type_ in ("GPE", "LOC"):
        before = next(e.start for e in doc.ents if e.start <= before - 1 < e.end) - 1  # "in Entebbe, Uganda"
    return before >= 0 and doc[before].lower_ in PLACE_PREPOSITIONS


def _placed_in(sentence: DocSpan, reference: Reference) -> str | None:
    """The state whose capital a sentence opens in: "In Rome, Health Minister ...", Italy."""
    first = next(iter(sentence.ents), None)
    if first is None or not _OPENS_IN.fullmatch(sentence.doc.text, sentence.start_char, first.start_char):
        return None
    city = reference.get(first._.key)
    return city.capital_of if city is not None and first.end < sentence.end and sentence.doc[first.end].text == "," else None


def _events(sentences: list[_Masked], text: str, memberships: tuple[Membership, ...], owners: dict[str, str],
            media: set[str] = frozenset(), reference: Reference | None = None, topic_org: str | None = None) -> tuple[Event, ...]:
    """Events: membership changes as withdrawals and accessions, then one event per trigger
    type and sentence, with the actor named before the trigger, the organisation, the
    place and the date nearest to it (for a protest naming no body, the body the article is
    about). Repeated reports of one happening merge. The news
    outlets that report ("told the BBC", "Reuters said") take part in none; anyone named who
    speaks makes a statement, the analyst and the passer-by too, as annotators record them, unless
    the passer-by is set off with an age, as vox pops are."""
    events: dict[tuple, Event] = {}

    def add(event: Event, identity: tuple) -> None:
        if event.type == "statement" and not (identity in events and _after_same_time(events[identity].date, event.date)):
            # one statement per speaker, subject and time
            identity = next((k for k, e in events.items() if k[:2] == identity[:2]
                             and (event.organization is None or e.organization in (None, event.organization))
                             and _after_same_time(e.date, event.date)), identity + (event.date,))
        elif event.type in ("other", "agreement", "withdrawal", "accession", "announcement"):  # one happening of a kind per actor and time: applied in 2012, and again in 2022
            identity = next((k for k, e in events.items() if k[:len(identity)] == identity and _same_time(e.date, event.date)),
                            identity + (event.date,))
        previous = events.get(identity)
        if previous is None:
            events[identity] = event
        elif (previous.date is None and event.date) or (previous.organization is None and event.organization) or (
                not previous.agents and event.agents):
            events[identity] = replace(previous, organization=previous.organization or event.organization, agents=previous.agents or event.agents,
                                       date=previous.date or event.date)  # a later report fills in what the first left out

    by_sentence: dict[int, list[Membership]] = defaultdict(list)
    for m in memberships:
        by_sentence[m.evidence.start].append(m)
    for masked in sentences:
        sentence = masked.sentence
        if masked.heading:
            continue  # a headline sums up what the body reports
        changes = [m for m in by_sentence.get(sentence.start_char, []) if m.status in EVENT_OF_STATUS
                   and not (m.status == "joining" and _CANDIDATE.search(sentence.text))]  # a standing, not a step
        grouped: dict[tuple, list[Membership]] = defaultdict(list)  # "Mali, Niger and Burkina Faso left": one event
        own = _own_dates(sentence, [m.member for m in changes])  # "⟨S0⟩ quit in 2009, and ⟨S1⟩ in 2018": two
        for m in changes:
            grouped[EVENT_OF_STATUS[m.status], m.organization, own.get(m.member) or m.date].append(m)
        for (kind, org, when), group in grouped.items():
            members = tuple(m.member for m in group)
            if kind == "announcement":  # a suspension is the organisation's act, a freeze the state's
                agents = (org,) if group[0].status == "suspended" else members
            else:
                agents = members + tuple(p for p, state in owners.items() if state in members and _names(sentence, p))
            add(Event(kind, _evidence(masked, text), agents, org, None, when), (kind, org, members[0]))
        reported = {EVENT_OF_STATUS[m.status] for m in changes}
        quoted = [(start - sentence.start_char, end - sentence.start_char) for start, end in _quotes_apart(sentence, None)]
        ends: dict[str, int] = {}  # where the last trigger of each kind ends
        acting: set[str] = set()  # who acts in the events this sentence reported
        for kind, match in _triggers(sentence.text, quoted, events):
            if (kind in reported and kind not in REPEATED) or (reported & {"withdrawal", "accession", "agreement"} and kind in ("announcement", "statement")):
                continue
            if kind == "other" and reported & {"withdrawal", "accession"} and _TO_CHANGE.match(sentence.text, match.end()):
                continue  # "voted to withdraw": the vote is the withdrawal
            if _NEGATED.search(sentence.text, 0, match.start()):
                continue  # "had not yet announced a withdrawal"
            if kind == "agreement" and _FOUNDING.fullmatch(match.group()) and not (
                    reference and any(reference.get(o) and reference.get(o).is_member_body for o in masked.orgs)):
                continue  # "the government was established in 2003", "the party was founded by": no body of states
            reported.add(kind)
            at = sentence.start_char + match.start()
            if kind == "announcement" and _DECISION.match(sentence.text[match.end():]):
                _fill_last(events, ("withdrawal", "accession"), date=_date_near(sentence, at))  # "unveiled this decision on June 12"
                continue
            if kind == "announcement" and _HEDGE.search(sentence.text, match.end()):
                kind = "statement"  # "made an announcement, hinting at a possible exit": no decision announced
            agents = tuple(a for a in _actors(sentence, at, owners) if a not in media)
            if kind == "protest":  # who called it, else who protested, never a state the crowd gathers in
                agents = _organisers(sentence) or tuple(a for a in agents if not a.startswith("state/"))
            orgs = _orgs_from(masked, sentence.start_char + ends[kind]) if kind in ends else masked.orgs  # a second one's own
            if kind == "protest" and not orgs and topic_org:
                orgs = (topic_org,)  # "Several hundred people marched in Calgary": against the summit the article reports
            ends[kind] = match.end()
            org = next((o for o in orgs if o not in agents and o not in media), None) or next(
                (a for a in agents if a.startswith("org/")), None)  # "the AU announced": the event is the AU's own
            if kind == "agreement" and _FOUNDING.fullmatch(match.group()):
                org = next((a for a in agents if a.startswith("org/")), org)  # "EFTA was founded by states that stayed out of the EEC": EFTA's
            if not agents and org is None and kind != "protest":  # protesters are seldom named
                continue
            if kind in ("statement", "announcement") and (not agents or _commented(sentence, at)):
                continue
            if kind == "statement" and agents[0] in acting:
                continue  # "X said it would host the drills": X's report is the drills
            if kind == "statement" and _VOX_POP.search(sentence.text) and all(a.startswith("person/") for a in agents):
                continue  # "said Yannick Mba, 34, a taxi driver": a passer-by's words colour the report, they are no happening
            if kind == "statement" and _AT_OCCASION.search(sentence.text) and any(e.type != "statement" for e in events.values()):
                continue  # "Y said at the ceremony": the ceremony's own happening
            acting.update(agents[:1])
            place = next((e._.key for e in sentence.ents if e._.key and (e.label_ == "LOC" or e._.key.startswith("city/"))), None)
            date = _date_near(sentence, at, own_clause=True)
            identity = ((kind,) if kind == "protest" else (kind, agents[:1], date and date[:4]) if kind == "attack"
                        else (kind, match.lastgroup, agents[:1], org) if kind == "other" else (kind, agents[:1], org))
            add(Event(kind, _evidence(masked, text), agents, org, place, date), identity)
            if kind == "announcement" and match.group().startswith("claim"):
                _fill_last(events, ("attack",), agents=agents)
        for event, verb in _untriggered(masked, text, quoted, owners, media) if not reported and not changes else ():
            add(event, ("other", verb, event.agents[:1], event.organization))  # one happening per verb, actor and time
    return tuple(sorted(events.values(), key=lambda e: e.evidence.start))


#: Main verbs that report no happening: being, having, seeming, saying (statements have
#: their own triggers), and "declined to comment".
_NOT_HAPPENINGS = frozenset("""was were is are be been had has have remained remains seemed appeared belonged belongs included includes
consisted contained comprised lay stood said told added knew thought believed felt wanted hoped expected needed lacked owned meant
represented accounted totalled totaled numbered described called did does made seen got became stayed kept held looked sounded declined""".split())


def _untriggered(masked: _Masked, text: str, quoted: list[tuple[int, int]], owners: dict[str, str], media: set[str]) -> list[tuple[Event, str]]:
    """The happenings no trigger names: each clause whose verb, the sentence's main verb or
    one joined to it with a subject of its own, tells in the past and unnegated what a named
    actor did at a date the sentence gives ("In 2012, Kenya dispatched a naval flotilla"), an
    event of type "other", with the verb that names it. Without a date such a clause is more
    often a description than a happening, so it makes none."""
    sentence = masked.sentence
    named = [e for e in sentence.ents if e._.key and e.label_ in ("PERSON", "GPE", "ORG", "NORP")]
    verbs = [sentence.root] + [c for c in sentence.root.children if c.dep_ == "conj" and any(g.dep_.startswith("nsubj") for g in c.children)]
    found = []
    for verb in verbs:
        auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
        past = (verb.tag_ == "VBD" and not auxiliaries) or (
            verb.tag_ == "VBN" and auxiliaries and all(c.lower_ in ("has", "have", "had", "was", "were") for c in auxiliaries))
        if not past or verb.lower_ in _NOT_HAPPENINGS or any(c.lower_ in ("not", "n't", "never") for c in verb.children) \
                or any(start <= verb.idx - sentence.start_char < end for start, end in quoted):
            continue
        if _parsed_actor(sentence, verb.idx, named) is None:
            continue  # "The talks collapsed in 2021": no one named acts
        agents = tuple(a for a in _actors(sentence, verb.idx, owners) if a not in media)
        date = _date_near(sentence, verb.idx)
        if agents and date:
            org = next((o for o in masked.orgs if o not in agents and o not in media), None) or next((a for a in agents if a.startswith("org/")), None)
            found.append((Event("other", _evidence(masked, text), agents, org, None, date), verb.lower_))
    return found


#: Kinds of which one sentence may report several, one per clause: "refused to host CSTO
#: exercises, held exercises with the United States", "sanctions ... when soldiers overthrew".
REPEATED = ("other", "military_exercise", "attack")
#: What sets a second happening in a sentence apart from the first: "..., despite", "when".
_NEXT_CLAUSE = re.compile(r",|\b(?:when|after|before|while|as|despite)\b")


def _triggers(text: str, quoted: list[tuple[int, int]], events: dict[tuple, Event]):
    """The first trigger of each kind in a sentence, outside quotations and not recalling a
    reported event; for "other", also each later one in another clause ("arrived ...,
    despite a warrant issued in November")."""
    for kind, trigger in EVENT_TRIGGERS:
        last = None
        for m in trigger.finditer(text):
            if any(start <= m.start() < end for start, end in quoted) or (
                    kind in RECALLED and not m.group().endswith("ed") and _RECALL.search(text[:m.start()])
                    and any((e.type == kind and (kind != "other" or key[1] == m.lastgroup)) or kind == "announcement"
                            for key, e in events.items())):  # "the coup" recalls a coup, not a visit
                continue
            if last is not None and not _NEXT_CLAUSE.search(text, last.end(), m.start()):
                continue  # "arrived in Hungary for a state visit": one happening
            last = m
            yield kind, m
            if kind not in REPEATED:
                break


#: Who calls a protest: "a rally organised by X", "at the call of the X movement", "answered a call by X".
_CALLED_BY = re.compile(r"\b(?:(?:organi[sz]ed|called|convened|staged|led)\s+by|at\s+the\s+(?:call|invitation)\s+of|a\s+call\s+by)"
                        r"\s+(?:(?:the|his|her|its|their|[a-z]+)\s+){0,3}$")


def _organisers(sentence: DocSpan) -> tuple[str, ...]:
    """Who a protest's sentence says called it: the group named right after "organised by",
    "at the call of", or in the next sentence if that opens on the protest ("The rally was
    organised by X"); the crowd itself, or a state it gathers in, is no agent."""
    doc, text = sentence.doc, sentence.doc.text
    following = doc[sentence.end].sent if sentence.end < len(doc) else None
    places = [sentence] + ([following] if following is not None and _PROTEST_RECALLED.match(following.text) else [])
    caller = next((e._.key for place in places for e in place.ents if e._.key and e.label_ in ("ORG", "PERSON")
                   and _CALLED_BY.search(text, max(place.start_char, e.start_char - 60), e.start_char)), None)
    return (caller,) if caller else ()


#: A sentence that opens on the protest the one before reported: "The rally was organised by ...".
_PROTEST_RECALLED = re.compile(r"\s*(?:The|This|That)\s+(?:rally|protest|demonstration|march|sit-in|vigil|strike)\b", re.I)


def _commented(sentence: DocSpan, at: int) -> bool:
    """Whether the verb at ``at`` is no speech act ("the stated goals", "a decision that
    hinted at") or its subject is a commentator ("Analysts at the institute said", "some of
    the protesters said")."""
    trigger = _parsed_token(sentence, at)
    if trigger is None:
        return False
    before = sentence.doc[trigger.i - 1]
    if trigger.dep_ in ("amod", "compound") and trigger.head.i == trigger.i + 1 and not (before.ent_type_ or before.tag_ in ("NNP", "NNPS")):
        return True  # "the stated goals", not "the World Bank halted payments" misparsed
    if (trigger.dep_ == "acl:relcl" and trigger.head.tag_ in ("NN", "NNS") and not trigger.head.ent_type_
            and not any(c.dep_ == "nsubj" and c.lower_ not in ("that", "which") for c in trigger.children)):
        return True  # "a decision that hinted at": a thing, not a speaker
    return unnamed_speaker(trigger)


def _orgs_from(masked: _Masked, start: int) -> list[str]:
    """The organisations the sentence names from document offset ``start`` on."""
    return [masked.orgs[int(m.group(1))] for m in re.finditer(_O, masked.text) if masked.source_at(m.start()) >= start]


def _after_same_time(first: str | None, second: str | None) -> bool:
    """Whether a later report may be of the happening first reported at ``first``: it gives
    no date or one that agrees ("recently hinted ...", then "back in May 2023 hinted" are two)."""
    return second is None or (first is not None and _same_time(first, second))


def _same_time(first: str | None, second: str | None) -> bool:
    """Whether two dates may be of one happening: one is unknown or contains the other
    ("2023-09" and "2023-09-24"); said in May and said on Sunday are two statements."""
    return first is None or second is None or first.startswith(second) or second.startswith(first)


def _fill_last(events: dict[tuple, Event], kinds: tuple[str, ...], **fields) -> None:
    """Give the last event of one of ``kinds`` the ``fields`` it lacks: the date of "unveiled
    this decision on June 12" goes to the withdrawal it recalls, and who "claimed
    responsibility" carried out the attack reported without an attacker."""
    key = next((k for k, e in reversed(events.items()) if e.type in kinds), None)
    if key is None:
        return
    missing = {name: value for name, value in fields.items() if value and not getattr(events[key], name)}
    if missing:
        events[key] = replace(events[key], **missing)


def _own_dates(sentence: DocSpan, members: list[str]) -> dict[str, str]:
    """Each member's own date, where the sentence gives the members different ones: the
    first date between its mention and the next member's ("⟨S0⟩, in 2017, and ⟨S1⟩, in
    2019"); {} where they share one, or one of them has none."""
    firsts = sorted({min((e.start_char for e in sentence.ents if e._.key == m), default=-1): m for m in set(members)}.items())
    if len(firsts) < 2 or firsts[0][0] < 0:
        return {}
    dates = _dates_in(sentence)
    own = {}
    for (start, member), (end, _) in zip(firsts, firsts[1:] + [(sentence.end_char, None)]):
        value = next((d._.date_value for d in dates if start <= d.start_char < end), None)
        if value is None:
            return {}
        own[member] = value
    return own if len(set(own.values())) > 1 else {}


def _names(sentence: DocSpan, key: str) -> bool:
    return any(e._.key == key for e in sentence.ents)


#: An aside between commas right before a trigger: the states and organisations it names do not act.
_ASIDE = re.compile(r",[^,;]*,\s*(?:[a-z]+ly\s+)?$")  # "X, ..., openly called"
_POSSESSIVE = re.compile(r"['’]s\b")
#: A leader's government named by a pronoun: "His administration's agreement to cede four villages" is the leader's act.
_HIS_GOVERNMENT = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+(?:administration|government|cabinet)\b")
#: A trigger that is itself the agent of a passive: "were hit by (multiple) drone strikes".
_AGENT_NOUN = re.compile(r"\bby\s+(?:[a-z]+\s+){0,2}$")
#: A trigger word followed by its agent: "attacked by (neighbouring) ⟨X⟩", "an attack by ⟨X⟩".
_BY = re.compile(r"\w+\s+by\s+(?:the\s+)?(?:[a-z]+\s+)?")


def _actors(sentence: DocSpan, at: int, owners: dict[str, str]) -> tuple[str, ...]:
    """Who acts at character ``at``: the person, state or organisation named last before
    it ("Moscow said", "Azerbaijan's offensive", "the Azerbaijani assault"), else the one
    right after it ("..., said Nikol Pashinyan"), unless the parse names another ("X was
    attacked by Y"); a person's state acts with them."""
    text = sentence.doc.text  # Doc.text joins every token: read it once
    quoted = _quotes_apart(sentence, at)
    ents = [e for e in sentence.ents if e._.key and e.label_ in ("PERSON", "GPE", "ORG", "NORP") and not e._.key.startswith("city/")
            and not any(start <= e.start_char < end for start, end in quoted)]  # '"We welcome Palestine," the organisation said': not Palestine
    before = [e for e in ents if e.end_char <= at and ";" not in text[e.end_char:at]]
    aside = _ASIDE.search(text, sentence.start_char, at)  # "X, the two former Soviet republics, fought"
    if aside:
        before = [e for e in before if e.end_char <= aside.start() or e.label_ == "PERSON"] or before  # "The mayor, X, said"
    after = [e for e in ents if e.start_char >= at and e.start_char - at <= 30
             and not _CLAUSE_BREAK.search(text, at, e.start_char)]  # not "drone attacks, but the Saudi government said"
    after = [e for e in after if not _POSSESSIVE.match(text, e.end_char)] or after  # "said Armenia's Prime Minister X"
    governing = _HIS_GOVERNMENT.search(text, sentence.start_char, at) if not before else None
    holder = person_before(sentence.doc, sentence.doc.char_span(governing.start(), governing.end(), alignment_mode="expand").start) \
        if governing else None  # "His administration's agreement": the leader named before
    by = _BY.match(text, at)  # "attacked by neighbouring Azerbaijan", "an attack by Azerbaijani forces"
    by_actor = next((e for e in after if e.start_char == by.end()), None) if by else None
    actor = holder or by_actor or _parsed_actor(sentence, at, ents)
    if actor is None and _AGENT_NOUN.search(text, sentence.start_char, at):
        return ()  # "were hit by multiple drone strikes": who is named before was hit
    actor = actor or (before[-1] if before else after[0] if after else None)
    if actor is None:
        return ()
    if actor.label_ != "PERSON" and actor.start > 1 and sentence.doc[actor.start - 1].lower_ == "of":
        # "President Hassan Rouhani of Iran said": the holder acts, with their state
        actor = next((e for e in ents if e.label_ == "PERSON" and e.end == actor.start - 1), actor)
    agents = []
    for named in _conjoined(actor, ents, text):
        agents.append(named._.key)
        if named._.key in owners:
            agents.append(owners[named._.key])
    return tuple(dict.fromkeys(agents))


#: What joins the names of a list: "Burkina Faso, Mali and Niger".
_LIST_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")


def _conjoined(actor: DocSpan, ents: list[DocSpan], text: str) -> list[DocSpan]:
    """The actor, then the names of its kind listed with it ("Burkina Faso, Mali and Niger
    signed"): they act together."""
    same = sorted((e for e in ents if e.label_ == actor.label_), key=lambda e: e.start_char)
    at = next((i for i, e in enumerate(same) if e.start_char == actor.start_char), None)
    if at is None:
        return [actor]
    first = last = at
    while first > 0 and _LIST_JOINT.fullmatch(text, same[first - 1].end_char, same[first].start_char):
        first -= 1
    while last + 1 < len(same) and _LIST_JOINT.fullmatch(text, same[last].end_char, same[last + 1].start_char):
        last += 1
    while first < at and _PREPOSITION_BEFORE.search(text, 0, same[first].start_char):
        first += 1  # "In Ghana, Benin and Togo signed": Ghana is where
    if "and" not in text[same[first].end_char:same[last].start_char].split():
        return [actor]  # a list ends in "and"
    return [actor] + [e for e in same[first:last + 1] if e is not same[at]]


#: Dependencies that name who acts where word order misleads: the agent of a passive
#: ("X was attacked by Y"), the owner of a noun ("Y's attack on X") and the subject of a
#: verb ("Pashinyan, disheartened by the conflict with Azerbaijan, called ..."), in UD labels.
_ACTOR_DEPS = ("obl:agent", "nmod:poss", "nsubj")


def _parsed_token(sentence: DocSpan, at: int):
    """The token starting at character ``at``, when the document was parsed; else None."""
    if not sentence.doc.has_annotation("DEP"):
        return None
    return next((t for t in sentence if t.idx == at), None)


def _parsed_actor(sentence: DocSpan, at: int, ents: list[DocSpan]) -> DocSpan | None:
    """The entity the dependency parse makes the doer of the trigger word at ``at``, when
    the document was parsed ("X was attacked by Y": Y, where word order would say X). A
    title stands for its holder ("the Prime Minister of Armenia said") and "he" or "she"
    for the person named last."""
    doc = sentence.doc
    trigger = _parsed_token(sentence, at)
    if trigger is None:
        return None
    for dep in _ACTOR_DEPS:
        for child in trigger.children:
            if child.dep_ != dep or (dep == "nsubj" and child.i + 1 < len(doc) and doc[child.i + 1].lower_ in ("'s", "’s")):
                continue  # "Israel's foreign minister X thanked": X, not the owner of the post
            actor = _named_by(child, ents)
            if actor is not None:
                return actor
    verb = trigger.head if trigger.dep_ == "obj" and _CONDUCT.match(trigger.head.lower_) else None
    noun = trigger
    while noun.dep_ in ("amod", "compound") and noun.head.i > noun.i:
        noun = noun.head  # "military exercises": the word the trigger's phrase is named by
    if noun.dep_ in ("nmod", "obl") and _TAKING_PART.fullmatch(noun.head.lower_):
        verb = noun.head if noun.head.tag_.startswith("VB") else noun.head.head  # "it ended its participation in the drills"
    while verb is not None and verb.dep_ in ("advcl", "xcomp", "conj") and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "X started supporting ..., providing airstrikes": X provides them
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return _named_by(subject, ents) if subject is not None else None


#: Verbs whose object is a happening their subject carries out: "launched an offensive",
#: "providing airstrikes", "staged protests".
_CONDUCT = re.compile(r"(?:launch|conduct|carr(?:y|ie)|stag|mount|beg[ai]n|start|provid|continu|wag|resum|order|intensif|escalat)", re.I)


#: Words whose subject takes part in the happening they govern: "took part in the exercises",
#: "discontinued participation in military drills", "participated in the talks".
_TAKING_PART = re.compile(r"part|participation|participat(?:e|es|ed|ing)", re.I)


def _named_by(token, ents: list[DocSpan]) -> DocSpan | None:
    """The entity a parsed word names: the entity it lies in; for a title, its holder ("the
    Prime Minister of Armenia said"); for "he" or "she", the person named last; for "it", the
    state or body its sentence names first; for "the organisation", the body it refers to."""
    doc = token.doc
    actor = next((e for e in ents if e.start <= token.i < e.end), None)
    if actor is None:
        holder = next((r._.key for r in doc.spans.get("roles", []) if r._.key and r.start <= token.i < r.end), None)
        if holder is None and token.lower_ in PRONOUNS:
            actor = person_before(doc, token.i)
        elif holder is None and token.lower_ == "it":  # "Israel says it struck": the state or body its sentence names first
            actor = next((e for e in ents if e.end <= token.i and e.label_ in ("GPE", "ORG") and e.sent == token.sent), None)
        elif holder is None and token.lower_ in ORG_ANAPHORA and token.i > 0 and doc[token.i - 1].lower_ == "the" and not token.ent_type_:
            body = org_before(doc, token.i, token.lower_)  # "the organisation said": the body of states it refers to
            actor = next((e for e in doc.ents if e._.key == body), None) if body else None
        elif holder is not None:
            actor = next((e for e in doc.ents if e._.key == holder), None)
    return actor


def _dates_in(span: DocSpan) -> list[DocSpan]:
    """The dates a span names that resolve to a value."""
    return [e for e in span.ents if e.label_ == "DATE" and e._.date_value]


def _attribution_date(sentence: DocSpan) -> str | None:
    """For a sentence inside a quotation that runs over several, the date of the sentence
    that attributes it: '"... is frozen. We do not take part," Pashinyan said on Wednesday.'"""
    doc = sentence.doc
    for quote in doc.spans.get("quotes", []):
        if quote.start < sentence.end and sentence.start < quote.end:
            for token in (doc[min(quote.end, len(doc) - 1)], doc[quote.start]):
                if token.sent.start != sentence.start and (dates := _dates_in(token.sent)):
                    return min(dates, key=lambda e: abs(e.start - token.i))._.date_value
    return None


def _quotes_apart(sentence: DocSpan, at: int | None) -> list[tuple[int, int]]:
    """The (start, end) of each quotation in the sentence that character ``at`` does not lie in:
    what is named or dated there is the speaker's, not the sentence's."""
    return [(q.start_char, q.end_char) for q in sentence.doc.spans.get("quoted", [])
            if q.start_char < sentence.end_char and sentence.start_char < q.end_char and not (at is not None and q.start_char <= at < q.end_char)]


def _date_near(sentence: DocSpan, at: int | None, own_clause: bool = False) -> str | None:
    """The resolved date of the sentence nearest to character ``at`` (the first without), not
    one a quotation gives ('X wrote, "Last year August 8 was ..."': what the speaker recalls).
    With ``own_clause``, for a happening a trigger names, none rather than one a relative
    clause gives about someone taking part."""
    quoted = _quotes_apart(sentence, at)
    dates = [e for e in _dates_in(sentence) if not any(start <= e.start_char < end for start, end in quoted)]
    if not dates:
        return _attribution_date(sentence)
    if at is not None and (aside := _ASIDE.search(sentence.doc.text, sentence.start_char, at)):
        dates = [e for e in dates if not aside.start() <= e.start_char < at] or dates  # "X, a member since 1952, ratified"
    if at is None:
        return dates[0]._.date_value
    trigger = _parsed_token(sentence, at)
    if trigger is not None:  # "said on Friday that X had joined in 2003": Friday, the date of the saying
        clause = _clause_verb(trigger)
        dates = [e for e in dates if _clause_verb(e.root) == clause] or [
            e for e in dates if not (own_clause and _describes_other(_clause_verb(e.root), trigger))]
        if not dates:
            return None
    return min(dates, key=lambda e: abs(e.start_char - at))._.date_value


def _describes_other(verb, trigger) -> bool:
    """Whether a clause is a relative one about someone the trigger's clause names, not the
    happening: "accuses peacekeepers - who were sent in 2020 - of not preventing", "Finland,
    which joined in 2023, hosted", but not "sponsored an agreement that ended the war in 2020"."""
    return verb.dep_ in ("relcl", "acl:relcl") and trigger not in verb.subtree and (
        verb.head.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") or any(w.lower_ in ("who", "whom", "whose") for w in verb.subtree))


def _clause_verb(token):
    """The verb whose clause a parsed word lies in (the word itself for a verb); a "when"
    clause lies in the clause it dates ("began on November 28, when X announced")."""
    while token.head.i != token.i and (not token.tag_.startswith("VB") or (
            token.dep_ == "advcl" and any(c.lower_ == "when" and c.dep_ in ("mark", "advmod") for c in token.children))):
        token = token.head
    return token


def _quotes(doc: Doc, in_body) -> tuple[Quote, ...]:
    found: dict[str, Quote] = {}
    for span in doc.spans.get("quotes", []):
        if in_body(span.start_char, span.end_char) and span.text not in found:
            found[span.text] = Quote(span._.speaker, span.text, Span.of(doc.text, span.start_char, span.end_char))
    return tuple(found.values())


def _entities(ents, roles, memberships, leaderships, events, quotes, reference: Reference) -> tuple[Entity, ...]:
    """One Entity per key, with the surface forms this article uses for it. Demonyms are
    nationality, not mentions of the state; a state only named as a nationality or owner
    of a post still appears, without aliases, because facts point at it."""
    forms: dict[str, dict[str, None]] = defaultdict(dict)
    mentions: dict[str, list[Span]] = defaultdict(list)
    canonical = {e._.key: e._.canonical for e in ents if e._.canonical}  # the name a lowercase mention implies
    text = ents[0].doc.text if ents else ""  # Doc.text joins every token: read it once
    introduced = {ent._.key: ent._.org_kind for ent in ents if ent._.org_kind}  # "retailer Tesco": a company
    for ent in ents:
        if ent.label_ in ("NORP", "DATE"):
            continue
        forms[ent._.key][ent.text] = None
        mentions[ent._.key].append(Span.of(text, ent.start_char, ent.end_char))
    referenced = {r.person for r in roles} | {r.of for r in roles if r.of} | {r.to for r in roles if r.to}
    referenced |= {m.member for m in memberships} | {m.organization for m in memberships}
    referenced |= {l.leader for l in leaderships} | {l.organization for l in leaderships}
    for event in events:
        referenced |= set(event.agents) | {k for k in (event.organization, event.place) if k}
    referenced |= {q.speaker for q in quotes if q.speaker}
    nationality = {r.person: r.of for r in roles if r.of and r.of.startswith("state/")}
    entities = []
    for key in sorted(set(forms) | referenced):
        kind = key.split("/", 1)[0]
        ref = reference.get(key)
        aliases = tuple(forms.get(key, {}))
        if ref is not None:
            name = ref.name
        elif key in canonical:
            name = canonical[key]
        elif kind == "person":
            name = max(aliases, key=lambda a: (len(a.split()), len(a)), default=key)
        else:
            name = max(aliases, key=len, default=key)
        names, stands_for = (ref.names, ref.metonyms + reference.capital_names.get(key, ())) if ref else ((), ())
        merged = tuple((form, why) for form in aliases if (why := merge_reason(form, name, names, stands_for)))
        entities.append(Entity(
            key=key, kind=kind, name=name, aliases=aliases, mentions=tuple(mentions.get(key, ())),
            wikidata=ref.wikidata if ref else None,
            org_kind=ref.org_kind if ref else introduced.get(key) or org_kind_from_name(name) if kind == "org" else None,
            nationality=nationality.get(key), merged=merged,
        ))
    return tuple(entities)
