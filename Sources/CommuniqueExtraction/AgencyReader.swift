import CommuniqueLexicon
import CommuniqueText

/// Reads agencies and services: a national service named by its generic name
/// ("the Libyan Coast Guard", "Garde nationale tunisienne", "الدفاع المدني"),
/// a proper name followed by its acronym ("National Emergency and Civil
/// Protection Authority (ANEPC)"), and an agency word with a country and a
/// name ("l'agence belge de développement Enabel"). Each belongs to the
/// country written next to it; a service named without one is resolved once
/// the whole article is read (see `resolve`).
struct AgencyReader {
    let lexicon: Lexicon
    let view: TextView
    let scanner: NameScanner
    let countries: PhraseCountries

    /// A service named without its country.
    struct Pending {
        var service: String
        var form: NameForm
        var sentence: Int
        /// The known body the name was read as, when it is a knowledge-base name.
        var known: Int?
        /// Written as a body's full name ("Dipartimento della Protezione civile"), not by the bare service word.
        var named = false
    }

    enum Reading {
        case found(InstitutionFinder.Found)
        case pending(Pending)
    }

    // MARK: national services

    /// A match of a service, or of a known body that is a country's instance
    /// of one, at `match`; `nil` when the words name a field of activity, a
    /// minister's portfolio or a body without the country it needs.
    func service(_ id: String, match: PhraseMatcher.Match, known: Int? = nil, paragraph: Int,
                 sentence: TextView.Sentence, number: Int) -> Reading? {
        guard let kind = lexicon.services[id] else { return nil }
        let content = view.paragraphs[paragraph]
        let tokens = content.tokens
        let floor = sentence.range.lowerBound
        let limit = sentence.range.upperBound
        if isPortfolio(match, paragraph: paragraph, floor: floor) { return nil }
        // a generic word opening the body's name ("Direction générale de la"), or a word next to it that shows
        // it is the body ("teams", "فرق")
        let agencyWord = wordStart(.agencyWord, before: match.start, paragraph: paragraph, floor: floor)
        let cue = agencyWord ?? wordStart(.serviceCue, before: match.start, paragraph: paragraph, floor: floor)
            ?? cueAfter(match.end, paragraph: paragraph, limit: limit)
        let start = agencyWord ?? match.start
        let adjacent = countries.adjacent(match.start..<match.end, paragraph: paragraph, floor: floor, limit: limit)
            ?? (start < match.start ? countries.adjacent(start..<match.end, paragraph: paragraph, floor: floor, limit: limit) : nil)
        var owner = adjacent ?? countries.first(after: match.end, paragraph: paragraph, limit: limit, cities: true)
        // a known name that holds its country ("Policía Nacional española")
        if let known, (match.start..<match.end).contains(where: { countries.country(at: $0, paragraph: paragraph) != nil }) {
            owner = lexicon.institutions[known].countries.first
        }
        if let found = owner, !kind.countries.isEmpty, !kind.countries.contains(found) { owner = nil }
        // the words also name a field ("in the field of civil protection"): the body only as a name
        let first = tokens[match.start]
        let field = content.annotations[match.start].contains { other in
            if case .topic = other.entry { return other.end >= match.end - 1 } else { return false }
        } || (match.start..<match.end).contains { index in
            content.annotations[index].contains { if case .topic = $0.entry { return $0.end >= match.end } else { return false } }
        }
        if field {
            let nouns = lexicon.profile(content.languageIndex)?.capitalizesNouns ?? false
            let capitalized = first.script == .latin && first.isCapitalized && match.start > floor && !nouns
            guard capitalized || cue != nil || adjacent != nil else { return nil }
        }
        if kind.needsCountry && owner == nil && known == nil { return nil }
        // the written form with the country word next to it: "Guardia costiera libica", "French police"
        var end = match.end
        var formStart = start
        if let owner, owner == adjacent {
            if end < limit, let hit = countries.country(at: end, paragraph: paragraph), hit.code == owner {
                end = hit.end
            } else {
                let before = formStart - 1 >= floor && tokens[formStart - 1].norm == "'s" ? formStart - 1 : formStart
                for from in stride(from: before - 1, through: max(floor, before - 4), by: -1) {
                    if let hit = countries.country(at: from, paragraph: paragraph), hit.end == before, hit.code == owner {
                        formStart = from
                        break
                    }
                }
            }
        }
        if let owner, owner != adjacent {
            // "Armed Forces of Malta"
            for next in (end + 1)..<min(limit, end + 3) where countries.isFunctionWord(paragraph, next - 1) {
                if let hit = countries.country(at: next, paragraph: paragraph), hit.code == owner {
                    end = hit.end
                    break
                }
            }
        }
        let form = NameForm(view.text(paragraph, formStart..<end), language: content.language)
        guard let owner else {
            return .pending(Pending(service: id, form: form, sentence: number, known: known, named: cue != nil))
        }
        return .found(body(service: id, country: owner, form: form, sentence: number))
    }

