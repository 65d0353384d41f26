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

    /// A template given as NAME or as a PATH to a YAML file, with its text (recorded in the journal).
    func template(nameOrPath: String) throws -> (Template, yaml: String) {
        let resolved: ResolvedTemplate
        do {
            resolved = try TemplateCatalog(overrides: templateOverrides()).resolve(nameOrPath) { path in
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                    throw CLIError.usage("Cannot read the template file \(path). Give a path to a YAML file, or a name (`postmortem templates` lists them).")
                }
                return text
            }
        } catch let error as CLIError { throw error } catch { throw CLIError.usage("\(nameOrPath): \(error)") }
        return (resolved.template, resolved.yaml)
    }

    /// The template a post-mortem replays with: the text recorded at its creation, else (journals
    /// from before templates were recorded) the named one.
    func template(for events: [RecordedEvent], named name: String) throws -> Template {
        guard events.count > 1, case .templateRecorded(_, let yaml) = events[1].event else { return try template(named: name) }
        do { return try TemplateLoader.load(yaml: yaml, source: "the template recorded in the journal") } catch {
            throw CLIError.refused("\(error)")
        }
    }

    /// The journal of `id`; an id that is not a plain name is bad input (exit 2).
    func journal(_ id: String) throws -> Journal {
        do { return try workspace.journal(for: id) } catch { throw CLIError.usage(error.description) }
    }

    /// Opens a post-mortem to change it: refused while its journal ends in a torn line,
    /// so nothing typed is lost to a write that cannot succeed.
    func openForWriting(_ id: String) throws -> LivePostmortem {
        let (live, log) = try open(id)
        if let reason = log.readOnlyReason { throw CLIError.refused(reason) }
        if let torn = log.tornTail {
            throw CLIError.refused("\(id)'s journal ends in a torn line (\(torn), an interrupted write). Run `postmortem repair \(id)`: it moves those bytes aside and keeps every complete event.")
        }
        return live
    }

    /// Opens an existing post-mortem, replaying its journal.
    func open(_ id: String) throws -> (LivePostmortem, FileEventLog) {
        let journal = try self.journal(id)
        guard FileManager.default.fileExists(atPath: journal.path) else {
            let known = (try? workspace.ids()) ?? []
            throw CLIError.usage("There is no post-mortem '\(id)' in \(workspace.path)." + (known.isEmpty ? " Start one with `postmortem new`." : " Known: \(known.joined(separator: ", "))."))
        }
        let log = FileEventLog(journal: journal)
        let events = try log.load()
        guard case .created(let recordedID, let templateName, _)? = events.first?.event else {
            throw CLIError.refused("\(journal.path) does not start with a `created` event; `postmortem verify \(id)` says more.")
        }
        guard recordedID == id else {
            throw CLIError.refused("The folder \(id) holds the journal of post-mortem \(recordedID) (copied?). Rename the folder back to \(recordedID); a copy would publish into the wrong place.")
        }
        let live = try LivePostmortem(log: InMemoryPreloaded(log: log, events: events),
                                      workflow: Workflow(template: try template(for: events, named: templateName)))
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
