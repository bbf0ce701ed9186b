"""Stage extract, events: who acts, which mentions report a new happening and which recall
one, and who makes statements, on small articles written for these tests."""

from datetime import date

import pytest


def events(facts, kind=None):
    return [(e.type, e.agents, e.organization, e.date) for e in facts.events if kind is None or e.type == kind]


def test_a_definite_mention_recalls_an_attack_instead_of_reporting_another(run):
    facts = run("Headline\nHouthi fighters attacked a Saudi Arabian oil facility on Saturday, Saudi Arabia said. "
                "The United States blamed Iran for the attacks.")
    assert [agents for _, agents, _, _ in events(facts, "attack")] == [("org/houthi-movement",)]


def test_the_agent_after_by_acts_in_a_passive_and_after_a_noun(run):
    facts = run("Headline\nArmenia was attacked by neighbouring Azerbaijan in 2022. "
                "Ukraine suffered a lightning attack by Russian forces in 2014.")
    assert {agents[0] for _, agents, _, _ in events(facts, "attack")} == {"state/azerbaijan", "state/russia"}


def test_attacks_in_different_years_are_different_attacks(run):
    facts = run("Headline\nAzerbaijan attacked Armenia in 2020. Azerbaijan attacked Armenia again in 2023.")
    assert sorted(date for *_, date in events(facts, "attack")) == ["2020", "2023"]


def test_leaders_agreeing_on_a_day_to_open_talks_is_no_agreement(run):
    facts = run("Headline\nEuropean Union leaders agreed on Thursday to open accession negotiations with Bosnia and Herzegovina.",
                date(2024, 3, 22))
    assert [(kind, agents) for kind, agents, _, _ in events(facts)] == [("accession", ("state/bosnia-and-herzegovina",))]


def test_giving_up_a_bid_is_an_announcement(run):
    facts = run("Headline\nAlgeria, which gave up its bid for full membership of BRICS last year, was invited.", date(2024, 10, 25))
    assert events(facts, "announcement") == [("announcement", ("state/algeria",), "org/brics", "2023")]


def test_firing_on_people_and_a_war_breaking_out_are_attacks(run):
    facts = run("Headline\nSyria was suspended in November 2011, after its forces fired on protesters. "
                "Fighting spread when the war broke out in April between the Sudanese Armed Forces and the RSF.", date(2024, 1, 21))
    assert [(agents[:1], when) for _, agents, _, when in events(facts, "attack")] == [(("state/syria",), "2011-11"), ((), "2023-04")]


def test_a_passer_by_set_off_with_an_age_makes_no_statement_but_keeps_the_quote(run):
    facts = run('Headline\nThe AU suspended Gabon on Thursday. "We are free at last," said Yannick Mba, 34, a taxi driver. '
                '"It is a sad day," said Marie Ndong, a teacher. "The AU acted fast," Foreign Minister Hermann Immongault said.')
    assert {agents[0] for kind, agents, _, _ in events(facts, "statement")} == {"person/marie-ndong", "person/hermann-immongault"}
    assert "person/yannick-mba" in {q.speaker for q in facts.quotes}


def test_a_holder_named_before_their_state_makes_the_statement(run):
    facts = run("Headline\nPresident Hassan Rouhani of Iran said the Gulf must be secure.")
    assert events(facts, "statement")[0][1][:1] == ("person/hassan-rouhani",)


def test_a_withdrawal_of_troops_is_a_withdrawal_not_an_announcement(run):
    facts = run("Headline\nOn Sunday, the United States announced a complete withdrawal of its troops from Syria.")
    assert [(kind, agents) for kind, agents, _, _ in events(facts)] == [("withdrawal", ("state/united-states",))]


def test_entering_into_an_agreement_is_an_agreement(run):
    facts = run("Headline\nMali entered into an agreement with Burkina Faso on Monday.")
    assert [agents for _, agents, _, _ in events(facts, "agreement")] == [("state/mali",)]


