"""Stages read and clean on the seeds and on small files."""

import json
from datetime import date

import pytest

from builder.clean import clean, is_furniture
from builder.read import read_source, read_sources

from .conftest import SEEDS, article


def test_reads_the_five_seeds_in_name_order_with_checksums():
    sources = read_sources([SEEDS])
    assert [s.name[:3] for s in sources] == ["000", "001", "002", "003", "004"]
    assert all(len(s.sha256) == 64 for s in sources)


def test_date_printed_at_the_top_is_the_publication_date():
    source = read_source(SEEDS / "003_02f82acb2208d300.txt")
    assert source.published == date(2023, 9, 24)
    assert source.title == "Armenia-Russia Relations: Evaluating Alliances and Security Systems"


def test_title_skips_site_furniture():
    source = read_source(SEEDS / "004_78a78cdeff3d7203.txt")
    assert source.title == "Armenia seeks to distance itself from Russia's military pact."
    assert source.published is None


def test_meta_json_gives_title_date_url_outlet(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nBody text of the article.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps(
        {"title": "Real title", "published": "2024-01-02", "url": "https://example.org/a", "outlet": "Example News"}))
    source = read_source(tmp_path / "a.txt")
    assert (source.title, source.published, source.url, source.outlet) == (
        "Real title", date(2024, 1, 2), "https://example.org/a", "Example News")


def test_furniture_and_page_tail_are_boilerplate_not_body():
    cleaned = clean(read_source(SEEDS / "004_78a78cdeff3d7203.txt"))
    furniture = [s.text for s in cleaned.boilerplate]
    assert "Skip to content" in furniture and "Comments" in furniture
    assert "Biker collides with agricultural machine" in furniture  # another story's teaser after the article
    body = " ".join(s.text for s in cleaned.body)
    assert "Those who claim that the prime minister said" in body
    assert "Kranenburg" not in body


@pytest.mark.parametrize("line, furniture", [
    ("News › Europe › Nordic-Baltic", True), ("Home / Africa / West Africa", True), ("Energy / Oil & Gas", True),
    ("DUBAI/LONDON - OPEC+ ministers on Wednesday told Kazakhstan to cut output.", False),
    ("Yes / No questions were put to the minister on Tuesday.", False),
])
def test_a_breadcrumb_is_furniture_but_a_dateline_is_not(line, furniture):
    assert is_furniture(line) is furniture


def test_headlines_after_the_furniture_that_closes_an_article_are_other_stories():
    text = ("Bloc admits new members\nThe bloc admitted two members on Tuesday. Leaders met in Kazan.\n"
            "An unfinished thought without a stop\nShare this story\nFacebook\nMore from World\n"
            "Indonesia's Prabowo names 48-member cabinet\nMoldova votes narrowly for EU path in referendum\n")
    cleaned = clean(article(text))
    assert [s.text for s in cleaned.body] == ["Bloc admits new members", "The bloc admitted two members on Tuesday. Leaders met in Kazan.",
                                              "An unfinished thought without a stop"]  # before the furniture it stays
    assert "Moldova votes narrowly for EU path in referendum" in [s.text for s in cleaned.boilerplate]


def test_inline_read_more_teaser_and_comment_prompts_are_boilerplate():
    cleaned = clean(read_source(SEEDS / "003_02f82acb2208d300.txt"))
    furniture = [s.text for s in cleaned.boilerplate]
    assert any(t.startswith("Read more:") for t in furniture)
    assert "Leave a Comment" in furniture
    assert any("ceasefire agreement" in s.text for s in cleaned.body)  # the article goes on after it


def test_spans_slice_the_source_text():
    source = read_source(SEEDS / "000_aa4274944cc2157f.txt")
    cleaned = clean(source)
    for span in cleaned.body + cleaned.boilerplate:
        assert source.text[span.start:span.end] == span.text


def test_an_article_without_furniture_keeps_every_line():
    text = "Headline here\nFirst paragraph of the story.\nSecond paragraph of the story."
    cleaned = clean(article(text))
    assert len(cleaned.body) == 3 and not cleaned.boilerplate


def test_picture_captions_with_their_credit_are_boilerplate():
    text = ("Thousands march in London\nRoughly one million people marched in London on Saturday.\n"
            "Protesters at the march. Image: Andrew Gray.\nStage where speeches were given. Photo: C.Suthorn.\n")
    art = clean(article(text))
    assert [b.text for b in art.boilerplate] == ["Protesters at the march. Image: Andrew Gray.", "Stage where speeches were given. Photo: C.Suthorn."]
    assert "Roughly one million people marched in London on Saturday." in [b.text for b in art.body]


