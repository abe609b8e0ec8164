import CommuniqueLexicon
import CommuniqueReading
import CommuniqueText

/// Finds the meetings an article reports as held: a sentence with a meeting
/// verb or noun naming at least two people, not marked as future, the people
/// after "on behalf of"-style cues and the signers of an instrument left out.
/// Sentences about the same people are one meeting.
struct MeetingFinder {
    let view: TextView
    let persons: PersonExtractor.Result
    let anchor: CalendarDate?

    struct Found {
        var participants: [Int]
        var host: Int?
        var sentences: [Int]
        var date: PartialDate?
        var weekday: Weekday?
        var place: Int?
        var placeForm: NameForm?
        /// The meeting's own sentences say when it was (a date, a weekday, "yesterday").
        var dated = false
        /// The tokens of its first sentence that speak of it, when that sentence reports more than one meeting.
        var span: Range<Int>? = nil
    }

    private func has(_ sentence: TextView.Sentence, _ predicate: (LexicalEntry) -> Bool) -> [PhraseMatcher.Match] {
        var found: [PhraseMatcher.Match] = []
        for position in sentence.range {
            for match in view.matches(sentence.paragraph, position) where predicate(match.entry) { found.append(match) }
        }
        return found
    }

    /// A date, weekday or "today" in the sentence: the sentence reports an event.
    private func hasEventFrame(_ sentence: TextView.Sentence) -> Bool {
        let paragraph = view.paragraphs[sentence.paragraph]
        let mentions = DateFinder.find(paragraph.tokens, paragraph.annotations, in: sentence.range, anchor: anchor)
        return mentions.contains { mention in
            if mention.weekday != nil || mention.relativeDay != nil || mention.dayMonth != nil { return true }
            guard let date = mention.date, date.precision == 3 else { return false }
            guard let anchor, let day = date.calendarDate else { return true }
            return abs(day.dayNumber - anchor.dayNumber) <= 14
        }
    }

