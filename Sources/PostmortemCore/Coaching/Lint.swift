import Foundation

/// `postmortem lint`: coaching for a whole document, Markdown or plain text, written anywhere.
extension Coach {
    /// Lints a whole post-mortem. Headings map to roles; action-item lines and timeline lines are parsed;
    /// line and column are relative to the whole document. Findings are sorted by position.
    public func lint(document: String) -> [Finding] {
        let lines = document.split(separator: "\n", omittingEmptySubsequences: false).map { l -> String in
            l.hasSuffix("\r") ? String(l.dropLast()) : String(l)
        }
        let coach = Coach(peopleSet: people.union(Coach.documentPeople(lines)))
        var linter = Linter(coach: coach, lines: lines)
        linter.run()
        return linter.out.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    static let metadataLabels: Set<String> = ["author", "authors", "owner", "owners", "reviewer", "reviewers", "attendees", "participants",
        "incident commander", "commander", "ic", "responders", "peer-review committee", "committee", "assignee", "assignees", "on-call",
        "on call", "facilitator", "scribe", "contributors", "written by", "prepared by", "approved by", "approver", "approvers", "team", "people"]
    static let skipLabels: Set<String> = metadataLabels.union(["date", "status", "severity", "incident date", "last updated", "version",
        "tags", "build", "id", "incident id", "ticket", "jira", "link", "links", "slack", "duration", "start", "end", "detected", "resolved",
        "module duration", "prerequisites", "track", "document owner", "questions?", "questions", "scheduled", "purpose", "notes",
        "created", "updated", "level", "sev", "priority"])

    /// Names from "Authors:", "Owner:", "Reviewers:" lines and @handles.
    static func documentPeople(_ lines: [String]) -> Set<String> {
        var out = Set<String>()
        for line in lines {
            let t = Linter.stripMarkup(line.trimmed)
            guard let c = t.firstIndex(of: ":") else { continue }
            let label = t[..<c].lowercased().trimmed
            guard metadataLabels.contains(label) else { continue }
            for part in t[t.index(after: c)...].split(whereSeparator: { ",;/&()".contains($0) }) {
                for w in part.split(separator: " ") {
                    var s = String(w).lowercased()
                    while let f = s.first, !f.isLetter { s.removeFirst() }
                    while let l = s.last, !l.isLetter { s.removeLast() }
                    if s.count >= 2, s != "and", !Lex.nonPeople.contains(s), !Lex.roles.contains(s), w.first.map({ $0.isUppercase || $0 == "@" }) == true {
                        out.insert(s)
                    }
                }
            }
        }
        return out
    }
}

struct Linter {
    let coach: Coach
    let lines: [String]
    var out: [Finding] = []

    var role: TextRole = .other
    var level = 0
    var roleLevel = 0
    var block: [Segment] = []
    var blockRole: TextRole = .other
    var actions: [(line: Int, col: Int, what: String, owner: Bool, due: Bool)] = []
    var actionsLine = 1
    var points: [(line: Int, col: Int, at: Int64, text: String, milestone: Milestone?)] = []
    var whys: [(line: Int, col: Int, text: String)] = []
    var whysFormat = false
    var tableHeader: [String]? = nil
    var dayOffset: Int64 = 0

    init(coach: Coach, lines: [String]) { self.coach = coach; self.lines = lines }

    static func stripMarkup(_ s: String) -> String {
        var t = s
        for m in ["**", "__", "`"] { t = t.replacingAll(m, with: "") }
        while let f = t.first, "#>-*+•".contains(f) || f == " " { t.removeFirst() }
        return t.trimmed
    }

    static func normalize(_ heading: String) -> String {
        var t = stripMarkup(heading).lowercased()
        // drop leading numbering "1.", "2)", "iv."
        while let f = t.first, f.isNumber || f == "." || f == ")" || f == " " { t.removeFirst() }
        if let p = t.firstIndex(of: "(") { t = String(t[..<p]) }
        while let l = t.last, l == ":" || l == " " || l == "?" { t.removeLast() }
        return t
    }

