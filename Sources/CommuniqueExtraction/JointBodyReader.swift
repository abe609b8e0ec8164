import CommuniqueLexicon
import CommuniqueText

/// Reads joint bodies of two or more countries: a committee word with a word
/// that makes it joint ("the Jordanian-Iraqi joint security committee", "لجنة
/// أمنية مشتركة", "High-Level Cooperation Council"), or with two countries
/// next to it, or a whole-phrase pattern ("groupe mixte permanent"). Its
/// countries are the ones named around it, else the two of its sentence, else
/// those of the article's meeting.
struct JointBodyReader {
    let lexicon: Lexicon
    let view: TextView
    let countries: PhraseCountries
    /// Countries of the article's meeting(s).
    let meetingCountries: [String]
    /// Per sentence, the countries of the persons named in it.
    let sentencePersons: [[String]]

    /// A committee word at `head`.
    func body(at head: PhraseMatcher.Match, paragraph: Int, sentence: TextView.Sentence,
              number: Int) -> InstitutionFinder.Found? {
        let content = view.paragraphs[paragraph]
        // a body already read from a whole-phrase pattern here, or a known body ("Gulf Cooperation Council")
        for position in max(sentence.range.lowerBound, head.start - 3)...head.start {
            if content.annotations[position].contains(where: { match in
                switch match.entry {
                case .institution(let kind, _): return kind == "JointBody" && match.end > head.start
                case .knownInstitution: return match.end >= head.end
                default: return false
                }
            }) { return nil }
        }
        var start = head.start
        var end = head.end
        var marker = false
        var codes: [String] = []
        var topic: String?
        var position = head.end
        // inside another body's name ("a joint team of the Nigeria Immigration Service and ..."), only its country counts
        var otherBody = false
        while position < min(sentence.range.upperBound, head.end + 7) {
            let token = content.tokens[position]
            if token.isClauseMark || token.isSentenceEnd { break }
            var used = false
            for match in content.annotations[position] {
                switch match.entry {
                case .service, .knownInstitution, .ministryWord, .ministry, .agencyWord: otherBody = true
                default: continue
                }
            }
            for match in content.annotations[position] {
                switch match.entry {
                case .jointMarker:
                    if position - head.end <= 3 { marker = true }
                    used = !otherBody
                case .country:
                    if let code = countries.code(of: match, paragraph: paragraph), !codes.contains(code) { codes.append(code) }
                    used = !otherBody
                case .topic(let name):
                    if otherBody { continue }
                    if topic == nil { topic = name }
                    used = true
                default: continue
                }
            }
            if used { end = max(end, position + 1) }
            position += 1
        }
        // "the Moroccan-Spanish joint group", "Kuwaiti-Iraqi Joint Ministerial Committee": words just before the head
        var back = head.start - 1
        var skipped = 0
        while back >= max(sentence.range.lowerBound, head.start - 6) {
            let token = content.tokens[back]
            if token.isClauseMark || token.isSentenceEnd { break }
            var used = false
            for match in content.annotations[back] {
                switch match.entry {
                case .jointMarker: marker = true; used = true
                case .country:
                    if let code = countries.code(of: match, paragraph: paragraph), !codes.contains(code) { codes.append(code) }
                    used = true
                default: continue
                }
            }
            if used {
                start = back
                skipped = 0
            } else {
                // one or two modifiers of a name between ("Joint Ministerial Committee", "Gezamenlijke Hoge ...")
                skipped += 1
                guard skipped <= 2, token.kind == .word, token.isCapitalized || token.script != .latin,
                      !countries.isFunctionWord(paragraph, back) else { break }
            }
            back -= 1
        }
        guard marker || codes.count >= 2 else { return nil }
        // a body named without its subject takes the subject of its sentence
        if topic == nil {
            if let match = content.annotations[head.start].first(where: { if case .topic = $0.entry { return true } else { return false } }),
               case .topic(let name) = match.entry {
                topic = name
            }
        }
        if topic == nil {
            for index in sentence.range {
                if let match = content.annotations[index].first(where: { if case .topic = $0.entry { return true } else { return false } }),
                   case .topic(let name) = match.entry {
                    topic = name
                    break
                }
            }
        }
        if codes.count < 2 { codes = sentenceCountries(sentence) }
        if codes.count < 2 { codes = meetingCountries }
        // "... which Prime Minister X and President Y signed at the High-Level Cooperation Council"
        if codes.count < 2 {
            let persons = sentencePersons[number].reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            if persons.count == 2 { codes = persons }
        }
        guard codes.count >= 2 else { return nil }
        end = acronymEnd(after: end, paragraph: paragraph, limit: sentence.range.upperBound)
        let written = NameForm(view.text(paragraph, start..<end), language: content.language)
        // without a subject, the committee word tells bodies of the same countries apart
        let headWord = topic == nil ? "/" + JointBodyReader.headWord(content.tokens[head.start]) : ""
        return make(topic: topic, codes: codes, headWord: headWord, written: written, number: number)
    }

