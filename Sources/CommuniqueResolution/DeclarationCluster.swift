import CommuniqueExtraction
import CommuniqueText

/// One real instrument across articles.
final class DeclarationCluster {
    let index: Int
    let kind: String
    var forms: Set<NameForm> = []
    var parties: Set<String> = []
    var signatories: Set<Int> = []
    var dates: [PartialDate] = []
    var adoptedAt: Int?
    var topics: Set<String> = []
    var evidence: Set<Evidence> = []
    var sources: Set<Int> = []

    init(index: Int, kind: String) {
        self.index = index
        self.kind = kind
    }

    var date: PartialDate? {
        dates.max { $0.precision != $1.precision ? $0.precision < $1.precision : $0 > $1 }
    }

    /// Same kind, same parties, dates that agree; or adopted at the same meeting.
    func accepts(_ record: DeclarationRecord, adoptedAt meeting: Int?) -> Bool {
        guard record.kind == kind else { return false }
        if let meeting, let adoptedAt { return meeting == adoptedAt }
        let theirs = Set(record.parties)
        guard !parties.isEmpty, !theirs.isEmpty, parties.isSubset(of: theirs) || theirs.isSubset(of: parties),
              parties.intersection(theirs).count >= min(2, parties.count) else { return false }
        if let date = record.date, let theirs = self.date {
            return date.isCompatible(with: theirs) || theirs.isCompatible(with: date)
        }
        return record.date == nil && self.date == nil
    }

    /// Takes in what another cluster of the same instrument holds.
    func absorb(_ other: DeclarationCluster) {
        forms.formUnion(other.forms)
        parties.formUnion(other.parties)
        signatories.formUnion(other.signatories)
        dates.append(contentsOf: other.dates)
        if adoptedAt == nil { adoptedAt = other.adoptedAt }
        topics.formUnion(other.topics)
        evidence.formUnion(other.evidence)
        sources.formUnion(other.sources)
    }

    func add(_ record: DeclarationRecord, adoptedAt meeting: Int?, signatories: [Int], source: Int) {
        forms.formUnion(record.forms)
        parties.formUnion(record.parties)
        self.signatories.formUnion(signatories)
        if let date = record.date { dates.append(date) }
        if adoptedAt == nil { adoptedAt = meeting }
        topics.formUnion(record.topics)
        evidence.formUnion(record.evidence)
        sources.insert(source)
    }
}
