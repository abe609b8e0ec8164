import CommuniqueText

/// A date expression found in a sentence.
package struct DateMention: Sendable, Hashable {
    /// Token indexes the expression covers.
    package var range: Range<Int>
    /// The date as precise as the text gives it, with the year resolved.
    package var date: PartialDate?
    /// A day and month whose year the text does not give and no anchor settled.
    package var dayMonth: (day: Int, month: Int)? {
        get { dayMonthStorage.map { ($0 / 100, $0 % 100) } }
        set { dayMonthStorage = newValue.map { $0.day * 100 + $0.month } }
    }
    private var dayMonthStorage: Int?
    package var weekday: Weekday?
    /// 0 today, -1 yesterday, 1 tomorrow.
    package var relativeDay: Int?

    package init(range: Range<Int>, date: PartialDate? = nil, weekday: Weekday? = nil, relativeDay: Int? = nil) {
        self.range = range
        self.date = date
        self.weekday = weekday
        self.relativeDay = relativeDay
    }

    package static func == (lhs: DateMention, rhs: DateMention) -> Bool {
        lhs.range == rhs.range && lhs.date == rhs.date && lhs.dayMonthStorage == rhs.dayMonthStorage
            && lhs.weekday == rhs.weekday && lhs.relativeDay == rhs.relativeDay
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(range)
        hasher.combine(date)
        hasher.combine(dayMonthStorage)
        hasher.combine(weekday)
        hasher.combine(relativeDay)
    }
}
