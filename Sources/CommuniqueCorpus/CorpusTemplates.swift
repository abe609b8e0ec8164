import Foundation

/// The generator's own data: countries with their names and adjectives in
/// the eight languages, name parts by region, and per language the sentence
/// templates, boilerplate and date words (Templates/*.json).
package struct CorpusTemplates: Sendable {
    package struct Country: Sendable, Decodable {
        package let code: String
        package let region: String
        /// City names by language code, `latin` as the fallback for Latin-script languages.
        package let capital: [String: String]
        package let names: [String: String]
        /// [masculine, feminine] by language (German: the stem).
        package let adjectives: [String: [String]]

        package func capital(in language: String) -> String {
            capital[language] ?? capital["latin"]!
        }
    }

    package struct NamePart: Sendable, Decodable, Hashable {
        package let latin: String
        package let arabic: String?
    }

    package struct Region: Sendable, Decodable {
        package let male: [NamePart]
        package let female: [NamePart]
        package let surnames: [NamePart]
    }

    package struct World: Sendable, Decodable {
        package let countries: [Country]
        package let names: [String: Region]
    }

    package struct Portfolio: Sendable, Decodable {
        /// [masculine, feminine]
        package let title: [String]
        package let of: String
    }

    package struct Chrome: Sendable, Decodable {
        package let menu, readAlso, related, mostRead, share, source, footer, cookie, accept, comments, top, published, dateline, latest: String
    }

    package struct Language: Sendable, Decodable {
        package let code: String
        package let months: [String]
        package let monthVariants: [[String]]?
        package let weekdays: [String]
        package let digits: String
        package let digitVariants: [String]?
        package let date: String
        package let whenDate: [String]
        package let whenWeekday: [String]
        package let honorifics: [String]
        package let portfolios: [String: Portfolio]
        package let titles, statementTitles, leads, topicParagraphs, quotes, background, closing, jointBody, signing, statements, tickers: [String]
        package let topics: [String: String]
        package let bodies: [String: String]
        package let declarations: [String: String]
        package let and: String
        package let chrome: Chrome
        package let sites: [String]
        package let agencies: [String]

        package var isArabicScript: Bool { code == "ar" || code == "fa" }
    }

    package let world: World
    /// By language code, in the order ar, de, en, es, fa, fr, it, nl.
    package let languages: [Language]

    package static let languageCodes = ["ar", "de", "en", "es", "fa", "fr", "it", "nl"]

    package struct LoadError: Error, CustomStringConvertible {
        package let description: String
    }

    /// The templates bundled with the module.
    package static func bundled() throws -> CorpusTemplates {
        guard let folder = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw LoadError(description: "the corpus templates are missing from the bundle")
        }
        let decoder = JSONDecoder()
        func load<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
            let url = folder.appendingPathComponent(name)
            do {
                return try decoder.decode(T.self, from: Data(contentsOf: url))
            } catch {
                throw LoadError(description: "\(name): \(error)")
            }
        }
        let world = try load("world.json", as: World.self)
        let languages = try languageCodes.map { try load("\($0).json", as: Language.self) }
        return CorpusTemplates(world: world, languages: languages)
    }
}
