/// A line diff in unified style (`-` removed, `+` added, ` ` kept), by longest common subsequence.
///
/// Used to show a reviewer what changed since they last looked, and by `replay`
/// to show how a transcript's output differs.
public enum LineDiff {
    public enum Change: Sendable, Equatable { case kept(String), removed(String), added(String) }

    public static func changes(from old: [String], to new: [String]) -> [Change] {
        let n = old.count, m = new.count
        // lengths[i][j]: LCS of old[i...] and new[j...]; documents are small, quadratic is fine.
        var lengths = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i][j] = old[i] == new[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var out: [Change] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, old[i] == new[j] { out.append(.kept(old[i])); i += 1; j += 1 }
            else if j < m, i == n || lengths[i][j + 1] >= lengths[i + 1][j] { out.append(.added(new[j])); j += 1 }
            else { out.append(.removed(old[i])); i += 1 }
        }
        return out
    }

    /// Only the changed lines with `context` unchanged lines around each, as `-`/`+`/` ` lines;
    /// empty when nothing changed.
    public static func unified(from old: [String], to new: [String], context: Int = 2) -> [String] {
        let all = changes(from: old, to: new)
        let changed = all.indices.filter { if case .kept = all[$0] { false } else { true } }
        guard !changed.isEmpty else { return [] }
        var show = Set<Int>()
        for c in changed { for k in max(0, c - context)...min(all.count - 1, c + context) { show.insert(k) } }
        var out: [String] = []
        var last = -1
        for k in show.sorted() {
            if last >= 0, k > last + 1 { out.append("@@") }
            switch all[k] {
            case .kept(let s): out.append("  " + s)
            case .removed(let s): out.append("- " + s)
            case .added(let s): out.append("+ " + s)
            }
            last = k
        }
        return out
    }
}