    /// The node of service `id` in `country`: the known body when the knowledge base has it.
    func body(service id: String, country: String, form: NameForm, sentence: Int) -> InstitutionFinder.Found {
        var found: InstitutionFinder.Found
        if let index = lexicon.institutionByService["\(id)/\(country)"] {
            let known = lexicon.institutions[index]
            found = InstitutionFinder.Found(key: "known/" + known.id, kind: known.kind, label: known.label, forms: [form],
                                            countries: known.countries, portfolio: nil, topic: nil, sentence: sentence)
        } else {
            let label = lexicon.services[id]?.label ?? id
            found = InstitutionFinder.Found(key: "service/\(id)/\(country)", kind: "Agency",
                                            label: "\(label) (\(lexicon.countries.englishName(country)))", forms: [form],
                                            countries: [country], portfolio: nil, topic: nil, sentence: sentence)
        }
        found.service = id
        return found
    }

    /// The countries of services named without one: the country the article
    /// gives the same service elsewhere when it gives one, else the story's
    /// own country (a generic word like "police" needs its country written).
    /// A service only some countries have ("federale politie": Belgium, not the Netherlands) is, when the story's
    /// country has none, the one of the meeting's countries that has one.
    func resolve(_ pending: [Pending], found: [InstitutionFinder.Found], home: String?,
                 meetingCountries: [String]) -> [InstitutionFinder.Found] {
        var result: [InstitutionFinder.Found] = []
        for item in pending {
            guard let kind = lexicon.services[item.service] else { continue }
            let named = Set(found.compactMap { body in
                body.service == item.service ? body.countries.first : nil
            })
            var country: String?
            // a bare service word is the one the article names with its country ("la Guardia costiera" after
            // "la Guardia costiera libica"); a full name without a country is the story's own body
            if named.count == 1 && item.known == nil && !(item.named && home != nil) {
                country = named.first
            } else if let known = item.known {
                // a known name is that body, unless the name is shared by a few countries' bodies (Bundeskriminalamt)
                if let home, kind.countries.contains(home) {
                    country = home
                } else {
                    country = lexicon.institutions[known].countries.first
                }
            } else if !kind.needsCountry, let home {
                if kind.countries.isEmpty || kind.countries.contains(home) {
                    country = home
                } else {
                    let having = meetingCountries.filter(kind.countries.contains)
                    country = having.count == 1 ? having[0] : nil
                }
            }
            guard let country else { continue }
            result.append(body(service: item.service, country: country, form: item.form, sentence: item.sentence))
        }
        return result
    }

