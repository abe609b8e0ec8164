/// Cuts text into words, numbers and punctuation for all scripts the tool
/// reads. Words keep inner marks and ZWNJ; a change between Latin and Arabic
/// script splits a glued word; a hyphen between letters splits and is
/// remembered; French and Italian elisions end with their apostrophe
/// (`l'` + `Intérieur`); digits with inner `.`, `:`, `/`, `-` or `,` stay one
/// number (`12:54`, `30.10.2023`).
package enum Tokenizer {
    /// Lower-case word starts that elide before an apostrophe.
    private static let elisions: Set<String> = [
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "lorsqu", "puisqu", "jusqu", "quoiqu", "presqu",
        "dell", "all", "dall", "nell", "sull", "coll", "quell", "quest", "un", "tutt", "nessun", "po", "dev", "ch",
    ]

    private enum CharClass {
        case space, letter, mark, joiner, digit, apostrophe, hyphen, numberInner, other
    }

    /// `classify` of every scalar from U+0080 to U+07FF (Latin letters with
    /// diacritics, Greek, Cyrillic, Hebrew, Arabic, Persian), computed once.
    private static let classTable: [CharClass] = (0x80..<0x800).map { value in
        Unicode.Scalar(UInt32(value)).map(slowClassify) ?? .other
    }

    @inline(__always)
    private static func classify(_ scalar: Unicode.Scalar) -> CharClass {
        let value = scalar.value
        if value >= 0x80 && value < 0x800 { return classTable[Int(value) - 0x80] }
        return slowClassify(scalar)
    }

    private static func slowClassify(_ scalar: Unicode.Scalar) -> CharClass {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x41...0x5A, 0x61...0x7A: return .letter
            case 0x30...0x39: return .digit
            case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: return .space
            case 0x27, 0x60: return .apostrophe
            case 0x2D: return .hyphen
            case 0x2E, 0x3A, 0x2F, 0x2C: return .numberInner
            default: return .other
            }
        }
        switch value {
        case 0x0660...0x0669, 0x06F0...0x06F9: return .digit
        case 0x200C, 0x200D, 0x0640, 0x00AD, 0x2060: return .joiner  // ZWNJ, ZWJ, tatweel, soft hyphen, word joiner
        case 0xFF10...0xFF19: return .digit  // full-width digits
        case 0x2019, 0x2018, 0x02BC, 0x02BB: return .apostrophe
        case 0x2010, 0x2011: return .hyphen
        case 0x00A0, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: return .space  // bidi controls
        case 0x066B, 0x066C: return .numberInner  // Arabic decimal and thousands separators
        default:
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter, .modifierLetter: return .letter
            case .spaceSeparator, .lineSeparator, .paragraphSeparator: return .space
            case .control, .format: return .space
            default: return .other
            }
        }
    }

    /// The tokens of `text`.
    package static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 5)
        let scalars = Array(text.unicodeScalars)
        var offsets = [Int](repeating: 0, count: scalars.count + 1)
        var running = 0
        for (index, scalar) in scalars.enumerated() {
            offsets[index] = running
            running += UTF8.width(scalar)
        }
        offsets[scalars.count] = running
        let classes = scalars.map(classify)

        var index = 0
        var spaceBefore = true
        var hyphenBefore = false
        let count = scalars.count

        // one buffer for the matching forms of all tokens, built as UTF-8
        var normBytes: [UInt8] = []
        normBytes.reserveCapacity(64)
        func emit(_ kind: Token.Kind, _ start: Int, _ end: Int, script: Script?) {
            normBytes.removeAll(keepingCapacity: true)
            for position in start..<end {
                MatchNormalizer.appendScalar(scalars[position], toUTF8: &normBytes)
            }
            let norm = String(decoding: normBytes, as: UTF8.self)
            var capitalized = false
            var uppercase = false
            if kind == .word {
                // ASCII letters answer without the Unicode property tables
                if let first = (start..<end).first(where: { classes[$0] == .letter }) {
                    let scalar = scalars[first]
                    capitalized = scalar.value < 0x80 ? (scalar.value >= 0x41 && scalar.value <= 0x5A)
                        : (scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter)
                }
                var letters = 0
                var allUpper = true
                for position in start..<end where classes[position] == .letter {
                    letters += 1
                    if allUpper {
                        let scalar = scalars[position]
                        allUpper = scalar.value < 0x80 ? (scalar.value >= 0x41 && scalar.value <= 0x5A) : scalar.properties.isUppercase
                    }
                }
                uppercase = letters >= 2 && allUpper
            }
            tokens.append(Token(kind: kind, range: offsets[start]..<offsets[end], norm: norm, script: script,
                                isCapitalized: capitalized, isUppercase: uppercase, spaceBefore: spaceBefore,
                                hyphenBefore: hyphenBefore))
            spaceBefore = false
            hyphenBefore = false
        }

        while index < count {
            switch classes[index] {
            case .space:
                spaceBefore = true
                hyphenBefore = false
                index += 1
            case .letter, .mark, .joiner:
                let start = index
                var script = Script.of(scalars[index])
                var end = index + 1
                while end < count {
                    let cls = classes[end]
                    if cls == .mark || cls == .joiner {
                        end += 1
                        continue
                    }
                    if cls == .letter {
                        let next = Script.of(scalars[end])
                        if script == nil { script = next }
                        if let script, let next, next != script, script != .other, next != .other { break }
                        end += 1
                        continue
                    }
                    if cls == .digit && script == .latin {
                        end += 1
                        continue
                    }
                    if cls == .apostrophe && end + 1 < count && classes[end + 1] == .letter {
                        let sofar = MatchNormalizer.normalize(String(String.UnicodeScalarView(scalars[start..<end])))
                        if elisions.contains(sofar) {
                            end += 1  // keep the apostrophe on the elided word
                            break
                        }
                        // English possessive: Morocco's → Morocco + 's
                        if (scalars[end + 1] == "s" || scalars[end + 1] == "S")
                            && (end + 2 >= count || classes[end + 2] != .letter) {
                            break
                        }
                        end += 1
                        continue
                    }
                    break
                }
                // a word made only of joiners and marks is not a word
                if (start..<end).contains(where: { classes[$0] == .letter }) {
                    emit(.word, start, end, script: script ?? .other)
                } else {
                    spaceBefore = true
                }
                index = end
                if index < count && classes[index] == .hyphen && index + 1 < count
                    && (classes[index + 1] == .letter || classes[index + 1] == .digit) {
                    hyphenBefore = true
                    index += 1
                }
            case .digit:
                let start = index
                var end = index + 1
                while end < count {
                    if classes[end] == .digit {
                        end += 1
                    } else if (classes[end] == .numberInner || classes[end] == .hyphen) && end + 1 < count
                                && classes[end + 1] == .digit {
                        end += 2
                    } else {
                        break
                    }
                }
                emit(.number, start, end, script: nil)
                index = end
            case .apostrophe:
                // an apostrophe that starts a token: 's after a word, or a quote
                if index + 1 < count && (scalars[index + 1] == "s" || scalars[index + 1] == "S")
                    && !spaceBefore && (index + 2 >= count || classes[index + 2] != .letter) {
                    emit(.word, index, index + 2, script: .latin)
                    index += 2
                } else {
                    emit(.punctuation, index, index + 1, script: nil)
                    index += 1
                }
            case .hyphen, .numberInner, .other:
                emit(.punctuation, index, index + 1, script: nil)
                index += 1
            }
        }
        return tokens
    }
}
