import PostmortemCore
import PostmortemStore

/// The owner's REPL: asks each unanswered field in template order, section by section,
/// saving every accepted answer to the journal before the next prompt.
public final class InterviewSession {
    let live: LivePostmortem
    let reader: LineReader
    let out: Terminal
    let env: SessionEnvironment
    var template: Template { live.workflow.template }
    var pm: Postmortem { live.state! }

    /// The field being asked; nil at the free command prompt.
    var current: Field?
    /// Fields asked before, for /back.
    var asked: [String] = []
    /// Required fields passed over with /skip in this session (optional ones are journaled).
    var passedOver: Set<String> = []
    /// Names Tab offers while a people (or action-item) answer is typed.
    let peopleCompletion = PeopleCompletion()
    /// After an /edit, where the interview resumes.
    var resumeAfterEdit: Field?
    var lastSectionShown: String?
    var finished = false
    /// Writes `postmortem.md` (or `postmortem.external.md`) after a publication; returns the path.
    public var onPublished: ((Postmortem, _ external: Bool) throws -> String)?

    public init(live: LivePostmortem, reader: LineReader, out: Terminal, env: SessionEnvironment) {
        self.live = live; self.reader = reader; self.out = out; self.env = env
        let people = peopleCompletion
        reader.completer = { [template = live.workflow.template] text in
            text.hasPrefix("/") ? SlashCompletion.candidates(for: text, template: template) : people.candidates(for: text)
        }
    }

    /// Runs until /quit or end of input. Everything accepted is already in the journal.
    public func run() {
        // After publication the content is frozen: no question is asked, the follow-up commands are.
        current = pm.phase.isEditable ? nextUnanswered(after: nil) : nil
        if pm.phase == .followUp {
            out.line("In follow-up: /followup walks the open action items and records the review; /action N STATUS records one; /status shows what is due.")
        } else if current == nil, pm.phase.isEditable {
            out.line("Every question is answered. /status shows what is left to do; /help lists the commands.")
        }
        while !finished {
            if let field = current { ask(field) } else { commandPrompt() }
        }
        out.line("Saved. Resume any time with `postmortem open \(pm.id)`.")
    }

    // MARK: Asking

    func ask(_ field: Field) {
        introduceSection(of: field)
        peopleCompletion.names = field.kind == .people || field.kind == .actions ? knownNames : []
        let (n, total) = progress(of: field)
        out.line(out.styled(field.prompt, .bold) + (field.required ? "" : out.styled(" (optional: /skip)", .dim)))
        if let help = field.help { out.note(help) }
        if field.kind == .choice || field.kind == .checklist { listOptions(of: field) }
        if field.kind.isMultiLine { out.note(field.kind == .paragraph ? "End with an empty line." : "One per line; end with an empty line.") }
        if pm.answers[field.id] != nil { out.note("Enter on an empty line keeps the current answer.") }
        var lines: [String] = []
        while current == field, !finished {
            if lines.isEmpty, syncWithJournal().contains(where: { $0.answers(field.id) }) {
                out.note("\(field.id) was answered in another session meanwhile; /edit \(field.id) changes it.")
                advance(from: field)
                return
            }
            let prompt = lines.isEmpty ? "\(field.id) [\(n)/\(total)]> " : "\(field.id) ...> "
            switch reader.readLine(prompt: prompt) {
            case .interrupted:
                if !lines.isEmpty { out.note("(answer discarded; nothing was saved for \(field.id))") }
                lines = []
                return  // asks again
            case .endOfInput:
                if !lines.isEmpty { _ = save(lines, to: field) }
                finished = true
                return
            case .line(let raw):
                switch SlashCommand.parse(raw, sectionIDs: template.sections.map(\.id)) {
                case .invalid(let message):
                    out.refuse(message)
                case .command(.quit) where !lines.isEmpty:
                    // Leaving keeps what was typed, as Ctrl-D does.
                    if save(lines, to: field) { finished = true; return }
                    out.note("Correct the answer, or Ctrl-C to discard it, then /quit.")
                case .command(let command):
                    handle(command)
                    if current != field || finished {
                        if !lines.isEmpty { out.note("(\(lines.count) line\(lines.count == 1 ? "" : "s") typed for \(field.id) not saved)") }
                        return
                    }
                case .answer(let text):
                    reader.addHistory(raw)
                    if collect(text, into: &lines, for: field) { return }
                }
            }
        }
    }

