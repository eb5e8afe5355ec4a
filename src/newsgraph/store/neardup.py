"""Near-duplicate documents: a wire story republished by many outlets is one report, not many.

Each document gets a MinHash signature of its word 5-shingles (`PERMUTATIONS` hash functions,
deterministic seeds) and locality-sensitive band keys (`BANDS` bands of `ROWS` values): documents
sharing a band key are candidates, and a candidate whose estimated Jaccard similarity reaches
`THRESHOLD` is a copy. In a group of copies, the original is the earliest published (then the
smallest id); the others carry `duplicate_of` = its id. When a newly stored document is earlier
than a group's original, the group is re-pointed at it, so the result does not depend on the
order documents arrive in. Signatures and band keys are stored (documents.minhash, doc_bands),
so a new batch is compared with the whole database through the band index, never all pairs.
"""
from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass
from typing import Optional

import numpy as np

SHINGLE_WORDS = 5
PERMUTATIONS = 128
BANDS, ROWS = 32, 4          # P(candidate) at Jaccard 0.75: 0.99999; at 0.3: 0.23
THRESHOLD = 0.75             # estimated Jaccard similarity of shingles for a copy
_PRIME = np.uint64(4294967311)   # > 2**32
_rng = np.random.default_rng(20240501)
_A = _rng.integers(1, 2**31, PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, 2**31, PERMUTATIONS, dtype=np.uint64)
_WORD = re.compile(r"\w+")


def minhash(text: str) -> np.ndarray:
    """The MinHash signature (PERMUTATIONS uint64 values) of the text's word shingles."""
    words = _WORD.findall(text.casefold())
    n = max(len(words) - SHINGLE_WORDS + 1, 1)
    shingles = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(n)}
    hashes = np.fromiter((zlib.crc32(s.encode()) for s in shingles), dtype=np.uint64, count=len(shingles))
    return ((np.outer(hashes, _A) + _B) % _PRIME).min(axis=0)


def band_keys(signature: np.ndarray) -> list[int]:
    """One signed 64-bit key per band (the band's index and values hashed)."""
    return [int.from_bytes(hashlib.blake2b(bytes([b]) + signature[b * ROWS:(b + 1) * ROWS].tobytes(),
                                           digest_size=8).digest(), "little", signed=True)
            for b in range(BANDS)]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(a == b))


@dataclass
class Fingerprint:
    """What near-duplicate detection knows about one document."""
    doc_id: str
    published: Optional[str]
    signature: np.ndarray
    duplicate_of: Optional[str] = None

    @property
    def rank(self) -> tuple[str, str]:
        """Earlier published, then smaller id: the original of a group of copies."""
        return (self.published or "9999-99-99", self.doc_id)


def fingerprint(doc_id: str, text: str, published: Optional[str]) -> Fingerprint:
    return Fingerprint(doc_id, published, minhash(text))


def signature_bytes(fp: Fingerprint) -> bytes:
    return fp.signature.astype("<u8").tobytes()


def signature_from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u8").astype(np.uint64)


def assign_duplicates(cur, new: list[Fingerprint]) -> list[tuple[str, str]]:
    """Set `duplicate_of` on each of `new` (in order) against the stored documents and the earlier
    ones of `new`; returns (old root, new root) re-pointings the caller applies to stored documents.

    `cur` is a DuckDB cursor inside the caller's transaction (reads documents and doc_bands).
    """
    local: dict[int, list[Fingerprint]] = {}
    repoint: list[tuple[str, str]] = []
    keys_of = {fp.doc_id: band_keys(fp.signature) for fp in new}
    stored_by_key = _stored_by_key(cur, [k for keys in keys_of.values() for k in keys])
    for fp in new:
        keys = keys_of[fp.doc_id]
        stored = {c.doc_id: c for k in keys for c in stored_by_key.get(k, [])}
        match = _best_match(fp, _moved(list(stored.values()), repoint) + [c for k in keys for c in local.get(k, [])])
        if match is not None:
            root = match if match.duplicate_of is None else _root(cur, match, local)
            if root.rank < fp.rank:
                fp.duplicate_of = root.doc_id
            else:                                   # the newcomer is the group's original
                repoint.append((root.doc_id, fp.doc_id))
                for group in local.values():
                    for other in group:
                        if other.doc_id == root.doc_id or other.duplicate_of == root.doc_id:
                            other.duplicate_of = fp.doc_id
        for k in keys:
            local.setdefault(k, []).append(fp)
    return repoint


def _best_match(fp: Fingerprint, candidates: list[Fingerprint]) -> Optional[Fingerprint]:
    scored = [(similarity(fp.signature, c.signature), c) for c in candidates if c.doc_id != fp.doc_id]
    scored = [(s, c) for s, c in scored if s >= THRESHOLD]
    return max(scored, key=lambda sc: (sc[0], [-ord(ch) for ch in sc[1].doc_id]))[1] if scored else None


def _stored_by_key(cur, keys: list[int]) -> dict[int, list[Fingerprint]]:
    """Stored documents sharing any of `keys`, by band key: one query for a whole batch. The band index is
    read first and only the documents it names are fetched (a join read every stored signature)."""
    hits = cur.execute("SELECT band_key, doc_id FROM doc_bands WHERE band_key IN (SELECT unnest(?))",
                       [sorted(set(keys))]).fetchall()
    if not hits:
        return {}
    docs = {r[0]: r[1:] for r in cur.execute(
        "SELECT id, published, minhash, duplicate_of FROM documents "
        "WHERE id IN (SELECT unnest(?::VARCHAR[])) AND minhash IS NOT NULL", [sorted({h[1] for h in hits})]).fetchall()}
    by_key: dict[int, list[Fingerprint]] = {}
    for key, doc_id in hits:
        if doc_id in docs:
            published, sig, dup = docs[doc_id]
            by_key.setdefault(key, []).append(Fingerprint(doc_id, published, signature_from_bytes(sig), dup))
    return by_key


def _moved(stored: list[Fingerprint], repoint: list[tuple[str, str]]) -> list[Fingerprint]:
    """Stored fingerprints with the re-pointings of this batch applied."""
    moved = dict(repoint)
    for fp in stored:
        fp.duplicate_of = moved.get(fp.duplicate_of, fp.duplicate_of) if fp.duplicate_of else moved.get(fp.doc_id)
    return stored


def _root(cur, fp: Fingerprint, local: dict[int, list[Fingerprint]]) -> Fingerprint:
    for group in local.values():
        for other in group:
            if other.doc_id == fp.duplicate_of:
                return other
    row = cur.execute("SELECT id, published, minhash FROM documents WHERE id = ?", [fp.duplicate_of]).fetchone()
    return Fingerprint(row[0], row[1], signature_from_bytes(row[2])) if row else fp
