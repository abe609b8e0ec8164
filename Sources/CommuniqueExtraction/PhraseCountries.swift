import CommuniqueLexicon
import CommuniqueText

/// The countries written next to a phrase: the adjective or name that says
/// whose ministry, service or committee it is ("the Libyan Coast Guard",
/// "Garde nationale tunisienne", "Cape Verde's National Police", "Armed
/// Forces of Malta", "وزارة الخارجية ... في عمّان").
struct PhraseCountries {
    let lexicon: Lexicon
    let view: TextView
    let scanner: NameScanner

    /// The country a match of a country name or adjective stands for. A word
    /// that is also a city of another country ("عمّان": Amman, Oman) is the
    /// city after a locative ("في عمّان"), else the country ("شرطة عُمان").
    func code(of match: PhraseMatcher.Match, paragraph: Int) -> String? {
        guard case .country(let code, _) = match.entry else { return nil }
        let tokens = view.paragraphs[paragraph].tokens
        let afterLocative = (max(0, match.start - 2)..<match.start).contains { position in
            view.matches(paragraph, position).contains { $0.entry == .locative && $0.end == match.start }
        }
        // a dateline: the place opening a paragraph, before a comma or dash ("عمّان، الأحد ...")
        let dateline = !tokens[..<match.start].contains(where: \.isWord)
            && match.end < tokens.count && tokens[match.end].kind == .punctuation
        guard afterLocative || dateline else { return code }
        for other in view.matches(paragraph, match.start) where other.end == match.end {
            if case .place(let index) = other.entry, let city = lexicon.places[index].country, city != code { return city }
        }
        return code
    }

    /// The country of the first city the article names outside its title: where the story happens.
    func storyCountry() -> String? {
        for (number, paragraph) in view.paragraphs.enumerated() where !paragraph.isTitle {
            for position in paragraph.tokens.indices {
                if let city = cityCountry(number, position) { return city.code }
            }
        }
        return nil
    }

    /// The countries of the cities named in `range` (not the country names).
    func cityCountries(_ paragraph: Int, _ range: Range<Int>) -> [String] {
        var codes: [String] = []
        for position in range {
            guard view.matches(paragraph, position).contains(where: { if case .place = $0.entry { return true } else { return false } })
            else { continue }
            // a city, unless the word is a country here
            if let hit = country(at: position, paragraph: paragraph), let city = cityCountry(paragraph, position), hit.code != city.code {
                continue
            }
            if let city = cityCountry(paragraph, position), !codes.contains(city.code) { codes.append(city.code) }
        }
        return codes
    }

    /// The country of a city or venue named at `position`.
    func cityCountry(_ paragraph: Int, _ position: Int) -> (code: String, end: Int)? {
        for match in view.matches(paragraph, position) {
            if case .place(let index) = match.entry, let code = lexicon.places[index].country { return (code, match.end) }
        }
        return nil
    }

    /// A country name or adjective starting at `position`, with its end.
    func country(at position: Int, paragraph: Int) -> (code: String, end: Int)? {
        guard position >= 0, position < view.paragraphs[paragraph].tokens.count else { return nil }
        for match in view.matches(paragraph, position) {
            if case .country = match.entry, let code = code(of: match, paragraph: paragraph) { return (code, match.end) }
        }
        return nil
    }

    /// The countries named right after `end`, across function words and commas
    /// ("de la République de Gambie", "of Malta and Libya"); with `cities`, a
    /// city after a function word stands for its country ("im Außenministerium
    /// in Teheran", "di Tirana").
    func after(_ end: Int, paragraph: Int, limit: Int, cities: Bool = false) -> [String] {
        var found: [String] = []
        var position = end
        var gap = 0
        while position < limit && gap <= 2 {
            if let hit = country(at: position, paragraph: paragraph) {
                if !found.contains(hit.code) { found.append(hit.code) }
                position = hit.end
                gap = 0
                continue
            }
            if cities && gap > 0 && found.isEmpty, let city = cityCountry(paragraph, position) {
                if !found.contains(city.code) { found.append(city.code) }
                break
            }
            let token = view.paragraphs[paragraph].tokens[position]
            guard token.norm == "," || token.norm == "،" || isFunctionWord(paragraph, position) else { break }
            // "the Border Force and the French gendarmerie": a conjunction before any country ends the phrase
            if found.isEmpty, view.matches(paragraph, position).contains(where: { $0.entry == .conjunction }) { break }
            position += 1
            gap += 1
        }
        return found
    }

    /// The first country named right after `end` (see `after`).
    func first(after end: Int, paragraph: Int, limit: Int, cities: Bool = false) -> String? {
        after(end, paragraph: paragraph, limit: limit, cities: cities).first
    }

    /// The country named right before `start`, across function words and a
    /// possessive ("the Portuguese ...", "Türkiye's ...", "de la ... marocaine").
    func before(_ start: Int, paragraph: Int, floor: Int) -> String? {
        var position = start - 1
        var steps = 0
        let tokens = view.paragraphs[paragraph].tokens
        while position >= floor && steps < 3 {
            for from in stride(from: position, through: max(floor, position - 3), by: -1) {
                for match in view.matches(paragraph, from) where match.end == position + 1 {
                    if case .country = match.entry, let code = code(of: match, paragraph: paragraph) { return code }
                }
            }
            guard isFunctionWord(paragraph, position) || tokens[position].norm == "'s" || tokens[position].norm == "'"
            else { return nil }
            position -= 1
            steps += 1
        }
        return nil
    }

    /// A function word: a stopword, a connector ("de la", "of the") or a name particle.
    func isFunctionWord(_ paragraph: Int, _ position: Int) -> Bool {
        let token = view.paragraphs[paragraph].tokens[position]
        guard token.kind == .word else { return false }
        return scanner.isStopword(paragraph, position) || scanner.isParticle(paragraph, position) && !token.isCapitalized
            || view.matches(paragraph, position).contains { $0.entry == .connector }
    }

    /// The country named directly next to a phrase (no word between), before or after it.
    func adjacent(_ range: Range<Int>, paragraph: Int, floor: Int, limit: Int) -> String? {
        let tokens = view.paragraphs[paragraph].tokens
        // directly after: "Guardia costiera libica", "الدفاع المدني العماني"
        if range.upperBound < limit, let hit = country(at: range.upperBound, paragraph: paragraph),
           view.matches(paragraph, range.upperBound).contains(where: {
               if case .country(_, let adjective) = $0.entry { return adjective } else { return false } }) {
            return hit.code
        }
        // directly before, or with a possessive: "Libyan Coast Guard", "Türkiye's Coast Guard"
        var end = range.lowerBound
        if end - 1 >= floor, tokens[end - 1].norm == "'s" || tokens[end - 1].norm == "'" { end -= 1 }
        for from in stride(from: end - 1, through: max(floor, end - 4), by: -1) {
            for match in view.matches(paragraph, from) where match.end == end {
                if case .country = match.entry, let code = code(of: match, paragraph: paragraph) { return code }
            }
        }
        return nil
    }
}
