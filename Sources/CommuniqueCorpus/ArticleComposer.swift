/// Writes the article with a given index: which meeting (or statement) it
/// reports, in which language and format, with which spellings of the
/// names, which sentences and which page furniture. Each article draws from
/// its own random stream, so it depends only on the seed, the world and its
/// index.
package struct ArticleComposer {
    let world: CorpusWorld
    let templates: CorpusTemplates
    let languages: [CorpusTemplates.Language]
    let seed: UInt64
    let articleCount: Int
    let formatWeights: [Double]

    package init(world: CorpusWorld, templates: CorpusTemplates, parameters: CorpusParameters) {
        self.world = world
        self.templates = templates
        let wanted = parameters.languages.isEmpty ? CorpusTemplates.languageCodes : parameters.languages
        languages = templates.languages.filter { wanted.contains($0.code) }
        seed = parameters.seed
        articleCount = max(1, parameters.articles)
        formatWeights = [parameters.formatWeights.text, parameters.formatWeights.html, parameters.formatWeights.jsonLines]
    }

    package func compose(_ index: Int) -> ComposedArticle {
        var random = SeededRandom(seed: seed, stream: UInt64(index) + 1)
        let language = languages[random.below(languages.count)]
        let format: ComposedArticle.Format
        switch random.weighted(formatWeights) {
        case 0: format = .text
        case 1: format = .html
        default: format = random.chance(0.25) ? .jsonLinesHTML : .jsonLines
        }
        let digits = language.digitVariants.map { random.chance(0.4) ? random.pick($0) : language.digits } ?? language.digits
        let months = language.monthVariants.map { random.chance(0.5) ? random.pick($0) : language.months } ?? language.months

        // which event: reports follow the news, a few days either side of "now"
        let base = Int(Double(index) * Double(world.meetings.count) / Double(articleCount))
        let statement = random.chance(0.08)
        var meetingIndex = base + (random.chance(0.7) ? random.between(-2, 2) : random.between(-25, 25))
        meetingIndex = min(max(0, meetingIndex), world.meetings.count - 1)
        let meeting = world.meetings[meetingIndex]

        var filler = TemplateFiller()
        func number(_ value: Int) -> String { CorpusText.digits(String(value), style: digits) }
        func date(_ day: CivilDay) -> String {
            language.date.replacingOccurrences(of: "{d}", with: number(day.day))
                .replacingOccurrences(of: "{month}", with: months[day.month - 1])
                .replacingOccurrences(of: "{y}", with: number(day.year))
        }
        let ministers: [CorpusWorld.Minister]
        let eventDay: Int
        if statement {
            let country = random.below(world.countries.count)
            let portfolio = WorldBuilder.portfolios[random.below(WorldBuilder.portfolios.count)]
            eventDay = meeting.day
            ministers = [world.ministers[world.minister(country: country, portfolio: portfolio, day: eventDay)]]
        } else {
            eventDay = meeting.day
            ministers = meeting.participants.map { world.ministers[$0] }
        }
        for (slot, minister) in zip(["A", "B", "C"], ministers) {
            filler.persons[slot] = person(minister, language: language, random: &random)
        }
        let publishedDay = CivilDay(eventDay + (random.chance(0.6) ? 0 : 1))
        let event = CivilDay(eventDay)
        let hour = random.between(6, 22), minute = random.below(60)
        let city = world.countries[statement ? ministers[0].country : ministers[0].country].capital(in: language.code)
        let agency = random.pick(language.agencies)
        let siteIndex = random.below(language.sites.count)
        let site = language.sites[siteIndex]
        let topics = statement ? [random.pick(WorldBuilder.topics)] : meeting.topics
        let topicNames = topics.map { language.topics[$0]! }
        filler.values = [
            "city": city, "CITY": language.isArabicScript ? city : city.uppercased(),
            "date": date(event), "weekday": language.weekdays[event.weekday],
            "topic": topicNames[0], "topics": CorpusText.list(topicNames, and: language.and),
            "agency": agency, "site": site, "year": number(publishedDay.year),
            "n": number(random.between(3, 40)), "p": number(random.between(2, 35)),
            "dd": number(publishedDay.day < 10 ? 0 : publishedDay.day / 10) + number(publishedDay.day % 10),
            "mm": number(publishedDay.month < 10 ? 0 : publishedDay.month / 10) + number(publishedDay.month % 10),
            "y": number(publishedDay.year), "hh": number(hour / 10) + number(hour % 10),
            "mi": number(minute / 10) + number(minute % 10),
        ]
        let explicit = random.chance(0.55)
        filler.values["when"] = filler.fill(random.pick(explicit ? language.whenDate : language.whenWeekday))
        let published = filler.fill(language.chrome.published.replacingOccurrences(of: "{date}", with: date(publishedDay))
            .replacingOccurrences(of: "{weekday}", with: language.weekdays[publishedDay.weekday]))

        // the story
        var paragraphs: [String] = []
        let title: String
        if statement {
            title = filler.fill(random.pick(language.statementTitles))
            paragraphs.append(filler.fill(language.statements[0]))
            paragraphs.append(filler.fill(language.statements[1]))
            paragraphs.append(filler.fill(language.background[0]))
            paragraphs.append(filler.fill(language.quotes[0]).replacingOccurrences(of: "{B.hon}", with: ""))
        } else {
            title = filler.fill(random.pick(language.titles))
            var lead = filler.fill(random.pick(language.leads))
            if random.chance(0.4) { lead = filler.fill(language.chrome.dateline) + " " + lead }
            paragraphs.append(lead)
            for template in sample(language.topicParagraphs, random.between(2, 3), &random) { paragraphs.append(filler.fill(template)) }
            for template in sample(language.quotes, random.between(1, 2), &random) { paragraphs.append(filler.fill(template)) }
            if let body = meeting.body, random.chance(0.8) {
                let bodyTopic = world.bodies[body].topic
                var bodyFiller = filler
                bodyFiller.values["body"] = language.bodies[bodyTopic]!
                bodyFiller.values["topic"] = language.topics[bodyTopic]!
                paragraphs.append(bodyFiller.fill(random.pick(language.jointBody)))
            }
            if let kind = meeting.declaration, random.chance(0.85) {
                var signFiller = filler
                signFiller.values["decl"] = language.declarations[kind]!
                paragraphs.append(signFiller.fill(random.pick(language.signing)))
            }
            for template in sample(language.background, random.between(2, 3), &random) { paragraphs.append(filler.fill(template)) }
            for template in sample(language.closing, random.between(1, 2), &random) { paragraphs.append(filler.fill(template)) }
        }

        // page furniture: a ticker of unrelated headlines, read-also titles of other meetings
        var ticker: [(String, String)] = []
        var clock = hour * 60 + minute
        for _ in 0..<random.between(3, 7) {
            clock = max(0, clock - random.between(8, 70))
            var tickerFiller = TemplateFiller()
            tickerFiller.values = ["n": number(random.between(2, 30)), "p": number(random.between(1, 12))]
            ticker.append((number(clock / 600) + number(clock / 60 % 10) + ":" + number(clock % 60 / 10) + number(clock % 10),
                           tickerFiller.fill(random.pick(language.tickers))))
        }
        var mostRead: [String] = []
        for _ in 0..<random.between(3, 5) {
            var boxFiller = TemplateFiller()
            boxFiller.values = ["n": number(random.between(2, 30)), "p": number(random.between(1, 12))]
            mostRead.append(boxFiller.fill(random.pick(language.tickers)))
        }
        var readAlso: [String] = []
        for _ in 0..<random.between(2, 4) {
            let other = world.meetings[min(max(0, meetingIndex + random.between(-40, 40)), world.meetings.count - 1)]
            var otherFiller = TemplateFiller()
            for (slot, minister) in zip(["A", "B"], other.participants.map({ world.ministers[$0] })) {
                otherFiller.persons[slot] = person(minister, language: language, random: &random)
            }
            otherFiller.values = ["topic": language.topics[other.topics[0]]!,
                                  "city": world.countries[world.ministers[other.participants[0]].country].capital(in: language.code)]
            readAlso.append(otherFiller.fill(random.pick(language.titles)))
        }
        var composed = ComposedArticle(
            identifier: "syn-\(CorpusText.padded(index, 7))-\(language.code)", language: language.code, format: format,
            site: site, url: "https://www.\(language.code)-news\(siteIndex + 1).example/\(publishedDay.year)/\(CivilDay.two(publishedDay.month))/syn-\(index)",
            published: publishedDay, publishedTime: (hour, minute), publishedLine: published, title: title,
            paragraphs: paragraphs, menu: language.chrome.menu, latestHeading: language.chrome.latest, ticker: ticker,
            readAlsoHeading: language.chrome.readAlso, readAlso: readAlso, share: language.chrome.share,
            comments: language.chrome.comments, source: filler.fill(language.chrome.source), footer: filler.fill(language.chrome.footer),
            cookie: language.chrome.cookie, accept: language.chrome.accept, backToTop: language.chrome.top)
        composed.mostReadHeading = language.chrome.mostRead
        composed.mostRead = mostRead
        composed.meeting = statement ? nil : meetingIndex
        composed.ministers = ministers.map(\.index)
        if format == .text, random.chance(0.03) {
            // a second, unrelated story after the source line, as scraped pages sometimes carry
            let other = world.ministers[random.below(world.ministers.count)]
            var otherFiller = filler
            otherFiller.persons = ["A": person(other, language: language, random: &random)]
            otherFiller.values["city"] = world.countries[other.country].capital(in: language.code)
            composed.appendix = [language.chrome.readAlso, otherFiller.fill(random.pick(language.statementTitles)),
                                 otherFiller.fill(language.statements[0])]
        }
        return composed
    }

    /// How this article writes a minister: the name with its slips, the title
    /// and country words in the article's language.
    private func person(_ minister: CorpusWorld.Minister, language: CorpusTemplates.Language,
                        random: inout SeededRandom) -> TemplateFiller.Person {
        let country = world.countries[minister.country]
        let gender = minister.gender.rawValue
        let habit = random.below(3)
        var given = NameRenderer.render(minister.given, language: language.code, habit: habit)
        var surname = NameRenderer.render(minister.surname, language: language.code, habit: habit)
        if language.isArabicScript {
            if random.chance(0.15), surname.hasPrefix("ال"), surname.count > 4 { surname = String(surname.dropFirst(2)) }
        } else {
            if random.chance(0.1) {
                surname = NameRenderer.misspell(surname, random: &random)
            } else if random.chance(0.05) {
                given = NameRenderer.misspell(given, random: &random)
            }
        }
        let portfolio = language.portfolios[minister.portfolio]!
        return TemplateFiller.Person(
            name: given + " " + surname, surname: surname, honorific: language.honorifics[gender],
            title: portfolio.title[gender], of: portfolio.of,
            adjective: country.adjectives[language.code]![gender], country: country.names[language.code]!,
            gender: minister.gender)
    }

    private func sample(_ items: [String], _ count: Int, _ random: inout SeededRandom) -> [String] {
        var pool = items
        var chosen: [String] = []
        for _ in 0..<min(count, pool.count) {
            chosen.append(pool.remove(at: random.below(pool.count)))
        }
        return chosen
    }
}

/// Small text helpers of the corpus.
package enum CorpusText {
    /// ASCII digits as Arabic-Indic or Persian digits.
    package static func digits(_ text: String, style: String) -> String {
        let zero: UInt32
        switch style {
        case "arabic": zero = 0x0660
        case "persian": zero = 0x06F0
        default: return text
        }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            ("0"..."9").contains(scalar) ? Unicode.Scalar(zero + scalar.value - 0x30)! : scalar
        }))
    }

    /// "a, b and c"
    package static func list(_ items: [String], and: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + and + items.last!
    }

    package static func padded(_ number: Int, _ width: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
