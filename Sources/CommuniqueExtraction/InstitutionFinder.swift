import CommuniqueLexicon
import CommuniqueText

/// Finds institutions: ministries (a ministry word with a portfolio, or a
/// compound naming one), known institutions, joint bodies of two countries
/// (`JointBodyReader`), agencies and services (`AgencyReader`), and named
/// foundations.
struct InstitutionFinder {
    let lexicon: Lexicon
    let view: TextView
    let scanner: NameScanner
    /// Countries of the article's meeting(s), for joint bodies and "both ministries".
    let meetingCountries: [String]
    /// The story's own country: of an unqualified ministry or service.
    let homeCountry: String?
    /// Country → portfolio of the minister of that country in the story, for
    /// "the Mauritanian ministry" without a portfolio.
    let portfolioByCountry: [String: String]
    /// Per sentence, the persons named in it, in order: whose ministry "the ministry of the interior" is.
    let sentencePersons: [[Owner]]
    /// The host's country of the article's first meeting.
    let hostCountry: String?
    /// The country of the meeting's venue: a ministry named as a seat there is that country's.
    let venueCountry: String?

    /// A person named in a sentence: the country they serve, their portfolio and where the name starts.
    struct Owner: Hashable {
        var country: String
        var portfolio: String?
        var position: Int
    }

    struct Found {
        var key: String
        var kind: String
        var label: String
        var forms: [NameForm]
        var countries: [String]
        var portfolio: String?
        var topic: String?
        var sentence: Int
        /// The `services` id of a national service.
        var service: String?
    }

    private var countries: PhraseCountries { PhraseCountries(lexicon: lexicon, view: view, scanner: scanner) }
    private var agencies: AgencyReader { AgencyReader(lexicon: lexicon, view: view, scanner: scanner, countries: countries) }
    private var jointBodies: JointBodyReader {
        JointBodyReader(lexicon: lexicon, view: view, countries: countries, meetingCountries: meetingCountries,
                        sentencePersons: sentencePersons.map { $0.map(\.country) })
    }

    /// Whose a named body without a country is: the one country of the people the sentence names ("Il ministro
    /// Chaudhry ha illustrato le misure della Federal Investigation Agency"), else the story's own.
    private func home(of sentence: Int) -> String? {
        let named = Set(sentencePersons[sentence].compactMap(\.country))
        return named.count == 1 ? named.first : homeCountry
    }

