import PostmortemCore
import PostmortemStore

/// Reads every post-mortem in the workspace once: their states and action items.
struct ActionIndex {
    let app: App

    /// Post-mortems that read cleanly, with their templates.
    func postmortems() -> [(Postmortem, Template)] { load().postmortems }

    func items() -> [ActionRow] { postmortems().flatMap { ActionRow.rows(of: $0.0) } }

    /// Every post-mortem, and the ids that could not be read with the reason (so that no
    /// list silently hides an item).
    func load() -> (postmortems: [(Postmortem, Template)], unreadable: [(id: String, reason: String)]) {
        var loaded: [(Postmortem, Template)] = [], unreadable: [(id: String, reason: String)] = []
        for id in (try? app.workspace.ids()) ?? [] {
            do {
                let live = try app.open(id).0
                guard let pm = live.state else { unreadable.append((id, "it has no events")); continue }
                loaded.append((pm, live.workflow.template))
            } catch {
                unreadable.append((id, "\(error)"))
            }
        }
        return (loaded, unreadable)
    }
}
