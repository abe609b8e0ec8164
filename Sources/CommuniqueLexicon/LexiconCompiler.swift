import CommuniqueText
import Foundation

/// Turns a language file, and the CLDR calendar names of a language, into
/// matcher patterns.
enum LexiconCompiler {
    // (dictionaries of the files are read in key order: the patterns' order breaks ties between equal
    // matches, and must not change from one run to the next)
    static func addLanguage(_ file: LanguageFile, language: Int16, to matcher: inout PhraseMatcher) throws {
        func add(_ phrases: [String]?, _ entry: LexicalEntry, global: Bool = false) {
            for phrase in phrases ?? [] { matcher.add(phrase, entry, language: global ? -1 : language) }
        }
        for title in file.titles ?? [] {
            guard let role = OfficeRole(rawValue: title.role) else {
                throw Lexicon.LoadError(description: "languages/\(file.code).json: unknown title role \"\(title.role)\"")
            }
            matcher.add(title.pattern, .title(role, portfolio: title.portfolio, plural: title.plural ?? false), language: language)
        }
        add(file.honorifics, .honorific)
        add(file.counterparts, .counterpart)
        for (portfolio, phrases) in (file.portfolios ?? [:]).sorted(by: { $0.key < $1.key }) { add(phrases, .portfolio(portfolio)) }
        add(file.ministryWords, .ministryWord(plural: false))
        add(file.ministryWordsPlural, .ministryWord(plural: true))
        for ministry in file.ministries ?? [] {
            matcher.add(ministry.pattern, .ministry(portfolio: ministry.portfolio, countries: ministry.countries ?? []), language: language)
        }
        add(file.connectors, .connector)
        for verb in file.meeting?.verbs ?? [] {
            matcher.add(verb.pattern, .meetingVerb(HostSide(rawValue: verb.host ?? "none") ?? .none), language: language)
        }
        add(file.meeting?.nouns, .meetingNoun)
        add(file.meeting?.with, .with)
        add(file.meeting?.future, .future)
        add(file.meeting?.nonParticipant, .nonParticipant)
        add(file.meeting?.together, .together)
        add(file.meeting?.companions, .companion)
        add(file.meeting?.attendance, .attendance)
        add(file.meeting?.references, .meetingReference)
        add(file.signing, .signing)
        for declaration in file.declarations ?? [] { add(declaration.patterns, .declaration(kind: declaration.kind)) }
        // institution names are often quoted in another language ("Mohammed V Solidarity Foundation" in German)
        for institution in file.institutions ?? [] {
            add(institution.patterns, .institution(kind: institution.kind, topic: institution.topic), global: true)
        }
        for service in file.services ?? [] { add(service.patterns, .service(service.id), global: true) }
        add(file.serviceCues, .serviceCue)
        add(file.agencyWords, .agencyWord)
        add(file.conjunctions, .conjunction)
        add(file.agencyHeads, .agencyHead)
        add(file.seatWords, .seat)
        add(file.internationalWords, .international, global: true)
        add(file.newsWords, .newsWord, global: true)
        for (topic, phrases) in (file.topics ?? [:]).sorted(by: { $0.key < $1.key }) { add(phrases, .topic(topic)) }
        add(file.jointBodies?.heads, .jointBodyHead)
        add(file.jointBodies?.markers, .jointMarker)
        add(file.locative, .locative)
        if let dates = file.dates {
            add(dates.today, .relativeDay(0))
            add(dates.yesterday, .relativeDay(-1))
            add(dates.tomorrow, .relativeDay(1))
            add(dates.ordinalSuffixes, .ordinalSuffix, global: true)
            add(dates.publishedCues, .publishedCue, global: true)
            add(dates.periodWords, .periodWord)
            for (key, names) in (dates.months ?? [:]).sorted(by: { $0.key < $1.key }) {
                if key.hasPrefix("solar-"), let month = Int(key.dropFirst(6)), (1...12).contains(month) {
                    add(names, .solarMonth(month), global: true)
                } else if let month = Int(key), (1...12).contains(month) {
                    add(names, .month(month), global: true)
                }
            }
        }
        for (kind, phrases) in (file.boilerplate ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let kind = BoilerplateKind(rawValue: kind) else {
                throw Lexicon.LoadError(description: "languages/\(file.code).json: unknown boilerplate kind \"\(kind)\"")
            }
            add(phrases, .boilerplate(kind), global: true)
        }
    }

    /// Regional locales whose month names differ from the language's own.
    private static let regionalLocales: [String: [String]] = [
        "ar": ["ar", "ar_MA", "ar_DZ", "ar_TN", "ar_LB", "ar_EG", "ar_SA", "ar_IQ", "ar_SY", "ar_JO"],
        "fa": ["fa", "fa_AF"],
        "nl": ["nl", "nl_BE"],
        "de": ["de", "de_AT", "de_CH"],
        "fr": ["fr", "fr_BE", "fr_CA", "fr_MA"],
        "es": ["es", "es_MX", "es_AR"],
    ]

    /// Short month forms that are also common words.
    private static let ambiguousShortMonths: Set<String> = ["mar", "may", "ago", "set", "gen", "dic", "ott", "mei"]

    /// Gregorian month and weekday names of `code` from CLDR (all regional
    /// variants), and Solar Hijri month names for Persian. Global: a date line
    /// in one language is common in articles of another.
    static func addCalendarNames(_ code: String, to matcher: inout PhraseMatcher) {
        let gregorian = Calendar(identifier: .gregorian)
        for identifier in regionalLocales[code] ?? [code] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: identifier)
            formatter.calendar = gregorian
            for symbols in [formatter.monthSymbols, formatter.standaloneMonthSymbols] {
                for (index, name) in symbols.enumerated() {
                    matcher.add(name, .month(index + 1), language: -1)
                }
            }
            for (index, name) in formatter.shortMonthSymbols.enumerated() {
                let bare = name.trimmingCharacters(in: CharacterSet(charactersIn: "."))
                let norm = MatchNormalizer.normalize(bare)
                guard norm.unicodeScalars.count >= 3, !ambiguousShortMonths.contains(norm),
                      norm.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else { continue }
                matcher.add(bare, .month(index + 1), language: -1)
            }
            for symbols in [formatter.weekdaySymbols, formatter.standaloneWeekdaySymbols] {
                for (index, name) in symbols.enumerated() {
                    matcher.add(name, .weekday(Weekday(rawValue: index)!), language: -1)
                    // "سه‌شنبه" is often typed with a space instead of the joiner
                    if name.contains("\u{200C}") {
                        matcher.add(name.replacingOccurrences(of: "\u{200C}", with: " "), .weekday(Weekday(rawValue: index)!),
                                    language: -1)
                    }
                }
            }
        }
        if code == "fa" {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "fa")
            formatter.calendar = Calendar(identifier: .persian)
            for symbols in [formatter.monthSymbols, formatter.standaloneMonthSymbols] {
                for (index, name) in symbols.enumerated() {
                    matcher.add(name, .solarMonth(index + 1), language: -1)
                }
            }
        }
    }

    /// True when every letter of `text` is Latin.
    static func isLatin(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { Script.of($0) == nil || Script.of($0) == .latin }
    }
}
