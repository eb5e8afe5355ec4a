"""newsgraph: news articles to structured, geolocated, source-attributed event data."""
from newsgraph.model import Document
from newsgraph.pipeline import extract, extract_many

__all__ = ["Document", "extract", "extract_many"]
__version__ = "0.1.0"
