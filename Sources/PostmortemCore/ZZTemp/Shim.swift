// TEMPORARY (not committed): stand-ins until the coach and templates branches merge.
public struct Finding: Sendable, Equatable { public var check = "", message = "", why = "", better = "", excerpt = ""; public var line = 1, column = 1 }
public enum TextRole: String, Sendable, CaseIterable { case title, summary, impact, timeline, rootCause, whys, contributingFactors, detection, response, wentWell, couldBeBetter, actionItem, lessons, other }
public struct Coach: Sendable {
    public init(knownPeople: [String] = []) {}
    public func review(_ text: String, role: TextRole) -> [Finding] { [] }
    public func review(whys: WhyChain) -> [Finding] { [] }
    public func review(actions: [ActionItem]) -> [Finding] { [] }
    public func review(timeline: [TimelineEntry]) -> [Finding] { [] }
    public func lint(document: String) -> [Finding] { [] }
}
public struct CheckInfo: Sendable { public var id = "", title = "", why = "" }
public enum CoachCatalogue { public static let checks: [CheckInfo] = [] }