def test_an_exercise_is_military_only_in_a_military_context(run):
    assert not events(run("Headline\nGermany said enlargement used to be a technical exercise."), "military_exercise")
    assert not events(run("Headline\nGermany warned of behind-the-scenes manoeuvres in the alliance."), "military_exercise")
    facts = run("Headline\nPoland held joint military exercises with Lithuania in May.")
    assert [agents for _, agents, _, _ in events(facts, "military_exercise")] == [("state/poland",)]


def test_announcing_this_decision_dates_the_reported_withdrawal(run):
    facts = run("Headline\nGhana has announced its plans to leave ECOWAS. President John Mahama unveiled this decision "
                "during a speech in parliament on Tuesday, June 11.")
    assert events(facts) == [("withdrawal", ("state/ghana",), "org/ecowas", "2024-06-11")]


def test_named_analysts_and_passers_by_make_statements_as_officials_do(run):
    facts = run('Headline\n"The move is symbolic," said Jane Roe, an analyst at the Centre for Strategic Studies. '
                '"It is over," said Peter Smith, a taxi driver. '
                "Kenya's foreign minister, Musalia Mudavadi, said talks with Somalia would resume.")
    assert [agents[:1] for _, agents, _, _ in events(facts, "statement")] == [
        ("person/jane-roe",), ("person/peter-smith",), ("person/musalia-mudavadi",)]


def test_opening_accession_talks_is_an_accession_event(run):
    facts = run("Headline\nMoldova opened EU accession talks last June.", date(2025, 3, 14))
    assert events(facts, "accession") == [("accession", ("state/moldova",), "org/eu", "2024-06")]


def test_an_organisation_acting_is_the_organisation_its_event_concerns(run):
    facts = run("Headline\nThe African Union announced a new payment system on Monday.")
    assert events(facts, "announcement") == [("announcement", ("org/au",), "org/au", "2024-06-17")]


def test_commentators_and_adjectives_make_no_statement(run):
    facts = run("Headline\nAnalysts at the Centre for Strategic Studies said the pact would change little. "
                "Some of the protesters said they were tired. One of the stated goals of ECOWAS is free trade. "
                "Kuwait and Qatar have asked for the same status, diplomats said. Ghana said it would stay.")
    assert [agents for _, agents, _, _ in events(facts, "statement")] == [("state/ghana",)]


def test_announcing_an_agreement_reports_the_agreement_alone(run):
    facts = run("Headline\nOn Sunday, Mali announced it had entered into an agreement with Niger.")
    assert [kind for kind, *_ in events(facts)] == ["agreement"]


def test_states_named_in_an_aside_before_the_verb_do_not_act(run):
    facts = run("Headline\nAzerbaijan and Armenia, the two former Soviet republics, fought two wars over the region. "
                "The mayor of Paris, Anne Hidalgo, said the city would help.")
    assert [agents[:1] for _, agents, _, _ in events(facts, "attack")] == [("state/armenia",)]
    assert [agents[:1] for _, agents, _, _ in events(facts, "statement")] == [("person/anne-hidalgo",)]


def test_a_verb_after_a_possessive_reports_rather_than_recalls(run):
    facts = run("Headline\nTurkey ratified the bid in January. "
                "Hungary was the last to approve, when its parliament voted on February 26.")
    assert [agents for _, agents, _, _ in events(facts, "other")] == [("state/turkey",), ("state/hungary",)]


def test_a_platform_someone_speaks_through_is_not_the_events_organisation(run):
    facts = run("Headline\nFrench President Emmanuel Macron said on Twitter on Thursday that the Mercosur deal was bad.")
    assert [(agents[0], org) for _, agents, org, _ in events(facts, "statement")] == [("person/emmanuel-macron", "org/mercosur")]


def test_words_inside_a_quotation_report_no_event(run):
    facts = run('Headline\n"Those who link the attacks to Iran are lying, as their past lies revealed," President Hassan Rouhani said.')
    assert [kind for kind, *_ in events(facts)] == ["statement"]


def test_words_inside_a_quotation_without_a_named_speaker_report_no_event_either(run):
    facts = run('Headline\nOne MP told the BBC, "We know that millions wanted to stay in the EU and have another referendum."')
    assert events(facts) == []


