/// A `/command` typed at any prompt.
///
/// ```
/// /edit impact      → .edit("impact")
/// /comment impact How many users?  → .comment(section: "impact", text: "How many users?")
/// //etc             → not a command: the answer "/etc"
/// ```
public enum SlashCommand: Sendable, Equatable {
    case help(topic: String?)
    case status
    case show(section: String?)
    case fields
    case edit(field: String)
    case skip
    case back
    case quit
    case submit
    case withdraw(reason: String?)
    case approve
    case requestChanges(reason: String)
    case comment(section: String?, text: String)
    case reply(id: String, text: String)
    case resolve(id: String)
    case publish(external: Bool)
    case checklist(item: String?, note: String?)
    case action(index: Int, status: ActionStatus?, detail: String?)
    case followUp
    case hint
    case next

    /// Every command name, for `/help` and Tab completion.
    public static let names = ["/help", "/status", "/show", "/fields", "/edit", "/skip", "/back", "/quit", "/submit", "/withdraw",
                               "/approve", "/request-changes", "/comment", "/reply", "/resolve", "/publish", "/checklist",
                               "/action", "/followup", "/hint", "/next"]

    /// What a typed line is: an answer line, or a command (or a command typed wrongly).
    public enum Parsed: Sendable, Equatable {
        case answer(String)
        case command(SlashCommand)
        case invalid(message: String)
    }

    public static func parse(_ line: String, sectionIDs: [String] = []) -> Parsed {
        guard line.hasPrefix("/") else { return .answer(line) }
        if line.hasPrefix("//") { return .answer(String(line.dropFirst())) }
        let body = line.dropFirst()
        let name = body.prefix { !$0.isWhitespace }.lowercased()
        let rest = String(body.dropFirst(name.count)).trimmed
        let restOrNil = rest.isEmpty ? nil : rest
        func needs(_ what: String, _ example: String) -> Parsed { .invalid(message: "/\(name) needs \(what), e.g. \(example)") }
        switch name {
        case "help", "h", "?": return .command(.help(topic: restOrNil))
        case "status": return .command(.status)
        case "show": return .command(.show(section: restOrNil))
        case "fields": return .command(.fields)
        case "edit": return rest.isEmpty ? needs("a field id", "/edit impact (see /fields)") : .command(.edit(field: rest))
        case "skip": return .command(.skip)
        case "back": return .command(.back)
        case "quit", "q", "exit": return .command(.quit)
        case "submit": return .command(.submit)
        case "withdraw": return .command(.withdraw(reason: restOrNil))
        case "approve": return .command(.approve)
        case "request-changes":
            return rest.isEmpty ? needs("a reason", "/request-changes The impact needs the number of affected users") : .command(.requestChanges(reason: rest))
        case "comment":
            guard !rest.isEmpty else { return needs("a text", "/comment impact How many users were affected?") }
            let first = rest.prefix { !$0.isWhitespace }
            if sectionIDs.contains(String(first)) {
                let text = String(rest.dropFirst(first.count)).trimmed
                return text.isEmpty ? needs("a text after the section", "/comment \(first) Please add the error rate") : .command(.comment(section: String(first), text: text))
            }
            return .command(.comment(section: nil, text: rest))
        case "reply":
            let id = rest.prefix { !$0.isWhitespace }
            let text = String(rest.dropFirst(id.count)).trimmed
            return id.isEmpty || text.isEmpty ? needs("a comment id and a text", "/reply c1 Added the numbers") : .command(.reply(id: String(id), text: text))
        case "resolve": return rest.isEmpty ? needs("a comment id", "/resolve c1") : .command(.resolve(id: rest))
        case "publish":
            switch rest {
            case "": return .command(.publish(external: false))
            case "--external", "external": return .command(.publish(external: true))
            default: return .invalid(message: "/publish takes nothing or --external, e.g. /publish --external")
            }
        case "checklist":
            guard !rest.isEmpty else { return .command(.checklist(item: nil, note: nil)) }
            let item = rest.prefix { !$0.isWhitespace }
            let note = String(rest.dropFirst(item.count)).trimmed
            return .command(.checklist(item: String(item), note: note.isEmpty ? nil : note))
        case "action":
            let words = rest.split(separator: " ", maxSplits: 2).map(String.init)
            guard let first = words.first, let index = Int(first), index > 0 else {
                return needs("an item number", "/action 2 done https://tracker.example.com/T-1")
            }
            guard words.count > 1 else { return .command(.action(index: index, status: nil, detail: nil)) }
            guard let status = ActionStatus(rawValue: words[1].lowercased()) else {
                return .invalid(message: "Status is one of open, in-progress, done, wont-do, e.g. /action \(index) in-progress")
            }
            return .command(.action(index: index, status: status, detail: words.count > 2 ? words[2] : nil))
        case "followup", "follow-up": return .command(.followUp)
        case "hint": return .command(.hint)
        case "next", "n": return .command(.next)
        default:
            let close = names.filter { $0.dropFirst().hasPrefix(name.prefix(2)) }
            let suggestion = close.isEmpty ? "" : " Did you mean \(close.joined(separator: " or "))?"
            return .invalid(message: "Unknown command /\(name).\(suggestion) Type /help for the list, or // to start an answer with /.")
        }
    }
}
