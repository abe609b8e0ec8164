import CommuniqueLexicon
import CommuniqueText

/// Finds the extent of a person's name next to a title, an honorific or a
/// counterpart word. Latin script: a run of capitalized words, with name
/// particles (`de`, `van der`, `bin`) inside. Arabic script: up to four words
/// that are neither function words, news verbs nor lexicon terms, where a
/// word with the article ال may follow عبد/أبو/بن or end the name.
struct NameScanner {
    let lexicon: Lexicon
    let view: TextView
    private let arabicStopwords: Set<String>
    /// What is no name in the languages written in Arabic script (a Persian text quotes Arabic and back).
    private let arabicNonNames: [NonNameTest]

    /// Arabic-script words that join the next word into one name part.
    /// (آل, the family, is folded to ال.)
    private static let arabicCompoundHeads: Set<String> = ["عبد", "ابو", "بن", "ابن", "ولد", "بو", "ام", "ال"]

    /// At most this many words of a name other than its joining words (بن، آل، عبد ...).
    private static let arabicNameWords = 4

    init(lexicon: Lexicon, view: TextView) {
        self.lexicon = lexicon
        self.view = view
        // built once with the lexicon, not for every article
        arabicStopwords = lexicon.arabicScriptStopwords
        arabicNonNames = lexicon.arabicScriptNonNames
    }

    /// True when a lexicon entry other than a known person or place starts or covers token `index`.
    func isLexical(_ paragraph: Int, _ index: Int) -> Bool {
        for match in view.paragraphs[paragraph].annotations[index] {
            switch match.entry {
            case .knownPerson, .place, .ordinalSuffix, .connector, .notCountry: continue
            case .boilerplate, .publishedCue: continue
            case .solarMonth:
                // a Solar Hijri month is a word of a date only next to its day or year: "بهمن", "آذر", "اسد" name
                // people too
                let tokens = view.paragraphs[paragraph].tokens
                let beside = [index - 1, match.end].filter { tokens.indices.contains($0) }
                if beside.contains(where: { tokens[$0].kind == .number }) { return true }
                continue
            default: return true
            }
        }
        return false
    }

    func isStopword(_ paragraph: Int, _ index: Int) -> Bool {
        let token = view.paragraphs[paragraph].tokens[index]
        if token.script == .arabic {
            return PhraseMatcher.variants(of: token).contains { arabicStopwords.contains($0) }
        }
        guard let profile = lexicon.profile(view.paragraphs[paragraph].languageIndex) else {
            return lexicon.allStopwords.contains(token.norm)
        }
        return profile.stopwords.contains(token.norm)
    }

    func isParticle(_ paragraph: Int, _ index: Int) -> Bool {
        let token = view.paragraphs[paragraph].tokens[index]
        guard token.kind == .word else { return false }
        if let profile = lexicon.profile(view.paragraphs[paragraph].languageIndex), profile.nameParticles.contains(token.norm) {
            return true
        }
        return ["de", "van", "von", "der", "den", "di", "da", "del", "della", "du", "des", "le", "la", "el", "al", "bin",
                "ben", "ibn", "abu", "abou", "ould", "dos", "das", "ter", "ten", "zu"].contains(token.norm)
    }

    /// A capitalized Latin word that can be part of a name.
    func isLatinNameWord(_ paragraph: Int, _ index: Int) -> Bool {
        let token = view.paragraphs[paragraph].tokens[index]
        guard token.kind == .word, token.script == .latin, token.isCapitalized else { return false }
        if token.norm == "'s" { return false }
        if isLexical(paragraph, index) { return false }
        // a capitalized function word or particle ("De", "Der", "Il") is no name word by itself
        if isStopword(paragraph, index) || isParticle(paragraph, index) { return false }
        return true
    }

