import Foundation
import Synchronization

/// A consonant skeleton of a name in matching form, for spotting the same
/// name under transliteration and machine-translation damage:
/// `laftit`, `luftet` → `lft`; `piantedozi`, `piantedosi` → `bntds`;
/// Arabic `لفتيت`, `لافتيت` → `لفت`.
package enum NameSkeleton {
    /// Spellings of the same sound in the Latin-script languages, replaced in this order.
    private static let latinSpellings: [(from: [UInt8], to: [UInt8])] = [
        ("dsch", "j"), ("tsch", "ch"), ("sch", "sh"), ("dj", "j"), ("kh", "k"), ("gh", "g"), ("ph", "f"), ("ij", "y"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// Every non-overlapping occurrence of `from`, left to right, replaced by `to` (ASCII bytes).
    private static func replace(_ from: [UInt8], _ to: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        guard bytes.count >= from.count else { return bytes }
        var result: [UInt8] = []
        var index = 0
        var changed = false
        while index < bytes.count {
            if index + from.count <= bytes.count && bytes[index] == from[0] && bytes[index..<(index + from.count)].elementsEqual(from) {
                if !changed {
                    result.reserveCapacity(bytes.count)
                    result.append(contentsOf: bytes[..<index])
                    changed = true
                }
                result.append(contentsOf: to)
                index += from.count
            } else {
                if changed { result.append(bytes[index]) }
                index += 1
            }
        }
        return changed ? result : bytes
    }

    package static func of(_ norm: String) -> String {
        var norm = norm
        if norm.utf8.allSatisfy({ $0 < 0x80 }) {
            // spellings of the same sound in the Latin-script languages (plain byte
            // replacement: for ASCII text it is what Foundation's replacing does)
            var bytes = Array(norm.utf8)
            for (from, to) in latinSpellings { bytes = replace(from, to, in: bytes) }
            norm = String(decoding: bytes, as: UTF8.self)
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
            case "\u{063A}", "\u{0686}": mapped = "\u{062C}"  // غ چ → ج
            case "\u{0698}": mapped = "\u{0633}"  // ژ → س (as ز)
            case "\u{067E}": mapped = "\u{0628}"  // پ → ب
            case "\u{06A4}": mapped = "\u{0641}"  // ڤ → ف
            case "\u{0636}": mapped = "\u{062F}"  // ض → د
            case "\u{062D}": mapped = nil  // ح (often an h the other spelling drops)
            default:
                if scalar.value < 0x80 {
                    mapped = (scalar.value >= 0x41 && scalar.value <= 0x5A) || (scalar.value >= 0x61 && scalar.value <= 0x7A) ? scalar : nil
                } else {
                    mapped = scalar.properties.isAlphabetic ? scalar : nil
                }
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
        // the ICU transform is costly and the same names come back all the time
        if let known = latinCache.withLock({ $0[norm] }) { return known }
        // Persian letters Arabic lacks are written with the nearest Arabic one when the other script spells the
        // name ("تونچ" / "تونج", "ژ" / "ز")
        let arabic = String(String.UnicodeScalarView(norm.unicodeScalars.map { scalar -> Unicode.Scalar in
            switch scalar {
            case "\u{0686}": return "\u{062C}"  // چ → ج
            case "\u{0698}": return "\u{0632}"  // ژ → ز
            default: return scalar
            }
        }))
        let latin = arabic.applyingTransform(.toLatin, reverse: false)?.applyingTransform(.stripDiacritics, reverse: false) ?? arabic
        let ascii = MatchNormalizer.normalize(latin).unicodeScalars.filter { ("a"..."z").contains($0) || $0 == " " }
        let skeleton = of(String(String.UnicodeScalarView(ascii)))
        latinCache.withLock { cache in
            if cache.count >= 200_000 { cache.removeAll(keepingCapacity: true) }
            cache[norm] = skeleton
        }
        return skeleton
    }

    private static let latinCache = Mutex<[String: String]>([:])

    /// When a skeleton has four letters or more: each form of it with one letter left out, then the skeleton
    /// itself, all after "~". Two skeletons one letter apart share a key ("mrsjn" and "mrsn" both give "~mrsn").
    package static func nearKeys(_ skeleton: String) -> [String] {
        let scalars = Array(skeleton.unicodeScalars)
        guard scalars.count >= 4 else { return [] }
        var keys: [String] = []
        for index in scalars.indices {
            var shorter = scalars
            shorter.remove(at: index)
            let key = "~" + String(String.UnicodeScalarView(shorter))
            if !keys.contains(key) { keys.append(key) }
        }
        keys.append("~" + skeleton)
        return keys
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
