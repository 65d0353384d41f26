import PostmortemCore
import PostmortemStore

/// The reviewer's REPL: reads the document section by section (Enter for the next),
/// first showing what changed since this reviewer last signed off or commented;
/// comments, approves the revision read, or requests changes.
public final class ReviewSession {
    let live: LivePostmortem
    let reader: LineReader
    let out: Terminal
    let env: SessionEnvironment
    var template: Template { live.workflow.template }
    var pm: Postmortem { live.state! }
    /// The revision this reviewer last saw on screen: what /approve signs.
    var revisionRead: String?
    var sectionIndex = 0
    /// Sections shown on screen at the current revision: /approve needs all of them.
    var shown: Set<Int> = []
    var shownRevision: String?
    var finished = false
    /// Extra findings to show in /status (coaching), supplied by the shell.
    public var coaching: (Postmortem) -> [String] = { _ in [] }

    public init(live: LivePostmortem, reader: LineReader, out: Terminal, env: SessionEnvironment) {
        self.live = live; self.reader = reader; self.out = out; self.env = env
        reader.completer = { [template = live.workflow.template] text in SlashCompletion.candidates(for: text, template: template) }
    }

    var sections: [Section] { template.sections }

    public func run() {
        out.heading("Reviewing \(pm.id): \(pm.title?.neutralized ?? "(untitled)")")
        out.line("You are \(env.actor). Phase: \(pm.phase.label). Revision \(Revision.short(pm.revision)).")
        if !pm.isOnCommittee(env.actor) {
            out.warn("\(env.actor) is not on the review committee (\(pm.committee.joined(separator: ", "))): you can read, but not approve.")
        }
        showChangesSinceLastVisit()
        let open = pm.comments.filter { !$0.resolved }
        if !open.isEmpty {
            out.line("Open comments (\(open.count)):")
            for section in sections { comments(on: section.id).forEach { out.line("  💬 [\(section.id)] " + $0) } }
            comments(on: nil).forEach { out.line("  💬 " + $0) }
        }
        let notes = coaching(pm)
        if !notes.isEmpty {
            out.line("Coaching notes on this draft (\(notes.count)); worth a comment if they hold:")
            notes.forEach { out.line("  - " + $0.neutralized) }
        }
        out.note("Enter shows the next section; /help lists the commands.")
        showSection()
        while !finished {
            let prompt = "review \(pm.id) [\(min(sectionIndex + 1, sections.count))/\(sections.count)]> "
            switch reader.readLine(prompt: prompt) {
            case .interrupted: continue
            case .endOfInput: finished = true
            case .line(let raw):
                switch SlashCommand.parse(raw, sectionIDs: sections.map(\.id)) {
                case .invalid(let message): out.refuse(message)
                case .answer(let text):
                    if text.trimmed.isEmpty { next() } else {
                        out.refuse("To comment, type /comment [SECTION] TEXT, e.g. /comment \(currentSectionID) \(text.trimmed.prefix(40))")
                    }
                case .command(let command): reader.addHistory(raw); handle(command)
                }
            }
        }
        out.line("Bye. Your comments and sign-off are saved.")
    }

    var currentSectionID: String { sections[min(sectionIndex, sections.count - 1)].id }

    func next() {
        if sectionIndex + 1 < sections.count { sectionIndex += 1; showSection() } else {
            out.note("That was the last section. /approve signs off revision \(Revision.short(pm.revision)); /request-changes REASON sends it back.")
        }
    }

    func showSection() {
        let markdown = MarkdownRenderer(template: template).render(pm)
        if sectionIndex == 0 {
            // The header (title, owner, status) comes first.
            let header = markdown.split(separator: "\n## ", maxSplits: 1).first.map(String.init) ?? markdown
            out.line(header.neutralized)
        }
        let section = sections[sectionIndex]
        if let text = MarkdownSections.extract(section.title, from: markdown) {
            out.line(text.neutralized)
        } else if sectionIndex > 0 || section.fields.contains(where: { !MarkdownRenderer.headerFields.contains($0.id) }) {
            out.note("(\(section.title): nothing written)")
        }
        comments(on: section.id).forEach { out.line("  💬 " + $0) }
        markShown([sectionIndex])
    }

