internal import CLibXML2

/// An HTML page parsed by libxml2's forgiving HTML parser, with network
/// access forbidden and no external entities loaded. The caller decodes the
/// bytes first: the parser is only ever given UTF-8, with the page's own
/// charset declaration ignored. Before parsing, characters XML cannot hold
/// are blanked and a DOCTYPE's internal subset (entity declarations: the
/// "billion laughs" and external-entity tricks) is cut out, so nothing can be
/// expanded or fetched. Deep nesting is allowed (`XML_PARSE_HUGE`): the tree
/// is walked and freed without recursion.
package final class HTMLDocument {
    private let document: htmlDocPtr

    package struct ParseError: Error, CustomStringConvertible {
        package let description: String
    }

    /// The parser options: recover from errors silently, never use the
    /// network, ignore the page's encoding declaration (we decoded it), allow
    /// deep trees (`XML_PARSE_HUGE`, which the HTML parser honours).
    static let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                               | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
                               | XML_PARSE_HUGE.rawValue)

    /// Parses `html` (already decoded). Throws only when libxml2 returns no
    /// document at all.
    package init(html: String) throws {
        LibXML.initialize()
        let bytes = HTMLDocument.prepared(html)
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(clamping: chars.count), nil, "UTF-8", HTMLDocument.options)
            }
        }
        guard let parsed else { throw ParseError(description: "the HTML parser returned no document") }
        document = parsed
    }

    /// The UTF-8 bytes libxml2 is given: C0 controls other than tab, line
    /// feed and carriage return, and the noncharacters U+FFFE/U+FFFF, become
    /// spaces; the internal subset of a DOCTYPE (`<!DOCTYPE html [ ... ]>`)
    /// is removed.
    package static func prepared(_ html: String) -> [UInt8] {
        var clean = true
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in html.utf8 {
            if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D)
                || (previous == (0xEF, 0xBF) && (byte == 0xBE || byte == 0xBF)) {
                clean = false
                break
            }
            previous = (previous.1, byte)
        }
        if clean {
            var bytes = Array(html.utf8)
            removeInternalSubset(&bytes)
            return bytes
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(html.utf8.count)
        var iterator = html.utf8.makeIterator()
        var pending: [UInt8] = []
        while let byte = iterator.next() {
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
                bytes.append(0x20)
            } else if byte == 0xEF {
                // U+FFFE is EF BF BE, U+FFFF is EF BF BF
                pending = [byte]
                while pending.count < 3, let next = iterator.next() { pending.append(next) }
                if pending.count == 3 && pending[1] == 0xBF && (pending[2] == 0xBE || pending[2] == 0xBF) {
                    bytes.append(0x20)
                } else {
                    bytes.append(contentsOf: pending)
                }
            } else {
                bytes.append(byte)
            }
        }
        removeInternalSubset(&bytes)
        return bytes
    }

    /// Cuts `[ ... ]` out of the first `<!DOCTYPE`, keeping the rest of the
    /// declaration. Quoted strings inside the subset may hold `]` or `>`. An
    /// unterminated subset is cut up to the first `<html`, `<head` or `<body`,
    /// or to the end.
    static func removeInternalSubset(_ bytes: inout [UInt8]) {
        guard let start = find(Array("<!doctype".utf8), in: bytes, from: 0) else { return }
        var index = start + 9
        while index < bytes.count && bytes[index] != UInt8(ascii: ">") && bytes[index] != UInt8(ascii: "[") { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { return }
        let open = index
        index += 1
        var quote: UInt8? = nil
        var close: Int? = nil
        while index < bytes.count {
            let byte = bytes[index]
            if let current = quote {
                if byte == current { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "]") {
                close = index
                break
            }
            index += 1
        }
        if let close {
            bytes.removeSubrange(open...close)
            return
        }
        var end = bytes.count
        for marker in ["<html", "<head", "<body"] {
            if let at = find(Array(marker.utf8), in: bytes, from: open), at < end { end = at }
        }
        // close the declaration so the parser does not read the page into it
        bytes.replaceSubrange(open..<end, with: [UInt8(ascii: ">")])
    }

    /// The first position of `needle` (lower-case ASCII) in `bytes` at or
    /// after `from`, ignoring ASCII case.
    private static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = from
        let last = bytes.count - needle.count
        outer: while index <= last {
            for offset in 0..<needle.count {
                var byte = bytes[index + offset]
                if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
                if byte != needle[offset] {
                    index += 1
                    continue outer
                }
            }
            return index
        }
        return nil
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
