import CommuniqueLexicon
import CommuniqueText

/// Finds institutions: ministries (a ministry word with a portfolio, or a
/// compound naming one), known institutions, joint bodies of two countries,
/// and named foundations, agencies and the like.
struct InstitutionFinder {
    let lexicon: Lexicon
    let view: TextView
    let scanner: NameScanner
    /// Countries of the article's meeting(s), for joint bodies and "both ministries".
    let meetingCountries: [String]
    /// The country an unqualified ministry belongs to.
    let homeCountry: String?
    /// Country → portfolio of the minister of that country in the story, for
    /// "the Mauritanian ministry" without a portfolio.
    let portfolioByCountry: [String: String]

    struct Found {
        var key: String
        var kind: String
        var label: String
        var forms: [NameForm]
        var countries: [String]
        var portfolio: String?
        var topic: String?
        var sentence: Int
    }

    private func countries(after end: Int, paragraph: Int, limit: Int) -> [String] {
        var found: [String] = []
        var position = end
        var gap = 0
        while position < limit && gap <= 2 {
            if let match = view.match(paragraph, position, where: { if case .country = $0 { return true } else { return false } }),
               case .country(let code, _) = match.entry {
                if !found.contains(code) { found.append(code) }
                position = match.end
                gap = 0
                continue
            }
            let token = view.paragraphs[paragraph].tokens[position]
            guard token.norm == "," || token.norm == "،" || scanner.isStopword(paragraph, position) else { break }
            position += 1
            gap += 1
        }
        return found
    }

    private func country(before start: Int, paragraph: Int, floor: Int) -> String? {
        var position = start - 1
        var steps = 0
        while position >= floor && steps < 3 {
            for from in stride(from: position, through: max(floor, position - 3), by: -1) {
                for match in view.matches(paragraph, from) where match.end == position + 1 {
                    if case .country(let code, _) = match.entry { return code }
                }
            }
            guard scanner.isStopword(paragraph, position) else { return nil }
            position -= 1
            steps += 1
        }
        return nil
    }

    private func countryList(_ codes: [String]) -> String {
        codes.sorted().map { lexicon.countries.englishName($0) }.joined(separator: "–")
    }

