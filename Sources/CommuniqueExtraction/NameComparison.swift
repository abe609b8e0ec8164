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

    package static func compatible(_ a: [String], _ b: [String]) -> Bool {
        guard let lastA = a.last, let lastB = b.last else { return false }
        if a == b { return true }
        let surnamesMatch = lastA == lastB || (NameSkeleton.of(lastA) == NameSkeleton.of(lastB)
                                                && NameSkeleton.of(lastA).unicodeScalars.count >= 3)
        guard surnamesMatch else {
            // "Wafi Laftit" inside "Abdel Wafi Laftit"
            if a.count < b.count, Array(b.suffix(a.count)) == a { return true }
            if b.count < a.count, Array(a.suffix(b.count)) == b { return true }
            return false
        }
        if a.count == 1 || b.count == 1 { return true }
        let firstA = a.first!, firstB = b.first!
        if firstA == firstB { return true }
        if firstA.unicodeScalars.first == firstB.unicodeScalars.first && (firstA.count == 1 || firstB.count == 1) { return true }
        let skeletonA = NameSkeleton.of(firstA), skeletonB = NameSkeleton.of(firstB)
        return !skeletonA.isEmpty && NameSkeleton.distance(skeletonA, skeletonB) <= 1
    }
}
