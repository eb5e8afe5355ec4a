"""Source and target actors of a trigger, from the dependency tree, resolved to entities."""
from __future__ import annotations

from typing import Optional

from newsgraph.data.events_frames import DEATH_VERBS, DEMONYMS, GROUP_MODIFIERS, REPORTING_VERBS
from newsgraph.data.events_triggers import OBJECT_CONTROL, PHRASAL
from newsgraph.data.events_triggers import VERBS as VERB_LEXICON
from newsgraph.events.resolver import PRONOUNS, SUBJ, ActorRef, ActorResolver, is_time, to_actor
from newsgraph.events.syntax import Tree
from newsgraph.events.triggers import Trigger

__all__ = ["PRONOUNS", "SUBJ", "ActorRef", "ActorResolver", "find_actors", "to_actor", "controller",
           "complement_conjunct", "is_gerund_noun", "reduced_passive"]

PASSIVE_SUBJ = ("nsubjpass",)
TARGET_PREPS = {"against", "on", "at", "upon", "targeting", "to", "with"}
CLIMB_DEPS = {"xcomp", "advcl", "conj", "ccomp", "pcomp", "acl", "acomp"}   # acomp: "X is ready to contribute"
TERRITORY_MODES = {"territory regained", "territory gained", "territory captured", "withdrawal"}


def find_actors(res: ActorResolver, trig: Trigger) -> list[ActorRef]:
    """Source and target actors of one trigger (agent, patient, 'against', 'targeting', 'by')."""
    tree = res.tree
    refs: list[Optional[ActorRef]] = []
    src = _source_token(tree, trig)
    if src is not None and (is_time(tree, src) or tree.tok(src).lemma.lower() in TOPIC_NOUNS):
        src = None                               # "Topics discussed included ...": what is talked about acts not
    if src is not None:
        refs.extend(res.ref("source", k) for k in _conjuncts(tree, src))
    elif trig.nominal or is_gerund_noun(tree, trig.token):     # "Russian shelling of the town killed ..."
        mods = tree.children(trig.token, "amod", "compound", "nmod")
        adj = next((c for c in mods if c.text.lower() in DEMONYMS), None)
        named = next((c for c in mods if c.ent_type in ("GPE", "ORG", "NORP")), None)
        group = next((c for c in mods if c.lemma.lower() in GROUP_MODIFIERS), None)     # "a rebel attack"
        refs.append(res.demonym("source", adj.i) if adj is not None else
                    res.ref("source", named.i) if named is not None else
                    res.ref("source", group.i) if group is not None else None)
    between = _between(tree, trig.token) if trig.nominal or is_gerund_noun(tree, trig.token) else None
    if between is not None and not any(r and r.role == "source" for r in refs):
        sides = _conjuncts(tree, between)        # "fighting between Armenia and Azerbaijan"
        refs.append(res.ref("source", sides[0]))
        refs.extend(res.ref("target", k) for k in sides[1:])
    targets = _target_tokens(tree, trig) or _clause_targets(tree, trig)
    for tgt in targets:
        refs.extend(res.ref("target", k) for k in _conjuncts(tree, tgt))
    refs = [r for r in refs if r is not None]
    if trig.lemma in DEATH_VERBS:                # "a soldier died": the dead are victims, not sources
        refs = [ActorRef("target", r.start, r.end, r.entity, r.text, r.token, r.extent) if r.role == "source" else r
                for r in refs]
    sources = [r for r in refs if r.role == "source"]
    if trig.type in SYMMETRIC and len(sources) > 1 and len(sources) == len(refs):
        refs += [ActorRef("target", r.start, r.end, r.entity, r.text, r.token) for r in sources]
    if trig.type not in SYMMETRIC:               # "The EU ... warning that it would ...": no self-target
        own = {(r.entity or r.text) for r in refs if r.role == "source"}
        refs = [r for r in refs if r.role != "target" or (r.entity or r.text) not in own]
    return _dedupe(refs)


