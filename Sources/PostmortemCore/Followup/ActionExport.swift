/// Which action items `postmortem actions` shows.
///
/// By default the unfinished ones (open, in-progress); `all` adds done and won't-do;
/// `overdue` keeps only unfinished items whose due day has ended; `owner` matches the
/// current owner (after reassignment) case-insensitively; `priority` matches exactly.
public struct ActionFilter: Sendable, Equatable {
    public var overdue: Bool
    public var owner: String?
    public var priority: Priority?
    public var all: Bool

    public init(overdue: Bool = false, owner: String? = nil, priority: Priority? = nil, all: Bool = false) {
        self.overdue = overdue; self.owner = owner; self.priority = priority; self.all = all
    }

    public func includes(_ row: ActionRow, today: Day) -> Bool {
        if overdue, !row.isOverdue(on: today) { return false }
        if !all, !overdue, row.status.isFinished { return false }
        if let owner, row.owner.lowercased() != owner.trimmed.lowercased() { return false }
        if let priority, row.priority != priority { return false }
        return true
    }

    /// The rows that pass, in the order the exports list them: unfinished before finished,
    /// then by due day (none last), post-mortem id and item number.
    public func apply(_ rows: [ActionRow], today: Day) -> [ActionRow] {
        rows.filter { includes($0, today: today) }.sorted(by: ActionExport.listOrder)
    }
}

/// The exports of `postmortem actions`: an aligned table, JSON, RFC 4180 CSV, and
/// `gh issue create` commands. Pure: rows and today's date in, text out.
public enum ActionExport {
    public enum Format: String, Sendable, CaseIterable {
        case table, json, csv, gh
    }

    /// A table line; `overdue` lines are shown in red by the shell.
    public struct Line: Sendable, Equatable {
        public var text: String
        public var overdue: Bool
        public init(_ text: String, overdue: Bool = false) { self.text = text; self.overdue = overdue }
    }

    static func listOrder(_ a: ActionRow, _ b: ActionRow) -> Bool {
        func key(_ r: ActionRow) -> (Int, Int, String, Int) {
            (r.status.isFinished ? 1 : 0, r.due?.daysSinceEpoch ?? Int.max, r.postmortemID, r.index)
        }
        let (ka, kb) = (key(a), key(b))
        if ka.0 != kb.0 { return ka.0 < kb.0 }
        if ka.1 != kb.1 { return ka.1 < kb.1 }
        if ka.2 != kb.2 { return ka.2.utf8.lexicographicallyPrecedes(kb.2.utf8) }
        return ka.3 < kb.3
    }

    /// The longest action text shown in a table cell; longer ones end in `…`.
    public static let actionWidth = 48

    /// `ID  #  PRI  OWNER  DUE  STATUS  ACTION  NOTE`, aligned, one item a line; an
    /// overdue item says `overdue Nd` in STATUS. NOTE is the evidence (done) or reason (won't-do).
    public static func table(_ rows: [ActionRow], today: Day) -> [Line] {
        guard !rows.isEmpty else { return [] }
        let header = ["POST-MORTEM", "#", "PRI", "OWNER", "DUE", "STATUS", "ACTION", "NOTE"]
        let cells: [[String]] = rows.map { r in
            var status = r.status.rawValue
            if r.isOverdue(on: today), let due = r.due { status += ", overdue \(today.daysSinceEpoch - due.daysSinceEpoch)d" }
            return [r.postmortemID, String(r.index), r.priority?.rawValue ?? "-", cell(r.owner.isEmpty ? "-" : r.owner),
                    r.due?.iso ?? "-", status, truncate(cell(r.what), actionWidth), cell(r.evidence ?? r.reason ?? "")]
        }
        let widths = header.indices.map { c in ([header] + cells).map { $0[c].count }.max() ?? 0 }
        func render(_ row: [String]) -> String {
            var parts = row.enumerated().map { c, text in c == row.count - 1 ? text : text.paddedTo(widths[c]) }
            while let last = parts.last, last.trimmed.isEmpty { parts.removeLast() }
            return parts.joined(separator: "  ").trimmingTrailingSpaces
        }
        return [Line(render(header))] + zip(rows, cells).map { Line(render($1), overdue: $0.isOverdue(on: today)) }
    }

