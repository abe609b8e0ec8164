#!/usr/bin/env python3
"""Reads files written by the Communique writers with the real consumers
(rdflib, pyoxigraph, rapper, expat, networkx, igraph) and prints what they
saw as one JSON object, for the Swift tests to judge.

    consumers.py rdf FORMAT FILE EXPECTED.nt [--probe S P]...
        FORMAT is xml, turtle or nt. Parses FILE with rdflib, pyoxigraph and
        rapper, and compares each parse with EXPECTED.nt (parsed by rdflib)
        for isomorphism. Literals are compared under RDF 1.1 equality:
        language tags case-insensitively, "x"^^xsd:string equal to "x".
        Every --probe S P adds the objects each parser read for that pair.

    consumers.py graphml FILE
        Loads FILE with networkx and igraph; reports nodes, edges and the
        Python types of their attributes, plus the key declarations, the
        order of the elements as written, the XML attributes of nodes and
        edges, and the elements that repeat a <data> key.

    consumers.py rdfxml-structure FILE
        Reports the element structure of an RDF/XML file as written (expat,
        no namespace processing): where namespaces are declared, the node
        elements with their attributes, the property elements with theirs.

    consumers.py projection FILE
        Parses the RDF/XML FILE with rdflib and counts what the GraphML
        projection must hold: one node per resource (subjects and the
        non-literal objects of properties other than rdf:type), one edge per
        triple whose object is not a literal and whose property is not rdf:type.

    consumers.py xml-names FILE
        FILE holds one candidate XML local name a line; reports the ones
        expat (the parser behind rdflib's RDF/XML reader) rejects as the
        local part of a prefixed element name.
"""

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
import xml.parsers.expat

import rdflib
from rdflib import BNode, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

# Keep lexical forms as written: a writer that changes "01" into "1" must show.
rdflib.NORMALIZE_LITERALS = False

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def normalized_literal(value, language, datatype):
    if language:
        return Literal(value, lang=language.lower())
    if datatype is None or str(datatype) in (XSD_STRING, RDF_LANGSTRING):
        return Literal(value)
    return Literal(value, datatype=URIRef(str(datatype)))


def normalized(graph):
    result = rdflib.Graph()
    for s, p, o in graph:
        if isinstance(o, Literal):
            o = normalized_literal(str(o), o.language, o.datatype)
        result.add((s, p, o))
    return result


def rdflib_parse(path, fmt):
    graph = rdflib.Graph()
    graph.parse(path, format=fmt)
    return normalized(graph)


def oxigraph_parse(path, fmt):
    import pyoxigraph

    formats = {"xml": pyoxigraph.RdfFormat.RDF_XML, "turtle": pyoxigraph.RdfFormat.TURTLE,
               "nt": pyoxigraph.RdfFormat.N_TRIPLES}

    def term(node):
        if isinstance(node, pyoxigraph.NamedNode):
            return URIRef(node.value)
        if isinstance(node, pyoxigraph.BlankNode):
            return BNode(node.value)
        return normalized_literal(node.value, node.language, node.datatype.value if node.datatype else None)

    graph = rdflib.Graph()
    for quad in pyoxigraph.parse(path=path, format=formats[fmt]):
        graph.add((term(quad.subject), term(quad.predicate), term(quad.object)))
    return graph


def rapper_parse(path, fmt):
    syntax = {"xml": "rdfxml", "turtle": "turtle", "nt": "ntriples"}[fmt]
    run = subprocess.run(["rapper", "-i", syntax, "-o", "ntriples", path],
                         capture_output=True, text=True, encoding="utf-8")
    complaints = [line for line in run.stderr.splitlines() if "Warning" in line or "Error" in line]
    if run.returncode != 0 or complaints:
        raise ValueError("rapper exit %d: %s" % (run.returncode, " / ".join(complaints)[:2000]))
    graph = rdflib.Graph()
    graph.parse(data=run.stdout, format="nt")
    return normalized(graph)


def nt_lines(graph, limit=10):
    lines = sorted(" ".join(term.n3() for term in triple) for triple in graph)
    return lines[:limit]


def describe(term):
    if isinstance(term, Literal):
        return {"value": str(term), "language": term.language,
                "datatype": str(term.datatype) if term.datatype else None}
    if isinstance(term, BNode):
        return {"blank": True}
    return {"iri": str(term)}


def rdf_command(arguments):
    fmt, path, expected_path = arguments[:3]
    probes = []
    rest = arguments[3:]
    while rest:
        if rest[0] != "--probe":
            raise SystemExit("unknown argument " + rest[0])
        probes.append((rest[1], rest[2]))
        rest = rest[3:]
    expected = rdflib_parse(expected_path, "nt")
    report = {"expected_triples": len(expected), "parsers": {}}
    for name, parse in (("rdflib", rdflib_parse), ("oxigraph", oxigraph_parse), ("rapper", rapper_parse)):
        entry = {}
        try:
            graph = parse(path, fmt)
        except Exception as error:  # the parser refused the file: that is the finding
            entry = {"ok": False, "error": "%s: %s" % (type(error).__name__, str(error)[:2000])}
            report["parsers"][name] = entry
            continue
        entry["ok"] = True
        entry["triples"] = len(graph)
        entry["isomorphic"] = isomorphic(graph, expected)
        if not entry["isomorphic"]:
            _, only_file, only_expected = graph_diff(to_isomorphic(graph), to_isomorphic(expected))
            entry["only_in_file"] = nt_lines(only_file)
            entry["only_in_expected"] = nt_lines(only_expected)
        entry["probes"] = [
            sorted((describe(o) for o in graph.objects(URIRef(s), URIRef(p))),
                   key=lambda d: json.dumps(d, sort_keys=True))
            for s, p in probes
        ]
        report["parsers"][name] = entry
    return report


