import Foundation
import PostmortemCore
import PostmortemStore

extension App {
    /// Template texts in `<workspace>/templates/*.yaml`, by file name without extension.
    func templateOverrides() -> [String: String] {
        let dir = workspace.templatesDirectory
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        var result: [String: String] = [:]
        for name in names where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let id = String(name.prefix { $0 != "." })
            result[id] = try? String(contentsOfFile: dir + "/" + name, encoding: .utf8)
        }
        return result
    }

    /// A template by name (workspace overrides first, then bundled).
    func template(named name: String) throws -> Template {
        do { return try TemplateCatalog.resolve(nameOrPath: name, overrides: templateOverrides()) } catch {
            throw CLIError.usage("\(error)")
        }
    }

    /// A template given as NAME or as a PATH to a YAML file; a file is copied into the
    /// workspace so the post-mortem can always be reopened with it.
    func template(nameOrPath: String) throws -> Template {
        guard nameOrPath.contains("/") || nameOrPath.hasSuffix(".yaml") || nameOrPath.hasSuffix(".yml") else {
            return try template(named: nameOrPath)
        }
        guard let text = try? String(contentsOfFile: nameOrPath, encoding: .utf8) else {
            throw CLIError.usage("Cannot read the template file \(nameOrPath). Give a path to a YAML file, or a name (`postmortem templates` lists them).")
        }
        let template: Template
        do { template = try TemplateLoader.load(yaml: text) } catch { throw CLIError.usage("\(nameOrPath): \(error)") }
        try FileManager.default.createDirectory(atPath: workspace.templatesDirectory, withIntermediateDirectories: true)
        try text.write(toFile: workspace.templatesDirectory + "/\(template.name).yaml", atomically: true, encoding: .utf8)
        return template
    }

    /// The journal of `id`; an id that is not a plain name is bad input (exit 2).
    func journal(_ id: String) throws -> Journal {
        do { return try workspace.journal(for: id) } catch let error as WorkspaceError { throw CLIError.usage(error.description) }
    }

    /// Opens an existing post-mortem, replaying its journal.
    func open(_ id: String) throws -> (LivePostmortem, FileEventLog) {
        let journal = try journal(id)
        guard FileManager.default.fileExists(atPath: journal.path) else {
            let known = (try? workspace.ids()) ?? []
            throw CLIError.usage("There is no post-mortem '\(id)' in \(workspace.path)." + (known.isEmpty ? " Start one with `postmortem new`." : " Known: \(known.joined(separator: ", "))."))
        }
        let log = FileEventLog(journal: journal)
        let events = try log.load()
        guard case .created(_, let templateName, _)? = events.first?.event else {
            throw CLIError.refused("\(journal.path) does not start with a `created` event; `postmortem verify \(id)` says more.")
        }
        let live = try LivePostmortem(log: InMemoryPreloaded(log: log, events: events), workflow: Workflow(template: try template(named: templateName)))
        return (live, log)
    }
}

/// Hands an already-read journal to `LivePostmortem` without reading it twice.
final class InMemoryPreloaded: EventLog {
    let log: EventLog
    var events: [RecordedEvent]?
    init(log: EventLog, events: [RecordedEvent]) { self.log = log; self.events = events }
    func load() throws -> [RecordedEvent] {
        if let events { self.events = nil; return events }
        return try log.load()
    }
    func append(_ new: [Event], actor: String, at: Timestamp, expectedNextSeq: Int) throws -> [RecordedEvent] {
        try log.append(new, actor: actor, at: at, expectedNextSeq: expectedNextSeq)
    }
}
