internal import CLibXML2

/// Reads an XML file as a stream of start tags, text and end tags with
/// libxml2's reader, holding one node at a time whatever the file's size.
/// Namespaces are resolved; the network is never used; entities are not
/// expanded from outside the file.
package final class XMLStreamReader {
    package struct ReadError: Error, CustomStringConvertible {
        package let description: String
    }

    package struct Attribute: Sendable, Equatable {
        /// The namespace IRI, empty for an unprefixed attribute.
        package let namespace: String
        package let localName: String
        package let value: String
    }

    package enum Event: Equatable {
        /// A start tag; `isEmpty` for `<a/>` (no end event follows).
        case start(namespace: String, localName: String, attributes: [Attribute], isEmpty: Bool, line: Int)
        /// Character data (text, CDATA, significant whitespace).
        case text(String)
        case end
    }

    private let reader: OpaquePointer
    private let path: String

    package init(path: String) throws {
        LibXML.initialize()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                            | XML_PARSE_HUGE.rawValue)
        guard let reader = xmlReaderForFile(path, nil, options) else {
            throw ReadError(description: "cannot open \(path)")
        }
        self.reader = reader
        self.path = path
    }

    deinit {
        xmlFreeTextReader(reader)
    }

    /// The next event, nil at the end of the document.
    package func next() throws -> Event? {
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { return nil }
            guard status == 1 else {
                throw ReadError(description: "\(path): not well-formed XML near line \(xmlTextReaderGetParserLineNumber(reader))")
            }
            switch Int32(xmlTextReaderNodeType(reader)) {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
                let namespace = XMLStreamReader.string(xmlTextReaderConstNamespaceUri(reader))
                let localName = XMLStreamReader.string(xmlTextReaderConstLocalName(reader))
                let line = Int(xmlTextReaderGetParserLineNumber(reader))
                var attributes: [Attribute] = []
                if xmlTextReaderMoveToFirstAttribute(reader) == 1 {
                    repeat {
                        let attributeNamespace = XMLStreamReader.string(xmlTextReaderConstNamespaceUri(reader))
                        // namespace declarations are not attributes of the document
                        if attributeNamespace == "http://www.w3.org/2000/xmlns/" { continue }
                        attributes.append(Attribute(namespace: attributeNamespace,
                                                    localName: XMLStreamReader.string(xmlTextReaderConstLocalName(reader)),
                                                    value: XMLStreamReader.string(xmlTextReaderConstValue(reader))))
                    } while xmlTextReaderMoveToNextAttribute(reader) == 1
                    xmlTextReaderMoveToElement(reader)
                }
                return .start(namespace: namespace, localName: localName, attributes: attributes, isEmpty: isEmpty, line: line)
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                return .end
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                 Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue), Int32(XML_READER_TYPE_WHITESPACE.rawValue):
                return .text(XMLStreamReader.string(xmlTextReaderConstValue(reader)))
            default:
                continue
            }
        }
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
