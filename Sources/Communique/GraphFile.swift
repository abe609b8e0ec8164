import CommuniqueGraph

/// Reads an exported graph back: RDF/XML (`.rdf`, `.xml`, `.owl`) or
/// N-Triples (`.nt`) — the files `communique export` writes.
package enum GraphFile {
    package static func read(_ path: String) throws -> Graph {
        var graph = Graph()
        let lower = path.lowercased()
        if lower.hasSuffix(".nt") {
            try NTriplesParser.read(path, into: &graph)
        } else if lower.hasSuffix(".rdf") || lower.hasSuffix(".xml") || lower.hasSuffix(".owl") {
            try RDFXMLParser.read(path, into: &graph)
        } else {
            throw ExportError("cannot read \(path): give an RDF/XML (.rdf) or N-Triples (.nt) export, "
                              + "e.g. OUT/graph.rdf from `communique export`")
        }
        return graph
    }
}