    func find() -> [Found] {
        var candidates: [Found] = []
        for (number, sentence) in view.sentences.enumerated() {
            var triggers = has(sentence) { entry in
                switch entry {
                case .meetingVerb, .meetingNoun: return true
                default: return false
                }
            }
            // "X will meet Y", "the meeting next week": a future marker before the first trigger or right after it;
            // one further on speaks of something else ("... to prepare the next Council")
            if let first = triggers.min(by: { $0.start < $1.start }),
               has(sentence, { $0 == .future }).contains(where: { $0.start < first.end + 3 }) {
                continue
            }
            if triggers.isEmpty && !has(sentence, { $0 == .future }).isEmpty { continue }
            let signingMatches = has(sentence) { $0 == .signing }
            let signsInstrument = !signingMatches.isEmpty
                && !has(sentence, { if case .declaration = $0 { return true } else { return false } }).isEmpty
            let framed = hasEventFrame(sentence)
            // people signing an instrument on the reported day met to sign it
            var signingMeeting = false
            if signsInstrument && framed {
                signingMeeting = true
                triggers.append(contentsOf: signingMatches)
            }
            // "The meeting was attended by A, B and C", "in the presence of X": people who were there are no
            // meeting of their own (nor, being present only, participants: the text does not say they took part)
            let present = attendees(of: number)
            guard !triggers.isEmpty || framed else { continue }
            let excludedAfter = has(sentence) { $0 == .nonParticipant }.map(\.end)
            let signing = signingMeeting ? nil : signingMatches.map(\.start).min()
            var participants: [Int] = []
            var positions: [Int: (start: Int, end: Int)] = [:]
            for mention in persons.mentions[number].sorted(by: { $0.position < $1.position }) {
                // "on behalf of X", "in line with the vision of X" (a comma ends the cue's reach: "به گزارش پیام مرز، X")
                let tokens = view.paragraphs[sentence.paragraph].tokens
                if excludedAfter.contains(where: { cue in
                    cue <= mention.position && mention.position - cue <= 4
                        && !tokens[cue..<mention.position].contains(where: \.isClauseMark)
                }) { continue }
                if let signing, mention.position > signing, !triggers.contains(where: { $0.start > signing }) { continue }
                if present.contains(mention.entity) { continue }
                if positions[mention.entity] == nil {
                    positions[mention.entity] = (mention.position, mention.end)
                    participants.append(mention.entity)
                }
            }
            if participants.isEmpty, !triggers.isEmpty, let earlier = peopleTogether(before: number, in: sentence) {
                // "Bei einem Treffen am Mittwoch verständigten sich die beiden Minister ...": the two just named
                candidates.append(Found(participants: earlier, host: nil, sentences: [number]))
                continue
            }
            if participants.count < 2 { continue }
            let withWords = has(sentence) { $0 == .with }
            participants = paired(participants, positions: positions, triggers: triggers, withWords: withWords,
                                  sentence: sentence, framed: framed || signingMeeting,
                                  counterparts: persons.counterpartPositions[number])
            if participants.count < 2 { continue }
            // "X was received by President Y ..., after a day of talks with minister Z": two meetings in one
            // sentence, each trigger with the people after it
            if let parts = split(participants, positions: positions, triggers: triggers, withWords: withWords,
                                  paragraph: sentence.paragraph) {
                for (people, trigger, span) in parts {
                    candidates.append(Found(participants: people, host: host(of: people, positions: positions, triggers: [trigger]),
                                            sentences: [number], span: span))
                }
                continue
            }
            candidates.append(Found(participants: participants, host: host(of: participants, positions: positions, triggers: triggers),
                                    sentences: [number]))
        }
        if candidates.isEmpty, let told = toldByOffices() { candidates.append(told) }
        // "incontri con Nouri e Saied" in the headline of a story that tells the two meetings apart: the
        // sentence naming everyone is not a third meeting joining them
        let found = candidates
        candidates.removeAll { candidate in
            guard candidate.participants.count >= 3 else { return false }
            let whole = Set(candidate.participants)
            let parts = Set(found.map { Set($0.participants) }.filter { $0.count >= 2 && $0.isStrictSubset(of: whole) })
            return parts.count >= 2 && parts.reduce(Set<Int>()) { $0.union($1) } == whole
                && found.contains { $0.span != nil && whole.isSuperset(of: $0.participants) }
        }
        // one meeting per group of sentences about the same people
        var meetings: [Found] = []
        for candidate in candidates {
            if let index = meetings.firstIndex(where: { Set($0.participants).intersection(candidate.participants).count >= 2 }) {
                for participant in candidate.participants where !meetings[index].participants.contains(participant) {
                    meetings[index].participants.append(participant)
                }
                if meetings[index].host == nil { meetings[index].host = candidate.host }
                meetings[index].sentences.append(contentsOf: candidate.sentences)
            } else {
                meetings.append(candidate)
            }
        }
        var settled = meetings.map(settle)
        // a later meeting of the same visit that its sentences do not date or place took place then and there
        // ("... a été reçu ce jeudi par le chef de l'État ... Il s'est ensuite rendu au ministère ...")
        for index in settled.indices where !settled[index].dated {
            let start = settled[index].sentences.min()!
            guard let earlier = settled.indices.filter({ settled[$0].dated && settled[$0].sentences.min()! < start })
                .min(by: { settled[$0].sentences.min()! < settled[$1].sentences.min()! }) else { continue }
            settled[index].date = settled[earlier].date
            settled[index].weekday = settled[earlier].weekday
            if settled[index].place == nil {
                settled[index].place = settled[earlier].place
                settled[index].placeForm = settled[earlier].placeForm
            }
        }
        // the story's only meeting: its place may be given in the headline or lead before the names
        // ("Rotta balcanica, vertice a tre a Trieste: ...")
        if settled.count == 1, settled[0].place == nil, let first = settled[0].sentences.min() {
            for number in 0..<first {
                if let (index, form) = placeOfMeetingWords(in: view.sentences[number]) {
                    settled[0].place = index
                    settled[0].placeForm = form
                    break
                }
            }
        }
        return settled
    }

    /// The people a sentence that names nobody refers to together ("the two ministers", "les deux parties"):
    /// the two or three named in one of the two sentences before it, in the same paragraph, as counterparts
    /// ("X and his Turkish counterpart Y"; not "X, accompanied by Y").
    private func peopleTogether(before number: Int, in sentence: TextView.Sentence) -> [Int]? {
        guard !has(sentence, { $0 == .together }).isEmpty else { return nil }
        for earlier in stride(from: number - 1, through: max(0, number - 2), by: -1) {
            guard view.sentences[earlier].paragraph == sentence.paragraph else { break }
            var people: [Int] = []
            for mention in persons.mentions[earlier].sorted(by: { $0.position < $1.position })
            where !people.contains(mention.entity) {
                people.append(mention.entity)
            }
            if people.isEmpty { continue }
            return (2...3).contains(people.count) && !persons.counterpartPositions[earlier].isEmpty ? people : nil
        }
        return nil
    }