    static func roleFor(_ h: String) -> TextRole? {
        let t = normalize(h)
        func has(_ s: String) -> Bool { t.contains(s) }
        func word(_ s: String) -> Bool { t.split(whereSeparator: { !$0.isLetter && $0 != "-" }).contains { $0 == s } }
        if t.hasPrefix("post-mortem:") || t.hasPrefix("postmortem:") || t.hasPrefix("post mortem:") || t.hasPrefix("incident report:") || t == "title" { return .title }
        if has("whys") || has("5 why") || has("five why") { return .whys }
        if has("contributing") || has("diving deep") || has("post-incident analysis") || has("fishbone") || has("ishikawa") { return .contributingFactors }
        if has("response action") || has("actions taken") { return .response }
        if has("root cause") || has("why it happened") || has("immediate cause") || word("cause") || word("causes") || word("trigger") { return .rootCause }
        if has("timeline") || has("chronology") || has("sequence of events") { return .timeline }
        if word("action") || word("actions") || has("action item") || has("follow-up") || has("follow up") || has("next steps") || has("remediation")
            || has("corrective") || has("prevent recurrence") || word("todo") || word("tasks") || has("action plan") { return .actionItem }
        if has("went well") || has("worked well") || has("went right") || word("wins") || has("what worked") { return .wentWell }
        if has("could be better") || has("could be improved") || has("went wrong") || has("go well") || has("went poorly") || has("improvement") || has("got lucky") || has("could have gone") || has("didn't work") || has("challenges") { return .couldBeBetter }
        if has("lesson") || has("takeaway") || has("learning") { return .lessons }
        if has("impact") { return .impact }
        if has("summary") || has("overview") || has("tl;dr") || has("tldr") || has("executive") || word("description") || word("abstract") { return .summary }
        if has("detect") || has("monitoring") || has("alerting") { return .detection }
        if has("response") || has("resolution") || has("recovery") || has("mitigation") || has("escalation") || has("how it was fixed") { return .response }
        if has("supporting") || has("reference") || has("appendix") || word("logs") || word("metrics") || has("related") || has("resources")
            || has("meeting") || has("sign-off") || has("checklist") || has("distribution") || has("communication") || has("attendees") { return .other }
        return nil
    }

    /// A heading: Markdown, bold-only, or a known section name on its own line.
    func heading(_ i: Int) -> (level: Int, text: String)? {
        let t = lines[i].trimmed
        if t.hasPrefix("#") {
            let n = t.prefix { $0 == "#" }.count
            if n <= 6, t.dropFirst(n).first == " " { return (n, String(t.dropFirst(n))) }
            return nil
        }
        if i + 1 < lines.count, !t.isEmpty, !t.hasPrefix("|"), !t.hasPrefix("-"), lines[i + 1].trimmed.count >= 3,
           lines[i + 1].trimmed.allSatisfy({ $0 == "=" }) || lines[i + 1].trimmed.allSatisfy({ $0 == "-" }) {
            return (lines[i + 1].trimmed.first == "=" ? 1 : 2, t)
        }
        let stripped = Linter.stripMarkup(t)
        let words = stripped.split(separator: " ").count
        let boldOnly = (t.hasPrefix("**") && (t.hasSuffix("**") || t.hasSuffix("**:") || t.hasSuffix(":**")))
        if words >= 1, words <= 6, boldOnly || t.hasSuffix(":") || Linter.roleFor(t) != nil && words <= 4 && !t.contains(".") && !t.hasPrefix("-") && !t.hasPrefix("*") && !t.hasPrefix("|"),
           Linter.roleFor(t) != nil, !t.dropLast().contains(":") || boldOnly {
            return (7, t)
        }
        return nil
    }

