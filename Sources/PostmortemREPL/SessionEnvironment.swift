import PostmortemCore

/// Who is at the prompt, what time it is, and the workspace facts the rules need.
public struct SessionEnvironment: Sendable {
    public var actor: String
    public var clock: @Sendable () -> Timestamp
    public var workspaceID: String
    public var publicKeys: [String: [UInt8]]
    public var knownPeople: [String]
    /// Signs a sign-off statement with the actor's private key; nil when they have none.
    public var signer: (@Sendable ([UInt8]) -> String?)?
    public var internalHostSuffixes: [String]

    public init(actor: String, clock: @escaping @Sendable () -> Timestamp, workspaceID: String = "",
                publicKeys: [String: [UInt8]] = [:], knownPeople: [String] = [], signer: (@Sendable ([UInt8]) -> String?)? = nil,
                internalHostSuffixes: [String] = ExternalProjection.defaultInternalSuffixes) {
        self.actor = actor; self.clock = clock; self.workspaceID = workspaceID
        self.publicKeys = publicKeys; self.knownPeople = knownPeople; self.signer = signer
        self.internalHostSuffixes = internalHostSuffixes
    }

    public func context(_ template: Template) -> DecisionContext {
        DecisionContext(actor: actor, now: clock(), template: template, publicKeys: publicKeys,
                        workspaceID: workspaceID, knownPeople: knownPeople, internalHostSuffixes: internalHostSuffixes)
    }
}
