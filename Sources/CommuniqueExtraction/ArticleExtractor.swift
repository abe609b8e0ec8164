import CommuniqueLexicon
import CommuniqueReading
import CommuniqueText

/// Extracts the persons, meetings, institutions and declarations of one
/// article. Pure: the same article always gives the same result, and
/// articles are independent of each other, so they run on all cores.
package struct ArticleExtractor: Sendable {
    private let lexicon: Lexicon
    private let annotator: Annotator

    package init(lexicon: Lexicon) {
        self.lexicon = lexicon
        annotator = Annotator(lexicon: lexicon)
    }

    package func extract(_ article: Article) -> ArticleExtraction {
        var result = ArticleExtraction(article: ArticleRecord(article))
        let view = TextView(article: article, lexicon: lexicon, annotator: annotator)
        let scanner = NameScanner(lexicon: lexicon, view: view)
        let people = PersonExtractor(lexicon: lexicon, view: view, scanner: scanner).extract()
        let anchor = article.anchorDate
        var meetings = MeetingFinder(view: view, persons: people, anchor: anchor).find()

        // countries: known actors, then offices, then the story's own country
        var countries: [Int: String] = [:]
        for entity in people.entities {
            if let known = entity.known, let country = lexicon.persons[known].country {
                countries[entity.id] = country
            } else if let country = entity.country {
                countries[entity.id] = country
            }
        }
        // "X, accompanied by the Secretary of State Y", "X ... على رأس وفد يضم ... Y": Y serves the country of X, the
        // one named before the phrase, or of those the visitor (not of the country of a place the sentence names)
        for (number, sentence) in view.sentences.enumerated() {
            let cues = sentence.range.filter { position in
                view.matches(sentence.paragraph, position).contains { $0.entry == .companion }
            }
            guard let cue = cues.first else { continue }
            let named = people.mentions[number].sorted { $0.position < $1.position }
            let before = named.filter { $0.end <= cue && countries[$0.entity] != nil }
            // (places after the first name: not the dateline "تونس 11 أفريل 2025 (وات) -")
            let from = named.first?.position ?? sentence.range.lowerBound
            let visited = Set((from..<sentence.range.upperBound).flatMap { position in
                view.matches(sentence.paragraph, position).compactMap { match -> String? in
                    if case .place(let index) = match.entry { return lexicon.places[index].country }
                    if case .country(let code, false) = match.entry { return code }
                    return nil
                }
            })
            let visitors = before.filter { !visited.contains(countries[$0.entity]!) }
            guard let leader = Set(visitors.map(\.entity)).count == 1 ? visitors.first : before.last,
                  let code = countries[leader.entity] else { continue }
            for companion in named where companion.position >= cue && companion.position - cue <= 15
                && countries[companion.entity] == nil && companion.entity != leader.entity {
                countries[companion.entity] = code
            }
        }
        let mentioned = countryMentions(view)
        for entity in people.entities where countries[entity.id] == nil && needsCountry(entity) {
            var excluded = Set<String>()
            for meeting in meetings where meeting.participants.contains(entity.id) {
                for other in meeting.participants where other != entity.id {
                    if let code = countries[other] { excluded.insert(code) }
                }
            }
            // "X received the Spanish minister", "the Bangladeshi adviser paid a courtesy call on Prime Minister X":
            // a title-only designation in his sentence that no name took is someone else (his own office would have
            // bound to his name; a designation resolved to someone needs that person's country, which he has not)
            for role in people.roleMentions
            where people.mentions[role.sentence].contains(where: { $0.entity == entity.id && $0.position != role.position }) {
                if let code = role.country { excluded.insert(code) }
            }
            // a bare title in a story filed from a city: that country's own minister ("PARAMARIBO — Minister X van
            // Justitie"), unless the sentence or the meeting says otherwise
            if let (index, _) = view.datelinePlace(), let code = lexicon.places[index].country, !excluded.contains(code),
               entity.role?.isMinisterial ?? false, !entity.isCounterpart {
                countries[entity.id] = code
                continue
            }
            let ranked = mentioned.filter { !excluded.contains($0.key) }.sorted {
                $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
            }
            if let top = ranked.first, ranked.count == 1 || ranked[1].value < top.value {
                countries[entity.id] = top.key
            }
        }

        // persons, typed
        var kinds: [Int: PersonRecord.Kind] = [:]
        for entity in people.entities {
            kinds[entity.id] = kind(of: entity, country: countries[entity.id], people: people, view: view, anchor: anchor)
        }
        // a meeting needs two named people of whom one holds an office
        meetings = meetings.filter { meeting in
            meeting.participants.contains { kinds[$0] != .other || people.entities[$0].known != nil }
        }

        let meetingCountries = Array(Set(meetings.flatMap { $0.participants.compactMap { countries[$0] } })).sorted()
        let home = homeCountry(meetings: meetings, countries: countries, kinds: kinds, mentioned: storyMentions(view, scanner: scanner))
        let topicFinder = TopicFinder(view: view, scanner: scanner, lexicon: lexicon)
        let allTopics = topicFinder.topics(in: view.sentences.indices)

        for entity in people.entities {
            var forms = entity.forms
            if forms.isEmpty { continue }
            forms.sort()
            result.persons.append(PersonRecord(
                localID: entity.id, forms: forms, knownID: entity.known.map { lexicon.persons[$0].id },
                kind: kinds[entity.id] ?? .other, country: countries[entity.id], offices: entity.offices,
                portfolio: entity.portfolio ?? entity.known.flatMap { lexicon.persons[$0].offices.first?.portfolio }))
        }

        for (index, meeting) in meetings.enumerated() {
            var topics = allTopics
            if meetings.count > 1 {
                let start = meeting.sentences.min()!
                let next = meetings.compactMap { $0.sentences.min() }.filter { $0 > start }.min() ?? view.sentences.count
                topics = topicFinder.topics(in: start..<next)
            }
            var place: PlaceRecord?
            if let placeIndex = meeting.place {
                // a venue is recorded as its city, in the venue's words ("Viminale" for Rome)
                let known = lexicon.places[lexicon.places[placeIndex].city ?? placeIndex]
                place = PlaceRecord(knownID: known.id, label: known.label, country: known.country,
                                    forms: meeting.placeForm.map { [$0] } ?? [])
            }
            let evidence = meeting.sentences.prefix(1).map { number in
                Evidence(view.text(view.sentences[number]), language: view.paragraphs[view.sentences[number].paragraph].language)
            }
            result.meetings.append(MeetingRecord(localID: index, participants: meeting.participants, host: meeting.host,
                                                 date: meeting.date, weekday: meeting.weekday, place: place,
                                                 topics: topics.sorted(), evidence: evidence))
        }

        var portfolioByCountry: [String: String] = [:]
        for meeting in meetings {
            for participant in meeting.participants {
                let entity = people.entities[participant]
                guard let code = countries[participant], portfolioByCountry[code] == nil else { continue }
                if let portfolio = entity.portfolio
                    ?? entity.known.flatMap({ lexicon.persons[$0].offices.first?.portfolio }) {
                    portfolioByCountry[code] = portfolio
                }
            }
        }
        let sentencePersons = people.mentions.map { mentions in
            mentions.compactMap { mention -> InstitutionFinder.Owner? in
                let entity = people.entities[mention.entity]
                guard let country = countries[mention.entity] else { return nil }
                return InstitutionFinder.Owner(country: country, portfolio: entity.portfolio
                    ?? entity.known.flatMap { lexicon.persons[$0].offices.first?.portfolio },
                    position: max(mention.position, mention.end - 1))  // where the name is, not its title
            }
        }
        let venue = meetings.first?.place.flatMap { lexicon.places[$0].country }
        let hostCountry = meetings.first?.host.flatMap { countries[$0] }
        var institutions = InstitutionFinder(lexicon: lexicon, view: view, scanner: scanner,
                                             meetingCountries: meetingCountries, homeCountry: home,
                                             portfolioByCountry: portfolioByCountry, sentencePersons: sentencePersons,
                                             hostCountry: hostCountry, venueCountry: venue).find()
        var institutionIndex: [String: Int] = [:]
        // a joint body named once without its subject is the one of the same countries named with it
        let topical = Dictionary(grouping: institutions.filter { $0.kind == "JointBody" && $0.topic != nil }) { $0.countries }
        for index in institutions.indices where institutions[index].kind == "JointBody" && institutions[index].topic == nil {
            if let bodies = topical[institutions[index].countries], Set(bodies.map { $0.key }).count == 1 {
                institutions[index].key = bodies[0].key
                institutions[index].label = bodies[0].label
                institutions[index].topic = bodies[0].topic
            } else if let first = institutions.first(where: { $0.kind == "JointBody" && $0.topic == nil
                                                              && $0.countries == institutions[index].countries }) {
                institutions[index].key = first.key
            }
        }
        for found in institutions {
            if let index = institutionIndex[found.key] {
                for form in found.forms where !result.institutions[index].forms.contains(form) {
                    result.institutions[index].forms.append(form)
                }
                continue
            }
            institutionIndex[found.key] = result.institutions.count
            result.institutions.append(InstitutionRecord(localID: result.institutions.count, key: found.key, kind: found.kind,
                                                         label: found.label, forms: found.forms, countries: found.countries,
                                                         portfolio: found.portfolio, topic: found.topic))
        }

        let declarations = DeclarationFinder(lexicon: lexicon, view: view, scanner: scanner, persons: people,
                                             countryOf: { countries[$0] }, meetings: meetings, anchor: anchor).find()
        for found in declarations {
            let sentence = view.sentences[found.sentence]
            let evidence = Evidence(view.text(sentence), language: view.paragraphs[sentence.paragraph].language)
            let topics = topicFinder.topics(in: [found.sentence])
            // the headline and the body often name the same instrument
            // (an old instrument the story recalls is not the undated one its headline announces)
            if let index = result.declarations.firstIndex(where: { record in
                DeclarationMerging.sameInstrument(record, found) && !(found.isContext && record.date == nil)
            }) {
                DeclarationMerging.merge(found, evidence: evidence, topics: topics, into: &result.declarations[index])
                continue
            }
            result.declarations.append(DeclarationRecord(
                localID: result.declarations.count, kind: found.kind, forms: found.forms, parties: found.parties,
                partyInstitutions: [], signatories: found.signatories, date: found.date, adoptedAt: found.adoptedAt,
                topics: topics.sorted(), evidence: [evidence]))
        }
        return result
    }

    private func needsCountry(_ entity: PersonEntity) -> Bool {
        guard let role = entity.role else { return entity.isCounterpart }
        return role.isMinisterial || role == .headOfState || entity.isCounterpart
    }

    private func kind(of entity: PersonEntity, country: String?, people: PersonExtractor.Result,
                      view: TextView, anchor: CalendarDate?) -> PersonRecord.Kind {
        if let known = entity.known {
            // on the day of the story, only offices that are no ministry ("Ursula von der Leyen", once a minister,
            // then President of the European Commission)
            if let day = anchor {
                let held = lexicon.persons[known].offices.filter { $0.isHeld(on: day) }
                if !held.isEmpty && held.allSatisfy({ $0.role == .official }) { return .other }
            }
            switch lexicon.persons[known].kind {
            case .minister: return country == nil ? .other : .minister
            case .head: return country == nil ? .other : .headOfState
            case .other: return .other
            }
        }
        guard country != nil else { return .other }
        switch entity.role {
        case .minister?, .secretaryOfState?, .headOfGovernment?: return .minister
        case .headOfState?: return .headOfState
        case .president?: return entity.country != nil ? .headOfState : .other
        case .official?: return .other
        case nil:
            // "his Italian counterpart X": the counterpart of a minister is a minister
            if entity.isCounterpart {
                let ministers = people.entities.filter { $0.id != entity.id && ($0.role?.isMinisterial ?? false) }
                return ministers.isEmpty ? .other : .minister
            }
            return .other
        }
    }

    /// How often each country is named or qualified in the story, its cities included ("a Roma" speaks of Italy),
    /// its venues not.
    /// A word that is both a city and another country ("عمان": Amman, Oman) counts for the city's country.
    private func countryMentions(_ view: TextView) -> [String: Int] {
        var counts: [String: Int] = [:]
        for paragraph in view.paragraphs {
            for matches in paragraph.annotations {
                var cityCountries: [Int: String] = [:]
                for match in matches {
                    // a venue ("place Beauvau", "Kremlin") names an office, not the story's country
                    if case .place(let index) = match.entry, !lexicon.places[index].isVenue,
                       let code = lexicon.places[index].country {
                        cityCountries[match.end] = code
                        counts[code, default: 0] += 1
                    }
                }
                for match in matches {
                    guard case .country(let code, _) = match.entry else { continue }
                    if let city = cityCountries[match.end], city != code { continue }
                    if cityCountries[match.end] == code { continue }  // the city already counted for it
                    counts[code, default: 0] += 1
                }
            }
        }
        return counts
    }

    /// How often each country is named in the story, a word that is both a
    /// city and a country read as the city only after a locative or in a
    /// dateline ("في عمّان": Amman; "شرطة عُمان": Oman), cities counting for theirs.
    private func storyMentions(_ view: TextView, scanner: NameScanner) -> [String: Int] {
        let reader = PhraseCountries(lexicon: lexicon, view: view, scanner: scanner)
        var counts: [String: Int] = [:]
        for (number, paragraph) in view.paragraphs.enumerated() {
            var position = 0
            while position < paragraph.tokens.count {
                if let hit = reader.country(at: position, paragraph: number) {
                    counts[hit.code, default: 0] += 1
                    position = hit.end
                } else if let city = reader.cityCountry(number, position) {
                    counts[city.code, default: 0] += 1
                    position = city.end
                } else {
                    position += 1
                }
            }
        }
        return counts
    }

    /// The story's own country: the host's, else the first participant's,
    /// else the most named one.
    private func homeCountry(meetings: [MeetingFinder.Found], countries: [Int: String], kinds: [Int: PersonRecord.Kind],
                             mentioned: [String: Int]) -> String? {
        if let host = meetings.first?.host, let code = countries[host] { return code }
        if let first = meetings.first?.participants.first, let code = countries[first] { return code }
        // a story without a meeting: the country all its ministers serve
        let served = Set(kinds.filter { $0.value == .minister || $0.value == .headOfState }.compactMap { countries[$0.key] })
        if served.count == 1 { return served.first }
        let ranked = mentioned.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let top = ranked.first, ranked.count == 1 || ranked[1].value < top.value else { return nil }
        return top.key
    }
}
