import Crypto
import Foundation

/// The exact bytes a reviewer's key signs: namespaced so a signature means one
/// thing only (this workspace, this post-mortem, this revision, this place in the journal).
public struct SignOffStatement: Sendable, Equatable {
    public var workspaceID: String
    public var postmortemID: String
    public var revision: String
    /// The seq the sign-off event will take.
    public var seq: Int
    public var reviewer: String

    public init(workspaceID: String, postmortemID: String, revision: String, seq: Int, reviewer: String) {
        self.workspaceID = workspaceID; self.postmortemID = postmortemID; self.revision = revision
        self.seq = seq; self.reviewer = reviewer
    }

    public var bytes: [UInt8] {
        Array("postmortem sign-off v1\nworkspace \(workspaceID)\npostmortem \(postmortemID)\nrevision \(revision)\nseq \(seq)\nreviewer \(reviewer)\n".utf8)
    }

    /// Whether `signature` (base64) is `publicKey`'s signature over this statement.
    public func isSigned(by publicKey: [UInt8], signature: String) -> Bool {
        guard let sig = Data(base64Encoded: signature),
              let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey) else { return false }
        return key.isValidSignature(sig, for: Data(bytes))
    }
}