    /// Adds one typed line; returns true when the field is done (saved or moved on).
    func collect(_ text: String, into lines: inout [String], for field: Field) -> Bool {
        let blank = text.trimmed.isEmpty
        if blank, lines.isEmpty, pm.answers[field.id] != nil {
            out.note("Kept the current answer to \(field.id).")
            advance(from: field)
            return true
        }
        if !field.kind.isMultiLine {
            if blank {
                out.refuse(field.required ? "\(field.id) needs an answer. Type it, or /skip to come back later." : "Type an answer, or /skip.")
                return false
            }
            return save([text], to: field)
        }
        if blank {
            if lines.isEmpty {
                out.refuse("Type at least one line first, or /skip to come back later.")
                return false
            }
            return save(lines, to: field)
        }
        // One item per line: check each as it comes, so one bad line costs only itself.
        // An answer that is merely unfinished (a 5 Whys problem line without a "because" yet) is fine.
        if field.kind != .paragraph, case .failure(let error) = parser.parse(lines + [text], as: field),
           error.message.hasPrefix("line \(lines.count + 1):") || lines.isEmpty && field.kind != .whys {
            out.refuse(error.message)
            out.note("(that line was not added; \(lines.count) line\(lines.count == 1 ? "" : "s") kept — retype it, or an empty line to finish)")
            return false
        }
        lines.append(text)
        // A comma-separated first line is the whole answer (DESIGN: people; checklists work the same).
        if field.kind == .people || field.kind == .checklist, lines.count == 1, text.contains(",") { return save(lines, to: field) }
        return false
    }

    /// Parses and saves an answer; returns whether the interview moved on.
    func save(_ lines: [String], to field: Field) -> Bool {
        switch parser.parse(lines, as: field) {
        case .failure(let error):
            out.refuse(error.message)
            return false
        case .success(let value):
            guard perform(.answer(field: field.id, value: value)) else { return false }
            out.ok("Saved \(field.id).")
            if field.id == "reviewers" || field.id == "owner" { checkCommittee() }
            coach(field, value)
            advance(from: field)
            return true
        }
    }

    /// An owner on the committee cannot review their own post-mortem: say so now, not at /submit.
    func checkCommittee() {
        let owning = pm.committee.filter { pm.isOwner($0) }
        guard !owning.isEmpty else { return }
        out.warn("\(owning.joined(separator: ", ")) \(owning.count == 1 ? "owns" : "own") this post-mortem and cannot review it; name someone else with /edit reviewers.")
    }

    /// Everyone this workspace and document know: the people list, owners, committee, action owners.
    var knownNames: [String] {
        var names: [String] = []
        for n in env.knownPeople + pm.owners + pm.committee + pm.actionItems.compactMap(\.owner)
        where !names.contains(where: { $0.lowercased() == n.lowercased() }) { names.append(n) }
        return names
    }

    var parser: AnswerParser {
        AnswerParser(context: ParseContext(incidentDay: pm.incidentDay, today: env.clock().day,
                                           slaDays: { [template] in template.slaDays($0) }))
    }

    func advance(from field: Field) {
        if !asked.contains(field.id) { asked.append(field.id) }
        if let resume = resumeAfterEdit {
            resumeAfterEdit = nil
            current = pm.answers[resume.id] == nil ? resume : nextUnanswered(after: resume.id)
        } else {
            current = nextUnanswered(after: field.id)
        }
        if current == nil, !finished { allAnswered() }
    }

