/// A predicate and object said of one subject: the unit a subject's
/// description is made of.
package struct Statement: Hashable, Comparable, Sendable {
    package let predicate: IRI
    package let object: Term

    package init(_ predicate: IRI, _ object: Term) {
        self.predicate = predicate
        self.object = object
    }

    /// `rdf:type` first, then by predicate IRI, then by object.
    package static func < (lhs: Statement, rhs: Statement) -> Bool {
        let lhsType = lhs.predicate == Vocabulary.RDF.type
        let rhsType = rhs.predicate == Vocabulary.RDF.type
        if lhsType != rhsType { return lhsType }
        if lhs.predicate != rhs.predicate { return lhs.predicate < rhs.predicate }
        return lhs.object < rhs.object
    }
}
