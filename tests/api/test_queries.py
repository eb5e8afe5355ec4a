"""Event query helpers: status names checked, store events as GeoJSON features."""
from __future__ import annotations

import pytest

from newsgraph.api.queries import event_features, event_filter
from newsgraph.errors import UsageError


def test_status_names_are_checked():
    assert event_filter(None, "Claimed,denied", None, None, None).statuses == ["claimed", "denied"]
    with pytest.raises(UsageError, match="unknown status 'rumoured'"):
        event_filter(None, "reported,rumoured", None, None, None)


def test_one_feature_per_located_place():
    event = {"doc_id": "d1", "id": "V1", "type": "ASSAULT", "mode": None, "status": "reported",
             "date_start": "2024-01-02", "date_end": "2024-01-02", "counts": [], "reported_by": None,
             "document": {"title": None, "url": None},
             "places": [{"id": "P1", "name": "A", "lat": 1.5, "lon": 2.5, "country": "FR", "precision": "city"},
                        {"id": "P2", "name": "B", "lat": None, "lon": None, "country": None, "precision": None}]}
    (feature,) = event_features(event)
    assert feature["geometry"]["coordinates"] == [2.5, 1.5]
    assert feature["properties"]["place"] == "A" and feature["properties"]["event_id"] == "V1"
