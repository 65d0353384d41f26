import ArgumentParser
import Foundation
import PostmortemCore
import PostmortemREPL
import PostmortemStore

extension App {
    /// Starts a post-mortem: decides `.create` and writes its first events.
    func create(id: String?, template nameOrPath: String, title: String?) throws -> LivePostmortem {
        let (template, yaml) = try template(nameOrPath: nameOrPath)
        let id = id ?? suggestedID(title: title)
        let journal = try self.journal(id)
        guard !FileManager.default.fileExists(atPath: journal.path) else {
            throw CLIError.usage("Post-mortem '\(id)' already exists. Resume it with `postmortem open \(id)`, or pick another --id.")
        }
        let live = try LivePostmortem(log: FileEventLog(journal: journal), workflow: Workflow(template: template))
        if case .failure(let rejection) = try live.execute(.create(id: id, template: template.name, title: title, templateYAML: yaml), context: context(template)) {
            throw CLIError.refused(rejection.description)
        }
        out.line("Started post-mortem \(id) (template \(template.name)) in \(workspace.path)/\(id).")
        return live
    }

    /// `2026-11-20-checkout-outage`, or `pm-2026-11-20-0918` without a title; unique in the workspace.
    func suggestedID(title: String?) -> String {
        let mapped = String((title ?? "").lowercased().map { ($0.isLetter || $0.isNumber) && $0.isASCII ? $0 : "-" })
        let slug = mapped.split(separator: "-").prefix(6).joined(separator: "-")
        let base = slug.isEmpty ? "pm-\(now.day.iso)-\(now.rfc3339.dropFirst(11).prefix(5).replacingOccurrences(of: ":", with: ""))" : "\(now.day.iso)-\(slug)"
        let existing = Set((try? workspace.ids()) ?? [])
        var candidate = String(base.prefix(60)), n = 2
        while existing.contains(candidate) { candidate = "\(base.prefix(56))-\(n)"; n += 1 }
        return candidate
    }

    /// Runs the owner's REPL.
    /// Runs the owner's REPL; `reader` is shared when called from the home REPL (it may hold buffered input).
    func interview(_ live: LivePostmortem, reader: LineReader? = nil) throws {
        let session = InterviewSession(live: live, reader: reader ?? makeReader(), out: out, env: sessionEnvironment())
        session.onPublished = { pm, external in try self.writePublication(pm, template: live.workflow.template, external: external) }
        session.run()
    }

    /// Opens, decides, appends; prints `done` or throws the refusal (exit 1).
    func perform(_ command: Command, on id: String, done: String) throws {
        let live = try openForWriting(id)
        switch try live.execute(command, context: context(live.workflow.template)) {
        case .success: out.line(done)
        case .failure(let rejection): throw CLIError.refused(rejection.description)
        }
    }

    /// Signs off `revision`, which the reviewer names (at least 6 hex digits, as `status` shows it):
    /// never whatever happens to be current when the command runs.
    func approve(_ id: String, revision typed: String) throws {
        let live = try openForWriting(id)
        let pm = live.state!
        guard typed.count >= 6 else {
            throw CLIError.usage("Give at least 6 characters of the revision you read, e.g. --revision \(Revision.short(pm.revision)) (`postmortem status \(id)` shows it).")
        }
        let revision = pm.revision.hasPrefix(typed.lowercased()) ? pm.revision : typed
        let env = sessionEnvironment()
        let statement = SignOffStatement(workspaceID: env.workspaceID, postmortemID: id, revision: revision, seq: pm.nextSeq, reviewer: actor)
        let signature = env.signer?(statement.bytes)
        switch try live.execute(.signOff(revision: revision, signature: signature), context: context(live.workflow.template)) {
        case .success: out.line("Signed off revision \(Revision.short(revision))\(signature == nil ? " (unsigned)" : " (signed)").")
        case .failure(let rejection): throw CLIError.refused(rejection.description)
        }
    }

    func publish(_ id: String, external: Bool) throws {
        let live = try openForWriting(id)
        switch try live.execute(external ? .publishExternally : .publish, context: context(live.workflow.template)) {
        case .success:
            let path = try writePublication(live.state!, template: live.workflow.template, external: external)
            out.line("Published \(external ? "externally" : "internally"): \(path)")
            if !external, let due = live.state!.followUpDue { out.line("Follow-up started; the 2-week follow-up review is due \(due.iso).") }
        case .failure(let rejection): throw CLIError.refused(rejection.description)
        }
    }

