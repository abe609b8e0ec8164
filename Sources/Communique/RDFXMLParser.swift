import CommuniqueGraph
import CommuniqueXML

/// Reads RDF/XML into a graph, streaming: node elements (`rdf:Description`
/// or typed) with `rdf:about` or `rdf:nodeID` (or neither: a fresh blank
/// node), property attributes, property elements with `rdf:resource`,
/// `rdf:nodeID`, a nested node element or text (with inherited `xml:lang`, or
/// `rdf:datatype`). That covers what the exporters of this tool and the usual
/// RDF writers produce; `rdf:parseType`, `rdf:ID`, `xml:base`, `rdf:li` and
/// reification are refused with a message saying how to convert the file.
struct RDFXMLParser {
    static let rdf = Vocabulary.RDF.namespace
    static let xml = "http://www.w3.org/XML/1998/namespace"

    private enum Frame {
        case document
        case rdfRoot(language: String?)
        case node(subject: Term, language: String?)
        /// A property element: its triple is added at the end tag unless an
        /// object was given by attribute or nested node.
        case property(subject: Term, predicate: IRI, language: String?, datatype: IRI?, text: String, hasObject: Bool)
    }

    private var stack: [Frame] = [.document]
    private var blankCounter = 0
    private let path: String

    private init(path: String) { self.path = path }

    static func read(_ path: String, into graph: inout Graph) throws {
        let reader: XMLStreamReader
        do {
            reader = try XMLStreamReader(path: path)
        } catch {
            throw ExportError("\(error)")
        }
        var parser = RDFXMLParser(path: path)
        do {
            while let event = try reader.next() {
                try parser.handle(event, into: &graph)
            }
        } catch let error as XMLStreamReader.ReadError {
            throw ExportError(error.description)
        }
    }

    private func unsupported(_ what: String, line: Int) -> ExportError {
        ExportError("\(path):\(line): \(what) is not read here; convert the file to N-Triples first "
                    + "(rapper -i rdfxml -o ntriples FILE > FILE.nt) and give that")
    }

    private mutating func handle(_ event: XMLStreamReader.Event, into graph: inout Graph) throws {
        switch event {
        case .start(let namespace, let localName, let attributes, let isEmpty, let line):
            try start(namespace: namespace, localName: localName, attributes: attributes, line: line, into: &graph)
            if isEmpty { try end(into: &graph) }
        case .text(let text):
            if case .property(let subject, let predicate, let language, let datatype, let sofar, let hasObject) = stack.last! {
                stack[stack.count - 1] = .property(subject: subject, predicate: predicate, language: language,
                                                   datatype: datatype, text: sofar + text, hasObject: hasObject)
            }
        case .end:
            try end(into: &graph)
        }
    }

    private func inheritedLanguage() -> String? {
        switch stack.last! {
        case .document: return nil
        case .rdfRoot(let language), .node(_, let language): return language
        case .property(_, _, let language, _, _, _): return language
        }
    }

    private mutating func start(namespace: String, localName: String, attributes: [XMLStreamReader.Attribute], line: Int,
                                into graph: inout Graph) throws {
        var language = inheritedLanguage()
        for attribute in attributes where attribute.namespace == RDFXMLParser.xml {
            switch attribute.localName {
            case "lang": language = attribute.value.isEmpty ? nil : attribute.value
            case "base": throw unsupported("xml:base", line: line)
            default: break
            }
        }
        let rdfAttribute = { (name: String) in
            attributes.first { $0.namespace == RDFXMLParser.rdf && $0.localName == name }?.value
        }
        switch stack.last! {
        case .document where namespace == RDFXMLParser.rdf && localName == "RDF":
            stack.append(.rdfRoot(language: language))
        case .document, .rdfRoot:
            try startNode(namespace: namespace, localName: localName, attributes: attributes, language: language,
                          line: line, rdfAttribute: rdfAttribute, into: &graph)
        case .property(let subject, let predicate, let propertyLanguage, let datatype, let text, let hasObject):
            guard !hasObject else { throw unsupported("a second object in one property element", line: line) }
            let object = try startNode(namespace: namespace, localName: localName, attributes: attributes,
                                       language: language, line: line, rdfAttribute: rdfAttribute, into: &graph)
            graph.add(subject, predicate, object)
            stack[stack.count - 2] = .property(subject: subject, predicate: predicate, language: propertyLanguage,
                                               datatype: datatype, text: text, hasObject: true)
        case .node(let subject, _):
            if namespace == RDFXMLParser.rdf && ["li", "RDF", "Description"].contains(localName) {
                throw unsupported("rdf:\(localName) as a property", line: line)
            }
            if rdfAttribute("parseType") != nil { throw unsupported("rdf:parseType", line: line) }
            if rdfAttribute("ID") != nil { throw unsupported("rdf:ID (reification)", line: line) }
            let predicate = IRI(namespace + localName)
            var hasObject = false
            if let resource = rdfAttribute("resource") {
                graph.add(subject, predicate, .iri(IRI(resource)))
                hasObject = true
            } else if let nodeID = rdfAttribute("nodeID") {
                graph.add(subject, predicate, .blank(nodeID))
                hasObject = true
            }
            let datatype = rdfAttribute("datatype").map { IRI($0) }
            stack.append(.property(subject: subject, predicate: predicate, language: language, datatype: datatype,
                                   text: "", hasObject: hasObject))
        }
    }

    @discardableResult
    private mutating func startNode(namespace: String, localName: String, attributes: [XMLStreamReader.Attribute],
                                    language: String?, line: Int, rdfAttribute: (String) -> String?,
                                    into graph: inout Graph) throws -> Term {
        if rdfAttribute("ID") != nil { throw unsupported("rdf:ID", line: line) }
        let subject: Term
        if let about = rdfAttribute("about") {
            guard IRIMinter.isAbsolute(about) else { throw unsupported("a relative rdf:about", line: line) }
            subject = .iri(IRI(about))
        } else if let nodeID = rdfAttribute("nodeID") {
            subject = .blank(nodeID)
        } else {
            blankCounter += 1
            subject = .blank("genid\(blankCounter)")
        }
        if !(namespace == RDFXMLParser.rdf && localName == "Description") {
            graph.add(subject, Vocabulary.RDF.type, .iri(IRI(namespace + localName)))
        }
        for attribute in attributes where attribute.namespace != RDFXMLParser.xml && attribute.namespace != RDFXMLParser.rdf {
            guard !attribute.namespace.isEmpty else { continue }
            graph.add(subject, IRI(attribute.namespace + attribute.localName),
                      .literal(Literal(attribute.value, language: language)))
        }
        if let type = rdfAttribute("type") {
            graph.add(subject, Vocabulary.RDF.type, .iri(IRI(type)))
        }
        stack.append(.node(subject: subject, language: language))
        return subject
    }

    private mutating func end(into graph: inout Graph) throws {
        let frame = stack.removeLast()
        if case .property(let subject, let predicate, let language, let datatype, let text, let hasObject) = frame, !hasObject {
            let literal = datatype.map { Literal(text, datatype: $0) } ?? Literal(text, language: language)
            graph.add(subject, predicate, .literal(literal))
        }
    }
}
