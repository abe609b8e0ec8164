import CommuniqueGraph
import CommuniqueTestSupport
import CommuniqueWriters
import Foundation
import Testing

/// The GraphML projection as its consumers see it: valid against the
/// GraphML 1.0 schema, loaded by networkx and igraph with the declared
/// types, the counts the RDF projection gives, and the shape Neo4j APOC and
/// Gephi need (consumers.md).
@Suite("GraphML writer")
struct GraphMLWriterTests {
    let graph = FeatureGraph.make()
    static let meeting = FeatureGraph.id + "meeting/2024-03-05-rabat"

    func written(_ options: GraphMLWriter.Options = .init()) throws -> (path: String, report: WriteReport, directory: String) {
        let directory = try TestPaths.temporaryDirectory("graphml")
        let (path, report) = try Output.graphml.write(graph, in: directory, graphML: options)
        return (path, report, directory)
    }

    @Test("valid against graphml.xsd for xmllint and for `communique validate`; an invalid file is refused by both")
    func schema() throws {
        let (path, _, directory) = try written()
        let xmllint = try ExternalTool.run(["xmllint", "--noout", "--nonet", "--schema", TestPaths.graphMLSchema, path])
        #expect(xmllint.status == 0, "\(xmllint.stderr.prefix(2000))")
        let validate = try CommuniqueBinary.run(["validate", path, "--schema", TestPaths.graphMLSchema])
        #expect(validate.status == 0, "\(validate.stderr.prefix(2000))")

        // the attribute APOC would like on <node> is not GraphML 1.0: both checks must say so
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let broken = directory + "/broken.graphml"
        try text.replacingOccurrences(of: "<node id=\"country.ma\">", with: "<node id=\"country.ma\" labels=\":Country\">")
            .write(toFile: broken, atomically: true, encoding: .utf8)
        #expect(try ExternalTool.run(["xmllint", "--noout", "--nonet", "--schema", TestPaths.graphMLSchema, broken]).status != 0)
        #expect(try CommuniqueBinary.run(["validate", broken, "--schema", TestPaths.graphMLSchema]).status != 0)
    }

