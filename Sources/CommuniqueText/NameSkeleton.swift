import Foundation

/// A consonant skeleton of a name in matching form, for spotting the same
/// name under transliteration and machine-translation damage:
/// `laftit`, `luftet` → `lft`; `piantedozi`, `piantedosi` → `bntds`;
/// Arabic `لفتيت`, `لافتيت` → `لفت`.
package enum NameSkeleton {
    package static func of(_ norm: String) -> String {
        var norm = norm
        if norm.unicodeScalars.allSatisfy({ $0.value < 0x80 }) {
            // spellings of the same sound in the Latin-script languages
            for (from, to) in [("dsch", "j"), ("tsch", "ch"), ("sch", "sh"), ("dj", "j"), ("kh", "k"), ("gh", "g"), ("ph", "f")]
            where norm.contains(from) {
                norm = norm.replacingOccurrences(of: from, with: to)
            }
        }
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar? = nil
        let scalars = Array(norm.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            var mapped: Unicode.Scalar?
            switch scalar {
            case "c" where index + 1 < scalars.count && ["e", "i", "y"].contains(scalars[index + 1]):
                mapped = "s"  // "Nancy", "Vincent": a soft c, written س in Arabic
            case "a", "e", "i", "o", "u", "y", "h", "w", "'", "-", " ": mapped = nil
            case "z": mapped = "s"
            case "c", "q": mapped = "k"
            case "v": mapped = "f"
            case "p": mapped = "b"
            case "g": mapped = "j"
            case "x": mapped = "k"
            case "\u{0627}", "\u{0648}", "\u{064A}", "\u{0621}", "\u{0649}", "\u{0639}", "\u{0647}": mapped = nil  // ا و ي ء ى ع ه
            // letters transliterations swap for the same foreign sound
            case "\u{0632}", "\u{0635}", "\u{062B}", "\u{0630}", "\u{0638}": mapped = "\u{0633}"  // ز ص ث ذ ظ → س
            case "\u{0637}": mapped = "\u{062A}"  // ط → ت
            case "\u{0642}", "\u{06AF}": mapped = "\u{0643}"  // ق گ → ك
            case "\u{063A}": mapped = "\u{062C}"  // غ → ج
            case "\u{067E}": mapped = "\u{0628}"  // پ → ب
            case "\u{06A4}": mapped = "\u{0641}"  // ڤ → ف
            case "\u{0636}": mapped = "\u{062F}"  // ض → د
            case "\u{062D}": mapped = nil  // ح (often an h the other spelling drops)
            default: mapped = scalar.properties.isAlphabetic ? scalar : nil
            }
            if let mapped, mapped != previous {
                result.append(mapped)
                previous = mapped
            } else if mapped == nil && scalar == " " {
                previous = nil
            }
        }
        return String(result)
    }

    /// A Latin-letter skeleton of a name written in any script: Arabic and
    /// Persian are transliterated with ICU first, so "فريتاكوس" and
    /// "Vrettakos" get the same skeleton.
    package static func latin(_ norm: String) -> String {
        if norm.unicodeScalars.allSatisfy({ $0.value < 0x250 }) { return of(norm) }
        let latin = norm.applyingTransform(.toLatin, reverse: false)?.applyingTransform(.stripDiacritics, reverse: false) ?? norm
        let ascii = MatchNormalizer.normalize(latin).unicodeScalars.filter { ("a"..."z").contains($0) || $0 == " " }
        return of(String(String.UnicodeScalarView(ascii)))
    }

    /// Levenshtein distance between two short strings, by scalars.
    package static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
