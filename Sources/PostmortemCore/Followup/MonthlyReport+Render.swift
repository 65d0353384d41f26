/// The monthly review as plain text, Markdown and JSON.
extension MonthlyReport {
    // MARK: Plain text

    public var text: String {
        var out: [String] = []
        out.append("Monthly review \(month.iso) (as of \(now.shortUTC) UTC)")
        out.append("")
        out.append("Post-mortems")
        out += aligned([("opened", opened), ("published", published), ("closed", closed)].map { label, ids in
            ["  \(label):", String(ids.count), ids.isEmpty ? "" : "(\(ids.joined(separator: ", ")))"]
        })
        out.append("")
        out.append("Open action items (as of now): \(openItems.count) open, \(overdueItems.count) overdue")
        if !openItems.isEmpty {
            out += aligned([["  OWNER", "OPEN", "OVERDUE"]] + byOwner.map { ["  " + $0.key.singleLine, String($0.open), String($0.overdue)] })
            out.append("")
            out += aligned([["  PRIORITY", "OPEN", "OVERDUE"]] + byPriority.map { ["  " + $0.key, String($0.open), String($0.overdue)] })
        }
        if !overdueItems.isEmpty {
            out.append("")
            out.append("  Overdue:")
            out += overdueItems.map { "    " + overdueLine($0) }
        }
        out.append("")
        let c = completion
        out.append("Action items due in \(month.iso) (due day passed): \(c.due)")
        if c.due > 0 {
            out.append("  done \(c.done) (\(c.doneOnTime) on time), won't-do \(c.wontDo), unfinished \(c.unfinished)")
            out.append("  completion rate: \(rateText(c.rate, c.done, target: Self.completionTarget, above: true))")
            out.append("  done on time: \(rateText(c.onTimeRate, c.doneOnTime, target: Self.onTimeTarget, above: true))")
        }
        out.append("  done in \(month.iso): \(completedInMonth)" + (meanTimeToComplete.map { ", average time to complete \(formatDuration($0))" } ?? ""))
        out.append("")
        out.append("Incidents that started in \(month.iso): \(incidents.count)")
        if !incidents.isEmpty {
            let header = ["  ID", "STARTED", "TTD", "TTA", "TTM", "TTR", "DRAFT", "PUBLISHED"]
            var rows = incidents.map { i in
                ["  " + i.id, i.started.shortUTC, d(i.ttd), d(i.tta), d(i.ttm), d(i.ttr), deadline(i.draft), deadline(i.publication)]
            }
            rows.append(["  mean", "", d(meanTTD), d(meanTTA), d(meanTTM), d(meanTTR), d(meanTimeToDraft), d(meanTimeToPublish)])
            out += aligned([header] + rows)
            out.append("  draft within 48 hours: \(targetText(incidents.map(\.draft)))")
            out.append("  published within 1 week: \(targetText(incidents.map(\.publication)))")
            out.append("")
            out.append("Patterns in these incidents")
            out.append("  tags: " + countsText(tags))
            out.append("  contributing factors: " + countsText(factorCategories))
            if !factors.isEmpty { out.append("    " + countsText(factors)) }
            let rate = repeatRate.map(percent) ?? "-"
            out.append("  repeat incidents (a tag shared with an earlier incident): \(repeats.count) of \(incidents.count) (\(rate); target < \(percent(Self.repeatTarget)))")
            out += repeats.map { "    \($0.id) repeats \($0.earlier.joined(separator: ", ")) (\($0.sharedTags.joined(separator: ", ")))" }
        }
        return out.map(\.trimmingTrailingSpaces).joined(separator: "\n") + "\n"
    }

    // MARK: Markdown

