import CommuniqueGraph
import Testing

/// The in-memory graph: a set of triples with weights, read back in one
/// fixed order whatever order they were added in.
@Suite("the graph")
struct GraphTests {
    let person = IRI("https://w3id.org/communique/id/person/nancy-faeser")
    let meeting = IRI("https://w3id.org/communique/id/meeting/2024-03-05-faeser")

    @Test("adding a triple twice keeps one triple with the larger weight")
    func duplicates() {
        var graph = Graph()
        graph.add(.iri(meeting), Vocabulary.CQ.participant, .iri(person), weight: 2)
        graph.add(.iri(meeting), Vocabulary.CQ.participant, .iri(person), weight: 1)
        #expect(graph.tripleCount == 1)
        #expect(graph.weight(.iri(meeting), Statement(Vocabulary.CQ.participant, .iri(person))) == 2)
        graph.add(.iri(meeting), Vocabulary.CQ.participant, .iri(person), weight: 5)
        #expect(graph.weight(.iri(meeting), Statement(Vocabulary.CQ.participant, .iri(person))) == 5)
        #expect(graph.tripleCount == 1)
    }

    @Test("literals that differ only in normalization are one triple")
    func nfcDuplicates() {
        var graph = Graph()
        graph.add(person, Vocabulary.SKOS.altLabel, Literal("Nancy Fa\u{0065}\u{0301}ser", language: "fr"))
        graph.add(person, Vocabulary.SKOS.altLabel, Literal("Nancy Faéser", language: "FR"))
        #expect(graph.tripleCount == 1)
    }

    @Test("statements come rdf:type first, then by predicate and object; subjects IRIs first, then blank nodes")
    func order() {
        var graph = Graph()
        graph.add(.blank("b"), Vocabulary.RDFS.label, .literal(Literal("blank")))
        graph.add(person, Vocabulary.RDFS.label, Literal("Nancy Faeser"))
        graph.add(person, Vocabulary.CQ.country, IRI("https://w3id.org/communique/id/country/de"))
        graph.add(person, Vocabulary.RDF.type, Vocabulary.CQ.Minister)
        graph.add(person, Vocabulary.RDF.type, Vocabulary.CQ.Person)
        graph.add(meeting, Vocabulary.RDF.type, Vocabulary.CQ.Meeting)
        #expect(graph.sortedSubjects() == [.iri(meeting), .iri(person), .blank("b")])
        let predicates = graph.statements(of: .iri(person)).map(\.predicate)
        #expect(predicates == [Vocabulary.RDF.type, Vocabulary.RDF.type, Vocabulary.RDFS.label, Vocabulary.CQ.country]
                .sorted { lhs, rhs in
                    if (lhs == Vocabulary.RDF.type) != (rhs == Vocabulary.RDF.type) { return lhs == Vocabulary.RDF.type }
                    return lhs < rhs
                })
        #expect(predicates.first == Vocabulary.RDF.type)
        #expect(graph.types(of: .iri(person)) == [Vocabulary.CQ.Minister, Vocabulary.CQ.Person])
    }

    @Test("the same triples added in any order, or as a union of parts, read back identically")
    func insertionOrder() {
        var triples: [(Term, IRI, Term)] = []
        for index in 0..<40 {
            let subject = index % 3 == 0 ? Term.blank("n\(index % 7)") : .iri(IRI("http://example.org/s/\(index % 11)"))
            triples.append((subject, IRI("http://example.org/p/\(index % 5)"), .literal(Literal("v\(index)", language: index % 2 == 0 ? "ar" : nil))))
            triples.append((subject, Vocabulary.RDF.type, .iri(IRI("http://example.org/C\(index % 4)"))))
        }
        func build(_ order: [(Term, IRI, Term)]) -> Graph {
            var graph = Graph()
            for (s, p, o) in order { graph.add(s, p, o) }
            return graph
        }
        let forward = build(triples)
        let backward = build(triples.reversed())
        var union = build(Array(triples[40...]))
        union.formUnion(build(Array(triples[..<40])))
        let description = { (graph: Graph) in graph.sortedTriples().map { "\($0.0) \($0.1.predicate) \($0.1.object)" } }
        #expect(description(forward) == description(backward))
        #expect(description(forward) == description(union))
        #expect(forward.tripleCount == backward.tripleCount && forward.tripleCount == union.tripleCount)
    }

    @Test("the writers' sorted numbering walks subjects and statements in the graph's order, with weights")
    func sortedNumbering() {
        var graph = Graph()
        let subjects: [Term] = [.iri(person), .iri(meeting), .blank("z"), .blank("a\u{0301}"), .iri(IRI("http://example.org/\u{00E9}t\u{00E9}")),
                                .iri(IRI("http://example.org/e"))]
        let predicates = [Vocabulary.RDF.type, Vocabulary.RDFS.label, Vocabulary.SKOS.altLabel, Vocabulary.CQ.participant,
                          IRI("http://example.org/p/1")]
        let objects: [Term] = [.iri(person), .blank("z"), .literal(Literal("Nancy")), .literal(Literal("Nancy", language: "de")),
                               .literal(Literal("Nancy", language: "ar")), .literal(Literal("Nancy", datatype: Vocabulary.XSD.date)),
                               .literal(Literal("نانسي")), .literal(Literal("")), .iri(Vocabulary.CQ.Person), .iri(meeting)]
        var weight = 0
        for (a, subject) in subjects.enumerated() {
            for (b, predicate) in predicates.enumerated() {
                for (c, object) in objects.enumerated() where (a + 2 * b + 3 * c) % 4 != 0 {
                    weight += 1
                    graph.add(subject, predicate, object, weight: weight % 5)
                }
            }
        }
        let sorted = SortedGraph(graph)
        #expect(sorted.tripleCount == graph.tripleCount)
        let expected = graph.sortedSubjects().map { subject in
            (subject, graph.statements(of: subject).map { ($0, graph.weight(subject, $0)) })
        }
        #expect(sorted.subjects.count == expected.count)
        for (index, (subject, statements)) in expected.enumerated() where index < sorted.subjects.count {
            #expect(sorted.terms[Int(sorted.subjects[index])] == subject)
            let walked = sorted.statements(ofSubjectAt: index).map {
                (Statement(sorted.predicates[Int($0.predicate)], sorted.terms[Int($0.object)]), $0.weight)
            }
            #expect(walked.map(\.0) == statements.map(\.0), "statements of \(subject)")
            #expect(walked.map(\.1) == statements.map(\.1), "weights of \(subject)")
        }
        // terms are in Term order, blank nodes and literals each together
        #expect(zip(sorted.terms, sorted.terms.dropFirst()).allSatisfy { $0 < $1 })
        #expect(sorted.terms[sorted.firstBlank...].prefix(sorted.firstLiteral - sorted.firstBlank).allSatisfy {
            if case .blank = $0 { return true } else { return false }
        })
    }
}
