import CommuniqueLexicon

/// An office title with what qualifies it: `de Franse minister van
/// Binnenlandse Zaken`, `وزير الداخلية بالجمهورية الفرنسية`, `seinem
/// italienischen Amtskollegen`.
struct RolePhrase {
    var start: Int
    var titleStart: Int
    var end: Int
    var role: OfficeRole?
    var isCounterpart: Bool
    var portfolio: String?
    var country: String?
    var isHonorific: Bool
    /// Every country the phrase names, in order ("los cancilleres de México y Guatemala").
    var countries: [String] = []
    /// "the ministers", "الوزيران": several people, none of them named by the phrase.
    var isPlural = false

    /// Reads the role phrase whose title match starts at `match`.
    static func read(_ match: PhraseMatcher.Match, paragraph: Int, sentence: Range<Int>, view: TextView,
                     scanner: NameScanner) -> RolePhrase {
        var phrase = RolePhrase(start: match.start, titleStart: match.start, end: match.end, role: nil,
                                isCounterpart: false, portfolio: nil, country: nil, isHonorific: false)
        switch match.entry {
        case .title(let role, let portfolio, let plural):
            phrase.role = role
            phrase.portfolio = portfolio
            phrase.isPlural = plural
        case .counterpart:
            phrase.isCounterpart = true
        case .honorific:
            phrase.isHonorific = true
            return phrase
        default:
            break
        }
        let tokens = view.paragraphs[paragraph].tokens

        // A country adjective or name just before the title ("the French minister", "seinem italienischen Amtskollegen").
        var boundary = match.start
        var steps = 0
        var look = match.start - 1
        while look >= sentence.lowerBound && steps < 3 {
            if let country = countryEnding(at: boundary, paragraph: paragraph, from: max(sentence.lowerBound, look - 3),
                                           view: view) {
                phrase.country = country.code
                phrase.start = country.start
                break
            }
            guard scanner.isStopword(paragraph, look) || tokens[look].norm == "'s" else { break }
            boundary = look
            look -= 1
            steps += 1
        }

        // Extend to the right over portfolios, connectors, countries and lists of them.
        var end = match.end
        var guardCount = 0
        while end < sentence.upperBound && guardCount < 30 {
            guardCount += 1
            if let portfolio = view.match(paragraph, end, where: { if case .portfolio = $0 { return true } else { return false } }) {
                if phrase.portfolio == nil, case .portfolio(let name) = portfolio.entry { phrase.portfolio = name }
                end = portfolio.end
                continue
            }
            if let country = view.match(paragraph, end, where: { if case .country = $0 { return true } else { return false } }),
               case .country(let code, _) = country.entry {
                if phrase.country == nil { phrase.country = code }
                if !phrase.countries.contains(code) { phrase.countries.append(code) }
                end = country.end
                continue
            }
            // connectors, commas, conjunctions and up to two unknown words, when a portfolio or country follows
            var ahead = end
            var skipped = 0
            while ahead < sentence.upperBound && skipped < 3 {
                let token = tokens[ahead]
                if let connector = view.match(paragraph, ahead, where: { $0 == .connector }) {
                    ahead = connector.end
                    skipped += 1
                } else {
                    // (a function word that reports a meeting, Persian "دیدار", ends the office)
                    let isJoiner = token.norm == "," || token.norm == "،"
                        || view.match(paragraph, ahead, where: { $0 == .conjunction }) != nil
                        || (scanner.isStopword(paragraph, ahead) && !scanner.isLexical(paragraph, ahead))
                        || scanner.isParticle(paragraph, ahead)
                        || (token.script == .arabic && !scanner.isLexical(paragraph, ahead) && skipped < 2)
                    guard isJoiner else { break }
                    ahead += 1
                    skipped += 1
                }
                if view.match(paragraph, ahead, where: { entry in
                    if case .portfolio = entry { return true }
                    if case .country = entry { return true }
                    return false
                }) != nil {
                    break
                }
            }
            if ahead > end, ahead < sentence.upperBound, let next = view.match(paragraph, ahead, where: { entry in
                if case .portfolio = entry { return true }
                if case .country = entry { return true }
                return false
            }) {
                // "... van Justitie en de Guyanese minister": a country qualifying the next title is another office
                if case .country = next.entry, next.end < sentence.upperBound, view.match(paragraph, next.end, where: { entry in
                    switch entry {
                    case .title, .counterpart: return true
                    default: return false
                    }
                }) != nil {
                    break
                }
                end = ahead
                continue
            }
            // a portfolio of one word the lexicon lacks, before a name of two: "staatssecretaris van
            // Koninkrijksrelaties Zsolt Szabó", "Secretary of Fisheries Juan Pérez"
            if phrase.portfolio == nil, end == match.end, end + 3 < sentence.upperBound,
               let connector = view.match(paragraph, end, where: { $0 == .connector }), connector.end == end + 1,
               tokens[end].script == .latin, !tokens[end].isCapitalized,
               tokens[end + 1].kind == .word, tokens[end + 1].script == .latin, tokens[end + 1].isCapitalized,
               !scanner.isLexical(paragraph, end + 1), !scanner.isStopword(paragraph, end + 1),
               view.match(paragraph, end + 1, where: { if case .knownPerson = $0 { return true } else { return false } }) == nil,
               let name = scanner.nameRight(paragraph, from: end + 2, limit: sentence.upperBound), name.lowerBound == end + 2,
               name.filter({ tokens[$0].isCapitalized }).count >= 2,
               name.upperBound >= sentence.upperBound || !tokens[name.upperBound].isCapitalized
                   || tokens[name.upperBound].kind != .word {
                end += 2
                break
            }
            // an Arabic nisba the lexicon lacks right after the office ("وزير الداخلية الزوربي X"): a country
            // adjective of its own kind, not the start of the name
            if tokens[end].script == .arabic, end > match.end, NameScanner.hasArticle(tokens[end]),
               tokens[end].norm.hasSuffix("ي") || tokens[end].norm.hasSuffix("ية"),
               !scanner.isLexical(paragraph, end), !scanner.isStopword(paragraph, end),
               end + 1 < sentence.upperBound, tokens[end + 1].script == .arabic, !NameScanner.hasArticle(tokens[end + 1]) {
                end += 1
                break
            }
            // a portfolio the lexicon lacks, written in capitals before one it knows, the name right after:
            // "Minister for Climate Crisis and Civil Protection Vassilis Kikilias"
            if let longer = unknownPortfolioRun(from: end, afterPortfolio: phrase.portfolio != nil, paragraph: paragraph,
                                                sentence: sentence, view: view, scanner: scanner) {
                end = longer
                continue
            }
            break
        }
        phrase.end = end
        return phrase
    }

