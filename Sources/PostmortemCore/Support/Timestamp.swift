/// A moment in UTC, in whole seconds since the Unix epoch.
///
/// The core never reads a clock: every `Timestamp` arrives as an input.
/// Formatting is done by hand (no `DateFormatter`) because the journal reader
/// parses one per event and must stay fast on a million events.
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var secondsSinceEpoch: Int64

    public init(secondsSinceEpoch: Int64) { self.secondsSinceEpoch = secondsSinceEpoch }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.secondsSinceEpoch < b.secondsSinceEpoch }

    public func adding(seconds: Int64) -> Timestamp { Timestamp(secondsSinceEpoch: secondsSinceEpoch + seconds) }
    public func adding(days: Int) -> Timestamp { adding(seconds: Int64(days) * 86_400) }

    /// The calendar day this moment falls on, in UTC.
    public var day: Day { Day(daysSinceEpoch: Int(secondsSinceEpoch.floorDiv(86_400))) }
    public var secondOfDay: Int { Int(secondsSinceEpoch - Int64(day.daysSinceEpoch) * 86_400) }

    /// `2026-11-20T04:18:00Z`
    public var rfc3339: String {
        let s = secondOfDay
        return "\(day.iso)T\(pad2(s / 3600)):\(pad2(s / 60 % 60)):\(pad2(s % 60))Z"
    }
    public var description: String { rfc3339 }

    /// `2026-11-20 04:18` — how people read a moment at the prompt.
    public var shortUTC: String {
        let s = secondOfDay
        return "\(day.iso) \(pad2(s / 3600)):\(pad2(s / 60 % 60))"
    }

    /// Parses RFC 3339 (`2026-11-20T04:18:00Z`, fractional seconds and offsets accepted).
    public init?(rfc3339 text: String) {
        var bytes = Array(text.utf8)
        guard bytes.count >= 20, let day = Day(iso: String(decoding: bytes[0..<10], as: UTF8.self)),
              bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t") || bytes[10] == UInt8(ascii: " "),
              let h = bytes.number(11, 2), bytes[13] == UInt8(ascii: ":"), let m = bytes.number(14, 2),
              bytes[16] == UInt8(ascii: ":"), let s = bytes.number(17, 2), h < 24, m < 60, s < 61
        else { return nil }
        var rest = 19
        if rest < bytes.count, bytes[rest] == UInt8(ascii: ".") {
            rest += 1
            while rest < bytes.count, (48...57).contains(bytes[rest]) { rest += 1 }
        }
        var offset = 0
        if rest < bytes.count, bytes[rest] == UInt8(ascii: "Z") || bytes[rest] == UInt8(ascii: "z") {
            rest += 1
        } else if rest + 6 == bytes.count, bytes[rest] == UInt8(ascii: "+") || bytes[rest] == UInt8(ascii: "-"),
                  let oh = bytes.number(rest + 1, 2), bytes[rest + 3] == UInt8(ascii: ":"), let om = bytes.number(rest + 4, 2) {
            offset = (oh * 3600 + om * 60) * (bytes[rest] == UInt8(ascii: "+") ? 1 : -1)
            rest += 6
        } else { return nil }
        guard rest == bytes.count else { return nil }
        bytes.removeAll()
        self.init(secondsSinceEpoch: Int64(day.daysSinceEpoch) * 86_400 + Int64(h * 3600 + m * 60 + min(s, 59) - offset))
    }
}

/// A calendar day (proleptic Gregorian), e.g. a due date or an incident date.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var daysSinceEpoch: Int

    public init(daysSinceEpoch: Int) { self.daysSinceEpoch = daysSinceEpoch }

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        self.daysSinceEpoch = era * 146_097 + doe - 719_468
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso text: String) {
        let b = Array(text.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
              let y = b.number(0, 4), let m = b.number(5, 2), let d = b.number(8, 2)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var components: (year: Int, month: Int, day: Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// `2026-11-20`
    public var iso: String {
        let c = components
        let y = String(c.year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + pad2(c.month) + "-" + pad2(c.day)
    }
    public var description: String { iso }

    public var start: Timestamp { Timestamp(secondsSinceEpoch: Int64(daysSinceEpoch) * 86_400) }
    public func adding(days: Int) -> Day { Day(daysSinceEpoch: daysSinceEpoch + days) }
    public static func < (a: Day, b: Day) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

extension Array where Element == UInt8 {
    /// The decimal number in `count` ASCII digits at `start`, or nil.
    func number(_ start: Int, _ count: Int) -> Int? {
        guard start + count <= self.count else { return nil }
        var n = 0
        for i in start..<start + count {
            let c = self[i]
            guard c >= 48, c <= 57 else { return nil }
            n = n * 10 + Int(c - 48)
        }
        return n
    }
}

extension Int64 {
    func floorDiv(_ d: Int64) -> Int64 { self >= 0 ? self / d : -((-self + d - 1) / d) }
}
