import CommuniqueLexicon
import CommuniqueReading
import CommuniqueText

/// Everything found in one article, with article-local ids; the resolver
/// merges these across articles. Codable: shards exchange it.
package struct ArticleExtraction: Sendable, Codable, Hashable {
    package var article: ArticleRecord
    package var persons: [PersonRecord] = []
    package var meetings: [MeetingRecord] = []
    package var institutions: [InstitutionRecord] = []
    package var declarations: [DeclarationRecord] = []

    package init(article: ArticleRecord) {
        self.article = article
    }
}

/// What the graph says about an article itself.
package struct ArticleRecord: Sendable, Codable, Hashable {
    package var identifier: String
    package var path: String?
    package var url: String?
    package var title: String?
    package var language: String
    package var published: CalendarDate?

    package init(_ article: Article) {
        identifier = article.identifier
        path = article.path
        url = article.url
        title = article.title
        language = article.language
        published = article.published
    }
}

/// A written form of a name, with the language of the text it was read in.
package struct NameForm: Sendable, Codable, Hashable, Comparable {
    package var text: String
    package var language: String

    package init(_ text: String, language: String) {
        self.text = text
        self.language = language
    }

    package static func < (lhs: NameForm, rhs: NameForm) -> Bool {
        (lhs.text, lhs.language) < (rhs.text, rhs.language)
    }
}

/// A language-tagged sentence.
package struct Evidence: Sendable, Codable, Hashable, Comparable {
    package var text: String
    package var language: String

    package init(_ text: String, language: String) {
        self.text = text
        self.language = language
    }

    package static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.text, lhs.language) < (rhs.text, rhs.language)
    }
}

package struct PersonRecord: Sendable, Codable, Hashable {
    package enum Kind: String, Sendable, Codable {
        case minister
        case headOfState
        case other
    }

    package var localID: Int
    package var forms: [NameForm]
    /// The knowledge-base id when the person is a known actor.
    package var knownID: String?
    package var kind: Kind
    package var country: String?
    /// Offices as written ("Minister of the Interior").
    package var offices: [NameForm]
    package var portfolio: String?
}

package struct MeetingRecord: Sendable, Codable, Hashable {
    package var localID: Int
    package var participants: [Int]
    package var host: Int?
    package var date: PartialDate?
    package var weekday: Weekday?
    /// A place: a gazetteer id, or a written name.
    package var place: PlaceRecord?
    package var topics: [String]
    package var evidence: [Evidence]
}

package struct PlaceRecord: Sendable, Codable, Hashable {
    package var knownID: String?
    package var label: String
    package var country: String?
    package var forms: [NameForm]
}

package struct InstitutionRecord: Sendable, Codable, Hashable {
    package var localID: Int
    /// Identity across articles: a knowledge-base id or a key built from
    /// kind, portfolio or name, and countries.
    package var key: String
    package var kind: String
    package var label: String
    package var forms: [NameForm]
    package var countries: [String]
    package var portfolio: String?
    package var topic: String?
}

package struct DeclarationRecord: Sendable, Codable, Hashable {
    package var localID: Int
    package var kind: String
    package var forms: [NameForm]
    package var parties: [String]
    package var partyInstitutions: [Int]
    package var signatories: [Int]
    package var date: PartialDate?
    /// Local id of the meeting it was adopted at.
    package var adoptedAt: Int?
    package var topics: [String]
    package var evidence: [Evidence]
}
