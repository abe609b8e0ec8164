import CommuniqueExtraction

/// One real person across articles.
final class PersonCluster {
    let index: Int
    var knownID: String?
    var forms: [NameForm: Int] = [:]
    var kinds: [PersonRecord.Kind: Int] = [:]
    /// Reports per country; change it with `count(country:)`, which keeps `country` up to date.
    private(set) var countries: [String: Int] = [:]
    var offices: Set<NameForm> = []
    var portfolios: [String: Int] = [:]
    var sources: Set<Int> = []
    /// Name keys (token norms) of multi-word forms, for matching later reports.
    var keys: Set<[String]> = []

    init(index: Int) {
        self.index = index
    }

    /// The country reported most (the first in code order on a tie), kept
    /// rather than computed: the resolver asks it of every candidate.
    private(set) var country: String?

    func count(country: String) {
        countries[country, default: 0] += 1
        self.country = countries.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }

    var kind: PersonRecord.Kind {
        if (kinds[.minister] ?? 0) > 0 { return .minister }
        if (kinds[.headOfState] ?? 0) > 0 { return .headOfState }
        return .other
    }

    var portfolio: String? {
        portfolios.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }
}
