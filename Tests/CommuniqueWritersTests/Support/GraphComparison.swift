import CommuniqueGraph
import CommuniqueWriters

/// One triple as a comparable value, for checking that two graphs are equal.
struct Triple: Hashable, CustomStringConvertible {
    var subject: Term
    var predicate: IRI
    var object: Term

    var description: String { "\(subject) <\(predicate.value)> \(object)" }
}

extension Graph {
    /// Every triple, as a set.
    var tripleSet: Set<Triple> {
        Set(sortedTriples().map { Triple(subject: $0.0, predicate: $0.1.predicate, object: $0.1.object) })
    }

    /// The graph with its blank nodes named the way the writers name them
    /// (`b1`, `b2`, ...), to compare it with what a reader gives back.
    func blankNodesRenamed() -> Graph {
        var labels = Set<String>()
        for (subject, statement) in sortedTriples() {
            if case .blank(let label) = subject { labels.insert(label) }
            if case .blank(let label) = statement.object { labels.insert(label) }
        }
        let names = BlankNodeNames(labels: labels)
        func rename(_ term: Term) -> Term {
            if case .blank(let label) = term { return .blank(names.name(label)) }
            return term
        }
        var result = Graph()
        for (subject, statement) in sortedTriples() {
            result.add(rename(subject), statement.predicate, rename(statement.object), weight: weight(subject, statement))
        }
        return result
    }

    /// The graph as the XML-based writers must leave it: characters XML 1.0
    /// forbids replaced by U+FFFD.
    func xmlSafe() -> Graph {
        mappingLiterals { TextCleaner.xmlSafe($0).text }
    }
}

extension RDFConsumerReport.Object {
    /// What consumers.py reports for `term` when a parser read it right.
    init(_ term: Term) {
        switch term {
        case .iri(let iri):
            self.init(iri: iri.value)
        case .blank:
            self.init(blank: true)
        case .literal(let literal):
            self.init(value: literal.lexicalForm, language: literal.language, datatype: literal.datatype?.value)
        }
    }
}
