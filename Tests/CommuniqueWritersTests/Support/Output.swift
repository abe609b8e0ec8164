import CommuniqueGraph
import CommuniqueTestSupport
import CommuniqueWriters
import Foundation

/// The writers under test, written to disk the way `communique export` does
/// (through `AtomicFile`).
enum Output: String, CaseIterable, CustomStringConvertible {
    case rdfxml = "graph.rdf"
    case turtle = "graph.ttl"
    case ntriples = "graph.nt"
    case graphml = "graph.graphml"

    var description: String { rawValue }

    /// The name consumers.py gives the format.
    var consumerFormat: String {
        switch self {
        case .rdfxml: return "xml"
        case .turtle: return "turtle"
        case .ntriples: return "nt"
        case .graphml: return "graphml"
        }
    }

    /// Writes `graph` to `directory/name` (default: the format's file name).
    @discardableResult
    func write(_ graph: Graph, in directory: String, name: String? = nil,
               graphML options: GraphMLWriter.Options = .init()) throws -> (path: String, report: WriteReport) {
        let path = directory + "/" + (name ?? rawValue)
        let report = try AtomicFile.write(to: path) { out -> WriteReport in
            switch self {
            case .rdfxml: return try RDFXMLWriter().write(graph, to: out)
            case .turtle: return try TurtleWriter().write(graph, to: out)
            case .ntriples: return try NTriplesWriter().write(graph, to: out)
            case .graphml: return try GraphMLWriter(options: options).write(graph, to: out)
            }
        }
        return (path, report)
    }

    /// The bytes `graph` is written as.
    func bytes(_ graph: Graph, graphML options: GraphMLWriter.Options = .init()) throws -> [UInt8] {
        let (out, collected) = ByteWriter.collecting()
        switch self {
        case .rdfxml: _ = try RDFXMLWriter().write(graph, to: out)
        case .turtle: _ = try TurtleWriter().write(graph, to: out)
        case .ntriples: _ = try NTriplesWriter().write(graph, to: out)
        case .graphml: _ = try GraphMLWriter(options: options).write(graph, to: out)
        }
        return collected()
    }

    func text(_ graph: Graph, graphML options: GraphMLWriter.Options = .init()) throws -> String {
        String(decoding: try bytes(graph, graphML: options), as: UTF8.self)
    }
}

extension Graph {
    /// A copy with every literal's lexical form passed through `transform`.
    func mappingLiterals(_ transform: (String) -> String) -> Graph {
        var result = Graph()
        for (subject, statement) in sortedTriples() {
            var object = statement.object
            if case .literal(let literal) = object {
                object = .literal(Literal(transform(literal.lexicalForm), language: literal.language,
                                          datatype: literal.datatype))
            }
            result.add(subject, statement.predicate, object, weight: weight(subject, statement))
        }
        return result
    }

    /// Every triple, as a list, for rebuilding in another order.
    var triples: [(Term, IRI, Term, Int)] {
        sortedTriples().map { ($0.0, $0.1.predicate, $0.1.object, weight($0.0, $0.1)) }
    }
}
