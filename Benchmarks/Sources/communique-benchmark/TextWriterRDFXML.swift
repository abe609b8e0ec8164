import CLibXML2
import CommuniqueGraph
import CommuniqueWriters

/// The same RDF/XML as `RDFXMLWriter`, written through libxml2's
/// `xmlTextWriter` instead of the project's hand-written UTF-8 writer: only
/// here, to measure which of the two to use.
struct TextWriterRDFXML {
    struct Failure: Error {}

    func write(_ graph: Graph, toFile path: String) throws -> Int {
        let subjects = graph.sortedSubjects()
        var predicates = Set<IRI>()
        for subject in subjects {
            for statement in graph.statements(of: subject) { predicates.insert(statement.predicate) }
        }
        let namespaces = try NamespaceTable(iris: predicates, always: [Vocabulary.RDF.namespace])
        guard let writer = xmlNewTextWriterFilename(path, 0) else { throw Failure() }
        defer { xmlFreeTextWriter(writer) }
        var triples = 0
        func check(_ status: Int32) throws { if status < 0 { throw Failure() } }
        try check(xmlTextWriterSetIndent(writer, 1))
        try check(xmlTextWriterSetIndentString(writer, "  "))
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
        try check(xmlTextWriterStartElement(writer, "rdf:RDF"))
        for (prefix, namespace) in namespaces.declarations {
            try check(xmlTextWriterWriteAttribute(writer, "xmlns:" + prefix, namespace))
        }
        for subject in subjects {
            try check(xmlTextWriterStartElement(writer, "rdf:Description"))
            switch subject {
            case .iri(let iri): try check(xmlTextWriterWriteAttribute(writer, "rdf:about", iri.value))
            case .blank(let label): try check(xmlTextWriterWriteAttribute(writer, "rdf:nodeID", "b" + label))
            case .literal: break
            }
            for statement in graph.statements(of: subject) {
                triples += 1
                try check(xmlTextWriterStartElement(writer, namespaces.qname(statement.predicate)))
                switch statement.object {
                case .iri(let iri): try check(xmlTextWriterWriteAttribute(writer, "rdf:resource", iri.value))
                case .blank(let label): try check(xmlTextWriterWriteAttribute(writer, "rdf:nodeID", "b" + label))
                case .literal(let literal):
                    if let language = literal.language {
                        try check(xmlTextWriterWriteAttribute(writer, "xml:lang", language))
                    } else if let datatype = literal.datatype {
                        try check(xmlTextWriterWriteAttribute(writer, "rdf:datatype", datatype.value))
                    }
                    try check(xmlTextWriterWriteString(writer, literal.lexicalForm))
                }
                try check(xmlTextWriterEndElement(writer))
            }
            try check(xmlTextWriterEndElement(writer))
        }
        try check(xmlTextWriterEndDocument(writer))
        return triples
    }
}
