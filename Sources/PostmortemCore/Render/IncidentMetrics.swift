/// Response metrics computed from the timeline's milestone tags, measured from `#started`
/// (seed 003: time to detect, acknowledge, mitigate, resolve).
public struct IncidentMetrics: Sendable, Equatable {
    public var started: Timestamp?
    public var timeToDetect: Int64?
    public var timeToAcknowledge: Int64?
    public var timeToMitigate: Int64?
    public var timeToResolve: Int64?
    /// From the start (or the first entry) to the resolution (or the last entry), in seconds.
    public var duration: Int64?

    public init(timeline: [TimelineEntry]) {
        func first(_ m: Milestone) -> Timestamp? { timeline.first { $0.milestone == m }?.at }
        let start = first(.started)
        started = start
        func since(_ m: Milestone) -> Int64? {
            guard let start, let t = first(m) else { return nil }
            return t.secondsSinceEpoch - start.secondsSinceEpoch
        }
        timeToDetect = since(.detected)
        timeToAcknowledge = since(.acknowledged)
        timeToMitigate = since(.mitigated)
        timeToResolve = since(.resolved)
        let times = timeline.map(\.at)
        if let from = start ?? times.min(), let to = first(.resolved) ?? times.max(), to > from {
            duration = to.secondsSinceEpoch - from.secondsSinceEpoch
        }
    }

    /// `TTD 12m · TTA 15m · TTM 1h 5m · TTR 2h 12m`, for what is known.
    public var summary: String? {
        let parts = [("TTD", timeToDetect), ("TTA", timeToAcknowledge), ("TTM", timeToMitigate), ("TTR", timeToResolve)]
            .compactMap { label, value in value.map { "\(label) \(formatDuration($0))" } }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}

/// `2h 12m`, `45m`, `30s`, `3d 4h`.
public func formatDuration(_ seconds: Int64) -> String {
    if seconds < 0 { return "-" + formatDuration(-seconds) }
    if seconds < 60 { return "\(seconds)s" }
    let m = seconds / 60, h = m / 60, d = h / 24
    if d > 0 { return h % 24 == 0 ? "\(d)d" : "\(d)d \(h % 24)h" }
    if h > 0 { return m % 60 == 0 ? "\(h)h" : "\(h)h \(m % 60)m" }
    return "\(m)m"
}
