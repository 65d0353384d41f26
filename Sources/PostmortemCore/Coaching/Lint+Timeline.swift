/// Timeline lines: a leading time, and the timeline checks when the section ends.
extension Linter {
    /// 0–9 for an ASCII digit only: `Character.isNumber` is also true for "²", "½" and Arabic-Indic digits.
    static func asciiDigit(_ c: Character) -> Int? {
        guard c.isASCII, let v = c.wholeNumberValue, (0...9).contains(v) else { return nil }
        return v
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
        while i < c.count, let d = Linter.asciiDigit(c[i]), digits < 2 { h = h * 10 + d; i += 1; digits += 1 }
        guard digits > 0, i < c.count, c[i] == ":" || c[i] == "h" || c[i] == "." && day != 0 else { return nil }
        i += 1
        var m = 0, md = 0
        while i < c.count, let d = Linter.asciiDigit(c[i]), md < 2 { m = m * 10 + d; i += 1; md += 1 }
        guard md == 2, h < 24, m < 60 else { return nil }
        var s = 0
        if i + 2 < c.count, c[i] == ":", let d1 = Linter.asciiDigit(c[i + 1]), let d2 = Linter.asciiDigit(c[i + 2]) { s = d1 * 10 + d2; i += 3 }
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

    mutating func flushTimeline() {
        if points.count >= 2 || (points.count >= 1 && role == .timeline) {
            let pts = points.map { Coach.TimelinePoint(at: $0.at, text: $0.text, milestone: $0.milestone, hasDate: $0.at >= 86_400 * 2) }
            let ps = points
            // a missing milestone or a gap is about the timeline as a whole: report it on the section's heading
            // (or, without one, on the first entry), not on an entry that is itself fine
            let wholeLine = role == .timeline && timelineHeading != nil ? timelineHeading! + 1 : ps[0].line + 1
            let wholeCol = role == .timeline && timelineHeading != nil ? 1 : ps[0].col + 1
            out += coach.timelineFindings(pts, lineOf: { ps[$0].line + 1 }, columnOf: { ps[$0].col + 1 }).map { f in
                guard ["timeline-gap", "timeline-milestone"].contains(f.check) else { return f }
                var g = f; g.line = wholeLine; g.column = wholeCol; return g
            }
        }
        points = []
        dayOffset = 0
    }
}
