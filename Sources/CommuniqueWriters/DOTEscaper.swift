/// Writes DOT quoted strings (IDs and label values) that Graphviz reads back
/// as the text they hold: `"` and `\` escaped (so `\N`, `\G`, `\l` in a label
/// stay literal), `&` as `&amp;` (Graphviz expands entities such as `&lt;` or
/// `&#945;` in labels), line breaks as `\n`, and characters a label must not carry
/// (C0 and C1 controls, U+FFFE, U+FFFF) replaced by U+FFFD and counted.
package struct DOTEscaper {
    /// How many characters were replaced so far.
    package private(set) var replaced = 0

    package init() {}

    /// Writes `lines` as one quoted string, the lines joined by `\n`
    /// (centred line breaks).
    package mutating func appendQuoted(_ lines: [String], to out: ByteWriter) throws {
        var text = "\""
        for (index, line) in lines.enumerated() {
            if index > 0 { text += "\\n" }
            append(line, to: &text)
        }
        text += "\""
        try out.write(text)
    }

    /// The quoted form of `text` (for tests and small uses).
    package mutating func quoted(_ text: String) -> String {
        var result = "\""
        append(text, to: &result)
        return result + "\""
    }

    private mutating func append(_ line: String, to text: inout String) {
        for scalar in line.unicodeScalars {
            switch scalar.value {
            case 0x22: text += "\\\""
            case 0x5C: text += "\\\\"
            case 0x26: text += "&amp;"
            case 0x0A: text += "\\n"
            case 0x0D: continue
            case 0x09: text += " "
            case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF:
                text += "\u{FFFD}"
                replaced += 1
            default:
                text.unicodeScalars.append(scalar)
            }
        }
    }
}
