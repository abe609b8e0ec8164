/// An RDF graph kept as one description per subject, which is the shape every
/// writer needs (RDF/XML writes one element per subject, GraphML one node).
/// Each statement carries a weight: how many sources support it.
package struct Graph: Sendable {
    private var descriptions: [Term: [Statement: Int]] = [:]
    package private(set) var tripleCount = 0

    package init() {}

    /// Adds a triple; adding it again keeps the larger weight.
    package mutating func add(_ subject: Term, _ predicate: IRI, _ object: Term, weight: Int = 1) {
        precondition(subject.isResource, "a literal cannot be a subject")
        let statement = Statement(predicate, object)
        let previous = descriptions[subject, default: [:]].updateValue(
            max(weight, descriptions[subject]?[statement] ?? 0), forKey: statement)
        if previous == nil { tripleCount += 1 }
    }

    package mutating func add(_ subject: IRI, _ predicate: IRI, _ object: IRI, weight: Int = 1) {
        add(.iri(subject), predicate, .iri(object), weight: weight)
    }

    package mutating func add(_ subject: IRI, _ predicate: IRI, _ literal: Literal) {
        add(.iri(subject), predicate, .literal(literal))
    }

    /// Adds every triple of `other`.
    package mutating func formUnion(_ other: Graph) {
        for (subject, statements) in other.descriptions {
            for (statement, weight) in statements {
                add(subject, statement.predicate, statement.object, weight: weight)
            }
        }
    }

    package var subjectCount: Int { descriptions.count }

    /// Subjects in a fixed order: IRIs by code point, then blank nodes.
    package func sortedSubjects() -> [Term] {
        descriptions.keys.sorted()
    }

    /// What is said of `subject`, `rdf:type` first, in a fixed order.
    package func statements(of subject: Term) -> [Statement] {
        guard let statements = descriptions[subject] else { return [] }
        return statements.keys.sorted()
    }

    /// Every subject with what is said of it, both in the writers' order:
    /// one pass for writers instead of a look-up and a sort per subject.
    package func sortedDescriptions() -> [(subject: Term, statements: [Statement])] {
        descriptions.map { (subject: $0.key, statements: $0.value.keys.sorted()) }.sorted { $0.subject < $1.subject }
    }

    /// What is said of `subject`, in no particular order: for passes that only
    /// collect (predicates, blank nodes, resources), which need no sorting.
    package func unorderedStatements(of subject: Term) -> Dictionary<Statement, Int>.Keys? {
        descriptions[subject]?.keys
    }

    package func weight(_ subject: Term, _ statement: Statement) -> Int {
        descriptions[subject]?[statement] ?? 0
    }

    package func objects(_ subject: Term, _ predicate: IRI) -> [Term] {
        guard let statements = descriptions[subject] else { return [] }
        return statements.keys.filter { $0.predicate == predicate }.map(\.object).sorted()
    }

    package func types(of subject: Term) -> [IRI] {
        objects(subject, Vocabulary.RDF.type).compactMap(\.iri)
    }

    package func contains(_ subject: Term) -> Bool { descriptions[subject] != nil }

    /// Every triple, in the writers' order.
    package func sortedTriples() -> [(Term, Statement)] {
        sortedSubjects().flatMap { subject in statements(of: subject).map { (subject, $0) } }
    }
}
