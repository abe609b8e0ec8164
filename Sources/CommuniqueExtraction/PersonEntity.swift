import CommuniqueLexicon
import CommuniqueText

/// One person of an article: every mention of them merged, with what the
/// mentions say about office and country.
final class PersonEntity {
    let id: Int
    var forms: [NameForm] = []
    /// Matching keys of the full names seen (token norms, عبد joined to the next word).
    var names: [[String]] = []
    var known: Int?
    var roleVotes: [OfficeRole: Int] = [:]
    var isCounterpart = false
    var countryVotes: [String: Int] = [:]
    var portfolioVotes: [String: Int] = [:]
    var offices: [NameForm] = []
    var honorificOnly = true

    init(id: Int) {
        self.id = id
    }

    func addForm(_ form: NameForm) {
        if !form.text.isEmpty && !forms.contains(form) { forms.append(form) }
    }

    func addName(_ key: [String]) {
        if !key.isEmpty && !names.contains(key) { names.append(key) }
    }

    /// The most voted role, ministerial roles winning ties.
    var role: OfficeRole? {
        roleVotes.max { lhs, rhs in
            if lhs.value != rhs.value { return lhs.value < rhs.value }
            return lhs.key.rawValue > rhs.key.rawValue
        }?.key
    }

    var country: String? {
        countryVotes.max { lhs, rhs in lhs.value != rhs.value ? lhs.value < rhs.value : lhs.key > rhs.key }?.key
    }

    var portfolio: String? {
        portfolioVotes.max { lhs, rhs in lhs.value != rhs.value ? lhs.value < rhs.value : lhs.key > rhs.key }?.key
    }

    /// Last tokens of every name: what a later surname-only mention matches; of a Latin-script
    /// name of three words or more, the middle one too ("Villacrés" of "Andrés Villacrés Montúfar").
    var surnames: Set<String> {
        var result = Set(names.compactMap(\.last))
        for name in names where name.count >= 3 && NameComparison.isLatin(name[1]) && name[1].unicodeScalars.count >= 4 {
            result.insert(name[1])
        }
        return result
    }
}
