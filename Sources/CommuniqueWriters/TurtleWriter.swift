import CommuniqueGraph

/// Writes a graph as Turtle: the well-known prefixes, one block per subject,
/// `a` for `rdf:type`, prefixed names where the local part is plainly safe.
package struct TurtleWriter {
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
        for (prefix, namespace) in Vocabulary.prefixes {
            try out.write("@prefix \(prefix): <\(namespace)> .\n")
        }
        for subject in subjects {
            var block = "\n"
            append(subject, names: names, to: &block, replaced: &replaced)
            var previous: IRI? = nil
            for statement in graph.statements(of: subject) {
                if statement.predicate == previous {
                    block += " ,\n        "
                } else {
                    block += previous == nil ? "\n    " : " ;\n    "
                    if statement.predicate == Vocabulary.RDF.type {
                        block += "a"
                    } else {
                        append(.iri(statement.predicate), names: names, to: &block, replaced: &replaced)
                    }
                    block += " "
                    previous = statement.predicate
                }
                append(statement.object, names: names, to: &block, replaced: &replaced)
                report.triples += 1
            }
            block += " .\n"
            try out.write(block)
            report.nodes += 1
        }
        try out.flush()
        report.replacedCharacters = replaced
        return report
    }

    private func append(_ term: Term, names: BlankNodeNames, to text: inout String, replaced: inout Int) {
        if case .iri(let iri) = term, let prefixed = TurtleWriter.prefixedName(iri) {
            text += prefixed
        } else if case .literal(let literal) = term, literal.language == nil, let datatype = literal.datatype,
                  let prefixed = TurtleWriter.prefixedName(datatype) {
            text += "\""
            NTriplesWriter.appendEscaped(literal.lexicalForm, to: &text, replaced: &replaced)
            text += "\"^^" + prefixed
        } else {
            NTriplesWriter.appendTerm(term, names: names, to: &text, replaced: &replaced)
        }
    }

    /// `prefix:local` when the IRI starts with a well-known namespace and the
    /// rest is made of ASCII letters, digits, `_` and inner `-`.
    static func prefixedName(_ iri: IRI) -> String? {
        for (prefix, namespace) in Vocabulary.prefixes where iri.value.hasPrefix(namespace) {
            let local = iri.value.utf8.dropFirst(namespace.utf8.count)
            guard let first = local.first, let last = local.last else { continue }
            let isLetter = { (byte: UInt8) in (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x5F }
            let isDigit = { (byte: UInt8) in (0x30...0x39).contains(byte) }
            guard isLetter(first), last != UInt8(ascii: "-"),
                  local.allSatisfy({ isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "-") }) else { continue }
            return prefix + ":" + String(decoding: local, as: UTF8.self)
        }
        return nil
    }
}
