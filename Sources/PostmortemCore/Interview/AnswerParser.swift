/// What the parser needs to know beyond the typed lines.
public struct ParseContext: Sendable {
    /// The incident date: timeline times typed without a date fall on it.
    public var incidentDay: Day?
    /// Today (from the injected clock): `today`/`yesterday`, and default due dates.
    public var today: Day
    /// Days from today to an action's default due date, by priority.
    public var slaDays: @Sendable (Priority) -> Int

    public init(incidentDay: Day? = nil, today: Day,
                slaDays: @escaping @Sendable (Priority) -> Int = { $0.defaultSLADays }) {
        self.incidentDay = incidentDay; self.today = today; self.slaDays = slaDays
    }

    /// The template's action SLAs.
    public init(template: Template, incidentDay: Day? = nil, today: Day) {
        self.init(incidentDay: incidentDay, today: today, slaDays: { template.slaDays($0) })
    }
}

/// A refused answer. The message says what to type instead, with an example;
/// for multi-line answers it starts with the bad line: `line 2: ...`.
public struct AnswerError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public init(message: String) { self.message = message }
    public var description: String { message }
}

/// Turns the lines typed at a prompt into a `FieldValue`, and a value back into lines.
///
/// Every kind's accepted forms are listed in docs/templates.md. `parse(editableLines(v), as: f)`
/// gives back `v` for every value `parse` produces. The kinds live in the extensions:
/// `+Dates` (date, datetime, times of day), `+Numbers` (duration, number), `+Choice` (choice,
/// checklist), `+Lines` (paragraph, list, people, whys), `+Actions`, `+Timeline`, `+Editable`.
public struct AnswerParser: Sendable {
    public var context: ParseContext

    public init(context: ParseContext) { self.context = context }

    /// Parses the lines typed for `field` (for single-line kinds, one line). Blank lines are ignored
    /// everywhere except inside a paragraph.
    public func parse(_ lines: [String], as field: Field) -> Result<FieldValue, AnswerError> {
        do { return .success(try value(lines, field)) } catch let error as AnswerError { return .failure(error) } catch {
            return .failure(AnswerError("\(error)"))
        }
    }

    /// Parses a single typed line.
    public func parse(_ line: String, as field: Field) -> Result<FieldValue, AnswerError> { parse([line], as: field) }

    private func value(_ lines: [String], _ field: Field) throws -> FieldValue {
        try refuseControlCharacters(lines, field)
        switch field.kind {
        case .text: return .text(try oneLine(lines, field))
        case .paragraph: return .text(try paragraph(lines))
        case .list: return .list(try list(lines))
        case .date: return .date(try date(oneLine(lines, field)))
        case .datetime: return .datetime(try datetime(oneLine(lines, field)))
        case .duration: return .duration(seconds: try duration(oneLine(lines, field)))
        case .number: return .number(try number(oneLine(lines, field)))
        case .choice: return .choice(try choice(oneLine(lines, field), field))
        case .people: return .people(try people(lines))
        case .timeline: return .timeline(try timeline(lines))
        case .actions: return .actions(try actions(lines))
        case .whys: return .whys(try whys(lines))
        case .checklist: return .checklist(try checklist(lines, field))
        }
    }

    // MARK: - Shared rules

    static let skipHint = "(or /skip to leave it for now)"

    static let controlCharacterMessage = "Control characters are not allowed; type plain text."

    /// Refuses a line holding a control character (C0 except tab, DEL, C1) inside its text; a
    /// trailing carriage return or other blank at either end is trimmed as usual, never refused.
    /// A paragraph keeps its line breaks: the answer's lines are joined with newlines.
    private func refuseControlCharacters(_ lines: [String], _ field: Field) throws {
        for (index, line) in lines.enumerated() where AnswerText.hasControlCharacter(TemplateText.trim(line)) {
            throw AnswerError((field.kind.isMultiLine ? "line \(index + 1): " : "") + Self.controlCharacterMessage)
        }
    }

    /// `lead; hint` with the hint's first letter in lower case (the hints also stand alone as sentences).
    static func joined(_ lead: String, _ hint: String) -> String {
        lead + "; " + hint.prefix(1).lowercased() + hint.dropFirst()
    }

    func oneLine(_ lines: [String], _ field: Field) throws -> String {
        let filled = lines.map { TemplateText.trim($0) }.filter { !$0.isEmpty }
        guard let line = filled.first else { throw AnswerError(emptyMessage(field)) }
        guard filled.count == 1 else {
            throw AnswerError("This answer takes a single line; type it again on one line \(Self.skipHint)")
        }
        return line
    }

    private func emptyMessage(_ field: Field) -> String {
        switch field.kind {
        case .text: "The answer is empty: type one line \(Self.skipHint)"
        case .date: "The answer is empty: " + dateHint
        case .datetime: "The answer is empty: " + datetimeHint
        case .duration: "The answer is empty: " + Self.durationHint
        case .number: "The answer is empty: " + Self.numberHint
        case .choice: "The answer is empty: " + choiceHint(field)
        default: "The answer is empty \(Self.skipHint)"
        }
    }
}