    /// Writes `postmortem.md` or `postmortem.external.md` beside the journal; returns its path.
    func writePublication(_ pm: Postmortem, template: Template, external: Bool) throws -> String {
        let path = "\(workspace.path)/\(pm.id)/postmortem\(external ? ".external" : "").md"
        try render(pm, template: template, external: external, format: false).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The document as Markdown or JSON. Markdown is neutralised: people read it in terminals,
    /// and a control sequence typed into an answer must not drive their screen. (JSON escapes them.)
    func render(_ pm: Postmortem, template: Template, external: Bool, format json: Bool) -> String {
        if external {
            let projection = ExternalProjection(postmortem: pm, template: template, knownPeople: knownPeople(),
                                                internalHostSuffixes: internalHostSuffixes())
            return json ? DocumentJSON.external(projection) : projection.markdown().neutralized
        }
        return json ? DocumentJSON.render(pm, template: template) : MarkdownRenderer(template: template).render(pm).neutralized
    }

    func signatureCheck() -> SignatureCheck { SignatureCheck(publicKeys: Keys.publicKeys(in: workspace), workspaceID: workspaceID()) }

    func coachingLines(_ pm: Postmortem) -> [String] {
        guard let template = try? template(named: pm.templateName) else { return [] }
        return FieldCoaching(pm, knownPeople: knownPeople()).all(pm, template: template).map {
            "\($0.field): \($0.finding.check): \($0.finding.message)"
        }
    }

    /// Every problem with one post-mortem's files: the journal, and published files that differ from a fresh render.
    /// `last`: nothing follows before the process ends (see `EndOfProcess`).
    func verify(_ id: String, last: Bool = false) -> (problems: [String], signOffs: String) {
        let live: LivePostmortem
        let log: FileEventLog
        do { (live, log) = try open(id) } catch { return (["\(error)"], "") }
        let problems = verify(live, log)
        if last { EndOfProcess.keep(live) }
        return (problems, live.state.map(signOffSummary) ?? "")
    }

    private func verify(_ live: LivePostmortem, _ log: FileEventLog) -> [String] {
        let id = live.state?.id ?? ""
        var problems: [String] = []
        if let reason = log.readOnlyReason { problems.append(reason) }
        if let torn = log.tornTail {
            problems.append("the last line (byte \(torn.offset)) is torn, an interrupted write: `postmortem repair \(id)` moves it aside")
        }
        guard let pm = live.state else { return problems }
        let signatures = signatureCheck()
        for reviewer in pm.committee {
            guard case .approved(let signOff)? = pm.verdict(of: reviewer),
                  !signatures.counts(signOff, by: reviewer, postmortemID: id) else { continue }
            let what = signatures.status(of: signOff, by: reviewer, postmortemID: id) == .bad ? "has a bad signature" : "is unsigned although keys/\(reviewer).pub exists"
            problems.append("the sign-off by \(reviewer) (journal seq \(signOff.seq)) \(what): it does not count")
        }
        for (external, publication) in [(false, pm.published), (true, pm.publishedExternally)] {
            guard let publication else { continue }
            let path = "\(workspace.path)/\(id)/postmortem\(external ? ".external" : "").md"
            let atPublication = live.workflow.replay(live.events.prefix { $0.at <= publication.at }) ?? pm
            let expected = render(atPublication.revision == publication.revision ? pm : atPublication, template: live.workflow.template, external: external, format: false)
            guard let onDisk = try? String(contentsOfFile: path, encoding: .utf8) else {
                problems.append("\(path) is missing; `postmortem render \(id)\(external ? " --external" : "") -o \(path)` writes it again"); continue
            }
            if onDisk != expected { problems.append("\(path) differs from what the journal renders; `postmortem render \(id)\(external ? " --external" : "") -o \(path)` regenerates it") }
        }
        return problems
    }

    /// `; sign-offs: Ben verified, Chen unsigned`, when there are any.
    func signOffSummary(_ pm: Postmortem) -> String {
        let id = pm.id
        let signatures = signatureCheck()
        let parts = pm.committee.compactMap { reviewer -> String? in
            guard case .approved(let s)? = pm.verdict(of: reviewer) else { return nil }
            return "\(reviewer) \(signatures.status(of: s, by: reviewer, postmortemID: id).rawValue)"
        }
        return parts.isEmpty ? "" : "; sign-offs: " + parts.joined(separator: ", ")
    }

    /// One line per post-mortem: id, phase, title, and what is due.
    func printOverview() {
        let ids = (try? workspace.ids()) ?? []
        if ids.isEmpty { out.line("No post-mortems in \(workspace.path) yet. Start one with `postmortem new`."); return }
        for id in ids {
            guard let live = try? open(id).0, let pm = live.state else { out.line("\(id)  (cannot be read: `postmortem verify \(id)`)"); continue }
            let deadlines = Deadlines(pm, template: live.workflow.template)
            let overdue = deadlines.overdue(at: now)
            let next = overdue.first.map { "OVERDUE: \($0.what)" } ?? deadlines.upcoming(at: now).first.map { "next: \($0.what), due \($0.due.shortUTC)" } ?? ""
            let line = "\(id)  \(pm.phase.label)  \(pm.title?.neutralized ?? "(untitled)")\(next.isEmpty ? "" : "  — " + next)"
            out.line(overdue.isEmpty ? line : out.styledRed(line))
        }
    }
}

extension Terminal {
    func styledRed(_ text: String) -> String { color ? "\u{1B}[31m\(text)\u{1B}[0m" : text }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