    /// A whole-phrase pattern of a joint body ("groupe mixte permanent").
    func pattern(topic: String?, match: PhraseMatcher.Match, paragraph: Int, sentence: TextView.Sentence,
                 number: Int) -> InstitutionFinder.Found? {
        let content = view.paragraphs[paragraph]
        var codes: [String] = []
        for position in sentence.range {
            if let hit = countries.country(at: position, paragraph: paragraph), !codes.contains(hit.code) {
                codes.append(hit.code)
            }
        }
        if codes.count < 2 { codes = meetingCountries }
        guard codes.count >= 2 else { return nil }
        // its subject right after it: "اللجنة المشتركة المغربية الإسبانية للتعاون الأمني"
        var topic = topic
        var position = match.end
        while topic == nil, position < min(sentence.range.upperBound, match.end + 6) {
            let token = content.tokens[position]
            if token.isClauseMark || token.isSentenceEnd { break }
            if let hit = content.annotations[position].first(where: { if case .topic = $0.entry { return true } else { return false } }),
               case .topic(let name) = hit.entry {
                topic = name
            }
            position += 1
        }
        let end = acronymEnd(after: match.end, paragraph: paragraph, limit: sentence.range.upperBound)
        let written = NameForm(view.text(paragraph, match.start..<end), language: content.language)
        let headWord = topic == nil ? "/" + JointBodyReader.headWord(content.tokens[match.start]) : ""
        return make(topic: topic, codes: codes, headWord: headWord, written: written, number: number)
    }

    private func make(topic: String?, codes: [String], headWord: String, written: NameForm, number: Int) -> InstitutionFinder.Found {
        let subject = topic.map { " on \($0)" } ?? ""
        let sorted = codes.sorted()
        return InstitutionFinder.Found(key: "jointbody/\(topic ?? "-")/\(sorted.joined(separator: "-"))\(headWord)", kind: "JointBody",
                                       label: "Joint body\(subject) (\(countryList(sorted)))", forms: [written], countries: sorted,
                                       portfolio: nil, topic: topic, sentence: number)
    }

    /// The countries of a sentence that names exactly two.
    private func sentenceCountries(_ sentence: TextView.Sentence) -> [String] {
        var codes: [String] = []
        for position in sentence.range {
            if let hit = countries.country(at: position, paragraph: sentence.paragraph), !codes.contains(hit.code) {
                codes.append(hit.code)
            }
        }
        return codes.count == 2 ? codes : []
    }

    /// The end of "(ACRONYM)" right after a name, else `end`.
    private func acronymEnd(after end: Int, paragraph: Int, limit: Int) -> Int {
        let tokens = view.paragraphs[paragraph].tokens
        guard end + 2 < limit, tokens[end].norm == "(", tokens[end + 1].isUppercase, tokens[end + 2].norm == ")" else { return end }
        return end + 3
    }

    private func countryList(_ codes: [String]) -> String {
        codes.sorted().map { lexicon.countries.englishName($0) }.joined(separator: "–")
    }

    /// The committee word without clitics and article, to tell bodies apart.
    static func headWord(_ token: Token) -> String {
        var word = PhraseMatcher.variants(of: token).last ?? token.norm
        if word.hasPrefix("ال") && word.count > 3 { word = String(word.dropFirst(2)) }
        return word
    }
}
