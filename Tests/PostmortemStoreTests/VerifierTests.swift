import PostmortemCore
@testable import PostmortemStore
import Testing

/// The parallel pass of the verifier, forced onto several chunks even for
/// small journals. Run under ThreadSanitizer (`swift test --sanitize=thread
/// --filter PostmortemStoreTests`) these catch workers sharing memory.
@Suite("Verifier")
struct VerifierTests {
    /// `count` chained lines; `version(seq)` gives each line's `v`.
    func journal(_ count: Int, version: (Int) -> Int = { _ in 1 }) -> [UInt8] {
        var data: [UInt8] = []
        var prev = ""
        for seq in 0..<count {
            let line = Envelope(v: version(seq), seq: seq, at: t0.adding(seconds: Int64(seq)), actor: "ana", type: "answered",
                                prev: prev, payload: JSONObject([("value", .string("line \(seq) ✓"))])).encodedLine()
            prev = Journal.hash(line: line)
            data += line + [0x0A]
        }
        return data
    }

    func run(_ data: [UInt8], parallel: Bool) -> Result<JournalContents, JournalError> {
        data.withUnsafeBufferPointer { buffer in
            Result { () throws(JournalError) in
                try Verifier(buffer, parallelThreshold: parallel ? 0 : Int.max).run()
            }
        }
    }

    @Test func chunksGiveTheSameResultAsOneThread() {
        let data = journal(300)
        let parallel = run(data, parallel: true)
        #expect(parallel == run(data, parallel: false))
        #expect((try? parallel.get().envelopes.count) == 300)
        // Damage, a newer version and a torn tail land in some later chunk.
        var damaged = data
        damaged[data.count / 2 + 40] ^= 0x01
        #expect(run(damaged, parallel: true) == run(damaged, parallel: false))
        let newer = journal(300) { $0 == 211 ? 2 : 1 }
        #expect((try? run(newer, parallel: true).get().newerVersionAt) == NewerVersion(line: 212, version: 2))
        #expect(run(newer, parallel: true) == run(newer, parallel: false))
        let torn = Array(data.dropLast(3))
        #expect((try? run(torn, parallel: true).get().tornTail) != nil)
        #expect(run(torn, parallel: true) == run(torn, parallel: false))
    }

    @Test func manyVerificationsAtOnce() async {
        let data = journal(400)
        let expected = run(data, parallel: false)
        await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask { run(data, parallel: true) == expected }
            }
            for await same in group { #expect(same) }
        }
    }

    @Test func journalsWithoutCompleteLines() {
        #expect(run([], parallel: true) == .success(JournalContents()))
        let partial = Array(#"{"v":1,"seq""#.utf8)
        #expect(run(partial, parallel: true) == .success(JournalContents(tornTail: TornTail(offset: 0, length: partial.count))))
    }
}