    /// Where a word that shows the service is a body starts: an agency word
    /// ("Direction générale de la", "Agenzia nazionale di") or a cue ("فرق", "agents de").
    private func wordStart(_ entry: LexicalEntry, before start: Int, paragraph: Int, floor: Int) -> Int? {
        let tokens = view.paragraphs[paragraph].tokens
        var position = start - 1
        var best: PhraseMatcher.Match?
        var words = 0
        // function words and at most one modifier between ("Agenzia nazionale di", "المديرية العامة لل")
        while position >= max(floor, start - 5) {
            let token = tokens[position]
            if token.kind == .punctuation { break }
            if view.matches(paragraph, position).contains(where: { $0.entry == .conjunction }) { break }
            if let cue = view.matches(paragraph, position).first(where: { $0.entry == entry && $0.end <= start }) {
                best = cue
                break
            }
            if !countries.isFunctionWord(paragraph, position) {
                words += 1
                if words > 1 { break }
            }
            position -= 1
        }
        guard var cue = best else { return nil }
        // the longest such word ending there ("General Directorate", not "Directorate")
        for earlier in stride(from: cue.start - 1, through: max(floor, cue.start - 3), by: -1) {
            if let longer = view.matches(paragraph, earlier).first(where: { $0.entry == entry && $0.end == cue.end }) { cue = longer }
        }
        // a modifier between only after a capitalized name word or in a script without capitals
        // ("Agenzia nazionale di", not "oficina de enlace de")
        if words > 0, tokens[cue.start].script == .latin, !tokens[cue.start].isCapitalized { return nil }
        return cue.start
    }

    /// A cue right after the service ("civil protection teams"): where it starts, for the written form it is not.
    private func cueAfter(_ end: Int, paragraph: Int, limit: Int) -> Int? {
        guard end < limit, view.matches(paragraph, end).contains(where: { $0.entry == .serviceCue || $0.entry == .agencyWord })
        else { return nil }
        return end
    }

    /// True when the words are the portfolio of a title or ministry just before
    /// ("il ministro per la Protezione civile").
    private func isPortfolio(_ match: PhraseMatcher.Match, paragraph: Int, floor: Int) -> Bool {
        let covered = (max(floor, match.start - 1)...match.start).contains { position in
            view.matches(paragraph, position).contains { other in
                if case .portfolio = other.entry { return other.end > match.start } else { return false }
            }
        }
        guard covered else { return false }
        // the title or ministry word, then only function words or a country adjective before the portfolio
        var position = match.start - 1
        while position >= max(floor, match.start - 4) {
            for other in view.matches(paragraph, position) {
                switch other.entry {
                case .title, .ministryWord:
                    if other.end == match.start || (other.end..<match.start).allSatisfy({ index in
                        countries.isFunctionWord(paragraph, index) || countries.country(at: index, paragraph: paragraph) != nil
                    }) { return true }
                default: continue
                }
            }
            position -= 1
        }
        return false
    }

    // MARK: proper names with an acronym

    /// A name written with its acronym in parentheses, "(ACR)" starting at
    /// `open`: the name's range (without a leading country word), the acronym
    /// and the institution words inside it.
    struct AcronymName {
        var range: Range<Int>
        var acronymEnd: Int
        var acronym: String
        var heads: [PhraseMatcher.Match]
    }

