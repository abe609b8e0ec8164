import CommuniqueGraph
import CommuniqueTestSupport
import CommuniqueWriters
import Foundation
import Testing

/// Round trips in the manner of the W3C RDF/XML test suite, on the project's
/// own fixtures (`Tests/Fixtures/writers/roundtrip/*.nt`): each graph is read
/// into a `Graph`, written as RDF/XML, and re-parsed by rapper, rdflib and
/// pyoxigraph; every parse must be isomorphic to the `.nt` file.
@Suite("RDF/XML round trips of the W3C-style fixtures")
struct RoundTripTests {
    static let directory = TestPaths.fixtures + "/writers/roundtrip"

    static var fixtures: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".nt") }.sorted()
    }

    /// The shapes the fixtures must keep covering (one file each).
    static let required = ["blank-nodes", "collections", "containers", "datatypes", "iris", "languages", "markup",
                           "mixed", "predicates", "reification", "text", "types", "whitespace"]

    @Test("every shape has its fixture")
    func fixturesPresent() {
        let names = Set(RoundTripTests.fixtures.map { String($0.dropLast(3)) })
        #expect(names.isSuperset(of: RoundTripTests.required), "missing: \(Set(RoundTripTests.required).subtracting(names).sorted())")
    }

    @Test("written as RDF/XML and read back, the graph is the same", arguments: fixtures)
    func roundTrip(fixture: String) throws {
        let source = RoundTripTests.directory + "/" + fixture
        let text = try String(contentsOfFile: source, encoding: .utf8)
        let graph = try NTriplesReader.graph(text)
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(graph.tripleCount == lines.count, "\(fixture): a triple was merged or lost when reading the fixture")

        let work = try TestPaths.temporaryDirectory("roundtrip")
        let (path, report) = try Output.rdfxml.write(graph, in: work, name: fixture + ".rdf")
        #expect(report.triples == graph.tripleCount)
        #expect(report.replacedCharacters == 0)
        let result = try Consumers.rdf(format: "xml", file: path, expected: source)
        Consumers.expectIsomorphic(result, fixture)
    }

    @Test("the same fixtures survive Turtle and N-Triples too", arguments: fixtures)
    func otherSyntaxes(fixture: String) throws {
        let source = RoundTripTests.directory + "/" + fixture
        let graph = try NTriplesReader.graph(try String(contentsOfFile: source, encoding: .utf8))
        let work = try TestPaths.temporaryDirectory("roundtrip")
        for output in [Output.turtle, .ntriples] {
            let (path, _) = try output.write(graph, in: work, name: fixture + "." + output.consumerFormat)
            Consumers.expectIsomorphic(try Consumers.rdf(format: output.consumerFormat, file: path, expected: source),
                                       "\(fixture) as \(output)")
        }
    }
}
