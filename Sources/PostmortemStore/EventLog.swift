import PostmortemCore

/// Where a post-mortem's events are kept: the journal on disk, or memory in tests.
public protocol EventLog: AnyObject {
    /// Every event so far, verified.
    func load() throws -> [RecordedEvent]
    /// Appends `events` as one batch after `expectedNextSeq - 1`; returns them as recorded.
    /// Throws `EventLogConflict` when someone else appended first.
    func append(_ events: [Event], actor: String, at: Timestamp, expectedNextSeq: Int) throws -> [RecordedEvent]
}

/// Another writer appended since the state was read: re-read and decide again.
public struct EventLogConflict: Error, Equatable {
    public var expected: Int
    public var found: Int
    public init(expected: Int, found: Int) { self.expected = expected; self.found = found }
}

/// An in-memory log, for tests and dry runs.
public final class InMemoryEventLog: EventLog {
    public private(set) var events: [RecordedEvent]
    public init(_ events: [RecordedEvent] = []) { self.events = events }

    public func load() throws -> [RecordedEvent] { events }

    public func append(_ new: [Event], actor: String, at: Timestamp, expectedNextSeq: Int) throws -> [RecordedEvent] {
        guard expectedNextSeq == events.count else { throw EventLogConflict(expected: expectedNextSeq, found: events.count) }
        let recorded = new.enumerated().map { RecordedEvent(seq: events.count + $0.offset, at: at, actor: actor, event: $0.element) }
        events += recorded
        return recorded
    }
}

/// A post-mortem being worked on: its state, kept in step with its log.
///
/// `execute` is the shell's one loop: decide → append → evolve, re-deciding
/// once on a fresh state if another writer got there first.
public final class LivePostmortem {
    public let log: EventLog
    public let workflow: Workflow
    public private(set) var state: Postmortem?
    public private(set) var events: [RecordedEvent]
    /// Events others appended that a conflict made us read; `refresh()` hands them out once.
    private var unseen: [RecordedEvent] = []

    public init(log: EventLog, workflow: Workflow) throws {
        self.log = log
        self.workflow = workflow
        self.events = try log.load()
        self.state = workflow.replay(events)
    }

    /// Runs `command`; on success the events are durable (fsynced) and folded into `state`.
    public func execute(_ command: Command, context: DecisionContext) throws -> Result<[RecordedEvent], Rejection> {
        for _ in 0..<3 {
            let new: [Event]
            switch workflow.decide(command, state: state, context: context) {
            case .failure(let rejection): return .failure(rejection)
            case .success(let events): new = events
            }
            if new.isEmpty { return .success([]) }
            do {
                let recorded = try log.append(new, actor: context.actor, at: context.now, expectedNextSeq: state?.nextSeq ?? 0)
                events += recorded
                for event in recorded { workflow.apply(event, to: &state) }
                return .success(recorded)
            } catch is EventLogConflict {
                // Someone else appended first: decide again on what they wrote, and remember it to tell.
                unseen += try refresh()
            }
        }
        return .failure(Rejection("Another session kept changing this post-mortem; try again."))
    }

    /// Re-reads the log; returns the events others appended since this state was read.
    @discardableResult
    public func refresh() throws -> [RecordedEvent] {
        let known = events.count
        let all = try log.load()
        var news = unseen
        unseen = []
        if all.count != known {
            events = all
            state = workflow.replay(all)
            news += all.dropFirst(known)
        }
        return news
    }

    /// Re-reads the log, e.g. after a conflict.
    public func reload() throws {
        events = try log.load()
        state = workflow.replay(events)
    }
}