def test_a_date_in_an_aside_before_the_verb_is_not_the_events(run):
    facts = run("Headline\nTurkey, a member since 1952, ratified the bid in January.")
    assert [date for *_, date in events(facts, "other")] == ["2024-01"]


def test_voting_to_withdraw_is_the_withdrawal_and_holding_candidate_status_no_accession(run):
    facts = run("Headline\nHungary's parliament voted on Tuesday to withdraw the country from the International Criminal Court. "
                "Albania and Serbia also hold candidate status for the European Union.")
    assert [(kind, agents) for kind, agents, _, _ in events(facts)] == [("withdrawal", ("state/hungary", "org/hungary-parliament"))]


def test_the_holder_not_the_owner_of_the_post_acts(run):
    facts = run("Headline\nIsrael's foreign minister Gideon Saar thanked Hungary on Tuesday for what he called its moral stand.")
    assert events(facts, "statement")[0][1] == ("person/gideon-saar", "state/israel")


def test_one_sentence_reports_another_happening_in_another_clause(run):
    facts = run("Headline\nECOWAS imposed sanctions on Niger when soldiers overthrew President Mohamed Bazoum in July. "
                "Prime Minister Benjamin Netanyahu arrived in Hungary for a state visit.")
    assert [agents[:1] for _, agents, _, _ in events(facts, "other")] == [
        ("org/ecowas",), ("state/niger",), ("person/benjamin-netanyahu",)]


def test_one_statement_per_speaker_and_subject(run):
    facts = run('Headline\n"We will decide," said Prime Minister Nikol Pashinyan, quoted by the Moscow Times. '
                "Pashinyan, clearly disheartened by the conflict with Azerbaijan, openly called the CSTO a shell. "
                "The Prime Minister of Armenia also suggested that CSTO members had let Armenia down. "
                "Pashinyan mentioned closer ties with the European Union.")
    assert [(agents[0], org) for _, agents, org, _ in events(facts, "statement")] == [
        ("person/nikol-pashinyan", "org/csto"), ("person/nikol-pashinyan", "org/eu")]


def test_claiming_responsibility_is_an_announcement_and_names_the_attacker(run):
    facts = run("Headline\nOn Saturday, oil facilities in Abqaiq were hit by drone strikes. "
                "The Yemen-based Houthi movement claimed responsibility for the attacks.")
    assert [(kind, agents) for kind, agents, _, _ in events(facts)] == [
        ("attack", ("org/houthi-movement",)), ("announcement", ("org/houthi-movement",))]


def test_who_carries_out_a_happening_named_as_an_object_is_the_subject_of_the_clause(run):
    facts = run("Headline\nIn 2015, Saudi Arabia started supporting the government of Abdrabbuh Mansur Hadi against "
                "the Houthi rebellion, providing airstrikes.")
    assert [agents for _, agents, _, _ in events(facts, "attack")] == [("state/saudi-arabia",)]


def test_who_takes_part_in_a_happening_carries_it_out(run):
    facts = run("Headline\nArmenia's relations with Russia worsened when it discontinued participation in military exercises. "
                "Ties with Moscow cooled after Kazakhstan took part in naval drills with Turkey.")
    assert [agents[0] for _, agents, _, _ in events(facts, "military_exercise")] == ["state/armenia", "state/kazakhstan"]


def test_a_name_inside_the_quotation_does_not_speak_the_organisation_does(run):
    facts = run('Headline\nInterpol met in Beijing. "We welcome the State of Palestine," the organisation said in a statement.\n')
    assert [agents for _, agents, _, _ in events(facts, "statement")] == [("org/interpol",)]


def test_a_name_in_the_next_clause_does_not_act(run):
    facts = run("Headline\nThe first reports were of drone attacks, but the Saudi government said cruise missiles were used.")
    assert events(facts, "attack") == []


