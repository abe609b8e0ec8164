import CommuniqueGraph
import CommuniqueTestSupport
import CommuniqueWriters
import Foundation
import Testing

/// The characters the RDF/XML writer lets into element names are the ones
/// every consumer's XML parser takes: expat (rdflib) follows the fourth
/// edition of XML 1.0, libxml2 (rapper) and Oxigraph the fifth.
@Suite("XML name characters")
struct XMLNameCharacterTests {
    /// Every non-ASCII scalar the table admits, as the start of a name or
    /// after its first character.
    static func admitted() -> (start: [Unicode.Scalar], inner: [Unicode.Scalar]) {
        var start: [Unicode.Scalar] = []
        var inner: [Unicode.Scalar] = []
        for value in UInt32(0x80)...UInt32(0x10FFFF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if NamespaceTable.isNameStartChar(scalar) {
                start.append(scalar)
            } else if NamespaceTable.isNameChar(scalar) {
                inner.append(scalar)
            }
        }
        return (start, inner)
    }

    @Test("expat takes every admitted character where the writer may put it")
    func expatTakesAll() throws {
        let (start, inner) = XMLNameCharacterTests.admitted()
        #expect(start.count > 30_000, "letters of the main scripts, CJK and Hangul")
        #expect(inner.count > 500, "combining marks, digits, extenders")
        let names = start.map { String($0) + "x" + String($0) } + inner.map { "x" + String($0) }
        let directory = try TestPaths.temporaryDirectory("names")
        let report = try Consumers.xmlNames(names, directory: directory)
        #expect(report.checked == names.count)
        #expect(report.rejectedCount == 0,
                "\(report.rejected.prefix(20).map { $0.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ") })")
    }

    @Test("expat refuses the letters the table leaves out, so the table is not wider than it must be")
    func expatRefusesTheRest() throws {
        // Letters Unicode added after 2.0, or with compatibility decompositions.
        let refused: [Unicode.Scalar] = ["\u{AA}", "\u{B5}", "\u{132}", "\u{219}", "\u{21B}", "\u{6BF}", "\u{1E9E}", "\u{2C00}"]
        for scalar in refused { #expect(!NamespaceTable.isNameStartChar(scalar), "U+\(String(scalar.value, radix: 16))") }
        let directory = try TestPaths.temporaryDirectory("names")
        let report = try Consumers.xmlNames(refused.map { String($0) + "x" }, directory: directory)
        #expect(report.rejectedCount == refused.count, "expat takes some of them: the table could admit them")
    }

    @Test("rapper, rdflib and pyoxigraph read properties named with a sample of every admitted range")
    func parsersTakeSample() throws {
        let (start, inner) = XMLNameCharacterTests.admitted()
        // first, last and one middle character of every run of consecutive scalars
        func sample(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
            var result: [Unicode.Scalar] = []
            var run: [Unicode.Scalar] = []
            for scalar in scalars {
                if let last = run.last, last.value + 1 != scalar.value {
                    result += [run.first!, run[run.count / 2], run.last!]
                    run = []
                }
                run.append(scalar)
            }
            if !run.isEmpty { result += [run.first!, run[run.count / 2], run.last!] }
            return Array(Set(result)).sorted { $0.value < $1.value }
        }
        var graph = Graph()
        let subject = IRI("http://example.org/names")
        var locals: [String] = []
        for scalar in sample(start) { locals.append(String(scalar)) }
        for scalar in sample(inner) { locals.append("a" + String(scalar)) }
        for local in locals {
            graph.add(subject, IRI("http://example.org/names/" + local), Literal(local))
        }
        // each predicate must have been written with its whole local name
        for local in locals {
            #expect(NamespaceTable.split("http://example.org/names/" + local)?.local == local, "\(local.unicodeScalars.map(\.value))")
        }
        let directory = try TestPaths.temporaryDirectory("names")
        let (path, _) = try Output.rdfxml.write(graph, in: directory)
        let (expected, _) = try Output.ntriples.write(graph, in: directory)
        Consumers.expectIsomorphic(try Consumers.rdf(format: "xml", file: path, expected: expected), "names")
        #expect(graph.tripleCount == locals.count)
    }
}
