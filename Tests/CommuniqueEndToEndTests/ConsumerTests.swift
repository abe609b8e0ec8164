import CommuniqueTestSupport
import Foundation
import Testing

/// The committed sample export loads in every consumer the users have, and
/// satisfies the ontology's shapes.
@Suite("the sample export in its consumers")
struct ConsumerTests {
    let rdf = TestPaths.repository + "/output/graph.rdf"
    let graphml = TestPaths.repository + "/output/graph.graphml"

    @Test("rapper, rdflib and pyoxigraph read the RDF/XML to the same graph")
    func rdfParsers() throws {
        let rapper = try ExternalTool.run(["rapper", "-q", "-i", "rdfxml", "-o", "ntriples", rdf])
        #expect(rapper.status == 0, "\(rapper.stderr)")
        let lines = rapper.stdout.split(separator: "\n").count
        #expect(lines > 100)
        let program = """
        import sys, rdflib, pyoxigraph
        from rdflib.compare import isomorphic
        g = rdflib.Graph(); g.parse(sys.argv[1], format="xml")
        r = rdflib.Graph(); r.parse(data=sys.stdin.read(), format="nt")
        s = pyoxigraph.Store(); s.load(path=sys.argv[1], format=pyoxigraph.RdfFormat.RDF_XML)
        assert len(g) == len(r) == len(s), (len(g), len(r), len(s))
        assert isomorphic(g, r)
        print(len(g))
        """
        let check = try ExternalTool.run(["python3", "-c", program, rdf], input: Data(rapper.stdout.utf8))
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == String(lines))
    }

    @Test("the export conforms to ontology/shapes.ttl; a broken graph does not")
    func shapes() throws {
        let shapes = TestPaths.repository + "/ontology/shapes.ttl"
        let good = try ExternalTool.run(["python3", "-m", "pyshacl", "-s", shapes, "-df", "xml", rdf])
        #expect(good.status == 0, "\(good.stdout)")
        let broken = try ExternalTool.run(["python3", "-m", "pyshacl", "-s", shapes,
                                           TestPaths.repository + "/ontology/examples/broken.ttl"])
        #expect(broken.status != 0)
        #expect(broken.stdout.contains("Conforms: False"))
    }

    @Test("the GraphML is valid GraphML 1.0 and loads in networkx and igraph with typed attributes")
    func graphML() throws {
        let xsd = try ExternalTool.run(["xmllint", "--noout", "--nonet", "--schema", TestPaths.graphMLSchema, graphml])
        #expect(xsd.status == 0, "\(xsd.stderr)")
        let validate = try CommuniqueBinary.run(["validate", graphml, "--schema", TestPaths.graphMLSchema])
        #expect(validate.status == 0, "\(validate.stderr)")
        let program = """
        import sys, networkx as nx, igraph
        g = nx.read_graphml(sys.argv[1])
        i = igraph.Graph.Read_GraphML(sys.argv[1])
        assert g.number_of_nodes() == i.vcount() and g.number_of_edges() == i.ecount()
        labels = {d.get("labels") for _, d in g.nodes(data=True)}
        assert ":Person:Minister" in labels and ":Meeting" in labels, labels
        assert all(isinstance(d["r"], int) for _, d in g.nodes(data=True))
        assert all(isinstance(d["weight"], float) and d["label"] for _, _, d in g.edges(data=True))
        assert "security" in g.nodes or "migration" in g.nodes
        print(g.number_of_nodes(), g.number_of_edges())
        """
        let check = try ExternalTool.run(["python3", "-c", program, graphml])
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test("the GraphML projection has one node per resource and one edge per object-property triple")
    func projectionCounts() throws {
        let program = """
        import sys, rdflib, networkx as nx
        from rdflib import RDF, Literal
        g = rdflib.Graph(); g.parse(sys.argv[1], format="xml")
        resources = set(s for s in g.subjects())
        edges = [(s, p, o) for s, p, o in g if p != RDF.type and not isinstance(o, Literal)]
        resources |= {o for _, _, o in edges}
        x = nx.read_graphml(sys.argv[2])
        assert x.number_of_nodes() == len(resources), (x.number_of_nodes(), len(resources))
        assert x.number_of_edges() == len(edges), (x.number_of_edges(), len(edges))
        """
        let check = try ExternalTool.run(["python3", "-c", program, rdf, graphml])
        #expect(check.status == 0, "\(check.stderr)")
    }
}
