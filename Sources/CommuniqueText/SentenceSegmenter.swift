/// Splits tokenized text into sentences: after `.`, `!`, `?`, `؟`, `…` when
/// the next token starts a new sentence, never after a known abbreviation
/// or a single initial (`M.`, `Dr.`, `J.`), and at every line break.
package enum SentenceSegmenter {
    /// Lower-case abbreviations (without their period) that do not end a sentence.
    private static let abbreviations: Set<String> = [
        "m", "mm", "mme", "mmes", "mlle", "mr", "mrs", "ms", "dr", "drs", "prof", "st", "ste", "sr", "sra", "sres", "srta",
        "dott", "sig", "sigg", "on", "gen", "col", "lt", "capt", "gov", "sen", "rep", "jr", "nr", "z", "bzw", "usw",
        "vgl", "ca", "vs", "dhr", "mevr", "ir", "mgr", "av", "art", "pag", "pp", "ing", "avv", "hr", "fr", "no",
        "n", "ex", "pres", "min", "h.e", "s.e", "s.m", "u.s", "e.g", "i.e", "d.h", "mio", "mrd", "bn", "mn",
        "dra", "dras", "dres", "sras", "lic", "profa", "mw", "dipl", "abg",
    ]

    /// Closing quotation marks that French typography sets after a space
    /// (`« ... d'accord. »`): they still close the sentence before them.
    private static let spacedClosingQuotes: Set<Unicode.Scalar> = ["\u{00BB}", "\u{201D}", "\u{203A}"]

    /// Token index ranges of the sentences of `tokens` cut from `text`.
    package static func sentences(_ tokens: [Token], in text: String) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        let utf8 = Array(text.utf8)
        func lineBreakBetween(_ a: Token, _ b: Token) -> Bool {
            for offset in a.range.upperBound..<b.range.lowerBound where utf8[offset] == 0x0A || utf8[offset] == 0x0D {
                return true
            }
            return false
        }
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            var boundary = false
            if let next, lineBreakBetween(token, next) {
                boundary = true
            } else if token.isSentenceEnd, let next {
                // let closing quotes and brackets stay with the sentence
                var after = index + 1
                func isSpacedClosingQuote(_ token: Token) -> Bool {
                    guard token.isQuote, token.range.count <= 4, token.range.lowerBound < utf8.count else { return false }
                    let scalar = String(decoding: utf8[token.range], as: UTF8.self).unicodeScalars.first
                    return scalar.map { spacedClosingQuotes.contains($0) } ?? false
                }
                while after < tokens.count, tokens[after].isQuote || tokens[after].norm == ")" || tokens[after].isSentenceEnd,
                      !tokens[after].spaceBefore || tokens[after].isSentenceEnd || isSpacedClosingQuote(tokens[after]) {
                    after += 1
                }
                if after < tokens.count {
                    let following = tokens[after]
                    if endsSentence(at: index, tokens) && following.spaceBefore && startsSentence(following) {
                        boundary = true
                        index = after - 1
                    }
                } else {
                    _ = next
                }
            }
            if boundary {
                if index + 1 > start { result.append(start..<(index + 1)) }
                start = index + 1
            }
            index += 1
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }

    private static func endsSentence(at index: Int, _ tokens: [Token]) -> Bool {
        let token = tokens[index]
        guard token.norm == "." else { return true }
        guard index > 0 else { return true }
        let previous = tokens[index - 1]
        // "am 3. Juli": a day number with a period is an ordinal, not a sentence end
        if previous.kind == .number && !token.spaceBefore && previous.norm.unicodeScalars.count <= 2 { return false }
        if previous.kind == .word && !token.spaceBefore {
            if abbreviations.contains(previous.norm) { return false }
            // a single initial: "J." in "J. Smith"
            if previous.norm.unicodeScalars.count == 1 && previous.script == .latin && previous.isCapitalized {
                return false
            }
        }
        return true
    }

    private static func startsSentence(_ token: Token) -> Bool {
        switch token.kind {
        case .word:
            // a lower-case Latin word continues the sentence ("etc. and")
            return token.script != .latin || token.isCapitalized
        case .number, .punctuation:
            return true
        }
    }
}
