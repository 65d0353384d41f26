#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Crypto
import Dispatch
import PostmortemCore

/// Verifies a whole journal held in memory.
///
/// The complete lines are split into chunks at newlines; each chunk is hashed
/// and parsed on its own thread, writing envelopes and digests (and, for
/// `runEvents`, the decoded events) straight into their final slots. The
/// chain (seq numbers, `prev` hashes) is then checked in one sequential pass.
struct Verifier {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Files at least this big are split into chunks verified on all cores.
    let parallelThreshold: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, parallelThreshold: Int = Verifier.parallelThreshold) {
        self.bytes = bytes
        self.parallelThreshold = parallelThreshold
    }

    /// Files smaller than this are verified on the calling thread.
    static let parallelThreshold = 1 << 20

    func run() throws(JournalError) -> JournalContents {
        let plan = Plan(bytes, parallelThreshold: parallelThreshold)
        defer { plan.deallocate() }
        var outcome: Result<Verdict, JournalError> = .failure(.damaged(line: 0, reason: ""))
        let envelopes = [Envelope](unsafeUninitializedCapacity: plan.totalLines) { buffer, initialized in
            outcome = Result { () throws(JournalError) in try plan.run(Lines(envelopes: buffer, events: nil)) }
            initialized = (try? outcome.get().good) ?? 0
        }
        let verdict = try outcome.get()
        return JournalContents(envelopes: envelopes, lastHash: verdict.lastHash, tornTail: verdict.torn,
                               newerVersionAt: verdict.newer)
    }

    /// Like `run()`, but decodes each line's event on the parallel pass too
    /// and returns events instead of envelopes (`contents.envelopes` is empty).
    func runEvents() throws(JournalError) -> (contents: JournalContents, events: [RecordedEvent]) {
        let plan = Plan(bytes, parallelThreshold: parallelThreshold)
        defer { plan.deallocate() }
        var outcome: Result<Verdict, JournalError> = .failure(.damaged(line: 0, reason: ""))
        let envelopes = UnsafeMutableBufferPointer<Envelope>.allocate(capacity: max(plan.totalLines, 1))
        defer { envelopes.deallocate() }
        let events = [RecordedEvent](unsafeUninitializedCapacity: plan.totalLines) { buffer, initialized in
            outcome = Result { () throws(JournalError) in try plan.run(Lines(envelopes: envelopes, events: buffer)) }
            initialized = (try? outcome.get().good) ?? 0
        }
        let verdict = try outcome.get()
        return (JournalContents(lastHash: verdict.lastHash, tornTail: verdict.torn, newerVersionAt: verdict.newer), events)
    }
}

/// The chunks of a journal's complete lines, counted; `run` verifies them.
private struct Plan {
    let work: Chunks
    let totalLines: Int
    let unterminated: TornTail?
    let fileSize: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, parallelThreshold: Int) {
        let n = bytes.count
        let base = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!  // never read when n == 0
        fileSize = n
        // The complete lines end at the last newline; anything after is torn.
        var end = n
        while end > 0 && base[end - 1] != 0x0A { end -= 1 }
        unterminated = end < n ? TornTail(offset: end, length: n - end) : nil

        // Chunk boundaries, each just after a newline.
        let threads = max(1, ProcessInfoLite.activeProcessorCount)
        let wanted = end >= max(parallelThreshold, 1) ? threads * 4 : 1
        var bounds = [0]
        for k in 1..<max(wanted, 1) {
            var p = max(k * end / wanted, bounds.last!)
            guard p < end else { break }
            if let nl = memchr(base + p, 0x0A, end - p) {
                p = base.distance(to: nl.assumingMemoryBound(to: UInt8.self)) + 1
            } else {
                p = end
            }
            if p < end && p > bounds.last! { bounds.append(p) }
        }
        bounds.append(end)

        // Every per-chunk result has its slot before any worker starts.
        work = Chunks(base: base, bounds: bounds)
        work.forEachChunk { [work] in work.countLines(chunk: $0) }
        totalLines = work.plan()
    }

    func deallocate() { work.deallocate() }

    /// Parses into `lines` (capacity `totalLines`) and judges. The good
    /// prefix stays initialized for the caller (events only, when decoding
    /// events); everything else is released, chunk by chunk, on all cores.
    /// Deallocates `lines.digests`.
    func run(_ lines: Lines) throws(JournalError) -> Verdict {
        defer { lines.deallocate() }
        guard fileSize > 0 else { return Verdict(good: 0, lastHash: "") }
        let work = self.work
        work.forEachChunk { work.parse(chunk: $0, into: lines) }
        let outcome = Result { () throws(JournalError) in
            let verdict = try work.judge(lines, totalLines: totalLines, unterminated: unterminated, fileSize: fileSize)
            // An event that does not fit its type is damage too, found after the chain's.
            if lines.decodesEvents, let f = work.firstEventFailure(before: verdict.good) {
                throw JournalError.damaged(line: f.line + 1, reason: f.reason)
            }
            return verdict
        }
        let keep = (try? outcome.get().good) ?? 0
        work.forEachChunk { work.deinitialize(chunk: $0, lines, taken: keep) }
        return try outcome.get()
    }
}

/// What the judging pass found: how many lines are good, and what ends them.
struct Verdict {
    var good: Int
    var lastHash: String
    var torn: TornTail?
    var newer: NewerVersion?
}

/// Where the parallel pass writes each line's envelope, digest and (when
/// asked) event: line `i` at index `i`.
struct Lines: @unchecked Sendable {  // unchecked: raw buffers; each worker writes only its own chunk's lines.
    let envelopes: UnsafeMutableBufferPointer<Envelope>
    let digests: UnsafeMutableBufferPointer<SHA256Digest>
    /// Empty unless events are decoded.
    let events: UnsafeMutableBufferPointer<RecordedEvent>

    /// `digests` is allocated here (see `deallocate`); `events` nil: not decoded.
    init(envelopes: UnsafeMutableBufferPointer<Envelope>, events: UnsafeMutableBufferPointer<RecordedEvent>?) {
        self.envelopes = envelopes
        digests = .allocate(capacity: max(envelopes.count, 1))
        self.events = events ?? UnsafeMutableBufferPointer(start: nil, count: 0)
    }

    var decodesEvents: Bool { events.baseAddress != nil }

    func deallocate() {
        digests.deallocate()
    }
}

/// The number of processors this process may use, without Foundation.
enum ProcessInfoLite {
    static var activeProcessorCount: Int {
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }
}