def test_statements_on_different_dates_are_two_and_a_raised_possibility_is_one(run):
    facts = run("Headline\nPrime Minister Nikol Pashinyan said on Sunday that the alliance had failed. "
                "In May 2023, the Prime Minister of Armenia raised the possibility of leaving the CSTO. "
                "Back in May of 2023, Pashinyan hinted at it on television.", date(2023, 9, 24))
    assert [(agents[0], org, when) for _, agents, org, when in events(facts, "statement")] == [
        ("person/nikol-pashinyan", None, "2023-09-24"), ("person/nikol-pashinyan", "org/csto", "2023-05")]


def test_an_announcement_that_hints_is_a_statement_and_a_thing_that_hints_says_nothing(run):
    facts = run("Headline\nPrime Minister Nikol Pashinyan made an announcement, hinting at a possible exit from the CSTO. "
                "In January, Armenia refused to host CSTO drills, a decision that hinted at its distance from Moscow.")
    assert [(kind, agents[0]) for kind, agents, _, _ in events(facts) if kind in ("statement", "announcement")] == [
        ("statement", "person/nikol-pashinyan")]


def test_speech_verbs_in_the_present_tense_make_statements(run):
    facts = run("Headline\nArmenia accuses Russian peacekeepers of inaction. Russia vehemently opposes the accusations.")
    assert [agents for _, agents, _, _ in events(facts, "statement")] == [("state/armenia",), ("state/russia",)]


def test_what_did_not_happen_is_no_event(run):
    facts = run("Headline\nForeign Minister Ararat Mirzoyan said Armenia had not yet announced a complete withdrawal of its troops. "
                "Azerbaijan never attacked Georgia.")
    assert [kind for kind, *_ in events(facts)] == ["statement"]


def test_a_possessive_owner_after_a_speech_verb_does_not_speak(run):
    facts = run('Headline\n"There is no other way," said Armenia\'s Prime Minister Pashinyan on the planned exit.')
    assert [agents[0] for _, agents, _, _ in events(facts, "statement")] == ["person/pashinyan"]


def test_a_second_exercise_in_another_clause_is_another_event_with_its_own_organisation(run):
    facts = run("Headline\nArmenia, which in January refused to host CSTO exercises, held military exercises with the "
                "United States this month.", date(2023, 9, 24))
    assert events(facts, "military_exercise") == [
        ("military_exercise", ("state/armenia",), "org/csto", "2023-01"),
        ("military_exercise", ("state/armenia",), None, "2023-09")]


def test_founding_an_alliance_is_an_agreement_and_vetoes_grants_and_summits_are_happenings(run):
    facts = run("Headline\nMali, Burkina Faso and Niger formed the Alliance of Sahel States, a mutual defence pact, in September. "
                "Hungary lifted its veto on talks with Ukraine. Georgia was granted a waiver by the IMF last December. "
                "ECCAS will hold an emergency summit on Monday.", date(2024, 6, 20))
    assert [(kind, agents[:1], when) for kind, agents, _, when in events(facts)] == [
        ("agreement", ("state/mali",), "2023-09"), ("other", ("state/hungary",), None),
        ("other", ("state/georgia",), "2023-12"), ("other", ("org/eccas",), "2024-06-24")]


def test_who_is_named_before_a_passive_agent_noun_does_not_act(run):
    facts = run("Headline\nOn Saturday, oil facilities belonging to Saudi Arabia were hit by multiple drone strikes. "
                "Azerbaijan was attacked by Armenia in 2020.")
    assert [agents for _, agents, _, _ in events(facts, "attack")] == [("state/armenia",)]


def test_states_listed_together_act_together(run):
    facts = run("Headline\nThe leaders of Kenya, Uganda and Tanzania on Monday signed a customs agreement in Arusha. "
                "In Ghana, Benin and Togo signed a trade agreement.")
    assert [set(agents) for _, agents, _, _ in events(facts, "agreement")] == [
        {"state/kenya", "state/uganda", "state/tanzania"}, {"state/benin", "state/togo"}]


def test_writing_defending_and_cautioning_are_statements(run):
    facts = run("Headline\nPresident Donald Trump of the United States defended his decision on Twitter. "
                "Prime Minister Boris Johnson of the United Kingdom wrote that the move was right.")
    assert {agents[0] for _, agents, _, _ in events(facts, "statement")} == {"person/donald-trump", "person/boris-johnson"}


