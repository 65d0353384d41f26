import PostmortemCore
import PostmortemREPL

/// `postmortem train FILE`: a transcript as an exercise. The recorded sessions play back as
/// the terminal showed them; at each question of the exercise the trainee types an answer,
/// then sees the recorded answer and the coaching on both. `/hint` shows the trainer's hints.
public final class Trainer {
    let transcript: Transcript
    let reader: LineReader
    let out: Terminal
    let template: Template?
    let askings: [Asking]
    /// Indices into `askings` of the questions the trainee answers.
    let exercise: Set<Int>
    let knownPeople: [String]

    // Results, for the summary.
    struct Result {
        var field: String
        var section: String
        var skipped: Bool
        var yours: [Finding]
        var recorded: [Finding]
    }
    var results: [Result] = []
    var quit = false
    var traineeIncidentDay: Day?

    /// One time the program asked a field: from its `field [n/N]>` prompt through its `field ...>` prompts.
    struct Asking {
        var session: Int
        /// Line indices in the session (first and last input of the asking).
        var first: Int
        var last: Int
        var field: String
        var prompt: String
        /// The recorded answer's lines (without the final empty line and refused lines).
        var answer: [String]
        var multiLine: Bool
        var startsWithCommand: Bool
    }

    public init(transcript: Transcript, reader: LineReader, out: Terminal) {
        self.transcript = transcript
        self.reader = reader
        self.out = out
        template = Self.template(for: transcript)
        askings = Self.askings(in: transcript, template: template)
        // The trainee answers the last time each field was asked with an answer (earlier
        // answers were replaced: they play back as recorded, coaching included).
        var last: [String: Int] = [:]
        let only = Set(transcript.header.exercise)
        for (i, a) in askings.enumerated() where !a.startsWithCommand && !a.answer.isEmpty && (only.isEmpty || only.contains(a.field)) {
            last[a.field] = i
        }
        exercise = Set(last.values)
        var people = (transcript.header.files["people.txt"] ?? "").split(separator: "\n").map { String($0).trimmingSpaces }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        if let template {
            for a in askings where template.field(a.field)?.kind == .people {
                people += a.answer.flatMap { $0.split(separator: ",").map { String($0).trimmingSpaces } }.filter { !$0.isEmpty }
            }
        }
        knownPeople = people
    }

    /// The questions the trainee will answer, by field id, in order.
    public var exerciseFields: [String] { exercise.sorted().map { askings[$0].field } }

    // MARK: Reading the transcript

    static func template(for transcript: Transcript) -> Template? {
        var overrides: [String: String] = [:]
        for (name, text) in transcript.header.files where name.hasPrefix("templates/") {
            let base = String(name.dropFirst("templates/".count))
            if let dot = base.firstIndex(of: ".") { overrides[String(base[..<dot])] = text }
        }
        var name: String?
        for session in transcript.sessions {
            if session.arguments.first == "new" {
                let args = session.arguments
                name = "standard"
                for (i, a) in args.enumerated() {
                    if a == "--template", i + 1 < args.count { name = args[i + 1] }
                    if a.hasPrefix("--template=") { name = String(a.dropFirst("--template=".count)) }
                }
                break
            }
            for case .output(let line) in session.lines where line.hasPrefix("Started post-mortem ") {
                if let r = line.range(of: "(template "), let end = line[r.upperBound...].firstIndex(of: ")") {
                    name = String(line[r.upperBound..<end])
                    break
                }
            }
            if name != nil { break }
        }
        guard let name else { return nil }
        return try? TemplateCatalog(overrides: overrides).template(name)
    }

    /// `field [3/21]> ` → ("field", true); `field ...> ` → ("field", false).
    static func fieldPrompt(_ prompt: String) -> (field: String, first: Bool)? {
        guard prompt.hasSuffix("> ") else { return nil }
        let body = prompt.dropLast(2)
        guard let space = body.firstIndex(of: " ") else { return nil }
        let field = String(body[..<space])
        guard !field.isEmpty, field.allSatisfy({ $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }) else { return nil }
        let rest = body[body.index(after: space)...]
        if rest == "..." { return (field, false) }
        if rest.hasPrefix("["), rest.hasSuffix("]"), rest.dropFirst().dropLast().split(separator: "/").count == 2 { return (field, true) }
        return nil
    }