    func find() -> [Found] {
        var found: [Found] = []
        var pending: [AgencyReader.Pending] = []
        let agencies = self.agencies
        let jointBodies = self.jointBodies
        for (number, sentence) in view.sentences.enumerated() {
            let paragraph = sentence.paragraph
            let content = view.paragraphs[paragraph]
            let language = content.language
            // names with their acronym first: their words are read as one body
            var covered = Set<Int>()
            for open in sentence.range where content.tokens[open].norm == "(" {
                guard let name = agencies.acronymName(open: open, paragraph: paragraph, sentence: sentence),
                      let body = agencies.agency(name, paragraph: paragraph, sentence: sentence, number: number,
                                                 home: home(of: number))
                else { continue }
                found.append(body)
                covered.formUnion(name.range.lowerBound..<name.acronymEnd)
            }
            var position = sentence.range.lowerBound
            while position < sentence.range.upperBound {
                if covered.contains(position) {
                    position += 1
                    continue
                }
                let matches = view.matches(paragraph, position)
                var advanced = false
                for match in matches {
                    switch match.entry {
                    case .ministryWord(let plural):
                        if let (bodies, end) = ministryPhrase(match, plural: plural, paragraph: paragraph, sentence: sentence,
                                                              number: number) {
                            found += bodies
                            position = end
                            advanced = true
                        }
                    case .ministry(let portfolio, let only):
                        var codes = countries.after(match.end, paragraph: paragraph, limit: sentence.range.upperBound, cities: true)
                        if codes.isEmpty, let before = countries.before(match.start, paragraph: paragraph, floor: sentence.range.lowerBound) {
                            codes = [before]
                        }
                        if codes.isEmpty, let owner = owner(of: portfolio, at: match.start, paragraph: paragraph, number: number) {
                            codes = [owner]
                        }
                        if !only.isEmpty, !codes.allSatisfy(only.contains) {
                            // "das Bundesinnenministerium" in a story from Ankara: of a country that has one by that
                            // name, the one whose minister of the portfolio the article names, else the first
                            let named = Set(sentencePersons.joined().filter { $0.portfolio == portfolio }.map(\.country))
                            codes = [only.first(where: named.contains) ?? only[0]]
                        }
                        let text = view.text(paragraph, match.start..<match.end)
                        for code in codes {
                            found.append(ministry(portfolio: portfolio, country: code, form: NameForm(text, language: language),
                                                  sentence: number))
                        }
                        position = match.end
                        advanced = true
                    case .knownInstitution(let index):
                        let known = lexicon.institutions[index]
                        // a known body whose name is also a topic ("civil protection") names the topic here,
                        // unless it is written as a proper name ("Frontex", "Protección Civil"); a service
                        // decides with its cues ("فرق الوقاية المدنية")
                        let first = content.tokens[match.start]
                        let properName = first.script == .latin && first.isCapitalized && match.start > sentence.range.lowerBound
                        if known.service == nil, !properName, matches.contains(where: { other in
                            if case .topic = other.entry { return other.end >= match.end } else { return false }
                        }) { continue }
                        if let service = known.service {
                            // a country's instance of a service: "the Ivorian civil protection" is not the Moroccan one
                            switch agencies.service(service, match: match, known: index, paragraph: paragraph, sentence: sentence,
                                                    number: number) {
                            case .found(let body)?: found.append(body)
                            case .pending(let item)?: pending.append(item)
                            case nil: continue
                            }
                        } else {
                            found.append(Found(key: "known/" + known.id, kind: known.kind, label: known.label,
                                               forms: [NameForm(view.text(paragraph, match.start..<match.end), language: language)],
                                               countries: known.countries, portfolio: nil, topic: nil, sentence: number))
                        }
                        position = match.end
                        advanced = true
                    case .service(let id):
                        // a known body with the same words or more wins
                        if matches.contains(where: { other in
                            if case .knownInstitution = other.entry { return other.end >= match.end } else { return false }
                        }) { continue }
                        switch agencies.service(id, match: match, paragraph: paragraph, sentence: sentence, number: number) {
                        case .found(let body)?:
                            found.append(body)
                        case .pending(let item)?:
                            pending.append(item)
                        case nil:
                            continue
                        }
                        position = match.end
                        advanced = true
                    case .jointBodyHead:
                        if let body = jointBodies.body(at: match, paragraph: paragraph, sentence: sentence, number: number) {
                            found.append(body)
                            position = max(position + 1, match.end)
                            advanced = true
                        }
                    case .institution(let kind, let topic):
                        if kind == "JointBody" {
                            if let body = jointBodies.pattern(topic: topic, match: match, paragraph: paragraph, sentence: sentence,
                                                              number: number) {
                                found.append(body)
                                position = match.end
                                advanced = true
                            }
                        } else if let body = foundation(kind: kind, topic: topic, match: match, paragraph: paragraph,
                                                        sentence: sentence, number: number) {
                            found.append(body)
                            position = match.end
                            advanced = true
                        }
                    case .agencyHead:
                        // a known body, a ministry or a longer institution phrase with the same words wins
                        if matches.contains(where: { other in
                            switch other.entry {
                            case .knownInstitution, .ministry: return other.end >= match.end
                            case .institution: return other.end > match.end
                            default: return false
                            }
                        }) { continue }
                        if let body = agencies.namedAgency(match, paragraph: paragraph, sentence: sentence, number: number)
                            ?? agencies.capitalizedName(match, paragraph: paragraph, sentence: sentence, number: number,
                                                        home: home(of: number)) {
                            found.append(body)
                            position = match.end
                            advanced = true
                        }
                    default:
                        continue
                    }
                    if advanced { break }
                }
                if !advanced { position += 1 }
            }
        }
        return found + agencies.resolve(pending, found: found, home: homeCountry, meetingCountries: meetingCountries)
    }

    // MARK: ministries

