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
        let descriptions = graph.sortedDescriptions()
        var predicates = Set<IRI>()
        var blankLabels = Set<String>()
        for (subject, statements) in descriptions {
            if case .blank(let label) = subject { blankLabels.insert(label) }
            for statement in statements {
                predicates.insert(statement.predicate)
                if case .blank(let label) = statement.object { blankLabels.insert(label) }
            }
        }
        for predicate in predicates where predicate.value.hasPrefix(Vocabulary.RDF.namespace) {
            let local = String(predicate.value.dropFirst(Vocabulary.RDF.namespace.count))
            if RDFXMLWriter.reservedProperties.contains(local) {
                throw NamespaceTable.UnwritableIRI(
                    iri: predicate, reason: "rdf:\(local) is a name the RDF/XML grammar reserves for itself")
            }
        }
        let namespaces = try NamespaceTable(iris: predicates, always: [Vocabulary.RDF.namespace])
        let nodeIDs = BlankNodeNames(labels: blankLabels)
        var escaper = XMLEscaper()
        var report = WriteReport()

        try out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF")
        for (prefix, namespace) in namespaces.declarations {
            try out.write("\n    xmlns:\(prefix)=\"")
            try escaper.appendAttribute(namespace, to: out)
            out.write(byte: UInt8(ascii: "\""))
        }
        try out.write(">\n")

        for (subject, statements) in descriptions {
            try out.write("  <rdf:Description ")
            try writeNodeReference(subject, attributePrefix: "rdf:about", nodeIDs: nodeIDs, escaper: &escaper, to: out)
            try out.write(">\n")
            for statement in statements {
                report.triples += 1
                let name = namespaces.qname(statement.predicate)
                try out.write("    <")
                try out.write(name)
                switch statement.object {
                case .iri, .blank:
                    out.write(byte: UInt8(ascii: " "))
                    try writeNodeReference(statement.object, attributePrefix: "rdf:resource", nodeIDs: nodeIDs,
                                           escaper: &escaper, to: out)
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
                    try out.write(name)
                    try out.write(">\n")
                }
            }
            try out.write("  </rdf:Description>\n")
            report.nodes += 1
        }
        try out.write("</rdf:RDF>\n")
        try out.flush()
        report.replacedCharacters = escaper.replaced
        return report
    }

    private func writeNodeReference(_ term: Term, attributePrefix: String, nodeIDs: BlankNodeNames,
                                    escaper: inout XMLEscaper, to out: ByteWriter) throws {
        switch term {
        case .iri(let iri):
            try out.write(attributePrefix)
            try out.write("=\"")
            try escaper.appendAttribute(iri.value, to: out)
            out.write(byte: UInt8(ascii: "\""))
        case .blank(let label):
            try out.write("rdf:nodeID=\"")
            try out.write(nodeIDs.name(label))
            out.write(byte: UInt8(ascii: "\""))
        case .literal:
            preconditionFailure("a literal is not a node")
        }
    }
}
