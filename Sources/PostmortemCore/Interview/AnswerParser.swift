/// What the parser needs to know beyond the typed lines.
public struct ParseContext: Sendable {
    /// The incident date: timeline times typed without a date fall on it.
    public var incidentDay: Day?
    /// Today (from the injected clock): `today`/`yesterday`, and default due dates.
    public var today: Day
    /// Days from today to an action's default due date, by priority.
    public var slaDays: @Sendable (Priority) -> Int

    public init(incidentDay: Day? = nil, today: Day,
                slaDays: @escaping @Sendable (Priority) -> Int = { $0.defaultSLADays }) {
        self.incidentDay = incidentDay; self.today = today; self.slaDays = slaDays
    }

    /// The template's action SLAs.
    public init(template: Template, incidentDay: Day? = nil, today: Day) {
        self.init(incidentDay: incidentDay, today: today, slaDays: { template.slaDays($0) })
    }
}

/// A refused answer. The message says what to type instead, with an example;
/// for multi-line answers it starts with the bad line: `line 2: ...`.
public struct AnswerError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public init(message: String) { self.message = message }
    public var description: String { message }
}

/// Turns the lines typed at a prompt into a `FieldValue`, and a value back into lines.
///
/// Every kind's accepted forms are listed in docs/templates.md. `parse(editableLines(v), as: f)`
/// gives back `v` for every value `parse` produces.
public struct AnswerParser: Sendable {
    public var context: ParseContext

    public init(context: ParseContext) { self.context = context }

    /// Parses the lines typed for `field` (for single-line kinds, one line). Blank lines are ignored
    /// everywhere except inside a paragraph.
    public func parse(_ lines: [String], as field: Field) -> Result<FieldValue, AnswerError> {
        do { return .success(try value(lines, field)) } catch let error as AnswerError { return .failure(error) } catch {
            return .failure(AnswerError("\(error)"))
        }
    }

    /// Parses a single typed line.
    public func parse(_ line: String, as field: Field) -> Result<FieldValue, AnswerError> { parse([line], as: field) }

    private func value(_ lines: [String], _ field: Field) throws -> FieldValue {
        switch field.kind {
        case .text: return .text(try oneLine(lines, field))
        case .paragraph: return .text(try paragraph(lines))
        case .list: return .list(try list(lines))
        case .date: return .date(try date(oneLine(lines, field)))
        case .datetime: return .datetime(try datetime(oneLine(lines, field)))
        case .duration: return .duration(seconds: try duration(oneLine(lines, field)))
        case .number: return .number(try number(oneLine(lines, field)))
        case .choice: return .choice(try choice(oneLine(lines, field), field))
        case .people: return .people(try people(lines))
        case .timeline: return .timeline(try timeline(lines))
        case .actions: return .actions(try actions(lines))
        case .whys: return .whys(try whys(lines))
        case .checklist: return .checklist(try checklist(lines, field))
        }
    }

    // MARK: - Single-line kinds

    static let skipHint = "(or /skip to leave it for now)"

    private func oneLine(_ lines: [String], _ field: Field) throws -> String {
        let filled = lines.map { TemplateText.trim($0) }.filter { !$0.isEmpty }
        guard let line = filled.first else { throw AnswerError(emptyMessage(field)) }
        guard filled.count == 1 else {
            throw AnswerError("This answer takes a single line; type it again on one line \(Self.skipHint)")
        }
        return line
    }

    private func emptyMessage(_ field: Field) -> String {
        switch field.kind {
        case .text: "The answer is empty: type one line \(Self.skipHint)"
        case .date: "The answer is empty: " + dateHint
        case .datetime: "The answer is empty: " + datetimeHint
        case .duration: "The answer is empty: " + Self.durationHint
        case .number: "The answer is empty: " + Self.numberHint
        case .choice: "The answer is empty: " + choiceHint(field)
        default: "The answer is empty \(Self.skipHint)"
        }
    }

    var dateHint: String { "Use YYYY-MM-DD, e.g. \(context.today.iso) (today and yesterday work too)" }

    func date(_ text: String) throws -> Day {
        switch text.lowercased() {
        case "today": return context.today
        case "yesterday": return context.today.adding(days: -1)
        default: break
        }
        if let day = Day(iso: text) { return day }
        if looksLikeISODate(text) { throw AnswerError("There is no \(text) in the calendar; " + dateHint) }
        throw AnswerError(dateHint)
    }

