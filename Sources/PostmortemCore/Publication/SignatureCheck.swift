/// Checks recorded sign-offs against the reviewers' committed public keys.
///
/// A reviewer with `keys/NAME.pub` must sign: their unsigned or badly signed
/// sign-off never counts, even if it reached the journal some other way.
public struct SignatureCheck: Sendable {
    public enum Status: String, Sendable, Equatable { case verified, unsigned, bad }

    public var publicKeys: [String: [UInt8]]
    public var workspaceID: String

    public init(publicKeys: [String: [UInt8]], workspaceID: String) {
        self.publicKeys = publicKeys; self.workspaceID = workspaceID
    }

    public init(_ context: DecisionContext) { self.init(publicKeys: context.publicKeys, workspaceID: context.workspaceID) }

    func key(for reviewer: String) -> [UInt8]? { publicKeys.first { Person.same($0.key, reviewer) }?.value }

    public func status(of signOff: SignOff, by reviewer: String, postmortemID: String) -> Status {
        guard let signature = signOff.signature else { return .unsigned }
        guard let key = key(for: reviewer) else { return .unsigned }
        let statement = SignOffStatement(workspaceID: workspaceID, postmortemID: postmortemID, revision: signOff.revision,
                                         seq: signOff.seq, reviewer: reviewer)
        return statement.isSigned(by: key, signature: signature) ? .verified : .bad
    }

    /// Whether the sign-off counts: verified, or unsigned by a reviewer who has no committed key.
    public func counts(_ signOff: SignOff, by reviewer: String, postmortemID: String) -> Bool {
        switch status(of: signOff, by: reviewer, postmortemID: postmortemID) {
        case .verified: true
        case .unsigned: key(for: reviewer) == nil
        case .bad: false
        }
    }
}
