import CommuniqueLexicon
import CommuniqueText
import Foundation

/// Finds date expressions in annotated tokens, in every language the lexicon
/// knows: `22 April 2024`, `le 3 février`, `30 أكتوبر 2023`, `October 31st,
/// 2023`, `22 de abril de 2024`, `3. Februar`, `22/04/2024`, `2024-04-22`,
/// `أكتوبر 2024` (a month), Solar Hijri dates in Persian, weekdays, and
/// today/yesterday. A date without a year gets one only from `anchor`.
package enum DateFinder {
    /// Words allowed between a day and its month ("22 de abril", "22 of April").
    private static let dayMonthJoiners: Set<String> = ["de", "of", "di", "del", "van", "a", "el"]

    /// The dates of the tokens in `range` of a paragraph whose matches count positions from the paragraph's start;
    /// mention ranges are relative to `range`.
    package static func find(_ tokens: [Token], _ annotations: [[PhraseMatcher.Match]], in range: Range<Int>,
                             anchor: CalendarDate?) -> [DateMention] {
        let slice = Array(tokens[range])
        let rebased = annotations[range].map { matches in
            matches.map { $0.rebased(from: range.lowerBound, length: range.count) }
        }
        return find(slice, rebased, anchor: anchor)
    }

    /// The dates of `tokens`, whose matches count positions from the first token.
    package static func find(_ tokens: [Token], _ annotations: [[PhraseMatcher.Match]], anchor: CalendarDate?) -> [DateMention] {
        var mentions: [DateMention] = []
        var consumed = Set<Int>()
        var index = 0

        func month(at position: Int) -> (month: Int, solar: Bool, end: Int)? {
            guard position < tokens.count else { return nil }
            for match in annotations[position] {
                if case .month(let month) = match.entry { return (month, false, match.end) }
                if case .solarMonth(let month) = match.entry { return (month, true, match.end) }
            }
            return nil
        }
        func number(at position: Int) -> Int? {
            guard position < tokens.count, tokens[position].kind == .number else { return nil }
            return Int(tokens[position].norm)
        }
        func isOrdinal(at position: Int) -> Bool {
            guard position < tokens.count, !tokens[position].spaceBefore else { return false }
            if tokens[position].norm == "." { return true }
            return annotations[position].contains { if case .ordinalSuffix = $0.entry { return true } else { return false } }
        }
        func year(at position: Int) -> (value: Int, end: Int)? {
            var at = position
            while at < tokens.count, tokens[at].norm == "," || dayMonthJoiners.contains(tokens[at].norm) { at += 1 }
            if let value = number(at: at), tokens[at].norm.count == 4, (1900...2100).contains(value) || (1300...1500).contains(value) {
                return (value, at + 1)
            }
            return nil
        }
        func weekday(at position: Int) -> Weekday? {
            guard position >= 0, position < tokens.count else { return nil }
            for match in annotations[position] {
                if case .weekday(let day) = match.entry { return day }
            }
            return nil
        }

        while index < tokens.count {
            // numeric forms: 2024-04-22, 22/04/2024, 22.04.2024
            if tokens[index].kind == .number, let date = numericDate(tokens[index].norm) {
                mentions.append(DateMention(range: index..<(index + 1), date: PartialDate(date)))
                consumed.insert(index)
                index += 1
                continue
            }
            // DAY [ordinal] [joiner] MONTH [joiner] [YEAR]
            if let day = number(at: index), (1...31).contains(day), tokens[index].norm.count <= 2 {
                var at = index + 1
                if isOrdinal(at: at) { at += 1 }
                while at < tokens.count, tokens[at].norm == "," || dayMonthJoiners.contains(tokens[at].norm) { at += 1 }
                var found = month(at: at)
                if found == nil {
                    // machine-translated datelines put a place or quote between day and month
                    var gap = at
                    var steps = 0
                    while gap < tokens.count, steps < 4, month(at: gap) == nil, isGapToken(tokens[gap], annotations[gap]) {
                        gap += 1
                        steps += 1
                    }
                    if steps > 0, let late = month(at: gap), tokens[index + 1].isQuote || tokens[index + 1].norm == "(" {
                        found = late
                    }
                }
                if let found {
                    var end = found.end
                    var date: PartialDate?
                    var dayMonth: (Int, Int)?
                    if let year = year(at: found.end), found.solar == !(1900...2100).contains(year.value) {
                        end = year.end
                        date = found.solar ? solarToGregorian(year: year.value, month: found.month, day: day)
                            : PartialDate(year: year.value, month: found.month, day: day)
                    } else if !found.solar {
                        if let anchor, let resolved = resolveYear(day: day, month: found.month, anchor: anchor) {
                            date = PartialDate(resolved)
                        } else if CalendarDate(year: 2000, month: found.month, day: day) != nil {
                            dayMonth = (day, found.month)
                        }
                    }
                    var mention = DateMention(range: index..<end, date: date)
                    mention.dayMonth = dayMonth
                    mention.weekday = weekday(at: index - 1) ?? weekday(at: index - 2)
                    mentions.append(mention)
                    for position in index..<end { consumed.insert(position) }
                    index = end
                    continue
                }
            }
            // MONTH DAY[ordinal] [,] YEAR  |  MONTH YEAR
            if let found = month(at: index), !found.solar {
                if let day = number(at: found.end), (1...31).contains(day), tokens[found.end].norm.count <= 2 {
                    var at = found.end + 1
                    if isOrdinal(at: at) { at += 1 }
                    var end = at
                    var date: PartialDate?
                    var dayMonth: (Int, Int)?
                    if let year = year(at: at) {
                        end = year.end
                        date = PartialDate(year: year.value, month: found.month, day: day)
                    } else if let anchor, let resolved = resolveYear(day: day, month: found.month, anchor: anchor) {
                        date = PartialDate(resolved)
                    } else {
                        dayMonth = (day, found.month)
                    }
                    var mention = DateMention(range: index..<end, date: date)
                    mention.dayMonth = dayMonth
                    mention.weekday = weekday(at: index - 1) ?? weekday(at: index - 2)
                    mentions.append(mention)
                    for position in index..<end { consumed.insert(position) }
                    index = end
                    continue
                }
                if let year = year(at: found.end), (1900...2100).contains(year.value) {
                    mentions.append(DateMention(range: index..<year.end, date: PartialDate(year: year.value, month: found.month)))
                    for position in index..<year.end { consumed.insert(position) }
                    index = year.end
                    continue
                }
            }
            index += 1
        }
        // weekdays and relative days not already part of a date
        for position in tokens.indices where !consumed.contains(position) {
            for match in annotations[position] {
                switch match.entry {
                case .weekday(let day):
                    mentions.append(DateMention(range: position..<match.end, weekday: day))
                case .relativeDay(let offset):
                    mentions.append(DateMention(range: position..<match.end, relativeDay: offset))
                default:
                    continue
                }
            }
        }
        return mentions.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Tokens that may stand between a day and its month in a damaged dateline.
    private static func isGapToken(_ token: Token, _ matches: [PhraseMatcher.Match]) -> Bool {
        if token.isSentenceEnd || token.kind == .number { return false }
        if token.kind == .punctuation { return true }
        if token.hyphenBefore { return true }
        if token.isCapitalized { return true }
        return matches.contains { if case .place = $0.entry { return true } else { return false } }
    }

    /// `2024-04-22`, `22/04/2024`, `22.04.2024`, `22-04-2024`.
    static func numericDate(_ text: String) -> CalendarDate? {
        let separators: Set<Character> = ["-", "/", "."]
        let parts = text.split(whereSeparator: { separators.contains($0) })
        guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        if parts[0].count == 4 { return CalendarDate(year: a, month: b, day: c) }
        if parts[2].count == 4 && parts[0].count <= 2 && parts[1].count <= 2 { return CalendarDate(year: c, month: b, day: a) }
        return nil
    }

    /// The year that puts `day month` closest to `anchor`, a reported event
    /// lying at most 300 days before or 60 days after it.
    static func resolveYear(day: Int, month: Int, anchor: CalendarDate) -> CalendarDate? {
        var best: CalendarDate?
        for year in [anchor.year - 1, anchor.year, anchor.year + 1] {
            guard let candidate = CalendarDate(year: year, month: month, day: day) else { continue }
            let distance = candidate.dayNumber - anchor.dayNumber
            guard distance >= -300 && distance <= 60 else { continue }
            if best == nil || abs(distance) < abs(best!.dayNumber - anchor.dayNumber) { best = candidate }
        }
        return best
    }

    static func solarToGregorian(year: Int, month: Int, day: Int) -> PartialDate? {
        var components = DateComponents()
        components.year = year
        components.month = month
        components.day = day
        var persian = Calendar(identifier: .persian)
        persian.timeZone = TimeZone(identifier: "UTC")!
        guard let date = persian.date(from: components) else { return nil }
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(identifier: "UTC")!
        let result = gregorian.dateComponents([.year, .month, .day], from: date)
        guard let y = result.year, let m = result.month, let d = result.day else { return nil }
        return PartialDate(year: y, month: m, day: d)
    }
}
