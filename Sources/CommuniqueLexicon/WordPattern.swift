import CommuniqueText

/// One word of a pattern: an exact matching form, or a prefix (`control*`).
package struct WordPattern: Sendable, Hashable {
    package let text: String
    package let isPrefix: Bool
    /// `text` is `Form.isPlain`.
    private let isPlain: Bool

    /// Compiles `word` (its first token; a trailing `*` makes it a prefix).
    package init(_ word: String) {
        let trimmed = word.hasSuffix("*") ? String(word.dropLast()) : word
        text = MatchNormalizer.normalize(trimmed)
        isPrefix = word.hasSuffix("*")
        isPlain = Form.isPlain(text)
    }

    /// True when one of the forms of a text token matches.
    package func matches(_ variants: [String]) -> Bool {
        isPrefix ? variants.contains { $0.hasPrefix(text) } : variants.contains(text)
    }

    /// The same for forms prepared once for many patterns.
    package func matches(_ forms: [Form]) -> Bool {
        for form in forms {
            if isPlain && form.isPlain, let answer = bytesMatch(form.text) {
                if answer { return true }
            } else if isPrefix ? form.text.hasPrefix(text) : form.text == text {
                return true
            }
        }
        return false
    }

    /// For plain texts, what `hasPrefix` or `==` answers, from the UTF-8 bytes.
    @inline(__always)
    private func bytesMatch(_ other: String) -> Bool? {
        let mine = text.utf8, theirs = other.utf8
        if isPrefix ? theirs.count < mine.count : theirs.count != mine.count { return false }
        return mine.withContiguousStorageIfAvailable { mine in
            theirs.withContiguousStorageIfAvailable { theirs in
                for index in mine.indices where mine[index] != theirs[index] { return false }
                return true
            }
        } ?? nil
    }

    /// A text token's form prepared to be matched against many patterns.
    package struct Form: Sendable {
        package let text: String
        /// Made only of scalars that are each their own character and in their one canonical
        /// form (printable ASCII, Latin letters U+00C0–U+024F, Arabic and Persian letters and
        /// digits without marks): between plain texts, `==` and `hasPrefix` are byte comparisons.
        let isPlain: Bool

        package init(_ text: String) {
            self.text = text
            isPlain = Form.isPlain(text)
        }

        static func isPlain(_ text: String) -> Bool {
            text.unicodeScalars.allSatisfy { scalar in
                switch scalar.value {
                case 0x20...0x7E, 0xC0...0x24F, 0x0621...0x064A, 0x066E...0x066F, 0x0671...0x06D3, 0x06D5, 0x06EE...0x06FF:
                    return true
                default:
                    return false
                }
            }
        }
    }
}

/// A topic said by two words near each other in a sentence.
package struct TopicPair: Sendable {
    package let topic: String
    package let distance: Int
    package let first: [WordPattern]
    package let second: [WordPattern]
}
