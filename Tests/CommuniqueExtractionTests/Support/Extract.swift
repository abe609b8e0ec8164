import CommuniqueExtraction
import CommuniqueLexicon
import CommuniqueReading
import CommuniqueText
import CommuniqueXML
import Foundation

/// Reads and extracts articles given as text, the way `communique export` does.
enum Extract {
    static let lexicon: Lexicon = {
        LibXML.initialize()
        return try! Lexicon.bundled.get()
    }()

    /// The extractions of the articles in `text`, read as a file named `name`.
    static func articles(_ text: String, name: String = "article.txt") -> [ArticleExtraction] {
        let format = InputFile.format(ofExtension: name)
        let input = InputFile(path: name, relativePath: name, format: format)
        let reader = ArticleReader(lexicon: lexicon)
        let extractor = ArticleExtractor(lexicon: lexicon)
        let bytes = Array(text.utf8)
        var documents: [RawDocument] = []
        if format == .jsonLines {
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
                documents.append(RawDocument(input: input, payload: .jsonLine(Array(line.utf8), line: number + 1)))
            }
        } else {
            documents.append(RawDocument(input: input, payload: .file(bytes)))
        }
        return documents.flatMap { reader.read($0).articles.map(extractor.extract) }
    }

    /// The extraction of the first article in `text`.
    static func article(_ text: String, name: String = "article.txt") -> ArticleExtraction {
        articles(text, name: name)[0]
    }
}

extension ArticleExtraction {
    /// The person whose written forms include `name`.
    func person(_ name: String) -> PersonRecord? {
        persons.first { $0.forms.contains { $0.text == name } }
    }

    /// The local ids of the persons named `names`, for comparing participants.
    func ids(_ names: String...) -> Set<Int> {
        Set(names.compactMap { person($0)?.localID })
    }
}