    mutating func run() {
        var fence = false
        var i = 0
        while i < lines.count {
            let line = lines[i]
            let t = line.trimmed
            if t.hasPrefix("```") || t.hasPrefix("~~~") { fence.toggle(); flushBlock(); i += 1; continue }
            if fence { i += 1; continue }
            if t.isEmpty { flushBlock(); tableHeader = nil; i += 1; continue }
            if t.hasPrefix("<") && t.hasSuffix(">") { i += 1; continue }
            if let h = heading(i) {
                flushBlock()
                let mapped = Linter.roleFor(h.text)
                let newRole: TextRole
                if let m = mapped {
                    if role == .actionItem, h.level > roleLevel, [.couldBeBetter, .detection, .response, .rootCause, .other].contains(m) { newRole = .actionItem }
                    else if role == .rootCause, h.level > roleLevel, [.detection, .response, .summary].contains(m) == false, m == .other { newRole = .rootCause }
                    else { newRole = m }
                } else if h.level > roleLevel && level > 0 { newRole = role }
                else { newRole = h.level == 1 && i < 3 ? .title : .other }
                if newRole != role || mapped != nil { flushSection() }
                if mapped != nil || !(h.level > roleLevel && level > 0) { roleLevel = h.level }
                role = newRole
                level = h.level
                if newRole == .title, h.level == 1 {
                    let text = h.text
                    let col = line.count - text.count
                    out += coach.review(segments: [Segment(text: text, line: i, col: col)], role: .title).filter { $0.check != "unquantified-impact" }
                }
                if lines.indices.contains(i + 1), lines[i + 1].trimmed.allSatisfy({ $0 == "=" || $0 == "-" }), !lines[i + 1].trimmed.isEmpty, !t.hasPrefix("#") { i += 1 }
                i += 1; continue
            }
            handle(i)
            i += 1
        }
        flushBlock()
        flushSection()
    }

    /// Offset, in Characters, of the first non-markup character of the line.
    static func contentStart(_ line: String) -> Int {
        var n = 0
        var it = Array(line)
        // leading spaces, bullets, checkboxes, blockquote marks
        while n < it.count, it[n] == " " || it[n] == "\t" || it[n] == ">" { n += 1 }
        if n < it.count, "-*+•".contains(it[n]), n + 1 < it.count, it[n + 1] == " " { n += 2 }
        else if n < it.count, it[n].isNumber {
            var m = n
            while m < it.count, it[m].isNumber { m += 1 }
            if m < it.count, it[m] == "." || it[m] == ")", m + 1 < it.count, it[m + 1] == " " { n = m + 2 }
        }
        if n + 3 < it.count, it[n] == "[", it[n + 2] == "]", it[n + 3] == " " { n += 4 }
        while n < it.count, it[n] == " " { n += 1 }
        it.removeAll()
        return n
    }

    /// "**Label:** text" → (label, offset of text).
    static func label(_ line: String, from start: Int) -> (String, Int)? {
        let chars = Array(line)
        var i = start
        var label = ""
        while i < chars.count, i - start < 40 {
            let c = chars[i]
            if c == ":" {
                var j = i + 1
                while j < chars.count, chars[j] == "*" || chars[j] == "_" || chars[j] == " " { j += 1 }
                let l = label.replacingAll("*", with: "").replacingAll("_", with: "").trimmed.lowercased()
                if l.isEmpty || l.contains(where: { $0.isNumber }) && !l.hasPrefix("why") && !l.hasPrefix("p") { return nil }
                if l.split(separator: " ").count > 4 { return nil }
                return (l, j)
            }
            if c == "." || c == "," || c == "|" { return nil }
            label.append(c)
            i += 1
        }
        return nil
    }

