"""Geo: gazetteer (build + lookup), toponym detection and resolution, metonymy, relative locations."""
from newsgraph.geo.gazetteer import Gazetteer, build_index, load_gazetteer
from newsgraph.geo.stage import geoparse

__all__ = ["Gazetteer", "build_index", "geoparse", "load_gazetteer"]