    static func askings(in transcript: Transcript, template: Template?) -> [Asking] {
        var result: [Asking] = []
        for (s, session) in transcript.sessions.enumerated() {
            let lines = session.lines
            var open: Asking?
            func close() { if let a = open { result.append(a) }; open = nil }
            for (i, line) in lines.enumerated() {
                guard case .input(let prompt, let text) = line else { continue }
                guard let (field, first) = fieldPrompt(prompt) else { close(); continue }
                if first || open?.field != field {
                    close()
                    let multi = template?.field(field)?.kind.isMultiLine ?? false
                    open = Asking(session: s, first: i, last: i, field: field, prompt: prompt, answer: [], multiLine: multi,
                                  startsWithCommand: text.hasPrefix("/") && !text.hasPrefix("//"))
                } else {
                    open!.multiLine = true
                }
                open!.last = i
                let refused: Bool = {
                    guard i + 1 < lines.count, case .output(let next) = lines[i + 1] else { return false }
                    return next.hasPrefix("✗ ")
                }()
                if !text.trimmingSpaces.isEmpty, !refused, !(text.hasPrefix("/") && !text.hasPrefix("//")) {
                    open!.answer.append(text.hasPrefix("//") ? String(text.dropFirst()) : text)
                }
                if !open!.multiLine || text.trimmingSpaces.isEmpty { if !refused || text.trimmingSpaces.isEmpty { close() } }
            }
            close()
        }
        return result
    }

    func hints(session s: Int, line: Int) -> [String] {
        var count = 0
        for segment in transcript.sessions[s].segments {
            count += segment.lineCount
            if line < count { return segment.hints }
        }
        return []
    }

    // MARK: Running

    public func run() {
        if let title = transcript.title { out.heading(title.lowercased().hasPrefix("exercise") ? title : "Exercise: " + title) }
        transcript.introduction.filter { !$0.hasPrefix("```") }.forEach { out.line($0) }
        out.line()
        let fields = exerciseFields
        if fields.isEmpty {
            out.note("This transcript asks no question to answer; it plays back as recorded.")
        } else {
            out.note("You will answer \(fields.count) question\(fields.count == 1 ? "" : "s") (\(fields.joined(separator: ", "))); "
                     + "the rest plays back as recorded. At a question: /hint for the trainer's hint, /skip to see the recorded answer, /quit to stop.")
        }
        for (s, session) in transcript.sessions.enumerated() where !quit {
            out.line()
            out.line("$ " + session.commandLine)
            var i = 0
            let lines = session.lines
            while i < lines.count, !quit {
                if let a = askings.indices.first(where: { exercise.contains($0) && askings[$0].session == s && askings[$0].first == i }) {
                    ask(askings[a])
                    i = askings[a].last + 1
                    while i < lines.count, case .output(let text) = lines[i], TranscriptSyntax.isFeedback(text) { i += 1 }
                    out.line()
                    continue
                }
                // The exercise's workspace is temporary: nothing is there to resume.
                if case .output(let text) = lines[i], Self.isResumeNote(text) { i += 1; continue }
                out.line(lines[i].plain)
                i += 1
            }
        }
        out.line()
        out.note(quit ? "Exercise stopped." : "Exercise finished.")
        summary()
    }

    /// "Saved. Resume any time with `postmortem open tls`.": true in the recorded session, not in an exercise.
    static func isResumeNote(_ line: String) -> Bool {
        line.hasPrefix("Saved.") && line.contains("`postmortem open ")
    }