def typed(value):
    return {"value": value, "type": type(value).__name__}


def graphml_command(arguments):
    path = arguments[0]
    import igraph
    import networkx

    report = {}
    root = ET.parse(path).getroot()
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    report["keys"] = [dict(key.attrib) for key in root.findall(ns + "key")]
    report["root_children"] = [child.tag.replace(ns, "") for child in root]
    graph = root.find(ns + "graph")
    report["graph_attributes"] = dict(graph.attrib)
    report["graph_children"] = [child.tag.replace(ns, "") for child in graph]
    report["data_keys"] = sorted({data.get("key") for data in root.iter(ns + "data")})
    report["edge_attributes"] = sorted({name for edge in graph.findall(ns + "edge") for name in edge.attrib})
    report["node_attributes"] = sorted({name for node in graph.findall(ns + "node") for name in node.attrib})
    repeated = []
    for element in list(graph.findall(ns + "node")) + list(graph.findall(ns + "edge")):
        keys = [data.get("key") for data in element.findall(ns + "data")]
        if len(keys) != len(set(keys)):
            repeated.append(element.get("id"))
    report["repeated_data"] = repeated
    report["node_ids"] = [node.get("id") for node in graph.findall(ns + "node")]

    g = networkx.read_graphml(path, edge_key_type=str, force_multigraph=True)
    report["networkx"] = {
        "directed": g.is_directed(),
        "nodes": {node: {k: typed(v) for k, v in data.items()} for node, data in g.nodes(data=True)},
        "edges": [{"source": u, "target": v, "attributes": {k: typed(x) for k, x in data.items()}}
                  for u, v, data in g.edges(data=True)],
    }

    ig = igraph.Graph.Read_GraphML(path)
    report["igraph"] = {
        "directed": ig.is_directed(),
        "nodes": [{k: typed(v) for k, v in vertex.attributes().items()} for vertex in ig.vs],
        "edges": [{"source": ig.vs[edge.source]["id"], "target": ig.vs[edge.target]["id"],
                   "attributes": {k: typed(v) for k, v in edge.attributes().items()}} for edge in ig.es],
    }
    return report


def rdfxml_structure_command(arguments):
    report = {"declarations": [], "root": None, "nodes": [], "properties": [], "deeper": 0, "text_outside": 0}
    stack = []

    def start(name, attributes):
        depth = len(stack)
        for key, value in attributes.items():
            if key == "xmlns" or key.startswith("xmlns:"):
                report["declarations"].append({"depth": depth, "prefix": key[6:], "namespace": value})
        plain = {k: v for k, v in attributes.items() if not (k == "xmlns" or k.startswith("xmlns:"))}
        entry = {"name": name, "attributes": sorted(plain), "values": plain}
        if depth == 0:
            report["root"] = entry
        elif depth == 1:
            report["nodes"].append(entry)
        elif depth == 2:
            entry["has_text"] = False
            entry["children"] = 0
            report["properties"].append(entry)
        else:
            report["deeper"] += 1
            report["properties"][-1]["children"] += 1
        stack.append(name)

    def end(name):
        stack.pop()

    def text(data):
        if len(stack) == 3:
            report["properties"][-1]["has_text"] = True
        elif data.strip():
            report["text_outside"] += 1

    parser = xml.parsers.expat.ParserCreate()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    with open(arguments[0], "rb") as handle:
        parser.ParseFile(handle)
    return report


def projection_command(arguments):
    graph = rdflib.Graph()
    graph.parse(arguments[0], format="xml")
    edges = [(s, p, o) for s, p, o in graph if p != rdflib.RDF.type and not isinstance(o, Literal)]
    nodes = set(graph.subjects()) | {o for _, _, o in edges}
    return {"nodes": len(nodes), "edges": len(edges)}


def xml_names_command(arguments):
    with open(arguments[0], encoding="utf-8") as handle:
        names = [line.rstrip("\n") for line in handle if line.strip()]
    rejected = []
    for name in names:
        document = '<ex:%s xmlns:ex="http://example.org/ns/">x</ex:%s>' % (name, name)
        parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
        try:
            parser.Parse(document.encode("utf-8"), True)
        except xml.parsers.expat.ExpatError:
            rejected.append(name)
    return {"checked": len(names), "rejected": rejected[:200], "rejected_count": len(rejected)}


def main():
    command, arguments = sys.argv[1], sys.argv[2:]
    handlers = {"rdf": rdf_command, "graphml": graphml_command, "xml-names": xml_names_command,
                "rdfxml-structure": rdfxml_structure_command, "projection": projection_command}
    json.dump(handlers[command](arguments), sys.stdout, ensure_ascii=True)


if __name__ == "__main__":
    main()
