import Foundation

/// Human-readable, ASCII-only IRI path segments: `Abdelouafi Laftit` →
/// `abdelouafi-laftit`; other scripts are transliterated to Latin with ICU
/// first (`لفتيت` → `lftyt`).
package enum Slug {
    /// Letters that survive diacritic stripping but are not ASCII.
    private static let asciiFold: [Character: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
        "ħ": "h", "ŧ": "t", "ŋ": "ng", "ĸ": "k",
    ]

    /// A slug of at most `maxLength` characters from `[a-z0-9-]`, never empty
    /// (`x` when nothing is left).
    package static func make(_ text: String, maxLength: Int = 60) -> String {
        var latin = text
        if !isLatinScript(text) {
            latin = text.applyingTransform(.toLatin, reverse: false) ?? text
        }
        if !latin.utf8.allSatisfy({ $0 < 0x80 }) {
            latin = latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
        }
        var slug = ""
        var pendingDash = false
        for character in latin.lowercased() {
            let pieces: String
            if let folded = asciiFold[character] {
                pieces = folded
            } else {
                pieces = String(character)
            }
            for scalar in pieces.unicodeScalars {
                if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                    if pendingDash && !slug.isEmpty { slug.append("-") }
                    pendingDash = false
                    slug.unicodeScalars.append(scalar)
                } else if scalar.properties.isAlphabetic == false || scalar.value < 0x80 {
                    // Separators and punctuation become one dash; modifier
                    // letters (ʿ, ʾ) left by transliteration are dropped.
                    if scalar.properties.generalCategory != .modifierLetter
                        && scalar.properties.generalCategory != .modifierSymbol {
                        pendingDash = true
                    }
                }
            }
            if slug.count >= maxLength { break }
        }
        if slug.count > maxLength {
            slug = String(slug.prefix(maxLength))
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "x" : slug
    }

    /// True when every letter of `text` is in the Latin script.
    package static func isLatinScript(_ text: String) -> Bool {
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.value < 0x80 { continue }
            if (0x00C0...0x024F).contains(scalar.value) || (0x1E00...0x1EFF).contains(scalar.value) { continue }
            return false
        }
        return true
    }
}
