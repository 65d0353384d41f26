// journal-stress DIR ID N [ACTOR]
//
// Appends N events to the journal of post-mortem ID in workspace DIR, one
// append at a time, re-reading the tail and retrying on conflict. After each
// append returns (the event is fsynced, i.e. acknowledged) it prints the
// event's seq on its own line, unbuffered. Used by the store's tests to run
// concurrent writers and to kill a writer mid-run.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PostmortemCore
import PostmortemStore

func fail(_ message: String, _ code: Int32 = 2) -> Never {
    var text = "journal-stress: \(message)\n"
    text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    exit(code)
}

let args = CommandLine.arguments
guard args.count >= 4, let count = Int(args[3]) else { fail("usage: journal-stress DIR ID N [ACTOR]") }
let actor = args.count > 4 ? args[4] : "stress-\(getpid())"
let journal: Journal
do {
    journal = try Workspace(path: args[1]).journal(for: args[2])
} catch {
    fail("\(error)")
}

var clock = Timestamp(rfc3339: "2026-11-20T04:18:00Z")!
for k in 0..<count {
    var attempts = 0
    while true {
        attempts += 1
        do {
            let next = try journal.tail().nextSeq
            let payload = JSONObject([
                ("field", .string("timeline")),
                ("value", .string("\(actor) event \(k): the failed-transactions alarm fired again — \"retry\" ✓")),
                ("n", .number(Double(k))),
            ])
            clock = clock.adding(seconds: 1)
            let written = try journal.append(type: "answered", payload: payload, actor: actor, at: clock,
                                             expectedNextSeq: next)
            var line = "\(written.seq)\n"
            line.withUTF8 { _ = write(1, $0.baseAddress, $0.count) }
            break
        } catch JournalError.conflict {
            if attempts > 100_000 { fail("gave up after \(attempts) conflicts", 1) }
            continue
        } catch {
            fail("\(error)", 1)
        }
    }
}