def test_happenings_of_different_kinds_by_one_actor_are_different_events(run):
    facts = run("Headline\nArmy officers in Gabon ousted President Ali Bongo Ondimba on August 30.\n"
                "General Brice Oligui Nguema was sworn in as transitional president of Gabon on September 4.\n"
                "Gabon ratified the treaty in January. Gabon imposed a curfew in March.\n"
                "The former leader Omar Bongo died in 2009.\n")
    happenings = {(agents[:1], when) for _, agents, _, when in events(facts, "other")}
    assert {(("state/gabon",), "2023-08-30"), (("person/brice-oligui-nguema",), "2023-09-04"), (("state/gabon",), "2024-01"),
            (("state/gabon",), "2024-03"), (("person/omar-bongo",), "2009")} <= happenings


def test_two_reports_of_one_happening_are_one_event(run):
    facts = run("Headline\nSoldiers ousted President Mohamed Bazoum of Niger in July. The coup in Niger was condemned by Niger's neighbours.\n")
    assert len(events(facts, "other")) == 1


def test_a_quotation_over_several_sentences_takes_the_date_of_its_attribution(run):
    facts = run('Headline\n"Ghana\'s membership of ECOWAS is frozen. We will not attend its summits," '
                'President John Mahama said in parliament on Wednesday.', date(2024, 6, 20))
    assert events(facts, "announcement") == [("announcement", ("state/ghana",), "org/ecowas", "2024-06-19")]


def test_a_date_a_quotation_gives_does_not_date_the_saying(run):
    facts = run('Headline\nHis daughter, Sharmistha Mukherjee, wrote, "Last year on August 8 was the happiest day of my life."',
                date(2020, 9, 3))
    assert events(facts, "statement") == [("statement", ("person/sharmistha-mukherjee",), None, None)]


def test_an_event_takes_the_date_of_its_own_clause(run):
    facts = run("Headline\nOn Friday Kenya said Somalia had attacked its border posts in 2019.")
    assert events(facts, "statement")[0][3] == "2024-06-14"
    assert events(facts, "attack")[0][3] == "2019"
    facts = run("Headline\nThe crisis began on May 28, when Prime Minister Irakli Kobakhidze announced that Georgia "
                "would not seek talks until 2028.")
    assert events(facts, "announcement")[0][3] == "2024-05-28"


def test_taking_and_leaving_office_being_born_and_a_ruling_are_happenings(run):
    facts = run("Headline\nWilliam Ruto became president of Kenya in 2022. Prime Minister Oleksiy Honcharuk resigned on Friday. "
                "Jacques Chirac was born in 1932. The International Court of Justice ruled on Monday.")
    assert [(agents[:1], date) for _, agents, _, date in events(facts, "other")] == [
        (("person/william-ruto",), "2022"), (("person/oleksiy-honcharuk",), "2024-06-14"),
        (("person/jacques-chirac",), "1932"), (("org/icj",), "2024-06-17")]
    assert not events(run("Headline\nPrime Minister Nikol Pashinyan is facing pressure for resignation."), "other")


def test_halting_and_barring_are_announced_decisions_but_a_suspended_sentence_is_none(run):
    facts = run("Headline\nThe World Bank halted disbursements to Sudan on Monday. "
                "Iran barred the agency's inspectors in September. Chirac was given a suspended sentence.")
    assert [agents for _, agents, _, _ in events(facts, "announcement")] == [("org/world-bank",), ("state/iran",)]


def test_announcements_at_different_times_are_different_announcements(run):
    facts = run("Headline\nThe World Bank halted disbursements to Sudan on Wednesday. "
                "In 2020 the World Bank halted payments to Mali.", date(2024, 6, 20))
    assert sorted(when for *_, when in events(facts, "announcement")) == ["2020", "2024-06-19"]


