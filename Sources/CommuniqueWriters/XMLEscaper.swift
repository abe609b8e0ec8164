/// Escapes text for XML 1.0 content and attribute values, byte by byte over
/// UTF-8, replacing the characters XML 1.0 forbids (C0 controls other than
/// TAB, LF and CR; U+FFFE; U+FFFF) by U+FFFD and counting them.
package struct XMLEscaper {
    /// How many forbidden characters were replaced so far.
    package private(set) var replaced = 0

    package init() {}

    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// What a byte needs: 0 nothing, 1 an entity or reference, 2 replacement
    /// (a forbidden control), 3 a look at the next bytes (0xEF: U+FFFE, U+FFFF?).
    private static func table(attribute: Bool) -> [UInt8] {
        var table = [UInt8](repeating: 0, count: 256)
        for byte in 0..<0x20 { table[byte] = 2 }
        for byte in [0x26, 0x3C, 0x3E, 0x0D] { table[byte] = 1 }  // & < > CR
        table[0x09] = attribute ? 1 : 0
        table[0x0A] = attribute ? 1 : 0
        if attribute { table[0x22] = 1 }
        table[0xEF] = 3
        return table
    }

    private static let textTable = table(attribute: false)
    private static let attributeTable = table(attribute: true)

    /// Element content: `&`, `<`, `>` as entities, CR as `&#13;` (parsers
    /// would otherwise normalise it away).
    package mutating func appendText(_ text: String, to out: ByteWriter) throws {
        var text = text
        text.withUTF8 { append($0, to: out, table: XMLEscaper.textTable) }
        try out.flushIfFull()
    }

    /// Attribute values in double quotes: also `"`, TAB and LF as references,
    /// which attribute-value normalisation would otherwise turn into spaces.
    package mutating func appendAttribute(_ text: String, to out: ByteWriter) throws {
        var text = text
        text.withUTF8 { append($0, to: out, table: XMLEscaper.attributeTable) }
        try out.flushIfFull()
    }

    /// The same for UTF-8 bytes (which must be valid UTF-8), as attribute value.
    package mutating func appendAttribute(bytes: UnsafeBufferPointer<UInt8>, to out: ByteWriter) {
        append(bytes, to: out, table: XMLEscaper.attributeTable)
    }

    /// The same for UTF-8 bytes (which must be valid UTF-8), as element content.
    package mutating func appendText(bytes: UnsafeBufferPointer<UInt8>, to out: ByteWriter) {
        append(bytes, to: out, table: XMLEscaper.textTable)
    }

    @inline(__always)
    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, to out: ByteWriter, table: [UInt8]) {
        table.withUnsafeBufferPointer { table in
            var index = 0
            var runStart = 0
            let end = bytes.count
            while index < end {
                let byte = bytes[index]
                let need = table[Int(byte)]
                if need == 0 {
                    index += 1
                    continue
                }
                var width = 1
                if need == 3 {
                    guard index + 2 < end, bytes[index + 1] == 0xBF, bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF else {
                        index += 1
                        continue
                    }
                    width = 3
                }
                if index > runStart { out.write(bytes: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                if need == 1 {
                    let escape: StaticString
                    switch byte {
                    case UInt8(ascii: "&"): escape = "&amp;"
                    case UInt8(ascii: "<"): escape = "&lt;"
                    case UInt8(ascii: ">"): escape = "&gt;"
                    case 0x0D: escape = "&#13;"
                    case UInt8(ascii: "\""): escape = "&quot;"
                    case 0x09: escape = "&#9;"
                    default: escape = "&#10;"
                    }
                    out.write(bytes: UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
                } else {
                    out.write(bytes: XMLEscaper.replacement)
                    replaced += 1
                }
                index += width
                runStart = index
            }
            if end > runStart { out.write(bytes: UnsafeBufferPointer(rebasing: bytes[runStart..<end])) }
        }
    }
}
