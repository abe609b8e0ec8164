import CommuniqueLexicon
import CommuniqueReading
import CommuniqueText

/// Finds formal instruments reported as signed or adopted: a declaration,
/// memorandum, agreement or roadmap named in a sentence with a signing word,
/// not marked as future. Signers are the people named after the signing
/// word (or before it); the instrument was adopted at the article's meeting
/// when the sentence speaks of that meeting, its signers took part in it and
/// its own date does not contradict the meeting's.
struct DeclarationFinder {
    let lexicon: Lexicon
    let view: TextView
    let scanner: NameScanner
    let persons: PersonExtractor.Result
    let countryOf: (Int) -> String?
    let meetings: [MeetingFinder.Found]
    let anchor: CalendarDate?

    struct Found {
        var kind: String
        var forms: [NameForm]
        var parties: [String]
        var signatories: [Int]
        var date: PartialDate?
        var adoptedAt: Int?
        var sentence: Int
    }

    func find() -> [Found] {
        var found: [Found] = []
        for (number, sentence) in view.sentences.enumerated() {
            let paragraph = sentence.paragraph
            let content = view.paragraphs[paragraph]
            var instruments: [PhraseMatcher.Match] = []
            var signing: [Int] = []
            var future = false
            var meetingWord = false
            // "the two ministers signed", "X and his host signed", "وقع الوزيران": the meeting's people together
            var together = false
            for position in sentence.range {
                for match in content.annotations[position] {
                    switch match.entry {
                    case .declaration: instruments.append(match)
                    case .signing: signing.append(match.start)
                    case .future: future = true
                    case .meetingNoun, .meetingVerb: meetingWord = true
                    case .together: together = true
                    case .title(_, _, let plural) where plural: together = true
                    default: break
                    }
                }
            }
            if persons.roleMentions.contains(where: { $0.sentence == number && $0.isCounterpart }) { together = true }
            guard !instruments.isEmpty, !signing.isEmpty, !future else { continue }
            let instrument = instruments[0]
            guard case .declaration(let kind) = instrument.entry else { continue }
            let written = NameForm(view.text(paragraph, instrument.start..<extendName(instrument, paragraph: paragraph,
                                                                                      limit: sentence.range.upperBound)),
                                   language: content.language)
            let firstSigning = signing.min()!
            let mentions = persons.mentions[number].sorted { $0.position < $1.position }
            var signers: [Int] = []
            // "signed by X and Y", "وقعها عن الجانب المصري X"
            for mention in mentions where mention.position > firstSigning && !signers.contains(mention.entity) {
                signers.append(mention.entity)
            }
            // the meeting this sentence reports, or the article's only meeting
            let reported = meetings.firstIndex { $0.sentences.contains(number) }
                ?? (meetings.count == 1 && meetings[0].sentences.min()! <= number ? 0 : nil)
            if signers.isEmpty {
                let before = mentions.filter { $0.position < firstSigning }
                if let reported, together || before.contains(where: { meetings[reported].participants.contains($0.entity) }) {
                    // "X and his counterpart Y signed", "the two ministers signed": the people of the meeting who signed
                    for mention in before where meetings[reported].participants.contains(mention.entity)
                        && !signers.contains(mention.entity) {
                        signers.append(mention.entity)
                    }
                    if together {
                        for participant in meetings[reported].participants where !signers.contains(participant) {
                            signers.append(participant)
                        }
                    }
                } else {
                    for mention in before where firstSigning - mention.position <= 8 && !signers.contains(mention.entity) {
                        signers.append(mention.entity)
                    }
                }
            }
            var date: PartialDate?
            for mention in DateFinder.find(content.tokens, content.annotations, in: sentence.range, anchor: anchor)
            where mention.date != nil {
                date = mention.date
                break
            }
            // the meeting it was adopted at
            var adoptedAt: Int?
            for (index, meeting) in meetings.enumerated() {
                let speaksOfMeeting = meetingWord || together || meeting.sentences.contains(number)
                    || (signers.count >= 2 && signers.allSatisfy { meeting.participants.contains($0) })
                let signersTookPart = signers.allSatisfy { meeting.participants.contains($0) }
                let datesAgree = date == nil || meeting.date == nil || date!.isCompatible(with: meeting.date!)
                    || meeting.date!.isCompatible(with: date!)
                if speaksOfMeeting && signersTookPart && datesAgree && (date == nil || meeting.date != nil)
                    && meeting.sentences.min()! <= number {
                    adoptedAt = index
                }
            }
            if !signers.isEmpty && adoptedAt != nil && date == nil { date = meetings[adoptedAt!].date }
            if adoptedAt != nil && date == nil { date = meetings[adoptedAt!].date }
            // the parties: the signers' countries, else those of the meeting it was adopted at, else those named
            var parties: [String] = []
            for signer in signers {
                if let code = countryOf(signer), !parties.contains(code) { parties.append(code) }
            }
            if parties.count < 2, let adoptedAt {
                for participant in meetings[adoptedAt].participants {
                    if let code = countryOf(participant), !parties.contains(code) { parties.append(code) }
                }
            }
            if parties.count < 2 {
                for position in sentence.range {
                    for match in content.annotations[position] {
                        if case .country(let code, _) = match.entry, !parties.contains(code) { parties.append(code) }
                    }
                }
            }
            found.append(Found(kind: kind, forms: [written], parties: parties.sorted(), signatories: signers, date: date,
                               adoptedAt: adoptedAt, sentence: number))
        }
        return found
    }

    /// The end of an instrument's written name: Arabic-script adjectives with
    /// ال that qualify it ("إعلان الشراكة الاستثنائية المعززة").
    private func extendName(_ match: PhraseMatcher.Match, paragraph: Int, limit: Int) -> Int {
        let tokens = view.paragraphs[paragraph].tokens
        var end = match.end
        while end < limit && end - match.end < 3 {
            let token = tokens[end]
            guard token.script == .arabic, NameScanner.hasArticle(token), !scanner.isStopword(paragraph, end),
                  !scanner.isLexical(paragraph, end) else { break }
            end += 1
        }
        return end
    }
}
