import Foundation

/// The states the tool knows, from CLDR through Foundation: ISO 3166-1
/// alpha-2 codes and their names in every language the lexicon has.
package struct CountryCatalog: Sendable {
    /// Codes of states, upper case.
    package let codes: [String]
    /// code → language → CLDR name.
    package let names: [String: [String: String]]

    /// CLDR region codes that are not states or are groupings.
    private static let excluded: Set<String> = ["EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "AQ", "BV", "HM", "TF", "UM",
                                                 "CP", "DG", "EA", "IC", "TA", "AC"]

    init(languages: [String]) {
        var codes: [String] = []
        var names: [String: [String: String]] = [:]
        let locales = Dictionary(uniqueKeysWithValues: Set(languages + ["en"]).map { ($0, Locale(identifier: $0)) })
        for region in Locale.Region.isoRegions {
            let code = region.identifier
            guard code.count == 2, code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }),
                  !CountryCatalog.excluded.contains(code) else { continue }
            codes.append(code)
            for (language, locale) in locales {
                if let name = locale.localizedString(forRegionCode: code), name != code {
                    names[code, default: [:]][language] = name
                }
            }
        }
        self.codes = codes.sorted()
        self.names = names
    }

    /// The English CLDR name of `code`, or the code itself.
    package func englishName(_ code: String) -> String {
        names[code]?["en"] ?? code
    }

    package func isKnown(_ code: String) -> Bool { names[code] != nil }
}