    mutating func handle(_ i: Int) {
        let line = lines[i]
        var start = Linter.contentStart(line)
        let t = line.trimmed
        var lineRole = role
        // table rows
        if t.hasPrefix("|") { handleTableRow(i); return }
        if let (l, off) = Linter.label(line, from: start) {
            if Coach.skipLabels.contains(l) && !(role == .impact && ["duration", "start", "end"].contains(l)) { return }
            if l.hasPrefix("why") && (l.count <= 7) {
                whysFormat = true
                let rest = String(Array(line)[off...])
                if !rest.trimmed.hasSuffix("?"), !rest.contains("→"), !rest.contains("->") { whys.append((i, off, rest)) }
                if let a = Linter.arrowAnswer(line) { whys.append((i, a.col, a.text)) }
                return
            }
            if l == "because" || l == "→ because" || l.hasSuffix("because") { whysFormat = true; whys.append((i, off, String(Array(line)[off...]))); return }
            if l == "problem" { return }
            if let r = Linter.roleFor(l) {
                if r == .actionItem && role != .actionItem {
                    out += coach.review(segments: [Segment(text: String(Array(line)[off...]), line: i, col: off)], role: .actionItem).filter { $0.check == "vague-action" }
                    return
                }
                if r != .title && r != .other && r != .timeline { lineRole = r; start = off }
            }
        }
        if let a = Linter.arrowAnswer(line), role == .whys || t.lowercased().hasPrefix("why") || Linter.startsWithNumberedWhy(t) {
            whysFormat = true
            whys.append((i, a.col, a.text)); return
        }
        if role == .whys {
            let body = String(Array(line)[start...])
            if body.lowercased().hasPrefix("because") || body.hasPrefix("└") { whys.append((i, start, body)); return }
            if body.trimmed.hasSuffix("?") { return }
        }
        // timeline lines
        if role == .timeline || Linter.leadingTime(String(Array(line)[start...])) != nil && role != .actionItem {
            if let (secs, rest, off) = Linter.leadingTime(String(Array(line)[start...])) {
                addPoint(i, col: start + off, secs: secs, text: rest)
                flushBlock()
                out += coach.review(segments: [Segment(text: rest, line: i, col: start + off)], role: .timeline)
                return
            }
        }
        if role == .actionItem, lineRole == .actionItem, start > 0 || Linter.isListItem(line) {
            flushBlock()
            handleActionLine(i, start: start)
            return
        }
        if lineRole != role {
            flushBlock()
            out += coach.review(segments: [Segment(text: String(Array(line)[start...]), line: i, col: start)], role: lineRole)
            return
        }
        let bulletStart = Linter.isListItem(line)
        if bulletStart { flushBlock() }
        blockRole = role == .actionItem ? .other : role
        block.append(Segment(text: String(Array(line)[start...]), line: i, col: start, newThought: bulletStart || block.isEmpty))
    }

    static func isListItem(_ line: String) -> Bool {
        let t = line.trimmed
        guard let f = t.first else { return false }
        if "-*+•".contains(f), t.dropFirst().first == " " { return true }
        if f.isNumber, let d = t.firstIndex(where: { !$0.isNumber }), ".)".contains(t[d]) { return true }
        return false
    }

    static func startsWithNumberedWhy(_ t: String) -> Bool {
        var s = Substring(t)
        while let f = s.first, f.isNumber || f == "." || f == " " || f == ")" { s.removeFirst() }
        return s.lowercased().hasPrefix("why")
    }

    static func arrowAnswer(_ line: String) -> (col: Int, text: String)? {
        let chars = Array(line)
        for (i, c) in chars.enumerated() where c == "→" || c == "└" || (c == "-" && i + 1 < chars.count && chars[i + 1] == ">") {
            var j = i + 1
            while j < chars.count, chars[j] == ">" || chars[j] == "─" || chars[j] == " " || chars[j] == "*" { j += 1 }
            var text = String(chars[j...])
            if text.lowercased().hasPrefix("because:") { text = String(text.dropFirst(8)); j += 8 }
            text = text.replacingAll("**", with: "")
            while let f = text.first, f == " " || f == "*" { text.removeFirst(); j += 1 }
            return text.trimmed.isEmpty ? nil : (j, text)
        }
        return nil
    }

    /// "14:23", "14:23:01", "2026-11-20 14:23", "[14:23]", "09:19 EEST —" at the start of the text.
    static func leadingTime(_ text: String) -> (Int64, String, Int)? {
        let c = Array(text)
        var i = 0
        if i < c.count, c[i] == "[" || c[i] == "*" { i += 1 }
        if i < c.count, c[i] == "*" { i += 1 }
        var day: Int64 = 0
        if i + 10 <= c.count, let d = Day(iso: String(c[i..<i + 10])) {
            day = Int64(d.daysSinceEpoch) * 86_400; i += 10
            while i < c.count, c[i] == " " || c[i] == "T" || c[i] == "," { i += 1 }
        }
        var h = 0, digits = 0
        while i < c.count, c[i].isNumber, digits < 2 { h = h * 10 + Int(String(c[i]))!; i += 1; digits += 1 }
        guard digits > 0, i < c.count, c[i] == ":" || c[i] == "h" || c[i] == "." && day != 0 else { return nil }
        i += 1
        var m = 0, md = 0
        while i < c.count, c[i].isNumber, md < 2 { m = m * 10 + Int(String(c[i]))!; i += 1; md += 1 }
        guard md == 2, h < 24, m < 60 else { return nil }
        var s = 0
        if i + 2 < c.count, c[i] == ":", c[i + 1].isNumber, c[i + 2].isNumber { s = Int(String(c[i + 1...i + 2]))!; i += 3 }
        while i < c.count, c[i] == " " { i += 1 }
        let rest = String(c[i...]).lowercased()
        if rest.hasPrefix("pm") || rest.hasPrefix("p.m.") { if h < 12 { h += 12 }; i += 2 }
        else if rest.hasPrefix("am") || rest.hasPrefix("a.m.") { if h == 12 { h = 0 }; i += 2 }
        if i < c.count, c[i] == "." { i += 1 }
        while i < c.count, c[i] == " " { i += 1 }
        // a time zone word
        var j = i
        while j < c.count, c[j].isUppercase { j += 1 }
        if j > i, j - i <= 5, j == c.count || c[j] == " " || c[j] == ")" || c[j] == "]" { i = j }
        while i < c.count, " -—–|:]*)".contains(c[i]) { i += 1 }
        guard i < c.count else { return nil }
        return (day + Int64(h * 3600 + m * 60 + s), String(c[i...]), i)
    }