SYMMETRIC = {"AGREE", "CONSULT", "COOPERATE"}
PHRASAL_VERBS = {verb for verb, _ in PHRASAL}
NOT_ACTORS = {"part", "behalf", "side", "hand"}      # "for its part", "on behalf of"
TOPIC_NOUNS = {"topic", "issue", "subject", "agenda", "item", "matter"}   # the matter of talks, never their party
NAME_TYPES = ("GPE", "ORG", "PERSON", "NORP", "LOC")


VERBAL = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONSULT", "COOPERATE", "AID",
          "SANCTION", "CONCEDE"}


def _addressee(tree: Tree, i: int) -> int:
    """'demanded the withdrawal of Serbian forces': the named party inside an abstract object."""
    tok = tree.tok(i)
    if tok.ent_type:
        return i
    for p in tree.children(i, "prep"):
        obj = tree.child(p.i, "pobj")
        if obj is not None and p.lemma.lower() in ("of", "from", "by") and obj.ent_type in NAME_TYPES + ("PERSON",):
            return obj.i
    for c in tree.children(i, "compound", "amod", "poss"):
        if c.ent_type in NAME_TYPES:
            return c.i
    return i


def _between(tree: Tree, i: int) -> Optional[int]:
    """'fighting (today) between X and Y', attached to the noun or just after it."""
    sent_end = tree.doc.sentences[tree.tok(i).sent].token_end
    for k in range(i + 1, min(i + 4, sent_end)):
        tok = tree.tok(k)
        if tok.text.lower() == "between" and tok.dep == "prep":
            obj = tree.child(k, "pobj")
            return obj.i if obj is not None else None
    return None


def _conjuncts(tree: Tree, i: int) -> list[int]:
    out, stack = [i], [i]
    while stack:
        for c in tree.children(stack.pop(), "conj"):
            out.append(c.i)
            stack.append(c.i)
    return out


def _clause_targets(tree: Tree, trig: Trigger) -> list[int]:
    """'agreed to provide aid for Romania': a named target inside the complement clause."""
    if trig.nominal or trig.type in ("ASSAULT", "COERCE"):
        return []
    for clause in tree.children(trig.anchor, "xcomp"):
        for k in tree.subtree(clause.i):
            tok = tree.tok(k)
            if tok.dep in ("pobj", "dobj", "dative") and tok.ent_type in NAME_TYPES:
                return [k]
    return []


def _source_token(tree: Tree, trig: Trigger) -> Optional[int]:
    anchor = trig.anchor
    if is_gerund_noun(tree, trig.token) and not trig.nominal:
        by = _prep_object(tree, trig.token, {"by"})      # "shelling by Russian forces killed ..."
        poss = tree.child(trig.token, "poss")
        return poss.i if poss is not None else by
    if trig.nominal:
        poss = tree.child(trig.token, "poss") or next(
            (p for c in tree.children(trig.token, "compound") for p in tree.children(c.i, "poss")), None)
        by = _prep_object(tree, trig.token, {"by"})     # "Russia's attacks", "its missile strikes"
        if poss is not None or by is not None:
            return poss.i if poss is not None else by
        if trig.type == "ASSAULT" and tree.tok(anchor).lemma.lower() in REPORTING_VERBS:
            return None                          # "residents reported an air strike": witnesses, not attackers
        if anchor == trig.token:
            verb = _governing_verb(tree, trig.token) if trig.type not in ("ASSAULT", "COERCE") else None
            if verb is None or (trig.type not in STANCE_NOUN_TYPES and _is_other_event(tree, verb)):
                return None
            return _subject_of(tree, verb)
        if tree.tok(trig.token).dep == "nsubj":
            return None
    elif reduced_passive(tree, anchor):
        by = _prep_object(tree, anchor, {"by"})   # "dissidents jailed last year by the government"
        return by if by is not None and tree.child(anchor, "agent") is not None else None
    agent = tree.child(anchor, "agent")
    if agent is not None:
        obj = tree.child(agent.i, "pobj")
        return obj.i if obj is not None else None
    subj = tree.child(anchor, *SUBJ)
    if subj is not None:
        return subj.i
    if tree.child(anchor, *PASSIVE_SUBJ) is not None:
        return None
    for a in [tree.tok(anchor)] + list(tree.ancestors(anchor))[:3]:
        if a.dep not in CLIMB_DEPS:
            break
        head = tree.head(a.i)
        if head is None:
            break
        if a.dep == "acl" and head.pos in ("NOUN", "PROPN"):
            return None
        if head.lemma.lower() in OBJECT_CONTROL and (a.dep == "xcomp" or complement_conjunct(tree, a.i)):
            return controller(tree, head.i)         # "urged X to cease": X, or nobody
        raised = ("nsubjpass",) if a.dep in ("xcomp", "conj") else ()   # "were said to be fighting"
        subj = tree.child(head.i, *SUBJ, *raised)
        if subj is not None:
            return subj.i
    return None


