"""newsgraph.evaluate"""
