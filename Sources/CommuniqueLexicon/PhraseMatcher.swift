import CommuniqueText

/// Compiled phrase patterns, indexed by their first token, matched against
/// token sequences. A pattern token is an exact matching form or a prefix
/// (`migra*`); Arabic-script text tokens are also tried without their
/// one-letter proclitics.
package struct PhraseMatcher: Sendable {
    enum PatternToken: Sendable, Hashable {
        case exact(String)
        /// An acronym written in capitals ("UN", "OIM"): matches only capitals,
        /// so that "UN" is not the Spanish article "un".
        case acronym(String)
        case prefix(String)

        func matches(_ variants: [String], uppercase: Bool) -> Bool {
            switch self {
            case .exact(let text): return variants.contains(text)
            case .acronym(let text): return uppercase && variants.contains(text)
            case .prefix(let text): return variants.contains { $0.unicodeScalars.starts(with: text.unicodeScalars) }
            }
        }

        var text: String {
            switch self {
            case .exact(let text), .acronym(let text), .prefix(let text): return text
            }
        }
    }

    struct Pattern: Sendable {
        let tokens: [PatternToken]
        let entry: LexicalEntry
        /// Index of the language the pattern belongs to; -1 for every language.
        let language: Int16
        /// Letters spelled out in the pattern: breaks ties between overlapping matches.
        let weight: Int
    }

    /// A match of one pattern.
    package struct Match: Sendable, Hashable {
        package let start: Int
        /// Index after the last matched token.
        package let end: Int
        package let entry: LexicalEntry
        package let weight: Int

        /// The same match in a slice of the tokens that starts at `offset`, cut at the slice's `length`.
        package func rebased(from offset: Int, length: Int) -> Match {
            Match(start: start - offset, end: min(end - offset, length), entry: entry, weight: weight)
        }
    }

    private static let prefixKeyLength = 4
    private var patterns: [Pattern] = []
    private var byExactFirst: [String: [Int32]] = [:]
    private var byPrefixFirst: [String: [Int32]] = [:]
    /// The same for keys whose scalars are all below U+0800 (Latin, Arabic,
    /// Persian...), keyed by the scalars packed in an integer: no string hashing.
    private var byPrefixCode: [UInt64: [Int32]] = [:]
    /// The first scalars of the keys of `byPrefixFirst`: a text form starting
    /// with any other scalar needs no prefix look-up at all.
    private var prefixInitials = Set<UInt32>()
    private var seen = Set<SeenKey>()

    private struct SeenKey: Hashable {
        let tokens: [PatternToken]
        let entry: LexicalEntry
        let language: Int16
    }

    package init() {}

    package var count: Int { patterns.count }

    /// Adds `phrase` meaning `entry`, for the language at `language` (-1: all).
    package mutating func add(_ phrase: String, _ entry: LexicalEntry, language: Int16) {
        let tokens = PhraseMatcher.compile(phrase)
        guard let first = tokens.first else { return }
        guard seen.insert(SeenKey(tokens: tokens, entry: entry, language: language)).inserted else { return }
        let weight = tokens.reduce(0) { total, token in
            switch token {
            case .exact(let text), .acronym(let text): return total + text.unicodeScalars.count + 1
            case .prefix(let text): return total + text.unicodeScalars.count
            }
        }
        let index = Int32(patterns.count)
        patterns.append(Pattern(tokens: tokens, entry: entry, language: language, weight: weight))
        switch first {
        case .exact(let text), .acronym(let text):
            byExactFirst[text, default: []].append(index)
        case .prefix(let text):
            let key = String(String.UnicodeScalarView(text.unicodeScalars.prefix(PhraseMatcher.prefixKeyLength)))
            if let code = PhraseMatcher.prefixCode(key.unicodeScalars) {
                byPrefixCode[code, default: []].append(index)
            } else {
                byPrefixFirst[key, default: []].append(index)
            }
            if let initial = key.unicodeScalars.first { prefixInitials.insert(initial.value) }
        }
    }

    /// Up to four scalars below U+0800 (none zero) packed with their count; nil otherwise.
    static func prefixCode(_ scalars: String.UnicodeScalarView) -> UInt64? {
        var packed: UInt64 = 0
        var length = 0
        for scalar in scalars {
            guard scalar.value > 0, scalar.value < 0x800, length < prefixKeyLength else { return nil }
            length += 1
            packed |= UInt64(scalar.value) << UInt64(11 * (prefixKeyLength - length))
        }
        return length == 0 ? nil : packed | UInt64(length) << 44
    }

    /// The pattern tokens of a phrase: tokenized and normalized like text;
    /// a token directly followed by `*` is a prefix.
    static func compile(_ phrase: String) -> [PatternToken] {
        let tokens = Tokenizer.tokenize(phrase)
        var result: [PatternToken] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.norm == "*" {
                index += 1
                continue
            }
            if index + 1 < tokens.count, tokens[index + 1].norm == "*", !tokens[index + 1].spaceBefore {
                result.append(.prefix(token.norm))
                index += 2
            } else {
                result.append(token.isUppercase && token.script == .latin ? .acronym(token.norm) : .exact(token.norm))
                index += 1
            }
        }
        return result
    }

    /// The forms a text token is matched by: its matching form and, for
    /// Arabic script, the same without one-letter proclitics.
    package static func variants(of token: Token) -> [String] {
        guard token.script == .arabic else { return [token.norm] }
        var result = [token.norm]
        let scalars = Array(token.norm.unicodeScalars)
        func add(_ slice: ArraySlice<Unicode.Scalar>) {
            guard slice.count >= 2 else { return }
            let form = String(String.UnicodeScalarView(slice))
            if !result.contains(form) { result.append(form) }
        }
        var bases: [ArraySlice<Unicode.Scalar>] = [scalars[...]]
        if let first = scalars.first, first == "\u{0648}" || first == "\u{0641}", scalars.count > 3 {  // و ف
            bases.append(scalars.dropFirst())
            add(scalars.dropFirst())
        }
        for base in bases {
            guard let first = base.first, base.count > 3 else { continue }
            if first == "\u{0644}" && base.dropFirst().first == "\u{0644}" {  // لل → ال
                add(["\u{0627}"] + base.dropFirst())
            }
            if first == "\u{0628}" || first == "\u{0644}" || first == "\u{0643}" {  // ب ل ك
                add(base.dropFirst())
            }
        }
        return result
    }

    /// True when some pattern meaning `entry` (by `predicate`) starts with exactly `form`.
    package func startsPattern(_ form: String, where predicate: (LexicalEntry) -> Bool) -> Bool {
        (byExactFirst[form] ?? []).contains { predicate(patterns[Int($0)].entry) }
    }

    /// Every pattern matching at `start`, for the language at `language`.
    package func matches(at start: Int, variants: [[String]], uppercase: [Bool], language: Int16) -> [Match] {
        var result: [Match] = []
        var candidates: [Int32] = []
        for form in variants[start] {
            if let list = byExactFirst[form] { candidates.append(contentsOf: list) }
            let scalars = form.unicodeScalars
            guard let initial = scalars.first, prefixInitials.contains(initial.value) else { continue }
            var length = 1
            var index = scalars.startIndex
            var packed: UInt64 = 0
            var packable = true
            while index != scalars.endIndex && length <= PhraseMatcher.prefixKeyLength {
                let value = scalars[index].value
                index = scalars.index(after: index)
                if packable && value > 0 && value < 0x800 {
                    packed |= UInt64(value) << UInt64(11 * (PhraseMatcher.prefixKeyLength - length))
                    if let list = byPrefixCode[packed | UInt64(length) << 44] { candidates.append(contentsOf: list) }
                } else {
                    packable = false
                    if let list = byPrefixFirst[String(scalars[..<index])] { candidates.append(contentsOf: list) }
                }
                length += 1
            }
        }
        guard !candidates.isEmpty else { return [] }
        // each pattern once, in the order first reached (a short list is searched, a long one hashed)
        var tried = Set<Int32>()
        let small = candidates.count <= 24
        for (position, candidate) in candidates.enumerated() {
            if small {
                if candidates[..<position].contains(candidate) { continue }
            } else if !tried.insert(candidate).inserted {
                continue
            }
            let pattern = patterns[Int(candidate)]
            if pattern.language >= 0 && pattern.language != language { continue }
            let end = start + pattern.tokens.count
            guard end <= variants.count else { continue }
            var ok = true
            for (offset, token) in pattern.tokens.enumerated() where !token.matches(variants[start + offset],
                                                                                   uppercase: uppercase[start + offset]) {
                ok = false
                break
            }
            if ok {
                result.append(Match(start: start, end: end, entry: pattern.entry, weight: pattern.weight))
            }
        }
        return result
    }
}
