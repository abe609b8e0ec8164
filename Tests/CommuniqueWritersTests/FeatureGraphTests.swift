import CommuniqueGraph
import CommuniqueTestSupport
import CommuniqueWriters
import Foundation
import Testing

/// The graph that holds every awkward thing (see `FeatureGraph`), written in
/// each RDF syntax and read back by rapper, rdflib and pyoxigraph: each must
/// read exactly the graph that was written.
@Suite("the feature graph in rapper, rdflib and pyoxigraph")
struct FeatureGraphTests {
    let graph = FeatureGraph.make()

    /// Subject and predicate pairs whose objects each parser must report
    /// exactly as the graph holds them.
    static let probes: [(subject: String, predicate: IRI)] = [
        (FeatureGraph.minister, Vocabulary.CQ.evidence),
        (FeatureGraph.minister, Vocabulary.SKOS.altLabel),
        (FeatureGraph.minister, Vocabulary.CQ.office),
        (FeatureGraph.persian, Vocabulary.CQ.office),
        (FeatureGraph.persian, FeatureGraph.note),
        (FeatureGraph.textual, FeatureGraph.note),
        (FeatureGraph.textual, FeatureGraph.newerLetter),
        (FeatureGraph.textual, FeatureGraph.digitsFirst),
        (FeatureGraph.textual, Vocabulary.CQ.url),
        (FeatureGraph.country, Vocabulary.SKOS.prefLabel),
        (FeatureGraph.id + "meeting/2024-03-05-rabat", Vocabulary.CQ.date),
        (FeatureGraph.id + "meeting/2024-03-05-rabat", Vocabulary.DCTerms.date),
        (FeatureGraph.id + "meeting/2024-03-05-rabat", IRI(FeatureGraph.ex + "ns/count")),
        (FeatureGraph.id + "meeting/2024-03-05-rabat", IRI(FeatureGraph.ex + "ns/distance")),
        (FeatureGraph.id + "meeting/2024-03-05-rabat", Vocabulary.CQ.source),
    ]

    @Test("each parser reads the graph that was written", arguments: [Output.rdfxml, .turtle, .ntriples])
    func readBack(output: Output) throws {
        let directory = try TestPaths.temporaryDirectory("feature-\(output.consumerFormat)")
        let (path, report) = try output.write(graph, in: directory)
        let (expected, _) = try Output.ntriples.write(graph, in: directory, name: "expected.nt")
        let result = try Consumers.rdf(format: output.consumerFormat, file: path, expected: expected,
                                       probes: FeatureGraphTests.probes.map { ($0.subject, $0.predicate.value) })
        Consumers.expectIsomorphic(result, "\(output)")
        #expect(result.expectedTriples == graph.tripleCount)
        #expect(report.triples == graph.tripleCount)
        #expect(report.replacedCharacters == FeatureGraph.forbiddenCharacters)

        let cleaned = graph.xmlSafe()
        for parser in Consumers.rdfParsers {
            guard let probes = result.parsers[parser]?.probes else { continue }
            for (index, probe) in FeatureGraphTests.probes.enumerated() {
                let expected = cleaned.objects(.iri(IRI(probe.subject)), probe.predicate).map(RDFConsumerReport.Object.init)
                let read = index < probes.count ? probes[index] : []
                #expect(read.sorted(by: { $0.description < $1.description }) == expected.sorted(by: { $0.description < $1.description }),
                        "\(output), \(parser): <\(probe.subject)> <\(probe.predicate.value)>")
                #expect(!expected.isEmpty, "probe <\(probe.subject)> <\(probe.predicate.value)> finds nothing in the graph")
            }
        }
    }

    @Test("the N-Triples that the comparisons rely on hold exactly the graph, XML-safe")
    func ntriplesAreTheGraph() throws {
        let text = try Output.ntriples.text(graph)
        let read = try NTriplesReader.graph(text)
        let expected = graph.xmlSafe().blankNodesRenamed()
        #expect(read.tripleSet == expected.tripleSet,
                "only read: \(read.tripleSet.subtracting(expected.tripleSet)) only expected: \(expected.tripleSet.subtracting(read.tripleSet))")
        #expect(read.tripleCount == graph.tripleCount)
    }

    @Test("characters XML 1.0 forbids become U+FFFD in every format and are counted", arguments: Output.allCases)
    func forbiddenCharacters(output: Output) throws {
        let directory = try TestPaths.temporaryDirectory("forbidden")
        let (path, report) = try output.write(graph, in: directory)
        #expect(report.replacedCharacters == FeatureGraph.forbiddenCharacters)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(Array(text.utf8) == bytes, "the file is not valid UTF-8")
        let illegal = text.unicodeScalars.filter { !TextCleaner.isXMLChar($0) }
        #expect(illegal.isEmpty, "\(illegal.map { String($0.value, radix: 16) })")
        #expect(text.contains("ctl\u{FFFD}a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e"))
        #expect(text.contains("vertical\u{FFFD}tab and form\u{FFFD}feed"))
        // What a decoder already replaced is not counted again: the lone surrogate arrives as U+FFFD.
        #expect(FeatureGraph.loneSurrogate.unicodeScalars.contains("\u{FFFD}"))

        let clean = FeatureGraph.make().xmlSafe()
        #expect(try output.write(clean, in: directory, name: "clean-" + output.rawValue).report.replacedCharacters == 0)
    }

    @Test("a carriage return survives: a character reference in XML, an escape in N-Triples and Turtle")
    func carriageReturn() throws {
        let rdf = try Output.rdfxml.text(graph)
        #expect(rdf.contains("line two&#13;\nline three\tafter a tab&#13;after a lone CR"))
        #expect(!rdf.utf8.contains(0x0D))
        for output in [Output.ntriples, .turtle] {
            let text = try output.text(graph)
            #expect(text.contains(#"line two\r\nline three\tafter a tab\rafter a lone CR"#), "\(output)")
            #expect(!text.utf8.contains(0x0D), "\(output)")
        }
        let graphML = try Output.graphml.text(graph)
        #expect(!graphML.utf8.contains(0x0D))
        #expect(graphML.contains("line two&#13;\nline three"))
    }
}
