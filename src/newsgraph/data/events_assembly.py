"""Rules for incident assembly (events/assemble.py, SPEC.md section 4 "Incident assembly").

Sources: ACLED codebook 2023 (one event = one type, one location, one day, one pair of actors;
fatalities from the most conservative report, never summed across reports), and the page
furniture of news sites (link blocks, bylines, Reuters-style credit lines).
"""
import re

# Modes of one incident family: mentions in different families are different incidents
# ("pounded bridges" and "took 500 km2" are two events, "shelling ... killing 3" is one).
MODE_FAMILIES = {
    "territory regained": "territory", "territory gained": "territory", "territory captured": "territory",
    "territory lost": "territory",
    "arrest": "arrest", "deport": "arrest", "seizure": "seizure", "restrict": "restrict", "censor": "restrict",
    "repression": "restrict", "abduction": "abduction", "sexual violence": "abuse", "torture": "abuse",
}
VIOLENCE = "violence"           # every other ASSAULT mode: attack, shelling, strike, killing, explosion ...
# Modes that say only that violence happened: another mention's specific mode wins.
GENERIC_MODES = {None, "attack", "killing", "destruction", "strike", "armed clash", "explosion"}

# Attackers that name no party: compatible with any named attacker of the same incident
# (crowds too, for protests told twice: "thousands marched ...", "some 15,000 demonstrators ...").
GENERIC_ATTACKERS = {"attacker", "attackers", "assailant", "assailants", "gunman", "gunmen", "perpetrator",
                     "perpetrators", "they", "he", "she", "it", "unknown", "unidentified", "suspect", "suspects",
                     "people", "protesters", "protestors", "demonstrators", "crowd", "crowds", "residents",
                     "students", "activists", "marchers"}

# Words that open a new incident of the same kind ("another strike", "a separate attack"); not
# ordinals, which count the incident being told ("the second attack on a school this week").
NEW_INCIDENT_WORDS = {"another", "separate", "other", "new", "earlier", "previous", "different"}

# Nouns that, made definite ("the attack", "this strike"), name one incident told before; not
# campaign words ("the invasion", "the war", "the offensive"), which name the setting.
ANAPHOR_NOUNS = {"attack", "strike", "airstrike", "air strike", "shelling", "bombing", "bombardment", "blast",
                 "explosion", "raid", "assault", "ambush", "incident", "shooting", "killing", "killings",
                 "massacre", "arrest", "arrests", "detention", "protest", "demonstration", "rally", "clash",
                 "clashes", "fire", "strikes", "attacks", "explosions", "assassination", "abduction", "kidnapping"}

# Nouns that name a war or campaign as a whole: with no place, date or figure of their own they
# are the setting ("Russia justifies its invasion"), not an incident to count.
CAMPAIGN_NOUNS = {"invasion", "war", "conflict", "aggression", "occupation", "campaign", "insurgency",
                  "hostilities", "counteroffensive", "counter-offensive", "offensive"}

SENTENCE_WINDOW = 1       # a mention with nothing against it joins an incident this many sentences back
ANAPHOR_WINDOW = 4        # "the attack", "the strike": sentences back to the incident it names
NEAR_KM = 30.0            # two places this close name one incident's place ("Bucha, a town near Kyiv")
TOLL_WINDOW = 2           # a toll attaches to the latest attack this many sentences back ("Russian forces
                          # shelled X. A school was damaged. Two people died."), none in between

# Casualty statements with no trigger of their own (count 0, or no count at all).
NO_CASUALTIES = re.compile(r"\b(?:there were |with |causing |caused |reported |and )?no (?:casualties|deaths|fatalities|"
                           r"one was (?:killed|hurt|injured)|injuries|victims)\b|\bnobody was (?:killed|hurt|injured)\b|"
                           r"\bno one was (?:killed|hurt|injured)\b|\bwithout (?:casualties|victims)\b", re.I)
UNKNOWN_CASUALTIES = re.compile(r"\bcasualt(?:y|ies) (?:unknown|not known|unclear)\b|"
                                r"\bno (?:information|word|details) (?:on|about) casualties\b", re.I)

# Page furniture: lines that are links, credits or tags, never news (plain text or HTML main text).
# A line opening with one of these words is furniture when a colon follows or it is a short line
# without a full stop ("READ MORE", "Related: Russian strike kills 5", "Tags: Ukraine, war").
FURNITURE_OPENER = re.compile(
    r"^\s*(?:[-*•»>|]\s*)?(?:read more|read also|also read|more from|related(?: articles| stories| news| coverage)?|"
    r"see also|recommended|trending|most read|more stories|more on this|watch|listen|tags?|topics|filed under|"
    r"share this|follow us|subscribe|sign up|advertisement|click here|photo|image|credit)\b\s*(:)?", re.I)
CREDIT_LINE = re.compile(r"^\s*\(?(?:reporting|writing|editing|additional reporting|compiled) by\b", re.I)
BYLINE = re.compile(r"^\s*By\s+[A-Z][\w.'-]+(?:\s+(?:[A-Z][\w.'-]+|and|de|van|von))*\s*(?:[,|][^\n.]{0,40})?$")
LINK_LINE_MAX_WORDS = 16   # a line of a link list is a headline: short, without a full stop
HEADLINE_MAX_WORDS = 20    # a first line this short without a full stop is the headline
