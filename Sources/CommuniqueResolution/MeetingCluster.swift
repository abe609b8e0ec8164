import CommuniqueExtraction
import CommuniqueText

/// One real meeting across articles.
final class MeetingCluster {
    let index: Int
    var participants: [Int: Int] = [:]
    var hosts: [Int: Int] = [:]
    var dates: [PartialDate] = []
    var weekdays: [Weekday: Int] = [:]
    var places: [String: Int] = [:]
    var topics: Set<String> = []
    var evidence: Set<Evidence> = []
    var sources: Set<Int> = []
    /// Publication dates of the reports, to keep meetings months apart apart.
    var reported: [CalendarDate] = []

    init(index: Int) {
        self.index = index
    }

    /// The most precise date any report gives.
    var date: PartialDate? {
        dates.max { $0.precision != $1.precision ? $0.precision < $1.precision : $0 > $1 }
    }

    var weekday: Weekday? {
        if let day = date?.calendarDate { return day.weekday }
        return weekdays.max { $0.value != $1.value ? $0.value < $1.value : $0.key.rawValue > $1.key.rawValue }?.key
    }
}