    mutating func addPoint(_ line: Int, col: Int, secs: Int64, text: String) {
        var at = secs + dayOffset
        if secs < 86_400, let last = points.last, at < last.at, last.at - at > 12 * 3600 {
            dayOffset += 86_400; at += 86_400 // past midnight
        }
        var milestone: Milestone? = nil
        for m in Milestone.allCases where text.lowercased().contains("#" + m.rawValue) { milestone = m }
        points.append((line, col, at, text, milestone))
    }

    static func splitCells(_ line: String) -> [(text: String, col: Int)] {
        var cells: [(String, Int)] = []
        let chars = Array(line)
        var i = 0
        while i < chars.count, chars[i] != "|" { i += 1 }
        i += 1
        var cur = "", start = i
        while i < chars.count {
            if chars[i] == "|", i == 0 || chars[i - 1] != "\\" {
                cells.append((cur, start)); cur = ""; start = i + 1
            } else { cur.append(chars[i]) }
            i += 1
        }
        if !cur.trimmed.isEmpty { cells.append((cur, start)) }
        return cells.map { c in
            var off = c.1
            for ch in c.0 { if ch == " " { off += 1 } else { break } }
            return (c.0.trimmed, off)
        }
    }

    static func isSeparatorRow(_ line: String) -> Bool {
        line.contains("-") && line.allSatisfy { "|-: \t".contains($0) }
    }

    mutating func handleTableRow(_ i: Int) {
        let line = lines[i]
        if Linter.isSeparatorRow(line) { return }
        let cells = Linter.splitCells(line)
        if i + 1 < lines.count, Linter.isSeparatorRow(lines[i + 1]) { tableHeader = cells.map { $0.text.lowercased().replacingAll("*", with: "") }; return }
        let header = tableHeader ?? []
        func col(_ names: [String]) -> Int? { header.firstIndex { h in names.contains { h.contains($0) } } }
        if role == .actionItem {
            let ai = col(["action", "what", "item", "task", "description", "title", "follow"]) ?? 0
            guard ai < cells.count, !cells[ai].text.isEmpty, !cells[ai].text.allSatisfy({ $0.isNumber || $0 == "#" }) else {
                if let first = cells.firstIndex(where: { !$0.text.isEmpty && !$0.text.allSatisfy({ $0.isNumber || $0 == "#" }) }) { addActionRow(i, cells: cells, ai: first, header: header) }
                return
            }
            addActionRow(i, cells: cells, ai: ai, header: header)
            return
        }
        if role == .timeline || (cells.first.map { Linter.leadingTime($0.text + " x") != nil } ?? false) {
            let ti = col(["time", "when", "date"]) ?? 0
            if ti < cells.count, let (secs, _, _) = Linter.leadingTime(cells[ti].text + " x") {
                let ei = col(["event", "description", "what", "action"]) ?? (ti + 1 < cells.count ? ti + 1 : ti)
                let ev = ei < cells.count ? cells[ei] : cells[ti]
                addPoint(i, col: ev.col, secs: secs, text: cells.enumerated().filter { $0.offset != ti }.map { $0.element.text }.joined(separator: " "))
                out += coach.review(segments: [Segment(text: ev.text, line: i, col: ev.col)], role: .timeline)
                return
            }
        }
        for c in cells where !c.text.isEmpty {
            out += coach.review(segments: [Segment(text: c.text, line: i, col: c.col)], role: role == .actionItem ? .other : role)
                .filter { !($0.check == "unquantified-impact" && c.text.split(separator: " ").count < 4) }
        }
    }

