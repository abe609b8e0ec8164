/// The JSON shapes of the data files (see docs/lexicon-format.md). Every
/// field is optional so that a user's extension file may hold only what it adds.
struct LanguageFile: Codable {
    struct TopicPair: Codable {
        /// At most this many tokens apart, in either order.
        var near: Int?
        var first: [String]
        var second: [String]
    }

    struct Title: Codable {
        var pattern: String
        var role: String
        var portfolio: String?
        /// A plural or dual form ("ministers", "الوزيران"): names no single person.
        var plural: Bool?
    }

    struct Ministry: Codable {
        var pattern: String
        var portfolio: String
        /// The only countries with a ministry of that name ("Bundesinnenministerium": Germany, Austria).
        var countries: [String]?
    }

    struct MeetingVerb: Codable {
        var pattern: String
        var host: String?
    }

    struct Meeting: Codable {
        var verbs: [MeetingVerb]?
        var nouns: [String]?
        var with: [String]?
        var future: [String]?
        var nonParticipant: [String]?
        /// The people of the meeting together: "the two ministers", "both sides", "الجانبان".
        var together: [String]?
        /// Words that introduce someone's companions: "accompanied by", "a delegation including", "برفقة".
        var companions: [String]?
        /// Words that say who else was there: "was attended by", "in the presence of", "بحضور", "حضور داشتند".
        var attendance: [String]?
        /// A meeting spoken of as already told: "in this meeting", "در این دیدار", "lors de cet entretien".
        var references: [String]?
    }

    struct KindPatterns: Codable {
        var kind: String
        var topic: String?
        var patterns: [String]
    }

    /// A national agency or service named by a generic name.
    struct Service: Codable {
        /// Stable id ("coast-guard"): one node per id and country.
        var id: String
        var patterns: [String]
        /// The only countries that have a body of this name (the Bundeskriminalamt is German or Austrian);
        /// the first is taken when the story names none of them.
        var countries: [String]?
        /// A generic word ("police", "army") that names a body only with its country next to it.
        var needsCountry: Bool?
    }

    struct Dates: Codable {
        var today: [String]?
        var yesterday: [String]?
        var tomorrow: [String]?
        var months: [String: [String]]?
        var ordinalSuffixes: [String]?
        var publishedCues: [String]?
        /// Words before a year that make it the end of a period or a target ("for 2025", "bis 2027").
        var periodWords: [String]?
    }

    var code: String
    var name: String?
    var script: String?
    var stopwords: [String]?
    /// Frequent words that tell the language apart but are no stopwords
    /// (they occur inside names: "van", "de", "der"); language identification only.
    var languageWords: [String]?
    var nameParticles: [String]?
    var connectors: [String]?
    var honorifics: [String]?
    var titles: [Title]?
    var counterparts: [String]?
    var portfolios: [String: [String]]?
    var ministryWords: [String]?
    var ministryWordsPlural: [String]?
    var ministries: [Ministry]?
    var meeting: Meeting?
    var signing: [String]?
    var declarations: [KindPatterns]?
    var institutions: [KindPatterns]?
    var services: [Service]?
    /// Words next to a service's name that show it is the body, not the field ("teams", "فرق", "agents").
    var serviceCues: [String]?
    /// Generic words that open a body's name before a service ("Direction générale de la", "Agenzia nazionale di",
    /// "المديرية العامة لل"): part of the name, and show it is the body.
    var agencyWords: [String]?
    /// Coordinating conjunctions ("and", "et", "و").
    var conjunctions: [String]?
    /// Generic words that head an agency's proper name ("the National Crime Agency", "l'agence belge de
    /// développement Enabel", "Dienst Terugkeer en Vertrek").
    var agencyHeads: [String]?
    /// Words for a body's seat ("headquarters", "sede", "مقر"): a ministry named there is the one of the meeting's host country.
    var seatWords: [String]?
    /// Words that make a body named with an acronym international: it belongs to no country ("International", "European").
    var internationalWords: [String]?
    /// Words that make an "agency" a news agency ("press", "presse", "أنباء").
    var newsWords: [String]?
    var topics: [String: [String]]?
    var dates: Dates?
    var locative: [String]?
    var boilerplate: [String: [String]]?
    /// Words that look like a country name or adjective in this language but
    /// mostly mean something else (Arabic "مالي" is "financial").
    var notCountries: [String]?
    struct JointBodies: Codable {
        var heads: [String]?
        var markers: [String]?
    }

    /// Words for a committee or group, and words that make it joint ("mixed", "مشتركة").
    var jointBodies: JointBodies?
    /// Topics said by two words near each other ("control ... borders"), per topic.
    var topicPairs: [String: [TopicPair]]?
    /// Endings a proper name takes in this language (German genitive "Deutschlands", "Dobrindts").
    var nameSuffixes: [String]?
    /// Every noun is written with a capital (German): capitals do not mark proper names.
    var capitalizesNouns: Bool?

    /// What is never part of a person's name, for scripts without capitals to tell.
    struct NonNames: Codable {
        /// Words (in matching form) that are no name and no stopword: nouns, verbs, participles.
        var words: [String]?
        /// Words compared as written, without letter folding: Arabic "على" (on) folds to "علي" (Ali).
        var asWritten: [String]?
        /// Regular expressions over a word's matching form: verb and participle shapes.
        var shapes: [String]?
    }