def test_a_dated_statement_after_an_undated_one_is_another(run):
    facts = run("Headline\nArmenia's Prime Minister Nikol Pashinyan recently criticised the CSTO. Back in May, Pashinyan first "
                "criticised the CSTO for its silence. Pashinyan criticised the CSTO again, adding that he would decide.")
    assert sorted(str(e.date) for e in facts.events if e.type == "statement") == ["2024-05", "None"]


def test_a_speaker_who_reports_their_own_step_makes_that_step_not_a_statement_too(run):
    facts = run("Headline\nIndonesia said on Monday it would host joint military exercises in the Natuna Sea next year. "
                "Malaysia said on Monday the plan was a mistake.")
    assert [(kind, agents[:1]) for kind, agents, _, _ in events(facts)] == [
        ("military_exercise", ("state/indonesia",)), ("statement", ("state/malaysia",))]


def test_a_states_parliament_acts_for_its_state(run):
    facts = run("Headline\nMoldova's parliament on Thursday approved a bill to withdraw the country from the Commonwealth of "
                "Independent States.")
    assert {(m.member, m.status) for m in facts.memberships} == {("state/moldova", "leaving")}
    assert [agents for _, agents, _, _ in events(facts, "withdrawal")] == [("state/moldova", "org/moldova-parliament")]


def test_more_kinds_of_happening_news_reports_are_each_an_event(run):
    facts = run("Headline\nTesco sold its Thai stores in March. Prime Minister Akilisi Pohiva was hospitalised in August. "
                "Pohiva was awarded a democracy prize in 2013. President Pranab Mukherjee was cremated on Tuesday.")
    assert {(agents[:1], when) for _, agents, _, when in events(facts, "other")} >= {
        (("person/akilisi-pohiva",), "2023-08"), (("person/akilisi-pohiva",), "2013"), (("person/pranab-mukherjee",), "2024-06-18")}
    assert any(kind == "other" and when == "2024-03" for kind, _, _, when in events(facts))


@pytest.mark.parametrize("text, agent, when", [
    ("OPEC ministers meet in Vienna on Thursday.", "org/opec", "2024-06-20"),  # a meeting set for a day ahead
    ("The World Health Assembly convenes in Geneva on May 27, 2025.", "org/world-health-assembly", "2025-05-27"),
    ("Costa Rica lodged applications to join the CPTPP last year.", "state/costa-rica", "2023"),
    ("Togo has asked to join the Commonwealth.", "state/togo", None),
    ("Alpha Condé won a third term in October last year.", "person/alpha-conde", "2023-10"),
    ("Lithuania's parliament passed a resolution on Thursday.", "state/lithuania", "2024-06-13"),
    ("Austria blocked Romania's entry into the Schengen area in 2022.", "state/austria", "2022"),
    ("The UN named Antonio Guterres as its next secretary-general in 2016.", "org/un", "2016"),  # a body choosing its head
])
def test_meetings_applications_terms_won_laws_passed_and_blocks_are_happenings(run, text, agent, when):
    facts = run("Headline\n" + text + "\n", date(2024, 6, 17))
    assert any(agent in agents and date_ == when for _, agents, _, date_ in events(facts, "other"))


def test_remarks_at_an_occasion_the_article_reports_are_part_of_it(run):
    facts = run("Headline\nSweden formally joined NATO on Thursday. \"Today we are all safer,\" NATO Secretary General Jens "
                "Stoltenberg said at the ceremony. Hungary's Foreign Minister Peter Szijjarto told reporters after the meeting "
                "that Budapest was pleased. Russia's Foreign Minister Sergei Lavrov said on Friday the move was a mistake.")
    assert [(kind, agents[:1]) for kind, agents, _, _ in events(facts)] == [
        ("accession", ("state/sweden",)), ("statement", ("person/sergei-lavrov",))]


def test_remarks_at_an_occasion_no_event_reports_are_a_statement(run):
    facts = run("Headline\nHungary's Foreign Minister Peter Szijjarto told reporters after the meeting that Budapest was pleased.")
    assert [(kind, agents[:1]) for kind, agents, _, _ in events(facts)] == [("statement", ("person/peter-szijjarto",))]


