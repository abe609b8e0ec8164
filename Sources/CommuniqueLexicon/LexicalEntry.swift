import CommuniqueText

/// What a matched phrase means.
package enum LexicalEntry: Hashable, Sendable {
    /// An office title; `plural` for plural and dual forms, which name no single person.
    case title(OfficeRole, portfolio: String?, plural: Bool)
    case honorific
    case counterpart
    case portfolio(String)
    /// The word for "ministry"; `plural` for plural and dual forms ("the two ministries").
    case ministryWord(plural: Bool)
    /// A ministry named by one word or phrase with its portfolio ("Innenministerium"); `countries`, when
    /// not empty, the only countries with a ministry of that name.
    case ministry(portfolio: String, countries: [String])
    case connector
    case meetingVerb(HostSide)
    case meetingNoun
    case with
    case future
    case nonParticipant
    /// The people of the meeting together ("the two ministers", "both sides").
    case together
    /// Words that introduce someone's companions ("accompanied by", "a delegation including", "برفقة").
    case companion
    /// Words that say who else was there ("was attended by", "in the presence of", "بحضور", "حضور داشتند").
    case attendance
    /// A meeting spoken of as already told ("in this meeting", "در این دیدار", "lors de cet entretien").
    case meetingReference
    case signing
    case declaration(kind: String)
    case institution(kind: String, topic: String?)
    /// A national agency or service named by its generic name ("Coast Guard",
    /// "الدفاع المدني"): the id of its entry in the lexicon's `services`.
    case service(String)
    case topic(String)
    case locative
    /// A relative day word: 0 today, -1 yesterday, 1 tomorrow.
    case relativeDay(Int)
    case month(Int)
    /// A month of the Solar Hijri calendar (Persian).
    case solarMonth(Int)
    case weekday(Weekday)
    case ordinalSuffix
    /// A word before a year that ends a period or names a target ("for 2025", "bis 2027").
    case periodWord
    case publishedCue
    case boilerplate(BoilerplateKind)
    /// A country name; `adjective` for adjectives and demonyms.
    case country(code: String, adjective: Bool)
    /// A name that looks like a country but is not one here.
    case notCountry
    case place(index: Int)
    case knownPerson(index: Int)
    case knownInstitution(index: Int)
    /// A word for a committee, commission or group.
    case jointBodyHead
    /// A word that makes a body joint, mixed or bilateral.
    case jointMarker
    /// A word before a service's name that shows it is the body ("teams of", "agents de").
    case serviceCue
    /// A word for a body's seat ("headquarters", "sede", "مقر").
    case seat
    /// A word that makes a named body international ("International", "European").
    case international
    /// A word that makes an agency a news agency ("press", "presse", "أنباء").
    case newsWord
    /// A generic word that opens a body's name before a service ("Direction générale de la", "المديرية العامة").
    case agencyWord
    /// "and", "et", "و": ends a phrase read backwards.
    case conjunction
    /// A generic word that heads an agency's proper name ("Agency", "Office", "agence", "Dienst").
    case agencyHead

    /// Groups of entries that may overlap; the annotator keeps the longest
    /// match of each group at a position.
    package var group: Int {
        switch self {
        case .title, .honorific, .counterpart, .ministryWord, .ministry: return 0
        case .portfolio: return 1
        case .connector, .with, .locative, .nonParticipant, .together, .companion, .attendance, .meetingReference: return 2
        case .meetingVerb, .meetingNoun, .future, .signing: return 3
        case .declaration, .institution, .service: return 4
        case .topic: return 5
        case .relativeDay, .month, .solarMonth, .weekday, .ordinalSuffix, .publishedCue, .periodWord: return 6
        case .boilerplate: return 7
        case .country, .notCountry, .place: return 8
        case .knownPerson, .knownInstitution: return 9
        case .jointBodyHead, .jointMarker: return 10
        case .serviceCue: return 11
        case .seat: return 12
        case .international: return 13
        case .newsWord: return 14
        case .agencyWord: return 15
        case .conjunction: return 16
        case .agencyHead: return 17
        }
    }
}

/// What kind of office a title names.
package enum OfficeRole: String, Sendable, Codable, Hashable {
    case minister
    case secretaryOfState
    case headOfGovernment
    case headOfState
    /// The bare word "president": of a state or of anything else.
    case president
    case official

    /// True for the roles the contract calls cq:Minister.
    package var isMinisterial: Bool {
        self == .minister || self == .secretaryOfState || self == .headOfGovernment
    }
}

/// Who received whom, relative to a meeting verb.
package enum HostSide: String, Sendable, Hashable {
    case before
    case after
    /// The verb's subject hosts, before the verb or right after it (Arabic "X يستقبل Y" and "استقبل X Y").
    case subject
    case none
}

/// Regions of a page that are not the story.
package enum BoilerplateKind: String, Sendable, Hashable, Codable {
    case readAlso
    case related
    case source
    case comments
    case navigation
}