    static func isPlaceholder(_ s: String) -> Bool {
        let t = s.trimmed.lowercased()
        return t.isEmpty || ["-", "—", "tbd", "?", "n/a", "na", "none", "unassigned", "todo", "_____", "______", "tba", "unknown"].contains(t) || t.allSatisfy { $0 == "_" }
    }

    static func isPriority(_ s: String) -> Bool {
        let t = s.trimmed.lowercased().replacingAll(" priority", with: "")
        if t.count == 2, t.first == "p", t.last?.isNumber == true { return true }
        return ["high", "medium", "low", "critical", "urgent", "must", "should", "must-have", "should-have"].contains(t) || t.hasPrefix("sev")
    }

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static func isDateLike(_ s: String) -> Bool {
        let t = s.trimmed.lowercased()
        if t.count >= 8, t.contains(where: { $0.isNumber }), t.filter({ $0 == "-" || $0 == "/" || $0 == "." }).count >= 2 { return true }
        if months.contains(where: { t.hasPrefix($0) }) && t.contains(where: { $0.isNumber }) { return true }
        if t.contains(where: { $0.isNumber }), ["day", "week", "month", "sprint", "q1", "q2", "q3", "q4"].contains(where: { t.contains($0) }) { return true }
        if ["eod", "eow", "today", "tomorrow", "next week", "end of", "by "].contains(where: { t.hasPrefix($0) }) { return true }
        return false
    }

    mutating func addActionRow(_ i: Int, cells: [(text: String, col: Int)], ai: Int, header: [String]) {
        func col(_ names: [String]) -> Int? { header.firstIndex { h in names.contains { h.contains($0) } } }
        var hasOwner = false, hasDue = false
        if let oi = col(["owner", "assignee", "who", "responsible", "assigned"]) { hasOwner = oi < cells.count && !Linter.isPlaceholder(cells[oi].text) }
        else { hasOwner = cells.enumerated().contains { $0.offset != ai && ($0.element.text.hasPrefix("@") || Linter.looksLikeOwner($0.element.text, coach: coach)) } }
        if let di = col(["due", "deadline", "target", "eta", "date", "when"]) { hasDue = di < cells.count && !Linter.isPlaceholder(cells[di].text) }
        else { hasDue = cells.enumerated().contains { $0.offset != ai && Linter.isDateLike($0.element.text) } }
        if !hasDue, let pi = col(["priority", "prio"]), pi < cells.count, Linter.isPriority(cells[pi].text) { hasDue = true }
        if !hasDue, header.isEmpty, cells.contains(where: { Linter.isPriority($0.text) }) { hasDue = true }
        let a = cells[ai]
        if a.text.lowercased().hasPrefix("[") && a.text.hasSuffix("]") { return } // template placeholder
        actions.append((i, a.col, a.text, hasOwner, hasDue))
        out += coach.review(segments: [Segment(text: a.text, line: i, col: a.col)], role: .actionItem)
    }

    static func looksLikeOwner(_ s: String, coach: Coach) -> Bool {
        let t = s.trimmed
        if t.hasPrefix("@") { return true }
        let words = t.split(separator: " ")
        guard (1...3).contains(words.count), !isDateLike(t), !isPriority(t), !t.lowercased().hasPrefix("link"), !t.lowercased().hasPrefix("http"),
              !["open", "done", "closed", "in progress", "in-progress", "todo", "wip", "blocked"].contains(t.lowercased()) else { return false }
        if words.contains(where: { coach.people.contains($0.lowercased()) || Lex.firstNames.contains($0.lowercased()) || Lex.roles.contains($0.lowercased()) }) { return true }
        return words.count <= 2 && t.allSatisfy { $0.isLetter || $0 == "-" || $0 == " " || $0 == "." || $0 == "_" }
    }