    func allAnswered() {
        out.line()
        let missing = live.workflow.missingForSubmission(pm)
        if missing.isEmpty {
            out.ok("Every question is answered. Read it with /show, change anything with /edit FIELD, then /submit for review.")
        } else {
            out.line("No more questions for now. Before review:")
            missing.forEach { out.line("  - " + $0) }
        }
    }

    /// The next field without an answer, after `fieldID` in template order, wrapping around.
    func nextUnanswered(after fieldID: String?) -> Field? {
        let fields = template.fields
        let start = fieldID.flatMap { id in fields.firstIndex { $0.id == id }.map { $0 + 1 } } ?? 0
        let order = fields[start...] + fields[..<start]
        return order.first { pm.answers[$0.id] == nil && !pm.skipped.contains($0.id) && !passedOver.contains($0.id) }
    }

    func progress(of field: Field) -> (Int, Int) {
        let fields = template.fields
        return ((fields.firstIndex(of: field) ?? 0) + 1, fields.count)
    }

    /// The options of a choice or checklist, numbered: the owner must never guess what to type.
    func listOptions(of field: Field) {
        let width = field.options.map(\.id.count).max() ?? 0
        // Ids that are numbered already (P0…P3) are typed as such: a list number would say `1` means P0.
        let numberedIDs = field.options.allSatisfy { $0.id.first?.isLetter == true && $0.id.last?.isNumber == true }
        for (i, option) in field.options.enumerated() {
            let number = numberedIDs ? "" : (i < 9 ? " \(i + 1). " : "\(i + 1). ")
            out.note("  \(number)\(option.id.padding(toLength: width, withPad: " ", startingAt: 0))  \(option.label)")
        }
        if field.kind == .checklist { out.note("Type numbers or ids, comma-separated (e.g. 1, 3), or none.") }
    }

    /// Picks up what other sessions appended meanwhile (two people on one post-mortem), and says so.
    @discardableResult
    func syncWithJournal() -> [RecordedEvent] {
        guard let news = try? live.refresh(), !news.isEmpty else { return [] }
        for e in news {
            out.warn("Meanwhile \(e.actor.neutralized): \(EventSummary.line(e.event).neutralized)")
        }
        return news
    }

    func introduceSection(of field: Field) {
        guard let section = template.section(containing: field.id), section.id != lastSectionShown else { return }
        lastSectionShown = section.id
        let index = (template.sections.firstIndex(of: section) ?? 0) + 1
        out.line()
        out.heading("\(section.title) (section \(index) of \(template.sections.count))")
        out.line(section.guidance.trimmed)
        if let example = section.example?.trimmed, !example.isEmpty {
            out.note("Example:")
            example.split(separator: "\n", omittingEmptySubsequences: false).forEach { out.note("  " + $0) }
        }
        out.line()
    }

    // MARK: Decide → append → evolve

    /// Runs a command through the decider and the journal; prints the refusal if any.
    @discardableResult
    func perform(_ command: Command) -> Bool { live.perform(command, env: env, out: out) }

    func commandPrompt() {
        syncWithJournal()
        switch reader.readLine(prompt: "\(pm.id) (\(pm.phase.label.lowercased()))> ") {
        case .interrupted: return
        case .endOfInput: finished = true
        case .line(let raw):
            switch SlashCommand.parse(raw, sectionIDs: template.sections.map(\.id)) {
            case .invalid(let message): out.refuse(message)
            case .command(let command): reader.addHistory(raw); handle(command)
            case .answer(let text):
                if !text.trimmed.isEmpty {
                    let example = pm.phase.isEditable ? "/edit \(template.fields.last?.id ?? "title")" : pm.phase == .followUp ? "/followup" : "/status"
                    out.refuse("Nothing is being asked right now. Type a /command (/help lists them), e.g. \(example).")
                }
            }
        }
    }
}

extension RecordedEvent {
    /// Whether this event answered `field`.
    func answers(_ field: String) -> Bool {
        if case .answered(let f, _) = event { f == field } else { false }
    }
}
