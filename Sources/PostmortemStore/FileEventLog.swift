import PostmortemCore

/// The journal on disk as an `EventLog`: envelopes in, recorded events out.
public final class FileEventLog: EventLog {
    public let journal: Journal
    /// Set by `load()` when the journal ends in a torn line (run `postmortem repair`).
    public private(set) var tornTail: TornTail?
    /// Set by `load()` when a newer postmortem wrote part of the journal: the
    /// events before that line were loaded, and appending is refused.
    public private(set) var readOnlyReason: String?
    private var newerVersionAt: NewerVersion?

    public init(journal: Journal) { self.journal = journal }

    public func load() throws -> [RecordedEvent] {
        let read = Result { () throws(JournalError) in try journal.readEvents() }
        if case .failure(.notFound) = read { return [] }  // a post-mortem not started yet
        let (contents, events) = try read.get()
        tornTail = contents.tornTail
        newerVersionAt = contents.newerVersionAt
        readOnlyReason = contents.readOnlyReason
        return events
    }

    public func append(_ events: [Event], actor: String, at: Timestamp, expectedNextSeq: Int) throws -> [RecordedEvent] {
        if let newer = newerVersionAt { throw JournalError.newerVersion(found: newer.version, line: newer.line) }
        let outcome = appendEnvelopes(events, actor: actor, at: at, expectedNextSeq: expectedNextSeq)
        switch outcome {
        case .success(let written):
            return zip(written, events).map { RecordedEvent(seq: $0.seq, at: $0.at, actor: $0.actor, event: $1) }
        case .failure(.conflict(let expected, let found)):
            throw EventLogConflict(expected: expected, found: found)
        case .failure(let error):
            throw error
        }
    }

    // A Result, not do/catch: catching the typed `JournalError` crashes Swift 6.3's ownership verifier.
    private func appendEnvelopes(_ events: [Event], actor: String, at: Timestamp, expectedNextSeq: Int) -> Result<[Envelope], JournalError> {
        Result { () throws(JournalError) in
            try journal.append(events.map { (type: $0.type, payload: $0.payload) }, actor: actor, at: at, expectedNextSeq: expectedNextSeq)
        }
    }

}

extension RecordedEvent {
    public init(_ envelope: Envelope) throws {
        self.init(seq: envelope.seq, at: envelope.at, actor: envelope.actor,
                  event: try Event(type: envelope.type, payload: envelope.payload))
    }
}
