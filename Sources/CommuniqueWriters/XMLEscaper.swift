/// Escapes text for XML 1.0 content and attribute values, byte by byte over
/// UTF-8, replacing the characters XML 1.0 forbids (C0 controls other than
/// TAB, LF and CR; U+FFFE; U+FFFF) by U+FFFD and counting them.
package struct XMLEscaper {
    /// How many forbidden characters were replaced so far.
    package private(set) var replaced = 0

    package init() {}

    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Element content: `&`, `<`, `>` as entities, CR as `&#13;` (parsers
    /// would otherwise normalise it away).
    package mutating func appendText(_ text: String, to out: ByteWriter) throws {
        try append(text, to: out, attribute: false)
    }

    /// Attribute values in double quotes: also `"`, TAB and LF as references,
    /// which attribute-value normalisation would otherwise turn into spaces.
    package mutating func appendAttribute(_ text: String, to out: ByteWriter) throws {
        try append(text, to: out, attribute: true)
    }

    private mutating func append(_ text: String, to out: ByteWriter, attribute: Bool) throws {
        var text = text
        var count = 0
        text.withUTF8 { bytes in
            var index = 0
            var runStart = 0
            let end = bytes.count
            func flushRun(_ upTo: Int) {
                if upTo > runStart { out.write(bytes: UnsafeBufferPointer(rebasing: bytes[runStart..<upTo])) }
            }
            while index < end {
                let byte = bytes[index]
                var escape: StaticString? = nil
                var forbidden = false
                var width = 1
                switch byte {
                case UInt8(ascii: "&"): escape = "&amp;"
                case UInt8(ascii: "<"): escape = "&lt;"
                case UInt8(ascii: ">"): escape = "&gt;"
                case 0x0D: escape = "&#13;"
                case UInt8(ascii: "\""): if attribute { escape = "&quot;" }
                case 0x09: if attribute { escape = "&#9;" }
                case 0x0A: if attribute { escape = "&#10;" }
                case 0x00...0x1F: forbidden = true
                case 0xEF:
                    if index + 2 < end, bytes[index + 1] == 0xBF, bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF {
                        forbidden = true
                        width = 3
                    }
                default: break
                }
                if escape == nil && !forbidden {
                    index += 1
                    continue
                }
                flushRun(index)
                if let escape {
                    out.write(bytes: UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
                } else {
                    out.write(bytes: XMLEscaper.replacement)
                    count += 1
                }
                index += width
                runStart = index
            }
            flushRun(end)
        }
        replaced += count
        try out.flushIfFull()
    }
}
