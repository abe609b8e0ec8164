import CommuniqueExtraction
import CommuniqueGraph
import CommuniqueLexicon
import CommuniqueText

/// Resolves the extractions of all articles into one graph: one node per
/// real person, meeting, institution, declaration, place and country, each
/// with every source and written form. The result does not depend on the
/// order of the input: articles are taken in identifier order.
package struct GraphBuilder {
    private let lexicon: Lexicon
    private let minter: IRIMinter

    package init(lexicon: Lexicon, minter: IRIMinter) {
        self.lexicon = lexicon
        self.minter = minter
    }

    package struct Summary: Sendable, Codable, Equatable {
        package var articles = 0
        package var persons = 0
        package var ministers = 0
        package var headsOfState = 0
        package var meetings = 0
        package var institutions = 0
        package var declarations = 0
        package var places = 0
        package var countries = 0

        package init() {}
    }

    package func build(_ extractions: [ArticleExtraction]) -> (graph: Graph, summary: Summary) {
        let ordered = extractions.sorted {
            ($0.article.identifier, $0.article.path ?? "") < ($1.article.identifier, $1.article.path ?? "")
        }
        var graph = Graph()
        var summary = Summary()
        summary.articles = ordered.count
        let articleIRIs = mintArticles(ordered)
        var usedCountries = Set<String>()
        var usedTopics = Set<String>()

        // persons
        var persons = PersonResolver(particles: lexicon.allNameParticles,
                                     knownNames: { id in lexicon.person(id: id).map { [$0.label] + $0.names } ?? [] })
        var personOf: [[Int: Int]] = []
        for (index, extraction) in ordered.enumerated() {
            var map: [Int: Int] = [:]
            for person in extraction.persons { map[person.localID] = persons.add(person, article: index) }
            personOf.append(map)
        }
        // a person's label is final once persons are resolved: choose it once
        let personLabels = persons.clusters.map { personLabel($0) }
        let personIRIs = mintPersons(persons.clusters, labels: personLabels)

        // meetings
        var meetings: [MeetingCluster] = []
        var meetingOf: [[Int: Int]] = []
        // person cluster → meeting clusters naming them: a report can only join a
        // meeting that shares two participants, so only those are tried (in
        // index order, as a scan of all meetings would)
        var meetingsOfPerson: [Int: [Int]] = [:]
        for (index, extraction) in ordered.enumerated() {
            var map: [Int: Int] = [:]
            for meeting in extraction.meetings {
                let participants = meeting.participants.compactMap { personOf[index][$0] }
                var shared: [Int: Int] = [:]
                for participant in Set(participants) {
                    for candidate in meetingsOfPerson[participant] ?? [] { shared[candidate, default: 0] += 1 }
                }
                let target = shared.filter { $0.value >= 2 }.keys.sorted().first { candidate in
                    sameMeeting(meetings[candidate], participants: participants, date: meeting.date, weekday: meeting.weekday,
                                place: meeting.place?.knownID, reported: extraction.article.published)
                }
                let cluster = target.map { meetings[$0] } ?? {
                    let created = MeetingCluster(index: meetings.count)
                    meetings.append(created)
                    return created
                }()
                for participant in participants {
                    if cluster.participants[participant] == nil { meetingsOfPerson[participant, default: []].append(cluster.index) }
                    cluster.participants[participant, default: 0] += 1
                }
                if let host = meeting.host.flatMap({ personOf[index][$0] }) { cluster.hosts[host, default: 0] += 1 }
                if let date = meeting.date { cluster.dates.append(date) }
                if let weekday = meeting.weekday { cluster.weekdays[weekday, default: 0] += 1 }
                if let place = meeting.place?.knownID { cluster.places[place, default: 0] += 1 }
                cluster.topics.formUnion(meeting.topics)
                cluster.evidence.formUnion(meeting.evidence)
                cluster.sources.insert(index)
                if let published = extraction.article.published { cluster.reported.append(published) }
                map[meeting.localID] = cluster.index
            }
            meetingOf.append(map)
        }
        let meetingIRIs = mintMeetings(meetings, persons: persons.clusters, personIRIs: personIRIs)

        // articles
        for (index, extraction) in ordered.enumerated() {
            let article = extraction.article
            let iri = articleIRIs[index]
            graph.add(iri, Vocabulary.RDF.type, Vocabulary.CQ.Article)
            graph.add(iri, Vocabulary.DCTerms.identifier, Literal(article.identifier))
            graph.add(iri, Vocabulary.RDFS.label, Literal(article.identifier))
            graph.add(iri, Vocabulary.DCTerms.language, Literal(article.language))
            if let title = article.title, !title.isEmpty {
                graph.add(iri, Vocabulary.DCTerms.title, Literal(title, language: article.language == "und" ? nil : article.language))
            }
            if let published = article.published {
                graph.add(iri, Vocabulary.DCTerms.date, Literal(published.description, datatype: Vocabulary.XSD.date))
            }
            if let url = article.url, IRIMinter.isAbsolute(url) {
                graph.add(iri, Vocabulary.CQ.url, Literal(url, datatype: Vocabulary.XSD.anyURI))
            }
            if let path = article.path {
                graph.add(iri, Vocabulary.CQ.path, Literal(path))
            }
        }

        // persons' triples
        for cluster in persons.clusters {
            let iri = personIRIs[cluster.index]
            graph.add(iri, Vocabulary.RDF.type, Vocabulary.CQ.Person)
            let country = cluster.country
            switch cluster.kind {
            case .minister where country != nil:
                graph.add(iri, Vocabulary.RDF.type, Vocabulary.CQ.Minister)
                summary.ministers += 1
            case .headOfState where country != nil:
                graph.add(iri, Vocabulary.RDF.type, Vocabulary.CQ.HeadOfState)
                summary.headsOfState += 1
            default:
                break
            }
            let label = personLabels[cluster.index]
            graph.add(iri, Vocabulary.RDFS.label, label)
            for form in cluster.forms.keys.sorted() where form.text != label.lexicalForm {
                graph.add(iri, Vocabulary.SKOS.altLabel, Literal(form.text, language: tag(form.language)))
            }
            if let country {
                graph.add(iri, Vocabulary.CQ.country, countryIRI(country))
                usedCountries.insert(country)
            }
            for office in cluster.offices.sorted() {
                graph.add(iri, Vocabulary.CQ.office, Literal(office.text, language: tag(office.language)))
            }
            if let portfolio = cluster.portfolio { graph.add(iri, Vocabulary.CQ.portfolio, Literal(portfolio)) }
            for source in cluster.sources.sorted() { graph.add(iri, Vocabulary.CQ.source, articleIRIs[source]) }
            summary.persons += 1
        }

        // meetings' triples
        var placeSources: [String: Set<Int>] = [:]
        var placeForms: [String: Set<NameForm>] = [:]
        for (index, extraction) in ordered.enumerated() {
            for meeting in extraction.meetings {
                guard let place = meeting.place, let id = place.knownID else { continue }
                placeSources[id, default: []].insert(index)
                placeForms[id, default: []].formUnion(place.forms)
            }
        }
        for cluster in meetings {
            let iri = meetingIRIs[cluster.index]
            graph.add(iri, Vocabulary.RDF.type, Vocabulary.CQ.Meeting)
            graph.add(iri, Vocabulary.RDFS.label, Literal(meetingLabel(cluster, labels: personLabels), language: "en"))
            for (participant, count) in cluster.participants {
                graph.add(iri, Vocabulary.CQ.participant, personIRIs[participant], weight: count)
            }
            if let host = cluster.hosts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key })?.key {
                graph.add(iri, Vocabulary.CQ.host, personIRIs[host], weight: cluster.hosts[host]!)
                graph.add(iri, Vocabulary.CQ.participant, personIRIs[host], weight: cluster.participants[host] ?? 1)
            }
            if let date = cluster.date, date.precision == 3 {
                graph.add(iri, Vocabulary.CQ.date, Literal(date.description, datatype: Vocabulary.XSD.date))
            }
            if let weekday = cluster.weekday { graph.add(iri, Vocabulary.CQ.weekday, Literal(weekday.englishName)) }
            if let place = cluster.places.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key })?.key {
                graph.add(iri, Vocabulary.CQ.place, minter.iri("place", place), weight: cluster.places[place]!)
            }
            for topic in cluster.topics.sorted() {
                graph.add(iri, Vocabulary.CQ.topic, IRI(Vocabulary.cqt + topic))
                usedTopics.insert(topic)
            }
            for evidence in cluster.evidence.sorted() {
                graph.add(iri, Vocabulary.CQ.evidence, Literal(evidence.text, language: tag(evidence.language)))
            }
            for source in cluster.sources.sorted() { graph.add(iri, Vocabulary.CQ.source, articleIRIs[source]) }
            summary.meetings += 1
        }

        // places linked from meetings
        let linkedPlaces = Set(meetings.compactMap { cluster in
            cluster.places.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key })?.key
        })
        for place in lexicon.places where linkedPlaces.contains(place.id) {
            let iri = minter.iri("place", place.id)
            graph.add(iri, Vocabulary.RDF.type, Vocabulary.CQ.Place)
            graph.add(iri, Vocabulary.RDFS.label, Literal(place.label))
            for form in (placeForms[place.id] ?? []).sorted() where form.text != place.label {
                graph.add(iri, Vocabulary.SKOS.altLabel, Literal(form.text, language: tag(form.language)))
            }
            if let country = place.country {
                graph.add(iri, Vocabulary.CQ.country, countryIRI(country))
                usedCountries.insert(country)
            }
            for source in (placeSources[place.id] ?? []).sorted() { graph.add(iri, Vocabulary.CQ.source, articleIRIs[source]) }
            summary.places += 1
        }

        // institutions
        var institutions: [String: (record: InstitutionRecord, forms: Set<NameForm>, sources: Set<Int>)] = [:]
        var institutionOf: [[Int: String]] = []
        let jointKeys = GraphBuilder.jointBodyKeys(ordered)
        for (index, extraction) in ordered.enumerated() {
            var map: [Int: String] = [:]
            for var institution in extraction.institutions {
                institution.key = jointKeys[institution.key] ?? institution.key
                var entry = institutions[institution.key] ?? (institution, [], [])
                entry.forms.formUnion(institution.forms)
                entry.sources.insert(index)
                institutions[institution.key] = entry
                map[institution.localID] = institution.key
            }
            institutionOf.append(map)
        }
        var institutionIRIs: [String: IRI] = [:]
        var usedInstitutionSlugs = Set<String>()
        for key in institutions.keys.sorted() {
            var slug = Slug.make(key.replacingOccurrences(of: "/", with: " "))
            if !usedInstitutionSlugs.insert(slug).inserted { slug += "-" + StableHash.short(key) }
            institutionIRIs[key] = minter.iri("institution", slug)
        }
        for key in institutions.keys.sorted() {
            let (record, forms, sources) = institutions[key]!
            let iri = institutionIRIs[key]!
            graph.add(iri, Vocabulary.RDF.type, Vocabulary.CQ.Institution)
            if Vocabulary.superclass[Vocabulary.CQ.term(record.kind)] == Vocabulary.CQ.Institution {
                graph.add(iri, Vocabulary.RDF.type, Vocabulary.CQ.term(record.kind))
            }
            graph.add(iri, Vocabulary.RDFS.label, Literal(record.label))
            for form in forms.sorted() where form.text != record.label {
                graph.add(iri, Vocabulary.SKOS.altLabel, Literal(form.text, language: tag(form.language)))
            }
            for country in record.countries {
                graph.add(iri, Vocabulary.CQ.country, countryIRI(country))
                usedCountries.insert(country)
            }
            if let portfolio = record.portfolio { graph.add(iri, Vocabulary.CQ.portfolio, Literal(portfolio)) }
            for source in sources.sorted() { graph.add(iri, Vocabulary.CQ.source, articleIRIs[source]) }
            summary.institutions += 1
        }

        // declarations
        var declarations: [DeclarationCluster] = []
        // a cluster accepts a record only when it shares a party with it or was
        // adopted at the record's meeting: only those are tried, in index order
        var declarationsByParty: [String: [Int]] = [:]
        var declarationsByMeeting: [Int: [Int]] = [:]
        for (index, extraction) in ordered.enumerated() {
            for declaration in extraction.declarations {
                let adoptedAt = declaration.adoptedAt.flatMap { meetingOf[index][$0] }
                var candidates = Set<Int>()
                for party in declaration.parties { candidates.formUnion(declarationsByParty[declaration.kind + "|" + party] ?? []) }
                if let adoptedAt { candidates.formUnion(declarationsByMeeting[adoptedAt] ?? []) }
                let target = candidates.sorted().first { declarations[$0].accepts(declaration, adoptedAt: adoptedAt) }
                let cluster = target.map { declarations[$0] } ?? {
                    let created = DeclarationCluster(index: declarations.count, kind: declaration.kind)
                    declarations.append(created)
                    return created
                }()
                let (partiesBefore, adoptedBefore) = (cluster.parties, cluster.adoptedAt)
                cluster.add(declaration, adoptedAt: adoptedAt, signatories: declaration.signatories.compactMap { personOf[index][$0] },
                            source: index)
                for party in cluster.parties.subtracting(partiesBefore) {
                    declarationsByParty[cluster.kind + "|" + party, default: []].append(cluster.index)
                }
                if adoptedBefore == nil, let meeting = cluster.adoptedAt {
                    declarationsByMeeting[meeting, default: []].append(cluster.index)
                }
            }
        }
        // an instrument whose parties an article does not say, dated to the day: the one instrument of that kind
        // signed that day ("el memorando de entendimiento ... suscrito el 12 de marzo")
        var absorbed = Set<Int>()
        for cluster in declarations where cluster.parties.isEmpty && cluster.adoptedAt == nil {
            guard let date = cluster.date, date.precision == 3 else { continue }
            let same = declarations.filter { other in
                other !== cluster && !absorbed.contains(other.index) && other.kind == cluster.kind && !other.parties.isEmpty
                    && other.date.map { $0.precision == 3 && $0 == date } == true
            }
            if same.count == 1 {
                same[0].absorb(cluster)
                absorbed.insert(cluster.index)
            }
        }
        declarations.removeAll { absorbed.contains($0.index) }
        var usedDeclarationSlugs = Set<String>()
        for cluster in declarations {
            var slug = Slug.make(cluster.kind + " " + cluster.parties.sorted().joined(separator: " ")
                                 + " " + (cluster.date?.description ?? ""))
            if !usedDeclarationSlugs.insert(slug).inserted {
                slug += "-" + StableHash.short(cluster.kind + cluster.sources.sorted().map { ordered[$0].article.identifier }.joined())
            }
            let iri = minter.iri("declaration", slug)
            graph.add(iri, Vocabulary.RDF.type, Vocabulary.CQ.Declaration)
            graph.add(iri, Vocabulary.RDF.type, Vocabulary.CQ.term(cluster.kind))
            graph.add(iri, Vocabulary.RDFS.label, Literal(declarationLabel(cluster), language: "en"))
            for form in cluster.forms.sorted() {
                graph.add(iri, Vocabulary.SKOS.altLabel, Literal(form.text, language: tag(form.language)))
            }
            for party in cluster.parties.sorted() {
                graph.add(iri, Vocabulary.CQ.party, countryIRI(party))
                usedCountries.insert(party)
            }
            for signatory in cluster.signatories.sorted() {
                graph.add(iri, Vocabulary.CQ.signatory, personIRIs[signatory])
            }
            if let date = cluster.date {
                let datatype = date.precision == 3 ? Vocabulary.XSD.date : (date.precision == 2 ? Vocabulary.XSD.gYearMonth : Vocabulary.XSD.gYear)
                graph.add(iri, Vocabulary.CQ.date, Literal(date.description, datatype: datatype))
            }
            if let meeting = cluster.adoptedAt { graph.add(iri, Vocabulary.CQ.adoptedAt, meetingIRIs[meeting]) }
            for topic in cluster.topics.sorted() {
                graph.add(iri, Vocabulary.CQ.topic, IRI(Vocabulary.cqt + topic))
                usedTopics.insert(topic)
            }
            for evidence in cluster.evidence.sorted() {
                graph.add(iri, Vocabulary.CQ.evidence, Literal(evidence.text, language: tag(evidence.language)))
            }
            for source in cluster.sources.sorted() { graph.add(iri, Vocabulary.CQ.source, articleIRIs[source]) }
            summary.declarations += 1
        }

        // countries and topics that something links to
        for code in usedCountries.sorted() {
            let iri = countryIRI(code)
            graph.add(iri, Vocabulary.RDF.type, Vocabulary.CQ.Country)
            graph.add(iri, Vocabulary.CQ.isoCode, Literal(code))
            graph.add(iri, Vocabulary.RDFS.label, Literal(lexicon.countries.englishName(code), language: "en"))
            for (language, name) in (lexicon.countries.names[code] ?? [:]).sorted(by: { $0.key < $1.key }) {
                graph.add(iri, Vocabulary.SKOS.prefLabel, Literal(name, language: language))
            }
            summary.countries += 1
        }
        if !usedTopics.isEmpty {
            let scheme = IRI(Vocabulary.cqt)
            graph.add(scheme, Vocabulary.RDF.type, Vocabulary.SKOS.ConceptScheme)
            graph.add(scheme, Vocabulary.RDFS.label, Literal("Communiqué topics", language: "en"))
            for topic in usedTopics.sorted() {
                let iri = IRI(Vocabulary.cqt + topic)
                graph.add(iri, Vocabulary.RDF.type, Vocabulary.SKOS.Concept)
                graph.add(iri, Vocabulary.SKOS.inScheme, scheme)
                let labels = lexicon.topics[topic]?.labels ?? [:]
                graph.add(iri, Vocabulary.RDFS.label, Literal(labels["en"] ?? topic, language: "en"))
                for (language, label) in labels.sorted(by: { $0.key < $1.key }) {
                    graph.add(iri, Vocabulary.SKOS.prefLabel, Literal(label, language: language))
                }
            }
        }
        return (graph, summary)
    }

    /// Joint bodies named without their subject are told apart by their head word ("commission", "groupe"),
    /// which is a word of the article's language. When no article names two such bodies of the same
    /// countries, the reports in every language are of one body: their keys drop the head word.
    static func jointBodyKeys(_ extractions: [ArticleExtraction]) -> [String: String] {
        func countriesPart(_ key: String) -> String? {
            let parts = key.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 4, parts[0] == "jointbody", parts[1] == "-" else { return nil }
            return String(parts[2])
        }
        var perCountries: [String: Set<String>] = [:]
        var ambiguous = Set<String>()
        for extraction in extractions {
            var seen: [String: Set<String>] = [:]
            for institution in extraction.institutions {
                guard let countries = countriesPart(institution.key) else { continue }
                seen[countries, default: []].insert(institution.key)
                perCountries[countries, default: []].insert(institution.key)
            }
            for (countries, keys) in seen where keys.count > 1 { ambiguous.insert(countries) }
        }
        var result: [String: String] = [:]
        for (countries, keys) in perCountries where keys.count > 1 && !ambiguous.contains(countries) {
            for key in keys { result[key] = "jointbody/-/" + countries }
        }
        return result
    }

    private func tag(_ language: String) -> String? {
        language == "und" ? nil : language
    }

    private func countryIRI(_ code: String) -> IRI {
        minter.iri("country", code.lowercased())
    }

    /// Two reports are of the same meeting when they name the same two
    /// people at least, their dates (or weekdays) agree, their places agree,
    /// and — when neither gives a full date — they were published within a month.
    private func sameMeeting(_ cluster: MeetingCluster, participants: [Int], date: PartialDate?, weekday: Weekday?,
                             place: String?, reported: CalendarDate?) -> Bool {
        guard Set(cluster.participants.keys).intersection(participants).count >= 2 else { return false }
        if let date, let theirs = cluster.date {
            if !(date.isCompatible(with: theirs) || theirs.isCompatible(with: date)) { return false }
        }
        if let weekday, let theirs = cluster.weekday, weekday != theirs { return false }
        if let place, !cluster.places.isEmpty, cluster.places[place] == nil { return false }
        if date?.precision != 3 || cluster.date?.precision != 3 {
            let days = (date?.calendarDate ?? reported).map { day in
                (cluster.date?.calendarDate.map { [$0] } ?? cluster.reported).map { abs($0.dayNumber - day.dayNumber) }
            } ?? []
            if let nearest = days.min(), nearest > 31 { return false }
        }
        return true
    }

    private func personLabel(_ cluster: PersonCluster) -> Literal {
        if let known = cluster.knownID, let person = lexicon.person(id: known) {
            return Literal(person.label)
        }
        // the Latin-script full name seen most, else the longest name (the
        // script and word count of each form computed once, not per comparison)
        let forms = cluster.forms.map { (form: $0.key, count: $0.value, latin: Slug.isLatinScript($0.key.text),
                                         words: $0.key.text.split(separator: " ").count) }
        let best = forms.min { lhs, rhs in
            if lhs.latin != rhs.latin { return lhs.latin }
            if (lhs.words >= 2) != (rhs.words >= 2) { return lhs.words >= 2 }
            if lhs.count != rhs.count { return lhs.count > rhs.count }
            if lhs.words != rhs.words { return lhs.words > rhs.words }
            return lhs.form < rhs.form
        }?.form
        guard let best else { return Literal("?") }
        return Literal(best.text, language: Slug.isLatinScript(best.text) ? nil : tag(best.language))
    }

    private func meetingLabel(_ cluster: MeetingCluster, labels: [Literal]) -> String {
        let names = cluster.participants.keys.sorted().map { labels[$0].lexicalForm }
        var label = "Meeting of " + names.sorted().joined(separator: ", ")
        if let date = cluster.date, date.precision == 3 {
            label += ", " + date.description
        } else if let weekday = cluster.weekday {
            label += ", a " + weekday.englishName
        }
        return label
    }

    private func declarationLabel(_ cluster: DeclarationCluster) -> String {
        var words = ""
        for character in cluster.kind {
            if character.isUppercase && !words.isEmpty { words += " " }
            words.append(words.isEmpty ? character : Character(character.lowercased()))
        }
        var label = words
        var details = cluster.parties.sorted().map { lexicon.countries.englishName($0) }.joined(separator: "–")
        if let date = cluster.date { details += (details.isEmpty ? "" : ", ") + date.description }
        if !details.isEmpty { label += " (" + details + ")" }
        return label
    }

    private func mintArticles(_ ordered: [ArticleExtraction]) -> [IRI] {
        var used = Set<String>()
        return ordered.map { extraction in
            var slug = Slug.make(extraction.article.identifier, maxLength: 80)
            if !used.insert(slug).inserted {
                slug += "-" + StableHash.short(extraction.article.identifier + "|" + (extraction.article.path ?? ""))
                used.insert(slug)
            }
            return minter.iri("article", slug)
        }
    }

    private func mintPersons(_ clusters: [PersonCluster], labels: [Literal]) -> [IRI] {
        var slugs = UniqueSlugs()
        var result: [IRI] = []
        for cluster in clusters {
            let label = labels[cluster.index].lexicalForm
            let key = cluster.knownID ?? (cluster.forms.keys.map(\.text).sorted().joined(separator: "|") + (cluster.country ?? ""))
            let slug = slugs.claim(cluster.knownID ?? Slug.make(label), key: key,
                                   hashed: !Slug.isLatinScript(label) && cluster.knownID == nil)
            result.append(minter.iri("person", slug))
        }
        return result
    }

    private func mintMeetings(_ clusters: [MeetingCluster], persons: [PersonCluster], personIRIs: [IRI]) -> [IRI] {
        var used = Set<String>()
        return clusters.map { cluster in
            let names = cluster.participants.keys.map { String(personIRIs[$0].localName) }.sorted()
            let surnames = names.prefix(3).map { $0.split(separator: "-").last.map(String.init) ?? $0 }
            var when = "undated"
            if let date = cluster.date, date.precision == 3 {
                when = date.description
            } else if let weekday = cluster.weekday {
                when = weekday.englishName.lowercased()
            }
            var slug = Slug.make(when + " " + surnames.joined(separator: " "))
            if !used.insert(slug).inserted {
                slug += "-" + StableHash.short(names.joined(separator: "|") + when + "\(cluster.sources.min() ?? 0)")
                used.insert(slug)
            }
            return minter.iri("meeting", slug)
        }
    }
}