    var parserContext: ParseContext {
        let today = Timestamp(rfc3339: transcript.header.now)?.day ?? Day(daysSinceEpoch: 0)
        let recordedDay = askings.last { $0.field == "incident_date" }?.answer.first.flatMap { Day(iso: $0.trimmingSpaces) }
        let incident = traineeIncidentDay ?? recordedDay
        if let template { return ParseContext(template: template, incidentDay: incident, today: today) }
        return ParseContext(incidentDay: incident, today: today)
    }

    func ask(_ asking: Asking) {
        let field = template?.field(asking.field)
        let section = field.flatMap { template?.section(containing: $0.id)?.title } ?? asking.field
        var lines: [String] = []
        while true {
            let prompt = lines.isEmpty ? asking.prompt : "\(asking.field) ...> "
            switch reader.readLine(prompt: prompt) {
            case .interrupted:
                lines = []
                continue
            case .endOfInput:
                quit = true
                return
            case .line(let raw):
                if raw.hasPrefix("/") && !raw.hasPrefix("//") {
                    let command = raw.dropFirst().split(separator: " ").first.map { $0.lowercased() } ?? ""
                    switch command {
                    case "hint":
                        let hints = hints(session: asking.session, line: asking.first)
                        if hints.isEmpty { out.note("No hint for this question. The guidance above is the place to start.") }
                        for hint in hints { out.line(out.styled("Hint: ", .cyan) + hint.replacingOccurrences(of: "\n", with: "\n      ")) }
                    case "skip":
                        compare(asking, field: field, section: section, yours: nil)
                        return
                    case "quit", "q", "exit":
                        quit = true
                        return
                    case "help", "h", "?":
                        out.note("Answer as you would in the real interview. /hint shows the trainer's hint, /skip shows the recorded answer "
                                 + "without yours, /quit ends the exercise with a summary. // starts an answer with a literal /.")
                    default:
                        out.refuse("In an exercise: /hint, /skip, /quit or /help.")
                    }
                    continue
                }
                let text = raw.hasPrefix("//") ? String(raw.dropFirst()) : raw
                reader.addHistory(raw)
                let blank = text.trimmingSpaces.isEmpty
                if !asking.multiLine {
                    if blank { out.refuse("Type an answer (/skip shows the recorded one)."); continue }
                    lines = [text]
                } else if !blank {
                    if let field, field.kind != .paragraph, case .failure(let error) = AnswerParser(context: parserContext).parse([text], as: field) {
                        out.refuse(error.message)
                        out.note("(that line was not added; retype it, or an empty line to finish)")
                        continue
                    }
                    lines.append(text)
                    if field?.kind == .people, lines.count == 1, text.contains(",") {} else { continue }
                } else if lines.isEmpty {
                    out.refuse("Type at least one line first (/skip shows the recorded answer).")
                    continue
                }
                if let field, case .failure(let error) = AnswerParser(context: parserContext).parse(lines, as: field) {
                    out.refuse(error.message)
                    if asking.multiLine { out.note("(type the whole answer again)") }
                    lines = []
                    continue
                }
                if asking.field == "incident_date", let f = field, case .success(.date(let day)) = AnswerParser(context: parserContext).parse(lines, as: f) {
                    traineeIncidentDay = day
                }
                compare(asking, field: field, section: section, yours: lines)
                return
            }
        }
    }

    func compare(_ asking: Asking, field: Field?, section: String, yours: [String]?) {
        out.line()
        if let yours {
            out.line(out.styled("Your answer:", .bold))
            yours.forEach { out.line("  " + $0.neutralized) }
        }
        out.line(out.styled("Recorded answer:", .bold))
        asking.answer.forEach { out.line("  " + $0.neutralized) }
        let yourFindings = yours.map { coach($0, field: field, fieldID: asking.field) } ?? []
        let recordedFindings = coach(asking.answer, field: field, fieldID: asking.field)
        results.append(Result(field: asking.field, section: section, skipped: yours == nil, yours: yourFindings, recorded: recordedFindings))
        // Dates, choices and names get no writing coaching.
        if let kind = field?.kind, [.choice, .date, .datetime, .duration, .number, .people, .checklist].contains(kind) { return }
        if yours != nil {
            out.line(out.styled("Coaching on your answer:", .bold))
            show(yourFindings)
        }
        out.line(out.styled("Coaching on the recorded answer:", .bold))
        show(recordedFindings)
    }

