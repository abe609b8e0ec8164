import Foundation

/// The matching form of text: never shown, only compared. Lower case without
/// diacritics for Latin script; Arabic and Persian letter variants folded
/// (ي ی ى → ي, ك ک → ك, ة ۀ → ه, أ إ آ ٱ → ا, ؤ → و, ئ → ي), harakat, tatweel,
/// ZWNJ/ZWJ, soft hyphens and bidi marks removed; Arabic-Indic and Persian
/// digits as ASCII; typographic quotes, apostrophes and dashes as ASCII; every
/// other character with a compatibility decomposition in its NFKC form
/// (ligatures, full-width and presentation forms, superscripts). Each scalar
/// maps on its own, so `NormalizedText` can map every output byte back.
package enum MatchNormalizer {
    /// Latin letters with diacritics → their base letters, built once from
    /// Foundation's canonical decomposition.
    private static let latinFold: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        let extra: [UInt32: String] = [0xDF: "ss", 0xE6: "ae", 0xC6: "ae", 0x153: "oe", 0x152: "oe", 0xF8: "o", 0xD8: "o",
                                       0x142: "l", 0x141: "l", 0x111: "d", 0x110: "d", 0xF0: "d", 0xD0: "d", 0xFE: "th",
                                       0xDE: "th", 0x131: "i", 0x127: "h", 0x126: "h", 0x167: "t", 0x166: "t"]
        for value in UInt32(0xC0)...UInt32(0x24F) {
            if let fixed = extra[value] {
                table[value] = fixed
                continue
            }
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.lowercased()
            let base = decomposed.unicodeScalars.filter { $0.value < 0x80 }
            if !base.isEmpty {
                table[value] = String(String.UnicodeScalarView(base))
            }
        }
        for value in UInt32(0x1E00)...UInt32(0x1EFF) {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.lowercased()
            let base = decomposed.unicodeScalars.filter { $0.value < 0x80 }
            if !base.isEmpty {
                table[value] = String(String.UnicodeScalarView(base))
            }
        }
        return table
    }()

    /// The matching form of `text`.
    package static func normalize(_ text: some StringProtocol) -> String {
        var result = String.UnicodeScalarView()
        append(text, to: &result)
        return String(result)
    }

    /// Appends the matching form of `text` to `result`.
    package static func append(_ text: some StringProtocol, to result: inout String.UnicodeScalarView) {
        for scalar in text.unicodeScalars {
            appendScalar(scalar, to: &result)
        }
    }

    /// Appends the matching form of one scalar (zero, one or more scalars).
    @inline(__always)
    package static func appendScalar(_ scalar: Unicode.Scalar, to result: inout String.UnicodeScalarView) {
        forEachNormalized(scalar) { result.append($0) }
    }

    /// The same, as UTF-8 bytes: cheaper to build a token's matching form with.
    @inline(__always)
    package static func appendScalar(_ scalar: Unicode.Scalar, toUTF8 result: inout [UInt8]) {
        if scalar.value < 0x80 {
            let value = UInt8(scalar.value)
            result.append(value >= 0x41 && value <= 0x5A ? value + 0x20 : value)
            return
        }
        forEachNormalized(scalar) { output in
            UTF8.encode(output) { result.append($0) }
        }
    }

    /// Calls `body` with each scalar of the matching form of `scalar`.
    @inline(__always)
    static func forEachNormalized(_ scalar: Unicode.Scalar, _ body: (Unicode.Scalar) -> Void) {
        let value = scalar.value
        if value < 0x80 {
            if value >= 0x41 && value <= 0x5A {
                body(Unicode.Scalar(value + 0x20)!)
            } else {
                body(scalar)
            }
            return
        }
        switch value {
        // Arabic letters and their Persian forms
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: body("\u{0627}")  // alef forms → ا
        case 0x0649, 0x06CC, 0x064A, 0x06D0, 0x0626: body("\u{064A}")  // ى ی ي ې ئ → ي
        case 0x06A9, 0x06AA, 0x0643: body("\u{0643}")  // ک ڪ ك → ك
        case 0x0629, 0x06C0, 0x06C1, 0x06D5: body("\u{0647}")  // ة ۀ ہ ە → ه
        case 0x0624: body("\u{0648}")  // ؤ → و
        case 0x0640: return  // tatweel
        case 0x064B...0x065F, 0x0670, 0x06D6...0x06ED: return  // harakat, superscript alef, Quranic marks
        case 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0x061C: return  // ZW*, bidi marks
        case 0x00AD, 0x2060, 0x180E: return  // soft hyphen, word joiner, Mongolian vowel separator
        case 0x0660...0x0669: body(Unicode.Scalar(value - 0x0660 + 0x30)!)  // Arabic-Indic digits
        case 0x06F0...0x06F9: body(Unicode.Scalar(value - 0x06F0 + 0x30)!)  // Persian digits
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x02BC, 0x02BB, 0x00B4, 0x2032, 0x0060: body("'")
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0x2039, 0x203A: body("\"")
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: body("-")
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: body(" ")
        case 0x00C0...0x024F, 0x1E00...0x1EFF:
            if let folded = latinFold[value] {
                for inner in folded.unicodeScalars { body(inner) }
            } else {
                lowercased(scalar, body)
            }
        case 0x0300...0x036F: return  // combining diacritics
        case 0xFB50...0xFDFF, 0xFE70...0xFEFF, 0xFF00...0xFFEF:
            // presentation forms and full-width forms: compatibility-decompose, then fold
            for inner in String(scalar).precomposedStringWithCompatibilityMapping.unicodeScalars where inner != scalar {
                forEachNormalized(inner, body)
            }
        default:
            if let mapped = compatibilityForm(scalar) {
                for inner in mapped { forEachNormalized(inner, body) }
            } else {
                lowercased(scalar, body)
            }
        }
    }

    /// Whether a scalar below U+0800 has an NFKC form other than itself
    /// (superscripts, ª º, ligatures...), computed once.
    private static let hasCompatibilityForm: [Bool] = (0..<0x800).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return false }
        return slowCompatibilityForm(scalar) != nil
    }

    /// NFKC of one scalar when it differs (compatibility characters); nil otherwise.
    @inline(__always)
    private static func compatibilityForm(_ scalar: Unicode.Scalar) -> String.UnicodeScalarView? {
        if scalar.value < 0x800 && !hasCompatibilityForm[Int(scalar.value)] { return nil }
        return slowCompatibilityForm(scalar)
    }

    private static func slowCompatibilityForm(_ scalar: Unicode.Scalar) -> String.UnicodeScalarView? {
        guard scalar.properties.changesWhenNFKCCaseFolded else { return nil }
        let mapped = String(scalar).precomposedStringWithCompatibilityMapping.unicodeScalars
        guard !(mapped.count == 1 && mapped.first == scalar) else { return nil }
        return mapped
    }

    /// Whether a scalar below U+0800 changes when lower-cased, computed once
    /// from the Unicode properties (Arabic, Persian and Latin letters are all there).
    private static let changesWhenLowercased: [Bool] = (0..<0x800).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return false }
        return scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
    }

    @inline(__always)
    private static func lowercased(_ scalar: Unicode.Scalar, _ body: (Unicode.Scalar) -> Void) {
        let changes = scalar.value < 0x800 ? changesWhenLowercased[Int(scalar.value)]
            : (scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter)
        if changes {
            for inner in scalar.properties.lowercaseMapping.unicodeScalars { body(inner) }
        } else {
            body(scalar)
        }
    }

}
