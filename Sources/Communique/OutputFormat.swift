/// A file format the export can write.
public enum OutputFormat: String, CaseIterable, Sendable {
    case rdfxml
    case graphml
    case ntriples
    case turtle
    /// Graphviz DOT: a picture of the graph (render with `dot -Tpng`).
    case dot

    /// The file name the format is written to in the output folder.
    public var fileName: String {
        switch self {
        case .rdfxml: return "graph.rdf"
        case .graphml: return "graph.graphml"
        case .ntriples: return "graph.nt"
        case .turtle: return "graph.ttl"
        case .dot: return "graph.dot"
        }
    }
}
