/// The people and events a synthetic corpus reports on: ministers with
/// their terms of office, meetings between them, and joint bodies between
/// pairs of countries. Built once from the parameters and the seed.
package struct CorpusWorld: Sendable {
    package enum Gender: Int, Sendable {
        case male = 0
        case female = 1
    }

    package struct Minister: Sendable {
        package let index: Int
        package let given: CorpusTemplates.NamePart
        package let surname: CorpusTemplates.NamePart
        package let gender: Gender
        package let country: Int
        package let portfolio: String
        /// Days since 1970-01-01, end exclusive.
        package let termStart: Int
        package let termEnd: Int

        package var latinName: String { given.latin + " " + surname.latin }
    }

    package struct Meeting: Sendable {
        package let index: Int
        package let day: Int
        package let portfolio: String
        /// Host first.
        package let participants: [Int]
        package let topics: [String]
        /// A declaration kind signed at the meeting, if any.
        package let declaration: String?
        /// A joint body (index into `bodies`) whose session the ministers chaired.
        package let body: Int?
    }

    package struct JointBody: Sendable {
        package let countries: (Int, Int)
        package let topic: String
    }

    package let firstDay: Int
    package let days: Int
    package let countries: [CorpusTemplates.Country]
    package let ministers: [Minister]
    package let meetings: [Meeting]
    package let bodies: [JointBody]
    /// Ministers in office by (country, portfolio), in term order.
    package let terms: [String: [Int]]

    package func minister(country: Int, portfolio: String, day: Int) -> Int {
        let list = terms["\(country)|\(portfolio)"]!
        return list.first { ministers[$0].termStart <= day && day < ministers[$0].termEnd } ?? list.last!
    }
}

/// Builds the world of a corpus.
package enum WorldBuilder {
    package static let portfolios = ["interior", "foreign-affairs", "justice"]
    static let portfolioWeights = [0.5, 0.3, 0.2]
    package static let topics = ["migration", "security", "border-control", "organized-crime", "terrorism", "civil-protection"]
    static let declarationKinds = ["MemorandumOfUnderstanding", "JointDeclarationOfIntent", "Agreement", "Roadmap"]
    /// 2016-01-01.
    static let firstDay = 16801

    package static func build(_ parameters: CorpusParameters, templates: CorpusTemplates) -> CorpusWorld {
        let counts = parameters.resolved(availableCountries: templates.world.countries.count)
        var random = SeededRandom(seed: parameters.seed, stream: 0xC0FFEE)
        let countries = Array(templates.world.countries.prefix(counts.countries))
        // some countries are in the news far more than others
        let countryWeights = countries.indices.map { 1.0 / Double($0 + 2).squareRoot() }

        // ministers: each (country, portfolio) has a run of office holders over the period
        var ministers: [CorpusWorld.Minister] = []
        var terms: [String: [Int]] = [:]
        var usedNames = Set<String>()
        let slots = countries.count * portfolios.count
        for slot in 0..<slots {
            let country = slot / portfolios.count
            let portfolio = portfolios[slot % portfolios.count]
            let holders = counts.ministers / slots + (slot < counts.ministers % slots ? 1 : 0)
            // cut points of the period, sorted
            var cuts = (0..<(holders - 1)).map { _ in random.below(counts.days) }.sorted()
            cuts.insert(0, at: 0)
            cuts.append(counts.days)
            let region = templates.world.names[countries[country].region]!
            for holder in 0..<holders {
                let gender: CorpusWorld.Gender = random.chance(0.25) ? .female : .male
                var given: CorpusTemplates.NamePart
                var surname: CorpusTemplates.NamePart
                var attempts = 0
                repeat {
                    given = random.pick(gender == .male ? region.male : region.female)
                    surname = random.pick(region.surnames)
                    attempts += 1
                } while usedNames.contains(given.latin + " " + surname.latin) && attempts < 50
                if usedNames.contains(given.latin + " " + surname.latin) {
                    // a second surname makes the name unique
                    let second = region.surnames[(attempts + holder) % region.surnames.count]
                    surname = CorpusTemplates.NamePart(
                        latin: surname.latin + " " + second.latin,
                        arabic: surname.arabic.flatMap { first in second.arabic.map { first + " " + $0 } })
                }
                usedNames.insert(given.latin + " " + surname.latin)
                let index = ministers.count
                ministers.append(CorpusWorld.Minister(
                    index: index, given: given, surname: surname, gender: gender, country: country, portfolio: portfolio,
                    termStart: firstDay + cuts[holder], termEnd: firstDay + max(cuts[holder] + 1, cuts[holder + 1])))
                terms["\(country)|\(portfolio)", default: []].append(index)
            }
        }

        // joint bodies between pairs of countries, drawn where meetings are frequent
        var bodies: [CorpusWorld.JointBody] = []
        var bodyKeys = Set<String>()
        var attempts = 0
        while bodies.count < counts.institutions && attempts < counts.institutions * 50 {
            attempts += 1
            let (first, second) = pair(&random, weights: countryWeights)
            let topic = random.pick(topics)
            let key = "\(min(first, second))|\(max(first, second))|\(topic)"
            if bodyKeys.insert(key).inserted {
                bodies.append(CorpusWorld.JointBody(countries: (min(first, second), max(first, second)), topic: topic))
            }
        }
        var bodiesByPair: [String: [Int]] = [:]
        for (index, body) in bodies.enumerated() {
            bodiesByPair["\(body.countries.0)|\(body.countries.1)", default: []].append(index)
        }

        // meetings spread over the period, in date order
        var meetings: [CorpusWorld.Meeting] = []
        meetings.reserveCapacity(counts.meetings)
        let world = CorpusWorld(firstDay: firstDay, days: counts.days, countries: countries, ministers: ministers,
                                meetings: [], bodies: bodies, terms: terms)
        for index in 0..<counts.meetings {
            let day = firstDay + Int((Double(index) + 0.5) * Double(counts.days) / Double(counts.meetings))
            let portfolio = portfolios[random.weighted(portfolioWeights)]
            let (host, guest) = pair(&random, weights: countryWeights)
            var participants = [world.minister(country: host, portfolio: portfolio, day: day),
                                world.minister(country: guest, portfolio: portfolio, day: day)]
            if random.chance(0.06) {
                let third = random.weighted(countryWeights)
                let extra = world.minister(country: third, portfolio: portfolio, day: day)
                if !participants.contains(extra) { participants.append(extra) }
            }
            var chosen: [String] = []
            for _ in 0..<random.between(1, 3) {
                let topic = random.pick(topics)
                if !chosen.contains(topic) { chosen.append(topic) }
            }
            let declaration = random.chance(0.12) ? random.pick(declarationKinds) : nil
            var body: Int? = nil
            if let candidates = bodiesByPair["\(min(host, guest))|\(max(host, guest))"], random.chance(0.6) {
                body = random.pick(candidates)
                if !chosen.contains(bodies[body!].topic) { chosen.append(bodies[body!].topic) }
            }
            meetings.append(CorpusWorld.Meeting(index: index, day: day, portfolio: portfolio, participants: participants,
                                                topics: chosen, declaration: declaration, body: body))
        }
        return CorpusWorld(firstDay: firstDay, days: counts.days, countries: countries, ministers: ministers,
                           meetings: meetings, bodies: bodies, terms: terms)
    }

    private static func pair(_ random: inout SeededRandom, weights: [Double]) -> (Int, Int) {
        let first = random.weighted(weights)
        var second = random.weighted(weights)
        while second == first { second = random.weighted(weights) }
        return (first, second)
    }
}
