"""Geo: gazetteer (build + lookup), toponym resolution, metonymy."""
from newsgraph.geo.resolve import geoparse, load_gazetteer

__all__ = ["geoparse", "load_gazetteer"]
