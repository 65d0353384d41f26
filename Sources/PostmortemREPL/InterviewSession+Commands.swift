import PostmortemCore
import PostmortemStore

extension InterviewSession {
    func handle(_ command: SlashCommand) {
        switch command {
        case .help(let topic): SessionHelp.print(topic: topic, role: .owner, to: out)
        case .status: showStatus()
        case .show(let section): show(section)
        case .fields: listFields()
        case .edit(let id): edit(id)
        case .skip: skip()
        case .back: back()
        case .quit: finished = true
        case .submit:
            if perform(.submit) { out.ok("Submitted for review. The committee (\(pm.committee.joined(separator: ", "))) can now run `postmortem review \(pm.id)`.") }
        case .withdraw(let reason):
            if perform(.withdraw(reason: reason)) { out.ok("Withdrawn from review; back to draft.") }
        case .approve:
            out.refuse("Reviewers approve from their own REPL, after reading: postmortem review \(pm.id)")
        case .requestChanges(let reason):
            perform(.requestChanges(reason: reason))
        case .comment(let section, let text):
            if perform(.comment(section: section, text: text)) { out.ok("Comment \(pm.comments.last!.id) added.") }
        case .reply(let id, let text):
            if perform(.reply(to: id, text: text)) { out.ok("Replied to \(id).") }
        case .resolve(let id):
            if perform(.resolveComment(id: id)) { out.ok("Comment \(id) resolved.") }
        case .publish(let external): publish(external: external)
        case .checklist(let item, let note):
            if let item {
                if perform(.checkItem(item, note: note)) { out.ok("Checked \(item).") }
            } else {
                ExternalChecklist.lines(for: pm, template: template).forEach { out.line($0) }
                out.note("Check an item with /checklist ITEM note, e.g. /checklist legal-review Reviewed by counsel on 2026-11-21")
            }
        case .action(let index, let status, let detail): action(index, status, detail)
        case .followUp: FollowUpReview(session: self).run()
        case .hint: out.note("Hints come with training exercises: `postmortem train FILE`.")
        case .next: out.note("/next pages through the document in the reviewer's REPL; here, /show reads it.")
        }
    }

    func showStatus() {
        let report = StatusReport(pm, workflow: live.workflow, now: env.clock(), coaching: coachingSummary(),
                                  signatures: SignatureCheck(publicKeys: env.publicKeys, workspaceID: env.workspaceID))
        for line in report.lines { out.line(line.overdue ? out.styled(line.text, .red) : line.text) }
    }

    func show(_ sectionID: String?) {
        let markdown = MarkdownRenderer(template: template).render(pm)
        guard let sectionID else { out.line(markdown.neutralized); return }
        guard let section = template.sections.first(where: { $0.id == sectionID || $0.title.lowercased() == sectionID.lowercased() }) else {
            out.refuse("There is no section '\(sectionID)'. Sections: \(template.sections.map(\.id).joined(separator: ", ")).")
            return
        }
        out.line(MarkdownSections.extract(section.title, from: markdown)?.neutralized ?? "(\(section.title) is empty so far)")
    }

    func listFields() {
        for section in template.sections {
            out.line(out.styled(section.title, .bold) + out.styled(" (\(section.id))", .dim))
            for f in section.fields {
                let mark = pm.answers[f.id] != nil ? "✓" : pm.skipped.contains(f.id) ? "–" : f.required ? "·" : " "
                out.line("  \(mark) \(f.id)\(f.required ? "" : " (optional)")  \(f.prompt)")
            }
        }
        out.note("✓ answered  · required, not yet  – skipped.  /edit FIELD changes one.")
    }

    func edit(_ id: String) {
        guard let field = template.field(id) else {
            out.refuse("There is no field '\(id)'. Fields: \(template.fields.map(\.id).joined(separator: ", ")).")
            return
        }
        guard pm.phase.isEditable else {
            out.refuse("The document was published; its content is frozen. Comment or record action progress instead.")
            return
        }
        guard pm.phase == .draft || pm.isOwner(env.actor) else {
            out.refuse("In review only the owner (\(pm.owners.joined(separator: ", "))) changes the content; /comment or /request-changes instead.")
            return
        }
        if pm.phase == .review, id == "reviewers" || id == "owner" {
            out.refuse("The \(id == "owner" ? "owner" : "review committee") is fixed while in review. /withdraw to draft first, then /edit \(id).")
            return
        }
        if let value = pm.answers[id] {
            out.note("Current answer (type the whole new answer; Ctrl-C keeps this one):")
            parser.editableLines(value, as: field).forEach { out.note("  " + $0.neutralized) }
        }
        if let current, current != field { resumeAfterEdit = current }
        lastSectionShown = nil
        self.current = field
    }

    func skip() {
        guard let field = current else { out.refuse("Nothing is being asked right now; /edit FIELD asks one."); return }
        if pm.answers[field.id] != nil {
            out.note("Kept the current answer to \(field.id).")
            advance(from: field)
            return
        }
        if field.required {
            passedOver.insert(field.id)
            out.note("Skipped \(field.id) for now; it is required before /submit.")
        } else {
            guard perform(.skip(field: field.id)) else { return }
            out.note("Skipped \(field.id).")
        }
        advance(from: field)
    }

    func back() {
        let previous = asked.last { $0 != current?.id }
        guard let id = previous, let field = template.field(id) else {
            out.refuse("There is no earlier question in this session. /edit FIELD goes to any field (/fields lists them).")
            return
        }
        asked.removeAll { $0 == id }
        if let current { resumeAfterEdit = current }
        edit(field.id)
    }

    func publish(external: Bool) {
        guard perform(external ? .publishExternally : .publish) else { return }
        if let publisher = onPublished {
            do { out.ok("Published \(external ? "externally" : "internally"): \(try publisher(pm, external))") } catch {
                out.refuse("Published in the journal, but writing the file failed: \(error). `postmortem render \(pm.id)\(external ? " --external" : "") -o FILE` writes it again.")
            }
        } else {
            out.ok("Published \(external ? "externally" : "internally").")
        }
        if !external, let due = pm.followUpDue { out.note("Follow-up started; the 2-week follow-up review is due \(due.iso).") }
    }

    func action(_ index: Int, _ status: ActionStatus?, _ detail: String?) {
        guard let status else {
            let items = pm.actionItems
            guard items.indices.contains(index - 1) else { out.refuse("There is no action item \(index)."); return }
            let p = pm.actionProgress[index]
            out.line("\(index). \(items[index - 1].what.neutralized) — \(pm.status(ofAction: index).rawValue)")
            p?.history.forEach { out.note("   \($0.at.shortUTC) \($0.by): \($0.summary.neutralized)") }
            return
        }
        let command = Command.setActionStatus(index: index, status: status,
                                              evidence: status == .done ? detail : nil, reason: status == .wontDo ? detail : nil)
        if perform(command) { out.ok("Action \(index) is \(status.rawValue).") }
    }
}

/// Finds one `## Heading` section in rendered Markdown.
enum MarkdownSections {
    static func extract(_ title: String, from markdown: String) -> String? {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0 == "## \(title)" }) else { return nil }
        let end = lines[(start + 1)...].firstIndex { $0.hasPrefix("## ") } ?? lines.endIndex
        return lines[start..<end].joined(separator: "\n").trimmed
    }
}
