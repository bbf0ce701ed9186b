#!/usr/bin/env python3
"""Build the newskg reference gazetteer (states, capitals, regions, organisations).

Reads the collected source files in ``--sources`` (default: ``../shared/data/reference-sources``
relative to the repository root) and writes ``--out`` (default: ``ontology/reference/reference.ttl``)
plus ``NOTICE.md`` next to it.  The output is deterministic: every subject, predicate and object is
sorted and the Turtle is written by this script, not by a serialiser.

Only this script reads the sources; the program reads the committed ``reference.ttl``.
Dependencies: the standard library; rdflib only for ``--check`` (parse the output back).

Regenerate with:  python ontology/reference/build_reference.py
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

SCRIPT_DIR = Path(__file__).resolve().parent
REPO_ROOT = SCRIPT_DIR.parent.parent
DEFAULT_SOURCES = REPO_ROOT.parent / "shared" / "data" / "reference-sources"
DEFAULT_OUT = SCRIPT_DIR / "reference.ttl"

BASE = "https://w3id.org/newskg/id/"
AS_OF = "2026-01-22"  # Factbook data date; hand corrections are as of January 2026

SOURCE_FILES = {
    "countries": "datasets_country-codes.csv",
    "mledoze": "mledoze_countries.json",
    "factbook": "factbook_country_extract.csv",
    "coder": "country-coder_borders_properties.csv",
    "capitals": "naturalearth_10m_admin0_capitals.csv",
    "disputed": "naturalearth_10m_disputed_areas_attributes.csv",
    "supraverden": "supraverden_org_names_qids.csv",
    "dieghernan": "dieghernan_CountrycodesOrgs_2020.csv",
}

# --------------------------------------------------------------------------------------------
# Hand-made tables
# --------------------------------------------------------------------------------------------

# Non-UN-member states that are nkg:State (observer states + widely recognised states).
EXTRA_STATES = {"VA", "PS", "XK", "TW"}

# Preferred English label where the common news form differs from mledoze name.common.
PREF_OVERRIDE = {
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CI": "Ivory Coast",
    "TR": "Turkey",
    "VA": "Vatican City",
}

# Extra English aliases (news forms) per state.
EXTRA_ALIASES = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "KP": ["DPRK", "Democratic People's Republic of Korea"],
    "KR": ["ROK", "Republic of Korea"],
    "CN": ["PRC", "People's Republic of China", "Mainland China"],
    "CD": ["DRC", "DR Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville", "Congo Republic"],
    "RU": ["Russian Federation"],
    "CZ": ["Czech Republic"],
    "TR": ["Türkiye", "Turkiye"],
    "VA": ["Holy See", "Vatican"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "MM": ["Burma"],
    "SZ": ["Swaziland"],
    "CV": ["Cabo Verde"],
    "TL": ["East Timor"],
    "NL": ["Holland"],
    "ZA": ["RSA"],
    "PS": ["State of Palestine"],
    "TW": ["Republic of China", "Chinese Taipei"],
    "XK": ["Republic of Kosovo"],
    "BA": ["Bosnia"],
    "MK": ["Macedonia"],
}

# Aliases never emitted: ordinary words, bare generic forms, ambiguous names.
ALIAS_STOP = {
    "union", "republic", "kingdom", "state", "states", "commonwealth", "federation", "congo",
    "timor", "lao", "guinea", "korea", "china", "sudan", "samoa", "virgin islands", "america",
    "islands", "island", "emirates", "jersey", "georgia state", "none",
    "ireland island", "micronesia", "prathet", "male", "mann", "ifni", "truk", "kosrae", "pohnpei",
    "thai", "awal", "macao", "zealand", "dominica republic",
}
SHORT_KEEP = {"US", "UK"}
# Strings allowed on two entities (compared case-insensitively): the GUAM organisation vs Guam.
ALLOW_SHARED = {"guam", "гуам"}

# Demonyms missing from the Factbook (short ethnic forms and common plurals).
EXTRA_DEMONYMS = {
    "KG": ["Kyrgyz"],
    "AZ": ["Azeri", "Azeris", "Azerbaijanis"],
    "TJ": ["Tajik", "Tajiks"],
    "UZ": ["Uzbek", "Uzbeks"],
    "KZ": ["Kazakh", "Kazakhs"],
    "TM": ["Turkmen", "Turkmens"],
    "SZ": ["Swazi", "Swazis"],
    "TW": ["Taiwanese"],
    "XK": ["Kosovar", "Kosovars"],
    "PS": ["Palestinian", "Palestinians"],
    "GB": ["Britons", "Brits"],
    "NL": ["Dutchmen", "Dutchwomen"],
}

# Seats of government that stand for a government in news (written without "the").
METONYMS = {
    "RU": ["Kremlin"],
    "US": ["White House", "Pentagon", "Foggy Bottom"],
    "GB": ["Downing Street", "Number 10", "No 10", "Whitehall"],
    "FR": ["Élysée", "Elysee", "Élysée Palace", "Elysee Palace", "Quai d'Orsay"],
    "CN": ["Zhongnanhai"],
    "KR": ["Blue House", "Cheong Wa Dae"],
    "UA": ["Bankova"],
    "JP": ["Kantei"],
    "AR": ["Casa Rosada"],
    "BR": ["Planalto", "Planalto Palace"],
    "ES": ["Moncloa", "Moncloa Palace"],
    "IT": ["Palazzo Chigi"],
    "NG": ["Aso Rock", "Aso Villa"],
    "ZA": ["Union Buildings"],
    "PH": ["Malacañang", "Malacanang", "Malacañang Palace"],
    "VE": ["Miraflores Palace"],
    "DE": ["Bundeskanzleramt"],
    "IN": ["South Block"],
}

# Capitals: Natural Earth "Admin-0 capital alt" rows that are real capitals (by capital QID).
CAPITAL_ALT_KEEP = {"Q3866", "Q3799", "Q41963", "Q182378", "Q101418"}
# Natural Earth "Admin-0 capital" rows that are not capitals (Johannesburg).
CAPITAL_DROP = {"Q34647"}
CAPITAL_NAME_OVERRIDE = {"Q1899": "Kyiv", "Q25270": "Pristina", "Q41963": "Sri Jayawardenepura Kotte"}
CAPITAL_EXTRA_ALIASES = {
    "Q1899": ["Kiev"], "Q1520": ["Nur-Sultan", "Akmola"], "Q61": ["Washington", "Washington DC"],
    "Q37400": ["Nay Pyi Taw", "Naypyitaw"], "Q25270": ["Prishtina", "Prishtinë"],
    "Q41963": ["Kotte"], "Q3904": [], "Q1218": [],
}
CAPITAL_BAD_ALIASES = {"H", "Ciudad de M", "El Djazacr", "N'Djamnna", "Sana'a'", "Ciudad de Panam",
                       "Ottawa-Gatineau", "Guatemala", "Kuwait", "Al Kuwayt"}
# Role notes for states with more than one capital (keyed by capital QID).
CAPITAL_ROLE = {
    "Q3926": "administrative capital of South Africa",
    "Q5465": "legislative capital of South Africa",
    "Q37701": "judicial capital of South Africa",
    "Q1491": "seat of government of Bolivia",
    "Q2907": "constitutional capital of Bolivia",
    "Q3768": "official (political) capital of Ivory Coast",
    "Q1515": "economic capital and de facto seat of government of Ivory Coast",
    "Q3799": "official capital of Benin",
    "Q43595": "seat of government of Benin",
    "Q35381": "commercial capital of Sri Lanka",
    "Q41963": "legislative (official) capital of Sri Lanka",
    "Q1865": "official capital of Malaysia",
    "Q182378": "administrative capital (seat of government) of Malaysia",
    "Q3904": "administrative capital of Eswatini",
    "Q101418": "royal and legislative capital of Eswatini",
    "Q3866": "official capital of Tanzania",
    "Q1960": "largest city and former capital, seat of many ministries of Tanzania",
    "Q727": "constitutional capital of the Netherlands (seat of government: The Hague)",
    "Q3854": "economic capital of Burundi (political capital moved to Gitega in 2019)",
    "Q1218": "capital claimed by Israel; its status is disputed internationally",
    "Q3856": "capital of Cyprus; also claimed as capital by Northern Cyprus",
}
# Capitals not (or wrongly) in Natural Earth 2017: (state ISO2, label, QID or None, aliases, note).
CAPITAL_EXTRA = [
    ("BI", "Gitega", None, [], "political capital of Burundi since 2019"),
    ("NL", "The Hague", "Q36600", ["Den Haag"], "seat of government of the Netherlands, and of the International Criminal Court"),
]

# Disputed / breakaway regions: Natural Earth BRK_NAME -> (prefLabel, aliases).  Rows not
# listed here (small islets, border slivers, overlays) are left out.
NE_REGIONS = {
    "Arunachal Pradesh": ("Arunachal Pradesh", ["South Tibet", "Zangnan"]),
    "Jammu and Kashmir": ("Jammu and Kashmir", []),
    "Aksai Chin": ("Aksai Chin", []),
    "Northern Areas": ("Gilgit-Baltistan", ["Gilgit–Baltistan", "Northern Areas"]),
    "Azad Kashmir": ("Azad Kashmir", ["Azad Jammu and Kashmir", "Pakistan-administered Kashmir"]),
    "Korean Demilitarized Zone (south)": ("Korean Demilitarized Zone", ["Korean DMZ"]),
    "Korean Demilitarized Zone (north)": ("Korean Demilitarized Zone", ["Korean DMZ"]),
    "Falkland Is.": ("Falkland Islands", ["Falklands", "Islas Malvinas", "Malvinas"]),
    "Abyei": ("Abyei", ["Abyei Area"]),
    "Golan Heights": ("Golan Heights", ["Golan"]),
    "Ilemi Triangle": ("Ilemi Triangle", []),
    "Ilemi Triange": ("Ilemi Triangle", []),
    "Pinnacle Is.": ("Senkaku Islands", ["Diaoyu Islands", "Diaoyutai Islands", "Pinnacle Islands", "Senkakus"]),
    "W. Sahara": ("Western Sahara", ["Sahrawi Arab Democratic Republic", "SADR"]),
    "N. Cyprus": ("Northern Cyprus", ["Turkish Republic of Northern Cyprus", "TRNC", "North Cyprus"]),
    "Hans Island": ("Hans Island", []),
    "Mayotte": ("Mayotte", []),
    "Kuril Is.": ("Kuril Islands", ["Kurils", "Kurile Islands", "Southern Kurils"]),
    "Somaliland": ("Somaliland", ["Republic of Somaliland"]),
    "Rockall I.": ("Rockall", []),
    "Abkhazia": ("Abkhazia", []),
    "Transnistria": ("Transnistria", ["Pridnestrovie", "Transdniestria", "Trans-Dniester", "Transdniester"]),
    "South Ossetia": ("South Ossetia", ["Tskhinvali Region"]),
    "Nagorno-Karabakh": ("Nagorno-Karabakh", ["Nagorno Karabakh", "Artsakh", "Karabakh", "Mountainous Karabakh"]),
    "Dokdo": ("Liancourt Rocks", ["Dokdo", "Takeshima"]),
    "Baykonur": ("Baikonur", ["Baikonur Cosmodrome", "Baykonur"]),
    "Cyprus U.N. Buffer Zone": ("Cyprus Buffer Zone", ["Cyprus U.N. Buffer Zone", "UN Buffer Zone in Cyprus"]),
    "Diego Garcia NSF": ("Diego Garcia", ["Naval Support Facility Diego Garcia"]),
    "Siachen Glacier": ("Siachen Glacier", ["Siachen"]),
    "Spratly Is.": ("Spratly Islands", ["Spratlys", "Nansha Islands"]),
    "Paracel Is.": ("Paracel Islands", ["Paracels", "Xisha Islands"]),
    "Guantanamo Bay USNB": ("Guantanamo Bay Naval Base", ["Guantanamo Bay", "Guantánamo Bay", "Gitmo", "GTMO"]),
    "Gaza": ("Gaza Strip", ["Gaza"]),
    "West Bank": ("West Bank", ["Judea and Samaria"]),
    "Gibraltar": ("Gibraltar", []),
    "West of Essequibo River": ("Guayana Esequiba", ["Essequibo", "Essequibo region"]),
    "Shebaa Farms": ("Shebaa Farms", []),
    "Ceuta": ("Ceuta", []),
    "Melilla": ("Melilla", []),
    "Isla del Perejil": ("Perejil Island", ["Isla del Perejil"]),
    "Olivenza": ("Olivenza", []),
    "Tiran and Sanafir Is.": ("Tiran and Sanafir Islands", ["Tiran and Sanafir"]),
    "Br. Indian Ocean Ter.": ("British Indian Ocean Territory", ["Chagos Archipelago", "Chagos Islands"]),
    "Scarborough Reef": ("Scarborough Shoal", ["Scarborough Reef", "Huangyan Island"]),
    "Abu Musa I.": ("Abu Musa", []),
    "Crimea": ("Crimea", ["Crimean Peninsula"]),
    "Donbass": ("Donbas", ["Donbass", "Donets Basin"]),
}
# Regions added by hand (not a row of the Natural Earth disputed file).
HAND_REGIONS = [
    ("Kashmir", ["Kashmir region"]),
    # the UK's constituent countries own posts ("First Minister of Scotland"); QIDs via country-coder
    ("England", []), ("Scotland", []), ("Wales", []),
]
# Region QIDs: country-coder nameEn -> QID is looked up automatically; these labels map to
# the country-coder nameEn where it differs.
REGION_CODER_NAME = {"Gaza Strip": "Gaza Strip", "West Bank": "West Bank", "Northern Cyprus": "Northern Cyprus",
                     "Crimea": "Crimea", "Ceuta": "Ceuta", "Melilla": "Melilla"}

# Organisations.  Fields: slug, prefLabel, kind, acronyms, aliases, supraverden key (QID and
# names come from it), hand QID (only where certain), Factbook codes (members), explicit member
# list (replaces Factbook), additions, removals, "nonregional" (treat "(nonregional member)" as member).
MIL, PEU, ECU, TRB, CRT, IO, REG, FOR, FIN, CAR, UNB, EUI, INT = (
    "military alliance", "political and economic union", "economic union", "trade bloc", "court",
    "international organization", "regional organization", "intergovernmental forum",
    "financial institution", "commodity cartel", "UN body", "EU institution", "intelligence alliance")
MEDIA, PLATFORM, NGO, ARMED, COMPANY = "news media", "online platform", "non-governmental organization", "armed group", "company"
GOV = "government body"
ORG_KINDS = [MIL, PEU, ECU, TRB, CRT, IO, REG, FOR, FIN, CAR, UNB, EUI, INT, MEDIA, PLATFORM, NGO, ARMED, COMPANY, GOV]

# OPEC members as of January 2026 (Qatar left 2019, Ecuador 2020, Angola 2024; the Factbook list is stale).
OPEC12 = "AE DZ CG GA GQ IQ IR KW LY NG SA VE".split()
EU27 = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
# The euro area from January 2026 (Croatia joined 2023, Bulgaria 2026), and the Schengen Area since Bulgaria and Romania
# joined fully in January 2025 (every EU member but Cyprus and Ireland, with Iceland, Liechtenstein, Norway, Switzerland).
EURO21 = "AT BE BG HR CY DE EE ES FI FR GR IE IT LT LU LV MT NL PT SI SK".split()
SCHENGEN29 = [c for c in EU27 if c not in ("CY", "IE")] + "IS LI NO CH".split()


def O(slug, pref, kind, acr=(), alt=(), sv=None, qid=None, fb=(), members=None, add=(), remove=(),
      nonregional=False, drop=(), metonyms=()):
    return dict(slug=slug, pref=pref, kind=kind, acr=list(acr), alt=list(alt), sv=sv, qid=qid,
                fb=list(fb), members=members, add=list(add), remove=list(remove),
                nonregional=nonregional, drop=set(drop), metonyms=list(metonyms))


ORGS = [
    # alliances
    O("csto", "Collective Security Treaty Organization", MIL, ["CSTO"], sv="Collective Security Treaty Organization",
      members="AM BY KZ KG RU TJ".split()),
    O("nato", "North Atlantic Treaty Organization", MIL, ["NATO", "OTAN"], ["North Atlantic Alliance", "Atlantic Alliance"],
      sv="North Atlantic Treaty Organisation", fb=["NATO"]),
    O("anzus", "ANZUS Treaty", MIL, ["ANZUS"], ["Australia, New Zealand, United States Security Treaty"], fb=["ANZUS"]),
    O("aukus", "AUKUS", MIL, ["AUKUS"], ["AUKUS security pact"], members="AU GB US".split()),
    O("aes", "Alliance of Sahel States", MIL, ["AES"], ["Confederation of Sahel States", "Sahel alliance"],
      members="BF ML NE".split()),
    O("warsaw-pact", "Warsaw Pact", MIL, [], ["Warsaw Treaty Organization", "Warsaw Treaty Organisation"]),
    O("five-eyes", "Five Eyes", INT, ["FVEY"], ["Five Eyes alliance"], members="AU CA GB NZ US".split()),
    O("quad", "Quadrilateral Security Dialogue", FOR, ["Quad"], [], fb=["Quad"]),
    # unions and blocs
    O("eu", "European Union", PEU, ["EU"], [], sv="European Union", metonyms=["Brussels"]),  # "Brussels warned Budapest"
    O("union-state", "Union State of Russia and Belarus", PEU, [], ["Union State", "Union State of Belarus and Russia"],
      sv="Union State", members=["BY", "RU"]),
    O("eaeu", "Eurasian Economic Union", ECU, ["EAEU", "EEU"], ["Eurasian Union"], sv="Eurasian Economic Union", fb=["EAEU"]),
    O("mercosur", "Mercosur", TRB, ["MERCOSUR"], ["Southern Common Market", "Mercosul"], sv="Mercosur", fb=["Mercosur"]),
    O("efta", "European Free Trade Association", TRB, ["EFTA"], [], sv="European Free Trade Association", fb=["EFTA"]),
    O("eea", "European Economic Area", TRB, ["EEA"], [], members=EU27 + ["IS", "LI", "NO"]),
    O("usmca", "United States–Mexico–Canada Agreement", TRB, ["USMCA", "CUSMA", "T-MEC"],
      ["United States-Mexico-Canada Agreement"], fb=["USMCA"]),
    O("can", "Andean Community", TRB, ["CAN"], ["Comunidad Andina"], sv="Andean Community", fb=["CAN"]),
    O("comesa", "Common Market for Eastern and Southern Africa", TRB, ["COMESA"], [],
      sv="Common Market for Eastern and Southern Africa", fb=["COMESA"]),
    O("pacific-alliance", "Pacific Alliance", TRB, [], ["Alianza del Pacífico"], sv="Pacific Alliance", fb=["Pacific Alliance"]),
    O("benelux", "Benelux Union", ECU, [], ["Benelux"], sv="Benelux", fb=["Benelux"], drop=["General Secretariat of the Benelux Union"]),
    O("cemac", "Economic and Monetary Community of Central Africa", ECU, ["CEMAC"],
      ["Central African Economic and Monetary Community"], sv="Central African Economic and Monetary Community",
      members="CF CG CM GA GQ TD".split()),
    O("euro-area", "euro area", ECU, [], ["eurozone", "euro zone"], members=EURO21),  # lowercase, as the ECB and most news write them
    O("schengen-area", "Schengen Area", IO, [], ["Schengen zone", "Schengen"], members=SCHENGEN29),
    O("waemu", "West African Economic and Monetary Union", ECU, ["WAEMU", "UEMOA"],
      ["West African Monetary and Economic Union"], sv="West African Economic and Monetary Union", fb=["WAEMU"]),
    # regional organisations
    O("au", "African Union", REG, ["AU"], [], sv="African Union", fb=["AU"]),
    O("asean", "Association of Southeast Asian Nations", REG, ["ASEAN"], [], sv="Association of Southeast Asian Nations", fb=["ASEAN"]),
    O("arab-league", "Arab League", REG, ["LAS"], ["League of Arab States"], sv="Arab League", fb=["LAS"], add=["PS"]),
    O("gcc", "Gulf Cooperation Council", REG, ["GCC"], ["Cooperation Council for the Arab States of the Gulf"],
      sv="Cooperation Council for the Arab States of the Gulf", fb=["GCC"]),
    O("oas", "Organization of American States", REG, ["OAS"], [], sv="Organization of American States", fb=["OAS"]),
    O("osce", "Organization for Security and Co-operation in Europe", REG, ["OSCE"], [],
      sv="Organization for Security and Co-operation in Europe", fb=["OSCE"]),
    O("coe", "Council of Europe", REG, ["CoE"], [], sv="Council of Europe", fb=["CE"]),
    O("cis", "Commonwealth of Independent States", REG, ["CIS"], [], sv="Commonwealth of Independent States", fb=["CIS"]),
    O("sco", "Shanghai Cooperation Organisation", REG, ["SCO"], [], sv="Shanghai Cooperation Organisation",
      members="BY CN IN IR KG KZ PK RU TJ UZ".split()),
    O("ecowas", "Economic Community of West African States", REG, ["ECOWAS", "CEDEAO"], [],
      sv="Economic Community of West African States", members="BJ CV CI GM GH GN GW LR NG SN SL TG".split()),
    O("sadc", "Southern African Development Community", REG, ["SADC"], [], sv="Southern African Development Community", fb=["SADC"]),
    O("eac", "East African Community", REG, ["EAC"], [], sv="East African Community", fb=["EAC"]),
    O("g5-sahel", "G5 Sahel", REG, [], ["Group of Five for the Sahel", "G5 Sahel group"]),
    O("unasur", "Union of South American Nations", REG, ["UNASUR", "Unasur"], [], sv="Union of South American Nations"),
    O("cplp", "Community of Portuguese Language Countries", IO, ["CPLP"], ["Community of Portuguese-Speaking Countries"],
      sv="Community of Portuguese Language Countries"),
    O("cbss", "Council of the Baltic Sea States", REG, ["CBSS"], [], sv="Council of the Baltic Sea States"),
    O("beac", "Barents Euro-Arctic Council", FOR, ["BEAC"], []),
    O("cen-sad", "Community of Sahel-Saharan States", REG, ["CEN-SAD"], []),
    O("oecs", "Organisation of Eastern Caribbean States", REG, ["OECS"], ["Organization of Eastern Caribbean States"],
      sv="Organisation of Eastern Caribbean States"),
    O("sacu", "Southern African Customs Union", ECU, ["SACU"], [], sv="Southern African Customs Union"),
    O("lcbc", "Lake Chad Basin Commission", REG, ["LCBC"], [], sv="Lake Chad Basin Commission"),
    O("bimstec", "Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation", REG, ["BIMSTEC"], [],
      sv="Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation"),
    O("iora", "Indian Ocean Rim Association", REG, ["IORA"], [], sv="Indian Ocean Rim Association"),
    O("ufm", "Union for the Mediterranean", REG, ["UfM"], [], sv="Union for the Mediterranean"),
    O("paho", "Pan American Health Organization", IO, ["PAHO"], ["Pan American Health Organisation"], sv="Pan American Health Organization"),
    O("iachr", "Inter-American Commission on Human Rights", IO, ["IACHR"], [], sv="Inter-American Commission on Human Rights"),
    O("iea", "International Energy Agency", IO, ["IEA"], [], sv="International Energy Agency"),
    O("esa", "European Space Agency", IO, ["ESA"], [], sv="European Space Agency"),
    O("igad", "Intergovernmental Authority on Development", REG, ["IGAD"], [], sv="Intergovernmental Authority on Development", fb=["IGAD"]),
    O("eccas", "Economic Community of Central African States", REG, ["ECCAS", "CEEAC"], [],
      sv="Economic Community of Central African States", members="AO BI CD CF CG CM GA GQ RW ST TD".split()),
    O("caricom", "Caribbean Community", REG, ["CARICOM"], [], sv="Caribbean Community", fb=["Caricom"]),
    O("pif", "Pacific Islands Forum", REG, ["PIF"], [], sv="Pacific Islands Forum", fb=["PIF"]),
    O("sica", "Central American Integration System", REG, ["SICA"], [], sv="Central American Integration System", fb=["SICA"],
      drop=["General Secretariat of the Central American Integration System"]),
    O("celac", "Community of Latin American and Caribbean States", REG, ["CELAC"], [], fb=["CELAC"]),
    O("alba", "Bolivarian Alliance for the Peoples of Our America", REG, ["ALBA", "ALBA-TCP"], [],
      members="AG BO CU DM GD KN LC NI VC VE".split()),
    O("guam", "GUAM Organization for Democracy and Economic Development", REG, ["GUAM"], [],
      sv="GUAM Organization for Democracy and Economic Development", fb=["GUAM"]),
    O("ots", "Organization of Turkic States", REG, ["OTS"], ["Turkic Council", "Council of Turkic Speaking States"],
      sv="Organization of Turkic States", members="AZ KG KZ TR UZ".split()),
    O("nordic-council", "Nordic Council", REG, [], [], sv="Nordic Council", fb=["NC"]),
    O("saarc", "South Asian Association for Regional Cooperation", REG, ["SAARC"], [],
      sv="South Asian Association for Regional Cooperation", fb=["SAARC"]),
    O("amu", "Arab Maghreb Union", REG, ["AMU", "UMA"], [], sv="Arab Maghreb Union", fb=["AMU"]),
    O("eco", "Economic Cooperation Organization", REG, ["ECO"], [], sv="Economic Cooperation Organization", fb=["ECO"]),
    O("bsec", "Organization of the Black Sea Economic Cooperation", REG, ["BSEC"], ["Black Sea Economic Cooperation"],
      sv="Organization of the Black Sea Economic Cooperation", fb=["BSEC"]),
    O("arctic-council", "Arctic Council", FOR, [], [], sv="Arctic Council", fb=["Arctic Council"]),
    # forums
    O("g7", "Group of Seven", FOR, ["G7", "G-7"], ["Group of 7"], qid="Q1764511", fb=["G-7"]),
    O("g20", "Group of Twenty", FOR, ["G20", "G-20"], ["Group of 20"], qid="Q19771", fb=["G-20"]),
    O("g8", "Group of Eight", FOR, ["G8", "G-8"], ["Group of 8"], fb=["G-8"]),  # the G7 with Russia, suspended since 2014
    O("g77", "Group of 77", FOR, ["G77", "G-77"], [], fb=["G-77"]),
    O("brics", "BRICS", FOR, ["BRICS"], [], members="AE BR CN EG ET ID IN IR RU ZA".split()),
    O("apec", "Asia-Pacific Economic Cooperation", FOR, ["APEC"], [], fb=["APEC"]),
    O("nam", "Non-Aligned Movement", FOR, ["NAM"], ["Nonaligned Movement"], fb=["NAM"]),
    O("visegrad-group", "Visegrád Group", FOR, ["V4"], ["Visegrad Group", "Visegrad Four", "Visegrád Four"],
      members="CZ HU PL SK".split()),
    # international organisations
    O("un", "United Nations", IO, ["UN", "U.N."], ["United Nations Organization"], sv="United Nations", fb=["UN"]),
    O("commonwealth-of-nations", "Commonwealth of Nations", IO, [], ["The Commonwealth", "British Commonwealth"],
      qid="Q7785", fb=["C", "Commonwealth of Nations"]),
    O("oic", "Organisation of Islamic Cooperation", IO, ["OIC"], ["Organization of the Islamic Conference"],
      sv="Organisation of Islamic Cooperation", fb=["OIC"], add=["PS"]),
    O("oif", "Organisation internationale de la Francophonie", IO, ["OIF"],
      ["International Organisation of La Francophonie", "La Francophonie", "Francophonie"],
      sv="International Organisation of La Francophonie", fb=["OIF", "Francophonie"]),
    O("oecd", "Organisation for Economic Co-operation and Development", IO, ["OECD"], [],
      sv="Organisation for Economic Co-operation and Development", fb=["OECD"],
      add=["CL", "CO", "CR", "LV"], remove=["IN"]),  # the Factbook extract lists India, a partner, and misses four members
    O("wto", "World Trade Organization", IO, ["WTO"], [], sv="World Trade Organization", fb=["WTO"]),
    O("interpol", "International Criminal Police Organization", IO, ["INTERPOL", "ICPO"], ["Interpol"],
      sv="International Criminal Police Organization", fb=["Interpol"]),
    O("opcw", "Organisation for the Prohibition of Chemical Weapons", IO, ["OPCW"], [],
      sv="Organisation for the Prohibition of Chemical Weapons", fb=["OPCW"]),
    O("icrc", "International Committee of the Red Cross", IO, ["ICRC"], [], sv="International Committee of the Red Cross"),
    O("red-cross", "International Red Cross and Red Crescent Movement", IO, ["ICRM"], ["Red Cross", "Red Crescent"]),
    O("fatf", "Financial Action Task Force", IO, ["FATF"], [], sv="Financial Action Task Force", fb=["FATF"]),
    O("iom", "International Organization for Migration", IO, ["IOM"], [], sv="International Organization for Migration", fb=["IOM"]),
    # courts
    O("icc", "International Criminal Court", CRT, ["ICC"], ["Hague court", "The Hague court"], sv="International Criminal Court",
      fb=["ICCt", "ICCT"], add=["UA"]),
    O("icj", "International Court of Justice", CRT, ["ICJ"], ["World Court"], sv="International Court of Justice"),
    O("pca", "Permanent Court of Arbitration", CRT, ["PCA"], [], sv="Permanent Court of Arbitration", fb=["PCA"]),
    O("echr", "European Court of Human Rights", CRT, ["ECtHR"], ["Strasbourg court"], sv="European Court of Human Rights",
      drop=["ECHR"]),
    O("cjeu", "Court of Justice of the European Union", CRT, ["CJEU", "ECJ"], ["European Court of Justice"],
      sv="Court of Justice of the European Union"),
    # financial institutions
    O("imf", "International Monetary Fund", FIN, ["IMF"], [], sv="International Monetary Fund", fb=["IMF"]),
    O("world-bank", "World Bank", FIN, [], [], sv="World Bank", fb=["IBRD"], drop=["WB"]),
    O("aiib", "Asian Infrastructure Investment Bank", FIN, ["AIIB"], [], sv="Asian Infrastructure Investment Bank"),
    O("ndb", "New Development Bank", FIN, ["NDB"], ["BRICS Bank", "BRICS Development Bank"], sv="New Development Bank"),
    O("iib", "International Investment Bank", FIN, ["IIB"], [], sv="International Investment Bank"),
    O("ibec", "International Bank for Economic Co-operation", FIN, ["IBEC"], ["International Bank for Economic Cooperation"],
      sv="International Bank for Economic Co-operation"),
    O("adb", "Asian Development Bank", FIN, ["ADB"], [], sv="Asian Development Bank", fb=["ADB"], nonregional=True),
    O("afdb", "African Development Bank", FIN, ["AfDB"], [], sv="African Development Bank", fb=["AfDB"], nonregional=True),
    O("ebrd", "European Bank for Reconstruction and Development", FIN, ["EBRD"], [],
      sv="European Bank for Reconstruction and Development", fb=["EBRD"]),
    O("eib", "European Investment Bank", FIN, ["EIB"], [], sv="European Investment Bank"),
    O("iadb", "Inter-American Development Bank", FIN, ["IDB", "IADB"], [], sv="Inter-American Development Bank", fb=["IADB"]),
    O("isdb", "Islamic Development Bank", FIN, ["IsDB"], [], sv="Islamic Development Bank"),
    O("edb", "Eurasian Development Bank", FIN, ["EDB"], [], sv="Eurasian Development Bank"),
    O("bis", "Bank for International Settlements", FIN, ["BIS"], [], sv="Bank for International Settlements", fb=["BIS"]),
    # cartels
    O("opec", "Organization of the Petroleum Exporting Countries", CAR, ["OPEC"], [],
      sv="Organization of the Petroleum Exporting Countries", members=OPEC12),
    O("opec-plus", "OPEC+", CAR, ["OPEC+"], ["OPEC Plus"], members=OPEC12 + "AZ BH BN KZ MX MY OM RU SD SS".split()),
    O("oapec", "Organization of Arab Petroleum Exporting Countries", CAR, ["OAPEC"], [],
      sv="Organization of Arab Petroleum Exporting Countries", fb=["OAPEC"]),
    # UN bodies
    O("unsc", "United Nations Security Council", UNB, ["UNSC"], ["UN Security Council", "Security Council"],
      sv="United Nations Security Council"),
    O("unga", "United Nations General Assembly", UNB, ["UNGA"], ["UN General Assembly"], sv="United Nations General Assembly"),
    O("unhrc", "United Nations Human Rights Council", UNB, ["UNHRC"], ["UN Human Rights Council", "Human Rights Council"],
      sv="United Nations Human Rights Council"),
    O("who", "World Health Organization", UNB, ["WHO"], [], sv="World Health Organization", fb=["WHO"]),
    O("iaea", "International Atomic Energy Agency", UNB, ["IAEA"], ["UN nuclear watchdog"],
      sv="International Atomic Energy Agency", fb=["IAEA"]),
    O("unesco", "United Nations Educational, Scientific and Cultural Organization", UNB, ["UNESCO"], [],
      sv="United Nations Educational, Scientific and Cultural Organization", fb=["UNESCO"]),
    O("unicef", "United Nations Children's Fund", UNB, ["UNICEF"], [], sv="United Nations Children’s Fund"),
    O("wipo", "World Intellectual Property Organization", UNB, ["WIPO"], [], sv="World Intellectual Property Organization"),
    O("itu", "International Telecommunication Union", UNB, ["ITU"], [], sv="International Telecommunication Union"),
    O("icao", "International Civil Aviation Organization", UNB, ["ICAO"], [], sv="International Civil Aviation Organization"),
    O("imo", "International Maritime Organization", UNB, [], ["International Maritime Organisation"], sv="International Maritime Organization"),
    O("unwto", "World Tourism Organization", UNB, ["UNWTO", "UN Tourism"], ["UN World Tourism Organization"]),
    O("unhcr", "Office of the United Nations High Commissioner for Refugees", UNB, ["UNHCR"],
      ["UN refugee agency", "United Nations High Commissioner for Refugees"],
      sv="Office of the United Nations High Commissioner for Refugees"),
    O("wfp", "World Food Programme", UNB, ["WFP"], ["United Nations World Food Programme"],
      sv="United Nations World Food Programme"),
    O("fao", "Food and Agriculture Organization", UNB, ["FAO"], ["Food and Agriculture Organization of the United Nations"],
      sv="Food and Agriculture Organization", fb=["FAO"]),
    O("ilo", "International Labour Organization", UNB, ["ILO"], [], sv="International Labour Organization", fb=["ILO"]),
    O("undp", "United Nations Development Programme", UNB, ["UNDP"], [], sv="United Nations Development Programme"),
    O("unrwa", "United Nations Relief and Works Agency for Palestine Refugees in the Near East", UNB, ["UNRWA"], [],
      sv="United Nations Relief and Works Agency for Palestine Refugees in the Near East"),
    # EU institutions
    O("european-commission", "European Commission", EUI, [], ["Commission of the European Union"], sv="European Commission"),
    O("european-parliament", "European Parliament", EUI, ["EP"], [], sv="European Parliament", drop=["EP"]),
    O("european-council", "European Council", EUI, ["EUCO"], [], sv="European Council"),
    O("council-of-the-eu", "Council of the European Union", EUI, [], ["Council of the EU", "Council of Ministers of the EU"],
      sv="Council of the European Union", drop=["Council of ministers"]),
    O("ecb", "European Central Bank", EUI, ["ECB"], [], sv="European Central Bank"),
    O("frontex", "European Border and Coast Guard Agency", EUI, [], ["Frontex"], sv="European Border and Coast Guard Agency"),
    O("europol", "Europol", EUI, [], ["European Union Agency for Law Enforcement Cooperation"], sv="Europol"),
]

# Further bodies of states that news on memberships names: groupings without a secretariat
# (the Bucharest Nine, the Weimar Triangle), trade agreements with parties (CPTPP, RCEP,
# AfCFTA), export-control regimes, UN funds and agencies, and regional banks and commissions.
# Member lists only from the Factbook extract or where certain as of January 2026.
ASEAN10 = "BN KH ID LA MY MM PH SG TH VN".split()
ORGS += [
    O("d-8", "D-8 Organization for Economic Cooperation", IO, ["D-8", "D8"],
      ["Developing Eight", "Developing-8", "Developing 8", "D-8 Organisation for Economic Cooperation"], fb=["D-8"], add=["AZ"]),
    O("cptpp", "Comprehensive and Progressive Agreement for Trans-Pacific Partnership", TRB, ["CPTPP", "TPP-11"],
      ["Comprehensive and Progressive Trans-Pacific Partnership"], members="AU BN CA CL GB JP MX MY NZ PE SG VN".split()),
    O("rcep", "Regional Comprehensive Economic Partnership", TRB, ["RCEP"], [], members=ASEAN10 + "AU CN JP KR NZ".split()),
    O("afcfta", "African Continental Free Trade Area", TRB, ["AfCFTA"], ["African Continental Free Trade Agreement"]),
    O("nafta", "North American Free Trade Agreement", TRB, ["NAFTA"], [], fb=["NAFTA"]),
    O("cefta", "Central European Free Trade Agreement", TRB, ["CEFTA"], [], fb=["CEFTA"]),
    O("aladi", "Latin American Integration Association", TRB, ["ALADI", "LAIA"], [], sv="Latin American Integration Association", fb=["LAIA"]),
    O("eurasec", "Eurasian Economic Community", ECU, ["EurAsEC"], [], fb=["EAEC"]),  # merged into the EAEU in 2015
    O("three-seas-initiative", "Three Seas Initiative", FOR, ["3SI"], ["Three Seas", "Trimarium"]),
    O("bucharest-nine", "Bucharest Nine", FOR, ["B9"], ["Bucharest Format"], members="BG CZ EE HU LT LV PL RO SK".split()),
    O("nordic-baltic-eight", "Nordic-Baltic Eight", FOR, ["NB8"], ["Nordic–Baltic Eight"], members="DK EE FI IS LT LV NO SE".split()),
    O("weimar-triangle", "Weimar Triangle", FOR, [], [], members="DE FR PL".split()),
    O("joint-expeditionary-force", "Joint Expeditionary Force", MIL, ["JEF"], [], members="DK EE FI GB IS LT LV NL NO SE".split()),
    O("european-political-community", "European Political Community", FOR, ["EPC"], []),
    O("eastern-partnership", "Eastern Partnership", FOR, ["EaP"], []),
    O("partnership-for-peace", "Partnership for Peace", FOR, ["PfP"], [], fb=["PFP"]),
    O("eapc", "Euro-Atlantic Partnership Council", FOR, ["EAPC"], [], fb=["EAPC"]),
    O("osce-minsk-group", "OSCE Minsk Group", FOR, [], ["Minsk Group"]),
    O("central-european-initiative", "Central European Initiative", REG, ["CEI"], [], fb=["CEI"]),
    O("cica", "Conference on Interaction and Confidence-Building Measures in Asia", FOR, ["CICA"], [], fb=["CICA"]),
    O("east-asia-summit", "East Asia Summit", FOR, ["EAS"], [], fb=["EAS"]),
    O("asean-regional-forum", "ASEAN Regional Forum", FOR, ["ARF"], [], fb=["ARF"]),
    O("aosis", "Alliance of Small Island States", FOR, ["AOSIS"], [], fb=["AOSIS"]),
    O("lima-group", "Lima Group", FOR, [], []),
    O("prosur", "Forum for the Progress and Development of South America", REG, ["PROSUR", "Prosur"], []),
    O("acs", "Association of Caribbean States", REG, ["ACS"], [], sv="Association of Caribbean States"),
    O("acto", "Amazon Cooperation Treaty Organization", REG, ["ACTO", "OTCA"], [], sv="Amazon Cooperation Treaty Organization"),
    O("sela", "Latin American and Caribbean Economic System", REG, ["SELA"], [], sv="Latin American and the Caribbean Economic System", fb=["LAES"]),
    O("oei", "Organization of Ibero-American States", IO, ["OEI"], [], sv="Organization of Ibero-American States"),
    O("petrocaribe", "Petrocaribe", ECU, [], ["PetroCaribe"], fb=["PETROCARIBE"]),
    O("spc", "Pacific Community", REG, ["SPC"], ["Secretariat of the Pacific Community"], sv="Pacific Community", fb=["SPC"]),
    O("msg", "Melanesian Spearhead Group", REG, ["MSG"], [], sv="Melanesian Spearhead Group"),
    O("indian-ocean-commission", "Indian Ocean Commission", REG, [], [], sv="Indian Ocean Commission", fb=["INOC"]),
    O("mekong-river-commission", "Mekong River Commission", REG, ["MRC"], [], sv="Mekong River Commission"),
    O("mano-river-union", "Mano River Union", REG, ["MRU"], [], sv="Mano River Union"),
    O("cepgl", "Economic Community of the Great Lakes Countries", REG, ["CEPGL"], [],
      sv="Economic Community of the Great Lakes Countries", fb=["CEPGL"]),
    O("niger-basin-authority", "Niger Basin Authority", REG, [], [], sv="Niger Basin Authority"),
    O("liptako-gourma-authority", "Liptako-Gourma Authority", REG, [], ["Liptako-Gourma Region Integrated Development Authority"],
      members="BF ML NE".split()),
    O("council-of-the-entente", "Council of the Entente", REG, [], ["Conseil de l'Entente"], fb=["ENTENTE"]),
    O("oacps", "Organisation of African, Caribbean and Pacific States", IO, ["OACPS"],
      ["ACP Group", "African, Caribbean and Pacific Group of States"], sv="Organisation of African, Caribbean and Pacific States", fb=["ACP"]),
    O("colombo-plan", "Colombo Plan", IO, [], [], sv="Colombo Plan", fb=["CP"]),
    O("gecf", "Gas Exporting Countries Forum", CAR, ["GECF"], [], sv="Gas Exporting Countries Forum"),
    O("emgf", "East Mediterranean Gas Forum", FOR, ["EMGF"], ["EastMed Gas Forum"], sv="East Mediterranean Gas Forum",
      drop=["EastMed Gas Forum"]),
    O("nsg", "Nuclear Suppliers Group", IO, ["NSG"], [], fb=["NSG"]),
    O("wassenaar-arrangement", "Wassenaar Arrangement", IO, [], []),
    O("mtcr", "Missile Technology Control Regime", IO, ["MTCR"], []),
    O("paris-club", "Paris Club", FOR, [], [], fb=["PARIS_CLUB"]),
    O("ctbto", "Comprehensive Nuclear-Test-Ban Treaty Organization", IO, ["CTBTO"], [],
      sv="Comprehensive Nuclear-Test-Ban Treaty Organisation"),
    O("isa", "International Seabed Authority", IO, [], [], sv="International Seabed Authority", drop=["ISA"]),
    O("irena", "International Renewable Energy Agency", IO, ["IRENA"], [], sv="International Renewable Energy Agency"),
    O("wco", "World Customs Organization", IO, ["WCO"], [], fb=["WCO"]),
    O("ipu", "Inter-Parliamentary Union", IO, ["IPU"], [], fb=["IPU"]),
    O("cern", "European Organization for Nuclear Research", IO, ["CERN"], [], sv="European Organization for Nuclear Research", fb=["CERN"]),
    O("euratom", "European Atomic Energy Community", IO, ["Euratom"], [], sv="European Atomic Energy Community", drop=["EAEC"]),
    O("pace", "Parliamentary Assembly of the Council of Europe", REG, ["PACE"], []),
    O("caribbean-court-of-justice", "Caribbean Court of Justice", CRT, ["CCJ"], [], sv="Caribbean Court of Justice"),
    O("african-court", "African Court on Human and Peoples' Rights", CRT, ["AfCHPR"], []),
    O("inter-american-court", "Inter-American Court of Human Rights", CRT, ["IACtHR"], []),
    O("icsid", "International Centre for Settlement of Investment Disputes", CRT, ["ICSID"], []),
    # UN bodies, funds and agencies
    O("ecosoc", "United Nations Economic and Social Council", UNB, ["ECOSOC"], [], sv="United Nations Economic and Social Council"),
    O("ohchr", "Office of the United Nations High Commissioner for Human Rights", UNB, ["OHCHR"],
      ["UN Human Rights Office", "UN human rights office", "Office of the UN High Commissioner for Human Rights"]),
    O("unctad", "United Nations Conference on Trade and Development", UNB, ["UNCTAD"], ["UN Trade and Development"], fb=["UNCTAD"]),
    O("unep", "United Nations Environment Programme", UNB, ["UNEP"], [], sv="United Nations Environment Programme"),
    O("unfpa", "United Nations Population Fund", UNB, ["UNFPA"], [], sv="United Nations Population Fund"),
    O("un-women", "UN Women", UNB, [], [], sv="UN Women"),
    O("unodc", "United Nations Office on Drugs and Crime", UNB, ["UNODC"], ["UN Office on Drugs and Crime"]),
    O("ocha", "United Nations Office for the Coordination of Humanitarian Affairs", UNB, ["OCHA", "UNOCHA"],
      ["UN Office for the Coordination of Humanitarian Affairs"]),
    O("unfccc", "United Nations Framework Convention on Climate Change", UNB, ["UNFCCC"], ["UN Framework Convention on Climate Change"]),
    O("ipcc", "Intergovernmental Panel on Climate Change", UNB, ["IPCC"], []),
    O("ifad", "International Fund for Agricultural Development", UNB, ["IFAD"], [], sv="International Fund for Agricultural Development", fb=["IFAD"]),
    O("unido", "United Nations Industrial Development Organization", UNB, ["UNIDO"], [],
      sv="United Nations Industrial Development Organization", fb=["UNIDO"]),
    O("upu", "Universal Postal Union", UNB, ["UPU"], [], sv="Universal Postal Union", fb=["UPU"]),
    O("wmo", "World Meteorological Organization", UNB, ["WMO"], [], sv="World Meteorological Organization", fb=["WMO"]),
    O("minusma", "United Nations Multidimensional Integrated Stabilization Mission in Mali", UNB, ["MINUSMA"], []),
    O("monusco", "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo", UNB, ["MONUSCO"], []),
    O("unifil", "United Nations Interim Force in Lebanon", UNB, ["UNIFIL"], []),
    O("unmiss", "United Nations Mission in the Republic of South Sudan", UNB, ["UNMISS"], ["United Nations Mission in South Sudan"]),
    # financial institutions
    O("afreximbank", "African Export-Import Bank", FIN, ["Afreximbank"], ["African Export–Import Bank"], sv="African Export-Import Bank"),
    O("cabei", "Central American Bank for Economic Integration", FIN, ["CABEI", "BCIE"], [],
      sv="Central American Bank for Economic Integration", fb=["BCIE"]),
    O("caf", "Development Bank of Latin America and the Caribbean", FIN, ["CAF"], [],
      sv="CAF - Development Bank of Latin America and the Caribbean"),
    O("caribbean-development-bank", "Caribbean Development Bank", FIN, ["CDB"], [], sv="Caribbean Development Bank", fb=["CDB"], drop=["CBD"]),
    O("opec-fund", "OPEC Fund for International Development", FIN, [], ["OPEC Fund"], sv="OPEC Fund for International Development",
      drop=["Organization of the Petroleum Exporting Countries"]),
    O("arab-monetary-fund", "Arab Monetary Fund", FIN, ["AMF"], [], sv="Arab Monetary Fund", fb=["AMF"]),
    O("boad", "West African Development Bank", FIN, ["BOAD"], [], sv="West African Development Bank", fb=["WADB"]),
    O("bstdb", "Black Sea Trade and Development Bank", FIN, ["BSTDB"], [], sv="Black Sea Trade and Development Bank"),
    O("ifc", "International Finance Corporation", FIN, ["IFC"], [], fb=["IFC"]),
    O("eurojust", "Eurojust", EUI, [], ["European Union Agency for Criminal Justice Cooperation"],
      sv="European Union Agency for Criminal Justice Cooperation"),
    O("ioc", "International Olympic Committee", NGO, ["IOC"], [], fb=["IOC"]),
]

# News agencies and broadcasters that articles cite as their source ("France 24/AFP", "told
# Reuters"); without them "France 24" reads as the state France. QIDs only where certain.
ORGS += [
    O("afp", "Agence France-Presse", MEDIA, ["AFP"], ["Agence France Presse"], qid="Q40464"),
    O("reuters", "Reuters", MEDIA, [], [], qid="Q130879"),
    O("associated-press", "Associated Press", MEDIA, ["AP"], ["The Associated Press"], qid="Q40469"),
    O("bbc", "BBC", MEDIA, ["BBC"], ["British Broadcasting Corporation", "BBC News"], qid="Q9531"),
    O("cnn", "CNN", MEDIA, ["CNN"], ["Cable News Network"], qid="Q48340"),
    O("france-24", "France 24", MEDIA, [], ["France24"]),
    O("tass", "TASS", MEDIA, ["TASS"], ["Russian News Agency TASS", "ITAR-TASS"]),
    O("ria-novosti", "RIA Novosti", MEDIA, [], []),
    O("interfax", "Interfax", MEDIA, [], []),
    O("xinhua", "Xinhua News Agency", MEDIA, [], ["Xinhua"]),
    O("al-jazeera", "Al Jazeera", MEDIA, [], ["Al-Jazeera"]),
    O("anadolu", "Anadolu Agency", MEDIA, [], ["Anadolu"]),
    O("dpa", "Deutsche Presse-Agentur", MEDIA, ["DPA", "dpa"], []),
    O("efe", "Agencia EFE", MEDIA, ["EFE"], []),
    O("al-arabiya", "Al Arabiya", MEDIA, [], ["Al-Arabiya"]),
    O("deutsche-welle", "Deutsche Welle", MEDIA, ["DW"], []),
    O("rt", "RT", MEDIA, ["RT"], ["Russia Today"]),
    O("sputnik", "Sputnik", MEDIA, [], ["Sputnik News"]),
    O("voice-of-america", "Voice of America", MEDIA, ["VOA"], []),
    O("rfe-rl", "Radio Free Europe/Radio Liberty", MEDIA, ["RFE/RL"], ["Radio Free Europe", "Radio Liberty"]),
    O("new-york-times", "The New York Times", MEDIA, [], ["New York Times"], qid="Q9684"),
    O("guardian", "The Guardian", MEDIA, [], [], qid="Q11148"),
    O("washington-post", "The Washington Post", MEDIA, [], ["Washington Post"]),
    O("wall-street-journal", "The Wall Street Journal", MEDIA, ["WSJ"], ["Wall Street Journal"]),
    O("financial-times", "Financial Times", MEDIA, [], []),
    O("bloomberg-news", "Bloomberg News", MEDIA, [], []),
    O("euronews", "Euronews", MEDIA, [], []),
    O("sky-news", "Sky News", MEDIA, [], []),
    O("wikinews", "Wikinews", MEDIA, [], []),
    O("npr", "NPR", MEDIA, ["NPR"], ["National Public Radio"]),
    O("fox-news", "Fox News", MEDIA, [], []),
    O("nbc-news", "NBC News", MEDIA, [], []),
    O("cbs-news", "CBS News", MEDIA, [], []),
    O("abc-news", "ABC News", MEDIA, [], []),
    O("usa-today", "USA Today", MEDIA, [], []),
    O("los-angeles-times", "Los Angeles Times", MEDIA, [], []),
    O("politico", "Politico", MEDIA, [], []),
    O("axios", "Axios", MEDIA, [], []),
    O("business-insider", "Business Insider", MEDIA, [], []),
    O("daily-telegraph", "The Daily Telegraph", MEDIA, [], ["Daily Telegraph", "The Telegraph"]),
    O("daily-mail", "Daily Mail", MEDIA, [], ["The Daily Mail"]),
    O("the-independent", "The Independent", MEDIA, [], []),
    O("the-times", "The Times", MEDIA, [], []),
    O("the-economist", "The Economist", MEDIA, [], []),
    O("le-monde", "Le Monde", MEDIA, [], []),
    O("der-spiegel", "Der Spiegel", MEDIA, [], ["Spiegel"]),
    O("kommersant", "Kommersant", MEDIA, [], []),
    O("south-china-morning-post", "South China Morning Post", MEDIA, ["SCMP"], []),
]

# The national bodies that international news names most, by the names reporters use; a state's
# ministries named by portfolio ("Turkey's foreign ministry") need no entry (builder/annotate.py).
ORGS += [
    O("us-department-of-state", "United States Department of State", GOV, [],
      ["State Department", "US State Department", "U.S. State Department"]),
    O("us-department-of-defense", "United States Department of Defense", GOV, [],
      ["Defense Department", "US Department of Defense", "U.S. Department of Defense"]),
    O("us-department-of-justice", "United States Department of Justice", GOV, ["DOJ"],
      ["Justice Department", "US Justice Department", "U.S. Justice Department"]),
    O("us-department-of-the-treasury", "United States Department of the Treasury", GOV, [],
      ["Treasury Department", "US Treasury", "U.S. Treasury"]),
    O("us-department-of-homeland-security", "United States Department of Homeland Security", GOV, ["DHS"],
      ["Homeland Security Department"]),
    O("cia", "Central Intelligence Agency", GOV, ["CIA"], []),
    O("fbi", "Federal Bureau of Investigation", GOV, ["FBI"], []),
    O("cdc", "Centers for Disease Control and Prevention", GOV, ["CDC"], []),
]

# Bodies that news names as actors but that have no member states: non-governmental
# organisations, armed groups, and the companies and online platforms news most often cites. Without
# them a one-word name ("Greenpeace", "Hamas", "Twitter") is seldom recognised. Names that are
# also common words or places ("Amazon", "Shell", "X", "Wagner") are left out. QIDs only where certain.
ORGS += [
    O("amnesty-international", "Amnesty International", NGO, [], ["Amnesty"], qid="Q42970"),
    O("human-rights-watch", "Human Rights Watch", NGO, ["HRW"], []),
    O("greenpeace", "Greenpeace", NGO, [], []),
    O("msf", "Médecins Sans Frontières", NGO, ["MSF"], ["Doctors Without Borders", "Medecins Sans Frontieres"]),
    O("oxfam", "Oxfam", NGO, [], ["Oxfam International"]),
    O("transparency-international", "Transparency International", NGO, [], []),
    O("save-the-children", "Save the Children", NGO, [], []),
    O("international-crisis-group", "International Crisis Group", NGO, [], ["Crisis Group"]),
    O("reporters-without-borders", "Reporters Without Borders", NGO, [], ["Reporters Sans Frontières"]),
    O("cpj", "Committee to Protect Journalists", NGO, ["CPJ"], []),
    O("hamas", "Hamas", ARMED, [], []),
    O("hezbollah", "Hezbollah", ARMED, [], ["Hizbollah", "Hizbullah"]),
    O("taliban", "Taliban", ARMED, [], []),
    O("islamic-state", "Islamic State", ARMED, ["ISIS", "ISIL"],
      ["Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant", "Daesh"]),
    O("al-qaeda", "Al-Qaeda", ARMED, [], ["al-Qaeda", "al-Qaida", "Al Qaeda", "al Qaeda"]),
    O("al-shabaab", "Al-Shabaab", ARMED, [], ["al-Shabaab", "al-Shabab"]),
    O("boko-haram", "Boko Haram", ARMED, [], []),
    O("houthi-movement", "Houthi movement", ARMED, [], ["Houthis", "Houthi", "Ansar Allah"]),
    O("hts", "Hayat Tahrir al-Sham", ARMED, ["HTS"], []),
    O("wagner-group", "Wagner Group", ARMED, [], ["PMC Wagner"]),
    O("pkk", "Kurdistan Workers' Party", ARMED, ["PKK"], []),
    O("ypg", "People's Protection Units", ARMED, ["YPG"], []),
    O("sdf", "Syrian Democratic Forces", ARMED, ["SDF"], []),
    O("irgc", "Islamic Revolutionary Guard Corps", ARMED, ["IRGC"], ["Revolutionary Guards", "Revolutionary Guard Corps"]),
    O("rapid-support-forces", "Rapid Support Forces", ARMED, [], []),
    O("m23", "March 23 Movement", ARMED, ["M23"], []),
    O("twitter", "Twitter", PLATFORM, [], [], qid="Q918"),
    O("facebook", "Facebook", PLATFORM, [], [], qid="Q355"),
    O("youtube", "YouTube", PLATFORM, [], [], qid="Q866"),
    O("google", "Google", COMPANY, [], [], qid="Q95"),
    O("microsoft", "Microsoft", COMPANY, [], [], qid="Q2283"),
    O("telegram", "Telegram", PLATFORM, [], []),
    O("tiktok", "TikTok", PLATFORM, [], []),
    O("wikipedia", "Wikipedia", PLATFORM, [], [], qid="Q52"),
    O("boeing", "Boeing", COMPANY, [], ["Boeing Company"], qid="Q66"),
    O("gazprom", "Gazprom", COMPANY, [], []),
    O("rosneft", "Rosneft", COMPANY, [], []),
    O("saudi-aramco", "Saudi Aramco", COMPANY, [], ["Aramco"]),
]

# States that no longer exist but that news still names as actors of the past: (name, QID,
# aliases, demonyms, comment). They are states, so "the collapse of the USSR" names no
# organisation, and "former Soviet states" is a nationality, not a mention.
FORMER_STATES = [
    ("Soviet Union", "Q15180", ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"], ["Soviet"],
     "Former state, dissolved in 1991."),
    ("Yugoslavia", "Q36704", ["Socialist Federal Republic of Yugoslavia", "SFRY"], ["Yugoslav"], "Former state, dissolved in 1992."),
    ("Czechoslovakia", "Q33946", [], ["Czechoslovak"], "Former state, dissolved in 1993."),
    ("East Germany", "Q16957", ["German Democratic Republic", "GDR"], ["East German"], "Former state, joined Germany in 1990."),
]


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------

def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^a-z0-9]+", "-", text)
    return text.strip("-")


def norm_key(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", text).strip().casefold()


def is_latin(text: str) -> bool:
    for ch in text:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def is_cyrillic(text: str) -> bool:
    return all(not ch.isalpha() or "CYRILLIC" in unicodedata.name(ch, "") for ch in text)


def clean_name(text: str) -> str:
    """Normalise an official/UNTERM/Factbook name: drop notes, '(the)', leading 'the', invert 'X, Y of'."""
    if not text:
        return ""
    text = text.split("; note")[0].split(";")[0].replace("*", "").strip()
    text = re.sub(r"\s*\(the\)\s*$", "", text, flags=re.I)
    m = re.match(r"^(.*?) \((?:the )?(.* of(?: the)?)\)$", text)
    if m:
        text = f"{m.group(2)} {m.group(1)}"
    m = re.match(r"^(.*?), (?:the )?(.* of(?: the)?)$", text, flags=re.I)
    if m:
        text = f"{m.group(2)} {m.group(1)}"
    text = re.sub(r"^the\s+", "", text, flags=re.I)
    if text.startswith("former "):
        text = "F" + text[1:]
    text = re.sub(r"\s+", " ", text).strip()
    if text.lower() in {"none", "n/a", "-"}:
        return ""
    return text


def good_alias(text: str, keep_short: set[str] = SHORT_KEEP) -> bool:
    if not text or not is_latin(text):
        return False
    if text in keep_short:
        return True
    if len(text) < 3 or re.fullmatch(r"[A-Z]{2}", text):
        return False
    if norm_key(text) in ALIAS_STOP:
        return False
    if "," in text or "(" in text or not text[0].isalnum() or re.match(r"(and|or) ", text):
        return False
    return True


def qid_of(value: str) -> str | None:
    if not value:
        return None
    m = re.search(r"(Q\d+)", value)
    return m.group(1) if m else None


def split_demonyms(noun: str, adj: str) -> list[str]:
    out: list[str] = []
    for raw in (noun, adj):
        if not raw:
            continue
        raw = re.split(r";?\s*note\b", raw)[0]
        extra = re.findall(r"\(or ([^)]+)\)", raw)
        raw = re.sub(r"\(s\)", "\u00a7", raw)          # mark plural-by-(s) words
        raw = re.sub(r"\([^)]*\)", "", raw)               # drop "(singular and plural)", "(men)", ...
        for part in re.split(r",| or |;| and ", raw) + extra:
            plural = "\u00a7" in part
            part = re.sub(r"\s+", " ", part.replace("\u00a7", "")).strip()
            if not part or part.lower() in {"none", "singular", "plural"}:
                continue
            out.append(part)
            if plural:
                out.append(part + "s")
    return out


class Entity:
    def __init__(self, iri: str, cls: str):
        self.iri = iri
        self.cls = cls
        self.pref: str = ""
        self.alt: dict[str, list[str]] = defaultdict(list)  # lang -> labels
        self.acronyms: list[str] = []
        self.demonyms: list[str] = []
        self.metonyms: list[str] = []
        self.iso2 = self.iso3 = None
        self.qid: str | None = None
        self.capitals: list[str] = []
        self.capital_of: list[str] = []
        self.members: set[str] = set()
        self.kind: str | None = None
        self.comments: list[str] = []

    def add_alt(self, text: str, lang: str = "en", check=True):
        text = (text or "").strip()
        if not text:
            return
        if check and lang == "en" and not good_alias(text):
            return
        if lang == "ru" and not is_cyrillic(text):
            return
        self.alt[lang].append(text)


def die(msg: str):
    print(f"build_reference: error: {msg}", file=sys.stderr)
    sys.exit(2)


# --------------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------------

def load(sources: Path):
    paths = {}
    for key, name in SOURCE_FILES.items():
        p = sources / name
        if not p.is_file():
            die(f"missing source file {p}")
        paths[key] = p

    def rows(key):
        with open(paths[key], newline="", encoding="utf-8") as fh:
            return list(csv.DictReader(fh))

    with open(paths["mledoze"], encoding="utf-8") as fh:
        mledoze = json.load(fh)
    return {
        "countries": rows("countries"), "mledoze": mledoze, "factbook": rows("factbook"),
        "coder": rows("coder"), "capitals": rows("capitals"), "disputed": rows("disputed"),
        "supraverden": rows("supraverden"), "dieghernan": rows("dieghernan"),
    }


def build(src) -> dict[str, Entity]:
    ents: dict[str, Entity] = {}
    countries = {r["ISO3166-1-Alpha-2"]: r for r in src["countries"] if r["ISO3166-1-Alpha-2"]}
    mled = {c["cca2"]: c for c in src["mledoze"]}
    coder_by_iso = {r["iso1A2"]: r for r in src["coder"] if r["iso1A2"]}
    coder_by_name = {r["nameEn"]: r for r in src["coder"] if r["wikidata"]}
    factbook = {}
    for r in src["factbook"]:
        iso = r["iso_a2_via_fips"]
        if iso and r["gec"] != "WE":  # WE (West Bank) is not Palestine's own record
            factbook[iso] = r

    state_isos = sorted({k for k, c in mled.items() if c.get("unMember")} | EXTRA_STATES)
    state_iri = {}

    # ---- states and non-sovereign ISO territories (regions) ------------------------------
    for iso in sorted(set(countries) | set(mled)):
        c = mled.get(iso, {})
        row = countries.get(iso, {})
        is_state = iso in state_isos
        name = PREF_OVERRIDE.get(iso) or c.get("name", {}).get("common") or row.get("CLDR display name")
        if not name:
            continue
        kind = "state" if is_state else "region"
        e = Entity(f"{BASE}{kind}/{slugify(name)}", "nkg:State" if is_state else "nkg:Region")
        e.pref = name
        if is_state:
            state_iri[iso] = e.iri
            e.iso2 = iso
            # Kosovo has no ISO alpha-3 code; XKX is the user-assigned code used by the EU and IMF
            e.iso3 = {"XK": "XKX"}.get(iso) or row.get("ISO3166-1-Alpha-3") or c.get("cca3")
        # QID: datasets/country-codes first, then country-coder (states); for regions the territory
        # entity from country-coder is preferred (EH: Q6250 Western Sahara, not Q40362 SADR).
        q_ds = qid_of(row.get("wikidata_id", ""))
        q_cc = qid_of(coder_by_iso.get(iso, {}).get("wikidata", ""))
        e.qid = (q_ds or q_cc) if is_state else (q_cc or q_ds)
        # English aliases
        names = [c.get("name", {}).get("official", ""), row.get("CLDR display name", ""), c.get("name", {}).get("common", ""),
                 row.get("official_name_en", ""), row.get("UNTERM English Short", ""), row.get("UNTERM English Formal", "")]
        names += c.get("altSpellings", [])
        fb = factbook.get(iso)
        if fb:
            names += [fb["conventional_short_form"], fb["conventional_long_form"]]
            names += re.split(r"\s*/\s*", fb["local_short_form"])
            names += [x for x in re.split(r",\s*", fb["former"]) if x]
            names += [x for x in re.split(r"\s*\(or |\)|\s+or\s+|,\s*", fb["abbreviation"]) if x]
        names += [a for a in coder_by_iso.get(iso, {}).get("aliases", "").split("|") if a]
        for n in names:
            e.add_alt(clean_name(n))
        for n in EXTRA_ALIASES.get(iso, []):
            e.add_alt(n, check=False)
        # Russian
        rus = c.get("translations", {}).get("rus", {})
        for n in (rus.get("common"), rus.get("official"), row.get("UNTERM Russian Short"), row.get("UNTERM Russian Formal")):
            if n:
                e.add_alt(re.sub(r"\s*\(.*?\)\s*", " ", n).strip(), "ru")
        if is_state:
            dem = []
            if fb:
                dem += split_demonyms(fb["nationality_noun"], fb["nationality_adjective"])
            d_eng = c.get("demonyms", {}).get("eng", {})
            for d in (d_eng.get("m", ""), d_eng.get("f", "")):
                dem += [x.strip() for x in re.split(r",| or ", d)]
            dem += EXTRA_DEMONYMS.get(iso, [])
            e.demonyms = [d for d in dem if d and is_latin(d) and len(d) >= 3]
            e.metonyms = list(METONYMS.get(iso, []))
        ents[e.iri] = e
    iso_of_iri = {v: k for k, v in state_iri.items()}

    # ---- capitals --------------------------------------------------------------------------
    for r in sorted(src["capitals"], key=lambda r: (r["ISO_A2"], r["wikidataid"])):
        iso = r["ISO_A2"] if r["ISO_A2"] != "-99" else {"KOS": "XK"}.get(r["ADM0_A3"], "")
        if iso not in state_iri:
            continue
        q = r["wikidataid"]
        if r["FEATURECLA"] == "Admin-0 capital":
            if q in CAPITAL_DROP or r["CAPIN"].lower().startswith("former"):
                continue
        elif r["FEATURECLA"] == "Admin-0 capital alt":
            if q not in CAPITAL_ALT_KEEP:
                continue
        else:
            continue
        label = CAPITAL_NAME_OVERRIDE.get(q) or r["NAME_EN"] or r["NAME"]
        add_city(ents, state_iri[iso], label, q,
                 [r["NAME"], r["NAMEASCII"]] + r["NAMEALT"].split("|") + CAPITAL_EXTRA_ALIASES.get(q, []),
                 CAPITAL_ROLE.get(q))
    for iso, label, q, aliases, note in CAPITAL_EXTRA:
        add_city(ents, state_iri[iso], label, q, aliases, note)

    # ---- disputed / breakaway regions ------------------------------------------------------
    seen_brk = set()
    for r in src["disputed"]:
        brk = r["BRK_NAME"]
        if brk not in NE_REGIONS:
            continue
        seen_brk.add(brk)
        pref, aliases = NE_REGIONS[brk]
        extra = [r["NAME_LONG"], r["FORMAL_EN"]] + [x.strip() for x in r["NAME_ALT"].split(",")]
        # Natural Earth NAME/NAME_LONG of a claim-area row is the administering state: skip those
        extra = [x for x in extra if x and x != r["ADMIN"] and x != r["SOVEREIGNT"]]
        add_region(ents, pref, aliases + extra, coder_by_name)
    for brk in sorted(set(NE_REGIONS) - seen_brk):
        print(f"build_reference: warning: Natural Earth row {brk!r} not found", file=sys.stderr)
    for pref, aliases in HAND_REGIONS:
        add_region(ents, pref, aliases, coder_by_name)

    # ---- organisations ---------------------------------------------------------------------
    sv = {r["key"]: r for r in src["supraverden"]}
    sv_by_name = {r["Name_en"]: r for r in src["supraverden"]}
    fb_members: dict[str, set[str]] = defaultdict(set)   # factbook code -> ISO2 (bare = member)
    fb_nonregional: dict[str, set[str]] = defaultdict(set)
    for r in src["factbook"]:
        iso = r["iso_a2_via_fips"]
        if not iso or iso not in state_iri or r["gec"] == "WE":
            continue
        for tok in re.split(r",\s*(?![^()]*\))", r["international_organization_participation"]):
            tok = tok.strip()
            m = re.fullmatch(r"(.+?)\s*\(([^)]*)\)", tok)
            if m:
                if m.group(2).startswith("nonregional member"):
                    fb_nonregional[m.group(1)].add(iso)
                continue
            if tok:
                fb_members[tok].add(iso)
    # dieghernan acronym table: Factbook code -> full name (used as an extra alias source)
    fb_names: dict[str, set[str]] = defaultdict(set)
    for r in src["dieghernan"]:
        fb_names[r["org_id"].strip().upper()].add(r["org_name"].strip())
    eu_row = next(r for r in src["factbook"] if r["gec"] == "EE")
    eu_members = set()
    m = re.match(r"\d+ countries: (.*?)(?: \d+ overseas|$)", eu_row["member_states"])
    name_to_iso = {}
    for iri, e in ents.items():
        if e.cls == "nkg:State":
            for n in [e.pref] + e.alt["en"]:
                name_to_iso.setdefault(norm_key(n), iso_of_iri[iri])
    for n in (m.group(1) if m else "").split(","):
        n = n.strip()
        if n:
            iso = name_to_iso.get(norm_key(n))
            if not iso:
                die(f"EU member {n!r} not matched to a state")
            eu_members.add(iso)

    for o in ORGS:
        e = Entity(f"{BASE}org/{o['slug']}", "nkg:Organization")
        e.pref = o["pref"]
        e.kind = o["kind"]
        assert e.kind in ORG_KINDS, o
        e.acronyms = list(o["acr"])
        e.metonyms = list(o["metonyms"])  # the seat that stands for the body, where the article names it
        alts = list(o["alt"])
        if o["sv"]:
            r = sv.get(o["sv"]) or sv_by_name.get(o["sv"])
            if r is None:
                die(f"organisation {o['sv']!r} not in supraverden file")
            q = qid_of(r["Wikidata_code"])
            if o["qid"] and q and o["qid"] != q:
                die(f"QID mismatch for {o['pref']}: {o['qid']} vs supraverden {q}")
            e.qid = q or o["qid"]
            for a in (r["Abbreviation_en"], r["Abbreviation_other_en"]):
                if a and a not in o["drop"] and norm_key(a) not in {norm_key(x) for x in e.acronyms}:
                    e.acronyms.append(a.upper() if a.lower() in {"caricom", "coe", "interpol"} else a)
            for a in (r["Name_en"], r["Name_other_en"], r["Name_other_2_en"]):
                if a and a not in o["drop"]:
                    alts.append(a)
            if r["Name_ru"]:
                e.add_alt(r["Name_ru"], "ru")
        else:
            e.qid = o["qid"]
        for code in o["fb"] if o["members"] is None else []:
            for n in sorted(fb_names.get(code.upper(), ())):
                if code.upper() in {"C", "CE", "NC", "PA"} or len(fb_names.get(code.upper(), ())) == 1:
                    alts.append(n)
        # spelling variants Organization/Organisation, Co-operation/Cooperation
        variants = []
        for a in alts + [e.pref]:
            for x, y in (("Organization", "Organisation"), ("Organisation", "Organization"),
                         ("Co-operation", "Cooperation"), ("Cooperation", "Co-operation"), ("Labour", "Labor")):
                if x in a:
                    variants.append(a.replace(x, y))
        for a in alts + variants:
            a = a.replace("‐", "-").replace("’", "'")
            if a.isupper() and len(a) <= 8 and " " not in a:
                if a not in e.acronyms and a not in o["drop"]:
                    e.acronyms.append(a)
                continue
            e.add_alt(a)
        # members
        if o["members"] is not None:
            members = set(o["members"])
        elif o["slug"] == "eu":
            members = set(eu_members)
        else:
            members = set()
            for code in o["fb"]:
                members |= fb_members.get(code, set())
                if o["nonregional"]:
                    members |= fb_nonregional.get(code, set())
        members |= set(o["add"])
        members -= set(o["remove"])
        for iso in members:
            if iso not in state_iri:
                die(f"{o['slug']}: member {iso} is not a state")
        e.members = {state_iri[i] for i in members}
        ents[e.iri] = e

    for name, qid, aliases, demonyms, comment in FORMER_STATES:
        e = Entity(f"{BASE}state/{slugify(name)}", "nkg:State")
        e.pref, e.qid, e.demonyms = name, qid, list(demonyms)
        for alias in aliases:
            if alias.isupper() or "." in alias:
                e.acronyms.append(alias)
            else:
                e.add_alt(alias, check=False)
        e.comments.append(comment)
        ents[e.iri] = e
    return ents


def add_city(ents, state, label, qid, aliases, note):
    e = Entity(f"{BASE}city/{slugify(label)}", "nkg:City")
    if e.iri in ents:
        e = ents[e.iri]
    else:
        ents[e.iri] = e
    e.pref = e.pref or label
    e.qid = e.qid or qid
    for a in aliases:
        if a and a not in CAPITAL_BAD_ALIASES:
            e.add_alt(a)
    if note:
        e.comments.append(note[0].upper() + note[1:] + ".")
    e.capital_of.append(state)
    ents[state].capitals.append(e.iri)


def add_region(ents, pref, aliases, coder_by_name):
    iri = f"{BASE}region/{slugify(pref)}"
    e = ents.get(iri)
    if e is None:
        e = Entity(iri, "nkg:Region")
        e.pref = pref
        ents[iri] = e
    if e.cls != "nkg:Region":
        die(f"region {pref} collides with {e.cls} {iri}")
    if not e.qid:
        r = coder_by_name.get(REGION_CODER_NAME.get(pref, pref))
        if r:
            e.qid = qid_of(r["wikidata"])
    for a in aliases:
        e.add_alt(a)


def dedupe(ents: dict[str, Entity]) -> list[str]:
    """Within an entity drop repeats; across entities drop any shared alias from every holder
    (a prefLabel always wins: it is kept, and the string is dropped from the other entities); an
    organisation's metonym is its seat's name and is shared with the city by design."""
    msgs = []
    forms: dict[str, set[str]] = defaultdict(set)
    prefs: dict[str, set[str]] = defaultdict(set)
    for e in ents.values():
        pk = norm_key(e.pref)
        prefs[pk].add(e.iri)
        kept, aseen = [], set()
        for a in e.acronyms:  # an acronym may repeat the prefLabel (AUKUS, BRICS)
            k = norm_key(a)
            if k not in aseen:
                aseen.add(k)
                kept.append(a)
        e.acronyms = kept
        seen = {pk}
        for lang in sorted(e.alt):
            kept = []
            for a in e.alt[lang]:
                k = norm_key(a)
                if k not in seen and a not in e.acronyms:
                    seen.add(k)
                    kept.append(a)
            e.alt[lang] = kept
        kept = []
        for a in e.metonyms:
            k = norm_key(a)
            if k not in seen:
                # a state's metonym is a name of its own; an organisation's is its seat's name ("Brussels"),
                # which the city keeps and the article's context decides between
                if e.cls != "nkg:Organization":
                    seen.add(k)
                kept.append(a)
        e.metonyms = kept
        kept, dseen = [], set()
        for d in e.demonyms:  # demonyms may repeat a label only if it is not a name (checked below)
            k = norm_key(d)
            if k not in dseen:
                dseen.add(k)
                kept.append(d)
        e.demonyms = kept
        for k in seen | aseen | dseen:
            forms[k].add(e.iri)
    # A demonym that is a prefLabel ("Luxembourg", "Taiwan") or another entity's alias is dropped;
    # one that is only the entity's own alias ("Saudi") stays a demonym and leaves the aliases.
    alias_holders: dict[str, set[str]] = defaultdict(set)
    for e in ents.values():
        for lang in e.alt:
            for a in e.alt[lang]:
                alias_holders[norm_key(a)].add(e.iri)
    for e in ents.values():
        kept = []
        for d in e.demonyms:
            k = norm_key(d)
            if k in prefs or alias_holders.get(k, {e.iri}) - {e.iri}:
                msgs.append(f"demonym {d!r} of {e.iri} is also a name: dropped")
            else:
                kept.append(d)
        e.demonyms = kept
    for k, holders in sorted(forms.items()):
        if len(holders) < 2 or k in ALLOW_SHARED:
            continue
        pref_holders = prefs.get(k, set()) & holders
        for iri in sorted(holders - pref_holders):
            e = ents[iri]
            for lang in e.alt:
                e.alt[lang] = [a for a in e.alt[lang] if norm_key(a) != k]
            for attr in ("acronyms", "metonyms", "demonyms"):
                setattr(e, attr, [a for a in getattr(e, attr) if norm_key(a) != k])
        if pref_holders:
            if len(pref_holders) > 1:
                msgs.append(f"prefLabel {k!r} shared by {sorted(pref_holders)} (kept)")
            if holders - pref_holders:
                msgs.append(f"alias {k!r} dropped from {sorted(holders - pref_holders)} (prefLabel of {sorted(pref_holders)})")
        else:
            msgs.append(f"alias {k!r} shared by {sorted(holders)}: dropped from all")
    return msgs


# --------------------------------------------------------------------------------------------
# Turtle writer
# --------------------------------------------------------------------------------------------

PREFIXES = [
    ("nkg", "https://w3id.org/newskg/ontology#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("wd", "http://www.wikidata.org/entity/"),
    ("dcterms", "http://purl.org/dc/terms/"),
]

HEADER = """\
# newskg reference gazetteer: states, capitals, disputed/breakaway regions and international
# organisations.  GENERATED by ontology/reference/build_reference.py -- do not edit by hand.
#
# Sources (see NOTICE.md for the full attribution):
#  - datasets/country-codes (ODC-PDDL-1.0), CIA World Factbook via factbook/factbook.json (public
#    domain), Natural Earth via martynafford/natural-earth-geojson (public domain / CC0),
#    rapideditor/country-coder (ISC), dieghernan/Country-Codes-and-International-Organizations (MIT).
#  - mledoze/countries (ODbL-1.0): labels and demonyms of this file are partly derived from it.
#    This derived database is made available under the ODbL-1.0 (attribution + share-alike).
#  - confirmordeny/supraverden (CC BY-SA 4.0): organisation names and Wikidata QIDs; QIDs are
#    Wikidata (CC0) facts.  Names taken from it are shared under CC BY-SA 4.0 with attribution.
#
# Memberships (nkg:hasMemberState) are from the CIA World Factbook as of {as_of} (bare
# acronym = member; observer/partner/suspended are not members) with hand corrections as of
# January 2026 (CSTO, SCO, BRICS, ECOWAS, AES, ECCAS, CEMAC, OECD, ICC (+Ukraine), Arab League and OIC
# (+Palestine), OPEC and OPEC+ (the Factbook OPEC list is stale), and hand lists for alliances
# without Factbook data (AUKUS, Five Eyes, Union State, Visegrad Group, ...).
"""


def lit(text: str, lang: str | None = None) -> str:
    s = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{s}"@{lang}' if lang else f'"{s}"'


def short(iri: str) -> str:
    return f"<{iri}>"


def to_turtle(ents: dict[str, Entity]) -> str:
    out = [f"@prefix {p}: <{u}> ." for p, u in PREFIXES]
    out.insert(0, HEADER.format(as_of=AS_OF))
    out.append("")
    out.append("<https://w3id.org/newskg/id/reference> a owl:Ontology ;")
    out.append('    rdfs:label "newskg reference gazetteer"@en ;')
    out.append('    dcterms:license <https://opendatacommons.org/licenses/odbl/1-0/> ;')
    out.append(f'    dcterms:source {lit("https://github.com/mledoze/countries")} , '
               f'{lit("https://github.com/confirmordeny/supraverden")} , {lit("https://github.com/datasets/country-codes")} , '
               f'{lit("https://github.com/factbook/factbook.json")} , {lit("https://www.naturalearthdata.com/")} , '
               f'{lit("https://github.com/rapideditor/country-coder")} , '
               f'{lit("https://github.com/dieghernan/Country-Codes-and-International-Organizations")} .')
    order = {"nkg:State": 0, "nkg:City": 1, "nkg:Region": 2, "nkg:Organization": 3}
    titles = {0: "States", 1: "Capital cities", 2: "Regions (non-sovereign, disputed and breakaway)", 3: "Organisations"}
    # A city-state's capital (Monaco, Singapore, Vatican City) shares its state's Wikidata item:
    # owl:sameAs to it would make the city and the state one individual, both a place and a state.
    state_qids = {e.qid for e in ents.values() if e.cls == "nkg:State" and e.qid}
    last = None
    for e in sorted(ents.values(), key=lambda e: (order[e.cls], e.iri)):
        if order[e.cls] != last:
            last = order[e.cls]
            out += ["", "#" * 72, f"# {titles[last]}", "#" * 72]
        po: list[tuple[str, list[str]]] = []
        po.append(("skos:prefLabel", [lit(e.pref, "en")]))
        alts = sorted({lit(a, lang) for lang in e.alt for a in e.alt[lang]})
        if alts:
            po.append(("skos:altLabel", alts))
        if e.acronyms:
            po.append(("nkg:acronym", sorted({lit(a) for a in e.acronyms})))
        if e.iso2:
            po.append(("nkg:iso2", [lit(e.iso2)]))
        if e.iso3:
            po.append(("nkg:iso3", [lit(e.iso3)]))
        if e.demonyms:
            po.append(("nkg:demonym", sorted({lit(d, "en") for d in e.demonyms})))
        if e.metonyms:
            po.append(("nkg:metonym", sorted({lit(m, "en") for m in e.metonyms})))
        if e.capitals:
            po.append(("nkg:capital", sorted({short(c) for c in e.capitals})))
        if e.capital_of:
            po.append(("nkg:capitalOf", sorted({short(c) for c in e.capital_of})))
        if e.kind:
            po.append(("nkg:orgKind", [lit(e.kind)]))
        if e.members:
            po.append(("nkg:hasMemberState", sorted(short(m) for m in e.members)))
        if e.comments:
            po.append(("rdfs:comment", sorted({lit(c, "en") for c in e.comments})))
        if e.qid and not (e.cls == "nkg:City" and e.qid in state_qids):
            po.append(("owl:sameAs", [f"wd:{e.qid}"]))
        out.append("")
        out.append(f"{short(e.iri)} a {e.cls} ;")
        for i, (p, objs) in enumerate(po):
            end = " ." if i == len(po) - 1 else " ;"
            if len(objs) == 1:
                out.append(f"    {p} {objs[0]}{end}")
            else:
                out.append(f"    {p}")
                for j, o in enumerate(objs):
                    out.append(f"        {o}{end if j == len(objs) - 1 else ' ,'}")
    out.append("")
    return "\n".join(out)


NOTICE = """\
# Notice: reference gazetteer data (`reference.ttl`)

