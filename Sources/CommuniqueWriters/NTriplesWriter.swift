import CommuniqueGraph

/// Writes a graph as N-Triples (one triple a line, sorted), the form bulk
/// loaders take and the one to compare graphs by. Characters XML 1.0 forbids
/// are replaced by U+FFFD (and counted) here too, so every export of a graph
/// holds the same graph; Raptor refuses U+FFFE and U+FFFF even escaped.
package struct NTriplesWriter {
    package init() {}

    package func write(_ graph: Graph, to out: ByteWriter) throws -> WriteReport {
        try write(SortedGraph(graph), to: out)
    }

    /// Writes a graph already sorted for the writers (one sort for every format).
    package func write(_ graph: SortedGraph, to out: ByteWriter) throws -> WriteReport {
        var report = WriteReport()
        var replaced = 0
        let terms = graph.terms
        // blank nodes are numbered in code-point order of their labels (see BlankNodeNames)
        func blankName(_ number: Int) -> String { "b\(number - graph.firstBlank + 1)" }
        // what each predicate is written as, made once
        let predicates = graph.predicates.map { predicate -> [UInt8] in
            var text = "<"
            NTriplesWriter.appendIRI(predicate.value, to: &text)
            text += "> "
            return Array(text.utf8)
        }
        for (index, subject) in graph.subjects.enumerated() {
            var subjectText = ""
            if Int(subject) >= graph.firstBlank {
                subjectText = "_:" + blankName(Int(subject))
            } else {
                NTriplesWriter.appendTerm(terms[Int(subject)], names: BlankNodeNames(labels: []), to: &subjectText,
                                          replaced: &replaced)
            }
            subjectText += " "
            let subjectBytes = Array(subjectText.utf8)
            for entry in graph.statements(ofSubjectAt: index) {
                // most IRIs and literals need no escape: their bytes go straight out
                out.write(bytes: subjectBytes)
                out.write(bytes: predicates[Int(entry.predicate)])
                switch terms[Int(entry.object)] {
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
                        out.write(literal: "^^<")
                        try NTriplesWriter.writeIRI(datatype.value, to: out)
                        out.write(byte: UInt8(ascii: ">"))
                    }
                case .blank:
                    try out.write("_:" + blankName(Int(entry.object)))
                }
                out.write(literal: " .\n")
                try out.flushIfFull()
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
