/// An RDF graph kept as one description per subject, which is the shape every
/// writer needs (RDF/XML writes one element per subject, GraphML one node).
/// Each statement carries a weight: how many sources support it.
///
/// Terms and predicates are numbered as they are first added, and a subject's
/// statements are kept as pairs of numbers: adding a triple hashes each of
/// its terms once, and `SortedGraph` orders the graph without hashing again.
package struct Graph: Sendable {
    /// Every distinct term (subject or object), by number.
    private var terms: [Term] = []
    private var termNumbers: [Term: Int32] = [:]
    /// Every distinct predicate, by number.
    private var predicates: [IRI] = []
    private var predicateNumbers: [IRI: Int32] = [:]
    /// Term number → (predicate number << 32 | object number) → weight; empty for a term that is no subject.
    private var descriptions: [[UInt64: Int]] = []
    package private(set) var tripleCount = 0
    package private(set) var subjectCount = 0

    package init() {}

    /// Adds a triple; adding it again keeps the larger weight.
    package mutating func add(_ subject: Term, _ predicate: IRI, _ object: Term, weight: Int = 1) {
        precondition(subject.isResource, "a literal cannot be a subject")
        let subjectNumber = number(subject)
        let key = Graph.key(number(predicate), number(object))
        let wasEmpty = descriptions[Int(subjectNumber)].isEmpty
        if Graph.update(&descriptions[Int(subjectNumber)], key, weight) {
            tripleCount += 1
            if wasEmpty { subjectCount += 1 }
        }
    }

    package mutating func add(_ subject: IRI, _ predicate: IRI, _ object: IRI, weight: Int = 1) {
        add(.iri(subject), predicate, .iri(object), weight: weight)
    }

    package mutating func add(_ subject: IRI, _ predicate: IRI, _ literal: Literal) {
        add(.iri(subject), predicate, .literal(literal))
    }

    @inline(__always)
    private static func key(_ predicate: Int32, _ object: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: predicate)) << 32 | UInt64(UInt32(bitPattern: object))
    }

    /// Keeps the larger weight of `key`; true when it is new.
    @inline(__always)
    private static func update(_ statements: inout [UInt64: Int], _ key: UInt64, _ weight: Int) -> Bool {
        if let index = statements.index(forKey: key) {
            if statements.values[index] < weight { statements.values[index] = weight }
            return false
        }
        statements[key] = max(weight, 0)
        return true
    }

    private mutating func number(_ term: Term) -> Int32 {
        if let known = termNumbers[term] { return known }
        let next = Int32(terms.count)
        termNumbers[term] = next
        terms.append(term)
        descriptions.append([:])
        return next
    }

    private mutating func number(_ predicate: IRI) -> Int32 {
        if let known = predicateNumbers[predicate] { return known }
        let next = Int32(predicates.count)
        predicateNumbers[predicate] = next
        predicates.append(predicate)
        return next
    }

    private func statement(_ key: UInt64) -> Statement {
        Statement(predicates[Int(key >> 32)], terms[Int(key & 0xFFFF_FFFF)])
    }

    private func description(of subject: Term) -> [UInt64: Int]? {
        guard let number = termNumbers[subject] else { return nil }
        let statements = descriptions[Int(number)]
        return statements.isEmpty ? nil : statements
    }

    /// Adds every triple of `other`.
    package mutating func formUnion(_ other: Graph) {
        for (subject, statements) in zip(other.terms, other.descriptions) where !statements.isEmpty {
            for (key, weight) in statements {
                let statement = other.statement(key)
                add(subject, statement.predicate, statement.object, weight: weight)
            }
        }
    }

    /// The terms, predicates and statements by number, for `SortedGraph`.
    package func withNumbers<Result>(_ body: (_ terms: [Term], _ predicates: [IRI], _ descriptions: [[UInt64: Int]]) -> Result) -> Result {
        body(terms, predicates, descriptions)
    }

    /// Calls `body` with every subject and what is said of it (with weights), in no particular order.
    package func forEachDescription(_ body: (Term, [(statement: Statement, weight: Int)]) -> Void) {
        for (subject, statements) in zip(terms, descriptions) where !statements.isEmpty {
            body(subject, statements.map { (statement($0.key), $0.value) })
        }
    }

    /// Subjects in a fixed order: IRIs by code point, then blank nodes.
    package func sortedSubjects() -> [Term] {
        zip(terms, descriptions).compactMap { $0.1.isEmpty ? nil : $0.0 }.sorted()
    }

    /// What is said of `subject`, `rdf:type` first, in a fixed order.
    package func statements(of subject: Term) -> [Statement] {
        guard let statements = description(of: subject) else { return [] }
        return statements.keys.map(statement).sorted()
    }

    /// Every subject with what is said of it, both in the writers' order:
    /// one pass for writers instead of a look-up and a sort per subject.
    package func sortedDescriptions() -> [(subject: Term, statements: [Statement])] {
        let sorted = SortedGraph(self)
        return sorted.subjects.indices.map { index in
            (subject: sorted.terms[Int(sorted.subjects[index])],
             statements: sorted.statements(ofSubjectAt: index).map {
                 Statement(sorted.predicates[Int($0.predicate)], sorted.terms[Int($0.object)])
             })
        }
    }

    /// What is said of `subject`, in no particular order: for passes that only
    /// collect (predicates, blank nodes, resources), which need no sorting.
    package func unorderedStatements(of subject: Term) -> [Statement]? {
        description(of: subject).map { $0.keys.map(statement) }
    }

    package func weight(_ subject: Term, _ statement: Statement) -> Int {
        guard let statements = description(of: subject), let predicate = predicateNumbers[statement.predicate],
              let object = termNumbers[statement.object] else { return 0 }
        return statements[Graph.key(predicate, object)] ?? 0
    }

    package func objects(_ subject: Term, _ predicate: IRI) -> [Term] {
        guard let statements = description(of: subject), let number = predicateNumbers[predicate] else { return [] }
        return statements.keys.filter { $0 >> 32 == UInt64(UInt32(bitPattern: number)) }
            .map { terms[Int($0 & 0xFFFF_FFFF)] }.sorted()
    }

    package func types(of subject: Term) -> [IRI] {
        objects(subject, Vocabulary.RDF.type).compactMap(\.iri)
    }

    package func contains(_ subject: Term) -> Bool { description(of: subject) != nil }

    /// Every triple, in the writers' order.
    package func sortedTriples() -> [(Term, Statement)] {
        sortedDescriptions().flatMap { description in description.statements.map { (description.subject, $0) } }
    }
}
