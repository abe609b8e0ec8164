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
        /// Dated before the reported day: mentioned as context.
        var isContext = false
    }

    func find() -> [Found] {
        var found: [Found] = []
        for (number, sentence) in view.sentences.enumerated() {
            let paragraph = sentence.paragraph
            let content = view.paragraphs[paragraph]
            var instruments: [PhraseMatcher.Match] = []
            var signing: [Int] = []
            var signingEnds: [Int: Int] = [:]
            var futures: [Int] = []
            var meetingWord = false
            // "the two ministers signed", "X and his host signed", "وقع الوزيران": the meeting's people together
            var together = false
            for position in sentence.range {
                for match in content.annotations[position] {
                    switch match.entry {
                    case .declaration: instruments.append(match)
                    case .signing:
                        signing.append(match.start)
                        signingEnds[match.start] = max(signingEnds[match.start] ?? 0, match.end)
                    case .future: futures.append(match.start)
                    case .meetingNoun, .meetingVerb: meetingWord = true
                    case .together: together = true
                    case .title(_, _, let plural) where plural: together = true
                    default: break
                    }
                }
            }
            if persons.roleMentions.contains(where: { $0.sentence == number && $0.isCounterpart }) { together = true }
            guard !instruments.isEmpty, !signing.isEmpty else { continue }
            // "will sign", "سيتم التوقيع": a future marker before the signing word in its clause, or right after it;
            // not one of another clause ("... next January, to follow up the memorandum signed in 2023") or of what
            // the instrument is to do ("ein Abkommen ..., das einen Rahmen schaffen soll")
            let tokens = content.tokens
            let firstSign = signing.min()!
            let future = futures.contains { marker in
                // (after it: the next word, "unterzeichnet werden soll"; not a relative clause,
                // "امضا کردند که قرار است ...")
                if marker >= firstSign { return marker - (signingEnds[firstSign] ?? firstSign + 1) <= 0 }
                return !tokens[marker..<firstSign].contains(where: \.isClauseMark)
            }
            if future { continue }
            // one instrument per name; a name inside another's is the same one
            var named: [PhraseMatcher.Match] = []
            for match in instruments.sorted(by: { ($0.start, -$0.end) < ($1.start, -$1.end) })
            where !named.contains(where: { $0.start <= match.start && match.end <= $0.end }) {
                named.append(match)
            }
            let dates = DateFinder.find(content.tokens, content.annotations, in: sentence.range, anchor: anchor)
                .filter { $0.date != nil }
                .map { (range: ($0.range.lowerBound + sentence.range.lowerBound)..<($0.range.upperBound + sentence.range.lowerBound),
                        date: $0.date!) }
            let years = bareYears(in: sentence, paragraph: paragraph, excluding: dates.map(\.range))
            let firstSigning = signing.min()!
            let mentions = persons.mentions[number].sorted { $0.position < $1.position }
            // the meeting this sentence reports, or the article's only meeting
            // (a lead sentence right before the meeting's own counts: "Die Innenminister ... haben ... unterzeichnet. X, Y und Z trafen sich ...")
            // (or, further on, the one meeting of the story when the sentence speaks of it: "دو وزیر در پایان این نشست
            // ... امضا کردند", "at the end of the meeting the two ministers signed")
            let speaksOfMeeting = together || sentence.range.contains { position in
                view.matches(paragraph, position).contains { $0.entry == .meetingReference }
            }
            let reported = meetings.firstIndex { $0.sentences.contains(number) }
                ?? (meetings.count == 1 && (meetings[0].sentences.min()! <= number + 2
                                            || (speaksOfMeeting && meetings[0].sentences.min()! <= number)) ? 0 : nil)

            for instrument in named {
                guard case .declaration(let kind) = instrument.entry else { continue }
                // the bare word "declaration" names an instrument only as a proper name: "the Athens Declaration"
                if kind == "Declaration" {
                    let token = content.tokens[instrument.start]
                    guard token.script == .latin, token.isCapitalized, instrument.start > sentence.range.lowerBound else { continue }
                }
                // its written name, with what it is about when the text says so right after ("Abkommen über die
                // Bekämpfung der Kriminalität", "اتفاقية لتسليم المجرمين"): the words users search it by
                let nameEnd = extendName(instrument, paragraph: paragraph, limit: sentence.range.upperBound)
                let subjectEnd = subject(after: nameEnd, paragraph: paragraph, limit: sentence.range.upperBound) ?? nameEnd
                let written = NameForm(view.text(paragraph, instrument.start..<subjectEnd), language: content.language)
                // its date: the nearest date of the sentence that is not nearer another instrument, else such a year
                // ("the 2012 agreement", "l'accord de 2008")
                func nearest(_ range: Range<Int>) -> Bool {
                    let mine = distance(range, instrument)
                    return named.allSatisfy { $0 == instrument || distance(range, $0) > mine }
                }
                var date = dates.filter { nearest($0.range) }.min { distance($0.range, instrument) < distance($1.range, instrument) }?.date
                let reference = reported.flatMap { meetings[$0].date } ?? anchor.map(PartialDate.init)
                if date == nil, let year = years.filter({ year in
                    let span = year.position..<(year.position + 1)
                    // near the instrument, or right after a signing word ("..., which the two countries signed in 2012")
                    let afterSigning = signing.contains { year.position > $0 && year.position - $0 <= 4 }
                    return nearest(span) && (distance(span, instrument) <= 8 || afterSigning)
                        && !isPeriodYear(year.position, paragraph: paragraph)
                }).min(by: { distance($0.position..<($0.position + 1), instrument) < distance($1.position..<($1.position + 1), instrument) }) {
                    // a year after the reported day is a target ("Vision 2030")
                    if reference.map({ year.value < $0.year }) ?? true { date = PartialDate(year: year.value) }
                }
                // an instrument dated before the reported day is mentioned as context
                let earlier: Bool = {
                    guard let date, let reference else { return false }
                    if date.isCompatible(with: reference) || reference.isCompatible(with: date) { return false }
                    return date < reference
                }()

                var signers: [Int] = []
                // several instruments, each with its own signing word and signers: "مذكرة تفاهم ... وقعتها X وY، واتفاق
                // ... وقعه Z وW" (the people after the instrument's signing word, up to the next instrument)
                func ownSigning(of instrument: PhraseMatcher.Match) -> (word: Int, next: Int)? {
                    guard named.count > 1 else { return nil }
                    let next = named.filter { $0.start >= instrument.end }.map(\.start).min() ?? sentence.range.upperBound
                    return signing.filter { $0 >= instrument.end && $0 < next }.min().map { ($0, next) }
                }
                let own = ownSigning(of: instrument)
                let othersHaveOwn = named.contains { $0 != instrument && ownSigning(of: $0) != nil }
                let previousEnd = named.filter { $0.end <= instrument.start }.map(\.end).max() ?? sentence.range.lowerBound
                let preSigning = signing.filter { $0 >= previousEnd && $0 < instrument.start }.min()
                // one another of its kind restates with its signers ("توافقنامه امنیتی ...؛ توافقنامه‌ای که ... به امضای X
                // و Y رسیده بود"; "عدد من الاتفاقيات ..., من بينها ... اتفاق ... وقعه X"), or with no signing word of its own
                let restated = named.contains { $0 != instrument && $0.entry == instrument.entry && ownSigning(of: $0) != nil }
                // (kept: the first one, signed before it, "firmaron un Plan ..., que desarrolla el memorando ... suscrito ...")
                let first = named.allSatisfy { $0.start >= instrument.start }
                if own == nil && othersHaveOwn && (preSigning == nil || restated || !first) { continue }
                if let own {
                    for mention in mentions where mention.position > own.word && mention.position < own.next
                        && !signers.contains(mention.entity) {
                        signers.append(mention.entity)
                    }
                } else if othersHaveOwn, let preSigning {
                    // "بالتوقيع على عدد من الاتفاقيات ..., من بينها ...": signed, by whoever is named before it
                    for mention in mentions where mention.position > preSigning && mention.position < instrument.start
                        && !signers.contains(mention.entity) {
                        signers.append(mention.entity)
                    }
                } else {
                    // "signed by X and Y", "وقعها عن الجانب المصري X"; with the signing word first, the people
                    // before the instrument ("وقّع X وY ... اتفاقاً ... خلال اجتماع استضافه Z": not Z)
                    let between = mentions.filter { $0.position > firstSigning && $0.position < instrument.start }
                    for mention in (between.isEmpty ? mentions.filter { $0.position > firstSigning } : between)
                    where !signers.contains(mention.entity) {
                        signers.append(mention.entity)
                    }
                }
                // "the Athens Declaration, which Mitsotakis and Erdoğan signed in 2023": the names between the
                // instrument and its signing word
                if signers.isEmpty && earlier {
                    for mention in mentions where mention.position >= instrument.end && mention.position < firstSigning
                        && !signers.contains(mention.entity) {
                        signers.append(mention.entity)
                    }
                }
                if signers.isEmpty && !earlier {
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
                // the meeting it was adopted at
                var adoptedAt: Int?
                for (index, meeting) in meetings.enumerated() where !earlier {
                    let speaksOfMeeting = meetingWord || together || meeting.sentences.contains(number)
                        || (signers.count >= 2 && signers.allSatisfy { meeting.participants.contains($0) })
                    let signersTookPart = signers.allSatisfy { meeting.participants.contains($0) }
                    let datesAgree: Bool
                    if let date, let day = meeting.date {
                        datesAgree = date.isCompatible(with: day) || day.isCompatible(with: date)
                    } else {
                        // an undated meeting and a fully dated instrument: the same day only if the sentence reports the meeting
                        datesAgree = date == nil || date!.precision < 3 || meeting.sentences.contains(number)
                    }
                    if speaksOfMeeting && signersTookPart && datesAgree && (meeting.sentences.min()! <= number || index == reported) {
                        adoptedAt = index
                    }
                }
                if let adoptedAt, date == nil || (date!.precision < 3 && meetings[adoptedAt].date != nil) {
                    date = meetings[adoptedAt].date
                }
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
                // an instrument "between the two countries" of the story, or one that names no country at all: the
                // countries of the story's meeting
                if parties.count < 2, together || parties.isEmpty,
                   let story = reported ?? adoptedAt ?? (meetings.count == 1 || (together && !meetings.isEmpty) ? 0 : nil) {
                    for participant in meetings[story].participants {
                        if let code = countryOf(participant), !parties.contains(code) { parties.append(code) }
                    }
                }
                found.append(Found(kind: kind, forms: [written], parties: parties.sorted(), signatories: signers, date: date,
                                   adoptedAt: adoptedAt, sentence: number,
                                   isContext: earlier && (date.map { $0.precision < 3 || $0.year != reference?.year } ?? false)))
            }
        }
        return found
    }

    /// Tokens between two spans (0 when they touch or overlap).
    private func distance(_ range: Range<Int>, _ match: PhraseMatcher.Match) -> Int {
        if range.upperBound <= match.start { return match.start - range.upperBound }
        if match.end <= range.lowerBound { return range.lowerBound - match.end }
        return 0
    }

    /// A year that ends a period or names a target: "for 2025 and 2026", "2025-2026", "bis 2027".
    private func isPeriodYear(_ position: Int, paragraph: Int) -> Bool {
        let tokens = view.paragraphs[paragraph].tokens
        guard position > 0 else { return false }
        let previous = tokens[position - 1]
        if previous.kind == .number || previous.norm == "-" || previous.norm == "/" { return true }
        if position > 1 && tokens[position - 2].kind == .number { return true }
        return view.paragraphs[paragraph].annotations[position - 1].contains { $0.entry == .periodWord }
    }

    /// Four-digit years standing alone in a sentence (not part of a full date).
    private func bareYears(in sentence: TextView.Sentence, paragraph: Int, excluding dates: [Range<Int>]) -> [(position: Int, value: Int)] {
        let tokens = view.paragraphs[paragraph].tokens
        var years: [(position: Int, value: Int)] = []
        for position in sentence.range where !dates.contains(where: { $0.contains(position) }) {
            let token = tokens[position]
            guard token.kind == .number, token.norm.count == 4, let value = Int(token.norm), (1950...2100).contains(value) else { continue }
            years.append((position, value))
        }
        return years
    }

    /// The end of what an instrument is about, written right after its name: "on the extradition of offenders",
    /// "لتسليم المجرمين", "sur l'entraide judiciaire" — from a function word (or an Arabic word with ل) up to a
    /// clause mark, another instrument, a signing word, a person, a place or a date, at most eight words. Nil
    /// when nothing of the kind follows.
    private func subject(after start: Int, paragraph: Int, limit: Int) -> Int? {
        let tokens = view.paragraphs[paragraph].tokens
        guard start < limit, tokens[start].kind == .word else { return nil }
        // (an elided article or preposition opens it too: "d'entraide", "sull'immigrazione")
        let elided = tokens[start].norm.hasSuffix("'") || tokens[start].norm.hasSuffix("\u{2019}")
        let opens = scanner.isStopword(paragraph, start) || view.match(paragraph, start, where: { $0 == .connector }) != nil
            || (tokens[start].script == .arabic && tokens[start].norm.hasPrefix("ل")) || elided
        guard opens else { return nil }
        var end = start
        var closed = false
        while end < limit {
            // (too long to be a name: no subject rather than half of one)
            if end - start >= 12 { return nil }
            let token = tokens[end]
            if token.isClauseMark || token.isSentenceEnd || token.kind == .number || token.norm == "(" { closed = true; break }
            let stops = view.matches(paragraph, end).contains { match in
                switch match.entry {
                case .declaration, .signing, .title, .honorific, .knownPerson, .month, .solarMonth, .weekday, .relativeDay,
                     .future, .meetingVerb, .place, .country, .together, .counterpart, .with, .nonParticipant:
                    return true
                default:
                    return false
                }
            }
            if stops { closed = true; break }
            end += 1
        }
        if !closed && end < limit && end - start >= 12 { return nil }
        // no trailing function words, and some word of its own
        while end > start, scanner.isStopword(paragraph, end - 1) || view.match(paragraph, end - 1, where: { $0 == .connector }) != nil
            || view.match(paragraph, end - 1, where: { $0 == .conjunction }) != nil || view.match(paragraph, end - 1, where: { $0 == .locative }) != nil {
            end -= 1
        }
        let words = (start..<end).contains { tokens[$0].kind == .word && !scanner.isStopword(paragraph, $0)
            && view.match(paragraph, $0, where: { $0 == .connector }) == nil }
        return end > start && (words || tokens[start].script == .arabic) ? end : nil
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