    /// Who received the others, from the side of a meeting verb its subject is on.
    private func host(of participants: [Int], positions: [Int: (start: Int, end: Int)], triggers: [PhraseMatcher.Match]) -> Int? {
        for trigger in triggers {
            guard case .meetingVerb(let side) = trigger.entry else { continue }
            var host: Int?
            switch side {
            case .before:
                let before = participants.filter { positions[$0]!.start < trigger.start }
                if participants.contains(where: { positions[$0]!.start >= trigger.end }) {
                    // "X a reçu Y": the one just before the verb
                    host = before.max { positions[$0]!.start < positions[$1]!.start }
                } else {
                    // verb last ("X از Y استقبال کرد", "X hat Y empfangen"): the subject, first
                    host = before.min { positions[$0]!.start < positions[$1]!.start }
                }
            case .after:
                host = participants.filter { positions[$0]!.start >= trigger.end }.min { positions[$0]!.start < positions[$1]!.start }
            case .subject:
                // "X يستقبل Y" in a headline, "استقبل X ... Y" in the body
                let before = participants.filter { positions[$0]!.start < trigger.start }
                host = before.max { positions[$0]!.start < positions[$1]!.start }
                    ?? participants.filter { positions[$0]!.start >= trigger.end }.min { positions[$0]!.start < positions[$1]!.start }
            case .none:
                continue
            }
            if let host { return host }
        }
        return nil
    }

    /// One person before the first of several meeting words and, after each of them, other people up to the next
    /// one: that person met each group apart ("X è stato ricevuto dal presidente Y ..., al termine di colloqui con Z").
    /// Nil when the sentence reports one meeting.
    /// Each meeting word after the first must take its people as a meeting verb does or with a "with" ("colloqui con Z";
    /// not "en visite ... à la tête d'une délégation comprenant Z").
    private func split(_ participants: [Int], positions: [Int: (start: Int, end: Int)], triggers: [PhraseMatcher.Match],
                       withWords: [PhraseMatcher.Match], paragraph: Int) -> [([Int], PhraseMatcher.Match, Range<Int>)]? {
        guard participants.count >= 3 else { return nil }
        var ordered: [PhraseMatcher.Match] = []
        for trigger in triggers.sorted(by: { $0.start < $1.start }) where ordered.last.map({ trigger.start >= $0.end }) ?? true {
            ordered.append(trigger)
        }
        guard ordered.count >= 2 else { return nil }
        let subjects = participants.filter { positions[$0]!.start < ordered[0].start }
        guard subjects.count == 1 else { return nil }
        var parts: [([Int], PhraseMatcher.Match, Range<Int>)] = []
        for (index, trigger) in ordered.enumerated() {
            let end = index + 1 < ordered.count ? ordered[index + 1].start : Int.max
            let group = participants.filter { positions[$0]!.start >= trigger.end && positions[$0]!.start < end }
            if group.isEmpty { continue }
            if index > 0 {
                let first = group.map { positions[$0]!.start }.min()!
                var takes = withWords.contains { $0.start >= trigger.end && $0.end <= first }
                if case .meetingVerb(let side) = trigger.entry, side != .none { takes = true }
                guard takes, !companionCue(in: trigger.end..<first, of: paragraph) else { return nil }
            }
            parts.append((subjects + group, trigger, trigger.start..<end))
        }
        guard parts.count >= 2, Set(parts.flatMap(\.0)).count == participants.count else { return nil }
        return parts
    }