    /// A ministry word with its portfolio and country ("ministère de l'Intérieur
    /// marocain", "وزارة الخارجية وشؤون المغتربين", "the Mauritanian ministry").
    private func ministryPhrase(_ match: PhraseMatcher.Match, plural: Bool, paragraph: Int, sentence: TextView.Sentence,
                                number: Int) -> (bodies: [Found], end: Int)? {
        let language = view.paragraphs[paragraph].language
        let floor = sentence.range.lowerBound
        let limit = sentence.range.upperBound
        // "la secretaria de Estado de Protección Civil de Portugal, Joana Moura Teixeira": a person's office
        let title = view.matches(paragraph, match.start).contains { other in
            if case .title = other.entry { return other.end >= match.end } else { return false }
        }
        guard let portfolioMatch = portfolio(after: match.end, paragraph: paragraph, limit: limit),
              case .portfolio(let portfolio) = portfolioMatch.entry else {
            // "la sede del ministerio mauritano": the ministry of that country's minister
            let after = plural ? nil : countries.first(after: match.end, paragraph: paragraph, limit: limit)
            guard !plural, let code = after ?? countries.before(match.start, paragraph: paragraph, floor: floor) else { return nil }
            let text: String
            if after != nil {
                var end = match.end
                while end < limit, view.match(paragraph, end, where: {
                    if case .country = $0 { return true } else { return false } }) == nil { end += 1 }
                text = view.text(paragraph, match.start..<min(limit, end + 1))
            } else {
                // "the Greek ministry": the word before the ministry word, not what follows it
                text = view.text(paragraph, max(floor, match.start - 1)..<match.end)
            }
            if let portfolio = portfolioByCountry[code] {
                return ([ministry(portfolio: portfolio, country: code, form: NameForm(text, language: language), sentence: number)],
                        match.end)
            }
            return nil
        }
        if title, sentencePersons[number].contains(where: { $0.position >= portfolioMatch.end && $0.position <= portfolioMatch.end + 6 }) {
            return nil
        }
        var codes = countries.after(portfolioMatch.end, paragraph: paragraph, limit: limit, cities: true)
        if codes.isEmpty, let before = countries.before(match.start, paragraph: paragraph, floor: floor) {
            codes = [before]
        }
        if codes.isEmpty {
            if plural {
                codes = meetingCountries
            } else if let owner = owner(of: portfolio, at: match.start, paragraph: paragraph, number: number) {
                codes = [owner]
            }
        }
        let text = view.text(paragraph, match.start..<portfolioMatch.end)
        let bodies = codes.map { ministry(portfolio: portfolio, country: $0, form: NameForm(text, language: language), sentence: number) }
        return (bodies, portfolioMatch.end)
    }

    /// The portfolio after a ministry word, across connectors and function
    /// words, and across a first portfolio the lexicon does not know
    /// ("ministère de l'Intégration africaine et des Affaires étrangères").
    private func portfolio(after end: Int, paragraph: Int, limit: Int, chained: Bool = false) -> PhraseMatcher.Match? {
        let tokens = view.paragraphs[paragraph].tokens
        // after a modified portfolio, a conjunction and function words lead to the next one
        if chained {
            guard end < limit, view.matches(paragraph, end).contains(where: { $0.entry == .conjunction }) else { return nil }
            var look = end
            while look < limit, countries.isFunctionWord(paragraph, look) || view.matches(paragraph, look).contains(where: {
                $0.entry == .conjunction }) { look += 1 }
            guard look > end, look < limit else { return nil }
            return view.match(paragraph, look, where: { if case .portfolio = $0 { return true } else { return false } })
        }
        var look = end
        var steps = 0
        var unknown = 0
        while look < limit && steps < 3 + 2 * unknown {
            if let hit = view.match(paragraph, look, where: { if case .portfolio = $0 { return true } else { return false } }) {
                // a portfolio word with a modifier is another one ("l'Intégration africaine et des Affaires
                // étrangères"): the known portfolio after it, if any
                if unknown == 0, hit.end < limit, tokens[hit.end].kind == .word, tokens[hit.end].script == .latin,
                   !tokens[hit.end].isCapitalized, !countries.isFunctionWord(paragraph, hit.end),
                   countries.country(at: hit.end, paragraph: paragraph) == nil,
                   let later = portfolio(after: hit.end + 1, paragraph: paragraph, limit: min(limit, hit.end + 5), chained: true) {
                    return later
                }
                return hit
            }
            if scanner.isStopword(paragraph, look) || view.match(paragraph, look, where: { $0 == .connector }) != nil {
                look += 1
                steps += 1
                continue
            }
            // a first portfolio the lexicon does not know, capitalized, up to three words, then a function word
            // (not where every noun has a capital: "Ressorts rund zwei Stunden über Migration")
            let token = tokens[look]
            guard token.kind == .word, token.script == .latin, unknown < 3, unknown > 0 || token.isCapitalized,
                  !(lexicon.profile(view.paragraphs[paragraph].languageIndex)?.capitalizesNouns ?? false),
                  look > end, scanner.isStopword(paragraph, look - 1) || unknown > 0 else { return nil }
            unknown += 1
            look += 1
            steps += 1
            // the known portfolio comes after a function word, not right after the unknown words
            if look < limit, view.match(paragraph, look, where: { if case .portfolio = $0 { return true } else { return false } }) != nil {
                return nil
            }
        }
        return nil
    }