    public var markdown: String {
        var out: [String] = []
        out.append("# Monthly review \(month.iso)")
        out.append("")
        out.append("As of \(now.shortUTC) UTC.")
        out.append("")
        out.append("## Post-mortems")
        out.append("")
        out += mdTable(["", "count", "ids"], [("opened", opened), ("published", published), ("closed", closed)].map { label, ids in
            [label, String(ids.count), ids.joined(separator: ", ")]
        })
        out.append("")
        out.append("## Open action items")
        out.append("")
        out.append("As of now: \(openItems.count) open, \(overdueItems.count) overdue.")
        if !openItems.isEmpty {
            out.append("")
            out += mdTable(["owner", "open", "overdue"], byOwner.map { [$0.key, String($0.open), String($0.overdue)] })
            out.append("")
            out += mdTable(["priority", "open", "overdue"], byPriority.map { [$0.key, String($0.open), String($0.overdue)] })
        }
        if !overdueItems.isEmpty {
            out.append("")
            out.append("Overdue:")
            out.append("")
            out += overdueItems.map { "- " + mdEscape(overdueLine($0)) }
        }
        out.append("")
        out.append("## Action items due in \(month.iso)")
        out.append("")
        let c = completion
        out.append("Due day passed: \(c.due); done \(c.done) (\(c.doneOnTime) on time), won't-do \(c.wontDo), unfinished \(c.unfinished).")
        if c.due > 0 {
            out.append("")
            out.append("- Completion rate: \(rateText(c.rate, c.done, target: Self.completionTarget, above: true))")
            out.append("- Done on time: \(rateText(c.onTimeRate, c.doneOnTime, target: Self.onTimeTarget, above: true))")
        }
        out.append("")
        out.append("Done in \(month.iso): \(completedInMonth)" + (meanTimeToComplete.map { "; average time to complete \(formatDuration($0))." } ?? "."))
        out.append("")
        out.append("## Incidents that started in \(month.iso)")
        out.append("")
        out.append("\(incidents.count) incident\(incidents.count == 1 ? "" : "s").")
        if !incidents.isEmpty {
            out.append("")
            var rows = incidents.map { i in
                [i.id, i.started.shortUTC, d(i.ttd), d(i.tta), d(i.ttm), d(i.ttr), deadline(i.draft), deadline(i.publication)]
            }
            rows.append(["**mean**", "", d(meanTTD), d(meanTTA), d(meanTTM), d(meanTTR), d(meanTimeToDraft), d(meanTimeToPublish)])
            out += mdTable(["id", "started (UTC)", "TTD", "TTA", "TTM", "TTR", "draft", "published"], rows)
            out.append("")
            out.append("- Draft within 48 hours: \(targetText(incidents.map(\.draft)))")
            out.append("- Published within 1 week: \(targetText(incidents.map(\.publication)))")
            out.append("")
            out.append("## Patterns")
            out.append("")
            out.append("- Tags: " + mdEscape(countsText(tags)))
            out.append("- Contributing factors: " + mdEscape(countsText(factorCategories)) + (factors.isEmpty ? "" : " — " + mdEscape(countsText(factors))))
            let rate = repeatRate.map(percent) ?? "-"
            out.append("- Repeat incidents (a tag shared with an earlier incident): \(repeats.count) of \(incidents.count) (\(rate); target < \(percent(Self.repeatTarget)))")
            out += repeats.map { "  - \(mdEscape($0.id)) repeats \(mdEscape($0.earlier.joined(separator: ", "))) (\(mdEscape($0.sharedTags.joined(separator: ", "))))" }
        }
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: JSON

    public var jsonValue: JSONValue {
        func ids(_ list: [String]) -> JSONValue { .array(list.map { .string($0) }) }
        func num(_ v: Int64?) -> JSONValue { v.map { .number(Double($0)) } ?? .null }
        func int(_ v: Int) -> JSONValue { .number(Double(v)) }
        func ratio(_ v: Double?) -> JSONValue { v.map { .number($0) } ?? .null }
        func tallies(_ list: [Tally], _ key: String) -> JSONValue {
            .array(list.map { .object(JSONObject([(key, .string($0.key)), ("open", int($0.open)), ("overdue", int($0.overdue))])) })
        }
        func counts(_ list: [Count]) -> JSONValue {
            .array(list.map { .object(JSONObject([("name", .string($0.name)), ("count", int($0.count))])) })
        }
        func deadline(_ w: WritingDeadline) -> JSONValue {
            .object(JSONObject([("seconds", num(w.seconds)), ("state", .string(w.state.rawValue))]))
        }
        let c = completion
        return .object(JSONObject([
            ("month", .string(month.iso)),
            ("asOf", .string(now.rfc3339)),
            ("postmortems", .object(JSONObject([("opened", ids(opened)), ("published", ids(published)), ("closed", ids(closed))]))),
            ("openItems", .object(JSONObject([
                ("open", int(openItems.count)), ("overdue", int(overdueItems.count)),
                ("byOwner", tallies(byOwner, "owner")), ("byPriority", tallies(byPriority, "priority")),
                ("overdueItems", ActionExport.jsonValue(overdueItems, today: now.day)),
            ]))),
            ("completion", .object(JSONObject([
                ("due", int(c.due)), ("done", int(c.done)), ("doneOnTime", int(c.doneOnTime)), ("wontDo", int(c.wontDo)),
                ("unfinished", int(c.unfinished)), ("rate", ratio(c.rate)), ("rateTarget", .number(Self.completionTarget)),
                ("onTimeRate", ratio(c.onTimeRate)), ("onTimeTarget", .number(Self.onTimeTarget)),
                ("doneInMonth", int(completedInMonth)), ("meanTimeToCompleteSeconds", num(meanTimeToComplete)),
            ]))),
            ("incidents", .array(incidents.map { i in
                .object(JSONObject([
                    ("id", .string(i.id)), ("title", .string(i.title)), ("phase", .string(i.phase.rawValue)),
                    ("started", .string(i.started.rfc3339)), ("ended", .string(i.ended.rfc3339)),
                    ("ttdSeconds", num(i.ttd)), ("ttaSeconds", num(i.tta)), ("ttmSeconds", num(i.ttm)), ("ttrSeconds", num(i.ttr)),
                    ("draft", deadline(i.draft)), ("publication", deadline(i.publication)), ("tags", ids(i.tags)),
                ]))
            })),
            ("means", .object(JSONObject([
                ("ttdSeconds", num(meanTTD)), ("ttaSeconds", num(meanTTA)), ("ttmSeconds", num(meanTTM)), ("ttrSeconds", num(meanTTR)),
                ("timeToDraftSeconds", num(meanTimeToDraft)), ("timeToPublishSeconds", num(meanTimeToPublish)),
                ("draftTargetSeconds", num(Self.draftTarget)), ("publicationTargetSeconds", num(Self.publicationTarget)),
            ]))),
            ("patterns", .object(JSONObject([
                ("tags", counts(tags)), ("factorCategories", counts(factorCategories)), ("factors", counts(factors)),
                ("repeats", .array(repeats.map { r in
                    .object(JSONObject([("id", .string(r.id)), ("earlier", ids(r.earlier)), ("sharedTags", ids(r.sharedTags))]))
                })),
                ("repeatRate", ratio(repeatRate)), ("repeatTarget", .number(Self.repeatTarget)),
            ]))),
        ]))
    }

    public var json: String { JSONCodec.encodeToString(jsonValue) + "\n" }

    // MARK: Helpers

    func overdueLine(_ r: ActionRow) -> String {
        let days = now.day.daysSinceEpoch - (r.due?.daysSinceEpoch ?? now.day.daysSinceEpoch)
        return "\(r.postmortemID) #\(r.index) \(r.what.singleLine) — \(r.owner.isEmpty ? "no owner" : r.owner.singleLine), \(r.priority?.rawValue ?? "-"), due \(r.due?.iso ?? "-") (\(days) day\(days == 1 ? "" : "s") overdue)"
    }

    func d(_ seconds: Int64?) -> String { seconds.map(formatDuration) ?? "-" }

    func deadline(_ w: WritingDeadline) -> String {
        guard let s = w.seconds else { return w.state == .late ? "not yet, late" : "not yet" }
        return "\(formatDuration(s)) \(w.state == .met ? "met" : "late")"
    }

    func targetText(_ deadlines: [WritingDeadline]) -> String {
        let met = deadlines.filter { $0.state == .met }.count
        let late = deadlines.filter { $0.state == .late }.count
        let pending = deadlines.count - met - late
        return "\(met) of \(met + late)" + (met + late > 0 ? " (\(percent(Double(met) / Double(met + late))))" : "")
            + (pending > 0 ? ", \(pending) not due yet" : "")
    }

    func rateText(_ rate: Double?, _ count: Int, target: Double, above: Bool) -> String {
        guard let rate else { return "-" }
        let meets = above ? rate > target : rate < target
        return "\(percent(rate)) (\(count) of \(completion.denominator); target > \(percent(target)))" + (meets ? "" : " below target")
    }

    func countsText(_ list: [Count]) -> String {
        list.isEmpty ? "-" : list.map { "\($0.name.singleLine) (\($0.count))" }.joined(separator: ", ")
    }

    func aligned(_ rows: [[String]]) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { c in rows.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { c, cell in c == row.count - 1 ? cell : cell.paddedTo(widths[c]) }
                .joined(separator: "  ").trimmingTrailingSpaces
        }
    }

    func mdTable(_ header: [String], _ rows: [[String]]) -> [String] {
        func line(_ cells: [String]) -> String { "| " + cells.map(mdCell).joined(separator: " | ") + " |" }
        return [line(header), "|" + header.map { _ in "---|" }.joined()] + rows.map(line)
    }

    func mdCell(_ text: String) -> String { text.hasPrefix("**") ? text : mdEscape(text).replacingAll("|", with: "\\|") }

    /// Neutralised, one line, with Markdown's inline specials escaped.
    func mdEscape(_ text: String) -> String {
        var out = ""
        for c in text.singleLine {
            if "\\`*_[]<>#|".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}

/// `66.7%`, `80%`.
func percent(_ ratio: Double) -> String {
    let tenths = Int((ratio * 1000).rounded())
    return tenths % 10 == 0 ? "\(tenths / 10)%" : "\(tenths / 10).\(tenths % 10)%"
}