    func find() -> [Found] {
        var found: [Found] = []
        for (number, sentence) in view.sentences.enumerated() {
            let paragraph = sentence.paragraph
            let language = view.paragraphs[paragraph].language
            var position = sentence.range.lowerBound
            while position < sentence.range.upperBound {
                let matches = view.matches(paragraph, position)
                var advanced = false
                for match in matches {
                    switch match.entry {
                    case .ministryWord(let plural):
                        // ministry word + (connectors) + portfolio
                        var look = match.end
                        var steps = 0
                        var portfolioMatch: PhraseMatcher.Match?
                        while look < sentence.range.upperBound && steps < 3 {
                            if let hit = view.match(paragraph, look, where: { if case .portfolio = $0 { return true } else { return false } }) {
                                portfolioMatch = hit
                                break
                            }
                            guard scanner.isStopword(paragraph, look) || view.match(paragraph, look, where: { $0 == .connector }) != nil
                            else { break }
                            look += 1
                            steps += 1
                        }
                        guard let portfolioMatch, case .portfolio(let portfolio) = portfolioMatch.entry else {
                            // "la sede del ministerio mauritano": the ministry of that country's minister
                            if !plural, let code = countries(after: match.end, paragraph: paragraph, limit: sentence.range.upperBound).first
                                ?? country(before: match.start, paragraph: paragraph, floor: sentence.range.lowerBound),
                               let portfolio = portfolioByCountry[code] {
                                var end = match.end
                                while end < sentence.range.upperBound, view.match(paragraph, end, where: {
                                    if case .country = $0 { return true } else { return false } }) == nil { end += 1 }
                                let text = view.text(paragraph, match.start..<min(sentence.range.upperBound, end + 1))
                                found.append(ministry(portfolio: portfolio, country: code, form: NameForm(text, language: language),
                                                      sentence: number))
                                position = match.end
                                advanced = true
                            }
                            continue
                        }
                        var codes = countries(after: portfolioMatch.end, paragraph: paragraph, limit: sentence.range.upperBound)
                        if codes.isEmpty, let before = country(before: match.start, paragraph: paragraph, floor: sentence.range.lowerBound) {
                            codes = [before]
                        }
                        if codes.isEmpty {
                            if plural {
                                codes = meetingCountries
                            } else if let homeCountry, !meetingCountries.isEmpty {
                                codes = [homeCountry]
                            }
                        }
                        let text = view.text(paragraph, match.start..<portfolioMatch.end)
                        for code in codes {
                            found.append(ministry(portfolio: portfolio, country: code, form: NameForm(text, language: language),
                                                  sentence: number))
                        }
                        position = portfolioMatch.end
                        advanced = true
                    case .ministry(let portfolio):
                        var codes = countries(after: match.end, paragraph: paragraph, limit: sentence.range.upperBound)
                        if codes.isEmpty, let before = country(before: match.start, paragraph: paragraph, floor: sentence.range.lowerBound) {
                            codes = [before]
                        }
                        if codes.isEmpty, let homeCountry, !meetingCountries.isEmpty { codes = [homeCountry] }
                        let text = view.text(paragraph, match.start..<match.end)
                        for code in codes {
                            found.append(ministry(portfolio: portfolio, country: code, form: NameForm(text, language: language),
                                                  sentence: number))
                        }
                        position = match.end
                        advanced = true
                    case .knownInstitution(let index):
                        // a known body whose name is also a topic ("civil protection") names the topic here,
                        // unless it is written as a proper name ("Frontex", "Protección Civil")
                        let first = view.paragraphs[paragraph].tokens[match.start]
                        let properName = first.script == .latin && first.isCapitalized && match.start > sentence.range.lowerBound
                        if !properName, matches.contains(where: { other in
                            if case .topic = other.entry { return other.end >= match.end } else { return false }
                        }) { continue }
                        let known = lexicon.institutions[index]
                        found.append(Found(key: "known/" + known.id, kind: known.kind, label: known.label,
                                           forms: [NameForm(view.text(paragraph, match.start..<match.end), language: language)],
                                           countries: known.countries, portfolio: nil, topic: nil, sentence: number))
                        position = match.end
                        advanced = true
                    case .jointBodyHead:
                        if let body = jointBody(at: match, paragraph: paragraph, sentence: sentence, number: number) {
                            found.append(body)
                            position = max(position + 1, match.end)
                            advanced = true
                        }
                    case .institution(let kind, let topic):
                        if let body = institution(kind: kind, topic: topic, match: match, paragraph: paragraph,
                                                  sentence: sentence, number: number) {
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
        return found
    }

    /// "the Jordanian-Iraqi joint security committee", "لجنة أمنية مشتركة": a
    /// committee word with a word that makes it joint near it; its countries
    /// are the ones named around it, else those of the meeting.
    private func jointBody(at head: PhraseMatcher.Match, paragraph: Int, sentence: TextView.Sentence, number: Int) -> Found? {
        let content = view.paragraphs[paragraph]
        // a body already read from a whole-phrase pattern here
        for position in max(sentence.range.lowerBound, head.start - 3)...head.start {
            if content.annotations[position].contains(where: { match in
                if case .institution(let kind, _) = match.entry { return kind == "JointBody" && match.end > head.start }
                return false
            }) { return nil }
        }
        var start = head.start
        var end = head.end
        var marker = false
        var codes: [String] = []
        var topic: String?
        var position = head.end
        while position < min(sentence.range.upperBound, head.end + 7) {
            let token = content.tokens[position]
            if token.isClauseMark || token.isSentenceEnd { break }
            var used = false
            for match in content.annotations[position] {
                switch match.entry {
                case .jointMarker:
                    if position - head.end <= 3 { marker = true }
                    used = true
                case .country(let code, _):
                    if !codes.contains(code) { codes.append(code) }
                    used = true
                case .topic(let name):
                    if topic == nil { topic = name }
                    used = true
                default: continue
                }
            }
            if used { end = max(end, position + 1) }
            position += 1
        }
        // "the Moroccan-Spanish joint group": adjectives just before the head
        var back = head.start - 1
        while back >= max(sentence.range.lowerBound, head.start - 4) {
            var used = false
            for match in content.annotations[back] {
                switch match.entry {
                case .jointMarker: marker = true; used = true
                case .country(let code, _):
                    if !codes.contains(code) { codes.append(code) }
                    used = true
                default: continue
                }
            }
            guard used || content.tokens[back].kind == .punctuation && content.tokens[back].norm == "-" else { break }
            start = back
            back -= 1
        }
        guard marker || codes.count >= 2 else { return nil }
        // a body named without its subject takes the subject of its sentence
        if topic == nil {
            for index in sentence.range {
                if let match = content.annotations[index].first(where: { if case .topic = $0.entry { return true } else { return false } }),
                   case .topic(let name) = match.entry {
                    topic = name
                    break
                }
            }
        }
        if codes.count < 2 { codes = meetingCountries }
        guard codes.count >= 2 else { return nil }
        let written = NameForm(view.text(paragraph, start..<end), language: content.language)
        let subject = topic.map { " on \($0)" } ?? ""
        // without a subject, the committee word tells bodies of the same countries apart
        let head = topic == nil ? "/" + InstitutionFinder.headWord(content.tokens[head.start]) : ""
        return Found(key: "jointbody/\(topic ?? "-")/\(codes.sorted().joined(separator: "-"))\(head)", kind: "JointBody",
                     label: "Joint body\(subject) (\(countryList(codes)))", forms: [written], countries: codes.sorted(),
                     portfolio: nil, topic: topic, sentence: number)
    }

    /// The committee word without clitics and article, to tell bodies apart.
    static func headWord(_ token: Token) -> String {
        var word = PhraseMatcher.variants(of: token).last ?? token.norm
        if word.hasPrefix("ال") && word.count > 3 { word = String(word.dropFirst(2)) }
        return word
    }

    private func ministry(portfolio: String, country: String, form: NameForm, sentence: Int) -> Found {
        let name = lexicon.portfolioNames[portfolio] ?? portfolio
        return Found(key: "ministry/\(portfolio)/\(country)", kind: "Ministry",
                     label: "Ministry of \(name) (\(lexicon.countries.englishName(country)))", forms: [form],
                     countries: [country], portfolio: portfolio, topic: nil, sentence: sentence)
    }

    private func institution(kind: String, topic: String?, match: PhraseMatcher.Match, paragraph: Int,
                             sentence: TextView.Sentence, number: Int) -> Found? {
        let language = view.paragraphs[paragraph].language
        let written = NameForm(view.text(paragraph, match.start..<match.end), language: language)
        if kind == "JointBody" {
            var codes: [String] = []
            for position in sentence.range {
                if let hit = view.match(paragraph, position, where: { if case .country = $0 { return true } else { return false } }),
                   case .country(let code, _) = hit.entry, !codes.contains(code) {
                    codes.append(code)
                }
            }
            if codes.count < 2 { codes = meetingCountries }
            guard codes.count >= 2 else { return nil }
            let subject = topic.map { " on \($0)" } ?? ""
            let head = topic == nil ? "/" + InstitutionFinder.headWord(view.paragraphs[paragraph].tokens[match.start]) : ""
            return Found(key: "jointbody/\(topic ?? "-")/\(codes.sorted().joined(separator: "-"))\(head)", kind: kind,
                         label: "Joint body\(subject) (\(countryList(codes)))", forms: [written], countries: codes.sorted(),
                         portfolio: nil, topic: topic, sentence: number)
        }
        // other bodies need a proper name next to the generic word; only
        // foundations are named reliably enough that way (an "agency" next to a
        // capitalized word is as often a news agency or a sentence's subject)
        guard kind == "Foundation" else { return nil }
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