    /// A meeting the story reports by offices only ("وزیر کشور کشورمان و همتای ترکیه‌ای وی روز سه‌شنبه ... دیدار
    /// کردند"), its people named afterwards in sentences that speak of it as told ("X در این دیدار گفت", "Y نیز در
    /// این دیدار ..."): the sentence with a meeting word and a day before them reports it.
    private func toldByOffices() -> Found? {
        var people: [Int] = []
        var told: [Int] = []
        for (number, sentence) in view.sentences.enumerated() where !has(sentence, { $0 == .meetingReference }).isEmpty {
            let present = attendees(of: number)
            for mention in persons.mentions[number].sorted(by: { $0.position < $1.position })
            where !present.contains(mention.entity) && !people.contains(mention.entity) {
                people.append(mention.entity)
            }
            told.append(number)
        }
        guard (2...4).contains(people.count), let first = told.first else { return nil }
        let report = (0..<first).first { number in
            let sentence = view.sentences[number]
            guard !view.paragraphs[sentence.paragraph].isTitle, hasEventFrame(sentence) else { return false }
            let words = has(sentence) { entry in
                switch entry {
                case .meetingVerb, .meetingNoun: return true
                default: return false
                }
            }
            guard let word = words.min(by: { $0.start < $1.start }) else { return false }
            return !has(sentence, { $0 == .future }).contains { $0.start < word.end + 3 }
        }
        guard let report else { return nil }
        return Found(participants: people, host: nil, sentences: [report] + told)
    }

    /// The people a sentence says were present ("in the presence of X", "was attended by X, Y", "X و Y ... حضور
    /// داشتند"): those after the phrase, or before it when it ends the sentence.
    private func attendees(of number: Int) -> Set<Int> {
        let sentence = view.sentences[number]
        guard let cue = has(sentence, { $0 == .attendance }).min(by: { $0.start < $1.start }) else { return [] }
        let named = persons.mentions[number]
        let after = Set(named.filter { $0.position >= cue.end }.map(\.entity))
        if !after.isEmpty { return after }
        let tokens = view.paragraphs[sentence.paragraph].tokens
        let rest = tokens[cue.end..<sentence.range.upperBound].filter(\.isWord).count
        return rest <= 3 ? Set(named.filter { $0.end <= cue.start }.map(\.entity)) : []
    }

    /// "accompanied by", "une délégation comprenant" somewhere in `range`.
    private func companionCue(in range: Range<Int>, of paragraph: Int) -> Bool {
        range.contains { position in view.matches(paragraph, position).contains { $0.entry == .companion } }
    }

    /// A known place in a sentence with a meeting word and no future marker.
    private func placeOfMeetingWords(in sentence: TextView.Sentence) -> (Int, NameForm)? {
        let content = view.paragraphs[sentence.paragraph]
        var trigger = false
        for position in sentence.range {
            for match in content.annotations[position] {
                switch match.entry {
                case .meetingNoun, .meetingVerb: trigger = true
                case .future: return nil
                default: continue
                }
            }
        }
        guard trigger else { return nil }
        for position in sentence.range {
            if let match = view.match(sentence.paragraph, position, where: { if case .place = $0 { return true } else { return false } }),
               case .place(let index) = match.entry {
                return (index, NameForm(view.text(sentence.paragraph, match.start..<match.end), language: content.language))
            }
        }
        return nil
    }

    /// The people the sentence says met each other: one before a "with" and
    /// one after it; one on each side of a meeting verb ("X received Y"), or
    /// both after a verb that puts its subject after it (Arabic); or two
    /// joined as the subject of a meeting verb ("X and Y held talks").
    /// People merely named in the sentence ("in line with the vision of King
    /// X and President Y") are no participants.
    private func paired(_ people: [Int], positions: [Int: (start: Int, end: Int)], triggers: [PhraseMatcher.Match],
                        withWords: [PhraseMatcher.Match], sentence: TextView.Sentence, framed: Bool,
                        counterparts: Set<Int>) -> [Int] {
        var result: [Int] = []
        func add(_ person: Int) { if !result.contains(person) { result.append(person) } }
        let ordered = people.sorted { positions[$0]!.start < positions[$1]!.start }
        for (i, first) in ordered.enumerated() {
            for second in ordered[(i + 1)...] {
                let a = positions[first]!.start, b = positions[second]!.start
                var evidence = withWords.contains { $0.start > a && $0.start < b && b - $0.end <= 12 }
                // "X ... visited his German counterpart Y": a counterpart named in a sentence about a meeting
                if !triggers.isEmpty && (counterparts.contains(b) || counterparts.contains(a)) { evidence = true }
                for trigger in triggers where !evidence {
                    // "X a reçu Y", "X a été reçu ... par Y"
                    if case .meetingVerb = trigger.entry, trigger.start > a && trigger.start < b && b - trigger.end <= 25 {
                        evidence = true
                    }
                    // verb-first ("استقبل X ... Y") and verb-last ("X ... Y empfangen", "X و Y ... دیدار کردند")
                    if b - a <= 22 && ((trigger.end <= a && a - trigger.end <= 4)
                                       || (trigger.start >= positions[second]!.end && trigger.start - positions[second]!.end <= 6)) {
                        evidence = true
                    }
                    // the verb closing the sentence, both people before it: "X ... از Y وزیر ... که ... شده است، استقبال کرد",
                    // "X hat gestern seinen Amtskollegen Y in Wien empfangen"
                    if case .meetingVerb = trigger.entry, trigger.start >= positions[second]!.end,
                       trigger.end >= sentence.range.upperBound - 2, trigger.start - a <= 45 {
                        evidence = true
                    }
                    // "X and Y held talks": joined subjects before the verb
                    if trigger.start > b && trigger.start - b <= 25 && coordinated(first, second, positions, sentence) {
                        evidence = true
                    }
                }
                // "X and Y on Monday in Antwerp agreed ...": joined subjects of a dated event
                if !evidence && framed && coordinated(first, second, positions, sentence) { evidence = true }
                if evidence {
                    add(first)
                    add(second)
                }
            }
        }
        return result
    }

