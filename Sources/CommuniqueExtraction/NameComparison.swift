import CommuniqueText

/// When two written names can be the same person: equal surnames (or equal
/// consonant skeletons of them) with compatible first names, or one name the
/// tail of the other ("Wafi Laftit" in "Abdel Wafi Laftit").
package enum NameComparison {
    /// The matching key of a name: token norms, with Arabic `عبد`/`ابو`
    /// joined to the next word so "عبد الوافي" and "عبدالوافي" agree.
    package static func key(_ text: String) -> [String] {
        let tokens = Tokenizer.tokenize(text).filter(\.isWord)
        var key: [String] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.script == .arabic, token.norm == "عبد" || token.norm == "ابو", index + 1 < tokens.count {
                key.append(token.norm + tokens[index + 1].norm)
                index += 2
                continue
            }
            key.append(token.norm)
            index += 1
        }
        return key
    }

    /// True when names `a` and `b` (matching keys) can be the same person.
    /// Particles are ignored; the family names must agree (equal, or equal
    /// consonant skeletons that are long enough or nearly equal spellings);
    /// every other word of the shorter name must agree with a word of the
    /// longer one (same skeleton and similar spelling, or an initial).
    package static func compatible(_ a: [String], _ b: [String], particles: Set<String>) -> Bool {
        if a == b { return !a.isEmpty }
        let x = a.filter { !particles.contains($0) }, y = b.filter { !particles.contains($0) }
        guard let lastX = x.last, let lastY = y.last else { return false }
        // a family name written in several words: "Abd al-Ati" / "Abdelatty"
        for (a, b) in [(a, y), (b, x)] where a.count >= 2 && b.count >= 1 {
            for take in 2...min(3, a.count) {
                let joined = a.suffix(take).joined()
                let skeleton = NameSkeleton.of(joined)
                if skeleton.unicodeScalars.count >= 4 && NameComparison.isLatin(joined) == NameComparison.isLatin(b.last!)
                    && skeleton == NameSkeleton.of(b.last!) {
                    let restA = Array(a.dropLast(take)).filter { !particles.contains($0) }, restB = Array(b.dropLast())
                    let (short, long) = restA.count <= restB.count ? (restA, restB) : (restB, restA)
                    if short.allSatisfy({ word in long.contains { sameWord(word, $0, family: false) } }) { return true }
                }
            }
        }
        guard sameWord(lastX, lastY, family: true) else {
            // "Wafi Laftit" inside "Abdel Wafi Laftit"
            if x.count < y.count, Array(y.suffix(x.count)) == x { return true }
            if y.count < x.count, Array(x.suffix(y.count)) == y { return true }
            // a second family name left out: "Andrés Villacrés" of "Andrés Villacrés Montúfar"
            let (shortName, longName) = x.count <= y.count ? (x, y) : (y, x)
            if shortName.count >= 2, longName.count > shortName.count, isLatin(shortName.last!),
               shortName.last!.unicodeScalars.count >= 4,
               zip(shortName, longName).allSatisfy({ sameWord($0, $1, family: true) }) {
                return true
            }
            // a misspelt family name, one consonant apart and nearly alike, with the same given names:
            // "Paul Van Tichelt" / "Paul Van Tigchelt"
            if isLatin(lastX) && isLatin(lastY), x.count >= 2, y.count >= 2 {
                let skeleton = NameSkeleton.of(lastX), other = NameSkeleton.of(lastY)
                if min(skeleton.unicodeScalars.count, other.unicodeScalars.count) >= 4,
                   NameSkeleton.distance(skeleton, other) <= 1, JaroWinkler.similarity(lastX, lastY) >= 0.9 {
                    let (short, long) = x.count <= y.count ? (x, y) : (y, x)
                    let others = Array(long.dropLast())
                    if short.dropLast().allSatisfy({ word in others.contains { sameWord(word, $0, family: false) } }) { return true }
                }
            }
            // across scripts vowels are lost and a surname's skeleton is short ("bd" for بهيدة and Bahaida):
            // it counts when every given name agrees as well
            if isLatin(lastX) != isLatin(lastY), x.count >= 2, y.count >= 2 {
                let skeleton = NameSkeleton.latin(lastX), other = NameSkeleton.latin(lastY)
                // equal, or one consonant apart when long enough ("mrsjn" Mirsojan, "mrsn" میرزویان)
                let close = skeleton == other
                    || (min(skeleton.unicodeScalars.count, other.unicodeScalars.count) >= 3
                        && NameSkeleton.distance(skeleton, other) <= 1)
                if skeleton.unicodeScalars.count >= 2, close {
                    let (short, long) = x.count <= y.count ? (x, y) : (y, x)
                    let others = Array(long.dropLast())
                    return short.dropLast().allSatisfy { word in others.contains { sameWord(word, $0, family: false) } }
                }
            }
            return false
        }
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        let others = Array(long.dropLast())
        for word in short.dropLast() where !others.contains(where: { sameGivenName(word, $0) }) {
            return false
        }
        return true
    }

    static func isLatin(_ word: String) -> Bool {
        word.unicodeScalars.allSatisfy { $0.value < 0x250 }
    }

    /// Two spellings of one word of a name.
    static func sameWord(_ x: String, _ y: String, family: Bool) -> Bool {
        if x == y { return true }
        if x.unicodeScalars.count == 1 || y.unicodeScalars.count == 1 {
            return x.unicodeScalars.first == y.unicodeScalars.first
        }
        if isLatin(x) != isLatin(y) {
            // across scripts only the transliterated skeleton can tell
            let skeletonX = NameSkeleton.latin(x), skeletonY = NameSkeleton.latin(y)
            // (a given name of one repeated consonant, "Daouda" / "داوودا", when both are long enough to tell)
            // or of vowels and glides that Arabic script writes as letters ("Vahe" / "واهه")
            if !family, skeletonX.unicodeScalars.count <= 1, skeletonY.unicodeScalars.count <= 1,
               skeletonX == skeletonY || skeletonX.isEmpty || skeletonY.isEmpty {
                let (latin, arabic) = isLatin(x) ? (x, y) : (y, x)
                return latin.unicodeScalars.count >= 4 && arabic.unicodeScalars.count >= 4
            }
            return skeletonX.unicodeScalars.count >= (family ? 3 : 2) && skeletonX == skeletonY
        }
        let skeletonX = NameSkeleton.of(x), skeletonY = NameSkeleton.of(y)
        // names of vowels and glides only ("Yahya", "Yahia") have no skeleton: spelling alone tells
        if skeletonX.unicodeScalars.count <= 1 && skeletonY.unicodeScalars.count <= 1 {
            return skeletonX == skeletonY && JaroWinkler.similarity(x, y) >= 0.85
        }
        guard !skeletonX.isEmpty, skeletonX == skeletonY else { return false }
        let similarity = JaroWinkler.similarity(x, y)
        return family ? (skeletonX.unicodeScalars.count >= 3 || similarity >= 0.9) : similarity >= 0.8
    }

    /// Given and middle names: also one consonant apart when spelled nearly alike ("Cheij" / "Cheikh").
    static func sameGivenName(_ x: String, _ y: String) -> Bool {
        if sameWord(x, y, family: false) { return true }
        guard isLatin(x) == isLatin(y) else { return false }
        let skeletonX = NameSkeleton.of(x), skeletonY = NameSkeleton.of(y)
        return !skeletonX.isEmpty && NameSkeleton.distance(skeletonX, skeletonY) <= 1 && JaroWinkler.similarity(x, y) >= 0.85
    }
}
