import Foundation
import PostmortemCore
@testable import PostmortemStore
import Testing

@Suite("Journal")
struct JournalTests {
    @Test func appendThenReadRoundTrips() throws {
        try withTemporaryDirectory { dir in
            let journal = try Workspace(path: dir).journal(for: "2026-11-20-payments")
            #expect(!journal.exists)
            let created = try journal.append(
                [("created", JSONObject([("id", .string("2026-11-20-payments")), ("template", .string("standard"))])),
                 answered("title", "Payments API returned 502s")],
                actor: "ana", at: t0, expectedNextSeq: 0)
            #expect(created.map(\.seq) == [0, 1])
            #expect(created[0].prev == "")
            let more = try journal.append([answered("summary", "Line one\nline two — “quoted” ✓")], actor: "bram",
                                          at: t0.adding(seconds: 60), expectedNextSeq: 2)
            let contents = try journal.read()
            #expect(contents.envelopes == created + more)
            #expect(contents.tornTail == nil)
            #expect(contents.nextSeq == 3)

            // The chain: each prev is the SHA-256 of the previous line's bytes.
            let fileLines = lines(bytes(journal.path))
            #expect(fileLines.count == 3)
            #expect(bytes(journal.path).last == 0x0A)
            for k in 1..<3 { #expect(contents.envelopes[k].prev == Journal.hash(line: fileLines[k - 1])) }
            #expect(contents.lastHash == Journal.hash(line: fileLines[2]))
            #expect(fileLines[0].text.hasPrefix(#"{"v":1,"seq":0,"at":"2026-11-20T04:18:00Z","actor":"ana","type":"created","prev":"","#))

            // Independent check of the hash against coreutils.
            write(fileLines[0], to: dir + "/line0")
            let sha = Process()
            sha.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
            sha.arguments = [dir + "/line0"]
            let pipe = Pipe()
            sha.standardOutput = pipe
            try sha.run()
            sha.waitUntilExit()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(output.hasPrefix(contents.envelopes[1].prev))

            let tail = try journal.tail()
            #expect(tail == JournalTail(nextSeq: 3, lastHash: contents.lastHash, tornTail: nil))
        }
    }

    @Test func emptyAndMissingJournals() throws {
        try withTemporaryDirectory { dir in
            let journal = try Workspace(path: dir).journal(for: "pm")
            #expect(throws: JournalError.notFound(path: journal.path)) { try journal.read() }
            #expect(try journal.tail() == JournalTail(nextSeq: 0, lastHash: "", tornTail: nil))
            #expect(try journal.append([], actor: "a", at: t0, expectedNextSeq: 0).isEmpty)
            try FileManager.default.createDirectory(atPath: journal.directory, withIntermediateDirectories: true)
            write([], to: journal.path)
            #expect(try journal.read() == JournalContents())
            #expect(try journal.repair() == nil)
        }
    }

    @Test func invalidEventsAreRefused() throws {
        try withTemporaryDirectory { dir in
            let journal = try Workspace(path: dir).journal(for: "pm")
            #expect(throws: JournalError.invalidEvent("payload key \"seq\" is reserved for the envelope")) {
                try journal.append([("answered", JSONObject([("seq", .number(1))]))], actor: "a", at: t0, expectedNextSeq: 0)
            }
            #expect(throws: JournalError.invalidEvent("an event needs a type")) {
                try journal.append([("", JSONObject())], actor: "a", at: t0, expectedNextSeq: 0)
            }
            #expect(!journal.exists)
        }
    }

    @Test func staleExpectedSeqIsAConflict() throws {
        try withTemporaryDirectory { dir in
            let journal = try makeJournal(in: dir, count: 3)
            #expect(throws: JournalError.conflict(expected: 2, found: 3)) {
                try journal.append([answered("summary", "late")], actor: "bram", at: t0, expectedNextSeq: 2)
            }
            #expect(throws: JournalError.conflict(expected: 0, found: 3)) {
                try journal.append([answered("summary", "late")], actor: "bram", at: t0, expectedNextSeq: 0)
            }
            #expect(try journal.read().envelopes.count == 3)
            _ = try journal.append([answered("summary", "fresh")], actor: "bram", at: t0, expectedNextSeq: 3)
            #expect(try journal.read().envelopes.count == 4)
        }
    }

    /// Cut the file at every byte of the last line: it either reads with the
    /// last event intact or reports a torn tail, never damage, never losing
    /// earlier events; and repair moves the torn bytes aside intact.
    @Test func tornTailAtEveryOffsetOfTheLastLine() throws {
        try withTemporaryDirectory { dir in
            let journal = try makeJournal(in: dir, count: 4)
            let full = bytes(journal.path)
            let all = try journal.read().envelopes
            let lastStart = full.dropLast().lastIndex(of: 0x0A)! + 1
            for cut in lastStart...full.count {
                write(Array(full[0..<cut]), to: journal.path)
                let contents: JournalContents
                do {
                    contents = try journal.read()
                } catch {
                    Issue.record("cut at \(cut): \(error)")
                    continue
                }
                if cut == full.count {
                    #expect(contents.envelopes == all && contents.tornTail == nil)
                    continue
                }
                #expect(contents.envelopes == Array(all.prefix(3)), "cut at \(cut)")
                #expect(contents.lastHash == all[3].prev)
                if cut == lastStart {
                    #expect(contents.tornTail == nil)
                    continue
                }
                #expect(contents.tornTail == TornTail(offset: lastStart, length: cut - lastStart), "cut at \(cut)")
                // The cheap tail agrees, and appending is refused until repair.
                #expect(try journal.tail().tornTail == contents.tornTail)
                #expect(throws: JournalError.tornTail(id: "pm-1", offset: lastStart, length: cut - lastStart)) {
                    try journal.append([answered("summary", "x")], actor: "a", at: t0, expectedNextSeq: 3)
                }
                let aside = try journal.repair(at: t0)
                #expect(aside == journal.path + ".torn-20261120T041800Z")
                #expect(bytes(aside!) == Array(full[lastStart..<cut]))
                #expect(bytes(journal.path) == Array(full[0..<lastStart]))
                #expect(try journal.read() == JournalContents(envelopes: Array(all.prefix(3)), lastHash: all[3].prev))
                try FileManager.default.removeItem(atPath: aside!)
            }
        }
    }

    @Test func aTornTailWithItsNewlineAndARepeatedRepair() throws {
        try withTemporaryDirectory { dir in
            let journal = try makeJournal(in: dir, count: 2)
            let good = bytes(journal.path)
            // A final line that has its newline but does not parse (e.g. zeros after a crash).
            write(good + [0, 0, 0, 0x0A], to: journal.path)
            #expect(try journal.read().tornTail == TornTail(offset: good.count, length: 4))
            #expect(try journal.repair(at: t0) == journal.path + ".torn-20261120T041800Z")
            // Torn again in the same second: a second file, nothing overwritten.
            write(good + Array(#"{"v":1,"se"#.utf8), to: journal.path)
            let second = try journal.repair(at: t0)
            #expect(second == journal.path + ".torn-20261120T041800Z-2")
            #expect(bytes(second!) == Array(#"{"v":1,"se"#.utf8))
            #expect(bytes(journal.path + ".torn-20261120T041800Z") == [0, 0, 0, 0x0A])
            #expect(try journal.repair() == nil)
            _ = try journal.append([answered("summary", "after repair")], actor: "a", at: t0, expectedNextSeq: 2)
            #expect(try journal.read().envelopes.count == 3)
        }
    }

    @Test func aJournalOfOnlyATornLine() throws {
        try withTemporaryDirectory { dir in
            let journal = try makeJournal(in: dir, count: 1)
            let line = bytes(journal.path)
            write(Array(line.dropLast()), to: journal.path)
            #expect(try journal.read() == JournalContents(envelopes: [], lastHash: "",
                                                          tornTail: TornTail(offset: 0, length: line.count - 1)))
            #expect(try journal.repair(at: t0) != nil)
            #expect(bytes(journal.path).isEmpty)
            _ = try journal.append([answered("summary", "again")], actor: "a", at: t0, expectedNextSeq: 0)
        }
    }

    func expectDamaged(_ journal: Journal, line: Int, _ comment: String? = nil,
                       sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            let contents = try journal.read()
            Issue.record("expected damage at line \(line), read \(contents.envelopes.count) events", sourceLocation: sourceLocation)
        } catch {
            guard case .damaged(let found, let reason) = error else {
                Issue.record("expected damage at line \(line), got \(error)", sourceLocation: sourceLocation)
                return
            }
            #expect(found == line, "\(comment.map { "\($0): " } ?? "")\(reason)", sourceLocation: sourceLocation)
            #expect(error.description.contains("journal line \(line) is damaged"), sourceLocation: sourceLocation)
        }
    }

    @Test func aFlippedByteInAMiddleLineIsNamed() throws {
        try withTemporaryDirectory { dir in
            let journal = try makeJournal(in: dir, count: 9)
            let original = bytes(journal.path)
            let starts = [0] + original.indices.filter { original[$0] == 0x0A }.dropLast().map { $0 + 1 }
            for target in [2, 5, 8] {  // 1-based line numbers, none of them the last
                let start = starts[target - 1]
                let line = Array(original[start...].prefix(while: { $0 != 0x0A }))
                func flip(at offset: Int, to value: UInt8, _ what: String) {
                    var damaged = original
                    damaged[start + offset] = value
                    write(damaged, to: journal.path)
                    expectDamaged(journal, line: target, "\(what) in line \(target)")
                }
                let text = line.text
                // A letter in the answer (the line still parses; the chain catches it).
                let letter = text.utf8.count - 10
                flip(at: letter, to: line[letter] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x"), "text")
                // A hex digit of the line's own prev.
                let prevAt = Array(text.utf8).firstRange(of: Array(#""prev":""#.utf8))!.upperBound + 5
                flip(at: prevAt, to: line[prevAt] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0"), "prev")
                // Invalid UTF-8, a broken structure, a different seq digit.
                flip(at: letter, to: 0xFF, "invalid UTF-8")
                flip(at: 0, to: UInt8(ascii: "["), "structure")
                let seqAt = Array(text.utf8).firstRange(of: Array(#""seq":"#.utf8))!.upperBound
                flip(at: seqAt, to: line[seqAt] == UInt8(ascii: "7") ? UInt8(ascii: "6") : UInt8(ascii: "7"), "seq")
            }
            // Damage is never repaired away.
            var damaged = original
            damaged[starts[3] + 20] = 0xFF
            write(damaged, to: journal.path)
            #expect(try journal.repair() == nil)
            #expect(bytes(journal.path) == damaged)
        }
    }

    @Test func aChangedLastLineAndItsPrev() throws {
        try withTemporaryDirectory { dir in
            let journal = try makeJournal(in: dir, count: 4)
            var data = bytes(journal.path)
            // The prev of the last line no longer matches line 3: reported at line 3.
            let lastStart = data.dropLast().lastIndex(of: 0x0A)! + 1
            let prevAt = Array(data[lastStart...]).firstRange(of: Array(#""prev":""#.utf8))!.upperBound + lastStart
            data[prevAt] = data[prevAt] == UInt8(ascii: "a") ? UInt8(ascii: "b") : UInt8(ascii: "a")
            write(data, to: journal.path)
            expectDamaged(journal, line: 3)
            // The first line's prev must be empty.
            let first = try makeJournal(in: dir, id: "pm-2", count: 2)
            var lines0 = lines(bytes(first.path))
            lines0[0] = Array(lines0[0].text.replacingOccurrences(of: #""prev":"""#, with: #""prev":"00""#).utf8)
            write(lines0.flatMap { $0 + [0x0A] }, to: first.path)
            expectDamaged(first, line: 1)
        }
    }

    @Test func aSeqGapIsNamed() throws {
        try withTemporaryDirectory { dir in
            let journal = try makeJournal(in: dir, count: 6)
            var all = lines(bytes(journal.path))
            all.remove(at: 3)  // lose seq 3
            write(all.flatMap { $0 + [0x0A] }, to: journal.path)
            do {
                _ = try journal.read()
                Issue.record("expected damage")
            } catch let error as JournalError {
                #expect(error == .damaged(line: 4, reason: "seq is 4 where 3 was expected (events are missing before it)"))
            }
            // An empty line in the middle.
            var withBlank = lines(bytes(try makeJournal(in: dir, id: "pm-2", count: 3).path))
            withBlank.insert([], at: 1)
            write(withBlank.flatMap { $0 + [0x0A] }, to: dir + "/pm-2/journal.jsonl")
            #expect(throws: JournalError.damaged(line: 2, reason: "the line is empty")) {
                try Journal(directory: dir + "/pm-2").read()
            }
        }
    }

    @Test func aNewerVersionIsReadOnly() throws {
        try withTemporaryDirectory { dir in
            let journal = try makeJournal(in: dir, count: 3)
            let before = try journal.read()
            #expect(before.newerVersionAt == nil && before.readOnlyReason == nil)
            // A line written by a future postmortem, correctly chained.
            let future = #"{"v":2,"seq":3,"at":"2026-11-20T05:00:00Z","actor":"ana","type":"hologram","prev":""#
                + before.lastHash + #"","shape":{"new":true}}"#
            write(bytes(journal.path) + Array(future.utf8) + [0x0A], to: journal.path)
            // Readable: the events before the newer line, and the flag.
            let contents = try journal.read()
            #expect(contents.envelopes == before.envelopes)
            #expect(contents.lastHash == before.lastHash)
            #expect(contents.tornTail == nil)
            #expect(contents.newerVersionAt == NewerVersion(line: 4, version: 2))
            let reason = try #require(contents.readOnlyReason)
            #expect(reason.contains("written by a newer postmortem"))
            #expect(reason.contains("read-only here"))
            #expect(reason.contains("upgrade postmortem"))
            // Not writable: append and repair refuse, and nothing changes.
            let onDisk = bytes(journal.path)
            #expect(throws: JournalError.newerVersion(found: 2, line: 4)) {
                try journal.append([answered("summary", "x")], actor: "a", at: t0, expectedNextSeq: 4)
            }
            #expect(throws: JournalError.newerVersion(found: 2, line: 4)) { try journal.repair(at: t0) }
            #expect(bytes(journal.path) == onDisk)
            // Verification still reports it.
            #expect(throws: JournalError.newerVersion(found: 2, line: 4)) { try Journal.verify(onDisk) }
            // Also when the newer line is not the last one: what follows it is not interpreted.
            write(onDisk + Array(#"{"v":2,"anything":"else"}"#.utf8) + [0x0A] + Array("not json".utf8), to: journal.path)
            let again = try journal.read()
            #expect(again.envelopes.count == 3)
            #expect(again.newerVersionAt == NewerVersion(line: 4, version: 2))
            #expect(again.tornTail == nil)
            // Damage before the newer line is still damage.
            var damaged = onDisk
            damaged[damaged.firstIndex(of: UInt8(ascii: "E"))!] = UInt8(ascii: "e")
            write(damaged, to: journal.path)
            #expect(throws: JournalError.damaged(line: 1, reason: "its SHA-256 does not match the prev recorded by line 2 "
                + "(the line was altered after it was written)")) { try journal.read() }
        }
    }

    @Test func aNewerVersionMakesTheEventLogReadOnly() throws {
        try withTemporaryDirectory { dir in
            let journal = try Workspace(path: dir).journal(for: "pm")
            let log = FileEventLog(journal: journal)
            let first = try log.append([.created(id: "pm", template: "standard", title: nil)], actor: "ana", at: t0, expectedNextSeq: 0)
            #expect(first.count == 1)
            #expect(try log.load().count == 1 && log.readOnlyReason == nil)
            let future = #"{"v":3,"seq":1,"at":"2026-11-20T05:00:00Z","actor":"ana","type":"created","prev":""#
                + (try journal.read().lastHash) + #""}"#
            write(bytes(journal.path) + Array(future.utf8) + [0x0A], to: journal.path)
            #expect(try log.load().count == 1)
            #expect(log.readOnlyReason?.contains("newer postmortem") == true)
            #expect(throws: JournalError.newerVersion(found: 3, line: 2)) {
                try log.append([.submitted], actor: "ana", at: t0, expectedNextSeq: 1)
            }
        }
    }

    @Test func repairNamesTheSideFileByTheGivenTime() throws {
        try withTemporaryDirectory { dir in
            let journal = try makeJournal(in: dir, count: 2)
            let good = bytes(journal.path)
            // A time no clock shows now: the name can only come from the argument.
            let then = Timestamp(rfc3339: "1999-12-31T23:59:58Z")!
            write(good + Array(#"{"v":1"#.utf8), to: journal.path)
            #expect(try journal.repair(at: then) == journal.path + ".torn-19991231T235958Z")
            write(good + Array(#"{"v":1"#.utf8), to: journal.path)
            #expect(try journal.repair(at: then) == journal.path + ".torn-19991231T235958Z-2")
            #expect(bytes(journal.path) == good)
        }
    }

    @Test func bigJournalsAreVerifiedInChunks() throws {
        // Over the parallel threshold: several chunks, damage found in a later one.
        try withTemporaryDirectory { dir in
            var data: [UInt8] = []
            var prev = ""
            let count = 6000
            for seq in 0..<count {
                let e = Envelope(seq: seq, at: t0.adding(seconds: Int64(seq)), actor: "ana", type: "answered", prev: prev,
                                 payload: JSONObject([("field", .string("summary")),
                                                      ("value", .string(String(repeating: "word ", count: 40)))]))
                let line = e.encodedLine()
                prev = Journal.hash(line: line)
                data += line + [0x0A]
            }
            #expect(data.count > Verifier.parallelThreshold)
            let contents = try Journal.verify(data)
            #expect(contents.envelopes.count == count)
            #expect(contents.envelopes.enumerated().allSatisfy { $0.offset == $0.element.seq })
            #expect(contents.lastHash == prev)
            // Damage every few hundred lines, including at chunk boundaries, is named exactly.
            let starts = [0] + data.indices.filter { data[$0] == 0x0A }.dropLast().map { $0 + 1 }
            // (Not the last line: nothing after it records its hash.)
            for target in Array(stride(from: 0, to: count - 1, by: 397)) + [count / 2, count / 4 + 1, count - 2] {
                var damaged = data
                damaged[starts[target] + 200] ^= 0x01  // inside the repeated words
                do {
                    _ = try Journal.verify(damaged)
                    Issue.record("damage at line \(target + 1) not found")
                } catch {
                    guard case JournalError.damaged(let line, _)? = error as? JournalError else { Issue.record("\(error)"); continue }
                    #expect(line == target + 1)
                }
            }
            // Deeply nested payloads parse on the worker threads too.
            var nested = JSONValue.string("deep")
            for _ in 0..<500 { nested = .array([nested]) }
            var deep: [UInt8] = []
            var deepPrev = ""
            for seq in 0..<count {
                let payload: JSONObject = seq == count / 2 ? JSONObject([("value", nested)])
                    : JSONObject([("value", .string(String(repeating: "word ", count: 40)))])
                let line = Envelope(seq: seq, at: t0, actor: "ana", type: "answered", prev: deepPrev, payload: payload).encodedLine()
                deepPrev = Journal.hash(line: line)
                deep += line + [0x0A]
            }
            #expect(try Journal.verify(deep).envelopes[count / 2].payload["value"] == nested)
            // A torn tail on a big journal.
            let torn = try Journal.verify(Array(data.dropLast(7)))
            #expect(torn.envelopes.count == count - 1)
            #expect(torn.tornTail == TornTail(offset: starts[count - 1], length: data.count - 7 - starts[count - 1]))
        }
    }
}

