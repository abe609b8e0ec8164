import CommuniqueReading
import CommuniqueTestSupport
import Testing

/// JSON Lines: one article per record, `id` required, `text` or `html`,
/// optional `title`, `published`, `language`, `url`; a bad line is reported
/// with its number and the rest is read.
@Suite("JSON Lines")
struct JSONLinesTests {
    @Test("good records become articles; each bad line is reported once, with its number")
    func feed() throws {
        let result = try Reading.read(Reading.fixtures + "/jsonl/feed.jsonl")
        #expect(result.articles.map(\.identifier) == ["feed-001", "42", "feed-003"])
        let problems = result.skipped.map { "\($0.line ?? 0): \($0.message)" }
        #expect(problems == [
            "3: not a valid JSON object, line skipped",
            "5: record has no \"id\", line skipped",
            "6: record feed-empty has neither \"text\" nor \"html\", line skipped",
            "7: not a JSON object, line skipped",
        ])
        #expect(result.skipped.allSatisfy { $0.kind == .partlySkipped && $0.path == "feed.jsonl" })
        #expect(result.filesRead == 1)
    }

    @Test("a text record: title, published, url and the dateline read; language detected")
    func textRecord() throws {
        let article = try #require(try Reading.read(Reading.fixtures + "/jsonl/feed.jsonl").articles.first)
        #expect(article.title == "وزير الداخلية يستقبل سفير السنغال")
        #expect(article.paragraphs(.title).map(\.text) == ["وزير الداخلية يستقبل سفير السنغال"])
        #expect(article.published?.description == "2024-01-15")
        #expect(article.url == "https://akhbar.example/2024/01/15/wazir")
        #expect(article.language == "ar")
        #expect(article.path == "feed.jsonl")
        // "١٥ جانفي ٢٠٢٤": Arabic-Indic digits and the Maghrebi name of January
        #expect(article.datelineDate?.description == "2024-01-15")
        #expect(article.paragraphs(.body).count == 2)
    }

    @Test("an html record is parsed as a page; a numeric id is kept as text")
    func htmlRecord() throws {
        let article = try #require(try Reading.read(Reading.fixtures + "/jsonl/feed.jsonl").articles.first { $0.identifier == "42" })
        #expect(article.title == "Reunión de ministros en Lisboa")
        #expect(article.language == "es")
        #expect(article.published?.description == "2024-05-21")
        #expect(article.paragraphs(.body).count == 2)
        #expect(!article.allText.contains("<p>"))
    }

    @Test("a declared language is a fallback, never a reason to mislabel the text")
    func declaredLanguage() throws {
        let input = InputFile(path: "x.jsonl", relativePath: "x.jsonl", format: .jsonLines)
        let wrong = #"{"id": "a", "language": "en", "text": "Der Innenminister hat am Montag seinen Amtskollegen aus Marokko in Berlin empfangen, um über die Sicherheit zu sprechen."}"#
        let read = Reading.reader.read(RawDocument(input: input, payload: .jsonLine(Array(wrong.utf8), line: 1)))
        #expect(read.articles.first?.language == "de")
        let unknown = #"{"id": "b", "language": "it", "text": "12345 67890 -- 2024"}"#
        let numbers = Reading.reader.read(RawDocument(input: input, payload: .jsonLine(Array(unknown.utf8), line: 2)))
        #expect(numbers.articles.isEmpty || numbers.articles.first?.language == "it")
    }

    @Test("JSON Lines on standard input or without the extension is recognised by its first byte")
    func sniffed() throws {
        let bytes = Array(#"{"id": "s1", "text": "Le ministre a reçu son homologue belge à Rabat pour parler de la sécurité des frontières."}"#.utf8)
            + [0x0A] + Array(#"{"id": "s2", "text": "The minister met his Belgian counterpart in Rabat to talk about border security."}"#.utf8)
        let folder = try CommuniqueTestSupport.TestPaths.temporaryDirectory("jsonl")
        try Reading.write(bytes, to: folder + "/feed.data")
        let result = try Reading.read(folder + "/feed.data")
        #expect(result.articles.map(\.identifier) == ["s1", "s2"])
        #expect(result.articles.map(\.language) == ["fr", "en"])
    }
}

extension JSONLinesTests {
    @Test("a record's title wins over a headline-like first line of its text")
    func recordTitleWins() throws {
        let input = InputFile(path: "x.jsonl", relativePath: "x.jsonl", format: .jsonLines)
        let record = #"{"id": "t", "title": "Le vrai titre", "text": "Le ministre de l'Intérieur reçoit son homologue belge à Rabat pour parler de sécurité et de migration\n\nLe ministre de l'Intérieur a reçu lundi à Rabat son homologue belge pour des entretiens sur la sécurité et la migration entre les deux pays."}"#
        let read = Reading.reader.read(RawDocument(input: input, payload: .jsonLine(Array(record.utf8), line: 1)))
        let article = try #require(read.articles.first)
        #expect(article.title == "Le vrai titre")
        #expect(article.paragraphs(.title).map(\.text) == ["Le vrai titre"])
    }
}
