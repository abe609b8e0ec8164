import CommuniqueLexicon
import CommuniqueReading
import CommuniqueTestSupport
import CommuniqueText
import Foundation

/// Shared helpers of the reading tests: the bundled lexicon, a reader, and
/// ways to read a fixture file, a folder or bytes the way the command line does.
enum Reading {
    static let lexicon: Lexicon = try! Lexicon.bundled.get()
    static let reader = ArticleReader(lexicon: lexicon)
    static let identifier = LanguageIdentifier(lexicon: lexicon)
    static let annotator = Annotator(lexicon: lexicon)

    static var fixtures: String { TestPaths.fixtures + "/reading" }

    struct Result {
        var articles: [Article] = []
        var issues: [ReadIssue] = []
        var filesRead = 0

        var skipped: [ReadIssue] { issues.filter { $0.kind != .repaired } }
        var repaired: [ReadIssue] { issues.filter { $0.kind == .repaired } }
    }

    /// Reads every document of `inputs` (files, folders) through `DocumentSource`.
    static func read(_ inputs: [String], maxFileBytes: Int = 64 << 20) throws -> Result {
        let source = DocumentSource(files: try InputCollector.collect(inputs), maxFileBytes: maxFileBytes)
        var result = Result()
        while let document = source.next() {
            let output = reader.read(document)
            result.articles += output.articles
            result.issues += output.issues
        }
        result.issues += source.issues
        result.filesRead = source.filesRead
        return result
    }

    static func read(_ input: String) throws -> Result { try read([input]) }

    /// Reads `bytes` as a file named `name` (its extension decides the format).
    static func read(bytes: [UInt8], name: String) -> ArticleReader.Output {
        let input = InputFile(path: name, relativePath: name, format: InputFile.format(ofExtension: name))
        return reader.read(RawDocument(input: input, payload: .file(bytes)))
    }

    static func read(text: String, name: String = "test.txt") -> ArticleReader.Output {
        read(bytes: Array(text.utf8), name: name)
    }

    /// The one article `text` yields.
    static func article(_ text: String, name: String = "test.txt") throws -> Article {
        let output = read(text: text, name: name)
        guard output.articles.count == 1 else { throw Failure("expected one article, got \(output.articles.count): \(output.issues)") }
        return output.articles[0]
    }

    static func language(_ text: String) -> String {
        identifier.identify(text, tokens: Tokenizer.tokenize(text))
    }

    /// Date mentions of `text`, annotated as in `language`.
    static func dates(_ text: String, language: String, anchor: CalendarDate? = nil) -> [DateMention] {
        let tokens = Tokenizer.tokenize(text)
        let annotations = annotator.annotate(tokens, language: lexicon.languageIndex(language))
        return DateFinder.find(tokens, annotations, anchor: anchor)
    }

    /// The full days found in `text`.
    static func days(_ text: String, language: String, anchor: CalendarDate? = nil) -> [String] {
        dates(text, language: language, anchor: anchor).compactMap { $0.date?.calendarDate?.description }
    }

    /// The sentences of `text` as strings.
    static func sentences(_ text: String) -> [String] {
        let tokens = Tokenizer.tokenize(text)
        let utf8 = Array(text.utf8)
        return SentenceSegmenter.sentences(tokens, in: text).map { range in
            let start = tokens[range.lowerBound].range.lowerBound
            let end = tokens[range.upperBound - 1].range.upperBound
            return String(decoding: utf8[start..<end], as: UTF8.self)
        }
    }

    static func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}

struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension Article {
    /// The paragraphs with `role`.
    func paragraphs(_ role: Paragraph.Role) -> [Paragraph] { paragraphs.filter { $0.role == role } }

    /// The paragraph whose text starts with `prefix`.
    func paragraph(startingWith prefix: String) -> Paragraph? { paragraphs.first { $0.text.hasPrefix(prefix) } }

    /// All text the extractor reads (title and body), joined.
    var contentText: String { contentParagraphs.map(\.text).joined(separator: "\n") }

    /// All text, whatever the role.
    var allText: String { paragraphs.map(\.text).joined(separator: "\n") }
}
