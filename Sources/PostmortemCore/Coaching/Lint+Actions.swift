/// Action items and tables: owner, due date or priority, and table rows (actions or timeline).
extension Linter {
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

    /// "Li Wei to explain ...", "Platform team to add ...", "Priya: add ...": an owner named before the action.
    static func opensWithOwner(_ body: String, coach: Coach) -> Bool {
        var words = body.split(separator: " ").map(String.init)
        if let f = words.first, ["[", "[ ]", "[x]", "[X]", "-", "*"].contains(f) || f.hasPrefix("[") && f.hasSuffix("]") { words.removeFirst() }
        if words.first == "]" { words.removeFirst() }
        // "Update TLS to 1.3" opens with the action itself
        if let f = words.first?.lowercased(), Lex.vagueVerbs.contains(f) || Lex.concreteVerbs.contains(f) { return false }
        for n in 1...3 where n < words.count {
            let head = Array(words[0..<n])
            var last = head[n - 1]
            let colon = last.hasSuffix(":")
            if colon { last.removeLast() }
            guard colon || words[n] == "to" else { continue }
            let names = head.dropLast() + [last]
            let isTeam = ["team", "squad", "sre", "ops", "oncall", "on-call"].contains(last.lowercased())
            // a known person, a first name, a role or a team: not "Update TLS to 1.3"
            let known = names.contains { w in let x = w.lowercased(); return coach.people.contains(x) || Lex.firstNames.contains(x) || Lex.roles.contains(x) || Lex.departments.contains(x) }
            if isTeam || known && names.allSatisfy({ $0.first?.isUppercase == true || Lex.roles.contains($0.lowercased()) }) { return true }
        }
        return false
    }

    /// A tracker line's trailing owner and date with no labels: "Offline mode for the courier app — Ngozi, Q3",
    /// "Add a canary stage (Ngozi, 2025-06-30)". Every part of the tail must be a person, a date or a priority.
    static func ownerAndDueTail(_ what: String, coach: Coach) -> (what: String, hasOwner: Bool, hasDue: Bool)? {
        let t = what.trimmed
        var cut: String.Index?, tail = ""
        if t.hasSuffix(")"), let open = t.lastIndex(of: "(") {
            cut = open; tail = String(t[t.index(after: open)..<t.index(before: t.endIndex)])
        } else if let r = [" — ", " – ", " - "].compactMap({ t.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound }) {
            cut = r.lowerBound; tail = String(t[r.upperBound...])
        }
        guard let at = cut else { return nil }
        let parts = tail.split(whereSeparator: { $0 == "," || $0 == ";" }).map { String($0).trimmed }.filter { !$0.isEmpty }
        guard (1...3).contains(parts.count) else { return nil }
        var owner = false, due = false
        for p in parts {
            if isDateLike(p) || isPriority(p) { due = true }
            else if p.hasPrefix("@") || p.split(separator: " ").contains(where: { coach.people.contains($0.lowercased()) || Lex.firstNames.contains($0.lowercased()) })
                        && p.split(separator: " ").count <= 3 && p.allSatisfy({ $0.isLetter || " .-'@_".contains($0) }) { owner = true }
            else { return nil }
        }
        return (String(t[..<at]).trimmed, owner, due)
    }

    mutating func handleActionLine(_ i: Int, start: Int) {
        let line = lines[i]
        let body = String(Array(line)[start...])
        var what = body
        var hasOwner = false, hasDue = false
        if body.contains(" | ") || body.contains("|") {
            let parts = body.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmed }
            // ("CAST-1187 | P2 | Improve CDN monitoring | owner: TBD": a tracker's id and priority cells come first; the action is the first cell with words)
            let w = parts.firstIndex(where: { $0.split(separator: " ").count >= 2 && !Linter.isPriority($0) && !Linter.isDateLike($0) && !$0.lowercased().hasPrefix("owner") }) ?? 0
            what = parts[w]
            for (n, p) in parts.enumerated() where n != w && !(n == 0 && p.isEmpty) && !Linter.isPlaceholder(p) && !p.lowercased().hasSuffix("tbd") {
                if Linter.isDateLike(p) { hasDue = true } else if Linter.isPriority(p) { hasDue = true } else { hasOwner = true }
            }
        } else {
            let lower = body.lowercased()
            for key in ["owner:", "owner -", "assignee:", "assigned to", "owned by", "(owner", "dri:", "who:"] where lower.contains(key) { hasOwner = true }
            if body.contains("@") || Linter.opensWithOwner(body, coach: coach) { hasOwner = true }
            for key in ["due:", "due ", "deadline", "by 20", "eta:", "target:", "target date", "(due"] where lower.contains(key) { hasDue = true }
            if lower.range(of: #"\b20\d\d-\d\d-\d\d\b"#, options: .regularExpression) != nil { hasDue = true }
            for p in [" p0", " p1", " p2", " p3", "(p0", "(p1", "(p2", "(p3", ", p0", ", p1", ", p2", ", p3", "high priority", "medium priority", "low priority"] where lower.contains(p) { hasDue = true }
            // "Add X (Owner: SRE, Due: 2 days, P1)" — the parenthesis is not part of what
            // ("Make a setpoint diff (PLC vs. config backup) a blocking step ...; owner: S. Bain": a parenthesis that says what stays)
            if let p = what.indices.first(where: { i in what[i] == "(" && { let inside = what[i...].prefix { $0 != ")" }.lowercased(); return inside.contains("owner") || inside.contains("due") }() }) { what = String(what[..<p]) }
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
            if let tail = Linter.ownerAndDueTail(what, coach: coach) {
                what = tail.what; hasOwner = hasOwner || tail.hasOwner; hasDue = hasDue || tail.hasDue
            }
        }
        actions.append((i, start, what.trimmed, hasOwner, hasDue))
        out += coach.review(segments: [Segment(text: what, line: i, col: start)], role: .actionItem)
    }
}
