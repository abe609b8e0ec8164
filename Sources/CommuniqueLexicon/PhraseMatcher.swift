#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
        /// The tokens with their forms numbered (see `TokenForms`).
        let compiled: [CompiledToken]
        /// The entry's group is one the reader needs to tell a paragraph's shape (see `Part`).
        let isShape: Bool
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

    /// A pattern token as it is matched: an exact form or acronym by its number, a prefix by
    /// the number of its UTF-8 bytes in `prefixBytes`.
    struct CompiledToken: Sendable {
        enum Kind: UInt8, Sendable {
            case exact
            case acronym
            case prefix
        }

        let kind: Kind
        let number: Int32
    }

    /// Which patterns to match: all, only those of the groups that tell a paragraph's shape
    /// (dates, boilerplate markers, countries and places: `shapeGroups`), or only the others.
    /// A group's matches do not depend on the other groups' patterns, so the matches of
    /// `.shape` and of `.content` together are those of `.all`.
    package enum Part: Sendable {
        case all
        case shape
        case content
    }

    /// The groups of `Part.shape` (see `LexicalEntry.group`).
    package static let shapeGroups: Set<Int> = [6, 7, 8]

    /// The forms of a token sequence, numbered once for every pattern that is tried on it:
    /// token `i`'s forms are `texts[starts[i]..<starts[i + 1]]`, with the number of each
    /// as an exact pattern form (-1 when no pattern has it).
    package struct TokenForms: Sendable {
        package private(set) var starts: [Int32] = [0]
        package private(set) var texts: [String] = []
        package private(set) var numbers: [Int32] = []
        package private(set) var uppercase: [Bool] = []

        package var count: Int { uppercase.count }

        package init() {}

        /// The forms of one more token.
        package mutating func append(_ forms: some Sequence<String>, uppercase isUppercase: Bool, matcher: PhraseMatcher) {
            for form in forms {
                texts.append(form)
                numbers.append(matcher.formNumbers[form] ?? -1)
            }
            starts.append(Int32(texts.count))
            uppercase.append(isUppercase)
        }

        @inline(__always)
        func range(_ token: Int) -> Range<Int> { Int(starts[token])..<Int(starts[token + 1]) }
    }

    private static let prefixKeyLength = 4
    private var patterns: [Pattern] = []
    /// Exact and acronym pattern forms → their number (`String` equality, as the patterns compare).
    private var formNumbers: [String: Int32] = [:]
    /// The UTF-8 bytes of prefix pattern tokens, by number.
    private var prefixBytes: [[UInt8]] = []
    /// Form number → patterns whose first token is that exact form or acronym.
    private var byExactFirst: [[Int32]] = []
    private var byPrefixFirst: [String: [Int32]] = [:]
    /// The same for keys whose scalars are all below U+0800 (Latin, Arabic,
    /// Persian...), keyed by the scalars packed in an integer: no string hashing.
    private var byPrefixCode: [UInt64: [Int32]] = [:]
    /// Bits of the packed keys of `byPrefixCode` (a hash of each): a key whose
    /// bit is clear needs no look-up.
    private var prefixCodeBits = [UInt64](repeating: 0, count: PhraseMatcher.prefixBitWords)
    private static let prefixBitWords = 1 << 10
    /// The first scalars of the keys of `byPrefixFirst`: a text form starting
    /// with any other scalar needs no prefix look-up at all.
    private var prefixInitials = Set<UInt32>()
    /// The same for initials below U+0800, as a table.
    private var prefixInitialTable = [Bool](repeating: false, count: 0x800)
    private var seen = Set<SeenKey>()

    private struct SeenKey: Hashable {
        let tokens: [PatternToken]
        let entry: LexicalEntry
        let language: Int16
    }

    package init() {}

    package var count: Int { patterns.count }

    /// The number of an exact pattern form, made when it is new.
    private mutating func number(_ form: String) -> Int32 {
        if let known = formNumbers[form] { return known }
        let next = Int32(byExactFirst.count)
        formNumbers[form] = next
        byExactFirst.append([])
        return next
    }

    @inline(__always)
    private static func bit(_ code: UInt64) -> (word: Int, mask: UInt64) {
        let mixed = code &* 0x9E37_79B9_7F4A_7C15
        let bits = Int(truncatingIfNeeded: mixed >> 48)  // 16 bits
        return (bits >> 6 & (prefixBitWords - 1), 1 << UInt64(bits & 63))
    }

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
        let compiled = tokens.map { token -> CompiledToken in
            switch token {
            case .exact(let text): return CompiledToken(kind: .exact, number: number(text))
            case .acronym(let text): return CompiledToken(kind: .acronym, number: number(text))
            case .prefix(let text):
                prefixBytes.append(Array(text.utf8))
                return CompiledToken(kind: .prefix, number: Int32(prefixBytes.count - 1))
            }
        }
        let index = Int32(patterns.count)
        patterns.append(Pattern(tokens: tokens, entry: entry, language: language, weight: weight, compiled: compiled,
                                isShape: PhraseMatcher.shapeGroups.contains(entry.group)))
        switch first {
        case .exact(let text), .acronym(let text):
            byExactFirst[Int(formNumbers[text]!)].append(index)
        case .prefix(let text):
            let key = String(String.UnicodeScalarView(text.unicodeScalars.prefix(PhraseMatcher.prefixKeyLength)))
            if let code = PhraseMatcher.prefixCode(key.unicodeScalars) {
                byPrefixCode[code, default: []].append(index)
                let (word, mask) = PhraseMatcher.bit(code)
                prefixCodeBits[word] |= mask
            } else {
                byPrefixFirst[key, default: []].append(index)
            }
            if let initial = key.unicodeScalars.first {
                prefixInitials.insert(initial.value)
                if initial.value < 0x800 { prefixInitialTable[Int(initial.value)] = true }
            }
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
        guard let number = formNumbers[form] else { return false }
        return byExactFirst[Int(number)].contains { predicate(patterns[Int($0)].entry) }
    }

    /// True when one of the forms of a text token matches a pattern token.
    @inline(__always)
    private func matches(_ token: CompiledToken, _ forms: TokenForms, at position: Int) -> Bool {
        let range = forms.range(position)
        switch token.kind {
        case .exact:
            for index in range where forms.numbers[index] == token.number { return true }
            return false
        case .acronym:
            guard forms.uppercase[position] else { return false }
            for index in range where forms.numbers[index] == token.number { return true }
            return false
        case .prefix:
            let bytes = prefixBytes[Int(token.number)]
            for index in range where PhraseMatcher.hasPrefix(forms.texts[index], bytes) { return true }
            return false
        }
    }

    /// The scalars of `text` start with those of the prefix: its UTF-8 bytes start with the prefix's.
    @inline(__always)
    private static func hasPrefix(_ text: String, _ prefix: [UInt8]) -> Bool {
        let utf8 = text.utf8
        guard utf8.count >= prefix.count else { return false }
        if let result = utf8.withContiguousStorageIfAvailable({ bytes in
            prefix.withUnsafeBufferPointer { prefix in
                prefix.isEmpty || memcmp(bytes.baseAddress!, prefix.baseAddress!, prefix.count) == 0
            }
        }) {
            return result
        }
        return utf8.starts(with: prefix)
    }

    /// Every pattern of `part` matching at `start`, for the language at `language`, in the
    /// order their first tokens were reached (forms of the first token in order; for each,
    /// exact patterns, then prefixes by length). `candidates` is scratch space.
    package func matches(at start: Int, forms: TokenForms, language: Int16, part: Part = .all,
                         candidates: inout [Int32]) -> [Match] {
        candidates.removeAll(keepingCapacity: true)
        for index in forms.range(start) {
            let number = forms.numbers[index]
            if number >= 0 { candidates.append(contentsOf: byExactFirst[Int(number)]) }
            let scalars = forms.texts[index].unicodeScalars
            guard let initial = scalars.first?.value else { continue }
            if initial < 0x800 {
                guard prefixInitialTable[Int(initial)] else { continue }
            } else {
                guard prefixInitials.contains(initial) else { continue }
            }
            var length = 1
            var position = scalars.startIndex
            var packed: UInt64 = 0
            var packable = true
            while position != scalars.endIndex && length <= PhraseMatcher.prefixKeyLength {
                let value = scalars[position].value
                position = scalars.index(after: position)
                if packable && value > 0 && value < 0x800 {
                    packed |= UInt64(value) << UInt64(11 * (PhraseMatcher.prefixKeyLength - length))
                    let code = packed | UInt64(length) << 44
                    let (word, mask) = PhraseMatcher.bit(code)
                    if prefixCodeBits[word] & mask != 0, let list = byPrefixCode[code] {
                        candidates.append(contentsOf: list)
                    }
                } else {
                    packable = false
                    if let list = byPrefixFirst[String(scalars[..<position])] { candidates.append(contentsOf: list) }
                }
                length += 1
            }
        }
        guard !candidates.isEmpty else { return [] }
        var result: [Match] = []
        // each pattern once, in the order first reached (a short list is searched, a long one hashed)
        var tried = Set<Int32>()
        let small = candidates.count <= 24
        patterns.withUnsafeBufferPointer { patterns in
            for position in candidates.indices {
                let candidate = candidates[position]
                if small {
                    if candidates[..<position].contains(candidate) { continue }
                } else if !tried.insert(candidate).inserted {
                    continue
                }
                let pattern = patterns.baseAddress! + Int(candidate)
                switch part {
                case .all: break
                case .shape: if !pattern.pointee.isShape { continue }
                case .content: if pattern.pointee.isShape { continue }
                }
                if pattern.pointee.language >= 0 && pattern.pointee.language != language { continue }
                let end = start + pattern.pointee.compiled.count
                guard end <= forms.count else { continue }
                var ok = true
                for (offset, token) in pattern.pointee.compiled.enumerated()
                where !matches(token, forms, at: start + offset) {
                    ok = false
                    break
                }
                if ok {
                    result.append(Match(start: start, end: end, entry: pattern.pointee.entry, weight: pattern.pointee.weight))
                }
            }
        }
        return result
    }
}
