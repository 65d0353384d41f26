import Foundation
import PostmortemCore
@testable import PostmortemStore
import Testing

/// Tests that run the `journal-stress` helper (built by `swift build` / `swift test`)
/// as separate processes appending to the same journal.
@Suite("Journal across processes", .serialized)
struct ProcessTests {
    var helper: String { productsDirectory + "/journal-stress" }

    func spawn(_ dir: String, _ id: String, count: Int, actor: String) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: helper)
        process.arguments = [dir, id, String(count), actor]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        return (process, out)
    }

    @Test(.timeLimit(.minutes(3)))
    func twoWritersAppendingAtOnceKeepAValidChain() throws {
        try #require(FileManager.default.isExecutableFile(atPath: helper), "build the helper first: swift build --product journal-stress")
        try withTemporaryDirectory { dir in
            let a = try spawn(dir, "pm", count: 500, actor: "writer-a")
            let b = try spawn(dir, "pm", count: 500, actor: "writer-b")
            // Drain both pipes while the writers run.
            let outA = a.1.fileHandleForReading.readDataToEndOfFile()
            let outB = b.1.fileHandleForReading.readDataToEndOfFile()
            a.0.waitUntilExit()
            b.0.waitUntilExit()
            #expect(a.0.terminationStatus == 0 && b.0.terminationStatus == 0)

            let contents = try Journal(directory: dir + "/pm").read()
            #expect(contents.envelopes.count == 1000)
            #expect(contents.tornTail == nil)
            #expect(contents.envelopes.filter { $0.actor == "writer-a" }.count == 500)
            #expect(contents.envelopes.filter { $0.actor == "writer-b" }.count == 500)
            // Each writer's acknowledged seqs are exactly its events in the journal.
            let seqsA = String(decoding: outA, as: UTF8.self).split(separator: "\n").compactMap { Int($0) }
            let seqsB = String(decoding: outB, as: UTF8.self).split(separator: "\n").compactMap { Int($0) }
            #expect(seqsA.count == 500 && seqsB.count == 500)
            #expect(Set(seqsA + seqsB) == Set(0..<1000))
            #expect(seqsA.allSatisfy { contents.envelopes[$0].actor == "writer-a" })
            #expect(seqsB.allSatisfy { contents.envelopes[$0].actor == "writer-b" })
        }
    }

    @Test(.timeLimit(.minutes(3)))
    func aKilledWriterLosesNoAcknowledgedEvent() throws {
        try #require(FileManager.default.isExecutableFile(atPath: helper), "build the helper first: swift build --product journal-stress")
        try withTemporaryDirectory { dir in
            let journal = Journal(directory: dir + "/pm")
            var acknowledged: [Int] = []
            var generator = SystemRandomNumberGenerator()
            for round in 0..<6 {
                let (process, out) = try spawn(dir, "pm", count: 1_000_000, actor: "round-\(round)")
                usleep(UInt32.random(in: 30_000...300_000, using: &generator))
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                #expect(process.terminationReason == .uncaughtSignal)
                let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                // A line cut by the kill is not an acknowledgement.
                let complete = printed.hasSuffix("\n") ? printed : String(printed[..<(printed.lastIndex(of: "\n") ?? printed.startIndex)])
                acknowledged += complete.split(separator: "\n").compactMap { Int($0) }

                var contents = try journal.read()
                if contents.tornTail != nil {
                    let aside = try journal.repair()
                    #expect(aside != nil)
                    contents = try journal.read()
                    #expect(contents.tornTail == nil)
                }
                for seq in acknowledged {
                    #expect(seq < contents.envelopes.count, "acknowledged seq \(seq) missing after round \(round)")
                }
                #expect(Set(acknowledged).count == acknowledged.count)
            }
            #expect(!acknowledged.isEmpty)
        }
    }
}
