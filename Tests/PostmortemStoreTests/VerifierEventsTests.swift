import PostmortemCore
@testable import PostmortemStore
import Testing

/// `runEvents`: events decoded on the parallel pass, exactly as converting
/// the verified envelopes afterwards would give them, errors included.
@Suite("Verifier: events")
struct VerifierEventsTests {
    /// `count` chained `answered` lines; line `badEvent` lacks its `field`.
    func journal(_ count: Int, badEvent: Int? = nil) -> [UInt8] {
        var data: [UInt8] = []
        var prev = ""
        for seq in 0..<count {
            var payload = JSONObject([("value", .string("line \(seq) ✓"))])
            if seq != badEvent { payload.pairs.insert(("field", .string("summary")), at: 0) }
            let line = Envelope(seq: seq, at: t0.adding(seconds: Int64(seq)), actor: "ana", type: "answered",
                                prev: prev, payload: payload).encodedLine()
            prev = Journal.hash(line: line)
            data += line + [0x0A]
        }
        return data
    }

    func events(_ data: [UInt8], parallel: Bool) -> Result<[RecordedEvent], JournalError> {
        data.withUnsafeBufferPointer { buffer in
            Result { () throws(JournalError) in
                try Verifier(buffer, parallelThreshold: parallel ? 0 : Int.max).runEvents().events
            }
        }
    }

    /// The old way: verify, then convert each envelope.
    func converted(_ data: [UInt8]) -> Result<[RecordedEvent], JournalError> {
        data.withUnsafeBufferPointer { buffer in
            Result { () throws(JournalError) in
                try Verifier(buffer, parallelThreshold: Int.max).run().envelopes.enumerated().map { index, envelope throws(JournalError) in
                    do { return try RecordedEvent(envelope) } catch {
                        throw JournalError.damaged(line: index + 1, reason: "\(error)")
                    }
                }
            }
        }
    }

    @Test func sameEventsAsConvertingAfterwards() {
        let data = journal(300)
        #expect((try? events(data, parallel: true).get().count) == 300)
        #expect(events(data, parallel: true) == converted(data))
        #expect(events(data, parallel: false) == converted(data))
        // A torn tail: the events before it.
        let torn = Array(data.dropLast(3))
        #expect((try? events(torn, parallel: true).get().count) == 299)
        #expect(events(torn, parallel: true) == converted(torn))
    }

    @Test func anEventThatDoesNotFitIsDamageAfterTheChainsOwn() {
        let bad = journal(300, badEvent: 211)
        #expect(events(bad, parallel: true) == .failure(.damaged(line: 212, reason: "event 'answered': 'field' should be a string")))
        #expect(events(bad, parallel: false) == converted(bad))
        // A broken chain later in the file is reported first, as before.
        var both = journal(300, badEvent: 50)
        both[both.count * 3 / 4] ^= 0x01
        #expect(events(both, parallel: true) == converted(both))
        if case .failure(.damaged(let line, _)) = events(both, parallel: true) { #expect(line > 200) } else { Issue.record("not damaged") }
    }
}
