"""Titles and offices for the entities stage: which words name an office, which offices are the
same ("head of state" = president), and who held the best-known offices when (to resolve
"the Russian president" against the publication date).

Sources: AP Stylebook titles; the holders' dates of office from the official sites of the
presidencies and governments (inauguration / leaving dates).
"""

# Office words that may stand before a personal name ("Chancellor Olaf Scholz") or be used
# alone as a definite description ("the president"); value: the office they denote.
OFFICES: dict[str, str] = {
    "president": "president", "head of state": "president", "leader": "leader",
    "prime minister": "prime minister", "premier": "prime minister", "head of government": "prime minister",
    "chancellor": "chancellor", "foreign minister": "foreign minister", "minister": "minister",
    "defence minister": "defence minister", "defense minister": "defence minister",
    "secretary": "secretary", "secretary of state": "secretary of state",
    "secretary of defense": "defence minister", "secretary of defence": "defence minister",
    "spokesperson for": "spokesperson", "high representative": "high representative", "secretary general": "secretary general",
    "secretary-general": "secretary general", "governor": "governor", "mayor": "mayor",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
    "ambassador": "ambassador", "king": "king", "queen": "queen", "pope": "pope", "senator": "senator",
    "general": "general", "gen.": "general", "commander": "commander", "colonel": "colonel",
    "first lady": "first lady", "chairman": "chairman", "chairwoman": "chairman", "envoy": "envoy",
    "patriarch": "patriarch", "emir": "emir", "sheikh": "sheikh", "sen.": "senator", "rep.": "representative",
    "vice president": "vice president", "deputy": "deputy", "ceo": "ceo", "director": "director",
    "press secretary": "spokesperson", "minister of defence": "defence minister",
    "minister of defense": "defence minister", "minister for foreign affairs": "foreign minister",
    "minister of foreign affairs": "foreign minister",
}
# Portfolio words inside capitalised office titles ("Minister of Defence", "Minister for Foreign
# Affairs", "Press Secretary"): never a given name before a surname.
PORTFOLIO_WORDS = frozenset("""
defence defense affairs foreign state interior internal home justice finance health economy economic energy
agriculture education trade labour labor treasury security homeland emergency emergencies situations culture
transport environment commerce press communications information development industry
""".split())

# Office words that also begin names of organisations ("General Motors", "Director of ..."):
# not evidence of a person inside another name.
NAME_LIKE_OFFICES = frozenset({"general", "director", "deputy", "leader", "king", "queen", "commander"})

# Offices whose holder is female.
FEMALE_OFFICES = frozenset({"queen", "first lady"})
# A person's office word after "the" in these forms refers back only to people with that office.
DEFINITE_OFFICES = frozenset({"president", "prime minister", "chancellor", "foreign minister",
                              "defence minister", "secretary of state", "secretary general", "king",
                              "queen", "pope", "first lady", "governor", "mayor"})

# (country, office, holder, from, to): to=None means still in office when the table was written.
OFFICE_HOLDERS: tuple[tuple[str, str, str, str, str | None], ...] = (
    ("Russia", "president", "Vladimir Putin", "2000-05-07", "2008-05-07"),
    ("Russia", "president", "Dmitry Medvedev", "2008-05-07", "2012-05-07"),
    ("Russia", "president", "Vladimir Putin", "2012-05-07", None),
    ("Russia", "prime minister", "Mikhail Mishustin", "2020-01-16", None),
    ("Ukraine", "president", "Viktor Yushchenko", "2005-01-23", "2010-02-25"),
    ("Ukraine", "president", "Viktor Yanukovych", "2010-02-25", "2014-02-22"),
    ("Ukraine", "president", "Petro Poroshenko", "2014-06-07", "2019-05-20"),
    ("Ukraine", "president", "Volodymyr Zelensky", "2019-05-20", None),
    ("United States", "president", "George W. Bush", "2001-01-20", "2009-01-20"),
    ("United States", "president", "Barack Obama", "2009-01-20", "2017-01-20"),
    ("United States", "president", "Donald Trump", "2017-01-20", "2021-01-20"),
    ("United States", "president", "Joe Biden", "2021-01-20", "2025-01-20"),
    ("United States", "president", "Donald Trump", "2025-01-20", None),
    ("France", "president", "Nicolas Sarkozy", "2007-05-16", "2012-05-15"),
    ("France", "president", "François Hollande", "2012-05-15", "2017-05-14"),
    ("France", "president", "Emmanuel Macron", "2017-05-14", None),
    ("Germany", "chancellor", "Angela Merkel", "2005-11-22", "2021-12-08"),
    ("Germany", "chancellor", "Olaf Scholz", "2021-12-08", "2025-05-06"),
    ("Germany", "chancellor", "Friedrich Merz", "2025-05-06", None),
    ("China", "president", "Hu Jintao", "2003-03-15", "2013-03-14"),
    ("China", "president", "Xi Jinping", "2013-03-14", None),
    ("Turkey", "president", "Recep Tayyip Erdoğan", "2014-08-28", None),
    ("Belarus", "president", "Alexander Lukashenko", "1994-07-20", None),
    ("United Kingdom", "prime minister", "Boris Johnson", "2019-07-24", "2022-09-06"),
    ("United Kingdom", "prime minister", "Rishi Sunak", "2022-10-25", "2024-07-05"),
    ("United Kingdom", "prime minister", "Keir Starmer", "2024-07-05", None),
    # francophone Africa and the Middle East (French wire copy)
    ("Tunisia", "president", "Zine El Abidine Ben Ali", "1987-11-07", "2011-01-14"),
    ("Tunisia", "president", "Beji Caid Essebsi", "2014-12-31", "2019-07-25"),
    ("Tunisia", "president", "Kais Saied", "2019-10-23", None),
    ("Algeria", "president", "Abdelaziz Bouteflika", "1999-04-27", "2019-04-02"),
    ("Algeria", "president", "Abdelmadjid Tebboune", "2019-12-19", None),
    ("Egypt", "president", "Hosni Mubarak", "1981-10-14", "2011-02-11"),
    ("Syria", "president", "Bashar al-Assad", "2000-07-17", "2024-12-08"),
    ("Democratic Republic of the Congo", "president", "Joseph Kabila", "2001-01-26", "2019-01-24"),
    ("Democratic Republic of the Congo", "president", "Félix Tshisekedi", "2019-01-24", None),
)
