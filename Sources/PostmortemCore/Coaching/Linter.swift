/// Reads a document line by line: headings set the role, and each line goes to the right reader.
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
    /// The line (0-based) of the heading of the current timeline section: where findings about the timeline as a whole go.
    var timelineHeading: Int? = nil

    init(coach: Coach, lines: [String]) { self.coach = coach; self.lines = lines }

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
                if newRole == .timeline { if mapped == .timeline { timelineHeading = i } } else { timelineHeading = nil }
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


    mutating func handle(_ i: Int) {
        let line = lines[i]
        var start = Linter.contentStart(line)
        let t = line.trimmed
        var lineRole = role
        // table rows
        if t.hasPrefix("|") { handleTableRow(i); return }
        if let (l, off) = Linter.label(line, from: start) {
            // "Owner: Jonas - improve the dashboards": the owner, then the action itself
            if ["owner", "assignee"].contains(l), role != .actionItem, let item = Linter.actionAfterOwner(line, from: off) {
                out += coach.review(segments: [Segment(text: item.text, line: i, col: item.col)], role: .actionItem).filter { $0.check == "vague-action" }
                return
            }
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
                // under Action Items, "**Client-side error monitoring**: Set up ..." names the action's topic, not a new section
                if r != .title && r != .other && r != .timeline && role != .actionItem { lineRole = r; start = off }
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
                // (a chat line pasted into a section or plain text is read as what it says there: "[22:40] devon: lots of matches stuck in lobby" is impact)
                let said: TextRole = role != .timeline && Linter.isChatSpeech(rest) ? lineRole : .timeline
                let item = Linter.actionInChat(rest)
                // (one vague-action finding per line: the action item's own, when the chat line records one)
                // (what the speaker says is read without the handle: "Gemma Rourke: phones going mad ..." is read as "phones going mad ...")
                let spoken = said == .timeline ? 0 : Linter.afterSpeaker(rest) ?? 0
                out += coach.review(segments: [Segment(text: String(Array(rest)[spoken...]), line: i, col: start + off + spoken)], role: said).filter { item == nil || $0.check != "vague-action" }
                // "[09:51] dmitri_ops: AI-2 look into the firmware thing": an action item recorded in the chat is held to an action's standard
                if let item {
                    out += coach.review(segments: [Segment(text: item.text, line: i, col: start + off + item.col)], role: .actionItem).filter { $0.check == "vague-action" }
                }
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

    mutating func flushBlock() {
        guard !block.isEmpty else { return }
        out += coach.review(segments: block, role: blockRole, sectionHasNumber: blockRole == .impact && sectionHasQuantity(around: block[0].line))
        block = []
    }

    /// Whether the section holding `line` gives a count anywhere: from the heading above it to the next heading.
    func sectionHasQuantity(around line: Int) -> Bool {
        var a = line
        while a > 0, !lines[a - 1].trimmed.hasPrefix("#") { a -= 1 }
        var b = line
        while b + 1 < lines.count, !lines[b + 1].trimmed.hasPrefix("#") { b += 1 }
        let text = lines[a...b].joined(separator: "\n")
        let toks = Tokenizer.tokenize(Coach.segments(of: text))
        return Tokenizer.sentences(toks).map(Sentence.init).contains { $0.hasQuantity }
    }

    mutating func flushSection() {
        flushBlock()
        for a in actions { out += coach.structure(what: a.what, hasOwner: a.owner, hasDue: a.due, line: a.line + 1, column: a.col + 1) }
        if actions.count > 10, let f = coach.tooMany(actions.count, line: actions[10].line + 1, column: actions[10].col + 1) { out.append(f) }
        actions = []
        flushTimeline()
        flushWhys()
    }
}