@pytest.mark.parametrize("text, expected", [
    ("The Shanghai Cooperation Organisation was founded in 2001 by China, Russia and Kazakhstan. Norway, one of the 12 countries "
     "that founded NATO in 1949, objected. SCO leaders signed a final declaration on Friday.\n"
     "The current government of Iraq was established in 2003.", [("org/nato", "1949"), ("org/sco", "2001"), ("org/sco", "2024-07-05")]),
    # a body formed, launched, or set off as formed; a statute signed
    ("The Lima Group, formed in 2017 by a dozen governments in the region, has disbanded. CELAC was launched in Caracas in "
     "December 2011. Russia signed the Rome Statute of the International Criminal Court in 2000 but never ratified it.",
     [("org/celac", "2011-12"), ("org/icc", "2000"), ("org/lima-group", "2017")]),
    # the body founded, not another the sentence names; deals and a declaration leaders adopt
    ("EFTA was founded in 1960 by seven countries that had stayed out of the European Economic Community (EEC). Mercosur signed "
     "deals with Singapore in 2023. BRICS leaders endorsed the tier in their final declaration on Wednesday.",
     [("org/brics", "2024-07-03"), ("org/efta", "1960"), ("org/mercosur", "2023")]),
])
def test_a_bodys_founding_and_a_signed_declaration_or_statute_are_agreements(run, text, expected):
    facts = run("Headline\n" + text + "\n", date(2024, 7, 6))
    assert sorted((organization, when) for _, _, organization, when in events(facts, "agreement")) == expected


def test_withdrawals_a_government_orders_and_an_earlier_exit_of_a_state_leaving_again(run):
    facts = run("Hungary quits the court\nHungarian lawmakers voted on Tuesday to take their country out of the International "
                "Criminal Court. President Donald Trump signed an order on Tuesday withdrawing the United States from the UN Human "
                "Rights Council.\nRwanda will leave ECCAS, its foreign ministry said on Saturday. Rwanda quit ECCAS in 2007 and came "
                "back in 2016.\n", date(2025, 6, 9))
    assert {(m.member, m.organization, m.status) for m in facts.memberships} == {
        ("state/hungary", "org/icc", "leaving"), ("state/united-states", "org/unhrc", "left"), ("state/rwanda", "org/eccas", "leaving")}
    assert sorted((agents[0], organization, when) for _, agents, organization, when in events(facts, "withdrawal")) == [
        ("state/hungary", "org/icc", "2025-06-03"), ("state/rwanda", "org/eccas", "2007"), ("state/rwanda", "org/eccas", "2025-06-07"),
        ("state/united-states", "org/unhrc", "2025-06-03")]


def test_a_state_that_joined_some_years_later_and_troops_crossing_a_border(run):
    facts = run("Headline\nThe Council of the Baltic Sea States was founded in 1992. Iceland joined three years later. Russian "
                "troops crossed into Ukraine on February 24.\n", date(2022, 5, 18))
    assert ("state/iceland", "joined") in {(m.member, m.status) for m in facts.memberships}
    assert [agents[:1] for _, agents, _, _ in events(facts, "attack")] == [("state/russia",)]


def test_commenting_responding_and_adding_are_statements(run):
    facts = run("Headline\nPrime Minister Boris Johnson commented on the matter on Tuesday. Cuba's Foreign Minister Bruno "
                "Rodriguez responded via Twitter. Foreign Minister Sergei Lavrov added that Moscow would wait.\n")
    speakers = {agent for _, agents, _, _ in events(facts, "statement") for agent in agents if agent.startswith("person/")}
    assert speakers == {"person/boris-johnson", "person/bruno-rodriguez", "person/sergei-lavrov"}


def test_meetings_recalled_ambassadors_cut_ties_observers_and_troops_sent_are_happenings(run):
    facts = run("Headline\nDefence ministers of the CSTO met in Minsk on Thursday. Armenia recalled its ambassador from Minsk "
                "on Friday. In June 2017 Saudi Arabia cut diplomatic and trade links with Qatar. Laos was admitted as an observer "
                "in 2013. The Collective Security Treaty Organization sent 2,000 troops to Kazakhstan in January 2022.\n",
                date(2024, 6, 20))
    assert sorted(when for kind, _, _, when in events(facts) if kind == "other") == ["2013", "2017-06", "2022-01", "2024-06-14",
                                                                                     "2024-06-20"]