    func acronymName(open: Int, paragraph: Int, sentence: TextView.Sentence) -> AcronymName? {
        let content = view.paragraphs[paragraph]
        let tokens = content.tokens
        let floor = sentence.range.lowerBound
        guard tokens[open].norm == "(", open + 2 < sentence.range.upperBound, tokens[open + 2].norm == ")" else { return nil }
        let acronym = tokens[open + 1]
        guard acronym.kind == .word, acronym.script == .latin, acronym.isUppercase,
              (2...8).contains(acronym.norm.unicodeScalars.count), open > floor else { return nil }
        // the words before the parenthesis that can belong to a name
        var start = open
        var position = open - 1
        var lowercase = 0
        var headStart: Int?
        while position >= floor && open - position <= 12 {
            let token = tokens[position]
            if token.kind == .punctuation {
                // "Immigratie- en Naturalisatiedienst": a hyphen ending a word that shares the next one's ending
                if token.norm == "-", !token.spaceBefore, position - 1 >= floor, tokens[position - 1].kind == .word {
                    position -= 1
                    continue
                }
                // "Agency for Integration, Migration and Asylum"
                if token.norm == ",", position - 1 >= floor, position + 1 < open, tokens[position + 1].isCapitalized,
                   tokens[position - 1].isCapitalized {
                    position -= 1
                    continue
                }
                break
            }
            guard token.script == .latin else { break }
            if token.norm == "'s" { break }
            if token.isCapitalized {
                lowercase = 0
                start = position
                if isHead(paragraph, position) { headStart = position }
            } else if !isFunctionWord(token, paragraph) {
                lowercase += 1
                if lowercase > 4 { break }
            }
            position -= 1
        }
        // a head-first name (Romance languages) starts at its head word; an
        // English one at the first capitalized word of the run
        if let headStart, tokens[headStart..<open].contains(where: { $0.kind == .word && !$0.isCapitalized && !isFunctionWord($0, paragraph) }) {
            start = headStart
        } else {
            // in a run of capitals, lower-case content words end the name
            var index = open - 1
            var first = open
            while index >= start {
                let token = tokens[index]
                if token.kind == .word && !token.isCapitalized && !isFunctionWord(token, paragraph)
                    && view.match(paragraph, index, where: { $0 == .connector }) == nil { break }
                if token.isCapitalized { first = index }
                index -= 1
            }
            start = first
        }
        // "Carabineros y la Policía de Investigaciones (PDI)": after a conjunction, the words whose initials
        // spell the acronym are the name
        if let conjunction = (start..<open).last(where: { view.match(paragraph, $0, where: { $0 == .conjunction }) != nil }) {
            var first = conjunction + 1
            while first < open, tokens[first].kind == .word, !tokens[first].isCapitalized,
                  scanner.isStopword(paragraph, first) || view.match(paragraph, first, where: { $0 == .connector }) != nil
                    || tokens[first].norm.unicodeScalars.count <= 3 {
                first += 1
            }
            let words = tokens[first..<open].filter { $0.kind == .word }
            let capitals = String(words.filter(\.isCapitalized).compactMap(\.norm.first))
            let all = String(words.compactMap(\.norm.first))
            let letters = acronym.norm.lowercased()
            if first < open, letters == capitals.lowercased() || letters == all.lowercased() { start = first }
        }
        // leading function words and a leading country word are not the name
        while start < open, tokens[start].kind == .word, scanner.isStopword(paragraph, start) { start += 1 }
        while start < open, let hit = countries.country(at: start, paragraph: paragraph), hit.end <= open - 1 { start = hit.end }
        guard start < open else { return nil }
        var heads: [PhraseMatcher.Match] = []
        for index in start..<(open + 2) {
            for match in view.matches(paragraph, index) where match.end <= open + 2 && isHeadEntry(match.entry) {
                heads.append(match)
            }
        }
        guard !heads.isEmpty else { return nil }
        return AcronymName(range: start..<open, acronymEnd: open + 3, acronym: acronym.norm, heads: heads)
    }

