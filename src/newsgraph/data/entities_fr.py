"""French entity data: how the French spaCy pipeline's NER labels map onto newsgraph's types.

fr_core_news_sm is trained on WikiNER (labels PER, LOC, ORG, MISC); newsgraph's stages read the
English (OntoNotes-style) labels. LOC covers countries, cities and regions as well as rivers and
mountains: it maps to GPE, the type English pipelines give countries and cities, so that French
and English records of one place agree (a river or a stadium comes out GPE too). MISC (nationalities,
events, works, slogans) is left as MISC, which the entity stage keeps as OTHER.
"""
NER_LABELS_FR = {"PER": "PERSON", "LOC": "GPE", "ORG": "ORG", "MISC": "MISC"}
