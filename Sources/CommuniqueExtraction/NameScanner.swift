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

    /// Arabic-script words that join the next word into one name part.
    private static let arabicCompoundHeads: Set<String> = ["عبد", "ابو", "بن", "ابن", "ولد", "بو", "ام"]

    init(lexicon: Lexicon, view: TextView) {
        self.lexicon = lexicon
        self.view = view
        // built once with the lexicon, not for every article
        arabicStopwords = lexicon.arabicScriptStopwords
    }

    /// True when a lexicon entry other than a known person or place starts or covers token `index`.
    func isLexical(_ paragraph: Int, _ index: Int) -> Bool {
        for match in view.paragraphs[paragraph].annotations[index] {
            switch match.entry {
            case .knownPerson, .place, .ordinalSuffix, .connector, .notCountry: continue
            case .boilerplate, .publishedCue: continue
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

    func isArabicNameWord(_ paragraph: Int, _ index: Int) -> Bool {
        let token = view.paragraphs[paragraph].tokens[index]
        guard token.kind == .word, token.script == .arabic, token.norm.unicodeScalars.count >= 2 else { return false }
        if isLexical(paragraph, index) || isStopword(paragraph, index) { return false }
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
        while index < limit && index - start < 6 {
            let token = tokens[index]
            if index > start && token.spaceBefore == false && !token.hyphenBefore && token.kind == .word { break }
            if isLatinNameWord(paragraph, index) {
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
        while index < limit && index - start < 4 {
            let token = tokens[index]
            guard isArabicNameWord(paragraph, index) else { break }
            let article = NameScanner.hasArticle(token)
            if index == start && article { break }
            if article && !previousWasHead {
                // ال inside a name only right after عبد/أبو..., or as a last word of nisba form
                let next = index + 1
                let nextIsName = next < limit && isArabicNameWord(paragraph, next) && !NameScanner.hasArticle(tokens[next])
                if nextIsName || !NameScanner.isNisba(token) { break }
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
        guard isArabicNameWord(paragraph, last) else { return nil }
        if NameScanner.hasArticle(tokens[last]) && !NameScanner.isNisba(tokens[last])
            && !(last - 1 >= floor && NameScanner.arabicCompoundHeads.contains(tokens[last - 1].norm)) {
            return nil
        }
        var start = last
        index = last - 1
        while index >= floor && last - index < 4 && isArabicNameWord(paragraph, index) {
            let token = tokens[index]
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
