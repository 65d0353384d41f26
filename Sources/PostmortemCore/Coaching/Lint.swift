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
        "module duration", "prerequisites", "track", "document owner", "questions?", "questions", "scheduled", "purpose",
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
