"""Quotes: direct and partial quotes, speakers, channels."""
from newsgraph.quotes.attribution import attribute_quotes

__all__ = ["attribute_quotes"]
