extension Workflow {
    /// Replays a whole journal: the same state as folding `apply` over
    /// `events`, faster.
    ///
    /// Only a field's last answer that fits its kind counts (it replaces the
    /// earlier ones, and `skipped` and `lastChangedAt` follow it), so a first
    /// pass from the end finds and decodes just those answers; the forward
    /// pass applies every other event as `apply` does and passes over the
    /// superseded answers.
    public func replay(_ events: ArraySlice<RecordedEvent>) -> Postmortem? {
        // Read in place (a buffer's elements are borrowed, not copied).
        events.withUnsafeBufferPointer { replay(buffer: $0) }
    }

    private func replay(buffer events: UnsafeBufferPointer<RecordedEvent>) -> Postmortem? {
        // Indices of the answers that count, with their values, ascending.
        var effective: [(index: Int, value: FieldValue)] = []
        var settled: Set<String> = []
        for i in events.indices.reversed() {
            guard case .answered(let field, let json) = events[i].event, !settled.contains(field),
                  let kind = template.field(field)?.kind, let value = try? FieldValue(json: json, kind: kind) else { continue }
            settled.insert(field)
            effective.append((i, value))
            if settled.count == template.fields.count { break }  // every field settled
        }
        effective.reverse()

        var state: Postmortem?
        var next = 0  // the next entry of `effective`
        for i in events.indices {
            guard case .answered(let field, _) = events[i].event else {
                apply(events[i], to: &state)
                continue
            }
            guard next < effective.count, effective[next].index == i else {
                state?.lastSeq = events[i].seq  // superseded, or does not fit: only its seq counts
                continue
            }
            let value = effective[next].value
            next += 1
            guard var s = state else { continue }
            state = nil  // `s` is now the only reference: no copy of its dictionaries
            s.lastSeq = events[i].seq
            s.answers[field] = value
            s.skipped.remove(field)
            s.lastChangedAt = events[i].at
            state = s
        }
        return state
    }

    /// Replays a whole journal; see `replay(_:)` on a slice.
    public func replay(_ events: [RecordedEvent]) -> Postmortem? { replay(events[...]) }

    /// Replays a whole journal; see `replay(_:)` on a slice.
    public func replay(_ events: some Sequence<RecordedEvent>) -> Postmortem? { replay(ArraySlice(events)) }
}
