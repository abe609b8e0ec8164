import CommuniqueGraph

/// Writes a graph as N-Triples (one triple a line, sorted), the form bulk
/// loaders take and the one to compare graphs by. Characters XML 1.0 forbids
/// are replaced by U+FFFD (and counted) here too, so every export of a graph
/// holds the same graph; Raptor refuses U+FFFE and U+FFFF even escaped.
package struct NTriplesWriter {
    package init() {}

    package func write(_ graph: Graph, to out: ByteWriter) throws -> WriteReport {
        var report = WriteReport()
        var blankLabels = Set<String>()
        let descriptions = graph.sortedDescriptions()
        for (subject, statements) in descriptions {
            if case .blank(let label) = subject { blankLabels.insert(label) }
            for statement in statements {
                if case .blank(let label) = statement.object { blankLabels.insert(label) }
            }
        }
        let names = BlankNodeNames(labels: blankLabels)
        var replaced = 0
        for (subject, statements) in descriptions {
            var subjectText = ""
            NTriplesWriter.appendTerm(subject, names: names, to: &subjectText, replaced: &replaced)
            subjectText += " "
            for statement in statements {
                // most IRIs and literals need no escape: their bytes go straight out
                try out.write(subjectText)
                out.write(byte: UInt8(ascii: "<"))
                try NTriplesWriter.writeIRI(statement.predicate.value, to: out)
                try out.write("> ")
                switch statement.object {
                case .iri(let iri):
                    out.write(byte: UInt8(ascii: "<"))
                    try NTriplesWriter.writeIRI(iri.value, to: out)
                    out.write(byte: UInt8(ascii: ">"))
                case .literal(let literal):
                    out.write(byte: UInt8(ascii: "\""))
                    if NTriplesWriter.needsEscape(literal.lexicalForm) {
                        var text = ""
                        NTriplesWriter.appendEscaped(literal.lexicalForm, to: &text, replaced: &replaced)
                        try out.write(text)
                    } else {
                        try out.write(literal.lexicalForm)
                    }
                    out.write(byte: UInt8(ascii: "\""))
                    if let language = literal.language {
                        out.write(byte: UInt8(ascii: "@"))
                        try out.write(language)
                    } else if let datatype = literal.datatype {
                        try out.write("^^<")
                        try NTriplesWriter.writeIRI(datatype.value, to: out)
                        out.write(byte: UInt8(ascii: ">"))
                    }
                case .blank:
                    var text = ""
                    NTriplesWriter.appendTerm(statement.object, names: names, to: &text, replaced: &replaced)
                    try out.write(text)
                }
                try out.write(" .\n")
                report.triples += 1
            }
            report.nodes += 1
        }
        try out.flush()
        report.replacedCharacters = replaced
        return report
    }

    static func appendTerm(_ term: Term, names: BlankNodeNames, to line: inout String, replaced: inout Int) {
        switch term {
        case .iri(let iri):
            line += "<"
            appendIRI(iri.value, to: &line)
            line += ">"
        case .blank(let label):
            line += "_:" + names.name(label)
        case .literal(let literal):
            line += "\""
            appendEscaped(literal.lexicalForm, to: &line, replaced: &replaced)
            line += "\""
            if let language = literal.language {
                line += "@" + language
            } else if let datatype = literal.datatype {
                line += "^^<"
                appendIRI(datatype.value, to: &line)
                line += ">"
            }
        }
    }

    static func writeIRI(_ value: String, to out: ByteWriter) throws {
        let plain = value.utf8.allSatisfy { byte in
            switch byte {
            case 0...0x20, 0x22, 0x3C, 0x3E, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D: return false
            default: return true
            }
        }
        if plain {
            try out.write(value)
        } else {
            var text = ""
            appendIRI(value, to: &text)
            try out.write(text)
        }
    }

    /// True when `appendEscaped` would change `value` (checked on its UTF-8 bytes).
    static func needsEscape(_ value: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in value.utf8 {
            switch byte {
            case 0..<0x20, 0x22, 0x5C, 0x7F: return true
            case 0xBE, 0xBF where previous == (0xEF, 0xBF): return true  // U+FFFE, U+FFFF
            default: break
            }
            previous = (previous.1, byte)
        }
        return false
    }

    /// IRIs are percent-encoded where needed on creation; a backslash or a
    /// control that still reaches here is written as a `\u` escape.
    static func appendIRI(_ value: String, to line: inout String) {
        for scalar in value.unicodeScalars {
            switch scalar.value {
            case 0...0x20, 0x22, 0x3C, 0x3E, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D:
                line += unicodeEscape(scalar)
            default:
                line.unicodeScalars.append(scalar)
            }
        }
    }

    /// A string's content between double quotes: `"`, `\\`, LF, CR and TAB
    /// escaped, other C0 controls, U+FFFE and U+FFFF as U+FFFD (they are not
    /// XML characters, see above), DEL as a `\u` escape.
    static func appendEscaped(_ value: String, to line: inout String, replaced: inout Int) {
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": line += "\\\""
            case "\\": line += "\\\\"
            case "\n": line += "\\n"
            case "\r": line += "\\r"
            case "\t": line += "\\t"
            default:
                if !TextCleaner.isXMLChar(scalar) {
                    line.unicodeScalars.append("\u{FFFD}")
                    replaced += 1
                } else if scalar.value == 0x7F {
                    line += unicodeEscape(scalar)
                } else {
                    line.unicodeScalars.append(scalar)
                }
            }
        }
    }

    static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        if scalar.value <= 0xFFFF {
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
        return "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
    }
}
