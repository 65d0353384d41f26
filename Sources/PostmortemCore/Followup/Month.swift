/// A calendar month in UTC, `2026-11`: the half-open interval from its first day at
/// 00:00:00Z to the first day of the next month at 00:00:00Z.
public struct Month: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int

    public init?(year: Int, month: Int) {
        guard (1...12).contains(month), (1...9999).contains(year) else { return nil }
        self.year = year; self.month = month
    }

    /// Parses `YYYY-MM`.
    public init?(iso text: String) {
        let b = Array(text.utf8)
        guard b.count == 7, b[4] == UInt8(ascii: "-"), let y = b.number(0, 4), let m = b.number(5, 2) else { return nil }
        self.init(year: y, month: m)
    }

    /// The month `day` falls in.
    public init(containing day: Day) {
        let c = day.components
        year = c.year; month = c.month
    }

    public var firstDay: Day { Day(year: year, month: month, day: 1)! }
    public var next: Month { month == 12 ? Month(year: year + 1, month: 1)! : Month(year: year, month: month + 1)! }
    public var lastDay: Day { next.firstDay.adding(days: -1) }
    public var start: Timestamp { firstDay.start }
    /// The first moment after the month.
    public var end: Timestamp { next.firstDay.start }

    public func contains(_ t: Timestamp) -> Bool { start <= t && t < end }
    public func contains(_ d: Day) -> Bool { firstDay <= d && d < next.firstDay }

    /// `2026-11`
    public var iso: String { String(firstDay.iso.prefix(7)) }
    public var description: String { iso }
    public static func < (a: Month, b: Month) -> Bool { (a.year, a.month) < (b.year, b.month) }
}
