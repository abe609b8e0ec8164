import CommuniqueText

/// A person of the knowledge base.
package struct KnownPerson: Sendable {
    package enum Kind: String, Sendable {
        case minister
        case head
        case other
    }

    package struct Office: Sendable {
        package let role: OfficeRole
        package let portfolio: String?
        package let country: String?
        package let from: PartialDate?
        package let to: PartialDate?

        /// True when the office was held on `date` (open ends count as held).
        package func isHeld(on date: CalendarDate) -> Bool {
            if let from, PartialDate(date) < from, !from.isCompatible(with: PartialDate(date)) { return false }
            if let to, to < PartialDate(date), !to.isCompatible(with: PartialDate(date)) { return false }
            return true
        }
    }

    package let id: String
    package let label: String
    package let kind: Kind
    package let country: String?
    package let names: [String]
    package let offices: [Office]
    /// Skeletons of the surname of each name form (see `NameSkeleton`).
    package let surnameSkeletons: Set<String>
}

/// An institution of the knowledge base.
package struct KnownInstitution: Sendable {
    package let id: String
    package let label: String
    package let kind: String
    package let countries: [String]
    package let names: [String]
    /// The `services` id it is the national instance of.
    package let service: String?
}

/// A national agency or service named by a generic name (`services` of the language files).
package struct ServiceKind: Sendable {
    package let id: String
    /// English label: the first English pattern.
    package let label: String
    /// The only countries with a body of this name; empty: any.
    package let countries: [String]
    /// Names a body only with its country next to it.
    package let needsCountry: Bool
}

/// A city or venue of the gazetteer.
package struct KnownPlace: Sendable {
    package let id: String
    package let country: String?
    package let label: String
    package let names: [String]
    /// A building or address that stands for an office ("Viminale", "place Beauvau"), not a city.
    package let isVenue: Bool
    /// For a venue: the index of its city in `Lexicon.places`.
    package let city: Int?
}
