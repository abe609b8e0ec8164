import CommuniqueText

/// When two mentions in one article are the same instrument: same kind,
/// parties that do not contradict (one set inside the other) and dates that
/// agree.
enum DeclarationMerging {
    static func sameInstrument(_ record: DeclarationRecord, _ found: DeclarationFinder.Found) -> Bool {
        guard record.kind == found.kind else { return false }
        let mine = Set(record.parties), theirs = Set(found.parties)
        // (a mention that names fewer than two parties names them only in part)
        // (nor does one whose signers are among the other's: its parties were guessed from fewer names)
        let signers = Set(record.signatories), others = Set(found.signatories)
        let fewerSigners = !signers.isEmpty && !others.isEmpty && (signers.isSubset(of: others) || others.isSubset(of: signers))
        guard mine.isSubset(of: theirs) || theirs.isSubset(of: mine) || mine.count < 2 || theirs.count < 2 || fewerSigners
        else { return false }
        if let date = record.date, let other = found.date {
            return date.isCompatible(with: other) || other.isCompatible(with: date)
        }
        return true
    }

    static func merge(_ found: DeclarationFinder.Found, evidence: Evidence, topics: Set<String>,
                      into record: inout DeclarationRecord) {
        for form in found.forms where !record.forms.contains(form) { record.forms.append(form) }
        // the parties of the mention with more signers, when the other's signers are among them; else both
        let signers = Set(record.signatories), others = Set(found.signatories)
        if !others.isEmpty && others.isSubset(of: signers) && signers.count > others.count {
            // (the record's parties stand)
        } else if !signers.isEmpty && signers.isSubset(of: others) && others.count > signers.count {
            record.parties = found.parties
        } else {
            record.parties = Array(Set(record.parties).union(found.parties)).sorted()
        }
        for signatory in found.signatories where !record.signatories.contains(signatory) { record.signatories.append(signatory) }
        if let date = found.date, (record.date?.precision ?? 0) < date.precision { record.date = date }
        if record.adoptedAt == nil { record.adoptedAt = found.adoptedAt }
        record.topics = Array(Set(record.topics).union(topics)).sorted()
        if !record.evidence.contains(evidence) { record.evidence.append(evidence) }
    }
}
