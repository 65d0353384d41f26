/// What may leave the company: a projection of the document with every known
/// person replaced by a role, action owners dropped, and e-mail addresses and
/// internal host names removed.
public struct ExternalProjection: Sendable {
    public var postmortem: Postmortem
    public var template: Template
    /// The workspace's people list, in addition to the people the document names.
    public var knownPeople: [String]
    /// Host-name suffixes that are internal (e.g. `.corp.example.com`).
    public var internalHostSuffixes: [String]

    /// The fields whose text leaves the company (action items: only what is done, never who).
    public static let projectedFields: Set<String> = ["title", "summary", "impact", "timeline", "root_cause", "action_items"]

    /// Given names that are also common words: replacing them alone would garble ordinary text.
    static let everydayWords: Set<String> = ["will", "may", "mark", "bill", "rob", "grant", "june", "april", "summer", "hope", "faith",
                                              "joy", "pat", "sue", "art", "chase", "dean", "guy", "jack", "ray", "rich", "rose", "wade",
                                              "gene", "hunter", "miles", "page", "sage", "king", "long", "young", "brown", "white", "green", "black"]

    public static let defaultInternalSuffixes = [".internal", ".corp", ".local", ".lan", ".intranet", ".intra"]

    public init(postmortem: Postmortem, template: Template, knownPeople: [String] = [], internalHostSuffixes: [String] = ExternalProjection.defaultInternalSuffixes) {
        self.postmortem = postmortem; self.template = template; self.knownPeople = knownPeople
        self.internalHostSuffixes = internalHostSuffixes
    }

    /// Each known person and the role that replaces them.
    public var roles: [(name: String, role: String)] {
        var result: [(String, String)] = []
        func add(_ name: String, _ role: String) {
            let name = name.trimmed
            guard name.count >= 2, !result.contains(where: { $0.0.caseInsensitiveCompare(name) }) else { return }
            result.append((name, role))
        }
        postmortem.owners.forEach { add($0, "the incident owner") }
        postmortem.committee.forEach { add($0, "a reviewer") }
        postmortem.actionItems.compactMap(\.owner).forEach { add($0, "an engineer") }
        if case .people(let p)? = postmortem.answers["legal_review"] { p.forEach { add($0, "legal counsel") } }
        knownPeople.forEach { add($0, "a team member") }
        // First and last names alone identify people too ("Ana", "Okafor"), unless they are everyday words.
        for (name, role) in result {
            let parts = name.split(separator: " ").map(String.init)
            guard parts.count > 1 else { continue }
            for part in parts where part.count >= 3 && !Self.everydayWords.contains(part.lowercased()) { add(part, role) }
        }
        // Longest first, so "Susan Jones" is replaced before "Susan".
        return result.sorted { $0.0.count > $1.0.count }
    }

    /// Replaces people, addresses and internal hosts in one piece of text.
    public func scrub(_ text: String) -> String {
        var words = Redactor.tokens(text)
        Redactor.replaceNames(in: &words, roles: roles)
        return words.map { token in
            if Redactor.isEmail(token) { return "[address removed]" }
            if Redactor.isInternalHost(token, suffixes: internalHostSuffixes) { return "[internal host]" }
            return token
        }.joined()
    }

    /// The sections that leave, in order: title, then (heading, body) pairs in Markdown.
    public func sections() -> [(heading: String, body: String)] {
        var out: [(String, String)] = []
        func text(_ id: String) -> String? {
            switch postmortem.answers[id] {
            case .text(let t)?: scrub(t)
            case .list(let l)?: l.map { "- " + scrub($0) }.joined(separator: "\n")
            default: nil
            }
        }
        if let s = text("summary") { out.append(("Summary", s)) }
        if let s = text("impact") { out.append(("Impact", s)) }
        let timeline = postmortem.timeline
        if !timeline.isEmpty {
            let rows = timeline.map { "| \($0.at.shortUTC) | \(scrub($0.text).replacingPipes) |" }
            out.append(("Timeline (UTC)", (["| Time | Event |", "|---|---|"] + rows).joined(separator: "\n")))
        }
        if let s = text("root_cause") { out.append(("Root cause", s)) }
        let actions = postmortem.actionItems
        if !actions.isEmpty {
            out.append(("What we are doing", actions.map { "- " + scrub($0.what) }.joined(separator: "\n")))
        }
        return out
    }

    /// The external Markdown.
    public func markdown() -> String {
        var out = "# " + scrub(postmortem.title ?? "Incident report") + "\n"
        if let day = postmortem.incidentDay { out += "\n**Date:** \(day.iso)\n" }
        for (heading, body) in sections() { out += "\n## \(heading)\n\n\(body)\n" }
        return out
    }

    /// What the automatic scan of the projection still finds: names, addresses, internal hosts.
    public func blockers() -> [String] {
        let projected = markdown()
        var found: [String] = []
        let lower = projected.lowercased()
        for (name, _) in roles where Redactor.containsWord(lower, name.lowercased()) {
            found.append("the external text still names \(name)")
        }
        for token in Redactor.tokens(projected) {
            if Redactor.isEmail(token) { found.append("the external text still has the address \(token)") }
            if Redactor.isInternalHost(token, suffixes: internalHostSuffixes) { found.append("the external text still has the internal host \(token)") }
        }
        return found
    }
}

extension String {
    var replacingPipes: String { split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
}
