import CommuniqueGraph
import CommuniqueWriters
import Testing

/// The same graph gives the same bytes in every format, whatever order its
/// triples arrived in and however it was assembled from parts.
@Suite("deterministic output")
struct DeterminismTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func build(_ triples: [(Term, IRI, Term, Int)]) -> Graph {
        var graph = Graph()
        for (subject, predicate, object, weight) in triples { graph.add(subject, predicate, object, weight: weight) }
        return graph
    }

    static func variants() -> [(String, Graph)] {
        let triples = FeatureGraph.make().triples
        var result: [(String, Graph)] = [("reversed", build(triples.reversed()))]
        for seed in [1, 2, 3] as [UInt64] {
            var generator = SeededGenerator(state: seed)
            result.append(("shuffled with seed \(seed)", build(triples.shuffled(using: &generator))))
        }
        // assembled from four parts, as shards or threads would, merged in another order
        var generator = SeededGenerator(state: 42)
        let shuffled = triples.shuffled(using: &generator)
        let parts = (0..<4).map { part in build(shuffled.enumerated().filter { $0.offset % 4 == part }.map(\.element)) }
        var union = Graph()
        for part in parts.reversed() { union.formUnion(part) }
        result.append(("union of four parts", union))
        // a triple added twice with a lower weight changes nothing
        var repeated = build(triples)
        for (subject, predicate, object, _) in triples.prefix(20) { repeated.add(subject, predicate, object, weight: 1) }
        result.append(("with repeated triples", repeated))
        return result
    }

    @Test("byte-identical files for the same graph built in different orders", arguments: Output.allCases)
    func insertionOrder(output: Output) throws {
        let reference = try output.bytes(FeatureGraph.make())
        #expect(!reference.isEmpty)
        for (name, graph) in DeterminismTests.variants() {
            #expect(graph.tripleCount == FeatureGraph.make().tripleCount, "\(name)")
            #expect(try output.bytes(graph) == reference, "\(output) differs when \(name)")
        }
        #expect(try output.bytes(FeatureGraph.make()) == reference, "\(output) differs between two writes")
    }

    @Test("merged parallel edges are deterministic too")
    func mergedEdges() throws {
        let options = GraphMLWriter.Options(mergeParallelEdges: true)
        let reference = try Output.graphml.bytes(FeatureGraph.make(), graphML: options)
        for (name, graph) in DeterminismTests.variants() {
            #expect(try Output.graphml.bytes(graph, graphML: options) == reference, "\(name)")
        }
    }

    @Test("text that arrives decomposed or composed writes the same bytes")
    func normalization() throws {
        let decomposed = FeatureGraph.make().mappingLiterals { $0.decomposedStringWithCanonicalMapping }
        for output in Output.allCases {
            #expect(try output.bytes(decomposed) == output.bytes(FeatureGraph.make()), "\(output)")
        }
    }

    @Test("a different base changes the GraphML node ids only where IRIs start with it")
    func base() throws {
        let options = GraphMLWriter.Options(base: "http://example.org/")
        let text = try Output.graphml.text(FeatureGraph.make(), graphML: options)
        #expect(text.contains("<node id=\"text.1\">"))
        #expect(text.contains("<node id=\"w3id.org.communique.id.person.abdelouafi-laftit\">"))
        #expect(try Output.graphml.text(FeatureGraph.make(), graphML: options) == text)
    }
}