def reduced_passive(tree: Tree, i: int) -> bool:
    """'retaken from the Russians', 'buildings destroyed': a participle without auxiliary."""
    tok = tree.tok(i)
    return tok.tag == "VBN" and not tree.children(i, "aux", "auxpass") and \
        tok.dep in ("advcl", "acl", "amod", "ROOT", "conj", "ccomp")


STANCE_NOUN_TYPES = {"SUPPORT", "AID", "AGREE", "REQUEST", "SANCTION", "THREATEN"}


def _governing_verb(tree: Tree, i: int) -> Optional[int]:
    """The verb whose object a noun is ("promising solidarity", "voiced support")."""
    tok = tree.tok(i)
    if tok.dep not in ("dobj", "pobj", "attr", "conj"):
        return None
    for a in list(tree.ancestors(i))[:3]:
        if a.pos in ("VERB", "AUX", "ADJ") and a.dep != "amod":
            return a.i
    return None


def _is_other_event(tree: Tree, verb: int) -> bool:
    """'condemned the visit', 'said the talks': the governing verb is an event or a report itself."""
    lemma = tree.tok(verb).lemma.lower()
    return lemma in VERB_LEXICON or lemma in REPORTING_VERBS or lemma in PHRASAL_VERBS


def _subject_of(tree: Tree, verb: int) -> Optional[int]:
    """The subject of a verb, climbing complement and adverbial clauses ("X announced ..., promising")."""
    for a in [tree.tok(verb)] + list(tree.ancestors(verb))[:3]:
        subj = tree.child(a.i, *SUBJ)
        if subj is not None:
            return subj.i
        if a.dep not in CLIMB_DEPS:
            break
        head = tree.head(a.i)
        if head is not None and head.lemma.lower() in OBJECT_CONTROL and \
                (a.dep == "xcomp" or complement_conjunct(tree, a.i)):
            return controller(tree, head.i)
    return None


def controller(tree: Tree, verb: int) -> Optional[int]:
    """Who must act in 'urged X to ...', 'called on X to ...', 'appealed to X to ...'."""
    obj = tree.child(verb, "dobj")
    if obj is not None:
        return obj.i
    for p in tree.children(verb, "prep"):
        if p.lemma.lower() in ("on", "upon", "to"):
            pobj = tree.child(p.i, "pobj")
            if pobj is not None:
                return pobj.i
    return None


def complement_conjunct(tree: Tree, i: int) -> bool:
    """'calls on X to cease ..., allow ...': a bare infinitive the parser joined to the finite
    verb instead of to its infinitive complement."""
    tok, head = tree.tok(i), tree.head(i)
    return tok.dep == "conj" and tok.tag == "VB" and head is not None and head.tag in ("VBZ", "VBD", "VBP", "VBG") \
        and any(c.i < i for c in tree.children(head.i, "xcomp"))


