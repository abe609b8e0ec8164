/// A node of the graph: an IRI, a blank node or a literal.
package enum Term: Hashable, Comparable, Sendable {
    case iri(IRI)
    /// A blank node label; writers make it an NCName.
    case blank(String)
    case literal(Literal)

    package var iri: IRI? {
        if case .iri(let iri) = self { return iri }
        return nil
    }

    package var literal: Literal? {
        if case .literal(let literal) = self { return literal }
        return nil
    }

    package var isResource: Bool {
        if case .literal = self { return false }
        return true
    }

    private var rank: Int {
        switch self {
        case .iri: return 0
        case .blank: return 1
        case .literal: return 2
        }
    }

    package static func < (lhs: Term, rhs: Term) -> Bool {
        switch (lhs, rhs) {
        case (.iri(let a), .iri(let b)): return a < b
        case (.blank(let a), .blank(let b)): return UTF8Order.precedes(a, b)
        case (.literal(let a), .literal(let b)): return a < b
        default: return lhs.rank < rhs.rank
        }
    }
}