    /// Two people named one after the other, joined only by a conjunction,
    /// punctuation and their offices ("X, minister of ..., and the Belgian minister Y").
    private func coordinated(_ first: Int, _ second: Int, _ positions: [Int: (start: Int, end: Int)],
                             _ sentence: TextView.Sentence) -> Bool {
        let from = positions[first]!.end, to = positions[second]!.start
        guard from <= to, to - from <= 20 else { return false }
        let paragraph = view.paragraphs[sentence.paragraph]
        // Arabic "لفتيت وروتايو": the conjunction is part of the second name's word
        if from == to { return paragraph.tokens[to].script == .arabic && paragraph.tokens[to].norm.hasPrefix("و") }
        var sawConjunction = false
        var index = from
        while index < to {
            let token = paragraph.tokens[index]
            if let match = paragraph.annotations[index].first(where: { match in
                switch match.entry {
                case .title, .portfolio, .country, .connector, .counterpart, .honorific, .conjunction, .service: return true
                default: return false
                }
            }) {
                if match.entry == .connector || match.entry == .conjunction { sawConjunction = true }
                index = max(index + 1, match.end)
                continue
            }
            // an office glossed in brackets: "minister van Binnenlandse Zaken (Home Affairs)"
            if token.norm == "(", let close = (index + 1..<min(to, index + 6)).first(where: { paragraph.tokens[$0].norm == ")" }) {
                index = close + 1
                continue
            }
            if token.kind == .punctuation || token.norm.unicodeScalars.count <= 3 {
                if token.kind == .word { sawConjunction = true }
                index += 1
                continue
            }
            return false
        }
        return sawConjunction || paragraph.tokens[from..<to].contains { $0.norm == "و" || $0.norm == "," || $0.norm == "،" }
    }

    /// The date expressions of a sentence, less the dateline opening the story ("تونس 11 أفريل 2025 (وات) -",
    /// "Praia, Sept 18 (Lusa) -"): the day the story was filed, an anchor rather than the day of the meeting.
    private func dates(in number: Int) -> [DateMention] {
        let sentence = view.sentences[number]
        let paragraph = view.paragraphs[sentence.paragraph]
        let mentions = DateFinder.find(paragraph.tokens, paragraph.annotations, in: sentence.range, anchor: anchor)
        guard let first = view.paragraphs.firstIndex(where: { !$0.isTitle }), sentence.paragraph == first,
              sentence.range.lowerBound == 0,
              let cut = paragraph.tokens.prefix(14).firstIndex(where: { $0.norm == "-" || $0.norm == ":" })
        else { return mentions }
        // (when the sentence gives no other date, the story's day is the meeting's)
        let own = mentions.filter { $0.range.upperBound > cut }
        return own.isEmpty ? mentions : own
    }