def is_gerund_noun(tree: Tree, i: int) -> bool:
    """'Fighting between X and Y spread ...': a gerund used as a noun phrase."""
    tok = tree.tok(i)
    return tok.tag == "VBG" and tok.dep in ("nsubj", "nsubjpass", "dobj", "pobj")


def _target_tokens(tree: Tree, trig: Trigger) -> list[int]:
    anchor, out = trig.anchor, []
    if trig.nominal:
        obj = _prep_object(tree, trig.token, {"of", "against", "on", "with", "for"})
        if obj is None and trig.type in STANCE_NOUN_TYPES and anchor == trig.token:
            verb = _governing_verb(tree, trig.token)
            obj = _prep_object(tree, verb, {"with", "to", "for"}) if verb is not None else None
        if obj is not None:
            out.append(obj)
        out += _placed_under(tree, trig.token)
        if anchor != trig.token:
            obj = _prep_object(tree, anchor, {"to", "against", "on"})
            out += [obj] if obj is not None else []
    elif trig.mode == "displacement":           # "fled El Fasher", "fleeing the attacks": no target
        return out
    elif trig.mode in TERRITORY_MODES:
        obj = _prep_object(tree, anchor, {"from"})
        if obj is not None and trig.mode != "withdrawal":
            out.append(obj)
        return out
    else:
        deps = ("dobj", "nsubjpass", "nsubj") if reduced_passive(tree, anchor) else ("dobj", "nsubjpass")
        kids = tree.children(anchor, *deps)
        head = tree.head(anchor)
        if not kids and reduced_passive(tree, anchor) and tree.tok(anchor).dep == "acl" and head is not None \
                and head.pos in ("NOUN", "PROPN"):
            kids = [head]                        # "dissidents jailed last year": the dissidents
        if not kids:                             # "killed and wounded scores of terrorists"
            kids = [o for c in tree.children(anchor, "conj") if c.pos == "VERB" for o in tree.children(c.i, "dobj")]
        for c in kids:
            out.append(_addressee(tree, c.i) if trig.type in VERBAL else c.i)
        obj = _prep_object(tree, anchor, TARGET_PREPS | ({"from"} if trig.type in VERBAL else set()))
        if obj is not None:
            out.append(obj)
        if trig.type in VERBAL and not out:
            clause = tree.child(anchor, "ccomp")        # "demanded that Israel ease restrictions"
            subj = tree.child(clause.i, *SUBJ) if clause is not None else None
            out += [subj.i] if subj is not None else []
    for k in tree.subtree(anchor):
        c = tree.tok(k)
        if c.lemma.lower() == "target" and c.dep in ("advcl", "acl", "xcomp") and k != trig.token:
            obj = tree.child(c.i, "dobj")
            if obj is not None:
                out.append(obj.i)
    return [i for i in out if not is_time(tree, i)]


def _placed_under(tree: Tree, i: int) -> list[int]:
    """'X was placed under house arrest', 'put X under curfew': the one placed is the target."""
    tok, prep = tree.tok(i), tree.head(i)
    if tok.dep != "pobj" or prep is None or prep.lemma.lower() != "under" or tree.head(prep.i) is None:
        return []
    verb = tree.head(prep.i)
    return [c.i for c in tree.children(verb.i, "nsubjpass", "dobj")][:1]


def _prep_object(tree: Tree, i: int, preps: set[str]) -> Optional[int]:
    for p in tree.children(i, "prep", "agent"):
        if p.lemma.lower() in preps or p.text.lower() in preps:
            obj = tree.child(p.i, "pobj")
            if obj is not None and obj.lemma.lower() not in NOT_ACTORS:
                return obj.i
    return None


def _dedupe(refs: list[ActorRef]) -> list[ActorRef]:
    out, seen = [], set()
    for r in refs:
        key = (r.role, r.entity or r.text)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out