    /// The table as text, one line each, ending in a newline; a sentence when there is nothing.
    public static func tableText(_ rows: [ActionRow], today: Day) -> String {
        let lines = table(rows, today: today)
        return lines.isEmpty ? "No action items match.\n" : lines.map { $0.text + "\n" }.joined()
    }

    /// One object per item, in list order.
    public static func jsonValue(_ rows: [ActionRow], today: Day) -> JSONValue {
        .array(rows.map { r in
            var o = JSONObject([
                ("postmortem", .string(r.postmortemID)), ("title", .string(r.postmortemTitle)),
                ("number", .number(Double(r.index))), ("action", .string(r.what)),
                ("owner", r.owner.isEmpty ? .null : .string(r.owner)),
                ("priority", r.priority.map { .string($0.rawValue) } ?? .null),
                ("due", r.due.map { .string($0.iso) } ?? .null),
                ("status", .string(r.status.rawValue)), ("overdue", .bool(r.isOverdue(on: today))),
            ])
            o["daysOverdue"] = r.isOverdue(on: today) ? .number(Double(today.daysSinceEpoch - r.due!.daysSinceEpoch)) : .null
            o["evidence"] = r.evidence.map { .string($0) } ?? .null
            o["reason"] = r.reason.map { .string($0) } ?? .null
            o["openedAt"] = .string(r.openedAt.rfc3339)
            o["finishedAt"] = r.finishedAt.map { .string($0.rfc3339) } ?? .null
            return .object(o)
        })
    }

    public static func json(_ rows: [ActionRow], today: Day) -> String {
        JSONCodec.encodeToString(jsonValue(rows, today: today)) + "\n"
    }

    public static let csvHeader = ["postmortem", "title", "number", "action", "owner", "priority", "due", "status",
                                   "overdue", "evidence", "reason", "opened_at", "finished_at"]

    /// RFC 4180: a header record, CRLF line ends, fields quoted when they hold a comma,
    /// a double quote, CR or LF, with quotes doubled. Control characters are neutralised.
    public static func csv(_ rows: [ActionRow], today: Day) -> String {
        let records: [[String]] = [csvHeader] + rows.map { r in
            [r.postmortemID, r.postmortemTitle, String(r.index), r.what, r.owner, r.priority?.rawValue ?? "",
             r.due?.iso ?? "", r.status.rawValue, r.isOverdue(on: today) ? "yes" : "no",
             r.evidence ?? "", r.reason ?? "", r.openedAt.rfc3339, r.finishedAt?.rfc3339 ?? ""]
        }
        return records.map { $0.map(csvField).joined(separator: ",") + "\r\n" }.joined()
    }

    static func csvField(_ raw: String) -> String {
        let text = raw.neutralized
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }

    /// One `gh issue create` command per unfinished item (finished ones are skipped), as in
    /// seed 001: title `[Post-Mortem] ACTION`, labels `post-mortem` and the priority, and a body
    /// naming the post-mortem, the action, its owner, priority and due date. Every argument
    /// is single-quoted for a POSIX shell; commands are separated by an empty line.
    public static func gh(_ rows: [ActionRow], today: Day) -> String {
        rows.filter { !$0.status.isFinished }.map { r in
            let labels = ["post-mortem"] + (r.priority.map { [$0.rawValue] } ?? [])
            let body = [
                "From post-mortem: \(r.postmortemID) (\(r.postmortemTitle))",
                "",
                "Action: \(r.what) (item \(r.index))",
                "",
                "Owner: \(r.owner.isEmpty ? "-" : r.owner)",
                "Priority: \(r.priority?.rawValue ?? "-")",
                "Due: \(r.due?.iso ?? "-")",
            ].map(\.singleLine).joined(separator: "\n")
            return "gh issue create --title \(shellQuote("[Post-Mortem] " + r.what.singleLine)) --label \(shellQuote(labels.joined(separator: ","))) --body \(shellQuote(body))\n"
        }.joined(separator: "\n")
    }

    /// `it's` → `'it'\''s'`: safe as one word in any POSIX shell.
    public static func shellQuote(_ text: String) -> String {
        "'" + text.replacingAll("'", with: "'\\''") + "'"
    }

    static func cell(_ text: String) -> String { text.singleLine }

    static func truncate(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }
}

extension String {
    /// Neutralised and on one line (newlines and tabs become spaces).
    var singleLine: String {
        String(neutralized.map { $0 == "\n" || $0 == "\t" || $0 == "\r\n" ? " " : $0 })
    }

    func paddedTo(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }

    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }

    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