    /// Whose ministry of `portfolio` a ministry named without its country is:
    /// the venue's country when it is named as the meeting's seat ("at the
    /// headquarters of the ministry"); the minister of that portfolio named in
    /// the sentence; the story's own country when it reports a meeting; the
    /// one minister of that portfolio in the article.
    private func owner(of portfolio: String, at start: Int, paragraph: Int, number: Int) -> String? {
        let floor = view.sentences[number].range.lowerBound
        let seat = (max(floor, start - 3)..<start).contains { position in
            view.matches(paragraph, position).contains { $0.entry == .seat }
        }
        let located = seat || (max(floor, start - 2)..<start).contains { position in
            view.matches(paragraph, position).contains { $0.entry == .locative && $0.end == start }
        }
        let persons = sentencePersons[number].filter { $0.portfolio == portfolio }
        if seat, let venueCountry, meetingCountries.isEmpty || meetingCountries.contains(venueCountry) { return venueCountry }
        // a ministry named as a place is in the city the sentence names before it ("... llegó a Quito ... en la
        // sede del Ministerio", "باکو ... در وزارت امور داخلی")
        if located {
            let cities = countries.cityCountries(paragraph, floor..<start)
            if cities.count == 1 { return cities[0] }
        }
        // the minister named before it in the sentence: "X ... received Y at the ministry of the interior"
        let before = persons.filter { $0.position < start }
        let codes = before.map(\.country).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        if codes.count == 1 { return codes[0] }
        if codes.count > 1 { return hostCountry.flatMap { codes.contains($0) ? $0 : nil } ?? codes[0] }
        if let homeCountry, !meetingCountries.isEmpty { return homeCountry }
        // a ministry visited: the one of the city the story happens in
        if located, let story = countries.storyCountry() { return story }
        let all = Set(sentencePersons.joined().filter { $0.portfolio == portfolio }.map(\.country))
        if all.count == 1 { return all.first }
        // of the ministers of that portfolio, the one of the country the story happens in
        if let story = countries.storyCountry(), all.contains(story) { return story }
        return nil
    }

    private func ministry(portfolio: String, country: String, form: NameForm, sentence: Int) -> Found {
        let name = lexicon.portfolioNames[portfolio] ?? portfolio.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined(separator: " ")
        return Found(key: "ministry/\(portfolio)/\(country)", kind: "Ministry",
                     label: "Ministry of \(name) (\(lexicon.countries.englishName(country)))", forms: [form],
                     countries: [country], portfolio: portfolio, topic: nil, sentence: sentence)
    }

    // MARK: foundations

    /// A foundation word with a proper name next to it ("Fondation X").
    private func foundation(kind: String, topic: String?, match: PhraseMatcher.Match, paragraph: Int,
                            sentence: TextView.Sentence, number: Int) -> Found? {
        // other bodies need a proper name next to the generic word; only
        // foundations are named reliably enough that way (a "council" next to a
        // capitalized word is as often a sentence's subject)
        guard kind == "Foundation" else { return nil }
        let language = view.paragraphs[paragraph].language
        let tokens = view.paragraphs[paragraph].tokens
        var range = match.start..<match.end
        if tokens[match.start].script == .latin,
           let right = scanner.nameRight(paragraph, from: match.end, limit: sentence.range.upperBound),
           tokens[right.lowerBound].script == .latin {
            range = match.start..<right.upperBound
        } else if let left = scanner.nameLeft(paragraph, endingBefore: match.start, floor: sentence.range.lowerBound),
                  tokens[left.lowerBound].script == .latin {
            range = left.lowerBound..<match.end
        } else {
            return nil
        }
        let text = view.text(paragraph, range)
        let key = Tokenizer.tokenize(text).filter(\.isWord).map(\.norm).joined(separator: " ")
        let countries = homeCountry.map { [$0] } ?? []
        return Found(key: "\(kind.lowercased())/\(key)", kind: kind, label: text, forms: [NameForm(text, language: language)],
                     countries: countries, portfolio: nil, topic: topic, sentence: number)
    }
}