    /// The body an acronym name stands for, with its country: one named next
    /// to it or inside it, in an apposition after it, or the story's own.
    func agency(_ name: AcronymName, paragraph: Int, sentence: TextView.Sentence, number: Int,
                home: String?) -> InstitutionFinder.Found? {
        let content = view.paragraphs[paragraph]
        let tokens = content.tokens
        let floor = sentence.range.lowerBound
        let limit = sentence.range.upperBound
        let form = NameForm(view.text(paragraph, name.range.lowerBound..<name.acronymEnd), language: content.language)
        for head in name.heads {
            if case .knownInstitution(let index) = head.entry {
                let known = lexicon.institutions[index]
                return InstitutionFinder.Found(key: "known/" + known.id, kind: known.kind, label: known.label, forms: [form],
                                               countries: known.countries, portfolio: nil, topic: nil, sentence: number)
            }
        }
        // the country right after the acronym first: "la Policía de Investigaciones (PDI) de Chile"
        var owner: String? = nil
        if name.acronymEnd + 1 < limit, view.match(paragraph, name.acronymEnd, where: { $0 == .connector }) != nil,
           let hit = countries.country(at: name.acronymEnd + 1, paragraph: paragraph) {
            owner = hit.code
        }
        owner = owner ?? countries.adjacent(name.range, paragraph: paragraph, floor: floor, limit: name.range.lowerBound)
        if owner == nil {
            for index in name.range {
                if let hit = countries.country(at: index, paragraph: paragraph) {
                    owner = hit.code
                    break
                }
            }
        }
        // an apposition: "(ANEPC), el organismo portugués"
        if owner == nil, name.acronymEnd < limit, tokens[name.acronymEnd].norm == "," {
            for index in (name.acronymEnd + 1)..<min(limit, name.acronymEnd + 5) {
                if tokens[index].isClauseMark || tokens[index].isSentenceEnd { break }
                if let hit = countries.country(at: index, paragraph: paragraph) {
                    owner = hit.code
                    break
                }
            }
        }
        // an international body the knowledge base does not know is left alone
        if owner == nil && isInternational(name.range, paragraph: paragraph) { return nil }
        guard let owner = owner ?? home else { return nil }
        let label = view.text(paragraph, name.range) + " (" + view.text(paragraph, (name.range.upperBound + 1)..<(name.range.upperBound + 2)) + ")"
        // a name holding one service is that country's service ("National Emergency and Civil Protection Authority"):
        // "the Portuguese civil protection" in another article is the same body
        let services = Set(name.heads.compactMap { head -> String? in if case .service(let id) = head.entry { return id } else { return nil } })
        if services.count == 1, let id = services.first, lexicon.services[id]?.needsCountry == false {
            var body = body(service: id, country: owner, form: form, sentence: number)
            if body.key.hasPrefix("service/") { body.label = label }
            return body
        }
        return InstitutionFinder.Found(key: "agency/\(name.acronym.lowercased())/\(owner)", kind: "Agency", label: label,
                                       forms: [form], countries: [owner], portfolio: nil, topic: nil, sentence: number)
    }

    private func isInternational(_ range: Range<Int>, paragraph: Int) -> Bool {
        range.contains { index in view.matches(paragraph, index).contains { $0.entry == .international } }
    }

    // MARK: capitalized names

    /// "the National Crime Agency", "Federal Office for Migration and Refugees":
    /// capitalized words around an agency word, in a language that capitalizes
    /// only names. Its country is one named in or next to it, else the story's.
    func capitalizedName(_ match: PhraseMatcher.Match, paragraph: Int, sentence: TextView.Sentence, number: Int,
                         home: String?) -> InstitutionFinder.Found? {
        let content = view.paragraphs[paragraph]
        let tokens = content.tokens
        let floor = sentence.range.lowerBound
        let limit = sentence.range.upperBound
        guard !(lexicon.profile(content.languageIndex)?.capitalizesNouns ?? false),
              tokens[match.start].script == .latin, tokens[match.start].isCapitalized else { return nil }
        func nameWord(_ index: Int) -> Bool {
            let token = tokens[index]
            guard token.kind == .word, token.script == .latin, token.isCapitalized, token.norm != "'s",
                  !scanner.isStopword(paragraph, index) else { return false }
            return !view.matches(paragraph, index).contains { other in
                switch other.entry {
                case .knownPerson, .title, .honorific, .place, .ministry, .ministryWord, .service, .knownInstitution: return true
                default: return false
                }
            }
        }
        // a service named after the agency word is read with it ("Dipartimento della Protezione civile")
        var look = match.end
        while look < limit, countries.isFunctionWord(paragraph, look) { look += 1 }
        if look < limit, view.matches(paragraph, look).contains(where: { if case .service = $0.entry { return true } else { return false } }) {
            return nil
        }
        var start = match.start
        while start - 1 >= floor, nameWord(start - 1) { start -= 1 }
        var end = match.end
        // "for Migration and Refugees", "voor de Vluchtelingen en de Staatlozen" (a name right after the agency
        // word is as often a news agency's: "Agenzia Nova")
        names: while end < limit {
            var next = end
            // "of", "for", "voor de"; not a locative ("Frontex en el Mediterráneo")
            while next < limit, next - end < 2, countries.isFunctionWord(paragraph, next),
                  !view.matches(paragraph, next).contains(where: { $0.entry == .locative }) { next += 1 }
            guard next > end, next < limit, nameWord(next), countries.country(at: next, paragraph: paragraph) == nil
            else { break names }
            end = next
            while end < limit, nameWord(end), countries.country(at: end, paragraph: paragraph) == nil { end += 1 }
        }
        // a sentence's first word is capitalized anyway
        let first = start == floor ? start + 1 : start
        let words = (first..<end).filter { ($0 < match.start || $0 >= match.end) && nameWord($0) }.count
        guard words >= 1, !isInternational(start..<end, paragraph: paragraph),
              !(start..<end).contains(where: { index in view.matches(paragraph, index).contains { $0.entry == .newsWord } })
        else { return nil }
        var owner = countries.adjacent(start..<end, paragraph: paragraph, floor: floor, limit: limit)
        var nameStart = start
        while nameStart < match.start, let hit = countries.country(at: nameStart, paragraph: paragraph) {
            owner = owner ?? hit.code
            nameStart = hit.end
        }
        if owner == nil {
            for index in nameStart..<end {
                if let hit = countries.country(at: index, paragraph: paragraph) { owner = hit.code; break }
            }
        }
        guard nameStart < match.start || end > match.end, let owner = owner ?? home else { return nil }
        let text = view.text(paragraph, nameStart..<end)
        let key = Tokenizer.tokenize(text).filter(\.isWord).map(\.norm).joined(separator: " ")
        return InstitutionFinder.Found(key: "agency/\(key)/\(owner)", kind: "Agency", label: text,
                                       forms: [NameForm(text, language: content.language)], countries: [owner],
                                       portfolio: nil, topic: nil, sentence: number)
    }

