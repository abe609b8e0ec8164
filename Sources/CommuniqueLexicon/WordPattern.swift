import CommuniqueText

/// One word of a pattern: an exact matching form, or a prefix (`control*`).
package struct WordPattern: Sendable, Hashable {
    package let text: String
    package let isPrefix: Bool

    /// Compiles `word` (its first token; a trailing `*` makes it a prefix).
    package init(_ word: String) {
        let trimmed = word.hasSuffix("*") ? String(word.dropLast()) : word
        text = MatchNormalizer.normalize(trimmed)
        isPrefix = word.hasSuffix("*")
    }

    /// True when one of the forms of a text token matches.
    package func matches(_ variants: [String]) -> Bool {
        isPrefix ? variants.contains { $0.hasPrefix(text) } : variants.contains(text)
    }
}

/// A topic said by two words near each other in a sentence.
package struct TopicPair: Sendable {
    package let topic: String
    package let distance: Int
    package let first: [WordPattern]
    package let second: [WordPattern]
}
