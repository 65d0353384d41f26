import PostmortemCore

/// `/help`: the commands of each REPL, with what they do.
public enum SessionHelp {
    public enum Role: Sendable { case owner, reviewer, home }

    static let owner: [(String, String)] = [
        ("/help", "this list"),
        ("/status", "phase, what is missing, sign-offs, comments, deadlines, coaching"),
        ("/show [SECTION]", "the document so far, or one section"),
        ("/fields", "every field, answered or not"),
        ("/edit FIELD", "answer a field again (e.g. /edit impact)"),
        ("/skip", "leave this question for later"),
        ("/back", "go back to the previous question"),
        ("/submit", "send the draft to the review committee"),
        ("/withdraw [REASON]", "take it back from review"),
        ("/reply ID TEXT, /resolve ID", "answer or close a reviewer's comment"),
        ("/comment [SECTION] TEXT", "leave a note on the document"),
        ("/publish [--external]", "publish once every reviewer signed off; externally once the checklist is done"),
        ("/checklist [ITEM NOTE]", "the external-publication checklist, or check one item"),
        ("/action N [STATUS DETAIL]", "an action item's history, or record progress (done needs evidence)"),
        ("/followup", "the follow-up review: walk every open action item"),
        ("/quit", "leave; everything saved stays saved (Ctrl-D too)"),
    ]
    static let reviewer: [(String, String)] = [
        ("/help", "this list"),
        ("/next (or Enter)", "the next section"),
        ("/show [SECTION]", "the whole document, or one section"),
        ("/status", "sign-offs, comments, coaching"),
        ("/comment [SECTION] TEXT", "comment on a section (e.g. /comment impact How many users?)"),
        ("/approve", "sign off the revision you are reading"),
        ("/request-changes REASON", "send it back to the owner with a reason"),
        ("/quit", "leave (Ctrl-D too)"),
    ]
    static let home: [(String, String)] = [
        ("ID or /open ID", "open a post-mortem as its owner"),
        ("/new [TITLE]", "start a new post-mortem"),
        ("/review ID", "review one as a committee member"),
        ("/status ID", "its status"),
        ("/quit", "leave"),
    ]

    public static func print(topic: String?, role: Role, to out: Terminal) {
        let list = switch role { case .owner: owner case .reviewer: reviewer case .home: home }
        if topic == "coaching" {
            CoachCatalogue.checks.forEach { out.line("\($0.id): \($0.title)"); out.note("  \($0.why)") }
            return
        }
        let width = list.map(\.0.count).max() ?? 0
        for (name, text) in list { out.line(name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + text) }
        out.note("At any prompt: // starts an answer with '/'. Ctrl-C discards what you are typing; Ctrl-D on an empty prompt leaves. Tab completes.")
        if role != .home { out.note("/help coaching lists the writing checks.") }
    }
}

/// Tab completion candidates: commands after `/`, field ids after `/edit`, section ids after `/show` and `/comment`.
enum SlashCompletion {
    static func candidates(for text: String, template: Template) -> [String] {
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard let first = words.first, first.hasPrefix("/") else { return [] }
        if words.count == 1 { return SlashCommand.names.filter { $0.hasPrefix(first) } }
        let last = words.last ?? ""
        let pool: [String] = switch first {
        case "/edit": template.fields.map(\.id)
        case "/show", "/comment": template.sections.map(\.id)
        case "/publish": ["--external"]
        case "/checklist": ["internal-info", "no-names", "legal-review", "technical-accuracy", "competitive", "executive-approval"]
        default: []
        }
        return words.count == 2 ? pool.filter { $0.hasPrefix(last) } : []
    }
}
