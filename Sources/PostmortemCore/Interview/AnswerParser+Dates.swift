/// Dates, moments and times of day.
extension AnswerParser {
    var dateHint: String { "Use YYYY-MM-DD, e.g. \(context.today.iso) (today and yesterday work too)" }

    /// `YYYY-MM-DD`, `today` or `yesterday`.
    func date(_ text: String) throws -> Day {
        try date(text, hint: dateHint)
    }

    /// A date, refused with `hint` (the datetime prompt refuses a bad date with its own hint).
    private func date(_ text: String, hint: String) throws -> Day {
        switch text.lowercased() {
        case "today": return context.today
        case "yesterday": return context.today.adding(days: -1)
        default: break
        }
        if let day = Day(iso: text) { return day }
        if looksLikeISODate(text) { throw AnswerError(Self.joined("There is no \(text) in the calendar", hint)) }
        throw AnswerError(hint)
    }

    var datetimeHint: String { "Use YYYY-MM-DD HH:MM in UTC, e.g. \(context.today.iso) 14:30 (or RFC 3339, e.g. \(context.today.iso)T14:30:00Z)" }

    /// `YYYY-MM-DD HH:MM[:SS]` (optional ` UTC`), `today HH:MM`, `YYYY-MM-DDTHH:MM`, or RFC 3339.
    func datetime(_ text: String) throws -> Timestamp {
        if let stamp = Timestamp(rfc3339: text) { return stamp }
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if words.count == 3, ["utc", "z", "gmt"].contains(words[2].lowercased()) { words.removeLast() }
        if words.count == 1, let t = words[0].firstIndex(where: { $0 == "T" || $0 == "t" }) {
            words = [String(words[0][..<t]), String(words[0][words[0].index(after: t)...])]
        }
        guard words.count == 2 else { throw AnswerError(datetimeHint) }
        var timeText = words[1]
        if timeText.hasSuffix("Z") || timeText.hasSuffix("z") { timeText.removeLast() }
        let day = try date(words[0], hint: datetimeHint)
        guard let seconds = Self.timeOfDay(timeText) else {
            if Self.looksLikeTime(timeText) { throw AnswerError(Self.joined("\(timeText) is not a time of day", datetimeHint)) }
            throw AnswerError(datetimeHint)
        }
        return day.start.adding(seconds: Int64(seconds))
    }

    /// Seconds into the day of `H:MM`, `HH:MM` or `HH:MM:SS`, or nil.
    static func timeOfDay(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), (1...2).contains(parts[0].count), parts.dropFirst().allSatisfy({ $0.count == 2 }),
              let h = Int(parts[0]), let m = Int(parts[1]), h < 24, m < 60 else { return nil }
        let s = parts.count == 3 ? Int(parts[2]) ?? 99 : 0
        guard s < 60 else { return nil }
        return h * 3600 + m * 60 + s
    }

    static func looksLikeTime(_ text: String) -> Bool { text.contains(":") && text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ":") } }

    /// `HH:MM`, or `HH:MM:SS` when the seconds are not zero.
    static func clock(_ secondOfDay: Int) -> String {
        let base = "\(pad2(secondOfDay / 3600)):\(pad2(secondOfDay / 60 % 60))"
        return secondOfDay % 60 == 0 ? base : base + ":\(pad2(secondOfDay % 60))"
    }

    func looksLikeISODate(_ text: String) -> Bool {
        let b = Array(text.utf8)
        return b.count == 10 && b[4] == UInt8(ascii: "-") && b[7] == UInt8(ascii: "-")
            && [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { (48...57).contains(b[$0]) }
    }
}