    var datetimeHint: String { "Use YYYY-MM-DD HH:MM in UTC, e.g. \(context.today.iso) 14:30 (or RFC 3339, e.g. \(context.today.iso)T14:30:00Z)" }

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
        let day = try date(words[0])
        guard let seconds = Self.timeOfDay(timeText) else {
            if Self.looksLikeTime(timeText) { throw AnswerError("\(timeText) is not a time of day; " + datetimeHint) }
            throw AnswerError(datetimeHint)
        }
        return day.start.adding(seconds: Int64(seconds))
    }

    static let durationHint = "Use a duration such as 90m, 1h30m, 2h, 45 min, 1:30 (hours:minutes) or 3d"

    /// `90m`, `1h30m`, `1h 30m`, `2 hours`, `45 min`, `1.5h`, `1:30`, `1:30:15`, `3d`, `1w`, `30s`.
    func duration(_ raw: String) throws -> Int64 {
        let text = raw.lowercased()
        if text.contains(":") {
            let pieces: [Substring] = text.split(separator: ":", omittingEmptySubsequences: false)
            let parts = pieces.map { Int($0) }
            guard (2...3).contains(parts.count), parts.allSatisfy({ $0 != nil && $0! >= 0 }),
                  parts.dropFirst().allSatisfy({ $0! < 60 }), pieces.dropFirst().allSatisfy({ $0.count == 2 })
            else { throw AnswerError(Self.durationHint) }
            let p = parts.map { Int64($0!) }
            return p[0] * 3600 + p[1] * 60 + (p.count == 3 ? p[2] : 0)
        }
        let units: [(names: [String], seconds: Double)] = [
            (["s", "sec", "secs", "second", "seconds"], 1), (["m", "min", "mins", "minute", "minutes"], 60),
            (["h", "hr", "hrs", "hour", "hours"], 3600), (["d", "day", "days"], 86_400), (["w", "wk", "wks", "week", "weeks"], 604_800),
        ]
        var chars = Substring(text)
        var total = 0.0
        var sawPart = false
        func skipFiller() {
            while true {
                while let c = chars.first, c == " " || c == "," || c == "\t" { chars.removeFirst() }
                if chars.hasPrefix("and ") { chars.removeFirst(4) } else { return }
            }
        }
        skipFiller()
        while !chars.isEmpty {
            let numberText = chars.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
            guard !numberText.isEmpty, let amount = Double(numberText) else { throw AnswerError(Self.durationHint) }
            chars.removeFirst(numberText.count)
            while chars.first == " " { chars.removeFirst() }
            let unitText = chars.prefix { $0.isLetter }
            guard !unitText.isEmpty else {
                if !sawPart && chars.isEmpty {
                    throw AnswerError("Add a unit: \(numberText)m for minutes or \(numberText)h for hours (e.g. 90m, 1h30m, 2h, 1:30)")
                }
                throw AnswerError(Self.durationHint)
            }
            guard let unit = units.first(where: { $0.names.contains(String(unitText)) }) else { throw AnswerError(Self.durationHint) }
            chars.removeFirst(unitText.count)
            total += amount * unit.seconds
            sawPart = true
            skipFiller()
        }
        guard sawPart else { throw AnswerError(Self.durationHint) }
        return Int64(total.rounded())
    }

    static let numberHint = "Type a number, e.g. 12000, 12,000 or 2.5"

    /// An integer or decimal; `12,000` (commas grouping thousands) is fine; no units, no `%`.
    func number(_ raw: String) throws -> Double {
        var text = raw
        if text.hasSuffix("%") {
            let bare = TemplateText.trim(text.dropLast())
            throw AnswerError("Type the number without the % sign, e.g. \(bare.isEmpty ? "35" : bare) (say what it is a percentage of in the text)")
        }
        var sign = ""
        if let first = text.first, first == "-" || first == "+" { sign = String(first); text.removeFirst() }
        var mantissa = Substring(text), exponent = ""
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]; exponent = String(text[e...])
            let digits = exponent.dropFirst().drop { $0 == "+" || $0 == "-" }
            guard exponent.dropFirst().prefix(1).allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "+" || $0 == "-") }),
                  !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw AnswerError(Self.numberHint) }
        }
        let pieces = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(pieces.count), !pieces[0].isEmpty || pieces.count == 2 else { throw AnswerError(Self.numberHint) }
        let whole = pieces[0]
        let fraction = pieces.count == 2 ? pieces[1] : ""
        guard fraction.allSatisfy({ $0.isASCII && $0.isNumber }), !(whole.isEmpty && fraction.isEmpty) else { throw AnswerError(Self.numberHint) }
        var digits = ""
        if whole.contains(",") {
            let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
                  groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
            else { throw AnswerError("Commas must group thousands; " + Self.numberHint) }
            digits = groups.joined()
        } else {
            guard whole.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw AnswerError(Self.numberHint) }
            digits = String(whole)
        }
        let normalized = sign + (digits.isEmpty ? "0" : digits) + (pieces.count == 2 ? "." + fraction : "") + exponent
        guard let value = Double(normalized), value.isFinite else { throw AnswerError(Self.numberHint) }
        return value
    }

    func choiceHint(_ field: Field) -> String {
        let ids = field.options.map(\.id)
        let example = ids.count > 1 ? ids[1] : (ids.first ?? "")
        return "\(TemplateText.humanize(field.id)) is one of \(ids.joined(separator: ", ")) (e.g. \(example))"
    }

    /// An option id or label (any case), the option's number 1...n, or a line starting with the id (`P1 - High`).
    func choice(_ text: String, _ field: Field) throws -> String {
        let lower = text.lowercased()
        if let option = field.options.first(where: { $0.id.lowercased() == lower || $0.label.lowercased() == lower }) {
            return option.id
        }
        if let n = Int(text) {
            guard (1...field.options.count).contains(n) else {
                throw AnswerError("\(n) is not an option number; use 1-\(field.options.count). " + choiceHint(field))
            }
            return field.options[n - 1].id
        }
        let firstWord = lower.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == ":" || $0 == "(" || $0 == "," }).first.map(String.init) ?? ""
        if let option = field.options.first(where: { $0.id.lowercased() == firstWord }) { return option.id }
        throw AnswerError(choiceHint(field))
    }

    // MARK: - Multi-line kinds

    /// Lines without their trailing whitespace, joined with newlines, blank lines at both ends removed.
    func paragraph(_ lines: [String]) throws -> String {
        let text = TemplateText.trim(lines.map { TemplateText.trimTrailing($0) }.joined(separator: "\n"))
        guard !text.isEmpty else { throw AnswerError("The answer is empty: type a few lines, then an empty line \(Self.skipHint)") }
        return text
    }

    func list(_ lines: [String]) throws -> [String] {
        let items = lines.map { AnswerText.stripBullet(TemplateText.trim($0)) }.filter { !$0.isEmpty }
        guard !items.isEmpty else { throw AnswerError("The list is empty: type one item per line, then an empty line \(Self.skipHint)") }
        return items
    }

    static let peopleHint = "type names one per line or comma-separated, e.g. Dana Reyes, Sam Okafor"

    /// Names one per line or comma-separated; de-duplicated ignoring case, first spelling kept.
    func people(_ lines: [String]) throws -> [String] {
        var names: [String] = []
        for line in lines {
            for part in AnswerText.stripBullet(TemplateText.trim(line)).split(whereSeparator: { $0 == "," || $0 == ";" }) {
                let name = AnswerText.stripBullet(TemplateText.trim(part))
                if !name.isEmpty, !names.contains(where: { $0.lowercased() == name.lowercased() }) { names.append(name) }
            }
        }
        guard !names.isEmpty else { throw AnswerError("No name given: " + Self.peopleHint + " \(Self.skipHint)") }
        return names
    }

    static func checklistHint(_ field: Field) -> String {
        let ids = field.options.map(\.id)
        let example = ids.count > 2 ? "1, 3 or \(ids[0]), \(ids[2])" : "1 or \(ids.first ?? "")"
        let which = ids.count <= 10 ? "ids (\(ids.joined(separator: ", ")))" : "their ids"
        return "type option numbers 1-\(ids.count) or \(which) separated by commas, e.g. \(example), or none"
    }

    /// Option ids, labels or numbers, comma- or line-separated; `none` for nothing. Kept in the template's order.
    func checklist(_ lines: [String], _ field: Field) throws -> [String] {
        var chosen: Set<String> = []
        var sawNone = false, sawItem = false
        for (index, line) in lines.enumerated() {
            for part in AnswerText.stripBullet(TemplateText.trim(line)).split(whereSeparator: { $0 == "," || $0 == ";" }) {
                let token = AnswerText.stripBullet(TemplateText.trim(part))
                guard !token.isEmpty else { continue }
                let lower = token.lowercased()
                if lower == "none" { sawNone = true; continue }
                sawItem = true
                if let n = Int(token) {
                    guard (1...field.options.count).contains(n) else {
                        throw AnswerError("line \(index + 1): \(n) is not an option number; " + Self.checklistHint(field))
                    }
                    chosen.insert(field.options[n - 1].id)
                } else if let option = field.options.first(where: { $0.id.lowercased() == lower || $0.label.lowercased() == lower }) {
                    chosen.insert(option.id)
                } else {
                    let hint = TemplateText.closest(lower, in: field.options.map(\.id)).map { "did you mean \($0)? " } ?? ""
                    throw AnswerError("line \(index + 1): \"\(token)\" is not one of the options; \(hint)" + Self.checklistHint(field))
                }
            }
        }
        if sawNone && sawItem { throw AnswerError("none means nothing applies; type either none or the options, not both") }
        guard sawNone || sawItem else { throw AnswerError("Nothing checked: " + Self.checklistHint(field)) }
        return field.options.map(\.id).filter(chosen.contains)
    }

    // MARK: - Whys

    static let whysHint = "type one \"because\" per line, e.g. Because the workers ran out of memory (an optional first line Problem: ... states the problem)"

    func whys(_ lines: [String]) throws -> WhyChain {
        var problem: String?
        var becauses: [String] = []
        var first = true
        for (index, raw) in lines.enumerated() {
            let line = TemplateText.trim(raw)
            guard !line.isEmpty else { continue }
            defer { first = false }
            if first, let rest = AnswerText.dropPrefix(line, "problem") {
                guard !rest.isEmpty else { throw AnswerError("line \(index + 1): the problem is empty; write e.g. Problem: Website was down for 2 hours") }
                problem = rest
                continue
            }
            if line.hasSuffix("?") { continue }  // the "Why N: why did ...?" question, not an answer
            let because = AnswerText.stripWhyPrefixes(line)
            guard !because.isEmpty else {
                throw AnswerError("line \(index + 1): the answer is empty; write it after the prefix, e.g. Because they ran out of memory")
            }
            becauses.append(because)
        }
        guard !becauses.isEmpty else { throw AnswerError("No because given: " + Self.whysHint) }
        return WhyChain(problem: problem, becauses: becauses)
    }

    // MARK: - Actions

    var actionExample: String { "Add alert for error rate > 5% on /api/sync | Dana Reyes | P1 | \(context.today.adding(days: 7).iso)" }
    static let actionForm = "what to do | owner | P1 | YYYY-MM-DD"

    func actions(_ lines: [String]) throws -> [ActionItem] {
        var items: [ActionItem] = []
        for (index, raw) in lines.enumerated() {
            let line = AnswerText.stripBullet(TemplateText.trim(raw))
            guard !line.isEmpty else { continue }
            items.append(try action(line, number: index + 1))
        }
        guard !items.isEmpty else {
            throw AnswerError("No action given: type one per line, \(Self.actionForm), e.g. \(actionExample) \(Self.skipHint)")
        }
        return items
    }

    private func action(_ line: String, number: Int) throws -> ActionItem {
        let at = "line \(number): "
        let parts = line.split(separator: "|", omittingEmptySubsequences: false).map { TemplateText.trim($0) }
        let example = ", e.g. \(actionExample)"
        guard parts.count > 1 else {
            throw AnswerError(at + "give an owner and a priority after the action, separated by |: \(Self.actionForm)\(example)")
        }
        guard parts.count <= 4 else {
            throw AnswerError(at + "too many | (\(parts.count) parts); use \(Self.actionForm)\(example)")
        }
        let what = parts[0], owner = parts[1]
        let priorityText = parts.count > 2 ? parts[2] : ""
        guard !what.isEmpty else { throw AnswerError(at + "say what to do before the first |\(example)") }
        if Self.priority(owner) != nil, !priorityText.isEmpty, Self.priority(priorityText) == nil {
            throw AnswerError(at + "the owner comes before the priority: \(Self.actionForm)\(example)")
        }
        guard !owner.isEmpty else { throw AnswerError(at + "the owner is missing; put one name after the first |\(example)") }
        if owner.contains(",") {
            let names = owner.split(separator: ",").map { TemplateText.trim($0) }.filter { !$0.isEmpty }
            throw AnswerError(at + "one owner per action; choose one of \(names.joined(separator: ", ")) (split the work into two actions if needed)")
        }
        guard !priorityText.isEmpty else {
            throw AnswerError(at + "the priority is missing; put P0, P1, P2 or P3 after the owner\(example)")
        }
        guard let priority = Self.priority(priorityText) else {
            throw AnswerError(at + "\"\(priorityText)\" is not a priority; use P0, P1, P2 or P3 (P1 within 1 week, P2 within 2 weeks, P3 within 1 month)\(example)")
        }
        let due: Day
        if parts.count == 4, !parts[3].isEmpty {
            do { due = try date(parts[3]) } catch {
                let sla = context.slaDays(priority)
                throw AnswerError(at + "\"\(parts[3])\" is not a due date; use YYYY-MM-DD, e.g. \(context.today.adding(days: sla).iso), or leave it out and \(priority.rawValue) sets it (\(sla) days)")
            }
        } else {
            due = context.today.adding(days: context.slaDays(priority))
        }
        return ActionItem(what: what, owner: owner, priority: priority, due: due)
    }

    /// `P1`, `p1`, or a bare `1`.
    static func priority(_ text: String) -> Priority? {
        let upper = text.uppercased()
        return Priority(rawValue: upper) ?? Priority(rawValue: "P" + upper)
    }

    // MARK: - Timeline

    var timelineExample: String { "04:18 Failed TXs alarm fired [source: PagerDuty] #detected" }

    func timeline(_ lines: [String]) throws -> [TimelineEntry] {
        var entries: [TimelineEntry] = []
        for (index, raw) in lines.enumerated() {
            let line = AnswerText.stripBullet(TemplateText.trim(raw))
            guard !line.isEmpty else { continue }
            entries.append(try timelineEntry(line, at: "line \(index + 1): "))
        }
        guard !entries.isEmpty else {
            throw AnswerError("The timeline is empty: type one event per line, e.g. \(timelineExample), then an empty line \(Self.skipHint)")
        }
        return entries
    }

    func timelineEntry(_ line: String, at: String) throws -> TimelineEntry {
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
            if dateText != nil && time.isEmpty {
                throw AnswerError(at + "after the date give the time, e.g. \(dateText!) 04:18 Failed TXs alarm fired")
            }
            if Self.looksLikeTime(time) {
                throw AnswerError(at + "\(time) is not a time of day; use HH:MM from 00:00 to 23:59, e.g. \(timelineExample)")
            }
            throw AnswerError(at + "start with the time, HH:MM in UTC, e.g. \(timelineExample)")
        }
        rest = rest.dropFirst(timeText.count)
        if rest.first == "Z" || rest.first == "z", rest.dropFirst().first.map({ $0 == " " || $0 == "\t" }) ?? true { rest = rest.dropFirst() }
        rest = rest.drop { $0 == " " || $0 == "\t" }
        // A time zone after the time: UTC is dropped, others are refused with the conversion.
        let zoneWord = String(rest.prefix { $0.isLetter })
        let afterZone = rest.dropFirst(zoneWord.count)
        if !zoneWord.isEmpty, afterZone.isEmpty || afterZone.first == " " || afterZone.first == "\t" {
            if ["UTC", "GMT", "Z"].contains(zoneWord.uppercased()) {
                rest = afterZone.drop { $0 == " " || $0 == "\t" }
            } else if let offset = AnswerText.zoneOffsets[zoneWord.uppercased()], zoneWord == zoneWord.uppercased() {
                let utc = ((seconds - offset * 60) % 86_400 + 86_400) % 86_400
                let what = TemplateText.trim(afterZone.drop { " \t-—–|:".contains($0) })
                throw AnswerError(at + "times are UTC; convert \(time) \(zoneWord) to UTC and leave the zone out, e.g. \(Self.clock(utc))\(what.isEmpty ? "" : " " + what)")
            }
        }
        // An optional separator: ` - `, ` — `, `: `, ` | `.
        if let first = rest.first, "-—–|:".contains(first) {
            let after = rest.dropFirst()
            if after.isEmpty || after.first == " " || after.first == "\t" { rest = after.drop { $0 == " " || $0 == "\t" } }
        }
        let moment: Timestamp
        if let day {
            moment = day.start.adding(seconds: Int64(seconds))
        } else if let incident = context.incidentDay {
            moment = incident.start.adding(seconds: Int64(seconds))
        } else {
            throw AnswerError(at + "\(time) has no date and the incident date is not answered yet: answer incident_date first, or give the date, e.g. \(context.today.iso) \(time) \(TemplateText.trim(rest).isEmpty ? "Failed TXs alarm fired" : TemplateText.trim(rest))")
        }
        // Trailing [source: X] / (source: X) / source: X and #milestone, in any order.
        var text = TemplateText.trim(rest)
        var source: String?
        var milestones: [Milestone] = []
        // A milestone typed first (`04:18 #detected alarm fired`) is taken too.
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
        return TimelineEntry(at: moment, text: text, source: source, milestone: milestones.first)
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
