"""Builds ua-notes.jsonl, the Ukrainian village dev set of `newsgraph eval geo` (issue 13, point 8).

The notes are written by hand in the style of ACLED's one-line notes; each names one intended
village, given here by its GeoNames id, chosen in GeoNames' Ukraine extract (UA.txt). This script
only adds the offsets and GeoNames' point of each id:
    python tests/geo/data/ua_notes_build.py ../shared/gazetteer/UA.txt > tests/geo/data/ua-notes.jsonl
"""
import json
import sys

# (note, the village's words in the note, GeoNames id)
NOTES = [
    ("On 3 May 2022, Russian forces shelled Staryi Saltiv, Kharkiv. Casualties unknown.", "Staryi Saltiv", 692703),
    ("On 7 May 2022, Russian artillery shelled Rus'ka Lozova, Kharkiv region. One civilian was injured.", "Rus'ka Lozova", 695106),
    ("On 12 May 2022, Russian forces shelled Tsirkuny in the Kharkiv region. No casualties reported.", "Tsirkuny", 691084),
    ("On 20 April 2022, clashes took place near Dovhenke in the Izium district. Casualties unknown.", "Dovhenke", 709827),
    ("On 25 April 2022, Russian forces shelled Kamianka of the Izium district, Kharkiv oblast. Casualties unknown.", "Kamianka", 707051),
    ("On 14 May 2022, Russian forces attempted to cross the river at Bilohorivka, Luhansk region. Dozens of vehicles were destroyed.", "Bilohorivka", 712588),
    ("On 2 June 2022, Russian forces shelled Novomykhailivka, Donetsk. Two civilians were injured.", "Novomykhailivka", 699458),
    ("On 9 June 2022, Russian artillery shelled Ugledar, Donetsk oblast. One civilian was killed.", "Ugledar", 690823),
    ("On 11 June 2022, Russian forces shelled Pavlivka, Luhansk oblast. Casualties unknown.", "Pavlivka", 697839),
    ("On 15 June 2022, Russian forces shelled Bohorodychne (Donetsk). Casualties unknown.", "Bohorodychne", 711885),
    ("On 16 June 2022, Russian forces shelled the village of Dolyna in the Donetsk region. No casualties.", "Dolyna", 709795),
    ("On 5 July 2022, Russian aircraft struck Siversk, Donetsk. Casualties unknown.", "Siversk", 694403),
    ("On 8 July 2022, Russian forces attacked in the direction of Spirne, Donetsk. Ukrainian forces repelled the attack.", "Spirne", 811544),
    ("On 10 July 2022, Russian artillery shelled Soledar, Donetsk region. One civilian was injured.", "Soledar", 706757),
    ("On 12 July 2022, Russian forces shelled Bakhmutske, Donetsk. Casualties unknown.", "Bakhmutske", 9115288),
    ("On 14 July 2022, Russian forces shelled Yakovlivka, Bakhmut district. Casualties unknown.", "Yakovlivka", 688556),
    ("On 18 July 2022, clashes were reported near Opytne, Bakhmut district, Donetsk. Casualties unknown.", "Opytne", 810695),
    ("On 20 July 2022, Russian forces shelled Krasnogorovka, Donetsk oblast. Two civilians were killed.", "Krasnogorovka", 704393),
    ("On 22 July 2022, Russian forces attacked towards Novobakhmutivka, Donetsk region. The attack was repelled.", "Novobakhmutivka", 9112922),
    ("On 28 April 2022, Russian forces shelled Toshkivka, Luhansk. Casualties unknown.", "Toshkivka", 691355),
    ("On 30 April 2022, Russian artillery shelled Zolote, Luhansk region. One civilian was killed.", "Zolote", 686868),
    ("On 2 May 2022, Russian forces shelled Hirske in the Luhansk region. Casualties unknown.", "Hirske", 708273),
    ("On 6 May 2022, Russian forces advanced on the outskirts of Popasna, Luhansk. Casualties unknown.", "Popasna", 696566),
    ("On 18 April 2022, Russian forces took control of Kremennaya, Luhansk oblast. Casualties unknown.", "Kremennaya", 704138),
    ("On 9 September 2022, Ukrainian forces recaptured Petropavlivka, Kupiansk district, Kharkiv. Casualties unknown.", "Petropavlivka", 697421),
    ("On 2 December 2022, Russian forces shelled Synkivka, Kharkiv oblast. Casualties unknown.", "Synkivka", 693778),
    ("On 4 December 2022, Russian artillery shelled Dvorichna, Kharkiv region. One civilian was injured.", "Dvorichna", 709399),
    ("On 4 September 2022, Ukrainian forces entered Husarivka, Kharkiv. Casualties unknown.", "Husarivka", 707853),
    ("On 15 May 2022, Russian forces shelled Velyka Komyshuvakha in the Izium district. Casualties unknown.", "Velyka Komyshuvakha", 711802),
    ("On 23 June 2022, Russian forces shelled Orekhov, Zaporozhye region. One civilian was injured.", "Orekhov", 698428),
    ("On 24 June 2022, Russian artillery shelled Mala Tokmachka, Zaporizhzhia. Casualties unknown.", "Mala Tokmachka", 702153),
    ("On 26 June 2022, Russian forces shelled Stepnohirsk, Zaporizhzhia oblast. Casualties unknown.", "Stepnohirsk", 692248),
    ("On 2 October 2022, Ukrainian forces advanced near Davydiv Brid, Kherson. Casualties unknown.", "Davydiv Brid", 710237),
    ("On 10 October 2022, Russian forces shelled Snigirevka, Mykolaiv region. Casualties unknown.", "Snigirevka", 693379),
    ("On 22 March 2022, Ukrainian forces shelled Russian positions in Posad-Pokrovske, Kherson oblast. Casualties unknown.", "Posad-Pokrovske", 696464),
    ("On 1 April 2022, Russian forces shelled Kyselivka, Kherson region. Casualties unknown.", "Kyselivka", 705783),
    ("On 15 March 2022, Ukrainian artillery struck the airfield at Chernobaevka, Kherson. Casualties unknown.", "Chernobaevka", 710715),
    ("On 28 August 2022, Russian forces shelled Tyahynka, Kherson oblast. Casualties unknown.", "Tyahynka", 690903),
    ("On 30 August 2022, fighting was reported near Novovoskresenske, Kherson. Casualties unknown.", "Novovoskresenske", 699030),
    ("On 3 October 2022, Ukrainian forces recaptured Dudchany, Kherson region. Casualties unknown.", "Dudchany", 709465),
    ("On 12 August 2022, Russian forces shelled Velyka Pysarivka, Sumy. One civilian was injured.", "Velyka Pysarivka", 690230),
    ("On 19 August 2022, Russian artillery shelled the Yunakivka community, Sumy region. Casualties unknown.", "Yunakivka", 688077),
    ("On 21 August 2022, Russian forces shelled Esman, Sumy oblast. Casualties unknown.", "Esman", 710534),
    ("On 23 August 2022, Russian mortars shelled the Shalyhyne hromada in the Sumy region. Casualties unknown.", "Shalyhyne", 694369),
    ("On 3 March 2022, Russian forces shelled Moshchun, Kyiv region. Casualties unknown.", "Moshchun", 8516166),
    ("On 7 March 2022, Russian aircraft struck Makariv, Kyiv oblast. Several civilians were killed.", "Makariv", 702337),
    ("On 6 June 2022, Russian forces shelled Novoselivka, Kramatorsk district, Donetsk. Casualties unknown.", "Novoselivka", 699185),
    ("On 7 June 2022, Russian forces shelled Vesele of the Kramatorsk district. Casualties unknown.", "Vesele", 689702),
    ("On 9 June 2022, Russian forces shelled Petrivka, Svatove district, Luhansk. Casualties unknown.", "Petrivka", 697343),
    ("On 2 May 2022, Russian forces shelled Ivanivka, Chuhuiv district. Casualties unknown.", "Ivanivka", 707374),
    ("On 17 June 2022, Russian forces shelled Kurakhovo, Donetsk. One civilian was killed.", "Kurakhovo", 695357),
    ("On 19 June 2022, Russian forces shelled Ocheretyne, Donetsk region. Casualties unknown.", "Ocheretyne", 698759),
    ("On 20 June 2022, Russian forces shelled Severodonetsk, Luhansk. Casualties unknown.", "Severodonetsk", 691999),
    ("On 2 March 2022, Russian forces entered Novoaydar, Luhansk. Casualties unknown.", "Novoaydar", 699677),
    ("On 10 September 2022, Ukrainian forces entered Kupiansk, Kharkiv region. Casualties unknown.", "Kupiansk", 703656),
    ("On 8 May 2022, Russian forces shelled Prudyanka, Kharkiv. Casualties unknown.", "Prudyanka", 696127),
    ("On 9 May 2022, Ukrainian forces recaptured Russkiye Tishki, Kharkiv region. Casualties unknown.", "Russkiye Tishki", 695101),
    ("On 10 May 2022, Russian forces shelled the village of Tsupivka, Kharkiv oblast. Casualties unknown.", "Tsupivka", 691073),
    ("On 11 September 2022, Ukrainian forces entered Kozachya Lopan, Kharkiv. Casualties unknown.", "Kozachya Lopan", 706587),
    ("On 1 October 2022, Russian forces shelled Terny, Donetsk oblast. Casualties unknown.", "Terny", 691608),
    ("On 5 October 2022, fighting took place in the direction of Torske, Donetsk region. Casualties unknown.", "Torske", 691358),
    ("On 6 May 2022, Russian forces shelled Hryhorivka, Izium district. Casualties unknown.", "Hryhorivka", 686765),
    ("On 13 October 2022, Russian forces shelled Bilopillia, Sumy region. One civilian was injured.", "Bilopillia", 712559),
    ("On 25 July 2022, Russian forces shelled Mykilske, Volnovakha district. Casualties unknown.", "Mykilske", 700066),
    ("On 27 July 2022, Russian forces shelled Shevchenko in the Pokrovsk district. Casualties unknown.", "Shevchenko", 694167),
    ("On 29 July 2022, Russian forces shelled Zelenyi Hai of the Vasylivka district. Casualties unknown.", "Zelenyi Hai", 687345),
    ("On 30 July 2022, Russian forces shelled the localities of Volodymyrivka, Novoselivka and Vesele in the Pokrovsk district. Casualties unknown.", "Volodymyrivka", 689394),
    ("On 1 August 2022, Russian aircraft struck Velykyy Burluk, Kharkiv region. Casualties unknown.", "Velykyy Burluk", 690193),
    ("On 3 August 2022, Russian forces shelled Nikopol'. No casualties.", "Nikopol'", 700051),
    ("On 4 August 2022, Russian forces shelled Marhanets', Dnipropetrovsk oblast. Two civilians were injured.", "Marhanets'", 701855),
    ("On 5 August 2022, Russian forces shelled Sviatohirsk, Donetsk region. Casualties unknown.", "Sviatohirsk", 692016),
    ("On 7 August 2022, Russian forces shelled Huliaipole, Zaporizhzhia region. One civilian was injured.", "Huliaipole", 707898),
    ("On 1 October 2022, Ukrainian forces recaptured Lyman, Donetsk region. Casualties unknown.", "Lyman", 704204),
    ("On 14 October 2022, Russian forces shelled Vodiane near Avdiivka, Donetsk. Casualties unknown.", "Vodiane", 9113128),
]


def main(path: str) -> None:
    rows = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.split("\t")
            rows[int(c[0])] = (c[1], float(c[4]), float(c[5]), c[7])
    for i, (text, words, gid) in enumerate(NOTES, 1):
        start = text.index(words)
        name, lat, lon, fcode = rows[gid]
        print(json.dumps({"id": f"ua{i:02d}", "text": text, "places": [
            {"start": start, "end": start + len(words), "text": words, "geonameid": gid, "name": name,
             "lat": lat, "lon": lon, "fcode": fcode}]}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