`reference.ttl` is generated by `build_reference.py` from the source files listed below
(collected 2026; see `../shared/data/reference-sources/SOURCES.md` for commits and details).
The code in this directory is part of newskg; the attributions here concern the data.

| Source | Used for | Licence |
|---|---|---|
| datasets/country-codes (`data/country-codes.csv` @ caa72d1e) | ISO codes, UNTERM/CLDR names, country QIDs | ODC-PDDL-1.0 (public domain) |
| mledoze/countries (`countries.json` @ 5e9f3700) | common/official names, alt spellings, demonyms, Russian names, UN membership flag | **ODbL-1.0** |
| CIA World Factbook via factbook/factbook.json (@ 8662a8b1, data of 2026-01-22) | names, former names, demonyms, organisation memberships, EU members | Public domain (US Government work); repository CC0-1.0 |
| rapideditor/country-coder (`src/data/borders.json` @ c30d4314) | QIDs (Kosovo, Crimea, territories, some regions), aliases | ISC |
| Natural Earth v4.0 via martynafford/natural-earth-geojson (@ 0b9a6ceb) | capitals and capital QIDs, disputed/breakaway regions | Public domain; repository CC0-1.0 |
| confirmordeny/supraverden (`data/general_list.yaml` @ 59ab4fa0) | organisation names, acronyms and Wikidata QIDs | **CC BY-SA 4.0** |
| dieghernan/Country-Codes-and-International-Organizations (`outputs/CountrycodesOrgs.csv` @ 3a7203aa) | Factbook acronym -> organisation name table | MIT (content from the CIA World Factbook, public domain) |
| Wikidata (QIDs, via the files above) | `owl:sameAs` identifiers | CC0-1.0 |

