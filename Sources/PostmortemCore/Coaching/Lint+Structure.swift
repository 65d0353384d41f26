/// Headings, labels, bullets and markup: how a line of a document is read.
extension Linter {
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
        // "Improve monitoring" is an order, not a "Monitoring" heading
        if let first = stripped.split(separator: " ").first?.lowercased(), words > 1, !t.hasPrefix("**"),
           Lex.vagueVerbs.contains(first) || Lex.concreteVerbs.contains(first) || ["update", "fix"].contains(first) { return nil }
        let boldOnly = (t.hasPrefix("**") && (t.hasSuffix("**") || t.hasSuffix("**:") || t.hasSuffix(":**")))
        if words >= 1, words <= 6, boldOnly || t.hasSuffix(":") || Linter.roleFor(t) != nil && words <= 4 && !t.contains(".") && !t.hasPrefix("-") && !t.hasPrefix("*") && !t.hasPrefix("|"),
           Linter.roleFor(t) != nil, !t.dropLast().contains(":") || boldOnly {
            return (7, t)
        }
        return nil
    }

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

    /// "Owner: Jonas - improve the dashboards" → "improve the dashboards", with its column.
    static func actionAfterOwner(_ line: String, from off: Int) -> (text: String, col: Int)? {
        let chars = Array(line)
        guard off < chars.count, let d = (off..<chars.count).first(where: { ["-", "—", "–"].contains(chars[$0]) && $0 > off && chars[$0 - 1] == " " }) else { return nil }
        var j = d + 1
        while j < chars.count, chars[j] == " " { j += 1 }
        let text = String(chars[j...])
        guard let first = text.split(separator: " ").first.map({ $0.lowercased() }),
              Lex.vagueVerbs.contains(first) || Lex.concreteVerbs.contains(first) || Coach.imperativeVerbs.contains(first) || ["make", "fix", "update", "look", "document", "write"].contains(first) else { return nil }
        return (text, j)
    }

    /// "devon: AI: look into bracket-svc perf", "kofi.m: AI-4 better comms ...", "lee.h: action item - let's harden ...": the item after its label.
    static func actionInChat(_ text: String) -> (text: String, col: Int)? {
        let chars = Array(text)
        guard let colon = chars.firstIndex(of: ":"), colon < 30 else { return nil }
        var j = colon + 1
        while j < chars.count, chars[j] == " " { j += 1 }
        let rest = String(chars[j...])
        let lower = rest.lowercased()
        // ("ok action from me — let's get better at ...", "ok so actions: fix the adapter bug", "AP: update the proxy docs": the label a few words in)
        for label in ["action item -", "action item:", "action item", "action for me:", "action for us:", "action from me —", "action from me -", "action from me:", "ok action from me —", "ok so actions:", "actions:", "action:", "ap:", "ai:", "todo:", "todo -"] where lower.hasPrefix(label) {
            var k = label.count
            let r = Array(rest)
            while k < r.count, r[k] == " " { k += 1 }
            return k < r.count ? (String(r[k...]), j + k) : nil
        }
        // "AI-4 better comms with support during incidents": a numbered action id
        if lower.hasPrefix("ai-"), let sp = rest.firstIndex(of: " ") {
            let id = rest[rest.index(rest.startIndex, offsetBy: 3)..<sp]
            if !id.isEmpty, id.allSatisfy({ $0.isNumber || $0 == ":" }) {
                let off = rest.distance(from: rest.startIndex, to: sp) + 1
                return (String(rest[rest.index(after: sp)...]), j + off)
            }
        }
        return nil
    }

    /// Whether a timestamped line is someone speaking in a chat log ("devon: lots of matches stuck in lobby", "@support-lead: queue is exploding"),
    /// not an event of the timeline: a short handle with no spaces, then a colon.
    static func isChatSpeech(_ text: String) -> Bool {
        // ("<kestrel (staff)> CF per eng: ...": an IRC-style speaker in angle brackets)
        if text.hasPrefix("<"), let close = text.firstIndex(of: ">"), text.distance(from: text.startIndex, to: close) <= 30,
           text[text.index(after: text.startIndex)..<close].contains(where: \.isLetter), text[text.index(after: close)...].hasPrefix(" ") { return true }
        guard let colon = text.firstIndex(of: ":") else { return false }
        let handle = text[..<colon]
        // ("Bruno Alves: action from me ...": a display name of two or three capitalised words)
        let words = handle.split(separator: " ")
        let handleShaped = !handle.contains(" ") || (2...3).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true && $0.dropFirst().allSatisfy(\.isLowercase) }
        return (2...30).contains(handle.count) && handleShaped && handle.contains(where: \.isLetter)
            && handle.allSatisfy({ $0.isLetter || $0.isNumber || "@._- ".contains($0) }) && text[text.index(after: colon)...].hasPrefix(" ")
    }

    /// Where a chat line's words start after its speaker: "devon: lots of matches ..." → 7, "<kestrel (staff)> CF per eng: ..." → 18.
    static func afterSpeaker(_ text: String) -> Int? {
        let chars = Array(text)
        guard let close = chars.first == "<" ? chars.firstIndex(of: ">") : chars.firstIndex(of: ":") else { return nil }
        var j = close + 1
        while j < chars.count, chars[j] == " " { j += 1 }
        return j < chars.count ? j : nil
    }

    static func isListItem(_ line: String) -> Bool {
        let t = line.trimmed
        guard let f = t.first else { return false }
        if "-*+•".contains(f), t.dropFirst().first == " " { return true }
        if f.isNumber, let d = t.firstIndex(where: { !$0.isNumber }), ".)".contains(t[d]) { return true }
        return false
    }
}
