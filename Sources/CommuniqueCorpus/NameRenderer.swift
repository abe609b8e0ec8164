/// The written forms of a synthetic minister's name: the Latin form with the
/// spelling slips real reports make, and forms in Arabic script for Arabic and
/// Persian articles (the person's own Arabic-script name where the templates
/// give one, else a transliteration with one of a few spelling habits).
package enum NameRenderer {
    /// The name as one article writes it.
    package static func render(_ part: CorpusTemplates.NamePart, language: String, habit: Int) -> String {
        guard language == "ar" || language == "fa" else { return part.latin }
        let persian = language == "fa"
        if let arabic = part.arabic {
            return persian ? toPersianLetters(arabic) : toArabicLetters(arabic)
        }
        return part.latin.split(separator: " ").map { transliterate(String($0), persian: persian, habit: habit) }
            .joined(separator: " ")
    }

    /// A spelling slip in a Latin-script name: a doubled or undoubled
    /// consonant, a lost accent, a swapped vowel.
    package static func misspell(_ name: String, random: inout SeededRandom) -> String {
        var scalars = Array(name.unicodeScalars)
        guard scalars.count > 4 else { return name }
        let start = scalars.count / 2
        switch random.below(4) {
        case 0:
            for index in start..<(scalars.count - 1) where isConsonant(scalars[index]) && scalars[index + 1] != scalars[index] {
                scalars.insert(scalars[index], at: index)
                return String(String.UnicodeScalarView(scalars))
            }
        case 1:
            for index in 1..<scalars.count where scalars[index] == scalars[index - 1] {
                scalars.remove(at: index)
                return String(String.UnicodeScalarView(scalars))
            }
        case 2:
            let plain = String(String.UnicodeScalarView(scalars.map { folded[$0] ?? $0 }))
            if plain != name { return plain }
        default:
            break
        }
        let swaps: [Unicode.Scalar: Unicode.Scalar] = ["e": "i", "i": "e", "o": "u", "u": "o", "a": "e"]
        for index in start..<scalars.count {
            if let swap = swaps[scalars[index]] {
                scalars[index] = swap
                return String(String.UnicodeScalarView(scalars))
            }
        }
        return name
    }

    private static func isConsonant(_ scalar: Unicode.Scalar) -> Bool {
        "bcdfgklmnprstvz".unicodeScalars.contains(scalar)
    }

    private static let folded: [Unicode.Scalar: Unicode.Scalar] = [
        "á": "a", "à": "a", "â": "a", "ä": "a", "ã": "a", "é": "e", "è": "e", "ê": "e", "ë": "e", "í": "i", "ì": "i",
        "î": "i", "ï": "i", "ó": "o", "ò": "o", "ô": "o", "ö": "o", "õ": "o", "ú": "u", "ù": "u", "û": "u", "ü": "u",
        "ç": "c", "ñ": "n", "ş": "s", "ğ": "g", "ı": "i", "Ç": "C", "Ş": "S", "Ö": "O", "Ü": "U", "É": "E", "Á": "A",
        "Í": "I", "Ó": "O", "Ú": "U", "İ": "I",
    ]

    static func toPersianLetters(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar -> Unicode.Scalar in
            switch scalar {
            case "ي", "ى": return "ی"
            case "ك": return "ک"
            case "ة": return "ه"
            default: return scalar
            }
        }))
    }

    static func toArabicLetters(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "ی": result += "ي"
            case "ک", "گ": result += "ك"
            case "پ": result += "ب"
            case "چ": result += "تش"
            case "ژ": result += "ج"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A rough transliteration of one Latin word, the way wire services do it;
    /// `habit` picks between spelling conventions (vowel letters or not, g as
    /// غ or ج), so one person gets a few forms across articles.
    static func transliterate(_ word: String, persian: Bool, habit: Int) -> String {
        var letters: [Character] = []
        for scalar in word.lowercased().unicodeScalars {
            if scalar == "ß" { letters.append(contentsOf: ["s", "s"]); continue }
            if scalar == "ñ" { letters.append(contentsOf: ["n", "y"]); continue }
            letters.append(Character(folded[scalar] ?? scalar))
        }
        var output = ""
        var index = 0
        func at(_ offset: Int) -> Character? {
            index + offset < letters.count ? letters[index + offset] : nil
        }
        func starts(_ text: String) -> Bool {
            for (offset, character) in text.enumerated() where at(offset) != character { return false }
            return true
        }
        let g = persian ? "گ" : (habit == 2 ? "ج" : "غ")
        let p = persian ? "پ" : "ب"
        let v = persian ? "و" : "ف"
        let ch = persian ? "چ" : "ش"
        while index < letters.count {
            let first = index == 0
            let last = index == letters.count - 1
            let digraphs: [(String, String)] = [("tsch", "تش"), ("sch", "ش"), ("sh", "ش"), ("ch", ch), ("kh", "خ"), ("gh", "غ"),
                                                ("th", "ت"), ("ph", "ف"), ("ck", "ك"), ("qu", "ك"), ("ou", "و"), ("oo", "و"),
                                                ("ee", "ي"), ("ei", "اي"), ("ij", "اي"), ("ie", "ي"), ("ae", "ا")]
            if let (pattern, replacement) = digraphs.first(where: { starts($0.0) }) {
                output += replacement
                index += pattern.count
                continue
            }
            let letter = letters[index]
            switch letter {
            case "a": output += first ? "أ" : "ا"
            case "e":
                if first { output += "إي" } else if last { output += habit == 1 ? "ه" : "ي" } else if habit != 1 { output += "ي" }
            case "i", "y": output += first ? "إي" : "ي"
            case "o", "u": output += first ? "أو" : "و"
            case "c": output += (at(1) == "e" || at(1) == "i" || at(1) == "y") ? "س" : "ك"
            case "g": output += g
            case "p": output += p
            case "v": output += v
            case "w": output += "و"
            case "x": output += "كس"
            case "j": output += "ج"
            case "z": output += "ز"
            case "q": output += "ق"
            case "k": output += "ك"
            case "b": output += "ب"
            case "d": output += "د"
            case "f": output += "ف"
            case "h": output += "ه"
            case "l": output += "ل"
            case "m": output += "م"
            case "n": output += "ن"
            case "r": output += "ر"
            case "s": output += "س"
            case "t": output += "ت"
            case "'", "-": break
            default: break
            }
            // a doubled consonant is written once
            if let next = at(1), next == letter, !"aeiou".contains(letter) { index += 1 }
            index += 1
        }
        return persian ? toPersianLetters(output) : output
    }
}
