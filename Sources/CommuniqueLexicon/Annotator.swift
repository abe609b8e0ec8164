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
        annotate(tokens, forms: forms(of: tokens, language: language), language: language, part: .all)
    }

    /// The forms each token is matched by in the language at `language`: its
    /// matching form, the same without Arabic proclitics, a proper name without
    /// its case ending ("Deutschlands" → "Deutschland").
    package func forms(of tokens: [Token], language: Int16) -> PhraseMatcher.TokenForms {
        let suffixes = lexicon.profile(language)?.nameSuffixes ?? []
        var forms = PhraseMatcher.TokenForms()
        for token in tokens {
            if token.kind == .punctuation && token.norm != "'s" {
                forms.append(CollectionOfOne(token.norm), uppercase: token.isUppercase, matcher: lexicon.matcher)
                continue
            }
            if token.script != .arabic && !token.isCapitalized {
                forms.append(CollectionOfOne(token.norm), uppercase: token.isUppercase, matcher: lexicon.matcher)
                continue
            }
            var variants = PhraseMatcher.variants(of: token)
            if token.isCapitalized {
                for suffix in suffixes where token.norm.hasSuffix(suffix) && token.norm.count > suffix.count + 3 {
                    variants.append(String(token.norm.dropLast(suffix.count)))
                }
            }
            forms.append(variants, uppercase: token.isUppercase, matcher: lexicon.matcher)
        }
        return forms
    }

    /// The matches of the patterns of `part`, by start position. The matches of `.shape` and
    /// of `.content` joined by `joining` are those of `.all`.
    package func annotate(_ tokens: [Token], forms: PhraseMatcher.TokenForms, language: Int16,
                          part: PhraseMatcher.Part) -> [[PhraseMatcher.Match]] {
        var result = [[PhraseMatcher.Match]](repeating: [], count: tokens.count)
        var candidates: [Int32] = []
        var best: [PhraseMatcher.Match] = []
        var extra: [PhraseMatcher.Match] = []
        for start in tokens.indices {
            let matches = lexicon.matcher.matches(at: start, forms: forms, language: language, part: part,
                                                  candidates: &candidates)
            guard !matches.isEmpty else { continue }
            // the best match of each group, in the order groups are first seen; equally good readings after them
            best.removeAll(keepingCapacity: true)
            extra.removeAll(keepingCapacity: true)
            for match in matches {
                let group = match.entry.group
                if let at = best.firstIndex(where: { $0.entry.group == group }) {
                    let current = best[at]
                    let longer = match.end > current.end || (match.end == current.end && match.weight > current.weight)
                    if longer {
                        best[at] = match
                    } else if match.end == current.end && match.weight == current.weight && match.entry != current.entry {
                        extra.append(match)  // equally good readings are all kept
                    }
                } else {
                    best.append(match)
                }
            }
            var kept = best
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
            result[start] = Annotator.ordered(kept)
        }
        return result
    }

    /// By group, longer first; within a group and length, as kept (stable).
    private static func ordered(_ kept: [PhraseMatcher.Match]) -> [PhraseMatcher.Match] {
        if kept.count == 1 { return kept }
        return kept.sorted { ($0.entry.group, -$0.end) < ($1.entry.group, -$1.end) }
    }

    /// The matches of `.all` from those of `.shape` and `.content` (their groups differ, so
    /// each position's matches only need ordering by group again).
    package static func joining(_ shape: [[PhraseMatcher.Match]], _ content: [[PhraseMatcher.Match]]) -> [[PhraseMatcher.Match]] {
        precondition(shape.count == content.count)
        var result = content
        for index in shape.indices where !shape[index].isEmpty {
            result[index] = content[index].isEmpty ? shape[index] : ordered(content[index] + shape[index])
        }
        return result
    }
}
