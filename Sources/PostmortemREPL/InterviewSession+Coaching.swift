import PostmortemCore

extension InterviewSession {
    /// Coaching right after an answer: a warning, never a block, with a better phrasing.
    func coach(_ field: Field, _ value: FieldValue) {
        let findings = FieldCoaching(pm, knownPeople: env.knownPeople).findings(for: field.id, value: value)
        for finding in findings {
            out.warn("\(finding.check): \(finding.message)" + (finding.excerpt.isEmpty ? "" : " (\"\(finding.excerpt.neutralized)\")"))
            out.note("  Why: \(finding.why)")
            out.note("  Better: \(finding.better.neutralized)")
        }
        if !findings.isEmpty { out.note("  (Coaching only: your answer is saved. /edit \(field.id) to rephrase.)") }
    }

    /// One line per finding in the whole document, for /status.
    func coachingSummary() -> [String] {
        FieldCoaching(pm, knownPeople: env.knownPeople).all(pm, template: template).map {
            "\($0.field): \($0.finding.check): \($0.finding.message)"
        }
    }
}
