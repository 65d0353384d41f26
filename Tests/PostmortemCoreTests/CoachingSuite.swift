@testable import PostmortemCore

/// What the coaching suites ask of a coach: the check ids a sentence draws, and the better phrasing one check offers.
protocol CoachingSuite {
    var coach: Coach { get }
}

extension CoachingSuite {
    func checks(_ text: String, _ role: TextRole) -> [String] { coach.review(text, role: role).map(\.check) }
    func better(_ text: String, _ role: TextRole, _ check: String = "blame") -> String {
        coach.review(text, role: role).first { $0.check == check }?.better ?? ""
    }
}
