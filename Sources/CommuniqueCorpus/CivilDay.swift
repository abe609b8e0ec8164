/// A day as a count of days since 1970-01-01, with its Gregorian date and
/// weekday, computed without a calendar object so the corpus is the same on
/// every machine.
package struct CivilDay: Sendable {
    package let year: Int
    package let month: Int
    package let day: Int
    /// 0 = Monday ... 6 = Sunday.
    package let weekday: Int

    package init(_ days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shifted + 2) / 5 + 1
        month = shifted < 10 ? shifted + 3 : shifted - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        weekday = ((days + 3) % 7 + 7) % 7
    }

    /// `2024-05-14`.
    package var iso: String {
        "\(year)-\(CivilDay.two(month))-\(CivilDay.two(day))"
    }

    package static func two(_ number: Int) -> String {
        number < 10 ? "0\(number)" : "\(number)"
    }
}