    func show(_ findings: [Finding]) {
        if findings.isEmpty { out.line("  " + out.styled("✓ ", .green) + "nothing to flag"); return }
        for f in findings {
            out.line("  " + out.styled("! ", .yellow) + "\(f.check): \(f.message)" + (f.excerpt.isEmpty ? "" : " (\"\(f.excerpt.neutralized)\")"))
            if !f.better.isEmpty { out.note("    Better: \(f.better.neutralized)") }
        }
    }

    /// The coach on one answer: FieldCoaching, exactly as the interview applies it after an
    /// answer (an answer that does not parse is coached as plain text).
    func coach(_ lines: [String], field: Field?, fieldID: String) -> [Finding] {
        Self.coach(lines, field: field, fieldID: fieldID, context: parserContext, knownPeople: knownPeople)
    }

    static func coach(_ lines: [String], field: Field?, fieldID: String, context: ParseContext, knownPeople: [String]) -> [Finding] {
        let blank = Postmortem(id: "exercise", templateName: "", createdBy: "", createdAt: Timestamp(secondsSinceEpoch: 0))
        let coaching = FieldCoaching(blank, knownPeople: knownPeople)
        guard let field, case .success(let value) = AnswerParser(context: context).parse(lines, as: field) else {
            return coaching.findings(for: fieldID, value: .text(lines.joined(separator: "\n")))
        }
        return coaching.findings(for: fieldID, value: value)
    }

    func summary() {
        out.line()
        out.heading("Summary")
        var sections: [String] = []
        for r in results where !r.skipped && !sections.contains(r.section) { sections.append(r.section) }
        var allSections: [String] = []
        for i in exercise.sorted() {
            let title = template?.section(containing: askings[i].field)?.title ?? askings[i].field
            if !allSections.contains(title) { allSections.append(title) }
        }
        out.line("Sections done: \(sections.count) of \(allSections.count)" + (sections.isEmpty ? "" : " (\(sections.joined(separator: ", ")))"))
        let answered = results.filter { !$0.skipped }
        let skipped = results.filter(\.skipped)
        let clean = answered.filter { $0.yours.isEmpty }
        out.line("Answers: \(answered.count) given, \(skipped.count) skipped, \(exercise.count - results.count) not reached; "
                 + "\(clean.count) of \(answered.count) with nothing to flag.")
        var avoided: [String] = []
        for r in answered {
            let mine = Set(r.yours.map(\.check))
            for check in Set(r.recorded.map(\.check)).subtracting(mine).sorted() { avoided.append("\(check) (\(r.field))") }
        }
        out.line("Pitfalls avoided: " + (avoided.isEmpty
            ? (clean.isEmpty ? "none yet" : "\(clean.count) answer\(clean.count == 1 ? "" : "s") clear of every coached pitfall")
            : avoided.joined(separator: ", ") + " — the recorded answer fell into \(avoided.count == 1 ? "it" : "them"), yours did not"))
        var review: [String] = []
        for r in answered where !r.yours.isEmpty {
            for check in Array(Set(r.yours.map(\.check))).sorted() {
                let info = CoachCatalogue.checks.first { $0.id == check }
                review.append("\(r.section) (\(r.field)): \(check)" + (info.map { " — \($0.title)" } ?? ""))
            }
        }
        for r in skipped { review.append("\(r.section) (\(r.field)): skipped — compare the recorded answer with the guidance") }
        if review.isEmpty {
            out.line("What to review: " + (answered.isEmpty ? "every question: the exercise was not done" : "nothing flagged; compare your answers with the recorded ones above"))
        } else {
            out.line("What to review:")
            review.forEach { out.line("  - " + $0) }
        }
    }
}
