/// What may leave the company: a projection of the document with every person replaced by a role
/// (known people by theirs, likely first names nobody listed by "an engineer"), action owners dropped,
/// and internal-only details replaced by placeholders: addresses (e-mail, `user@host`, IPv4, IPv6, MAC),
/// handles, internal host names, cloud account numbers, phone numbers, chat channels and internal
/// ticket ids. Invisible characters are removed first, so they cannot hide a name from the matcher.
/// `blockers()` scans the result again for every one of these; publication waits while any remain.
public struct ExternalProjection: Sendable {
    public var postmortem: Postmortem
    public var template: Template
    /// The workspace's people list, in addition to the people the document names.
    public var knownPeople: [String]
    /// Host-name suffixes that are internal (e.g. `.corp.example.com`); an entry with a dot, hyphen or digit
    /// in it (e.g. `.db-replica-2`) also matches that host name on its own.
    public var internalHostSuffixes: [String]

    /// The fields whose text leaves the company (action items: only what is done, never who).
    public static let projectedFields: Set<String> = ["title", "summary", "impact", "timeline", "root_cause", "action_items"]

    /// Given names (and surnames) that are also common words: alone, they are replaced only when capitalised
    /// ("Mark restarted it", not "mark the alert"), and the scan looks for them capitalised.
    static let everydayWords: Set<String> = Lex.set("""
    will may mark bill rob grant june april summer hope faith joy pat sue art chase dean guy jack ray rich rose wade gene hunter miles \
    page sage king long young brown white green black gray grey price fox street baker hill wood woods little cook lane park parks field \
    bell rice cash stone moss frost snow key case lock pool root cloud stack bush hall wall ward ford banks bird bishop carter cooper \
    fisher glass golden hart head hood house hunt knight lamb law love marsh mason miller moon noble parker pond porter power ross sharp \
    short small smith spring steel strong swift turner walker waters webb wells west wolf best bass bond brand bright brook burns chance \
    child church clay cross day deal duke early fair fine gold good hale hand hardy hay lord major north oak penny pike plant post reed \
    rock salt sands seal silver south spear sterling stock storm sweet tank temple thorn tower vale vine weaver wise wright drew frank \
    lance max sky skye dawn eve amber ivy iris daisy violet ruby pearl crystal jade autumn river rain sunny
    """)

    public static let defaultInternalSuffixes = [".internal", ".corp", ".local", ".lan", ".intranet", ".intra"]

    public init(postmortem: Postmortem, template: Template, knownPeople: [String] = [], internalHostSuffixes: [String] = ExternalProjection.defaultInternalSuffixes) {
        self.postmortem = postmortem; self.template = template; self.knownPeople = knownPeople
        self.internalHostSuffixes = internalHostSuffixes
    }

    /// Each known person and the role that replaces them, longest first (full names, then their parts).
    public var roles: [(name: String, role: String)] {
        var result: [(String, String)] = []
        func add(_ name: String, _ role: String) {
            let name = name.trimmed
            guard name.count >= 2, !result.contains(where: { Person.same($0.0, name) }) else { return }
            result.append((name, role))
        }
        people.forEach { add($0.name, $0.role) }
        for (name, role) in result {
            let parts = Redactor.tokens(name).filter(Redactor.isWord)
            guard parts.count > 1 else { continue }
            for part in parts where part.count >= 2 && !Redactor.isInitials(part) { add(part, role) }
        }
        return result.sorted { $0.0.count > $1.0.count }
    }

    /// Each known person once, as written, with their role: owners, committee, action owners, legal counsel, then the workspace list.
    var people: [(name: String, role: String)] {
        var result: [(name: String, role: String)] = []
        func add(_ name: String, _ role: String) {
            let name = Redactor.stripInvisible(name).trimmed
            guard name.count >= 2, !result.contains(where: { Redactor.fold($0.name) == Redactor.fold(name) }) else { return }
            result.append((name, role))
        }
        postmortem.owners.forEach { add($0, "the incident owner") }
        postmortem.committee.forEach { add($0, "a reviewer") }
        postmortem.actionItems.compactMap(\.owner).forEach { add($0, "an engineer") }
        if case .people(let p)? = postmortem.answers["legal_review"] { p.forEach { add($0, "legal counsel") } }
        knownPeople.forEach { add($0, "a team member") }
        return result
    }

    /// The matchers one projection uses: made once per rendering.
    struct Scrubber {
        var persons: PersonNames
        var details: InternalDetails

        init(_ projection: ExternalProjection) {
            let persons = PersonNames(people: projection.people)
            self.persons = persons
            details = InternalDetails(hostSuffixes: projection.internalHostSuffixes) { handle in
                persons.hits(in: Redactor.tokens(handle)).first.flatMap { $0.start == 0 && $0.end == Redactor.tokens(handle).count && $0.isRole ? $0.replacement : nil }
            }
        }

        func scrub(_ text: String) -> String {
            let visible = Redactor.stripInvisible(text)
            return persons.replace(in: Redactor.tokens(details.redact(visible)))
        }
    }

    var scrubber: Scrubber { Scrubber(self) }

    /// Replaces people, addresses, internal hosts and other internal-only details in one piece of text.
    public func scrub(_ text: String) -> String { scrubber.scrub(text) }

    /// The sections that leave, in order: title, then (heading, body) pairs in Markdown.
    public func sections() -> [(heading: String, body: String)] { sections(scrubber) }

    func sections(_ scrubber: Scrubber) -> [(heading: String, body: String)] {
        let scrub = scrubber.scrub
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
        let scrubber = self.scrubber
        var out = "# " + scrubber.scrub(postmortem.title ?? "Incident report") + "\n"
        if let day = postmortem.incidentDay { out += "\n**Date:** \(day.iso)\n" }
        for (heading, body) in sections(scrubber) { out += "\n## \(heading)\n\n\(body)\n" }
        return out
    }

    /// What the automatic scan of the projection still finds: invisible characters, people (known names and
    /// their parts, handles, likely first names), addresses, internal hosts, account and phone numbers,
    /// channels, internal tickets, and words mixing alphabets. Publication waits while any remain.
    public func blockers() -> [String] { blockers(in: markdown()) }

    /// The scan of one text (the projection, or in tests any text).
    func blockers(in projected: String) -> [String] {
        let scrubber = self.scrubber
        var found: [String] = []
        func report(_ message: String) { if !found.contains(message) { found.append(message) } }
        if projected.unicodeScalars.contains(where: Redactor.isInvisible) { report("the external text has invisible characters") }
        for detail in scrubber.details.find(in: projected) { report("the external text still has \(detail.what) \(detail.text)") }
        let tokens = Redactor.tokens(projected)
        for hit in scrubber.persons.hits(in: tokens) { report("the external text still \(hit.description)") }
        for token in tokens where Redactor.mixesAlphabets(token) {
            report("the external text has \(token), which mixes alphabets (a look-alike letter can hide a name)")
        }
        return found
    }
}

extension String {
    var replacingPipes: String { split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
}
