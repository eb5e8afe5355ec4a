"""Word lists of the quote stage.

Sources: the reporting verbs of Quirk et al., "A Comprehensive Grammar of the English Language"
(1985, section 14.29) and of the PARC 3.0 / PolNeAR annotation guidelines (speech, writing and
attitude cues); channel nouns and platforms as they occur in wire copy (AFP, AP, Reuters style);
English names of languages (ISO 639-1 codes). Keys are lower-case lemmas.
"""

# verbs that introduce what someone said or wrote (direct, partial and indirect speech)
SPEECH_VERBS = frozenset("""
say tell write add announce declare state claim insist explain note argue warn promise vow pledge
deny report confirm ask reply respond answer tweet post comment continue urge acknowledge admit
suggest assert maintain stress emphasise emphasize underline reiterate recall predict remark
complain charge accuse allege testify threaten demand call describe quip joke shout scream cry
exclaim boast concede contend counter retort observe point caution estimate estimated conclude
proclaim reveal disclose mention order command assure inform brief signal indicate promise
propose recommend repeat whisper yell
condemn denounce criticize criticise praise hail dismiss brand label decry slam blast
characterize characterise
""".split())

# attitude verbs: attributions of belief or intention (PolNeAR annotates them); used for
# indirect attributions only, never to make a quotation mark a quote
ATTITUDE_VERBS = frozenset("""
believe think feel hope fear expect want know doubt worry agree disagree consider understand
""".split())

# "X wrote on Telegram": platform word (lower case) -> canonical name
PLATFORMS = {
    "telegram": "Telegram", "twitter": "Twitter", "x": "X", "facebook": "Facebook",
    "instagram": "Instagram", "youtube": "YouTube", "tiktok": "TikTok", "vkontakte": "VKontakte",
    "vk": "VKontakte", "weibo": "Weibo", "linkedin": "LinkedIn", "threads": "Threads",
    "truth social": "Truth Social", "television": "television", "tv": "television",
    "radio": "radio", "telephone": "telephone", "phone": "telephone",
    "social media": "social media",
}

# verbs that name their channel: "tweeted" -> Twitter
VERB_CHANNELS = {"tweet": "Twitter", "retweet": "Twitter", "telegram": "Telegram"}

# "in its daily briefing", "in a video", "at a press conference": the pobj head nouns
CHANNEL_NOUNS = frozenset("""
briefing statement video interview speech address post tweet message conference communique
broadcast letter op-ed editorial release announcement remarks remark appearance hearing debate
rally podcast blog column email e-mail note memo report declaration testimony session
""".split())

# "X told Russian agencies / reporters": the object is the channel when its head is one of these
# or a named organisation
AUDIENCE_NOUNS = frozenset("""
agency agencies reporter reporters journalist journalists media press newspaper newspapers
channel channels network networks broadcaster broadcasters outlet outlets daily
""".split())

# "in English" -> language code
LANGUAGES = {
    "english": "en", "french": "fr", "russian": "ru", "ukrainian": "uk", "german": "de",
    "spanish": "es", "arabic": "ar", "chinese": "zh", "mandarin": "zh", "italian": "it",
    "portuguese": "pt", "polish": "pl", "turkish": "tr", "persian": "fa", "farsi": "fa",
    "hebrew": "he", "japanese": "ja", "korean": "ko", "hindi": "hi", "dutch": "nl",
}

# a quotation that follows these is a name or a title, not speech: "a film called 'X'"
NAMING_CUES = frozenset("""
called dubbed nicknamed named titled entitled headlined labelled labeled branded termed
so-called
""".split())

# nouns that announce the title of a work: "the song 'X'", "his book 'X'"
TITLE_NOUNS = frozenset("""
book film movie song album show series novel play poem essay documentary slogan headline
hashtag motto
""".split())

# objects that carry words without speaking them: "a banner reading 'X'"
OBJECT_NOUNS = frozenset("""
patch banner sign placard poster t-shirt shirt flag sticker badge graffiti inscription cap hat
mural billboard plaque tattoo slogan
""".split())

# gendered words in titles and roles (for "he"/"she" resolution); first names come from the
# gender-guesser name dictionary (Jörg Michael's nam_dict)
MALE_WORDS = frozenset("""
mr mr. sir lord king prince duke father son brother husband uncle nephew grandfather
spokesman chairman congressman businessman councilman boyfriend monsieur herr
""".split())
FEMALE_WORDS = frozenset("""
mrs mrs. ms ms. miss madam madame lady dame queen princess duchess mother daughter sister wife
aunt niece grandmother spokeswoman chairwoman congresswoman businesswoman councilwoman
girlfriend mme frau
""".split())

# pronouns -> what they may refer to
PRONOUNS = {
    "he": "male", "him": "male", "she": "female", "her": "female",
    "it": "thing", "they": "plural", "them": "plural",
}

# sources that are documents or pictures, not speakers: no speaker entity is made for them
EVIDENCE_NOUNS = frozenset("""
photo photos picture pictures image images footage video videos data figure figures document
documents record records statistic statistics survey poll polls study studies map maps
ad ads advert advertisement advertisements commercial commercials spot spots
""".split())

