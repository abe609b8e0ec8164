import CommuniqueLexicon
import CommuniqueText

/// Turns the text blocks of one input into articles: finds the title, date
/// lines and a dateline, marks boilerplate (menus before the title, headline
/// lists with times, "read also"/"related" boxes, source credit lines, comment
/// forms, share and "back to top" links), identifies the language of each
/// paragraph, and splits the input where a second, unrelated story starts
/// after a source line or a "read also" box.
package struct StoryBuilder: Sendable {
    package struct Metadata: Sendable {
        package var identifier: String
        package var path: String?
        package var url: String?
        package var title: String?
        package var headline: String?
        package var language: String?
        package var published: CalendarDate?

        package init(identifier: String, path: String? = nil, url: String? = nil, title: String? = nil,
                     headline: String? = nil, language: String? = nil, published: CalendarDate? = nil) {
            self.identifier = identifier
            self.path = path
            self.url = url
            self.title = title
            self.headline = headline
            self.language = language
            self.published = published
        }
    }

    /// Bytes of a paragraph that are tokenized to tell its shape and language.
    static let analysedBytes = 4 << 10

    /// At most the first `bytes` UTF-8 bytes of `text`, cut at a character boundary.
    static func start(of text: String, bytes: Int) -> String {
        let utf8 = text.utf8
        guard utf8.count > bytes else { return text }
        var end = utf8.index(utf8.startIndex, offsetBy: bytes)
        while end > utf8.startIndex && end.samePosition(in: text.unicodeScalars) == nil {
            end = utf8.index(before: end)
        }
        return String(text.unicodeScalars[..<end])
    }

    private let lexicon: Lexicon
    private let annotator: Annotator
    private let identifier: LanguageIdentifier

    package init(lexicon: Lexicon) {
        self.lexicon = lexicon
        annotator = Annotator(lexicon: lexicon)
        identifier = LanguageIdentifier(lexicon: lexicon)
    }

    private enum Shape {
        case marker(BoilerplateKind)
        case timedItem
        case listItem
        case dateLine(CalendarDate?)
        case short
        case body
        case headingLike
    }

    private struct Line {
        var block: TextBlock
        var tokens: [Token]
        var languageIndex: Int16
        /// The matches of the groups that tell a line's shape (dates, boilerplate markers,
        /// countries and places), for a short line only: a long one's shape needs none.
        var shapeAnnotations: [[PhraseMatcher.Match]]?
        var forms: PhraseMatcher.TokenForms?
        /// Every match, for the lines the extractor reads (title and body), once the roles are known.
        var annotations: [[PhraseMatcher.Match]]?
        var shape: Shape
        var words: Int
        var language: String
        var guess: LanguageIdentifier.Guess
        /// The tokens cover the whole block (not only the start of a huge one).
        var isComplete: Bool
    }

    package func build(_ blocks: [TextBlock], metadata: Metadata) -> [Article] {
        var lines: [Line] = []
        lines.reserveCapacity(blocks.count)
        for block in blocks {
            // A paragraph's shape and language show in its first pages; a huge
            // one (a page without line breaks) is analysed on its start only,
            // and kept whole.
            let analysed = StoryBuilder.start(of: block.text, bytes: StoryBuilder.analysedBytes)
            let tokens = Tokenizer.tokenize(analysed)
            let words = tokens.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }
            let guess = identifier.guess(analysed, tokens: tokens)
            let language = guess.code
            let languageIndex = lexicon.languageIndex(language)
            var line = Line(block: block, tokens: tokens, languageIndex: languageIndex, shape: .body, words: words,
                            language: language, guess: guess, isComplete: analysed.utf8.count == block.text.utf8.count)
            if words <= StoryBuilder.dateLineWords {
                let forms = annotator.forms(of: tokens, language: languageIndex)
                line.forms = forms
                line.shapeAnnotations = annotator.annotate(tokens, forms: forms, language: languageIndex, part: .shape)
            }
            line.shape = shape(of: line)
            lines.append(line)
        }

        // The first body paragraph; the title is the last heading-like line before it.
        guard var firstBody = lines.firstIndex(where: { if case .body = $0.shape { return true } else { return false } })
        else {
            return [finish(lines: lines, roles: lines.map { _ in (Paragraph.Role.boilerplate, "no story") },
                           metadata: metadata, suffix: 1, title: metadata.headline ?? metadata.title)]
        }
        var roles = [(Paragraph.Role, String?)](repeating: (.body, nil), count: lines.count)
        var titleIndex: Int?
        if let headline = metadata.headline, let at = lines[..<firstBody].firstIndex(where: { $0.block.text == headline }) {
            titleIndex = at
        } else {
            for index in stride(from: firstBody - 1, through: 0, by: -1) {
                if case .headingLike = lines[index].shape { titleIndex = index; break }
                if case .dateLine = lines[index].shape { continue }
                if case .short = lines[index].shape { continue }
                if case .marker = lines[index].shape { break }
                if case .timedItem = lines[index].shape { break }
                if case .listItem = lines[index].shape { break }
            }
            // A scraped text often opens with a long headline without a final
            // stop, directly followed by the story: that line is the title
            // (unless the container names the title: a page, a record).
            if titleIndex == nil, metadata.title == nil, let next = nextBody(after: firstBody, lines),
               isHeadline(lines[firstBody]) {
                titleIndex = firstBody
                firstBody = next
            }
        }
        var published = metadata.published
        for index in 0..<firstBody {
            switch lines[index].shape {
            case .dateLine(let date):
                roles[index] = (.dateline, nil)
                if published == nil { published = date }
            case .timedItem, .listItem:
                roles[index] = (.boilerplate, BoilerplateKind.related.rawValue)
            case .marker(let kind):
                roles[index] = (.boilerplate, kind.rawValue)
            default:
                roles[index] = index == titleIndex ? (.title, nil) : (.boilerplate, BoilerplateKind.navigation.rawValue)
            }
        }
        if let titleIndex { roles[titleIndex] = (.title, nil) }

        // Walk the story; after a source line or inside a box, look for a new story.
        var storyStarts: [(line: Int, title: Int?)] = [(0, titleIndex)]
        var region: BoilerplateKind? = nil
        var index = firstBody
        while index < lines.count {
            let line = lines[index]
            switch line.shape {
            case .marker(let kind):
                roles[index] = (.boilerplate, kind.rawValue)
                region = kind == .navigation ? region : kind
            case .timedItem:
                roles[index] = (.boilerplate, BoilerplateKind.related.rawValue)
                if region == nil { region = .related }
            case .dateLine(let date):
                roles[index] = region == nil ? (.dateline, nil) : (.boilerplate, region!.rawValue)
                if published == nil && region == nil { published = date }
            case .listItem, .short:
                roles[index] = region == nil ? (.body, nil) : (.boilerplate, region!.rawValue)
            case .headingLike, .body:
                if let current = region {
                    if current != .comments, startsStory(at: index, lines) {
                        let isHeading: Bool
                        if case .headingLike = line.shape { isHeading = true } else { isHeading = false }
                        storyStarts.append((index, isHeading ? index : nil))
                        roles[index] = isHeading ? (.title, nil) : (.body, nil)
                        region = nil
                    } else {
                        roles[index] = (.boilerplate, current.rawValue)
                    }
                } else {
                    roles[index] = (.body, nil)
                }
            }
            index += 1
        }

        // every match, for the lines the extractor reads (the others' shapes needed only some groups)
        for index in lines.indices where (roles[index].0 == .body || roles[index].0 == .title) && lines[index].isComplete {
            lines[index].annotations = annotations(of: lines[index])
        }

        var articles: [Article] = []
        for (number, start) in storyStarts.enumerated() {
            let end = number + 1 < storyStarts.count ? storyStarts[number + 1].line : lines.count
            let title: String?
            if number == 0 {
                title = metadata.headline ?? titleIndex.map { lines[$0].block.text } ?? metadata.title
            } else {
                title = start.title.map { lines[$0].block.text }
            }
            var article = finish(lines: Array(lines[start.line..<end]), roles: Array(roles[start.line..<end]),
                                 metadata: metadata, suffix: number + 1, title: title)
            // A later, unrelated story is not dated by the page: only by a date line of its own.
            let storyPublished = number == 0 ? published : ownPublicationDate(lines[start.line..<end], roles[start.line..<end])
            article.published = storyPublished
            article.datelineDate = dateline(in: Array(lines[start.line..<end]), roles: Array(roles[start.line..<end]),
                                            published: storyPublished)
            articles.append(article)
        }
        return articles
    }

    /// Lines up to this many words may be date lines (publication, update): their shape needs dates.
    private static let dateLineWords = 16

    /// Every match of a line: the shape groups' (when known) with the others'.
    private func annotations(of line: Line) -> [[PhraseMatcher.Match]] {
        if let annotations = line.annotations { return annotations }
        if let shape = line.shapeAnnotations, let forms = line.forms {
            let content = annotator.annotate(line.tokens, forms: forms, language: line.languageIndex, part: .content)
            return Annotator.joining(shape, content)
        }
        return annotator.annotate(line.tokens, language: line.languageIndex)
    }

    /// The matches of the shape groups of a line (dates, markers, places), from every match when known.
    private func shapeAnnotations(of line: Line) -> [[PhraseMatcher.Match]] {
        if let shape = line.shapeAnnotations { return shape }
        if let annotations = line.annotations { return annotations }
        return annotator.annotate(line.tokens, forms: annotator.forms(of: line.tokens, language: line.languageIndex),
                                  language: line.languageIndex, part: .shape)
    }

    /// The next line after `index` shaped as a body paragraph, past date lines only.
    private func nextBody(after index: Int, _ lines: [Line]) -> Int? {
        var position = index + 1
        while position < lines.count {
            switch lines[position].shape {
            case .body: return position
            case .dateLine: position += 1
            default: return nil
            }
        }
        return nil
    }

    /// A line that reads as a headline although it is long: at most 30 words,
    /// no sentence stop anywhere in it.
    private func isHeadline(_ line: Line) -> Bool {
        line.words <= 30 && !line.tokens.contains(where: \.isSentenceEnd)
    }

    /// The date of the first date line of a story.
    private func ownPublicationDate(_ lines: ArraySlice<Line>, _ roles: ArraySlice<(Paragraph.Role, String?)>) -> CalendarDate? {
        for (line, role) in zip(lines, roles) where role.0 == .dateline {
            if case .dateLine(let date) = line.shape, let date { return date }
        }
        return nil
    }

    /// A heading-like line or a paragraph followed by at least two body paragraphs.
    private func startsStory(at index: Int, _ lines: [Line]) -> Bool {
        var bodies = 0
        var position = index + 1
        if case .body = lines[index].shape { bodies = 1 }
        while position < lines.count && bodies < 2 {
            switch lines[position].shape {
            case .body: bodies += 1
            case .dateLine, .short: break
            default: return false
            }
            position += 1
        }
        return bodies >= 2
    }

    private func shape(of line: Line) -> Shape {
        let tokens = line.tokens
        guard let first = tokens.first else { return .short }
        if line.words <= 12, let shapeAnnotations = line.shapeAnnotations {
            for match in shapeAnnotations[0] {
                guard case .boilerplate(let kind) = match.entry else { continue }
                // "کد خبر: ۸۵۶۳۲۱۷۴ | سه‌شنبه ۱۵ آبان ۱۴۰۳ - ۱۷:۲۲": a page's line of record data holds its publication date
                if kind == .navigation, let date = publicationDate(line) { return .dateLine(date) }
                return .marker(kind)
            }
        }
        // "- 12:54 headline" or "12:54Headline": an item of a headline list
        var start = 0
        if first.kind == .punctuation && (first.norm == "-" || first.norm == "•" || first.norm == "*" || first.norm == "·") {
            start = 1
        }
        if start < tokens.count, tokens[start].kind == .number, isClockTime(tokens[start].norm) { return .timedItem }
        let isBullet = start == 1 || line.block.kind == .listItem
        let endsWithStop = tokens.last.map { $0.isSentenceEnd || $0.isQuote } ?? false
        if line.words <= StoryBuilder.dateLineWords, let date = publicationDate(line) {
            return .dateLine(date)
        }
        if isBullet && line.words <= 25 { return .listItem }
        if line.words <= 2 { return .short }
        if line.block.kind == .heading { return .headingLike }
        if line.words >= 15 || (line.words >= 8 && endsWithStop) { return .body }
        return line.words <= 30 ? .headingLike : .body
    }

    /// A short line holding a complete date (a publication or update line).
    private func publicationDate(_ line: Line) -> CalendarDate? {
        let annotations = shapeAnnotations(of: line)
        let mentions = DateFinder.find(line.tokens, annotations, anchor: nil)
        guard let date = mentions.compactMap({ $0.date?.calendarDate }).first else { return nil }
        let hasCue = annotations.contains { $0.contains { if case .publishedCue = $0.entry { return true } else { return false } } }
        let covered = mentions.reduce(0) { $0 + $1.range.count }
        let otherWords = line.tokens.indices.filter { line.tokens[$0].kind == .word }.count - covered
        return hasCue || otherWords <= 4 ? date : nil
    }

    private func isClockTime(_ text: String) -> Bool {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]) else { return false }
        return (0...23).contains(hours) && (0...59).contains(minutes) && parts[1].count == 2
    }

    /// The date of a dateline opening the first body paragraph.
    private func dateline(in lines: [Line], roles: [(Paragraph.Role, String?)], published: CalendarDate?) -> CalendarDate? {
        guard let first = lines.indices.first(where: { roles[$0].0 == .body }) else { return nil }
        let line = lines[first]
        // the dateline ends at the first dash or colon within its first 14 tokens
        let annotations = shapeAnnotations(of: line)
        if let cut = line.tokens.prefix(14).firstIndex(where: { $0.norm == "-" || $0.norm == ":" }) {
            let mentions = DateFinder.find(line.tokens, annotations, in: 0..<cut, anchor: published)
            return mentions.compactMap { $0.date?.calendarDate }.first
        }
        // or a place, a comma and a whole date closed by a full stop or a comma: "Warschau, 20. März 2025. Die ..."
        let head = 0..<min(line.tokens.count, 12)
        guard let mention = DateFinder.find(line.tokens, annotations, in: head, anchor: published).first,
              let date = mention.date?.calendarDate, mention.range.lowerBound > 0, mention.range.lowerBound <= 4,
              line.tokens[mention.range.lowerBound - 1].norm == ",", mention.range.upperBound < line.tokens.count,
              [".", ","].contains(line.tokens[mention.range.upperBound].norm),
              !line.tokens[0..<(mention.range.lowerBound - 1)].contains(where: { $0.kind == .punctuation && $0.norm != "(" && $0.norm != ")" })
        else { return nil }
        return date
    }

    private func finish(lines: [Line], roles: [(Paragraph.Role, String?)], metadata: Metadata, suffix: Int,
                        title: String?) -> Article {
        var paragraphs: [Paragraph] = []
        var weights: [String: Int] = [:]
        for (line, role) in zip(lines, roles) {
            // title and body lines keep their tokens and matches for the extractor
            let analysis = (role.0 == .body || role.0 == .title) && line.isComplete
                ? Paragraph.Analysis(text: line.block.text, languageIndex: line.languageIndex,
                                     tokens: line.tokens, annotations: annotations(of: line))
                : nil
            paragraphs.append(Paragraph(text: line.block.text, role: role.0, reason: role.1, language: line.language,
                                        analysis: analysis))
            if role.0 == .body || role.0 == .title, line.language != "und" {
                weights[line.language, default: 0] += line.words
            }
        }
        var language = weights.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        if language == nil, let hint = metadata.language, lexicon.languageIndex(String(hint.prefix(2)).lowercased()) >= 0 {
            language = String(hint.prefix(2)).lowercased()
        }
        // A paragraph whose own evidence is weak (a short line, words several
        // languages share) is in the article's language when that language
        // is among its candidates.
        if let language {
            let tolerance = LanguageIdentifier.tolerance(for: language)
            for (index, line) in lines.enumerated() where paragraphs[index].language != language {
                if line.guess.admits(language, tolerance: tolerance) { paragraphs[index].language = language }
            }
        }
        return Article(identifier: suffix == 1 ? metadata.identifier : metadata.identifier + "#\(suffix)",
                       path: metadata.path, url: metadata.url, title: title, language: language ?? "und",
                       published: metadata.published, paragraphs: paragraphs)
    }
}
