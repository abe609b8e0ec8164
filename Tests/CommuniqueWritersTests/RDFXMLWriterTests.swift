import CommuniqueGraph
import CommuniqueTestSupport
import CommuniqueWriters
import CommuniqueXML
import Foundation
import Testing

/// The shape of the RDF/XML itself, as consumers.md asks for it.
@Suite("RDF/XML writer")
struct RDFXMLWriterTests {
    let graph = FeatureGraph.make()

    @Test("namespaces once on rdf:RDF; one rdf:Description per subject with rdf:about or rdf:nodeID; no xml:base, no rdf:ID")
    func structure() throws {
        let directory = try TestPaths.temporaryDirectory("rdfxml")
        let (path, _) = try Output.rdfxml.write(graph, in: directory)
        let structure = try Consumers.rdfXMLStructure(file: path)

        #expect(structure.root.name == "rdf:RDF")
        #expect(structure.root.attributes.isEmpty, "rdf:RDF carries only namespace declarations")
        #expect(structure.declarations.allSatisfy { $0.depth == 0 }, "a namespace declared below rdf:RDF")
        let prefixes = structure.declarations.map(\.prefix)
        let namespaces = structure.declarations.map(\.namespace)
        #expect(Set(prefixes).count == prefixes.count)
        #expect(Set(namespaces).count == namespaces.count, "a namespace declared twice")
        #expect(!prefixes.contains(""), "no default namespace")
        let known = Dictionary(uniqueKeysWithValues: Vocabulary.prefixes.map { ($0.namespace, $0.prefix) })
        for declaration in structure.declarations {
            if let prefix = known[declaration.namespace] {
                #expect(declaration.prefix == prefix, "\(declaration.namespace) should keep its usual prefix")
            } else {
                #expect(declaration.prefix.hasPrefix("ns"), "\(declaration.namespace) as \(declaration.prefix)")
            }
        }

        #expect(structure.nodes.count == graph.subjectCount)
        #expect(structure.deeper == 0, "nested node elements")
        #expect(structure.textOutside == 0)
        var abouts: [String] = []
        for node in structure.nodes {
            #expect(node.name == "rdf:Description")
            #expect(node.attributes == ["rdf:about"] || node.attributes == ["rdf:nodeID"], "\(node.attributes)")
            if let about = node.values["rdf:about"] {
                abouts.append(about)
                #expect(IRIMinter.isAbsolute(about), "\(about)")
            }
            if let nodeID = node.values["rdf:nodeID"] { #expect(isNCName(nodeID), "\(nodeID)") }
        }
        #expect(Set(abouts).count == abouts.count, "a subject described twice")

        #expect(structure.properties.count == graph.tripleCount)
        for property in structure.properties {
            let attributes = Set(property.attributes)
            #expect(!attributes.contains("xml:base") && !attributes.contains("rdf:ID") && !attributes.contains("rdf:parseType"))
            #expect(!(attributes.contains("xml:lang") && attributes.contains("rdf:datatype")), "\(property.name)")
            if attributes.contains("rdf:resource") || attributes.contains("rdf:nodeID") {
                #expect(attributes.count == 1 && property.hasText == false, "\(property.name) \(property.attributes)")
            }
            if let nodeID = property.values["rdf:nodeID"] { #expect(isNCName(nodeID), "\(nodeID)") }
            #expect(property.children == 0)
            let parts = property.name.split(separator: ":")
            #expect(parts.count == 2 && prefixes.contains(String(parts[0])), "\(property.name)")
        }
        let langs = Set(structure.properties.compactMap { $0.values["xml:lang"] })
        #expect(langs.isSuperset(of: ["ar", "fa", "nl", "de", "fr", "en", "es", "it", "en-gb", "sr-latn", "ro"]))
        #expect(langs.allSatisfy { $0 == $0.lowercased() })
    }

    @Test("libxml2 finds the file well-formed")
    func wellFormed() throws {
        let directory = try TestPaths.temporaryDirectory("rdfxml")
        let (path, _) = try Output.rdfxml.write(graph, in: directory)
        let result = XMLChecker.check(path: path)
        #expect(result.isValid, "\(result.problems)")
        // and the checker does catch a broken file, and an undeclared prefix
        try "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><ex:p/></rdf:RDF>"
            .write(toFile: directory + "/prefix.rdf", atomically: true, encoding: .utf8)
        #expect(!XMLChecker.check(path: directory + "/prefix.rdf").isValid)
        try "<rdf:RDF><a></rdf:RDF>".write(toFile: directory + "/broken.rdf", atomically: true, encoding: .utf8)
        #expect(!XMLChecker.check(path: directory + "/broken.rdf").isValid)
    }

    /// Predicates whose IRI is hard to write as an XML element name, and the
    /// QName each must get.
    static let splits: [(String, String, String)] = [
        ("http://example.org/ns/p2", "http://example.org/ns/", "p2"),
        ("http://example.org/ns/2024edition", "http://example.org/ns/2024", "edition"),
        ("http://example.org/vocab/4you", "http://example.org/vocab/4", "you"),
        ("http://example.org/ns/has-part.v2", "http://example.org/ns/", "has-part.v2"),
        ("http://example.org/ns/oraș-mare", "http://example.org/ns/oraș-", "mare"),
        ("http://example.org/ns#اسم", "http://example.org/ns#", "اسم"),
        ("http://example.org/ns/nom-été", "http://example.org/ns/", "nom-été"),
        ("urn:example:vocabulary:motto", "urn:example:vocabulary:", "motto"),
        ("http://example.org/q?a=1&ns=x#prop", "http://example.org/q?a=1&ns=x#", "prop"),
        ("http://www.w3.org/1999/02/22-rdf-syntax-ns#_10", "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "_10"),
        ("http://example.org/ns/a.b-c_d", "http://example.org/ns/", "a.b-c_d"),
    ]

    @Test("every predicate is split into a namespace and the longest XML name that ends it", arguments: splits.indices)
    func split(index: Int) throws {
        let (iri, namespace, local) = RDFXMLWriterTests.splits[index]
        let split = try #require(NamespaceTable.split(iri))
        #expect(split.namespace == namespace)
        #expect(split.local == local)
        #expect(split.namespace + split.local == iri)
    }

    @Test("the XML namespace itself is never declared under another prefix")
    func reservedNamespace() throws {
        // "http://www.w3.org/XML/1998/namespace" + "lang" must not split into the xml namespace
        let split = try #require(NamespaceTable.split("http://www.w3.org/XML/1998/namespacelang"))
        #expect(split.namespace != "http://www.w3.org/XML/1998/namespace")
        #expect(split.namespace + split.local == "http://www.w3.org/XML/1998/namespacelang")
    }

    /// Predicates RDF/XML cannot express at all.
    static let unwritable = [
        "http://example.org/ns/2024", "http://example.org/ns/", "http://example.org/ns#", "http://example.org/ns/oraș",
        "http://example.org/ns/a!", Vocabulary.RDF.namespace + "li", Vocabulary.RDF.namespace + "Description",
        Vocabulary.RDF.namespace + "about", Vocabulary.RDF.namespace + "nodeID",
    ]

    @Test("a predicate RDF/XML cannot express is refused by name; N-Triples and Turtle still hold it", arguments: unwritable)
    func unwritablePredicate(predicate: String) throws {
        var graph = Graph()
        graph.add(IRI("http://example.org/s"), IRI(predicate), Literal("o"))
        graph.add(IRI("http://example.org/s"), Vocabulary.RDFS.label, Literal("s"))
        let error = #expect(throws: NamespaceTable.UnwritableIRI.self) { try Output.rdfxml.bytes(graph) }
        #expect(error?.iri.value == predicate)
        #expect(error?.description.contains(predicate) == true)

        let directory = try TestPaths.temporaryDirectory("unwritable")
        let (expected, _) = try Output.ntriples.write(graph, in: directory)
        for output in [Output.turtle, .ntriples] {
            let (path, _) = try output.write(graph, in: directory)
            let report = try Consumers.rdf(format: output.consumerFormat, file: path, expected: expected)
            Consumers.expectIsomorphic(report, "\(output) with <\(predicate)>")
        }
        let (path, _) = try Output.rdfxml.write(FeatureGraph.make(), in: directory)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test("a failed write leaves no file and no temporary file behind")
    func failedWriteLeavesNothing() throws {
        var graph = Graph()
        graph.add(IRI("http://example.org/s"), IRI("http://example.org/ns/2024"), Literal("o"))
        let directory = try TestPaths.temporaryDirectory("atomic")
        #expect(throws: NamespaceTable.UnwritableIRI.self) { try Output.rdfxml.write(graph, in: directory) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
    }

    @Test("the bytes do not depend on the size of the write buffer")
    func streaming() throws {
        var reference: [UInt8]? = nil
        for capacity in [16, 4096, 1 << 18] {
            var chunks = 0
            let box = Collected()
            let out = ByteWriter(capacity: capacity) { bytes in
                chunks += 1
                box.bytes.append(contentsOf: bytes)
            }
            _ = try RDFXMLWriter().write(graph, to: out)
            if let reference { #expect(box.bytes == reference, "capacity \(capacity)") } else { reference = box.bytes }
            if capacity == 16 { #expect(chunks > 100, "a small buffer must be drained many times") }
        }
    }

    private final class Collected {
        var bytes: [UInt8] = []
    }

    private func isNCName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, NamespaceTable.isNameStartChar(first) else { return false }
        return text.unicodeScalars.allSatisfy(NamespaceTable.isNameChar)
    }
}