    /// `inside`: the word follows another word of the name, where common nouns that are names too may
    /// stand ("أنس خطاب": خطاب is also "a speech").
    func isArabicNameWord(_ paragraph: Int, _ index: Int, inside: Bool = false) -> Bool {
        let content = view.paragraphs[paragraph]
        let token = content.tokens[index]
        guard token.kind == .word, token.script == .arabic, token.norm.unicodeScalars.count >= 2 else { return false }
        if isStopword(paragraph, index) { return false }
        // a known city is no word of a name ("... در نواکشوت ناصر بوریتا")
        if content.annotations[index].contains(where: { match in
            if case .place = match.entry { return match.end == index + 1 }
            return false
        }) && !content.annotations[index].contains(where: { if case .knownPerson = $0.entry { return true } else { return false } }) {
            return false
        }
        if isLexical(paragraph, index) {
            guard inside, !NameScanner.hasArticle(token), content.annotations[index].allSatisfy({ match in
                switch match.entry {
                case .nonParticipant, .topic, .jointMarker, .knownPerson, .place, .ordinalSuffix, .connector, .notCountry,
                     .boilerplate, .publishedCue:
                    return match.end == index + 1
                default: return false
                }
            }) else { return false }
        }
        // a known actor's name is a name whatever it looks like
        if content.annotations[index].contains(where: { if case .knownPerson = $0.entry { return true } else { return false } }) {
            return true
        }
        let written = token.text(in: content.text)
        // the word, and the word without a leading conjunction و or ف (other proclitics start names: بشار، كريم)
        var forms = [token.norm]
        if let first = token.norm.unicodeScalars.first, first == "\u{0648}" || first == "\u{0641}", token.norm.unicodeScalars.count > 3 {
            forms.append(String(token.norm.unicodeScalars.dropFirst()))
        }
        for form in forms where arabicNonNames.contains(where: { $0.excludes(norm: form, written: written) }) {
            return false
        }
        return true
    }

    static func hasArticle(_ token: Token) -> Bool {
        PhraseMatcher.variants(of: token).contains { $0.hasPrefix("ال") && $0.unicodeScalars.count > 3 }
    }

    /// A word with ال inside a name is a family name of the nisba form
    /// (السيسي، العثماني): it ends in ي.
    static func isNisba(_ token: Token) -> Bool {
        token.norm.hasSuffix("ي") && token.norm.unicodeScalars.count >= 4
    }

    /// The name starting at `start` (after skipping quotes), within `limit`.
    func nameRight(_ paragraph: Int, from start: Int, limit: Int) -> Range<Int>? {
        let tokens = view.paragraphs[paragraph].tokens
        var index = start
        while index < limit, tokens[index].isQuote || tokens[index].norm == "«" || tokens[index].norm == "»" { index += 1 }
        guard index < limit else { return nil }
        if tokens[index].script == .latin || tokens[index].kind != .word {
            return latinRight(paragraph, from: index, limit: limit)
        }
        return arabicRight(paragraph, from: index, limit: limit)
    }

    private func latinRight(_ paragraph: Int, from start: Int, limit: Int) -> Range<Int>? {
        let tokens = view.paragraphs[paragraph].tokens
        var index = start
        var lastName = -1
        var words = 0
        // up to five words besides particles: "Mohammed bin Mubarak bin Fadhel Al Mazrouei"
        while index < limit && index - start < 10 && words < 5 {
            let token = tokens[index]
            if index > start && token.spaceBefore == false && !token.hyphenBefore && token.kind == .word { break }
            if index > start, token.kind == .word, token.script == .latin, token.norm.unicodeScalars.count == 1,
               token.isCapitalized, index + 2 < limit, tokens[index + 1].norm == ".", !tokens[index + 1].spaceBefore,
               isLatinNameWord(paragraph, index + 2) {
                // a middle initial that is also a word: "Dawda A. Jallow"
            } else if isLatinNameWord(paragraph, index) {
                lastName = index
                words += 1
            } else if index == start && token.kind == .word && token.script == .latin && token.isCapitalized
                        && isStopword(paragraph, index) && !isParticle(paragraph, index) && !isLexical(paragraph, index)
                        && index + 1 < limit && tokens[index + 1].spaceBefore && isLatinNameWord(paragraph, index + 1) {
                // a given name that is also a function word: "Nello Musumeci", "Dai ..."
                lastName = index
            } else if index > start && isParticle(paragraph, index) && index + 1 < limit
                        && (isLatinNameWord(paragraph, index + 1) || isParticle(paragraph, index + 1)) {
                // particle inside a name
            } else if index == start && isParticle(paragraph, index) && token.isCapitalized && index + 1 < limit
                        && isLatinNameWord(paragraph, index + 1) {
                // "De Moor", "Van Weel"
            } else if token.kind == .punctuation && token.norm == "." && index > start
                        && tokens[index - 1].norm.unicodeScalars.count == 1 && tokens[index - 1].isCapitalized {
                // an initial: "J."
            } else {
                break
            }
            index += 1
        }
        guard lastName >= start else { return nil }
        return start..<(lastName + 1)
    }

