"""Transliteration rules for toponym matching (geo stage).

Source: the romanisation systems of Cyrillic names in French (ou, tch, ch=sh, ïa),
German (sch, tsch, w), Russian-style English (ya, yu, kh) and Ukrainian national
(ia, iu, zhzh); see the BGN/PCGN and Ukrainian 2010 tables. Each rule maps one
spelling habit to a common "skeleton", so that different romanisations of one name
meet: Izioum/Izyum/Izium, Boutcha/Bucha, Zaporizhya/Zaporizhzhia, Kupyansk/Kupiansk.
Rules apply in order to an ASCII, lower-case name.
"""

SKELETON_RULES: tuple[tuple[str, str], ...] = (
    ("tsch", "ch"),     # German Tsch-
    ("tch", "ch"),      # French -tch-
    ("sch", "sh"),      # German Sch-
    ("zhzh", "zh"),     # Ukrainian Zaporizhzhia
    ("ou", "u"),        # French ou = u (Izioum, Bakhmout)
    ("kh", "h"),        # Kharkiv / Charkiw / Harkiv
    ("ck", "k"),
    ("w", "v"),         # German/Polish w = v (Charkiw, Kijew)
    ("j", "y"),         # German/Polish j = y (Kijew, Juzivka)
    ("ij", "i"),
    ("iy", "i"),
    ("yi", "i"),
    ("y", "i"),         # Kupyansk / Kupiansk, Izyum / Izium
    ("ie", "e"),        # Kiev / Kyev, Sievierodonetsk / Severodonetsk
    ("ii", "i"),
    ("io", "o"),        # a dropped soft sign or 'y' after a consonant: Verkhnyokamianka / Verkhnokamianka
    ("ee", "i"),
    ("g", "h"),         # Russian g = Ukrainian h: Lugansk / Luhansk, Gorlovka / Horlivka's first letter
)

# Russian and Ukrainian endings of one name, applied to the end of the skeleton after SKELETON_RULES:
# Bakhmutskoye / Bakhmutske, Peschanoye / Peschane, Kremennaya / Kremenna, Zaporozhye / Zaporozh'e
SKELETON_ENDINGS: tuple[tuple[str, str], ...] = (
    ("skoe", "ske"),    # -skoye (after y -> i, ie -> e: 'skoe')
    ("oe", "e"),        # -noye, -ovoye
    ("aia", "a"),       # -aya
)

# Name endings that may be dropped or added in other romanisations (soft-sign forms)
SKELETON_STRIP: tuple[str, ...] = ("'", "\u2019", "\u02bc", "`")
