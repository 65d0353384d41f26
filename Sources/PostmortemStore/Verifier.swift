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
/// and parsed on its own thread, writing envelopes and digests straight into
/// their final slots. The chain (seq numbers, `prev` hashes) is then checked
/// in one sequential pass.
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
        let n = bytes.count
        guard n > 0, let base = bytes.baseAddress else { return JournalContents() }

        // The complete lines end at the last newline; anything after is torn.
        var end = n
        while end > 0 && base[end - 1] != 0x0A { end -= 1 }
        let unterminated: TornTail? = end < n ? TornTail(offset: end, length: n - end) : nil

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
        let work = Chunks(base: base, bounds: bounds)
        defer { work.deallocate() }
        work.forEachChunk { work.countLines(chunk: $0) }
        let totalLines = work.plan()

        // Parse straight into the result's storage; keep only the good prefix.
        var outcome: Result<Verdict, JournalError> = .failure(.damaged(line: 0, reason: ""))
        let envelopes = [Envelope](unsafeUninitializedCapacity: totalLines) { buffer, initialized in
            let digests = UnsafeMutableBufferPointer<SHA256Digest>.allocate(capacity: max(totalLines, 1))
            defer { digests.deallocate() }
            let lines = Lines(envelopes: buffer, digests: digests)
            work.forEachChunk { work.parse(chunk: $0, into: lines) }
            outcome = Result { () throws(JournalError) in
                try work.judge(lines, totalLines: totalLines, unterminated: unterminated, fileSize: n)
            }
            let keep = (try? outcome.get().good) ?? 0
            work.deinitialize(lines, from: keep)
            initialized = keep
        }
        let verdict = try outcome.get()
        return JournalContents(envelopes: envelopes, lastHash: verdict.lastHash, tornTail: verdict.torn,
                               newerVersionAt: verdict.newer)
    }
}

/// What the judging pass found: how many lines are good, and what ends them.
struct Verdict {
    var good: Int
    var lastHash: String
    var torn: TornTail?
    var newer: NewerVersion?
}

/// Where the parallel pass writes each line's envelope and digest (line `i` at index `i`).
struct Lines: @unchecked Sendable {  // unchecked: raw buffers; each worker writes only its own chunk's lines.
    let envelopes: UnsafeMutableBufferPointer<Envelope>
    let digests: UnsafeMutableBufferPointer<SHA256Digest>
}

/// The number of processors this process may use, without Foundation.
enum ProcessInfoLite {
    static var activeProcessorCount: Int {
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }
}

