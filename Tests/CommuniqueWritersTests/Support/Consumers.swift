import CommuniqueTestSupport
import Foundation
import Testing

/// What rdflib, pyoxigraph and rapper read from one RDF file, as reported by
/// `Tests/Fixtures/writers/consumers.py rdf`.
struct RDFConsumerReport: Decodable {
    struct Object: Decodable, Equatable, CustomStringConvertible {
        var value: String?
        var language: String?
        var datatype: String?
        var iri: String?
        var blank: Bool?

        var description: String {
            if let iri { return "<\(iri)>" }
            if blank == true { return "[]" }
            return "\"\(value ?? "")\"" + (language.map { "@" + $0 } ?? "") + (datatype.map { "^^<\($0)>" } ?? "")
        }
    }

    struct Parse: Decodable {
        var ok: Bool
        var error: String?
        var triples: Int?
        var isomorphic: Bool?
        var onlyInFile: [String]?
        var onlyInExpected: [String]?
        var probes: [[Object]]?
    }

    var expectedTriples: Int
    var parsers: [String: Parse]
}

/// What networkx and igraph read from a GraphML file, plus its structure as
/// ElementTree sees it (`consumers.py graphml`).
struct GraphMLConsumerReport: Decodable {
    struct Value: Decodable, Equatable {
        var value: JSONValue
        var type: String
    }

    struct Edge: Decodable {
        var source: String
        var target: String
        var attributes: [String: Value]
    }

    struct NetworkX: Decodable {
        var directed: Bool
        var nodes: [String: [String: Value]]
        var edges: [Edge]
    }

    struct IGraph: Decodable {
        var directed: Bool
        var nodes: [[String: Value]]
        var edges: [Edge]
    }

    var keys: [[String: String]]
    var rootChildren: [String]
    var graphAttributes: [String: String]
    var graphChildren: [String]
    var dataKeys: [String]
    var edgeAttributes: [String]
    var nodeAttributes: [String]
    var repeatedData: [String]
    var nodeIds: [String]
    var networkx: NetworkX
    var igraph: IGraph
}

/// The element structure of an RDF/XML file (`consumers.py rdfxml-structure`).
struct RDFXMLStructure: Decodable {
    struct Declaration: Decodable {
        var depth: Int
        var prefix: String
        var namespace: String
    }

    struct Element: Decodable {
        var name: String
        var attributes: [String]
        var values: [String: String]
        var hasText: Bool?
        var children: Int?
    }

    var declarations: [Declaration]
    var root: Element
    var nodes: [Element]
    var properties: [Element]
    var deeper: Int
    var textOutside: Int
}

/// What the GraphML projection of an RDF/XML file must count (`consumers.py projection`).
struct ProjectionCounts: Decodable, Equatable {
    var nodes: Int
    var edges: Int
}

/// A JSON scalar as the Python helper prints it.
enum JSONValue: Decodable, Equatable, CustomStringConvertible {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    var number: Double? {
        switch self {
        case .int(let value): return Double(value)
        case .double(let value): return value
        default: return nil
        }
    }

    var description: String {
        switch self {
        case .string(let value): return value
        case .int(let value): return String(value)
        case .double(let value): return String(value)
        case .bool(let value): return String(value)
        case .null: return "null"
        }
    }
}

/// Runs `Tests/Fixtures/writers/consumers.py`.
enum Consumers {
    static let script = TestPaths.fixtures + "/writers/consumers.py"
    static let rdfParsers = ["rdflib", "oxigraph", "rapper"]

    /// Parses `file` (format `xml`, `turtle` or `nt`) with every RDF consumer
    /// and compares each parse with `expected` (an N-Triples file).
    static func rdf(format: String, file: String, expected: String,
                    probes: [(subject: String, predicate: String)] = []) throws -> RDFConsumerReport {
        var arguments = ["python3", script, "rdf", format, file, expected]
        for probe in probes { arguments += ["--probe", probe.subject, probe.predicate] }
        return try decode(RDFConsumerReport.self, from: try ExternalTool.run(arguments))
    }

    static func graphML(file: String) throws -> GraphMLConsumerReport {
        try decode(GraphMLConsumerReport.self, from: try ExternalTool.run(["python3", script, "graphml", file]))
    }

    static func rdfXMLStructure(file: String) throws -> RDFXMLStructure {
        try decode(RDFXMLStructure.self, from: try ExternalTool.run(["python3", script, "rdfxml-structure", file]))
    }

    static func projection(rdfXML file: String) throws -> ProjectionCounts {
        try decode(ProjectionCounts.self, from: try ExternalTool.run(["python3", script, "projection", file]))
    }

    struct NamesReport: Decodable {
        var checked: Int
        var rejected: [String]
        var rejectedCount: Int
    }

    /// Which of `names` expat refuses as the local part of an element name.
    static func xmlNames(_ names: [String], directory: String) throws -> NamesReport {
        let path = directory + "/names.txt"
        try names.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return try decode(NamesReport.self, from: try ExternalTool.run(["python3", script, "xml-names", path]))
    }

    private static func decode<T: Decodable>(_ type: T.Type, from output: ExternalTool.Output) throws -> T {
        guard output.status == 0 else {
            throw HelperFailed(description: "consumers.py exited \(output.status): \(output.stderr.suffix(3000))")
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(type, from: Data(output.stdout.utf8))
    }

    struct HelperFailed: Error, CustomStringConvertible {
        var description: String
    }

    /// Every parser in `parsers` read the file, and read exactly the expected graph.
    static func expectIsomorphic(_ report: RDFConsumerReport, parsers: [String] = rdfParsers, _ what: String,
                                 sourceLocation: SourceLocation = #_sourceLocation) {
        for name in parsers {
            guard let parse = report.parsers[name] else {
                Issue.record("\(what): no report from \(name)", sourceLocation: sourceLocation)
                continue
            }
            #expect(parse.ok, "\(what): \(name) refused the file: \(parse.error ?? "")", sourceLocation: sourceLocation)
            guard parse.ok else { continue }
            #expect(parse.isomorphic == true,
                    """
                    \(what): \(name) read a different graph (\(parse.triples ?? -1) triples, expected \(report.expectedTriples))
                    only in the file: \((parse.onlyInFile ?? []).joined(separator: "\n"))
                    only in the expected graph: \((parse.onlyInExpected ?? []).joined(separator: "\n"))
                    """, sourceLocation: sourceLocation)
            #expect(parse.triples == report.expectedTriples, "\(what): \(name)", sourceLocation: sourceLocation)
        }
    }
}
