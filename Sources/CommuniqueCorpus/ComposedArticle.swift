/// One synthetic article before it is laid out as a file: the story itself
/// and the page furniture around it (menu, headline ticker, related boxes).
package struct ComposedArticle: Sendable {
    package enum Format: Sendable {
        case text
        case html
        case jsonLines
        /// A JSON Lines record whose body is HTML.
        case jsonLinesHTML
    }

    package var identifier: String
    package var language: String
    package var format: Format
    package var site: String
    package var url: String
    package var published: CivilDay
    package var publishedTime: (hour: Int, minute: Int)
    package var publishedLine: String
    package var title: String
    /// Story paragraphs; the first may start with a dateline.
    package var paragraphs: [String]
    package var menu: String
    package var latestHeading: String
    /// (time "19:52", headline)
    package var ticker: [(String, String)]
    package var readAlsoHeading: String
    package var readAlso: [String]
    package var share: String
    package var comments: String
    package var source: String
    package var footer: String
    package var cookie: String
    package var accept: String
    package var backToTop: String
    /// A second, unrelated story appended after the source line (as scraped pages have).
    package var appendix: [String] = []
    package var mostReadHeading = ""
    package var mostRead: [String] = []
    /// The meeting reported (nil for a statement) and the ministers named in the story.
    package var meeting: Int? = nil
    package var ministers: [Int] = []
}
