// journal-synth: synthetic journals for benchmarks, and a timed verified read.
//
//   journal-synth write FILE N [SEED]   write a journal of N realistic events to FILE
//   journal-synth verify FILE           read and verify FILE (the store's verified read);
//                                       prints the event count and the seconds it took
//
// Events are built as the core's `Event` values, encoded by the project's own
// encoder (`Envelope.encodedLine()`) and chained with the store's hash, so the
// file is a valid journal that `postmortem` can replay.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PostmortemCore
import PostmortemStore

func fail(_ message: String, _ code: Int32 = 2) -> Never {
    var text = "journal-synth: \(message)\n"
    text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    exit(code)
}

/// SplitMix64: small, fast, deterministic.
struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ range: Range<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0..<items.count)] }
}

let people = ["ana.silva", "bram.de.vries", "chen.wei", "dana.okafor", "emil.novak", "farah.haddad", "guo.lin"]
let titles = [
    "Payments API returned 502s for 38 minutes",
    "Checkout latency spike after cache node failure",
    "Failed card transactions during database failover",
    "Search index lag after schema migration",
]
let fields = ["summary", "impact", "root_cause", "detection", "response", "went_well", "could_be_better", "lessons"]
let sections = ["summary", "impact", "timeline", "root_cause", "detection", "response", "action_items"]
let clauses = [
    "The primary database failed over to the replica in the second availability zone",
    "connection pools in the payments service kept stale sockets for up to ten minutes",
    "about 4% of card transactions in Europe were declined with a generic error",
    "the on-call engineer was paged by the failed-transactions alarm within three minutes",
    "the runbook step to recycle the pools had not been updated since the migration",
    "a canary deployment would have caught the configuration drift before it reached production",
    "customer support received 212 tickets, most of them from merchants in Germany and Spain",
    "we rolled back the release and the error rate returned to its baseline of 0.02%",
    "the dashboard showed healthy hosts because the health check did not exercise the database path",
    "retries with exponential backoff masked the problem for the first few minutes",
    "the incident channel was opened at 04:21 and the status page was updated at 04:35",
    "no data was lost; 1,830 transactions were retried automatically after recovery",
]
let milestones = ["started", "detected", "acknowledged", "mitigated", "resolved"]
let timelineTexts = [
    "Failed TXs alarm fired", "On-call acknowledged the page", "Database failover started",
    "Rolled back release 2026.11.19-3", "Error rate back to baseline", "Status page updated",
    "Connection pools recycled on all payment hosts", "Incident declared, channel opened",
]
let comments = [
    "Can we quantify the revenue impact here, even roughly?",
    "This reads a bit like blame; maybe describe what the system allowed instead of who did it.",
    "Please link the dashboard that showed the error rate.",
    "Is the 4% figure for all regions or only Europe?",
    "Good catch on the runbook, let's make that an action item with an owner.",
    "The timeline is missing when the status page was first updated.",
]

func paragraph(_ rng: inout Random) -> String {
    // 100-200 characters, mostly at the shorter end.
    let limit = rng.int(0..<4) == 0 ? 200 : 120
    var text = rng.pick(clauses)
    while text.utf8.count < 100 {
        var next = rng.pick(clauses)
        while text.contains(next) { next = rng.pick(clauses) }
        text += "; " + next
    }
    if text.utf8.count > limit {
        let cut = text.utf8.index(text.utf8.startIndex, offsetBy: limit - 4)
        return String(text[..<cut]).trimmingSpaces + "..."
    }
    return text + "."
}

extension String {
    var trimmingSpaces: String {
        var s = self
        while s.last == " " || s.last == ";" || s.last == "," { s.removeLast() }
        return s
    }
}

func hex64(_ rng: inout Random) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    for _ in 0..<64 { out.append(digits[rng.int(0..<16)]) }
    return String(decoding: out, as: UTF8.self)
}

