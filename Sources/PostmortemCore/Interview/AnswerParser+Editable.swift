extension AnswerParser {
    /// The lines a user would type to give `value` again (what `/edit` shows as the current answer).
    /// For every value `parse` produces, `parse(editableLines(v), as: field)` gives back `v`.
    public func editableLines(_ value: FieldValue, as field: Field) -> [String] {
        switch value {
        case .text(let text):
            return field.kind == .text ? [text] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        case .list(let items):
            return items.map(Self.bulletSafe)
        case .date(let day):
            return [day.iso]
        case .datetime(let stamp):
            return ["\(stamp.day.iso) \(Self.clock(stamp.secondOfDay))"]
        case .duration(let seconds):
            return [Self.durationText(seconds)]
        case .number(let number):
            return [Self.numberText(number)]
        case .choice(let id):
            return [id]
        case .people(let names):
            return [names.joined(separator: ", ")]
        case .checklist(let ids):
            return [ids.isEmpty ? "none" : ids.joined(separator: ", ")]
        case .timeline(let entries):
            return entries.indices.map { timelineLine(entries[$0], after: $0 > 0 ? entries[$0 - 1].at : nil) }
        case .actions(let items):
            return items.map { item in
                [item.what, item.owner ?? "", item.priority?.rawValue ?? "", item.due?.iso ?? ""]
                    .joined(separator: " | ")
                    .prefixedIfBullet(item.what)
            }
        case .whys(let chain):
            var lines: [String] = []
            if let problem = chain.problem { lines.append("Problem: \(problem)") }
            for (index, because) in chain.becauses.enumerated() {
                let firstLine = index == 0 && chain.problem == nil
                let plain = AnswerText.stripWhyPrefixes(because) == because && !because.hasSuffix("?")
                    && !(firstLine && AnswerText.dropPrefix(because, "problem") != nil)
                lines.append(plain ? because : "Because: \(because)")
            }
            return lines
        }
    }

    /// One timeline entry as typed: `HH:MM text [source: X] #milestone`, with the date when parsing
    /// would not infer it from the entry before (`previous`) or the incident day.
    func timelineLine(_ entry: TimelineEntry, after previous: Timestamp?) -> String {
        let clock = Self.clock(entry.at.secondOfDay)
        let inferred = undatedDay(secondOfDay: entry.at.secondOfDay, after: previous)
        let time = entry.at.day == inferred ? clock : "\(entry.at.day.iso) \(clock)"
        var tail = ""
        if let source = entry.source { tail += " [source: \(source)]" }
        if let milestone = entry.milestone { tail += " #\(milestone.rawValue)" }
        let plain = "\(time) \(entry.text)\(tail)"
        // A text that starts like a zone or a separator needs an explicit separator to survive re-parsing.
        if let parsed = try? timelineEntry(plain, at: "", after: previous), parsed == entry, AnswerText.stripBullet(plain) == plain {
            return plain
        }
        return "\(time) - \(entry.text)\(tail)"
    }

    /// The item, with a `- ` bullet in front when it starts with something parsing would take as a bullet.
    static func bulletSafe(_ item: String) -> String { AnswerText.bulletLength(item) == nil ? item : "- " + item }

    /// `1d2h30m15s`, omitting zero parts; `0m` for zero.
    static func durationText(_ seconds: Int64) -> String {
        guard seconds > 0 else { return "0m" }
        var rest = seconds
        var text = ""
        for (unit, size) in [("d", Int64(86_400)), ("h", 3600), ("m", 60), ("s", 1)] where rest >= size {
            text += "\(rest / size)\(unit)"
            rest %= size
        }
        return text
    }

    /// Integers without a fraction; other values in Swift's shortest round-tripping form.
    static func numberText(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int64(number)) }
        return "\(number)"
    }
}

private extension String {
    func prefixedIfBullet(_ what: String) -> String { AnswerText.bulletLength(what) == nil ? self : "- " + self }
}