def test_a_definite_mention_recalls_only_a_happening_of_its_own_kind(run):
    facts = run("Headline\nPresident Bola Tinubu visited Niamey on Monday. "
                "Niger has been in the hands of its army since the coup in July.")
    assert [(agents[:1], when) for _, agents, _, when in events(facts, "other")][-1] == (("state/niger",), "2023-07")


def test_it_as_a_subject_is_the_state_its_sentence_names_first(run):
    facts = run("Headline\nArmenia's relations with Russia worsened when it skipped the CSTO summit in Minsk.")
    assert [agents for _, agents, _, _ in events(facts, "other")] == [("state/armenia",)]


def test_a_protest_is_its_organisers_and_never_the_state_it_takes_place_in(run):
    called = run("Headline\nOn Monday evening, several hundred people rallied outside parliament in Budapest at the call of "
                 "Amnesty International Hungary.")
    assert [agents for _, agents, _, _ in events(called, "protest")] == [("org/amnesty-international",)]
    uncalled = run("Headline\nOn Friday several hundred people marched in Haiti to demand safe housing.")
    assert [agents for _, agents, _, _ in events(uncalled, "protest")] == [()]
    called_after = run("Headline\nOn Friday several hundred students rallied outside the embassy. The rally was organised by "
                       "Amnesty International, which called it peaceful.")
    assert [agents for _, agents, _, _ in events(called_after, "protest")] == [("org/amnesty-international",)]
    other_after = run("Headline\nOn Friday several hundred students rallied outside the embassy. Talks were organised by Amnesty International.")
    assert [agents for _, agents, _, _ in events(other_after, "protest")] == [()]


def test_a_dated_past_deed_of_a_named_actor_is_an_event_though_no_trigger_names_it(run):
    facts = run("Headline\nIn 2012, Kenya dispatched a naval flotilla to the Somali coast. Kenya dispatched a second flotilla. "
                "Kenya has never dispatched a flotilla to Yemen before 2020. The talks collapsed in 2021.")
    assert events(facts, "other") == [("other", ("state/kenya",), None, "2012")]


def test_a_second_clause_with_its_own_subject_reports_its_own_untriggered_deed(run):
    facts = run("Headline\nIn 2010 Kenya built a naval base in Lamu, and in 2012 Uganda opened a consulate in Mogadishu.")
    assert sorted(events(facts, "other")) == [("other", ("state/kenya",), None, "2010"), ("other", ("state/uganda",), None, "2012")]


def test_a_date_in_a_relative_clause_about_a_participant_does_not_date_the_happening(run):
    facts = run("Headline\nArmenia accuses Russian peacekeepers, who were sent to the region in 2020, of failing to stop the offensive. "
                "Russia sponsored a ceasefire agreement that ended the fighting in 2020.", date(2024, 5, 10))
    assert events(facts, "statement") == [("statement", ("state/armenia",), None, None)]
    assert [date for *_, date in events(facts, "agreement")] == ["2020"]


def test_an_alliance_ruled_by_a_state_is_no_court_ruling(run):
    facts = run("Headline\nArmenia wants to leave an alliance ruled by Russia since 2002. "
                "The Constitutional Court ruled in 2024 that the treaty was lawful.", date(2024, 5, 10))
    assert [date for *_, date in events(facts, "other")] == ["2024"]


def test_a_protest_naming_no_body_is_against_the_one_the_article_reports(run):
    facts = run("Headline\nG7 leaders met in Kananaskis on Monday. The Group of Seven agreed on sanctions. "
                "Several hundred people marched in Calgary on Sunday against the war.", date(2025, 6, 17))
    assert [(org, when) for _, _, org, when in events(facts, "protest")] == [("org/g7", "2025-06-15")]