    @Test("networkx and igraph load it, directed, with the declared attribute types")
    func typedAttributes() throws {
        let (path, report, _) = try written()
        let loaded = try Consumers.graphML(file: path)
        let networkx = loaded.networkx
        #expect(networkx.directed && loaded.igraph.directed)
        #expect(networkx.nodes.count == report.nodes && loaded.igraph.nodes.count == report.nodes)
        #expect(networkx.edges.count == report.edges && loaded.igraph.edges.count == report.edges)

        let numeric: [String: String] = ["r": "int", "g": "int", "b": "int", "size": "float"]
        for (id, attributes) in networkx.nodes {
            for (name, value) in attributes {
                #expect(value.type == (numeric[name] ?? "str"), "networkx: node \(id), \(name) is \(value.type)")
            }
            for channel in ["r", "g", "b"] {
                let value = attributes[channel]?.value.number ?? -1
                #expect((0...255).contains(value), "node \(id): \(channel) = \(value)")
            }
            #expect(attributes["labels"]?.value.string?.hasPrefix(":") == true, "node \(id) has no Neo4j labels")
            #expect(attributes["type"] != nil, "node \(id) has no type")
        }
        for edge in networkx.edges {
            #expect(edge.attributes["weight"]?.type == "float")
            #expect(edge.attributes["label"]?.type == "str")
            #expect((edge.attributes["weight"]?.value.number ?? 0) >= 1)
        }
        // igraph keeps numbers as doubles: the int channels must be whole numbers
        for vertex in loaded.igraph.nodes {
            for channel in ["r", "g", "b", "size"] {
                let value = try #require(vertex[channel]?.value.number, "igraph lost \(channel)")
                #expect(vertex[channel]?.type == "float")
                if channel != "size" { #expect(value == value.rounded()) }
            }
            #expect(vertex["labels"]?.type == "str" && vertex["label"]?.type == "str")
        }
        for edge in loaded.igraph.edges {
            #expect(edge.attributes["weight"]?.type == "float" && edge.attributes["label"]?.type == "str")
        }
    }

    @Test("node and edge counts are what the RDF projection of the same graph says")
    func projectionCounts() throws {
        let (path, report, directory) = try written()
        let (rdf, _) = try Output.rdfxml.write(graph, in: directory)
        let counts = try Consumers.projection(rdfXML: rdf)
        let loaded = try Consumers.graphML(file: path)
        #expect(loaded.networkx.nodes.count == counts.nodes)
        #expect(loaded.networkx.edges.count == counts.edges)
        #expect(loaded.igraph.nodes.count == counts.nodes && loaded.igraph.edges.count == counts.edges)
        #expect(report.nodes == counts.nodes && report.edges == counts.edges)
        // and from the graph itself: one node per resource, one edge per object-property triple
        var resources = Set(graph.sortedSubjects())
        var edges = 0
        for (_, statement) in graph.sortedTriples() where statement.predicate != Vocabulary.RDF.type && statement.object.isResource {
            resources.insert(statement.object)
            edges += 1
        }
        #expect(counts == ProjectionCounts(nodes: resources.count, edges: edges))
    }

    @Test("the shape APOC, Gephi, networkx and igraph need: keys first, typed and unique; nodes before edges; no extras")
    func consumerShape() throws {
        let (path, _, _) = try written()
        let loaded = try Consumers.graphML(file: path)
        let keys = loaded.keys
        let firstGraph = try #require(loaded.rootChildren.firstIndex(of: "graph"))
        #expect(loaded.rootChildren[..<firstGraph].allSatisfy { $0 == "key" })
        #expect(loaded.rootChildren.filter { $0 == "graph" }.count == 1)
        #expect(loaded.rootChildren.last == "graph")

        let ids = keys.compactMap { $0["id"] }
        #expect(ids.count == keys.count && Set(ids).count == ids.count, "key ids must be unique")
        for key in keys {
            #expect(["node", "edge"].contains(key["for"] ?? ""), "\(key)")
            #expect(["boolean", "int", "long", "float", "double", "string"].contains(key["attr.type"] ?? ""), "\(key)")
            let name = try #require(key["attr.name"], "\(key)")
            #expect(isNMToken(name), "attr.name \(name)")
            #expect(isNMToken(key["id"] ?? ""), "key id \(key["id"] ?? "")")
        }
        for domain in ["node", "edge"] {
            let names = keys.filter { $0["for"] == domain }.compactMap { $0["attr.name"] }
            #expect(Set(names).count == names.count, "attr.name repeated for \(domain): \(names)")
        }
        #expect(keys.contains { $0["id"] == "labels" && $0["for"] == "node" && $0["attr.name"] == "labels" })
        #expect(keys.contains { $0["id"] == "label" && $0["for"] == "edge" && $0["attr.name"] == "label" })
        #expect(keys.contains { $0["for"] == "node" && $0["attr.name"] == "label" }, "Gephi's node label")
        #expect(keys.contains { $0["id"] == "weight" && $0["for"] == "edge" && $0["attr.type"] == "double" })
        for (channel, type) in [("r", "int"), ("g", "int"), ("b", "int"), ("size", "double")] {
            #expect(keys.contains { $0["id"] == channel && $0["for"] == "node" && $0["attr.type"] == type })
        }
        #expect(Set(loaded.dataKeys).isSubset(of: Set(ids)), "undeclared keys: \(Set(loaded.dataKeys).subtracting(ids))")
        #expect(loaded.repeatedData.isEmpty, "nodes or edges with a <data> key twice: \(loaded.repeatedData)")

        #expect(loaded.graphAttributes["edgedefault"] == "directed")
        let lastNode = loaded.graphChildren.lastIndex(of: "node") ?? -1
        let firstEdge = loaded.graphChildren.firstIndex(of: "edge") ?? Int.max
        #expect(lastNode < firstEdge, "every node must come before every edge")
        #expect(Set(loaded.graphChildren) == ["node", "edge"])
        #expect(loaded.edgeAttributes == ["id", "source", "target"], "no per-edge directed, no label attribute")
        #expect(loaded.nodeAttributes == ["id"])
        #expect(loaded.nodeIds.allSatisfy(isNMToken), "\(loaded.nodeIds.filter { !isNMToken($0) })")
        #expect(Set(loaded.nodeIds).count == loaded.nodeIds.count)
    }

    @Test("Neo4j labels list every class with its superclasses; type is the most specific; labels and aliases are readable")
    func labels() throws {
        let (path, _, _) = try written()
        let nodes = try Consumers.graphML(file: path).networkx.nodes
        func attribute(_ id: String, _ name: String) -> String? { nodes[id]?[name]?.value.string }
        #expect(attribute("person.abdelouafi-laftit", "labels") == ":Person:Minister")
        #expect(attribute("person.eskandar-momeni", "labels") == ":Person:Minister", "Person is implied by Minister")
        #expect(attribute("person.eskandar-momeni", "type") == "Minister")
        #expect(attribute("meeting.2024-03-05-rabat", "labels") == ":Meeting")
        #expect(attribute("country.ma", "labels") == ":Country")
        #expect(attribute("country.ma", "isoCode") == "MA")
        #expect(attribute("security", "labels") == ":Resource", "an untyped topic")
        #expect(attribute("person.eskandar-momeni", "label") == "اسکندر مؤمنی")
        #expect(attribute("person.abdelouafi-laftit", "label") == "Abdelouafi Laftit")
        #expect(attribute("person.abdelouafi-laftit", "aliases") == "عبد الوافي لفتيت")
        #expect(attribute("person.eskandar-momeni", "office") == FeatureGraph.zwnj)
        #expect(attribute("person.abdelouafi-laftit", "iri") == FeatureGraph.minister)
        #expect(attribute("meeting.2024-03-05-rabat", "date") == "2024-03 | 2024-03-05")
        let country = try #require(attribute("country.ma", "aliases"))
        for (_, name) in FeatureGraph.countryNames where name != "Morocco" {
            #expect(country.contains(name), "\(name)")
        }
    }

    @Test("literal properties never take a name the writer or Gephi uses: they get a `Value` suffix")
    func claimedNames() throws {
        let (path, _, _) = try written()
        let loaded = try Consumers.graphML(file: path)
        let text = try #require(loaded.networkx.nodes["example.org.text.1"])
        for (index, predicate) in FeatureGraph.claimed.enumerated() {
            let name = String(predicate.localName) + "Value"
            #expect(text[name]?.value.string == "claimed name \(index)", "\(name)")
        }
        #expect(text["type"]?.value.string == "Resource")
        #expect(text["r"]?.type == "int")
        #expect(loaded.networkx.nodes["person.abdelouafi-laftit"]?["nameValue"]?.value.string == "Laftit", "foaf:name")
    }

    @Test("one edge per object-property triple, labelled with the property's local name and weighted")
    func edges() throws {
        let (path, _, _) = try written()
        let edges = try Consumers.graphML(file: path).networkx.edges
        var expected: [String] = []
        for (_, statement) in graph.sortedTriples() where statement.predicate != Vocabulary.RDF.type && statement.object.isResource {
            expected.append(String(statement.predicate.localName))
        }
        #expect(edges.compactMap { $0.attributes["label"]?.value.string }.sorted() == expected.sorted())
        let fromMeeting = edges.filter { $0.source == "meeting.2024-03-05-rabat" && $0.target == "person.abdelouafi-laftit" }
        let weights = Dictionary(uniqueKeysWithValues: fromMeeting.map {
            ($0.attributes["label"]?.value.string ?? "", $0.attributes["weight"]?.value.number ?? 0)
        })
        #expect(weights == ["participant": 3, "host": 2])
    }

    @Test("merging parallel edges leaves one edge per pair of nodes, with the weights summed")
    func mergeParallelEdges() throws {
        let (plainPath, plain, _) = try written()
        let (mergedPath, merged, _) = try written(GraphMLWriter.Options(mergeParallelEdges: true))
        let before = try Consumers.graphML(file: plainPath).networkx.edges
        let after = try Consumers.graphML(file: mergedPath).networkx.edges
        let pairs = Set(before.map { $0.source + " → " + $0.target })
        #expect(after.count == pairs.count)
        #expect(Set(after.map { $0.source + " → " + $0.target }).count == after.count, "parallel edges left")
        #expect(merged.edges == pairs.count && plain.edges == before.count && before.count > after.count)
        let total = { (edges: [GraphMLConsumerReport.Edge]) in edges.reduce(0) { $0 + ($1.attributes["weight"]?.value.number ?? 0) } }
        #expect(total(before) == total(after))
        let meeting = try #require(after.first { $0.source == "meeting.2024-03-05-rabat" && $0.target == "person.abdelouafi-laftit" })
        #expect(meeting.attributes["weight"]?.value.number == 5)
        #expect(meeting.attributes["label"]?.value.string == "host+participant")
        let xsd = try ExternalTool.run(["xmllint", "--noout", "--nonet", "--schema", TestPaths.graphMLSchema, mergedPath])
        #expect(xsd.status == 0, "\(xsd.stderr.prefix(1000))")
    }

    @Test("characters XML 1.0 forbids are replaced and counted")
    func forbiddenCharacters() throws {
        let (_, report, _) = try written()
        #expect(report.replacedCharacters == FeatureGraph.forbiddenCharacters)
    }

    private func isNMToken(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { NamespaceTable.isNameChar($0) || $0 == ":" }
    }
}
