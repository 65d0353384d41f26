/// 5 Whys lines: "Why 1:", "→ Because", numbered whys, and the chain checks when the section ends.
extension Linter {
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

    mutating func flushWhys() {
        if whysFormat || !whys.isEmpty {
            let ws = whys
            let answers = ws.map { $0.text }
            for w in ws {
                out += coach.review(segments: [Segment(text: w.text, line: w.line, col: w.col)], role: .whys)
            }
            if !ws.isEmpty { out += coach.chainFindings(answers, lineOf: { ws[$0].line + 1 }, columnOf: { ws[$0].col + 1 }) }
        }
        whys = []
        whysFormat = false
    }
}