# sources that are texts: a speaker entity made for them has type OTHER, not PERSON
DOCUMENT_NOUNS = frozenset("""
report reports memo memorandum letter statement document study article book communique
cable filing complaint indictment lawsuit ruling order decree story slide clip
""".split())

# head nouns of speaker phrases that name an organisation ('local authorities', 'the ministry');
# other common-noun speakers ('the regional governor', 'a spokesman') are persons
ORG_HEADS = frozenset("""
authority authorities ministry government army military police guard agency office company
committee council party campaign administration department forces force command service court
group commission parliament kremlin presidency embassy union coalition alliance
movement organisation organization institute association federation foundation bank firm
corporation regime junta cabinet senate congress assembly legislature tribunal network
journal magazine newspaper paper outlet broadcaster city town state country nation province
region municipality county village republic kingdom opposition delegation militia
""".split())

# common nouns that name people or groups of people who can speak ('officials said', 'a
# witness told'); with ORG_HEADS, DOCUMENT_NOUNS and the agent suffixes below they decide
# whether a common-noun subject of a speech verb can be a speaker ('the criticism', 'an
# apology', 'measures' cannot). Sources: the person and group categories of the NOUN.PERSON
# and NOUN.GROUP lexicographer files of Princeton WordNet 3.0, as they occur in wire copy.
PERSON_NOUNS = frozenset("""
official officials spokesman spokeswoman spokesperson witness resident critic analyst expert
source diplomat minister president premier leader lawmaker legislator senator governor mayor
commander general soldier troop medic doctor nurse worker activist protester protestor survivor
victim farmer villager citizen people person man woman men women child children kid mother
father family relative neighbour neighbor friend colleague lawyer attorney prosecutor judge
researcher scientist economist observer monitor journalist reporter correspondent editor author
representative delegate envoy ambassador negotiator mediator chief head director
manager secretary chairman chair member staff employee owner candidate voter student teacher
professor priest bishop imam rabbi cleric rebel militant fighter insurgent separatist
team crew side camp pilot driver passenger guard ranger rescuer firefighter
paramedic host user fan supporter opponent ally partner insider aide adviser advisor deputy
king queen prince princess pope emir sheikh president-elect captain colonel major lieutenant
sergeant admiral marshal officer police policeman policewoman detective executive negotiator
investigator inspector prosecutor defendant plaintiff suspect accused prisoner detainee hostage
refugee migrant settler pilgrim tourist visitor local locals elder elders chieftain tribe clan
community public crowd audience panel jury board staffer intern volunteer organiser organizer
coordinator administrator operator owner landlord tenant shopkeeper vendor trader merchant
banker investor shareholder customer patient parent son daughter brother sister husband wife
uncle aunt cousin grandmother grandfather boy girl teenager youth adult baby everyone someone
anyone nobody others many some few most all both several spokespeople
emissary dignitary secretary-general ombudsman counsel coach player athlete singer actor artist
""".split())

# agentive endings of person nouns not listed above ('the organiser', 'a pharmacist',
# 'the technician'); NOT_AGENT_NOUNS are words with those endings that name things
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "eer", "ee")
NOT_AGENT_NOUNS = frozenset("""
number matter power border water weather winter summer letter order chapter center centre
shelter cluster layer corner dinner disaster danger manner answer quarter tower trigger barrier
register filter banner folder poster sticker flyer trailer thriller other error sector factor
motor mirror floor door color colour labor labour rumor rumour honor honour terror tractor
reactor indicator behavior behaviour favor favour humor humour armor armour harbor harbour
corridor elevator generator statement document agreement movement incident event
moment comment content extent percent plant grant restaurant element segment argument payment
treatment department government settlement parliament tournament announcement amendment
commitment development equipment environment investment judgment management requirement
fee committee guarantee degree decree jubilee component talent
patent present current recent
""".split())

# endings of abstract nouns ('criticism', 'apology', 'measures', 'decision', 'meeting'): a common
# noun with one of them is no speaker unless listed above
ABSTRACT_SUFFIXES = ("tion", "sion", "ment", "ness", "ity", "ism", "ance", "ence", "ure", "ing", "ogy",
                     "cy", "ship", "dom", "hood", "age", "ics")
# frequent inanimate or abstract subjects without those endings (general English, as in wire copy)
INANIMATE_NOUNS = frozenset("""
move choice step plan idea issue problem question fact case attack strike war crisis change
result deal law bill rule policy budget program programme project system process effort act
call demand request offer proposal warning threat claim charge allegation criticism apology
measure decision evidence item piece word words text page book map chart graph
table list figure number rate price cost tax vote poll ballot election thing
""".split())

# nouns of speech whose possessor or 'by'/'from' phrase is the speaker of the words they hold:
# "Trump's claim that there were 'thousands of shootings'", 'a pledge by the minister to "rebuild"'
SPEECH_NOUNS = frozenset("""
claim claims statement remark remarks comment comments assertion promise warning accusation
allegation pledge vow insistence argument suggestion description characterization
characterisation announcement declaration denial admission threat call demand appeal plea
""".split())

# quantity nouns whose 'of' phrase names the speakers: 'a majority of voters', 'half of the residents'
QUANTITY_NOUNS = frozenset("""
majority minority plurality half third quarter most many some number percent share proportion
dozens hundreds thousands millions group
""".split())
