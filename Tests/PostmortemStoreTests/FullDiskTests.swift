import Foundation
import PostmortemCore
@testable import PostmortemStore
import Testing

@Suite("A full disk")
struct FullDiskTests {
    /// Through the write seam: the device "fills up" part way through the lines.
    @Test func aFailedWriteIsRolledBack() throws {
        try withTemporaryDirectory { dir in
            var journal = try makeJournal(in: dir, count: 3)
            let before = bytes(journal.path)
            for limit in [0, 1, 57, 300, 400] {
                journal.injectedWriteLimit = limit
                do {
                    _ = try journal.append([answered("summary", String(repeating: "long answer ", count: 20)),
                                            answered("impact", "second line")],
                                           actor: "ana", at: t0, expectedNextSeq: 3)
                    Issue.record("the append should have failed")
                } catch let error as JournalError {
                    #expect(error == .writeFailed(path: journal.path, errno: ENOSPC, rolledBack: true))
                    #expect(error.description.contains("no space left on device"))
                    #expect(error.description.contains("nothing was recorded"))
                }
                #expect(bytes(journal.path) == before, "limit \(limit)")
                let contents = try journal.read()
                #expect(contents.envelopes.count == 3 && contents.tornTail == nil)
            }
            journal.injectedWriteErrno = EIO
            journal.injectedWriteLimit = 10
            #expect(throws: JournalError.writeFailed(path: journal.path, errno: EIO, rolledBack: true)) {
                try journal.append([answered("summary", "x")], actor: "ana", at: t0, expectedNextSeq: 3)
            }
            journal.injectedWriteLimit = nil
            _ = try journal.append([answered("summary", "room again")], actor: "ana", at: t0, expectedNextSeq: 3)
            #expect(try journal.read().envelopes.count == 4)
        }
    }

    /// On a real, tiny tmpfs (needs root and mount; skipped otherwise).
    @Test(.enabled(if: getuid() == 0, "needs root to mount a tmpfs"))
    func aRealFullDisk() throws {
        try withTemporaryDirectory { dir in
            let mountPoint = dir + "/small"
            try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
            guard run("/bin/mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint) == 0 else {
                print("tmpfs mount not available; the injected-failure test covers the rollback")
                return
            }
            defer { _ = run("/bin/umount", mountPoint) }
            let journal = try Workspace(path: mountPoint).journal(for: "pm")
            var written = 0
            var failure: JournalError?
            while failure == nil && written < 10_000 {
                do {
                    _ = try journal.append([answered("summary", "Event \(written): " + String(repeating: "filling the disk ", count: 8))],
                                           actor: "ana", at: t0.adding(seconds: Int64(written)), expectedNextSeq: written)
                    written += 1
                } catch let error as JournalError {
                    failure = error
                }
            }
            let error = try #require(failure)
            #expect(error == .writeFailed(path: journal.path, errno: ENOSPC, rolledBack: true))
            #expect(written > 10)
            let contents = try journal.read()
            #expect(contents.envelopes.count == written)
            #expect(contents.tornTail == nil)
            #expect(bytes(journal.path).last == 0x0A)
            // Still full: refused again, still nothing half-written.
            #expect(throws: JournalError.writeFailed(path: journal.path, errno: ENOSPC, rolledBack: true)) {
                try journal.append([answered("summary", String(repeating: "more ", count: 100))],
                                   actor: "ana", at: t0, expectedNextSeq: written)
            }
            #expect(try journal.read().envelopes.count == written)
        }
    }

    func run(_ arguments: String...) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