## Attribution and share-alike

- **mledoze/countries** — "Countries data by Mohammed Le Doze (mledoze/countries), made available
  under the Open Database License (ODbL) v1.0, https://opendatacommons.org/licenses/odbl/1-0/".
  `reference.ttl` is a derivative database of it and is therefore made available under the
  ODbL-1.0 as well; any public use of the database must keep this notice.
- **confirmordeny/supraverden** — "supraverden by confirmordeny, CC BY-SA 4.0,
  https://creativecommons.org/licenses/by-sa/4.0/". Organisation names taken from it are
  redistributed under CC BY-SA 4.0; the Wikidata QIDs are CC0 facts.
- Natural Earth: "Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com."
- The CIA World Factbook and datasets/country-codes are public domain; country-coder is ISC
  ("Copyright (c) 2020, Bryan Housel, Quincey Cantrell and contributors"); the dieghernan table is
  MIT ("Copyright (c) Diego Hernangómez").

Hand-made additions in `build_reference.py` (preferred labels, aliases, metonyms, short demonyms,
region list, organisation list and kinds, membership corrections as of January 2026) are part of
newskg.
"""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sources", type=Path, default=DEFAULT_SOURCES, help="reference-sources folder")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output Turtle file")
    ap.add_argument("--quiet", action="store_true", help="do not print alias-collision warnings")
    ap.add_argument("--check", action="store_true", help="parse the written Turtle with rdflib and print its triple count")
    args = ap.parse_args(argv)
    if not args.sources.is_dir():
        die(f"sources folder not found: {args.sources}")
    src = load(args.sources)
    ents = build(src)
    for msg in dedupe(ents):
        if not args.quiet:
            print(f"build_reference: warning: {msg}", file=sys.stderr)
    ttl = to_turtle(ents)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(ttl.encode("utf-8"))
    (args.out.parent / "NOTICE.md").write_bytes(NOTICE.encode("utf-8"))
    counts = defaultdict(int)
    for e in ents.values():
        counts[e.cls] += 1
    print(f"wrote {args.out}: {counts['nkg:State']} states, {counts['nkg:City']} cities, "
          f"{counts['nkg:Region']} regions, {counts['nkg:Organization']} organisations, {len(ttl.encode())} bytes")
    if args.check:
        import rdflib  # only needed here
        g = rdflib.Graph()
        g.parse(args.out, format="turtle")
        print(f"rdflib parsed {len(g)} triples")
    return 0


if __name__ == "__main__":
    sys.exit(main())