    /// Records what the reviewer has seen; the revision counts as read once every section was shown at it.
    func markShown(_ indices: some Sequence<Int>) {
        if shownRevision != pm.revision { shown = []; shownRevision = pm.revision }
        shown.formUnion(indices)
        revisionRead = shown.count == sections.count ? pm.revision : nil
    }

    func comments(on section: String?) -> [String] {
        pm.comments.filter { $0.section == section && !$0.resolved }.map { c in
            "\(c.id) \(c.author): \(c.text.neutralized)" + c.replies.map { " ↳ \($0.author): \($0.text.neutralized)" }.joined()
        }
    }

    /// Shows the diff between the document at this reviewer's last sign-off or comment and now.
    func showChangesSinceLastVisit() {
        let mine = live.events.last { $0.actor.lowercased() == env.actor.lowercased() && $0.event.isReviewerWord }
        guard let mine else { return }
        let before = live.workflow.replay(live.events.prefix { $0.seq <= mine.seq })
        guard let before else { return }
        let renderer = MarkdownRenderer(template: template)
        let diff = LineDiff.unified(from: renderer.render(before).lines, to: renderer.render(pm).lines)
        if diff.isEmpty {
            out.note("Nothing changed since your last visit (\(mine.at.shortUTC) UTC).")
        } else {
            out.line("Changed since your last visit (\(mine.at.shortUTC) UTC):")
            diff.forEach { line in
                let text = line.neutralized
                out.line(line.hasPrefix("+") ? out.styled(text, .green) : line.hasPrefix("-") ? out.styled(text, .red) : text)
            }
            out.line()
        }
    }

    func handle(_ command: SlashCommand) {
        switch command {
        case .help(let topic): SessionHelp.print(topic: topic, role: .reviewer, to: out)
        case .next: next()
        case .show(let id):
            if let id {
                guard let i = sections.firstIndex(where: { $0.id == id || $0.title.lowercased() == id.lowercased() }) else {
                    out.refuse("There is no section '\(id)'. Sections: \(sections.map(\.id).joined(separator: ", ")).")
                    return
                }
                sectionIndex = i
                showSection()
            } else {
                out.line(MarkdownRenderer(template: template).render(pm).neutralized)
                markShown(sections.indices)
            }
        case .status:
            StatusReport(pm, workflow: live.workflow, now: env.clock(), coaching: coaching(pm),
                         signatures: SignatureCheck(publicKeys: env.publicKeys, workspaceID: env.workspaceID)).lines.forEach {
                out.line($0.overdue ? out.styled($0.text, .red) : $0.text)
            }
        case .comment(let section, let text):
            if perform(.comment(section: section ?? currentSectionID, text: text)) { out.ok("Comment \(pm.comments.last!.id) added.") }
        case .approve: approve()
        case .requestChanges(let reason):
            if perform(.requestChanges(reason: reason)) { out.ok("Changes requested; the post-mortem is back with its owner.") }
        case .quit: finished = true
        default:
            out.refuse("That is an owner's command. Here: /next, /show, /comment, /approve, /request-changes, /status, /quit.")
        }
    }

    func approve() {
        guard let read = revisionRead, read == pm.revision else {
            let left = sections.indices.filter { !shown.contains($0) }.map { sections[$0].id }
            out.refuse("Read the whole document first (Enter through the sections, or /show), then /approve."
                + (left.isEmpty || left.count == sections.count ? "" : " Not yet shown: \(left.joined(separator: ", "))."))
            return
        }
        let statement = SignOffStatement(workspaceID: env.workspaceID, postmortemID: pm.id, revision: read, seq: pm.nextSeq, reviewer: env.actor)
        let signature = env.signer?(statement.bytes)
        if perform(.signOff(revision: read, signature: signature)) {
            out.ok("Signed off revision \(Revision.short(read))\(signature == nil ? " (unsigned: no key; `postmortem keys init` creates one)" : " (signed)").")
            let missing = live.workflow.missingSignOffs(pm)
            out.note(missing.isEmpty ? "Every reviewer has signed off; the owner can publish." : "Still waiting for: " + missing.joined(separator: "; "))
        }
    }

    @discardableResult
    func perform(_ command: Command) -> Bool { live.perform(command, env: env, out: out) }
}

extension Event {
    /// A reviewer's own word on the document: what a "last visit" is measured from.
    var isReviewerWord: Bool {
        switch self {
        case .signedOff, .commented, .changesRequested: true
        default: false
        }
    }
}

extension String {
    var lines: [String] { split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
}
