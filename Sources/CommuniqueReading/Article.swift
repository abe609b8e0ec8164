import CommuniqueLexicon
import CommuniqueText

/// One story read from an input: its text cut into paragraphs that are marked
/// as title, dateline, body or boilerplate, and what is known about it.
package struct Article: Sendable, Codable, Hashable {
    /// The input file's base name (`x.txt`), `#2`, `#3`... appended for the
    /// later stories of a file; for JSON Lines the record's `id`.
    package var identifier: String
    /// The input file, relative to the input argument it was found under.
    package var path: String?
    package var url: String?
    package var title: String?
    /// BCP 47 code of the article's main language, `und` when unknown.
    package var language: String
    /// Publication date, from metadata or a date line.
    package var published: CalendarDate?
    /// The date of a dateline opening the story ("Rabat, 18 February 2025 (MAP) -").
    package var datelineDate: CalendarDate?
    package var paragraphs: [Paragraph]

    package init(identifier: String, path: String? = nil, url: String? = nil, title: String? = nil,
                 language: String = "und", published: CalendarDate? = nil, datelineDate: CalendarDate? = nil,
                 paragraphs: [Paragraph] = []) {
        self.identifier = identifier
        self.path = path
        self.url = url
        self.title = title
        self.language = language
        self.published = published
        self.datelineDate = datelineDate
        self.paragraphs = paragraphs
    }

    /// The date relative expressions are resolved against: the dateline's,
    /// else the publication date.
    package var anchorDate: CalendarDate? { datelineDate ?? published }

    /// The paragraphs extraction reads: title and body.
    package var contentParagraphs: [Paragraph] {
        paragraphs.filter { $0.role == .title || $0.role == .body }
    }
}

/// A paragraph of an article.
package struct Paragraph: Sendable, Codable, Hashable {
    package enum Role: String, Sendable, Codable {
        case title
        case dateline
        case body
        case boilerplate
    }

    package var text: String
    package var role: Role
    /// Why a boilerplate paragraph is boilerplate (`related`, `navigation`, ...).
    package var reason: String?
    /// BCP 47 code of the paragraph's language, `und` when unknown.
    package var language: String
    /// The tokens and lexicon matches the reader already computed for this
    /// text, so extraction need not compute them again. Not part of the
    /// paragraph's identity: neither compared, hashed nor encoded.
    package var analysis: Analysis?

    /// Tokens and annotations of `text` for the language at `languageIndex`.
    package struct Analysis: Sendable {
        package let text: String
        package let languageIndex: Int16
        package let tokens: [Token]
        package let annotations: [[PhraseMatcher.Match]]

        package init(text: String, languageIndex: Int16, tokens: [Token], annotations: [[PhraseMatcher.Match]]) {
            self.text = text
            self.languageIndex = languageIndex
            self.tokens = tokens
            self.annotations = annotations
        }
    }

    package init(text: String, role: Role, reason: String? = nil, language: String = "und", analysis: Analysis? = nil) {
        self.text = text
        self.role = role
        self.reason = reason
        self.language = language
        self.analysis = analysis
    }

    /// The reader's analysis when it is of this very text in that language.
    package func analysis(languageIndex: Int16) -> Analysis? {
        guard let analysis, analysis.languageIndex == languageIndex, analysis.text == text else { return nil }
        return analysis
    }

    private enum CodingKeys: String, CodingKey {
        case text, role, reason, language
    }

    package static func == (lhs: Paragraph, rhs: Paragraph) -> Bool {
        lhs.text == rhs.text && lhs.role == rhs.role && lhs.reason == rhs.reason && lhs.language == rhs.language
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(role)
        hasher.combine(reason)
        hasher.combine(language)
    }
}
