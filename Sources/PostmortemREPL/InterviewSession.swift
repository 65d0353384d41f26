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
    /// After an /edit, where the interview resumes.
    var resumeAfterEdit: Field?
    var lastSectionShown: String?
    var finished = false
    /// Writes `postmortem.md` (or `postmortem.external.md`) after a publication; returns the path.
    public var onPublished: ((Postmortem, _ external: Bool) throws -> String)?

    public init(live: LivePostmortem, reader: LineReader, out: Terminal, env: SessionEnvironment) {
        self.live = live; self.reader = reader; self.out = out; self.env = env
        reader.completer = { [template = live.workflow.template] text in SlashCompletion.candidates(for: text, template: template) }
    }

    /// Runs until /quit or end of input. Everything accepted is already in the journal.
    public func run() {
        current = nextUnanswered(after: nil)
        if current == nil { out.line("Every question is answered. /status shows what is left to do; /help lists the commands.") }
        while !finished {
            if let field = current { ask(field) } else { commandPrompt() }
        }
        out.line("Saved. Resume any time with `postmortem open \(pm.id)`.")
    }

    // MARK: Asking

    func ask(_ field: Field) {
        introduceSection(of: field)
        let (n, total) = progress(of: field)
        out.line(out.styled(field.prompt, .bold) + (field.required ? "" : out.styled(" (optional: /skip)", .dim)))
        if let help = field.help { out.note(help) }
        if field.kind.isMultiLine { out.note(field.kind == .paragraph ? "End with an empty line." : "One per line; end with an empty line.") }
        var lines: [String] = []
        while current == field, !finished {
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
                case .command(let command):
                    if !lines.isEmpty, command != .help(topic: nil), command != .status, command != .fields {
                        out.note("(the \(lines.count) line\(lines.count == 1 ? "" : "s") typed for \(field.id) were not saved)")
                    }
                    handle(command)
                    if current != field { return }
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
            coach(field, value)
            advance(from: field)
            return true
        }
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
        switch reader.readLine(prompt: "\(pm.id) (\(pm.phase.label.lowercased()))> ") {
        case .interrupted: return
        case .endOfInput: finished = true
        case .line(let raw):
            switch SlashCommand.parse(raw, sectionIDs: template.sections.map(\.id)) {
            case .invalid(let message): out.refuse(message)
            case .command(let command): reader.addHistory(raw); handle(command)
            case .answer(let text):
                if !text.trimmed.isEmpty { out.refuse("Nothing is being asked right now. Type a /command (/help lists them), e.g. /edit impact.") }
            }
        }
    }
}
