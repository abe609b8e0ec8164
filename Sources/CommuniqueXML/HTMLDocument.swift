internal import CLibXML2

/// An HTML page parsed by libxml2's forgiving HTML parser, with network
/// access forbidden and no external entities loaded. The caller decodes the
/// bytes first: the parser is only ever given UTF-8.
package final class HTMLDocument {
    private let document: htmlDocPtr

    package struct ParseError: Error, CustomStringConvertible {
        package let description: String
    }

    /// Parses `html` (already decoded). Throws only when libxml2 returns no
    /// document at all.
    package init(html: String) throws {
        LibXML.initialize()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        var bytes = html
        let parsed: htmlDocPtr? = bytes.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(clamping: chars.count), nil, "UTF-8", options)
            }
        }
        guard let parsed else { throw ParseError(description: "the HTML parser returned no document") }
        document = parsed
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// What the walker does after seeing an element open.
    package enum Decision {
        case enter
        case skip
    }

    /// An element during a walk; valid only inside the callback.
    package struct Element {
        fileprivate let node: xmlNodePtr
        /// Lower-case tag name.
        package let name: String

        /// The value of attribute `name`, if present.
        package func attribute(_ name: String) -> String? {
            guard let value = xmlGetProp(node, name) else { return nil }
            defer { communique_xml_free(value) }
            return String(cString: value)
        }
    }

    package enum Event {
        case open(Element)
        case text(String)
        case close(Element)
    }

    /// Visits the tree in document order without recursion (pages nest deep),
    /// skipping comments, processing instructions and the DTD.
    package func walk(_ visit: (Event) -> Decision) {
        guard var current = xmlDocGetRootElement(document) else { return }
        let root = current
        while true {
            var descend = false
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                let element = Element(node: current, name: HTMLDocument.name(of: current))
                if visit(.open(element)) == .enter, current.pointee.children != nil {
                    descend = true
                } else {
                    _ = visit(.close(element))
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    _ = visit(.text(String(cString: content)))
                }
            default:
                break
            }
            if descend, let child = current.pointee.children {
                current = child
                continue
            }
            // Climb until a next sibling exists, closing elements on the way.
            while current != root && current.pointee.next == nil {
                guard let parent = current.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return }
                current = parent
                _ = visit(.close(Element(node: current, name: HTMLDocument.name(of: current))))
            }
            if current == root { return }
            current = current.pointee.next
        }
    }

    private static func name(of node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }
}
