"""Event-stage fixtures: short real-language sentences through the whole pipeline, once per session."""
from __future__ import annotations

import pytest

# Invented sentences in wire style, about actors, places and event kinds the seed article lacks.
SENTENCES = {
    "arrest": "Police arrested 25 protesters in Lagos on Monday, a police spokesman said.",
    "protest": "Thousands of people protested in Santiago on Saturday against the pension reform.",
    "sanction": "The European Union imposed new sanctions on Iran on Tuesday.",
    "airstrike": ("At least 12 civilians were killed in an air strike on the town of Saraqib in Idlib "
                  "province, according to the Syrian Observatory for Human Rights."),
    "own_claim": "The Israeli army said its jets struck Hamas targets in Gaza overnight.",
    "denial": "The Kremlin denied that its forces had shelled the hospital in Kharkiv.",
    "visit": "French President Emmanuel Macron will visit Berlin next week.",
    "aid": "Japan sent 20 tons of humanitarian aid to Turkey after the earthquake.",
    "capture": "Taliban fighters captured the city of Kunduz on Sunday after heavy fighting with Afghan troops.",
    "agreement": "The two countries signed a ceasefire agreement in Doha on Friday.",
    "clash": "Boko Haram militants attacked a military post near Maiduguri, killing two soldiers.",
    "riot": "Protesters threw stones at police and set fire to cars in Nairobi.",
    "accident": "A gas cylinder explosion at a factory in Dhaka injured six workers.",
    "hypothetical": "If the talks fail, the rebels could attack the capital.",
    "responsibility": "The Islamic State group claimed responsibility for a suicide bombing in Kabul that killed 12 people.",
    "market": "Shares rallied on Wall Street on Tuesday as the dollar eased against the yen.",
    "metaphor": "The two software companies are locked in a legal battle over patents.",
    "obligation": "The United States said on Friday that Iran must release the detained sailors.",
    "lifted": "The European Union lifted sanctions on Belarus on Monday.",
    "claim_rejected": ("Russia's defence ministry said on Monday its forces had destroyed a Ukrainian ammunition "
                       "depot near Kramatorsk. Kyiv rejected the claim, saying the strike hit a school."),
    "responsibility_denied": ("Rebels shelled the town of Goma on Sunday, killing at least 7 people, local "
                              "officials said. The M23 group denied responsibility for the attack."),
}
PUBLISHED = "2023-03-15"


@pytest.fixture(scope="session")
def event_docs(resources):
    """name -> Document for every sentence of SENTENCES."""
    from newsgraph.ingest import make_document
    from newsgraph.pipeline import process_many

    names = list(SENTENCES)
    docs = process_many((make_document(SENTENCES[n], published=PUBLISHED) for n in names), resources)
    return dict(zip(names, docs))
