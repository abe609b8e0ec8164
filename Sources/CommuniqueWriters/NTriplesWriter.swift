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
        let subjects = graph.sortedSubjects()
        for subject in subjects {
            if case .blank(let label) = subject { blankLabels.insert(label) }
            for statement in graph.statements(of: subject) {
                if case .blank(let label) = statement.object { blankLabels.insert(label) }
            }
        }
        let names = BlankNodeNames(labels: blankLabels)
        var replaced = 0
        for subject in subjects {
            var subjectText = ""
            NTriplesWriter.appendTerm(subject, names: names, to: &subjectText, replaced: &replaced)
            for statement in graph.statements(of: subject) {
                var line = subjectText
                line += " <"
                NTriplesWriter.appendIRI(statement.predicate.value, to: &line)
                line += "> "
                NTriplesWriter.appendTerm(statement.object, names: names, to: &line, replaced: &replaced)
                line += " .\n"
                try out.write(line)
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
