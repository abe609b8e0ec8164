import CommuniqueGraph

/// Writes a graph as RDF/XML: every namespace declared once on `rdf:RDF`,
/// one `rdf:Description` per subject with absolute `rdf:about` (or
/// `rdf:nodeID` for blank nodes), `xml:lang` or `rdf:datatype` on literal
/// property elements, and nothing illegal in XML 1.0.
package struct RDFXMLWriter {
    /// Property element names the RDF/XML grammar reserves.
    private static let reservedProperties: Set<String> = [
        "RDF", "Description", "ID", "about", "parseType", "resource", "nodeID", "datatype", "li",
        "aboutEach", "aboutEachPrefix", "bagID",
    ]

    package init() {}

    package func write(_ graph: Graph, to out: ByteWriter) throws -> WriteReport {
        try write(SortedGraph(graph), to: out)
    }

    /// Writes a graph already sorted for the writers (one sort for every format).
    package func write(_ graph: SortedGraph, to out: ByteWriter) throws -> WriteReport {
        for predicate in graph.predicates where predicate.value.hasPrefix(Vocabulary.RDF.namespace) {
            let local = String(predicate.value.dropFirst(Vocabulary.RDF.namespace.count))
            if RDFXMLWriter.reservedProperties.contains(local) {
                throw NamespaceTable.UnwritableIRI(
                    iri: predicate, reason: "rdf:\(local) is a name the RDF/XML grammar reserves for itself")
            }
        }
        let namespaces = try NamespaceTable(iris: graph.predicates, always: [Vocabulary.RDF.namespace])
        // what each predicate and each blank node is written as, made once
        let qnames = graph.predicates.map { Array(namespaces.qname($0).utf8) }
        var escaper = XMLEscaper()
        var report = WriteReport()

        try out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF")
        for (prefix, namespace) in namespaces.declarations {
            try out.write("\n    xmlns:\(prefix)=\"")
            try escaper.appendAttribute(namespace, to: out)
            out.write(byte: UInt8(ascii: "\""))
        }
        try out.write(">\n")

        let terms = graph.terms
        for (index, subject) in graph.subjects.enumerated() {
            try out.write("  <rdf:Description ")
            writeNodeReference(Int(subject), terms[Int(subject)], about: true, graph: graph, escaper: &escaper, to: out)
            try out.write(">\n")
            for entry in graph.statements(ofSubjectAt: index) {
                let name = qnames[Int(entry.predicate)]
                try out.write("    <")
                out.write(bytes: name)
                let object = terms[Int(entry.object)]
                switch object {
                case .iri, .blank:
                    out.write(byte: UInt8(ascii: " "))
                    writeNodeReference(Int(entry.object), object, about: false, graph: graph, escaper: &escaper, to: out)
                    try out.write("/>\n")
                case .literal(let literal):
                    if let language = literal.language {
                        try out.write(" xml:lang=\"")
                        try escaper.appendAttribute(language, to: out)
                        out.write(byte: UInt8(ascii: "\""))
                    } else if let datatype = literal.datatype {
                        try out.write(" rdf:datatype=\"")
                        try escaper.appendAttribute(datatype.value, to: out)
                        out.write(byte: UInt8(ascii: "\""))
                    }
                    out.write(byte: UInt8(ascii: ">"))
                    try escaper.appendText(literal.lexicalForm, to: out)
                    try out.write("</")
                    out.write(bytes: name)
                    try out.write(">\n")
                }
            }
            report.triples += graph.starts[index + 1] - graph.starts[index]
            try out.write("  </rdf:Description>\n")
            report.nodes += 1
        }
        try out.write("</rdf:RDF>\n")
        try out.flush()
        report.replacedCharacters = escaper.replaced
        return report
    }

    /// `rdf:about="IRI"` / `rdf:resource="IRI"`, or `rdf:nodeID="bN"` (blank nodes are numbered in code-point order of their labels).
    @inline(__always)
    private func writeNodeReference(_ number: Int, _ term: Term, about: Bool, graph: SortedGraph,
                                    escaper: inout XMLEscaper, to out: ByteWriter) {
        switch term {
        case .iri(let iri):
            let prefix: StaticString = about ? "rdf:about=\"" : "rdf:resource=\""
            out.write(bytes: UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount))
            var value = iri.value
            value.withUTF8 { escaper.appendAttribute(bytes: $0, to: out) }
            out.write(byte: UInt8(ascii: "\""))
        case .blank:
            let prefix: StaticString = "rdf:nodeID=\"b"
            out.write(bytes: UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount))
            out.write(decimal: number - graph.firstBlank + 1)
            out.write(byte: UInt8(ascii: "\""))
        case .literal:
            preconditionFailure("a literal is not a node")
        }
    }
}
