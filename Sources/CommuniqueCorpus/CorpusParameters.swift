/// What a synthetic corpus holds: how many articles, and how many distinct
/// ministers, countries, meetings and institutions they report on. Counts
/// left at zero follow the article count the way news does: many reports of
/// the same meetings, a slowly growing cast of people.
public struct CorpusParameters: Sendable {
    public var articles: Int
    public var seed: UInt64 = 1
    /// Distinct countries (at most the 24 the templates know).
    public var countries = 0
    /// Distinct ministers over the whole period.
    public var ministers = 0
    /// Distinct meetings the articles report.
    public var meetings = 0
    /// Distinct joint bodies the articles can name.
    public var institutions = 0
    /// Share of articles written as .txt, .html and JSON Lines records.
    public var formatWeights: (text: Double, html: Double, jsonLines: Double) = (0.45, 0.35, 0.20)
    /// Languages to write (codes); empty means all eight.
    public var languages: [String] = []

    public init(articles: Int, seed: UInt64 = 1) {
        self.articles = articles
        self.seed = seed
    }

    /// The counts actually used, defaults filled in.
    package func resolved(availableCountries: Int) -> (countries: Int, ministers: Int, meetings: Int, institutions: Int, days: Int) {
        let countries = min(availableCountries, self.countries > 0 ? self.countries : availableCountries)
        let slots = max(2, countries) * WorldBuilder.portfolios.count
        let ministers = max(slots, self.ministers > 0 ? self.ministers : max(slots, articles / 80))
        let meetings = max(1, self.meetings > 0 ? self.meetings : max(4, articles / 4))
        let institutions = self.institutions > 0 ? self.institutions : max(12, articles / 250)
        // about a week of news per 250 articles, at least two years
        let days = max(730, articles / 25)
        return (max(2, countries), ministers, meetings, institutions, days)
    }
}
