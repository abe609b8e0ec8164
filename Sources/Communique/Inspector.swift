import CommuniqueExtraction
import CommuniqueLexicon
import CommuniqueReading
import CommuniqueText
import CommuniqueXML
import Foundation

/// `communique annotate`: shows what the tool reads in a file — paragraphs
/// with their role and language, every lexicon phrase it recognises, and the
/// facts extracted. For people adding a language or checking a surprising
/// result.
public enum Inspector {
    public static func describe(_ path: String, lexiconDirectories: [String] = []) throws -> String {
        LibXML.initialize()
        let lexicon = lexiconDirectories.isEmpty ? try Lexicon.bundled.get() : try Lexicon(extraDirectories: lexiconDirectories)
        let files = try InputCollector.collect([path])
        let source = DocumentSource(files: files)
        let reader = ArticleReader(lexicon: lexicon)
        let extractor = ArticleExtractor(lexicon: lexicon)
        let annotator = Annotator(lexicon: lexicon)
        var out = ""
        while let document = source.next() {
            let read = reader.read(document)
            for issue in read.issues { out += "! \(issue)\n" }
            for article in read.articles {
                out += "== \(article.identifier) [\(article.language)] published=\(article.published?.description ?? "-") dateline=\(article.datelineDate?.description ?? "-")\n"
                out += "   title: \(article.title ?? "-")\n"
                for paragraph in article.paragraphs {
                    out += "-- \(paragraph.role.rawValue)\(paragraph.reason.map { "(\($0))" } ?? "") [\(paragraph.language)] "
                    guard paragraph.role == .body || paragraph.role == .title else {
                        out += String(paragraph.text.prefix(100)) + "\n"
                        continue
                    }
                    let tokens = Tokenizer.tokenize(paragraph.text)
                    let annotations = annotator.annotate(tokens, language: lexicon.languageIndex(paragraph.language))
                    var line = ""
                    for (index, token) in tokens.enumerated() {
                        if token.spaceBefore && !line.isEmpty { line += " " }
                        for match in annotations[index] { line += "⟦\(label(match.entry, lexicon)):" }
                        line += token.text(in: paragraph.text)
                        for (start, matches) in annotations.enumerated() where start <= index {
                            for match in matches where match.end == index + 1 { _ = start; line += "⟧" }
                        }
                    }
                    out += line + "\n"
                }
                let extraction = extractor.extract(article)
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                var copy = extraction
                copy.article.title = nil
                out += String(decoding: try encoder.encode(copy), as: UTF8.self) + "\n"
            }
        }
        for issue in source.issues { out += "! \(issue)\n" }
        return out
    }

    private static func label(_ entry: LexicalEntry, _ lexicon: Lexicon) -> String {
        switch entry {
        case .title(let role, let portfolio, let plural):
            return (plural ? "titles." : "title.") + role.rawValue + (portfolio.map { "." + $0 } ?? "")
        case .country(let code, let adjective): return (adjective ? "adj." : "country.") + code
        case .place(let index): return "place." + lexicon.places[index].id
        case .knownPerson(let index): return "person." + lexicon.persons[index].id
        case .knownInstitution(let index): return "inst." + lexicon.institutions[index].id
        case .portfolio(let name): return "portfolio." + name
        case .topic(let name): return "topic." + name
        case .meetingVerb(let side): return "verb." + side.rawValue
        case .declaration(let kind): return "decl." + kind
        case .institution(let kind, _): return "body." + kind
        case .month(let month): return "month.\(month)"
        case .solarMonth(let month): return "solar.\(month)"
        case .weekday(let day): return "day." + day.englishName
        case .boilerplate(let kind): return "bp." + kind.rawValue
        case .ministryWord(let plural): return plural ? "ministries" : "ministry"
        case .ministry(let portfolio, _): return "ministry." + portfolio
        case .relativeDay(let offset): return "rel.\(offset)"
        default: return "\(entry)"
        }
    }
}
