import CommuniqueLexicon
import CommuniqueText
import Foundation

/// Tells the language of a piece of text among those of the lexicon: script
/// first; Arabic against Persian by the letters only one of them uses and by
/// the words of each; Latin-script languages by their words (stopwords and
/// `languageWords` from the lexicon, month and weekday names from CLDR), then
/// by the letters typical of each. Text with no evidence is `und`.
package struct LanguageIdentifier: Sendable {
    /// What the evidence says about one text.
    package struct Guess: Sendable, Equatable {
        /// BCP 47 code of the best language, `und` without evidence.
        package let code: String
        /// Evidence per language code; languages without evidence are absent.
        package let scores: [String: Int]

        package var best: Int { scores[code] ?? 0 }

        /// The best score minus the runner-up's.
        package var margin: Int {
            let sorted = scores.values.sorted(by: >)
            return (sorted.first ?? 0) - (sorted.dropFirst().first ?? 0)
        }

        /// True when `code` has evidence and is within `tolerance` of the best.
        package func admits(_ code: String, tolerance: Int) -> Bool {
            guard let score = scores[code], score > 0 else { return false }
            return score + tolerance >= best
        }
    }

    /// Less evidence than one word that only one language uses: a paragraph
    /// this close to the article's language is taken to be in it.
    package static let latinTolerance = 3
    package static let arabicTolerance = 2

    private let lexicon: Lexicon
    private let arabic: Int16
    private let persian: Int16
    private let latinLanguages: [Int16]
    /// Normalized word → the Latin-script languages it is evidence for: one
    /// look-up per token.
    private let latinEvidence: [String: [Int16]]
    /// Normalized word → (evidence for Persian, evidence for Arabic).
    private let arabicScriptEvidence: [String: (persian: Bool, arabic: Bool)]

    package init(lexicon: Lexicon) {
        self.lexicon = lexicon
        arabic = lexicon.languageIndex("ar")
        persian = lexicon.languageIndex("fa")
        latinLanguages = lexicon.profiles.indices.filter { lexicon.profiles[$0].isLatinScript }.map { Int16($0) }
        var evidence: [String: [Int16]] = [:]
        for (index, profile) in lexicon.profiles.enumerated() {
            var words = profile.stopwords
            words.formUnion(profile.languageWords)
            words.formUnion(LanguageIdentifier.calendarWords(profile.code))
            for word in words where !word.isEmpty {
                evidence[word, default: []].append(Int16(index))
            }
        }
        let latin = Set(latinLanguages)
        latinEvidence = evidence.compactMapValues { languages in
            let hits = languages.filter { latin.contains($0) }
            return hits.isEmpty ? nil : hits
        }
        let (fa, ar) = (Int16(persian), Int16(arabic))
        arabicScriptEvidence = evidence.compactMapValues { languages in
            let pair = (persian: languages.contains(fa), arabic: languages.contains(ar))
            return pair.persian || pair.arabic ? pair : nil
        }
    }

    /// Month and weekday names of `code` from CLDR, in matching form, one
    /// token each (multi-word names are left out).
    static func calendarWords(_ code: String) -> Set<String> {
        var words = Set<String>()
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: code)
        for calendar in code == "fa" ? [Calendar.Identifier.gregorian, .persian] : [.gregorian] {
            formatter.calendar = Calendar(identifier: calendar)
            for symbols in [formatter.monthSymbols, formatter.standaloneMonthSymbols, formatter.weekdaySymbols,
                            formatter.standaloneWeekdaySymbols] {
                for name in symbols ?? [] {
                    let tokens = Tokenizer.tokenize(name).filter(\.isWord)
                    if tokens.count == 1, tokens[0].norm.unicodeScalars.count >= 3 { words.insert(tokens[0].norm) }
                }
            }
        }
        return words
    }

    /// A BCP 47 code, or `und`.
    package func identify(_ text: String, tokens: [Token]) -> String {
        guess(text, tokens: tokens).code
    }

    /// The evidence for each language.
    package func guess(_ text: String, tokens: [Token]) -> Guess {
        var latinWords = 0
        var arabicWords = 0
        for token in tokens where token.kind == .word {
            if token.script == .latin { latinWords += 1 } else if token.script == .arabic { arabicWords += 1 }
        }
        guard latinWords + arabicWords > 0 else { return Guess(code: "und", scores: [:]) }
        if arabicWords >= latinWords {
            return arabicOrPersian(text, tokens)
        }
        return latinLanguage(text, tokens)
    }

    /// The tolerance that applies to a guess: Arabic script or Latin.
    package static func tolerance(for code: String) -> Int {
        code == "ar" || code == "fa" ? arabicTolerance : latinTolerance
    }

    private func arabicOrPersian(_ text: String, _ tokens: [Token]) -> Guess {
        var persianScore = 0
        var arabicScore = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x067E, 0x0686, 0x0698, 0x06AF: persianScore += 3  // پ چ ژ گ
            case 0x06CC, 0x06A9: persianScore += 1  // ی ک
            case 0x064A, 0x0643, 0x0629, 0x0649: arabicScore += 1  // ي ك ة ى
            default: break
            }
        }
        for token in tokens where token.script == .arabic {
            guard let listed = arabicScriptEvidence[token.norm] else { continue }
            if listed.persian && !listed.arabic { persianScore += 2 }
            if listed.arabic && !listed.persian { arabicScore += 2 }
        }
        let arCode = lexicon.languageCodes.indices.contains(Int(arabic)) ? lexicon.languageCodes[Int(arabic)] : "ar"
        let faCode = lexicon.languageCodes.indices.contains(Int(persian)) ? lexicon.languageCodes[Int(persian)] : "fa"
        var scores: [String: Int] = [:]
        if arabicScore > 0 { scores[arCode] = arabicScore }
        if persianScore > 0 { scores[faCode] = persianScore }
        // Arabic script with nothing either way: Arabic, the more common.
        if persianScore == 0 && arabicScore == 0 { return Guess(code: arCode, scores: [arCode: 1]) }
        return Guess(code: persianScore > arabicScore ? faCode : arCode, scores: scores)
    }

    private func latinLanguage(_ text: String, _ tokens: [Token]) -> Guess {
        var scores = [Int](repeating: 0, count: lexicon.profiles.count)
        var words = 0
        var known = 0
        for token in tokens where token.script == .latin {
            words += 1
            guard let hits = latinEvidence[token.norm] else { continue }
            known += 1
            // a word shared by many languages says little
            let weight = hits.count == 1 ? 4 : (hits.count == 2 ? 2 : 1)
            for language in hits { scores[Int(language)] += weight }
        }
        for scalar in text.unicodeScalars {
            let code: String?
            switch scalar {
            case "ß", "ä", "ö", "ü", "Ä", "Ö", "Ü": code = "de"
            case "ç", "ê", "è", "â", "î", "ô", "û", "ë", "œ": code = "fr"
            case "ñ", "¿", "¡", "á", "í", "ó", "ú": code = "es"
            case "ì", "ò", "ù": code = "it"
            default: code = nil
            }
            if let code {
                let index = Int(lexicon.languageIndex(code))
                if index >= 0 { scores[index] += 1 }
            }
        }
        // Letters alone tell a short title, not a sentence of another language.
        if known == 0 && words > 3 { return Guess(code: "und", scores: [:]) }
        var byCode: [String: Int] = [:]
        for index in scores.indices where scores[index] > 0 { byCode[lexicon.languageCodes[index]] = scores[index] }
        guard let best = scores.indices.max(by: { scores[$0] < scores[$1] }), scores[best] > 0 else {
            return Guess(code: "und", scores: [:])
        }
        // ties go to the language listed first
        let first = scores.indices.first { scores[$0] == scores[best] }!
        return Guess(code: lexicon.languageCodes[first], scores: byCode)
    }
}