    /// Date, weekday and place from the meeting's sentences.
    private func settle(_ meeting: Found) -> Found {
        var meeting = meeting
        var explicit: PartialDate?
        var relative: CalendarDate?
        var weekday: Weekday?
        for number in meeting.sentences.sorted() {
            let sentence = view.sentences[number]
            let paragraph = view.paragraphs[sentence.paragraph]
            for mention in dates(in: number) {
                if explicit == nil, let date = mention.date, date.precision == 3 { explicit = date }
                if let offset = mention.relativeDay, let anchor, relative == nil, offset <= 0 {
                    relative = anchor.adding(days: offset)
                }
                if weekday == nil, let day = mention.weekday { weekday = day }
            }
            // the place of the meeting: from a sentence that reports it (the first one, or one with a meeting word)
            let reports = number == meeting.sentences.min() || sentence.range.contains { position in
                paragraph.annotations[position].contains { match in
                    switch match.entry {
                    case .meetingVerb, .meetingNoun: return true
                    default: return false
                    }
                }
            }
            if meeting.place == nil && reports {
                // a sentence speaking of the future names where something will happen ("una visita a Madrid nei
                // prossimi mesi"); in the first sentence, a place before the future marker still counts
                let futureStart = sentence.range.first { position in paragraph.annotations[position].contains { $0.entry == .future } }
                let first = number == meeting.sentences.min()
                // (a place after a locative first: "Sarajevo/Bratislava, 20 June – ... met in Bratislava")
                var places: [(match: PhraseMatcher.Match, index: Int, located: Bool)] = []
                for position in sentence.range where futureStart.map({ first && position < $0 }) ?? true {
                    if first, let span = meeting.span, !span.contains(position) { continue }
                    guard let match = view.match(sentence.paragraph, position, where: {
                        if case .place = $0 { return true } else { return false }
                    }), case .place(let index) = match.entry else { continue }
                    let located = position > sentence.range.lowerBound && view.matches(sentence.paragraph, position - 1).contains {
                        $0.entry == .locative && $0.end == position
                    }
                    places.append((match, index, located))
                }
                if let chosen = places.first(where: \.located) ?? places.first {
                    meeting.place = chosen.index
                    meeting.placeForm = NameForm(view.text(sentence.paragraph, chosen.match.start..<chosen.match.end),
                                                 language: paragraph.language)
                }
            }
        }
        if explicit == nil && relative == nil && weekday == nil, let first = meeting.sentences.min() {
            // the lead sentence often gives the date and the next one the names; or a sentence right after the
            // first one says when one of the people came ("Dačić ist gestern zu einem Arbeitsbesuch nach Wien gekommen")
            let following = ((first + 1)..<min(view.sentences.count, first + 4)).filter { number in
                !meeting.sentences.contains(number)
                    && persons.mentions[number].contains { meeting.participants.contains($0.entity) }
            }
            for number in Array(stride(from: first - 1, through: max(0, first - 2), by: -1)) + following {
                let sentence = view.sentences[number]
                let paragraph = view.paragraphs[sentence.paragraph]
                guard !paragraph.isTitle else { continue }
                let hasTrigger = sentence.range.contains { position in
                    paragraph.annotations[position].contains { match in
                        switch match.entry {
                        case .meetingVerb, .meetingNoun, .signing: return true
                        default: return false
                        }
                    }
                }
                guard hasTrigger else { continue }
                for mention in dates(in: number) {
                    if explicit == nil, let date = mention.date, date.precision == 3 { explicit = date }
                    if weekday == nil, let day = mention.weekday { weekday = day }
                    if relative == nil, let offset = mention.relativeDay, let anchor, offset <= 0 { relative = anchor.adding(days: offset) }
                }
                if explicit != nil || weekday != nil || relative != nil { break }
            }
        }
        meeting.dated = explicit != nil || relative != nil || weekday != nil
        if let explicit {
            meeting.date = explicit
        } else if let relative {
            if let weekday, relative.weekday != weekday {
                meeting.date = PartialDate(relative.latest(weekday))
            } else {
                meeting.date = PartialDate(relative)
            }
        } else if let weekday, let anchor {
            meeting.date = PartialDate(anchor.latest(weekday))
        }
        meeting.weekday = meeting.date?.calendarDate?.weekday ?? weekday
        if meeting.place == nil, let (index, form) = view.datelinePlace() {
            // "Trieste, 3 marzo - ...", "بيروت - التقى ...": the city the story was filed from, where it happened
            meeting.place = index
            meeting.placeForm = form
        }
        return meeting
    }
}
