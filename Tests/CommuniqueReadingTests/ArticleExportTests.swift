import CommuniqueTestSupport
import Foundation
import Testing

/// Each article read becomes a cq:Article in the exported graph, as rdflib
/// reads it: identifier, language, title, date when known, path and URL.
@Suite("articles in the export")
struct ArticleExportTests {
    @Test("cq:Article nodes for text, HTML and JSON Lines inputs")
    func articles() throws {
        let out = try TestPaths.temporaryDirectory("articles")
        let inputs = ["languages/ar.txt", "languages/nl.txt", "html/full-page-fr.html", "jsonl/feed.jsonl"].map { Reading.fixtures + "/" + $0 }
        let run = try CommuniqueBinary.run(["export"] + inputs + ["--output", out, "--format", "rdfxml,ntriples", "--verbose"])
        #expect(run.status == 0, "\(run.stderr)")
        // the JSON Lines file's bad lines are in the summary, with their numbers
        #expect(run.stderr.contains("feed.jsonl:3: not a valid JSON object"))
        #expect(run.stderr.contains("feed.jsonl:7: not a JSON object"))
        let program = """
        import json, sys, rdflib
        g = rdflib.Graph(); g.parse(sys.argv[1], format="xml")
        CQ = rdflib.Namespace("https://w3id.org/communique/ontology#")
        DC = rdflib.Namespace("http://purl.org/dc/terms/")
        out = {}
        for a in g.subjects(rdflib.RDF.type, CQ.Article):
            def one(p):
                v = g.value(a, p)
                return None if v is None else str(v)
            title = g.value(a, DC.title)
            date = g.value(a, DC.date)
            out[one(DC.identifier)] = {
                "language": one(DC.language), "title": one(DC.title),
                "titleLang": title.language if title is not None else None,
                "date": one(DC.date), "dateType": str(date.datatype) if date is not None else None,
                "path": one(CQ.path), "url": one(CQ.url)}
        print(json.dumps(out, ensure_ascii=False))
        """
        let python = try ExternalTool.python(program, [out + "/graph.rdf"])
        #expect(python.status == 0, "\(python.stderr)")
        let articles = try JSONSerialization.jsonObject(with: Data(python.stdout.utf8)) as? [String: [String: Any]] ?? [:]
        #expect(Set(articles.keys) == ["ar.txt", "ar.txt#2", "nl.txt", "full-page-fr.html", "feed-001", "42", "feed-003"])
        let ar = try #require(articles["ar.txt"])
        #expect(ar["language"] as? String == "ar")
        #expect(ar["title"] as? String == "وزير الداخلية يستقبل نظيره الإسباني بالرباط")
        #expect(ar["titleLang"] as? String == "ar")
        #expect(ar["path"] as? String == "ar.txt")
        #expect(ar["date"] is NSNull || ar["date"] == nil)
        let second = try #require(articles["ar.txt#2"])
        #expect(second["title"] as? String == "افتتاح معرض للكتاب في تونس بمشاركة واسعة")
        let nl = try #require(articles["nl.txt"])
        #expect(nl["language"] as? String == "nl")
        #expect(nl["date"] as? String == "2024-04-22")
        #expect(nl["dateType"] as? String == "http://www.w3.org/2001/XMLSchema#date")
        let html = try #require(articles["full-page-fr.html"])
        #expect(html["language"] as? String == "fr")
        #expect(html["url"] as? String == "https://journal-du-detroit.example/politique/rabat-madrid-securite")
        #expect(html["date"] as? String == "2025-03-12")
        let record = try #require(articles["feed-001"])
        #expect(record["url"] as? String == "https://akhbar.example/2024/01/15/wazir")
        #expect(record["path"] as? String == "feed.jsonl")
        #expect(record["date"] as? String == "2024-01-15")
        #expect(articles["feed-003"]?["language"] as? String == "it")
    }
}
