// The `security` template: the standard document plus seed 001's security focus areas
// (attack vector, data exposure, legal review, user communication).

extension BundledTemplates {
    static let securityYAML = securityHeader + "sections:\n" + [
        StandardSections.overview, StandardSections.impact, securitySection, StandardSections.timeline,
        StandardSections.analysis, StandardSections.detection, StandardSections.retrospective,
        StandardSections.actions, StandardSections.lessons,
    ].joined()

    static let securityHeader = #"""
name: security
title: Security incident post-mortem
description: |
  The standard post-mortem plus the security focus areas: attack vector or vulnerability,
  data exposure, user communication and legal review. A post-mortem is required for
  every security incident, whatever its severity; publish externally only after remediation.
required_reviewers: {P0: 2, P1: 2, P2: 2, P3: 2}
action_sla_days: {P0: 7, P1: 7, P2: 14, P3: 30}
external_checklist:
  - remediated: The vulnerability is fixed everywhere before anything is published
  - users_notified: Affected users were notified before the public post-mortem
  - no_exploit_details: No detail that would help repeat the attack (payloads, unpatched versions, internal hosts)

"""#

    static let securitySection = #"""
  - id: security
    title: Security
    guidance: |
      Name the weakness that was exploited (a missing check, an exposed credential, an unpatched
      dependency), not the person who introduced it. For data exposure, state what data, how many
      users or records, for how long, and how you know; "none" needs evidence too.
      Record who was told, when and how, and who performed the legal review.
    example: |
      Attack vector: an API token with write scope was committed to a public repository and
        used from an unknown address 3 hours later; token scanning was not enabled.
      Data exposure: names and email addresses of 1,240 customers were readable for 3 hours;
        access logs show one bulk export. No passwords or payment data.
      User communication: affected customers emailed on 2026-11-21 09:00 UTC, status page updated.
      Legal review: Priya Nair
    fields:
      - id: attack_vector
        kind: paragraph
        prompt: Attack vector - how was the system attacked, or which vulnerability was exploited?
        required: true
        external: true
        help: A few lines of text about the weakness, not the person
      - id: data_exposure
        kind: paragraph
        prompt: Data exposure - what data, how many users or records, for how long?
        required: true
        external: true
        help: A few lines of text; if none, say how you know
      - id: user_communication
        kind: paragraph
        prompt: User communication - who was told, when and how?
        help: A few lines of text, e.g. users emailed 2026-11-21 09:00 UTC, status page updated
      - id: legal_review
        kind: people
        prompt: Legal review - who reviewed this post-mortem for legal and regulatory issues?
        help: Names, comma-separated, e.g. Priya Nair (required before external publication)

"""#
}
