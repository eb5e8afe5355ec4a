"""newsgraph.api"""
