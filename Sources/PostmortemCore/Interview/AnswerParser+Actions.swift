/// Action items: `what to do | owner | P1 | YYYY-MM-DD`.
extension AnswerParser {
    var actionExample: String { "Add alert for error rate > 5% on /api/sync | Dana Reyes | P1 | \(context.today.adding(days: 7).iso)" }
    static let actionForm = "what to do | owner | P1 | YYYY-MM-DD"

    func actions(_ lines: [String]) throws -> [ActionItem] {
        var items: [ActionItem] = []
        for (index, raw) in lines.enumerated() {
            let line = AnswerText.stripBullet(TemplateText.trim(raw))
            guard !line.isEmpty else { continue }
            items.append(try action(line, number: index + 1))
        }
        guard !items.isEmpty else {
            throw AnswerError("No action given: type one per line, \(Self.actionForm), e.g. \(actionExample) \(Self.skipHint)")
        }
        return items
    }

    private func action(_ line: String, number: Int) throws -> ActionItem {
        let at = "line \(number): "
        let parts = line.split(separator: "|", omittingEmptySubsequences: false).map { TemplateText.trim($0) }
        let example = ", e.g. \(actionExample)"
        guard parts.count > 1 else {
            throw AnswerError(at + "give an owner and a priority after the action, separated by |: \(Self.actionForm)\(example)")
        }
        guard parts.count <= 4 else {
            throw AnswerError(at + "too many | (\(parts.count) parts); use \(Self.actionForm)\(example)")
        }
        let what = parts[0], owner = parts[1]
        let priorityText = parts.count > 2 ? parts[2] : ""
        guard !what.isEmpty else { throw AnswerError(at + "say what to do before the first |\(example)") }
        if Self.priority(owner) != nil, !priorityText.isEmpty, Self.priority(priorityText) == nil {
            throw AnswerError(at + "the owner comes before the priority: \(Self.actionForm)\(example)")
        }
        guard !owner.isEmpty else { throw AnswerError(at + "the owner is missing; put one name after the first |\(example)") }
        if owner.contains(",") {
            let names = owner.split(separator: ",").map { TemplateText.trim($0) }.filter { !$0.isEmpty }
            throw AnswerError(at + "one owner per action; choose one of \(names.joined(separator: ", ")) (split the work into two actions if needed)")
        }
        guard !priorityText.isEmpty else {
            throw AnswerError(at + "the priority is missing; put P0, P1, P2 or P3 after the owner\(example)")
        }
        guard let priority = Self.priority(priorityText) else {
            throw AnswerError(at + "\"\(priorityText)\" is not a priority; use P0, P1, P2 or P3 (P1 within 1 week, P2 within 2 weeks, P3 within 1 month)\(example)")
        }
        let due: Day
        if parts.count == 4, !parts[3].isEmpty {
            do { due = try date(parts[3]) } catch {
                let sla = context.slaDays(priority)
                throw AnswerError(at + "\"\(parts[3])\" is not a due date; use YYYY-MM-DD, e.g. \(context.today.adding(days: sla).iso), or leave it out and \(priority.rawValue) sets it (\(sla) days)")
            }
        } else {
            due = context.today.adding(days: context.slaDays(priority))
        }
        return ActionItem(what: what, owner: owner, priority: priority, due: due)
    }

    /// `P1`, `p1`, or a bare `1`.
    static func priority(_ text: String) -> Priority? {
        let upper = text.uppercased()
        return Priority(rawValue: upper) ?? Priority(rawValue: "P" + upper)
    }
}