    /// The end of a known portfolio reached over up to four capitalized words and "and" from `start`,
    /// when a capitalized name that is no office follows it.
    private static func unknownPortfolioRun(from start: Int, afterPortfolio: Bool, paragraph: Int, sentence: Range<Int>,
                                            view: TextView, scanner: NameScanner) -> Int? {
        let tokens = view.paragraphs[paragraph].tokens
        // it goes on with a portfolio or opens with a connector ("for", "de"): a capitalized word right after
        // the bare title is a name
        guard start < sentence.upperBound, tokens[start].script == .latin,
              afterPortfolio || (!tokens[start].isCapitalized && view.match(paragraph, start, where: { $0 == .connector }) != nil)
        else { return nil }
        var position = start
        var words = 0
        while position < sentence.upperBound && words <= 4 {
            if let portfolio = view.match(paragraph, position, where: { if case .portfolio = $0 { return true } else { return false } }),
               position > start {
                var end = portfolio.end
                while let more = view.match(paragraph, end, where: { if case .portfolio = $0 { return true } else { return false } }) {
                    end = more.end
                }
                guard end < sentence.upperBound, scanner.isLatinNameWord(paragraph, end),
                      view.match(paragraph, end, where: { if case .title = $0 { return true } else { return false } }) == nil,
                      scanner.nameRight(paragraph, from: end, limit: sentence.upperBound) != nil else { return nil }
                return end
            }
            let token = tokens[position]
            let capitalized = token.kind == .word && token.script == .latin && token.isCapitalized && !scanner.isLexical(paragraph, position)
            guard capitalized || scanner.isStopword(paragraph, position) || token.norm == "&" else { return nil }
            if capitalized { words += 1 }
            position += 1
        }
        return nil
    }

    /// A country name or adjective whose match ends exactly at `boundary`.
    private static func countryEnding(at boundary: Int, paragraph: Int, from: Int, view: TextView) -> (code: String, start: Int)? {
        guard boundary > from else { return nil }
        for start in stride(from: boundary - 1, through: from, by: -1) {
            for match in view.matches(paragraph, start) where match.end == boundary {
                if case .country(let code, _) = match.entry { return (code, start) }
            }
        }
        return nil
    }
}
