#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A graph's terms numbered in the writers' order and its triples as numbers,
/// sorted once: what the writers walk instead of sorting statements (and
/// hashing terms) per subject. Term numbers follow `Term` order (IRIs by code
/// point, then blank nodes, then literals), predicate numbers `Statement`
/// order (`rdf:type` first, then by code point), so walking the subjects and
/// their statements by number gives the order of `Graph.sortedDescriptions()`.
package struct SortedGraph: Sendable {
    /// One statement of a subject, by numbers.
    package struct Entry: Sendable {
        package let predicate: Int32
        package let object: Int32
        /// How many sources support the triple.
        package let weight: Int
    }

    /// Every distinct subject and object, in `Term` order.
    package let terms: [Term]
    /// Every distinct predicate, in `Statement` order.
    package let predicates: [IRI]
    /// The term numbers of the subjects, ascending.
    package let subjects: [Int32]
    /// The statements of subject `i` are `entries[starts[i]..<starts[i + 1]]`.
    package let starts: [Int]
    package let entries: [Entry]
    /// The number of the first blank node in `terms` (blank nodes are consecutive).
    package let firstBlank: Int
    /// The number of the first literal in `terms` (literals come last).
    package let firstLiteral: Int

    package var tripleCount: Int { entries.count }

    /// The statements of the subject at `index` in `subjects`.
    @inline(__always)
    package func statements(ofSubjectAt index: Int) -> ArraySlice<Entry> {
        entries[starts[index]..<starts[index + 1]]
    }

    package init(_ graph: Graph) {
        var firstBlank = 0
        var firstLiteral = 0
        var subjects: [Int32] = []
        var starts: [Int] = []
        var sortedTerms: [Term] = []
        var sortedPredicates: [IRI] = []
        var entries: [Entry] = []
        graph.withNumbers { terms, predicates, descriptions in
            // terms: IRIs by code point, blank nodes by code point, literals in their order
            var iris: [Int] = []
            var blanks: [Int] = []
            var literals: [Int] = []
            for (index, term) in terms.enumerated() {
                switch term {
                case .iri: iris.append(index)
                case .blank: blanks.append(index)
                case .literal: literals.append(index)
                }
            }
            SortedGraph.sort(&iris) { terms[$0].iri!.value }
            SortedGraph.sort(&blanks) { if case .blank(let label) = terms[$0] { return label } else { return "" } }
            SortedGraph.sort(&literals, tieBreak: { terms[$0].literal! < terms[$1].literal! }) { terms[$0].literal!.lexicalForm }
            var rank = [Int32](repeating: 0, count: terms.count)
            sortedTerms.reserveCapacity(terms.count)
            for index in iris {
                rank[index] = Int32(sortedTerms.count)
                sortedTerms.append(terms[index])
            }
            firstBlank = sortedTerms.count
            for index in blanks {
                rank[index] = Int32(sortedTerms.count)
                sortedTerms.append(terms[index])
            }
            firstLiteral = sortedTerms.count
            for index in literals {
                rank[index] = Int32(sortedTerms.count)
                sortedTerms.append(terms[index])
            }

            // predicates: rdf:type first, then by code point
            var predicateOrder = Array(predicates.indices)
            predicateOrder.sort { a, b in
                let lhsType = predicates[a] == Vocabulary.RDF.type
                let rhsType = predicates[b] == Vocabulary.RDF.type
                if lhsType != rhsType { return lhsType }
                return UTF8Order.precedes(predicates[a].value, predicates[b].value)
            }
            var predicateRank = [UInt64](repeating: 0, count: predicates.count)
            for (position, index) in predicateOrder.enumerated() { predicateRank[index] = UInt64(position) }
            sortedPredicates = predicateOrder.map { predicates[$0] }

            // subjects in term order, each with its statements by (predicate, object)
            var subjectTerms: [Int] = []  // original term numbers, in term order
            for index in iris where !descriptions[index].isEmpty { subjectTerms.append(index) }
            for index in blanks where !descriptions[index].isEmpty { subjectTerms.append(index) }
            var keys: [(key: UInt64, weight: Int)] = []
            keys.reserveCapacity(graph.tripleCount)
            subjects.reserveCapacity(subjectTerms.count)
            starts.reserveCapacity(subjectTerms.count + 1)
            for term in subjectTerms {
                subjects.append(rank[term])
                let start = keys.count
                starts.append(start)
                for (key, weight) in descriptions[term] {
                    keys.append((predicateRank[Int(key >> 32)] << 32 | UInt64(UInt32(bitPattern: rank[Int(key & 0xFFFF_FFFF)])),
                                 weight))
                }
                if keys.count - start > 1 {
                    keys.withUnsafeMutableBufferPointer { buffer in
                        var slice = UnsafeMutableBufferPointer(rebasing: buffer[start...])
                        slice.sort { $0.key < $1.key }
                    }
                }
            }
            starts.append(keys.count)
            entries = keys.map { Entry(predicate: Int32(truncatingIfNeeded: $0.key >> 32),
                                       object: Int32(truncatingIfNeeded: $0.key & 0xFFFF_FFFF), weight: $0.weight) }
        }
        self.terms = sortedTerms
        self.predicates = sortedPredicates
        self.subjects = subjects
        self.starts = starts
        self.entries = entries
        self.firstBlank = firstBlank
        self.firstLiteral = firstLiteral
    }

    /// Sorts `indices` by the code points of `text(index)`; equal texts by `tieBreak`.
    /// The texts are copied into one buffer once, so that each comparison is a `memcmp`.
    private static func sort(_ indices: inout [Int], tieBreak: ((Int, Int) -> Bool)? = nil, by text: (Int) -> String) {
        guard indices.count > 1 else { return }
        var bytes: [UInt8] = []
        var spans: [(offset: Int, count: Int)] = []
        spans.reserveCapacity(indices.count)
        for index in indices {
            var value = text(index)
            value.withUTF8 { utf8 in
                spans.append((bytes.count, utf8.count))
                bytes.append(contentsOf: utf8)
            }
        }
        var order = Array(0..<indices.count)
        bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress
            spans.withUnsafeBufferPointer { spans in
                order.sort { a, b in
                    let x = spans[a], y = spans[b]
                    let common = min(x.count, y.count)
                    if common > 0, let base {
                        let result = memcmp(base + x.offset, base + y.offset, common)
                        if result != 0 { return result < 0 }
                    }
                    if x.count != y.count { return x.count < y.count }
                    return tieBreak?(indices[a], indices[b]) ?? false
                }
            }
        }
        indices = order.map { indices[$0] }
    }
}
