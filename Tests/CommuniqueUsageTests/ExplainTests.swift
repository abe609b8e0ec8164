import Communique
import CommuniqueGraph
import CommuniqueTestSupport
import CommuniqueWriters
import Foundation
import Testing

/// `communique explain NAME`: what the graph says about a person, meeting,
/// institution or declaration, with the evidence sentences and the articles
/// behind each link, found by any written form.
@Suite("explain")
struct ExplainTests {
    let graph = TestPaths.repository + "/output/graph.rdf"

    func explain(_ name: String, graph: String? = nil) throws -> ExternalTool.Output {
        try CommuniqueBinary.run(["explain", name, "--graph", graph ?? self.graph])
    }

    @Test("a minister: names, country, sources, and each meeting with its evidence and articles")
    func person() throws {
        let run = try explain("Laftit")
        #expect(run.status == 0, "\(run.stderr)")
        let text = run.stdout
        #expect(text.hasPrefix("Abdelouafi Laftit\n"), "\(text)")
        #expect(text.contains("Minister"))
        #expect(text.contains("Morocco (MA)"))
        #expect(text.contains("عبد الوافي لفتيت"))
        for article in ["sample-01.txt", "sample-02.txt", "sample-06.html"] { #expect(text.contains(article)) }
        // the two meetings the articles report, with counterpart, place and the sentence saying so
        #expect(text.contains("takes part in (2)"), "\(text)")
        #expect(text.contains("Fernando Grande-Marlaska") && text.contains("Rabat") && text.contains("2024-12-12"))
        #expect(text.contains("Alexander Dobrindt") && text.contains("Berlin"))
        #expect(text.contains("hat am Dienstag in Berlin den marokkanischen Innenminister Abdelouafi Laftit empfangen"))
        #expect(text.contains("se ha reunido este jueves en Rabat"))
    }

    @Test("found by any written form: Arabic script, case, accents, word order", arguments: [
        ("لفتيت", "Abdelouafi Laftit"),
        ("LAFTIT", "Abdelouafi Laftit"),
        ("laftit abdelouafi", "Abdelouafi Laftit"),
        ("grande marlaska", "Fernando Grande-Marlaska"),
        ("Piántedosi", "Matteo Piantedosi"),
        ("مومنی", "Eskandar Momeni"),
        ("person/yvette-cooper", "Yvette Cooper"),
    ])
    func forms(name: String, expected: String) throws {
        let run = try explain(name)
        #expect(run.status == 0, "\(name): \(run.stderr)")
        #expect(run.stdout.hasPrefix(expected + "\n"), "\(name) → \(run.stdout.prefix(80))")
    }

    @Test("a meeting: participants, place, date, evidence, and the declaration adopted there")
    func meeting() throws {
        let run = try explain("meeting of khaled nouri")
        #expect(run.status == 0, "\(run.stderr)")
        let text = run.stdout
        #expect(text.contains("participant  Khaled Nouri (Minister, TN)"), "\(text)")
        #expect(text.contains("participant  Matteo Piantedosi (Minister, IT)"))
        #expect(text.contains("Tunis"))
        #expect(text.contains("2025-01-20"))
        #expect(text.contains("ha incontrato lunedì a Tunisi"))
        #expect(text.contains("adopted here (1)"))
        #expect(text.contains("memorandum d'intesa"))
    }

    @Test("several matches are listed, then each explained")
    func ambiguous() throws {
        let run = try explain("ministry of interior")
        #expect(run.status == 0)
        let count = Int(run.stdout.prefix { $0.isNumber }) ?? 0
        #expect(count >= 3 && run.stdout.dropFirst(String(count).count).hasPrefix(" resources match"), "\(run.stdout)")
        for country in ["Spain", "Italy", "Morocco"] { #expect(run.stdout.contains("Ministry of Interior (\(country))")) }
    }

    @Test("nothing matching: exit status 1 and close names")
    func notFound() throws {
        let run = try explain("Lafitt")
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("nothing in"))
        #expect(run.stderr.contains("\"Abdelouafi Laftit\""), "\(run.stderr)")
        let missing = try explain("Laftit", graph: "/nonexistent/graph.rdf")
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/graph.rdf"))
        let turtle = try explain("Laftit", graph: TestPaths.repository + "/ontology/communique.ttl")
        #expect(turtle.status == 1)
        #expect(turtle.stderr.contains(".nt"))
    }

    @Test("N-Triples and RDF/XML exports explain alike")
    func nTriples() throws {
        let directory = try TestPaths.temporaryDirectory("explain")
        let export = try CommuniqueBinary.run(["export", "--output", directory, "--format", "rdfxml,ntriples", "--quiet"])
        #expect(export.status == 0)
        for name in ["Laftit", "Morocco", "agreement", "قاسم"] {
            let fromRDF = try explain(name, graph: directory + "/graph.rdf")
            let fromNT = try explain(name, graph: directory + "/graph.nt")
            #expect(fromRDF.status == 0)
            #expect(fromRDF.stdout == fromNT.stdout, "\(name)")
        }
    }

    @Test("the RDF/XML and N-Triples readers give the graph rapper reads, from our files and from rapper's")
    func readersMatchRapper() throws {
        let rapper = try ExternalTool.run(["rapper", "-q", "-i", "rdfxml", "-o", "ntriples", graph])
        #expect(rapper.status == 0)
        let expected = Set(rapper.stdout.split(separator: "\n").map(String.init))
        #expect(expected.count > 100)
        let scratch = try TestPaths.temporaryDirectory("readers")
        // what our reader read, written as N-Triples and normalised by rapper
        // (which escapes non-ASCII characters its own way)
        func ntriples(_ path: String) throws -> Set<String> {
            let graph = try GraphFile.read(path)
            let (writer, bytes) = ByteWriter.collecting()
            _ = try NTriplesWriter().write(graph, to: writer)
            let ours = scratch + "/ours-\(UUID().uuidString).nt"
            try Data(bytes()).write(to: URL(fileURLWithPath: ours))
            let normalised = try ExternalTool.run(["rapper", "-q", "-i", "ntriples", "-o", "ntriples", ours])
            #expect(normalised.status == 0, "\(normalised.stderr)")
            return Set(normalised.stdout.split(separator: "\n").map(String.init))
        }
        #expect(try ntriples(graph) == expected)
        // rapper's own, abbreviated RDF/XML (typed nodes, nesting) and N-Triples
        let directory = try TestPaths.temporaryDirectory("readers")
        let abbreviated = try ExternalTool.run(["rapper", "-q", "-i", "rdfxml", "-o", "rdfxml-abbrev", graph])
        try Data(abbreviated.stdout.utf8).write(to: URL(fileURLWithPath: directory + "/abbrev.rdf"))
        #expect(try ntriples(directory + "/abbrev.rdf") == expected)
        try Data(rapper.stdout.utf8).write(to: URL(fileURLWithPath: directory + "/graph.nt"))
        #expect(try ntriples(directory + "/graph.nt") == expected)
    }
}
