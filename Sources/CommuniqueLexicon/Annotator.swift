import CommuniqueText

/// Finds every lexicon phrase in a token sequence, keeping at each position
/// the longest match of each group (see `LexicalEntry.group`).
package struct Annotator: Sendable {
    package let lexicon: Lexicon

    package init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// The matches in `tokens` for the language at `language`, by start position.
    package func annotate(_ tokens: [Token], language: Int16) -> [[PhraseMatcher.Match]] {
        let suffixes = lexicon.profile(language)?.nameSuffixes ?? []
        let variants = tokens.map { token -> [String] in
            if token.kind == .punctuation && token.norm != "'s" { return [token.norm] }
            var forms = PhraseMatcher.variants(of: token)
            // a proper name with its case ending: "Deutschlands" → "Deutschland"
            if token.isCapitalized {
                for suffix in suffixes where token.norm.hasSuffix(suffix) && token.norm.count > suffix.count + 3 {
                    forms.append(String(token.norm.dropLast(suffix.count)))
                }
            }
            return forms
        }
        let uppercase = tokens.map(\.isUppercase)
        var result = [[PhraseMatcher.Match]](repeating: [], count: tokens.count)
        for start in tokens.indices {
            let matches = lexicon.matcher.matches(at: start, variants: variants, uppercase: uppercase, language: language)
            guard !matches.isEmpty else { continue }
            var best: [Int: PhraseMatcher.Match] = [:]
            var extra: [PhraseMatcher.Match] = []
            for match in matches {
                let group = match.entry.group
                if let current = best[group] {
                    let longer = match.end > current.end || (match.end == current.end && match.weight > current.weight)
                    if longer {
                        best[group] = match
                    } else if match.end == current.end && match.weight == current.weight && match.entry != current.entry {
                        extra.append(match)  // equally good readings are all kept
                    }
                } else {
                    best[group] = match
                }
            }
            var kept = Array(best.values)
            for match in extra where kept.contains(where: { $0.entry.group == match.entry.group && $0.end == match.end && $0.weight == match.weight }) {
                kept.append(match)
            }
            // "not a country here" wins over the country reading of the same words
            if let veto = kept.first(where: { $0.entry == .notCountry }) {
                kept.removeAll { if case .country = $0.entry { return $0.end <= veto.end } else { return false } }
            }
            // a city written like another country ("عمان": Amman, not Oman) is the city
            let cities = kept.compactMap { match -> (end: Int, country: String?)? in
                if case .place(let index) = match.entry { return (match.end, lexicon.places[index].country) }
                return nil
            }
            if !cities.isEmpty {
                kept.removeAll { match in
                    guard case .country(let code, false) = match.entry else { return false }
                    return cities.contains { $0.end == match.end && $0.country != nil && $0.country != code }
                }
            }
            result[start] = kept.sorted { ($0.entry.group, -$0.end) < ($1.entry.group, -$1.end) }
        }
        return result
    }
}
