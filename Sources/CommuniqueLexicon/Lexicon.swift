import CommuniqueText
import Foundation

/// Everything the tool knows about languages, countries, places and known
/// actors, loaded from the bundled data files and any folders the user adds,
/// compiled into one phrase matcher. Immutable once loaded; shared by all
/// threads.
package final class Lexicon: Sendable {
    package struct LoadError: Error, CustomStringConvertible {
        package let description: String
    }

    /// Per-language sets the matcher does not hold.
    package struct LanguageProfile: Sendable {
        package let code: String
        package let stopwords: Set<String>
        /// Words that identify the language beyond its stopwords (see `languageWords` in the files).
        package let languageWords: Set<String>
        package let nameParticles: Set<String>
        package let isLatinScript: Bool
        /// Endings a proper name can take ("s" of the German genitive).
        package let nameSuffixes: [String]
        /// Every noun is capitalized (German): a capital says nothing of a proper name.
        package let capitalizesNouns: Bool
        /// Topics said by two words near each other.
        package let topicPairs: [TopicPair]
        /// Words that are never part of a name (see `LanguageFile.NonNames`).
        package let nonNames: NonNameTest
    }

    package let languageCodes: [String]
    package let profiles: [LanguageProfile]
    package let matcher: PhraseMatcher
    package let countries: CountryCatalog
    package let places: [KnownPlace]
    package let persons: [KnownPerson]
    package let institutions: [KnownInstitution]
    /// National agencies and services named by a generic name, by id.
    package let services: [String: ServiceKind]
    /// "service id/ISO code" → the known institution that is that country's instance of the service.
    package let institutionByService: [String: Int]
    /// Surname skeleton → indexes of known persons.
    package let personsBySkeleton: [String: [Int]]
    /// Each surname skeleton of four letters or more with one letter left out ("~" and the rest), and the
    /// skeleton itself after "~" → indexes of known persons: two skeletons one letter apart share a key.
    package let personsByNearSkeleton: [String: [Int]]
    /// Knowledge-base id → index of the known person.
    private let personIndexByID: [String: Int]

    /// The known person with knowledge-base id `id`.
    package func person(id: String) -> KnownPerson? {
        personIndexByID[id].map { persons[$0] }
    }
    /// Every stopword of every language: not a name in any text.
    package let allStopwords: Set<String>
    /// The stopwords of the Arabic-script languages (ar, fa) together, for name scanning.
    package let arabicScriptStopwords: Set<String>
    /// What is no name in the Arabic-script languages, together (a Persian text quotes Arabic and back).
    package let arabicScriptNonNames: [NonNameTest]
    /// Topic name (the local name in `cqt:`) → labels by language and definition.
    package let topics: [String: (labels: [String: String], definition: String?)]
    /// Ordinals of regnal names in every language: never a name alone.
    package let regnalNumbers: Set<String>
    /// "Son of" particles of every language (bin, ben, ould, بن, ولد).
    package let patronymics: Set<String>
    /// Every name particle of every language ("de", "van", "al", "ould", "bin").
    package let allNameParticles: Set<String>
    /// Portfolio id → its English name (the first English pattern), for labels.
    package let portfolioNames: [String: String]

    /// The bundled data, loaded once.
    package static let bundled: Result<Lexicon, LoadError> = Result { try Lexicon(extraDirectories: []) }
        .mapError { $0 as? LoadError ?? LoadError(description: "\($0)") }

    /// The folder of the bundled data files.
    package static var bundledDirectory: URL? {
        Bundle.module.url(forResource: "Lexicon", withExtension: nil)
    }

    /// Loads the bundled files, then those of `extraDirectories` on top.
    package init(extraDirectories: [String]) throws {
        guard let bundled = Lexicon.bundledDirectory else {
            throw LoadError(description: "the bundled lexicon is missing from the build")
        }
        let directories = [bundled] + extraDirectories.map { URL(fileURLWithPath: $0, isDirectory: true) }
        var languageFiles: [String: LanguageFile] = [:]
        var countryFiles: [String: [String: CountryFileEntry]] = [:]
        var placeEntries: [PlaceFileEntry] = []
        var actors = ActorsFile(persons: [], institutions: [])
        var topics: [String: (labels: [String: String], definition: String?)] = [:]
        let decoder = JSONDecoder()
        let manager = FileManager.default

        func decode<T: Decodable>(_ type: T.Type, _ url: URL) throws -> T {
            do {
                return try decoder.decode(type, from: Data(contentsOf: url))
            } catch let error as DecodingError {
                throw LoadError(description: "\(url.path): \(Lexicon.describe(error))")
            } catch {
                throw LoadError(description: "\(url.path): \(error.localizedDescription)")
            }
        }
        func jsonFiles(_ folder: URL) -> [URL] {
            let names = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.filter { $0.hasSuffix(".json") }.sorted().map { folder.appendingPathComponent($0) }
        }

        for directory in directories {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw LoadError(description: "\(directory.path) is not a folder")
            }
            for url in jsonFiles(directory.appendingPathComponent("languages")) {
                let file = try decode(LanguageFile.self, url)
                if var existing = languageFiles[file.code] {
                    existing.merge(file)
                    languageFiles[file.code] = existing
                } else {
                    languageFiles[file.code] = file
                }
            }
            for url in jsonFiles(directory.appendingPathComponent("countries")) {
                let code = url.deletingPathExtension().lastPathComponent
                let entries = try decode([String: CountryFileEntry].self, url)
                countryFiles[code, default: [:]].merge(entries) { mine, theirs in
                    CountryFileEntry(names: (mine.names ?? []) + (theirs.names ?? []),
                                     adjectives: (mine.adjectives ?? []) + (theirs.adjectives ?? []))
                }
            }
            let placesURL = directory.appendingPathComponent("places.json")
            if manager.fileExists(atPath: placesURL.path) {
                placeEntries += try decode([PlaceFileEntry].self, placesURL)
            }
            let topicsURL = directory.appendingPathComponent("topics.json")
            if manager.fileExists(atPath: topicsURL.path) {
                for (name, entry) in try decode([String: TopicFileEntry].self, topicsURL) {
                    let existing = topics[name]
                    topics[name] = ((existing?.labels ?? [:]).merging(entry.labels) { $1 }, entry.definition ?? existing?.definition)
                }
            }
            let actorsURL = directory.appendingPathComponent("actors.json")
            if manager.fileExists(atPath: actorsURL.path) {
                let file = try decode(ActorsFile.self, actorsURL)
                actors.persons = (actors.persons ?? []) + (file.persons ?? [])
                actors.institutions = (actors.institutions ?? []) + (file.institutions ?? [])
            }
        }

        var portfolioNames: [String: String] = [:]
        for (portfolio, phrases) in languageFiles["en"]?.portfolios ?? [:] {
            if let first = phrases.first { portfolioNames[portfolio] = first }
        }
        self.portfolioNames = portfolioNames
        var services: [String: ServiceKind] = [:]
        for code in ["en"] + languageFiles.keys.sorted().filter({ $0 != "en" }) {
            for entry in languageFiles[code]?.services ?? [] {
                let existing = services[entry.id]
                let label = existing?.label ?? entry.patterns.first ?? entry.id
                var countries = existing?.countries ?? []
                for country in entry.countries ?? [] where !countries.contains(country) { countries.append(country) }
                services[entry.id] = ServiceKind(id: entry.id, label: label, countries: countries,
                                                 needsCountry: (existing?.needsCountry ?? false) || (entry.needsCountry ?? false))
            }
        }
        self.services = services
        self.topics = topics
        let codes = languageFiles.keys.sorted()
        languageCodes = codes
        countries = CountryCatalog(languages: codes)
        var matcher = PhraseMatcher()
        var profiles: [LanguageProfile] = []
        var allStopwords = Set<String>()

        for (index, code) in codes.enumerated() {
            let file = languageFiles[code]!
            let language = Int16(index)
            let stopwords = Set((file.stopwords ?? []).map { MatchNormalizer.normalize($0) })
            allStopwords.formUnion(stopwords)
            profiles.append(LanguageProfile(
                code: code, stopwords: stopwords,
                languageWords: Set((file.languageWords ?? []).map { MatchNormalizer.normalize($0) }),
                nameParticles: Set((file.nameParticles ?? []).map { MatchNormalizer.normalize($0) }),
                isLatinScript: (file.script ?? "Latn") == "Latn",
                nameSuffixes: (file.nameSuffixes ?? []).map { MatchNormalizer.normalize($0) },
                capitalizesNouns: file.capitalizesNouns ?? false,
                topicPairs: (file.topicPairs ?? [:]).sorted { $0.key < $1.key }.flatMap { topic, pairs in
                    pairs.map { TopicPair(topic: topic, distance: $0.near ?? 4, first: $0.first.map(WordPattern.init),
                                          second: $0.second.map(WordPattern.init)) }
                },
                nonNames: try NonNameTest(file.nonNames, language: code)))
            try LexiconCompiler.addLanguage(file, language: language, to: &matcher)
            LexiconCompiler.addCalendarNames(code, to: &matcher)
            for (countryCode, entry) in (countryFiles[code] ?? [:]).sorted(by: { $0.key < $1.key }) {
                guard countries.isKnown(countryCode) else {
                    throw LoadError(description: "countries/\(code).json: unknown country code \(countryCode)")
                }
                for name in entry.names ?? [] {
                    matcher.add(name, .country(code: countryCode, adjective: false), language: -1)
                }
                for adjective in entry.adjectives ?? [] {
                    matcher.add(adjective, .country(code: countryCode, adjective: true), language: language)
                }
            }
            for word in file.notCountries ?? [] {
                matcher.add(word, .notCountry, language: language)
            }
        }
        for (code, byLanguage) in countries.names.sorted(by: { $0.key < $1.key }) {
            for name in Set(byLanguage.values).sorted() {
                matcher.add(name, .country(code: code, adjective: false), language: -1)
            }
        }

        var places: [KnownPlace] = []
        var placeIndexes: [String: Int] = [:]
        let uniquePlaces = placeEntries.filter { entry in
            guard placeIndexes[entry.id] == nil else { return false }
            placeIndexes[entry.id] = placeIndexes.count
            return true
        }
        for (index, entry) in uniquePlaces.enumerated() {
            let label = entry.names.first(where: { LexiconCompiler.isLatin($0) }) ?? entry.names.first ?? entry.id
            var city: Int?
            if let cityID = entry.city {
                guard let found = placeIndexes[cityID], uniquePlaces[found].city == nil else {
                    throw LoadError(description: "places.json: \(entry.id): \"city\" \(cityID) is not a city of the gazetteer")
                }
                city = found
            }
            places.append(KnownPlace(id: entry.id, country: entry.country, label: label, names: entry.names,
                                     isVenue: entry.kind == "venue", city: city))
            for name in entry.names {
                matcher.add(name, .place(index: index), language: -1)
            }
        }
        self.places = places

        var persons: [KnownPerson] = []
        var bySkeleton: [String: [Int]] = [:]
        var byNearSkeleton: [String: [Int]] = [:]
        var personIDs = Set<String>()
        for entry in actors.persons ?? [] where personIDs.insert(entry.id).inserted {
            let index = persons.count
            let offices = (entry.offices ?? []).map { office in
                KnownPerson.Office(role: OfficeRole(rawValue: office.role ?? "minister") ?? .minister,
                                   portfolio: office.portfolio, country: office.country ?? entry.country,
                                   from: office.from.flatMap(Lexicon.partialDate), to: office.to.flatMap(Lexicon.partialDate))
            }
            var skeletons = Set<String>()
            for name in [entry.label] + entry.names {
                let tokens = Tokenizer.tokenize(name).filter(\.isWord)
                if let last = tokens.last {
                    let skeleton = NameSkeleton.latin(last.norm)
                    if skeleton.unicodeScalars.count >= 2 { skeletons.insert(skeleton) }
                }
            }
            for skeleton in skeletons {
                bySkeleton[skeleton, default: []].append(index)
                for near in NameSkeleton.nearKeys(skeleton) where !(byNearSkeleton[near]?.contains(index) ?? false) {
                    byNearSkeleton[near, default: []].append(index)
                }
            }
            persons.append(KnownPerson(id: entry.id, label: entry.label, kind: KnownPerson.Kind(rawValue: entry.kind) ?? .other,
                                       country: entry.country, names: entry.names, offices: offices,
                                       surnameSkeletons: skeletons))
            for name in Set([entry.label] + entry.names).sorted() {
                for variant in Lexicon.compoundNameVariants(name) {
                    matcher.add(variant, .knownPerson(index: index), language: -1)
                }
            }
        }
        self.persons = persons
        personIndexByID = Dictionary(persons.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        personsBySkeleton = bySkeleton
        personsByNearSkeleton = byNearSkeleton

        var institutions: [KnownInstitution] = []
        var institutionIDs = Set<String>()
        var institutionByService: [String: Int] = [:]
        for entry in actors.institutions ?? [] where institutionIDs.insert(entry.id).inserted {
            let index = institutions.count
            institutions.append(KnownInstitution(id: entry.id, label: entry.label, kind: entry.kind,
                                                 countries: entry.countries ?? [], names: entry.names, service: entry.service))
            if let service = entry.service {
                for country in entry.countries ?? [] where institutionByService["\(service)/\(country)"] == nil {
                    institutionByService["\(service)/\(country)"] = index
                }
            }
            for name in Set([entry.label] + entry.names).sorted() {
                matcher.add(name, .knownInstitution(index: index), language: -1)
            }
        }
        self.institutions = institutions
        self.institutionByService = institutionByService
        self.profiles = profiles
        self.allStopwords = allStopwords
        var arabicScriptStopwords = Set<String>()
        for profile in profiles where !profile.isLatinScript {
            arabicScriptStopwords.formUnion(profile.stopwords)
        }
        self.arabicScriptStopwords = arabicScriptStopwords
        arabicScriptNonNames = profiles.filter { !$0.isLatinScript }.map(\.nonNames)
        regnalNumbers = Set(codes.flatMap { languageFiles[$0]?.regnalNumbers ?? [] }.map { MatchNormalizer.normalize($0) })
        patronymics = Set(codes.flatMap { languageFiles[$0]?.patronymics ?? [] }.map { MatchNormalizer.normalize($0) })
        allNameParticles = Set(profiles.flatMap(\.nameParticles)).union(["al", "el", "ben", "bin", "ibn", "ould", "abu", "de", "van", "von", "di", "da", "del", "der", "den", "le", "la"])
        self.matcher = matcher
    }

    /// A name and its other spellings of Arabic-script compounds: "عبد الأمير" is also written
    /// "عبدالأمير", "أبو بكر" "أبوبكر", and the other way round.
    static func compoundNameVariants(_ name: String) -> [String] {
        var variants = [name]
        let heads = ["عبد", "أبو", "ابو"]
        let words = name.split(separator: " ").map(String.init)
        guard words.contains(where: { word in heads.contains { word.hasPrefix($0) } }) else { return variants }
        // joined: "عبد الأمير" → "عبدالأمير"
        var joined: [String] = []
        var index = 0
        while index < words.count {
            if heads.contains(words[index]), index + 1 < words.count {
                joined.append(words[index] + words[index + 1])
                index += 2
            } else {
                joined.append(words[index])
                index += 1
            }
        }
        // split: "عبدالأمير" → "عبد الأمير"
        let split = words.map { word -> String in
            for head in heads where word.hasPrefix(head) && word.count > head.count + 2 {
                return head + " " + word.dropFirst(head.count)
            }
            return word
        }
        for candidate in [joined.joined(separator: " "), split.joined(separator: " ")] where !variants.contains(candidate) {
            variants.append(candidate)
        }
        return variants
    }

    /// The index of language `code`, or -1 when the lexicon has no such language.
    package func languageIndex(_ code: String) -> Int16 {
        guard let index = languageCodes.firstIndex(of: code) else { return -1 }
        return Int16(index)
    }

    package func profile(_ language: Int16) -> LanguageProfile? {
        language >= 0 && Int(language) < profiles.count ? profiles[Int(language)] : nil
    }

    static func partialDate(_ text: String) -> PartialDate? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        switch parts.count {
        case 1: return PartialDate(year: parts[0])
        case 2: return PartialDate(year: parts[0], month: parts[1])
        case 3: return PartialDate(year: parts[0], month: parts[1], day: parts[2])
        default: return nil
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context): return "not valid JSON (\(context.debugDescription))"
        case .keyNotFound(let key, let context):
            return "missing \"\(key.stringValue)\" at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "unexpected value at \(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