    var nonNames: NonNames?
    /// Name particles that mean "son of", "daughter of" (bin, ben, ould, بن, ولد): the word after them is a father's name.
    var patronymics: [String]?
    /// Ordinals of regnal names ("السادس" of "محمد السادس", "Sexto"): part of a name, never a name alone.
    var regnalNumbers: [String]?

    /// Adds what `other` holds to this file.
    mutating func merge(_ other: LanguageFile) {
        func join<T>(_ a: [T]?, _ b: [T]?) -> [T]? {
            guard let b else { return a }
            return (a ?? []) + b
        }
        func joinMap(_ a: [String: [String]]?, _ b: [String: [String]]?) -> [String: [String]]? {
            guard let b else { return a }
            return (a ?? [:]).merging(b) { $0 + $1 }
        }
        stopwords = join(stopwords, other.stopwords)
        languageWords = join(languageWords, other.languageWords)
        nameParticles = join(nameParticles, other.nameParticles)
        connectors = join(connectors, other.connectors)
        honorifics = join(honorifics, other.honorifics)
        titles = join(titles, other.titles)
        counterparts = join(counterparts, other.counterparts)
        portfolios = joinMap(portfolios, other.portfolios)
        ministryWords = join(ministryWords, other.ministryWords)
        ministryWordsPlural = join(ministryWordsPlural, other.ministryWordsPlural)
        ministries = join(ministries, other.ministries)
        if let theirs = other.meeting {
            var mine = meeting ?? Meeting()
            mine.verbs = join(mine.verbs, theirs.verbs)
            mine.nouns = join(mine.nouns, theirs.nouns)
            mine.with = join(mine.with, theirs.with)
            mine.future = join(mine.future, theirs.future)
            mine.nonParticipant = join(mine.nonParticipant, theirs.nonParticipant)
            mine.together = join(mine.together, theirs.together)
            mine.companions = join(mine.companions, theirs.companions)
            mine.attendance = join(mine.attendance, theirs.attendance)
            mine.references = join(mine.references, theirs.references)
            meeting = mine
        }
        signing = join(signing, other.signing)
        declarations = join(declarations, other.declarations)
        institutions = join(institutions, other.institutions)
        services = join(services, other.services)
        serviceCues = join(serviceCues, other.serviceCues)
        agencyWords = join(agencyWords, other.agencyWords)
        conjunctions = join(conjunctions, other.conjunctions)
        agencyHeads = join(agencyHeads, other.agencyHeads)
        seatWords = join(seatWords, other.seatWords)
        internationalWords = join(internationalWords, other.internationalWords)
        newsWords = join(newsWords, other.newsWords)
        topics = joinMap(topics, other.topics)
        if let theirs = other.dates {
            var mine = dates ?? Dates()
            mine.today = join(mine.today, theirs.today)
            mine.yesterday = join(mine.yesterday, theirs.yesterday)
            mine.tomorrow = join(mine.tomorrow, theirs.tomorrow)
            mine.months = joinMap(mine.months, theirs.months)
            mine.ordinalSuffixes = join(mine.ordinalSuffixes, theirs.ordinalSuffixes)
            mine.publishedCues = join(mine.publishedCues, theirs.publishedCues)
            mine.periodWords = join(mine.periodWords, theirs.periodWords)
            dates = mine
        }
        locative = join(locative, other.locative)
        boilerplate = joinMap(boilerplate, other.boilerplate)
        notCountries = join(notCountries, other.notCountries)
        nameSuffixes = join(nameSuffixes, other.nameSuffixes)
        regnalNumbers = join(regnalNumbers, other.regnalNumbers)
        patronymics = join(patronymics, other.patronymics)
        capitalizesNouns = other.capitalizesNouns ?? capitalizesNouns
        if let theirs = other.nonNames {
            nonNames = NonNames(words: join(nonNames?.words, theirs.words), asWritten: join(nonNames?.asWritten, theirs.asWritten),
                                shapes: join(nonNames?.shapes, theirs.shapes))
        }
        if let theirs = other.jointBodies {
            jointBodies = JointBodies(heads: join(jointBodies?.heads, theirs.heads), markers: join(jointBodies?.markers, theirs.markers))
        }
        if let theirs = other.topicPairs { topicPairs = (topicPairs ?? [:]).merging(theirs) { $0 + $1 } }
    }
}


/// countries/<code>.json: ISO code → other names and adjectives.
struct CountryFileEntry: Codable {
    var names: [String]?
    var adjectives: [String]?
}

/// One entry of places.json.
struct PlaceFileEntry: Codable {
    var id: String
    var country: String?
    var kind: String?
    /// For a venue: the id of the city it stands in.
    var city: String?
    var names: [String]
}

/// actors.json.
struct ActorsFile: Codable {
    struct Office: Codable {
        var role: String?
        var portfolio: String?
        var country: String?
        var from: String?
        var to: String?
    }

    struct Person: Codable {
        var id: String
        var label: String
        var kind: String
        var country: String?
        var names: [String]
        var offices: [Office]?
    }

    struct Institution: Codable {
        var id: String
        var label: String
        var kind: String
        var countries: [String]?
        var names: [String]
        /// The `services` id this body is the national instance of ("civil-protection" for Morocco's
        /// civil protection directorate): "the Moroccan civil protection" is then this node.
        var service: String?
    }

    var persons: [Person]?
    var institutions: [Institution]?
}

/// topics.json: topic name → labels by language and an English definition.
struct TopicFileEntry: Codable {
    var labels: [String: String]
    var definition: String?
}
