"""Consistency checks for the ontology folder (run by check.sh).

- every Turtle and RDF/XML file parses with rdflib;
- each .rdf is isomorphic to its .ttl (i.e. regenerate.sh has been run);
- every triple of topics.ttl is also in communique.ttl;
- every class and property listed in ../docs/vocabulary.md is declared with
  the right OWL type, super-terms, domain and range, has rdfs:label in all
  eight languages, rdfs:comment in English and French and rdfs:isDefinedBy;
- every topic concept has one skos:prefLabel per language and an English
  definition;
- pyoxigraph loads the RDF/XML files.
"""
import pathlib
import re
import sys

import pyoxigraph
import rdflib
from rdflib import OWL, RDF, RDFS, SKOS, Namespace
from rdflib.collection import Collection
from rdflib.compare import isomorphic

HERE = pathlib.Path(__file__).resolve().parent
VOCABULARY = HERE.parent / "docs" / "vocabulary.md"
LANGS = ["en", "fr", "ar", "fa", "nl", "de", "es", "it"]
TOPICS = ["security", "migration", "terrorism", "extremism", "organized-crime",
          "border-control", "civil-protection", "human-trafficking", "economy",
          "justice", "diaspora"]
ONTOLOGY = rdflib.URIRef("https://w3id.org/communique/ontology")
CQT = Namespace("https://w3id.org/communique/topic/")
PREFIXES = {
    "cq": "https://w3id.org/communique/ontology#",
    "schema": "http://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": str(SKOS),
    "dcterms": "http://purl.org/dc/terms/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdf": str(RDF),
}
problems = []


def fail(message):
    problems.append(message)


def iri(curie):
    prefix, local = curie.strip().split(":", 1)
    return rdflib.URIRef(PREFIXES[prefix] + local)


def curies(cell):
    return {iri(c) for c in re.findall(r"\b[a-z]+:[A-Za-z][\w-]*", cell)}


def parse(path, fmt):
    try:
        return rdflib.Graph().parse(path, format=fmt)
    except Exception as error:  # noqa: BLE001
        fail(f"{path.name}: rdflib cannot parse it: {error}")
        return rdflib.Graph()


# 1. parsing and isomorphism
graphs = {}
for path in sorted(HERE.glob("*.ttl")) + sorted((HERE / "examples").glob("*.ttl")):
    graphs[path.name] = parse(path, "turtle")
for path in sorted(HERE.glob("*.rdf")):
    graphs[path.name] = parse(path, "xml")
for name in ("communique", "topics"):
    if not isomorphic(graphs[f"{name}.ttl"], graphs[f"{name}.rdf"]):
        fail(f"{name}.rdf is not isomorphic to {name}.ttl: run regenerate.sh")
onto, topics = graphs["communique.ttl"], graphs["topics.ttl"]
missing = [t for t in topics if t not in onto]
if missing:
    fail(f"{len(missing)} triples of topics.ttl are missing from communique.ttl, e.g. {missing[0]}")

# 2. ontology header
for p in (rdflib.namespace.DCTERMS.title, rdflib.namespace.DCTERMS.description,
          OWL.versionInfo, rdflib.namespace.DCTERMS.license):
    if onto.value(ONTOLOGY, p) is None:
        fail(f"ontology header lacks {p}")


# 3. terms of docs/vocabulary.md
def class_expression(node):
    """A named term, or the set of members of an owl:unionOf."""
    if isinstance(node, rdflib.URIRef):
        return {node}
    union = onto.value(node, OWL.unionOf)
    return set(Collection(onto, union)) if union is not None else {node}


kinds = {"## Classes": OWL.Class, "## Object properties": OWL.ObjectProperty,
         "## Datatype properties": OWL.DatatypeProperty}
kind, terms = None, 0
for line in VOCABULARY.read_text(encoding="utf-8").splitlines():
    if line.startswith("## "):
        kind = kinds.get(line.strip())
        continue
    if kind is None or not line.startswith("| cq:"):
        continue
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    term = iri(cells[0])
    terms += 1
    if (term, RDF.type, kind) not in onto:
        fail(f"{cells[0]} is not declared a {kind.n3(onto.namespace_manager)}")
    if kind == OWL.Class:
        expected_supers, domain, range_ = curies(cells[1]), None, None
        supers = set(onto.objects(term, RDFS.subClassOf))
    else:
        domain, range_, expected_supers = cells[1], cells[2], curies(cells[3])
        supers = set(onto.objects(term, RDFS.subPropertyOf))
    if supers != expected_supers:
        fail(f"{cells[0]}: super-terms {sorted(supers)} differ from {sorted(expected_supers)}")
    if domain is not None:
        wanted = curies(domain)
        found = set().union(*[class_expression(d) for d in onto.objects(term, RDFS.domain)])
        if found != wanted:
            fail(f"{cells[0]}: domain {sorted(found)} differs from {sorted(wanted)}")
        wanted = curies(range_)
        found = set().union(*[class_expression(r) for r in onto.objects(term, RDFS.range)])
        if found != wanted:
            fail(f"{cells[0]}: range {sorted(found)} differs from {sorted(wanted)}")
    labels = [l.language for l in onto.objects(term, RDFS.label)]
    for lang in LANGS:
        if labels.count(lang) != 1:
            fail(f"{cells[0]}: {labels.count(lang)} rdfs:label in '{lang}'")
    comments = {c.language for c in onto.objects(term, RDFS.comment)}
    if not {"en", "fr"} <= comments:
        fail(f"{cells[0]}: rdfs:comment missing in en or fr")
    if (term, RDFS.isDefinedBy, ONTOLOGY) not in onto:
        fail(f"{cells[0]}: no rdfs:isDefinedBy")
if terms < 40:
    fail(f"only {terms} terms read from {VOCABULARY}: has its layout changed?")

# 4. topic scheme
scheme = CQT[""]
if (scheme, RDF.type, SKOS.ConceptScheme) not in topics:
    fail("cqt: is not a skos:ConceptScheme in topics.ttl")
found = {c for c in topics.subjects(RDF.type, SKOS.Concept)}
if found != {CQT[t] for t in TOPICS}:
    fail(f"topics.ttl concepts differ from the contract: {sorted(found)}")
for concept in sorted(found):
    for p in (SKOS.inScheme, SKOS.topConceptOf):
        if (concept, p, scheme) not in topics:
            fail(f"{concept}: no {p}")
    labels = [l.language for l in topics.objects(concept, SKOS.prefLabel)]
    if sorted(labels) != sorted(LANGS):
        fail(f"{concept}: prefLabel languages {sorted(labels)}")
    if not any(d.language == "en" for d in topics.objects(concept, SKOS.definition)):
        fail(f"{concept}: no English skos:definition")

# 5. pyoxigraph
for name in ("communique.rdf", "topics.rdf"):
    store = pyoxigraph.Store()
    try:
        store.load(path=str(HERE / name), format=pyoxigraph.RdfFormat.RDF_XML)
    except Exception as error:  # noqa: BLE001
        fail(f"{name}: pyoxigraph cannot load it: {error}")
        continue
    if len(store) != len(graphs[name]):
        fail(f"{name}: pyoxigraph read {len(store)} triples, rdflib {len(graphs[name])}")

for message in problems:
    print("FAIL:", message)
print(f"check.py: {terms} vocabulary terms, {len(found)} topics, "
      f"{len(onto)} ontology triples; {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
