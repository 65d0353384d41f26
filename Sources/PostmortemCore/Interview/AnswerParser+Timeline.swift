/// Timeline answers: one event per line, `[YYYY-MM-DD ]HH:MM[:SS] what happened [source: X] #milestone`.
extension AnswerParser {
    var timelineExample: String { "04:18 Failed TXs alarm fired [source: PagerDuty] #detected" }

    /// How much earlier than the entry before a time without a date must be to fall on the next day.
    /// 12 hours: `23:58` then `00:03` is the next day, while `04:30` then `04:20` (typed out of order)
    /// stays on the same day, where the coach can point it out.
    static let timelineRolloverSeconds = 12 * 3600

    /// The day of an entry typed without a date: the incident day for the first entry; after that
    /// the previous entry's day, or the day after it when the time is more than 12 hours earlier
    /// than the previous entry's time of day (the timeline crossed midnight).
    func undatedDay(secondOfDay: Int, after previous: Timestamp?) -> Day? {
        guard let previous else { return context.incidentDay }
        let rolledOver = previous.secondOfDay - secondOfDay > Self.timelineRolloverSeconds
        return rolledOver ? previous.day.adding(days: 1) : previous.day
    }

    func timeline(_ lines: [String]) throws -> [TimelineEntry] {
        var entries: [TimelineEntry] = []
        for (index, raw) in lines.enumerated() {
            let line = AnswerText.stripBullet(TemplateText.trim(raw))
            guard !line.isEmpty else { continue }
            entries.append(try timelineEntry(line, at: "line \(index + 1): ", after: entries.last?.at))
        }
        guard !entries.isEmpty else {
            throw AnswerError("The timeline is empty: type one event per line, e.g. \(timelineExample), then an empty line \(Self.skipHint)")
        }
        return entries
    }

    /// One entry; `previous` is the moment of the entry before it, which dates a time typed without a date.
    func timelineEntry(_ line: String, at: String, after previous: Timestamp?) throws -> TimelineEntry {
        var rest = Substring(line)
        // The moment: [YYYY-MM-DD( |T)]H:MM[:SS][Z] [UTC]
        var day: Day?
        var dateText: String?
        if rest.count >= 10, looksLikeISODate(String(rest.prefix(10))) {
            let text = String(rest.prefix(10))
            guard let d = Day(iso: text) else {
                throw AnswerError(at + "there is no \(text) in the calendar; use YYYY-MM-DD HH:MM, e.g. \(context.today.iso) 04:18 Failed TXs alarm fired")
            }
            day = d; dateText = text
            rest = rest.dropFirst(10)
            if rest.first == "T" || rest.first == "t" { rest = rest.dropFirst() } else { rest = rest.drop { $0 == " " || $0 == "\t" } }
        }
        let timeText = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ":") }
        var time = String(timeText)
        if time.hasSuffix(":") { time.removeLast() }  // `04:18: text`
        guard let seconds = Self.timeOfDay(time) else {
            if let dateText, time.isEmpty {
                throw AnswerError(at + "after the date give the time, e.g. \(dateText) 04:18 Failed TXs alarm fired")
            }
            if Self.looksLikeTime(time) {
                throw AnswerError(at + "\(time) is not a time of day; use HH:MM from 00:00 to 23:59, e.g. \(timelineExample)")
            }
            throw AnswerError(at + "start with the time, HH:MM in UTC, e.g. \(timelineExample)")
        }
        rest = rest.dropFirst(timeText.count)
        if rest.first == "Z" || rest.first == "z", rest.dropFirst().first.map({ $0 == " " || $0 == "\t" }) ?? true { rest = rest.dropFirst() }
        rest = rest.drop { $0 == " " || $0 == "\t" }
        rest = try droppingZone(rest, time: time, seconds: seconds, at: at)
        // An optional separator: ` - `, ` — `, `: `, ` | `.
        if let first = rest.first, "-—–|:".contains(first) {
            let after = rest.dropFirst()
            if after.isEmpty || after.first == " " || after.first == "\t" { rest = after.drop { $0 == " " || $0 == "\t" } }
        }
        guard let entryDay = day ?? undatedDay(secondOfDay: seconds, after: previous) else {
            let what = TemplateText.trim(rest)
            throw AnswerError(at + "\(time) has no date and the incident date is not answered yet: answer incident_date first, or give the date, e.g. \(context.today.iso) \(time) \(what.isEmpty ? "Failed TXs alarm fired" : what)")
        }
        let (text, source, milestone) = try timelineTail(TemplateText.trim(rest), at: at)
        return TimelineEntry(at: entryDay.start.adding(seconds: Int64(seconds)), text: text, source: source, milestone: milestone)
    }

    /// After the time: a trailing UTC is dropped; another zone is refused with the conversion.
    private func droppingZone(_ rest: Substring, time: String, seconds: Int, at: String) throws -> Substring {
        let zoneWord = String(rest.prefix { $0.isLetter })
        let afterZone = rest.dropFirst(zoneWord.count)
        guard !zoneWord.isEmpty, afterZone.isEmpty || afterZone.first == " " || afterZone.first == "\t" else { return rest }
        if ["UTC", "GMT", "Z"].contains(zoneWord.uppercased()) {
            return afterZone.drop { $0 == " " || $0 == "\t" }
        }
        if let offset = AnswerText.zoneOffsets[zoneWord.uppercased()], zoneWord == zoneWord.uppercased() {
            let utc = ((seconds - offset * 60) % 86_400 + 86_400) % 86_400
            let what = TemplateText.trim(afterZone.drop { " \t-—–|:".contains($0) })
            throw AnswerError(at + "times are UTC; convert \(time) \(zoneWord) to UTC and leave the zone out, e.g. \(Self.clock(utc))\(what.isEmpty ? "" : " " + what)")
        }
        return rest
    }

    /// The text, with a trailing `[source: X]` / `(source: X)` / `source: X` and `#milestone` in any order
    /// (a milestone typed right after the time is taken too).
    private func timelineTail(_ typed: String, at: String) throws -> (String, String?, Milestone?) {
        var text = typed
        var source: String?
        var milestones: [Milestone] = []
        if text.first == "#" {
            let word = text.dropFirst().prefix { $0.isLetter }
            let after = text.dropFirst(1 + word.count)
            if let milestone = Milestone(rawValue: word.lowercased()), after.isEmpty || after.first == " " || after.first == "\t" {
                milestones.append(milestone)
                text = TemplateText.trim(after)
            }
        }
        while true {
            if let (body, tag) = AnswerText.trailingTag(text) {
                guard let milestone = Milestone(rawValue: tag.lowercased()) else {
                    throw AnswerError(at + "#\(tag) is not a milestone; use one of \(Milestone.allCases.map { "#" + $0.rawValue }.joined(separator: ", ")), e.g. \(timelineExample)")
                }
                milestones.append(milestone)
                text = body
                continue
            }
            if source == nil, let (body, value) = AnswerText.trailingSource(text) {
                guard !value.isEmpty else { throw AnswerError(at + "the source is empty; write it after source:, e.g. \(timelineExample)") }
                source = value
                text = body
                continue
            }
            break
        }
        guard milestones.count <= 1 else {
            let tags = milestones.reversed().map { "#" + $0.rawValue }.joined(separator: " and ")
            throw AnswerError(at + "one milestone per event; keep one of \(tags) and give the other its own line at the same time")
        }
        guard !text.isEmpty else {
            throw AnswerError(at + "say what happened after the time, e.g. \(timelineExample)")
        }
        return (text, source, milestones.first)
    }
}