    private func isHeadEntry(_ entry: LexicalEntry) -> Bool {
        switch entry {
        case .institution(let kind, _): return kind != "Party" && kind != "Embassy"
        case .service, .knownInstitution, .agencyHead: return true
        default: return false
        }
    }

    private func isHead(_ paragraph: Int, _ position: Int) -> Bool {
        view.matches(paragraph, position).contains { isHeadEntry($0.entry) || $0.entry == .jointBodyHead }
    }

    private func isFunctionWord(_ token: Token, _ paragraph: Int) -> Bool {
        if token.norm.hasSuffix("'") { return true }
        guard let profile = lexicon.profile(view.paragraphs[paragraph].languageIndex) else { return false }
        return profile.stopwords.contains(token.norm) || profile.nameParticles.contains(token.norm)
    }

    // MARK: agency word, country, name

    /// "l'agence belge de développement Enabel": an agency word, a country
    /// adjective, a few words and a proper name; not a news agency.
    func namedAgency(_ match: PhraseMatcher.Match, paragraph: Int, sentence: TextView.Sentence,
                     number: Int) -> InstitutionFinder.Found? {
        let content = view.paragraphs[paragraph]
        let tokens = content.tokens
        let limit = sentence.range.upperBound
        guard tokens[match.start].script == .latin, match.end < limit,
              let owner = countries.country(at: match.end, paragraph: paragraph) else { return nil }
        var position = owner.end
        var words = 0
        while position < limit && words <= 3 {
            let token = tokens[position]
            if token.kind != .word || token.isCapitalized { break }
            if view.matches(paragraph, position).contains(where: { $0.entry == .newsWord }) { return nil }
            position += 1
            words += 1
        }
        guard position < limit, let name = scanner.nameRight(paragraph, from: position, limit: limit),
              !view.matches(paragraph, name.lowerBound).contains(where: { $0.entry == .newsWord }) else { return nil }
        let text = view.text(paragraph, name)
        let key = Tokenizer.tokenize(text).filter(\.isWord).map(\.norm).joined(separator: " ")
        return InstitutionFinder.Found(key: "agency/\(key)/\(owner.code)", kind: "Agency", label: text,
                                       forms: [NameForm(view.text(paragraph, match.start..<name.upperBound), language: content.language)],
                                       countries: [owner.code], portfolio: nil, topic: nil, sentence: number)
    }
}
