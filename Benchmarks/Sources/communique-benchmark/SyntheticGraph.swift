import CommuniqueGraph

/// A graph shaped like an export (articles, persons, meetings, declarations
/// with labels in several scripts, language tags, datatypes and weights)
/// with about `triples` triples, the same for the same size.
enum SyntheticGraph {
    static func make(triples target: Int) -> Graph {
        var graph = Graph()
        let base = Vocabulary.defaultBase
        let names = ["Laurent Moreau", "Karim Bennani", "كريم بناني", "کریم بنانی", "Javier García Morales", "Θ. Papadopoulos",
                     "Anouk de Vries", "Jürgen Krüger", "Ayşe Yılmaz", "Jean-Pierre O'Neill & Co <test>"]
        let languages = ["fr", "ar", "fa", "en", "de", "nl", "es", "it"]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
        let persons = max(10, target / 60)
        let articles = max(10, target / 25)
        var index = 0
        while graph.tripleCount < target {
            let article = IRI(base + "article/syn-\(index)")
            graph.add(article, Vocabulary.RDF.type, Vocabulary.CQ.Article)
            graph.add(article, Vocabulary.DCTerms.identifier, Literal("syn-\(index)"))
            graph.add(article, Vocabulary.DCTerms.language, Literal(languages[index % languages.count]))
            graph.add(article, Vocabulary.DCTerms.title,
                      Literal("Talks in the capital on migration and security, report \(index)", language: languages[index % 8]))
            graph.add(article, Vocabulary.DCTerms.date, Literal("2024-05-\(10 + index % 18)", datatype: Vocabulary.XSD.date))
            graph.add(article, Vocabulary.CQ.path, Literal("fr/000/syn-\(index).txt"))

            let person = IRI(base + "person/p-\(next(persons))")
            graph.add(person, Vocabulary.RDF.type, Vocabulary.CQ.Person)
            graph.add(person, Vocabulary.RDF.type, Vocabulary.CQ.Minister)
            graph.add(person, Vocabulary.RDFS.label, Literal(names[next(names.count)]))
            graph.add(person, Vocabulary.SKOS.altLabel, Literal(names[next(names.count)], language: languages[next(8)]))
            graph.add(person, Vocabulary.CQ.source, article)

            let meeting = IRI(base + "meeting/m-\(index % max(1, articles / 4))")
            let other = IRI(base + "person/p-\(next(persons))")
            graph.add(meeting, Vocabulary.RDF.type, Vocabulary.CQ.Meeting)
            graph.add(meeting, Vocabulary.RDFS.label, Literal("Meeting of \(names[next(4)]), \(names[4 + next(4)])", language: "en"))
            graph.add(meeting, Vocabulary.CQ.participant, person, weight: 1 + next(4))
            graph.add(meeting, Vocabulary.CQ.participant, other, weight: 1 + next(4))
            graph.add(meeting, Vocabulary.CQ.topic, IRI(Vocabulary.cqt + ["migration", "security", "border-control"][next(3)]))
            graph.add(meeting, Vocabulary.CQ.evidence,
                      Literal("The two ministers met on \(index) May and agreed to step up \"joint\" work.\tLine two.", language: "en"))
            graph.add(meeting, Vocabulary.CQ.source, article)
            index += 1
        }
        return graph
    }
}
