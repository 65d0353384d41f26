/// Answers of free lines: paragraphs, lists, people and the 5 Whys.
extension AnswerParser {
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
}
