import CommuniqueLexicon
import CommuniqueText

/// Tells the language of a piece of text among those of the lexicon: script
/// first; Arabic against Persian by the letters only one of them uses and by
/// function words; Latin-script languages by function words, then by the
/// letters typical of each.
package struct LanguageIdentifier: Sendable {
    private let lexicon: Lexicon
    private let arabic: Int16
    private let persian: Int16
    private let latinLanguages: [Int16]
    /// Stopword → the Latin-script languages (in `latinLanguages` order) that list it:
    /// one look-up per token instead of one per language.
    private let latinStopwordLanguages: [String: [Int16]]
    /// Stopword → (Persian lists it, Arabic lists it).
    private let arabicScriptStopwords: [String: (persian: Bool, arabic: Bool)]

    package init(lexicon: Lexicon) {
        self.lexicon = lexicon
        arabic = lexicon.languageIndex("ar")
        persian = lexicon.languageIndex("fa")
        latinLanguages = lexicon.profiles.indices.filter { lexicon.profiles[$0].isLatinScript }.map { Int16($0) }
        var latin: [String: [Int16]] = [:]
        for language in latinLanguages {
            for word in lexicon.profiles[Int(language)].stopwords { latin[word, default: []].append(language) }
        }
        latinStopwordLanguages = latin
        var arabicScript: [String: (persian: Bool, arabic: Bool)] = [:]
        if let fa = lexicon.profile(persian), let ar = lexicon.profile(arabic) {
            for word in fa.stopwords { arabicScript[word] = (true, ar.stopwords.contains(word)) }
            for word in ar.stopwords where arabicScript[word] == nil { arabicScript[word] = (false, true) }
        }
        arabicScriptStopwords = arabicScript
    }

    /// A BCP 47 code, or `und`.
    package func identify(_ text: String, tokens: [Token]) -> String {
        var latinWords = 0
        var arabicWords = 0
        for token in tokens where token.kind == .word {
            if token.script == .latin { latinWords += 1 } else if token.script == .arabic { arabicWords += 1 }
        }
        guard latinWords + arabicWords > 0 else { return "und" }
        if arabicWords >= latinWords {
            return arabicOrPersian(text, tokens)
        }
        return latinLanguage(text, tokens)
    }

    private func arabicOrPersian(_ text: String, _ tokens: [Token]) -> String {
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
            guard let listed = arabicScriptStopwords[token.norm] else { continue }
            if listed.persian && !listed.arabic { persianScore += 2 }
            if listed.arabic && !listed.persian { arabicScore += 2 }
        }
        if persianScore == 0 && arabicScore == 0 { return "ar" }
        return persianScore > arabicScore ? "fa" : "ar"
    }

    private func latinLanguage(_ text: String, _ tokens: [Token]) -> String {
        var scores = [Int](repeating: 0, count: lexicon.profiles.count)
        for token in tokens where token.script == .latin {
            guard let hits = latinStopwordLanguages[token.norm] else { continue }
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
        guard let best = scores.indices.max(by: { scores[$0] < scores[$1] }), scores[best] > 0 else { return "und" }
        let ties = scores.indices.filter { scores[$0] == scores[best] }
        if ties.count > 1 { return lexicon.languageCodes[ties.min()!] }
        return lexicon.languageCodes[best]
    }
}
