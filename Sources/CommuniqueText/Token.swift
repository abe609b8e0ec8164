/// One token of a text: a word, a number or a punctuation mark, with its
/// UTF-8 span in the text it was cut from and its matching form.
package struct Token: Sendable, Hashable {
    package enum Kind: UInt8, Sendable {
        case word
        case number
        case punctuation
    }

    package let kind: Kind
    /// UTF-8 offsets in the tokenized text.
    package let range: Range<Int>
    /// The matching form (see `MatchNormalizer`).
    package let norm: String
    /// The script of a word's letters; `nil` for numbers and punctuation.
    package let script: Script?
    /// The first letter is an upper-case letter.
    package let isCapitalized: Bool
    /// Every letter is upper case and there are at least two ("UN", "OIM").
    package let isUppercase: Bool
    /// White space separates this token from the previous one.
    package let spaceBefore: Bool
    /// A hyphen joins this token to the previous one (`Sahelo-Sahara`).
    package let hyphenBefore: Bool

    package init(kind: Kind, range: Range<Int>, norm: String, script: Script?, isCapitalized: Bool,
                 isUppercase: Bool = false, spaceBefore: Bool, hyphenBefore: Bool) {
        self.isUppercase = isUppercase
        self.kind = kind
        self.range = range
        self.norm = norm
        self.script = script
        self.isCapitalized = isCapitalized
        self.spaceBefore = spaceBefore
        self.hyphenBefore = hyphenBefore
    }

    /// The original text of the token.
    package func text(in source: String) -> Substring {
        let utf8 = source.utf8
        return source[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
    }

    package var isWord: Bool { kind == .word }

    /// True for `,` `،` `;` `؛` `:` and dashes: the marks that end an apposition.
    package var isClauseMark: Bool {
        kind == .punctuation && (norm == "," || norm == "،" || norm == ";" || norm == "؛" || norm == ":"
                                 || norm == "-" || norm == "(" || norm == ")")
    }

    package var isQuote: Bool {
        kind == .punctuation && (norm == "\"" || norm == "'")
    }

    package var isSentenceEnd: Bool {
        kind == .punctuation && (norm == "." || norm == "!" || norm == "?" || norm == "؟" || norm == "…" || norm == "۔")
    }
}