/// Event `seq`, built through the core's `Event` so the payloads have the real shapes.
func event(_ seq: Int, _ rng: inout Random, at: Timestamp, id: String) -> Event {
    if seq == 0 {
        return .created(id: id, template: "standard", title: rng.pick(titles))
    }
    let roll = rng.int(0..<100)
    switch roll {
    case 0..<45:
        return .answered(field: rng.pick(fields), value: .string(paragraph(&rng)))
    case 45..<62:
        let entry = JSONObject([
            ("at", .string(at.adding(seconds: -Int64(rng.int(60..<7200))).rfc3339)),
            ("text", .string(rng.pick(timelineTexts))),
            ("milestone", .string(rng.pick(milestones))),
        ])
        return .answered(field: "timeline", value: .array([.object(entry)]))
    case 62..<82:
        return .commented(id: "c\(seq)", section: rng.pick(sections), text: rng.pick(comments))
    case 82..<88:
        return .signedOff(revision: hex64(&rng), signature: nil)
    default:
        return .actionStatusChanged(index: rng.int(1..<8), status: rng.pick(ActionStatus.allCases),
                                    evidence: nil, reason: nil)
    }
}

func writeJournal(path: String, count: Int, seed: UInt64) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { fail("cannot create \(path): \(String(cString: strerror(errno)))") }
    defer { close(fd) }
    var rng = Random(state: seed)
    var at = Timestamp(rfc3339: "2026-11-20T04:18:00Z")!
    var prev = ""
    var buffer: [UInt8] = []
    buffer.reserveCapacity(1 << 20)
    // A journal at <workspace>/<id>/journal.jsonl is post-mortem <id>: `postmortem` refuses a folder
    // whose name differs from the id its journal records (a copied folder).
    let parts = path.split(separator: "/").map(String.init)
    let id = parts.count >= 2 && parts.last == "journal.jsonl" ? parts[parts.count - 2] : "2026-11-20-payments-outage"
    func flush() {
        var done = 0
        while done < buffer.count {
            let r = buffer.withUnsafeBytes { write(fd, $0.baseAddress! + done, $0.count - done) }
            if r < 0 {
                if errno == EINTR { continue }
                fail("cannot write \(path): \(String(cString: strerror(errno)))")
            }
            done += r
        }
        buffer.removeAll(keepingCapacity: true)
    }
    for seq in 0..<count {
        at = at.adding(seconds: Int64(rng.int(1..<90)))
        let e = event(seq, &rng, at: at, id: id)
        let envelope = Envelope(seq: seq, at: at, actor: seq == 0 ? people[0] : rng.pick(people), type: e.type,
                                prev: prev, payload: e.payload)
        let line = envelope.encodedLine()
        prev = Journal.hash(line: line)
        buffer.append(contentsOf: line)
        buffer.append(0x0A)
        if buffer.count > 1 << 20 { flush() }
    }
    flush()
    guard fsync(fd) == 0 else { fail("cannot sync \(path)") }
}

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

func verify(path: String) {
    let start = now()
    let contents: JournalContents
    do {
        if path.hasSuffix("/journal.jsonl") || path == "journal.jsonl" {
            var dir = String(path.dropLast("journal.jsonl".count))
            if dir.isEmpty { dir = "." }
            contents = try Journal(directory: dir).read()
        } else {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { fail("cannot open \(path): \(String(cString: strerror(errno)))") }
            var bytes: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 1 << 20)
            while true {
                let r = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
                if r < 0 && errno == EINTR { continue }
                guard r > 0 else { break }
                bytes.append(contentsOf: chunk[0..<r])
            }
            close(fd)
            contents = try Journal.verify(bytes)
        }
    } catch {
        fail("\(path): \(error)", 1)
    }
    let seconds = now() - start
    var out = "\(contents.envelopes.count) events verified in \(String(format3(seconds))) s"
    if let torn = contents.tornTail { out += " (torn tail: \(torn))" }
    print(out)
    // Like a command-line tool should: leave without tearing down a million events.
    withExtendedLifetime(contents) {
        fflush(nil)
        exit(0)
    }
}

func format3(_ x: Double) -> String {
    let ms = Int((x * 1000).rounded())
    let frac = ms % 1000
    return "\(ms / 1000)." + (frac < 10 ? "00" : frac < 100 ? "0" : "") + "\(frac)"
}

let args = CommandLine.arguments
switch args.count > 1 ? args[1] : "" {
case "write":
    guard args.count >= 4, let n = Int(args[3]), n >= 0 else { fail("usage: journal-synth write FILE N [SEED]") }
    let seed = args.count > 4 ? UInt64(args[4]) ?? 1 : 1
    writeJournal(path: args[2], count: n, seed: seed)
case "verify":
    guard args.count == 3 else { fail("usage: journal-synth verify FILE") }
    verify(path: args[2])
default:
    fail("usage: journal-synth write FILE N [SEED] | journal-synth verify FILE")
}