    mutating func handleActionLine(_ i: Int, start: Int) {
        let line = lines[i]
        let body = String(Array(line)[start...])
        var what = body
        var hasOwner = false, hasDue = false
        if body.contains(" | ") || body.contains("|") {
            let parts = body.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmed }
            what = parts[0]
            for p in parts.dropFirst() where !Linter.isPlaceholder(p) {
                if Linter.isDateLike(p) { hasDue = true } else if Linter.isPriority(p) { hasDue = true } else { hasOwner = true }
            }
        } else {
            let lower = body.lowercased()
            for key in ["owner:", "owner -", "assignee:", "assigned to", "owned by", "(owner", "dri:", "who:"] where lower.contains(key) { hasOwner = true }
            if body.contains("@") { hasOwner = true }
            for key in ["due:", "due ", "deadline", "by 20", "eta:", "target:", "target date", "(due"] where lower.contains(key) { hasDue = true }
            if lower.range(of: #"\b20\d\d-\d\d-\d\d\b"#, options: .regularExpression) != nil { hasDue = true }
            for p in [" p0", " p1", " p2", " p3", "(p0", "(p1", "(p2", "(p3", ", p0", ", p1", ", p2", ", p3", "high priority", "medium priority", "low priority"] where lower.contains(p) { hasDue = true }
            // "Add X (Owner: SRE, Due: 2 days, P1)" — the parenthesis is not part of what
            if let p = what.firstIndex(of: "("), what[p...].lowercased().contains("owner") || what[p...].lowercased().contains("due") { what = String(what[..<p]) }
            // "Evaluate shorter timeout for GET API 123, adhorn, July 3rd- 2020, high priority, link to a backlog item."
            let commaParts = body.split(separator: ",").map { String($0).trimmed }
            if commaParts.count >= 3, commaParts.dropFirst().contains(where: { Linter.isDateLike($0) || Linter.isPriority($0) }) {
                what = commaParts[0]
                for p in commaParts.dropFirst() {
                    if Linter.isDateLike(p) || Linter.isPriority(p) { hasDue = true }
                    else if Linter.looksLikeOwner(p, coach: coach) { hasOwner = true }
                }
            }
            for key in ["owner:", "assignee:", "due:"] { if let r = what.lowercased().range(of: key) { what = String(what[..<r.lowerBound]) } }
        }
        actions.append((i, start, what.trimmed, hasOwner, hasDue))
        out += coach.review(segments: [Segment(text: what, line: i, col: start)], role: .actionItem)
    }

    mutating func flushBlock() {
        guard !block.isEmpty else { return }
        out += coach.review(segments: block, role: blockRole)
        block = []
    }

    mutating func flushSection() {
        flushBlock()
        for a in actions { out += coach.structure(what: a.what, hasOwner: a.owner, hasDue: a.due, line: a.line + 1, column: a.col + 1) }
        if actions.count > 10, let f = coach.tooMany(actions.count, line: actions[10].line + 1, column: actions[10].col + 1) { out.append(f) }
        actions = []
        if points.count >= 2 || (points.count >= 1 && role == .timeline) {
            let pts = points.map { Coach.TimelinePoint(at: $0.at, text: $0.text, milestone: $0.milestone, hasDate: $0.at >= 86_400 * 2) }
            let ps = points
            out += coach.timelineFindings(pts, lineOf: { ps[$0].line + 1 }, columnOf: { ps[$0].col + 1 })
        }
        points = []
        dayOffset = 0
        if whysFormat || !whys.isEmpty {
            let ws = whys
            let answers = ws.map { $0.text }
            for (k, w) in ws.enumerated() {
                for f in coach.review(segments: [Segment(text: w.text, line: w.line, col: w.col)], role: .whys) { out.append(f) }
                _ = k
            }
            if !ws.isEmpty { out += coach.chainFindings(answers, lineOf: { ws[$0].line + 1 }, columnOf: { ws[$0].col + 1 }) }
        }
        whys = []
        whysFormat = false
    }
}

extension String {
    func replacingAll(_ a: String, with b: String) -> String {
        guard !a.isEmpty, contains(a) else { return self }
        var out = ""
        var rest = Substring(self)
        while let r = rest.range(of: a) {
            out += rest[..<r.lowerBound]; out += b
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