def test_a_wire_dateline_opening_the_first_paragraph_gives_the_date(tmp_path):
    for text, published in [("Headline\n\nNIAMEY, July 7, 2024 — The leaders met.", date(2024, 7, 7)),
                            ("Headline\n\nBRUSSELS, Belgium, 3 March 2022 (AP) - NATO said.", date(2022, 3, 3)),
                            ("Headline\n\nIn Paris, July 7, 2024 was hot - very hot.", None)]:
        (tmp_path / "a.txt").write_text(text, encoding="utf-8")
        assert read_source(tmp_path / "a.txt").published == published


@pytest.mark.parametrize("line, published", [
    ("Published 16 March 2022, 21:47 GMT", date(2022, 3, 16)),
    ("Updated: 12 Mar 2023, 14:05 IST", date(2023, 3, 12)),
    ("Aug. 24, 2023 5:40 PM", date(2023, 8, 24)),
    ("Sept. 3, 2024 at 10.05 a.m. EDT", date(2024, 9, 3)),
    ("Last updated on 3 Jan 2025 | 10:00", date(2025, 1, 3)),
    ("12.03.2023", date(2023, 3, 12)),
    ("Published on: 14/10/2025 - 19:12", date(2025, 10, 14)),
    ("10/14/2025 7:12 PM", date(2025, 10, 14)),
    ("Thu 13 Mar 2025 08.15 GMT", date(2025, 3, 13)),
    ("Fri, Jan 10, 2020", date(2020, 1, 10)),
    ("Published 20 December 2024, 18:12 CET · Updated 19:05 CET", date(2024, 12, 20)),
    ("October 25, 2024 8:14 AM GMT+3 · Updated an hour ago", date(2024, 10, 25)),
    ("Saturday, July 8, 2023 – 08:30 CEST", date(2023, 7, 8)),
    ("Published 9:14 PM EDT, Tue June 17, 2025", date(2025, 6, 17)),
    ("18:40, 6 November 2025", date(2025, 11, 6)),
    ("Updated 9:14 PM, the summit opened", None),
    ("March 4 2024 was a cold day", None),
])
def test_a_date_line_in_the_forms_news_sites_print(tmp_path, line, published):
    (tmp_path / "a.txt").write_text(f"Headline\n{line}\n\nThe leaders met.", encoding="utf-8")
    assert read_source(tmp_path / "a.txt").published == published


def test_a_date_line_below_the_site_furniture_and_byline(tmp_path):
    furniture = "Skip to content\nThe Gulf Ledger\nMiddle East | Diplomacy\nHeadline\nHeadline\nA teaser line\nBy Rania Haddad, Staff reporter\n"
    (tmp_path / "a.txt").write_text(furniture + "Last updated 19.05.2023 | 18:42\n\nThe leaders met.", encoding="utf-8")
    assert read_source(tmp_path / "a.txt").published == date(2023, 5, 19)


def test_a_dateline_places_a_report_and_names_no_body():
    from builder.read import in_dateline
    text = "ARUSHA, Tanzania — Somalia joined.\nKYIV, Ukraine, Sept. 3 (Reuters) - Talks began.\nNATO, the alliance - said so."
    assert in_dateline(text, 0, 6) and in_dateline(text, 8, 16) and not in_dateline(text, 19, 26)
    assert in_dateline(text, 35, 39) and not in_dateline(text, text.index("NATO"), text.index("NATO") + 4)


@pytest.mark.parametrize("line, furniture", [
    ("By Carlos Medina and Laura Whitfield, staff reporters", True),
    ("By Jane Doe, Reuters", True),
    ("Staff reporter", True),
    ("(Reporting by Jane Doe; Editing by John Roe)", True),
    ("By Sunday, the talks had ended.", False),
])
def test_bylines_and_credits_are_furniture_but_a_sentence_opening_with_by_is_not(line, furniture):
    cleaned = clean(article(f"Headline\n{line}\nThe leaders met on Monday."))
    assert (line in [s.text for s in cleaned.boilerplate]) == furniture


def test_a_masthead_above_the_headline_and_share_buttons_alone_on_a_line_are_furniture():
    text = ("The Meridian Post\nArmenia Quits Alliance\nBy Staff\n\nArmenia left the alliance on Monday.\nFacebook\nTwitter\n"
            "Facebook said it would comply.\nThe Daily Post\n")
    cleaned = clean(article(text))
    furniture = [s.text for s in cleaned.boilerplate]
    assert {"The Meridian Post", "Facebook", "Twitter", "By Staff"} <= set(furniture)
    assert "Armenia Quits Alliance" not in furniture and "Facebook said it would comply." not in furniture
    assert "The Daily Post" not in furniture  # a masthead stands at the top


@pytest.mark.parametrize("closer", ["Comments are closed.", "Comments (15)", "Most read", "Trending now"])
def test_a_line_that_closes_the_article_makes_the_rest_of_the_page_boilerplate(closer):
    cleaned = clean(article(f"Headline\nThe bloc met on Tuesday.\n{closer}\nDenmark to extend conscription to women\n"))
    assert [s.text for s in cleaned.body] == ["Headline", "The bloc met on Tuesday."]