    private func arabicRight(_ paragraph: Int, from start: Int, limit: Int) -> Range<Int>? {
        let tokens = view.paragraphs[paragraph].tokens
        var index = start
        var end = start
        var previousWasHead = false
        var words = 0
        while index < limit && words < NameScanner.arabicNameWords && index - start < 2 * NameScanner.arabicNameWords {
            let token = tokens[index]
            // right after عبد/أبو any word is part of the name: "عبد الأمير" (الأمير is also a title)
            let afterHead = previousWasHead && token.kind == .word && token.script == .arabic && !isStopword(paragraph, index)
            guard afterHead || isArabicNameWord(paragraph, index, inside: index > start) else { break }
            if !NameScanner.arabicCompoundHeads.contains(token.norm) { words += 1 }
            let article = NameScanner.hasArticle(token)
            if index == start && article { break }
            // a given name with ال before a patronymic: "محمد الأمين ولد أحمدو", "محمد الحبيب بن علي"
            if article && !previousWasHead && index > start && index + 1 < limit
                && lexicon.patronymics.contains(tokens[index + 1].norm) {
                previousWasHead = false
                end = index + 1
                index += 1
                continue
            }
            if article && !previousWasHead {
                // ال inside a name only right after عبد/أبو..., or as a last word of nisba form
                let next = index + 1
                let nextIsName = next < limit && isArabicNameWord(paragraph, next) && !NameScanner.hasArticle(tokens[next])
                // a family name with ال closed by punctuation or a function word: "مازن الفراية،", "مازن الفراية مع"
                // (written with the article itself: "بالمجهودات" is "with the efforts")
                let closed = index > start && token.norm.hasPrefix("ال") && (next >= limit || tokens[next].kind == .punctuation || isStopword(paragraph, next)
                    || view.match(paragraph, next, where: { entry in
                        switch entry {
                        case .with, .title, .counterpart, .meetingVerb: return true
                        default: return false
                        }
                    }) != nil)
                if nextIsName || !(NameScanner.isNisba(token) || closed) { break }
                end = index + 1
                break
            }
            previousWasHead = NameScanner.arabicCompoundHeads.contains(token.norm)
            end = index + 1
            index += 1
        }
        // a name does not end on عبد
        while end > start, NameScanner.arabicCompoundHeads.contains(tokens[end - 1].norm) { end -= 1 }
        return end > start ? start..<end : nil
    }

    /// The name ending just before `end` (exclusive), not before `floor`.
    func nameLeft(_ paragraph: Int, endingBefore end: Int, floor: Int) -> Range<Int>? {
        let tokens = view.paragraphs[paragraph].tokens
        var index = end - 1
        while index >= floor, tokens[index].isQuote || tokens[index].norm == "»" || tokens[index].norm == "«" { index -= 1 }
        guard index >= floor else { return nil }
        let last = index
        if tokens[last].script == .latin {
            var start = -1
            while index >= floor && last - index < 6 {
                if isLatinNameWord(paragraph, index) {
                    start = index
                } else if index < last && isParticle(paragraph, index) && start == index + 1 {
                    // particle inside
                } else {
                    break
                }
                index -= 1
            }
            guard start >= floor else { return nil }
            // a capitalized particle opening the name: "De Moor", "Van Weel"
            if start - 1 >= floor && isParticle(paragraph, start - 1) && tokens[start - 1].isCapitalized
                && start - 1 > floor {
                start -= 1
            }
            var from = start
            while from <= last && isParticle(paragraph, from) && !tokens[from].isCapitalized { from += 1 }
            return from <= last ? from..<(last + 1) : nil
        }
        guard isArabicNameWord(paragraph, last, inside: last - 1 >= floor && isArabicNameWord(paragraph, last - 1)) else { return nil }
        if NameScanner.hasArticle(tokens[last]) && !NameScanner.isNisba(tokens[last])
            && !(last - 1 >= floor && NameScanner.arabicCompoundHeads.contains(tokens[last - 1].norm)) {
            // "مازن الفراية، وزير الداخلية": a family name with ال after a given name, before a comma
            let commaAfter = last + 1 < tokens.count && (tokens[last + 1].isClauseMark
                || view.match(paragraph, last + 1, where: { if case .title = $0 { return true } else { return false } }) != nil)
            let givenBefore = last - 1 >= floor && isArabicNameWord(paragraph, last - 1) && !NameScanner.hasArticle(tokens[last - 1])
            if !(commaAfter && givenBefore) { return nil }
        }
        var start = last
        index = last - 1
        var words = 1
        while index >= floor && words < NameScanner.arabicNameWords && last - index < 2 * NameScanner.arabicNameWords
                && isArabicNameWord(paragraph, index) {
            let token = tokens[index]
            if !NameScanner.arabicCompoundHeads.contains(token.norm) { words += 1 }
            if NameScanner.hasArticle(token) {
                // ال is fine right after عبد/أبو...
                if index - 1 >= floor && NameScanner.arabicCompoundHeads.contains(tokens[index - 1].norm) {
                    start = index - 1
                    index -= 2
                    continue
                }
                break
            }
            start = index
            index -= 1
        }
        return start...last ~= start ? start..<(last + 1) : nil
    }
}
