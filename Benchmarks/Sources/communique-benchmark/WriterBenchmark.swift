import CommuniqueGraph
import CommuniqueWriters
import Foundation

/// `communique-benchmark writers --triples N --output DIR`: builds a synthetic
/// graph of N triples, writes it with each of the project's writers and with
/// an xmlTextWriter-based RDF/XML writer, and prints one JSON object with the
/// seconds, bytes and triples of each. The N-Triples file it leaves in DIR is
/// what `Benchmarks/run` hands to rapper and rdflib; the GraphML file is what
/// it loads into networkx.
@main
struct WriterBenchmark {
    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        guard arguments.first == "writers" else {
            FileHandle.standardError.write(Data("usage: communique-benchmark writers [--triples N] [--output DIR] [--repeat K]\n".utf8))
            exit(1)
        }
        arguments.removeFirst()
        var triples = 1_000_000
        var output = NSTemporaryDirectory() + "communique-writers"
        var repeats = 1
        while let flag = arguments.first {
            arguments.removeFirst()
            guard let value = arguments.first else { break }
            arguments.removeFirst()
            switch flag {
            case "--triples": triples = Int(value) ?? triples
            case "--output": output = value
            case "--repeat": repeats = max(1, Int(value) ?? 1)
            default: break
            }
        }
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let buildStart = Date()
        let graph = SyntheticGraph.make(triples: triples)
        let buildSeconds = Date().timeIntervalSince(buildStart)

        var results: [String: [String: Double]] = [:]
        func measure(_ name: String, _ file: String, _ body: (String) throws -> Void) rethrows {
            var best = Double.infinity
            for _ in 0..<repeats {
                let start = Date()
                try body(output + "/" + file)
                best = min(best, Date().timeIntervalSince(start))
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: output + "/" + file)[.size] as? Int) ?? 0
            results[name] = ["seconds": best, "bytes": Double(size), "triples": Double(graph.tripleCount)]
        }
        do {
            // the writers' shared sort of the graph, which each writer above does on its own
            var best = Double.infinity
            for _ in 0..<repeats {
                let start = Date()
                let sorted = SortedGraph(graph)
                best = min(best, Date().timeIntervalSince(start))
                precondition(sorted.tripleCount == graph.tripleCount)
            }
            results["sort"] = ["seconds": best, "bytes": 0, "triples": Double(graph.tripleCount)]
        }
        try measure("rdfxml", "graph.rdf") { path in _ = try AtomicFile.write(to: path) { try RDFXMLWriter().write(graph, to: $0) } }
        try measure("rdfxml-xmlTextWriter", "graph-textwriter.rdf") { path in _ = try TextWriterRDFXML().write(graph, toFile: path) }
        try measure("graphml", "graph.graphml") { path in _ = try AtomicFile.write(to: path) { try GraphMLWriter().write(graph, to: $0) } }
        try measure("ntriples", "graph.nt") { path in _ = try AtomicFile.write(to: path) { try NTriplesWriter().write(graph, to: $0) } }
        let summary: [String: Any] = ["triples": graph.tripleCount, "subjects": graph.subjectCount, "buildSeconds": buildSeconds,
                                      "writers": results, "output": output]
        let data = try JSONSerialization.data(withJSONObject: summary, options: [.sortedKeys, .prettyPrinted])
        print(String(decoding: data, as: UTF8.self))
    }
}
