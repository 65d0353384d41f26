// The `minimal` template: seed 000's outline (timeline, root cause, worked well,
// could be better, follow-up actions with an assignee and a target date).

extension BundledTemplates {
    static let minimalYAML = #"""
name: minimal
title: Minimal post-mortem
description: |
  The short outline: timeline, root cause, what worked well, what could be better,
  and follow-up actions with an owner and a target date, tracked to completion.
required_reviewers: {P0: 2, P1: 2}
action_sla_days: {P0: 7, P1: 7, P2: 14, P3: 30}

sections:
  - id: overview
    title: Overview
    guidance: |
      Hold the post-mortem within 48 hours of the end of the response, blameless and factual.
      Name the incident by what failed; the owner takes the notes and tracks the actions,
      the reviewers check the document before it is published internally.
    example: |
      Title:      Liquidations failed after a rapid price drop
      Date:       2026-11-20
      Severity:   P1
      Owner:      Dana Reyes
      Reviewers:  Sam Okafor, Lee Chen
    fields:
      - id: title
        kind: text
        prompt: Incident title
        required: true
        external: true
        help: One line saying what failed and for whom, e.g. Liquidations failed after a rapid price drop
      - id: incident_date
        kind: date
        prompt: Incident date (UTC)
        required: true
        external: true
        help: YYYY-MM-DD, e.g. 2026-11-20 (or today, yesterday); timeline times without a date fall on this day
      - id: severity
        kind: choice
        prompt: Severity
        required: true
        help: P0, P1, P2 or P3 (or just the number, e.g. 1 for P1)
        options:
          - P0: Critical - outage, data loss or security breach affecting many users
          - P1: High - a major feature down or badly degraded for many users
          - P2: Medium - partial degradation, or a workaround exists
          - P3: Low - minor impact on few users
      - id: owner
        kind: people
        prompt: Post-mortem owner (takes the notes and tracks the actions)
        required: true
        help: A name, e.g. Dana Reyes
      - id: reviewers
        kind: people
        prompt: Reviewers (who check the post-mortem before publishing)
        required: true
        help: Names, comma-separated or one per line, e.g. Sam Okafor, Lee Chen (not the owner)

  - id: timeline
    title: Incident timeline
    guidance: |
      Document what occurred and what actions were taken, in time order, in UTC.
      Names of participants are not needed: the critical part is what happened.
      Tag the milestones #started, #detected, #acknowledged, #mitigated and #resolved.
    example: |
      04:18 Failed TXs alarm fired #detected
      04:20 First responder began reviewing TXs #acknowledged
      04:25 Received first user notice of failures [source: support]
      04:45 First responder notified the core response team
      05:23 Team identified the issue in the account
      06:19 Upgrade deployed and TX submitted #mitigated
      06:30 Confirmed that the issue was resolved #resolved
    fields:
      - id: timeline
        kind: timeline
        prompt: Timeline, one event per line
        required: true
        external: true
        help: 'HH:MM[:SS] what happened [source: X] #milestone, in UTC; a time more than 12h earlier than the line before is the next day (23:58, then 00:03); YYYY-MM-DD HH:MM sets the day'

  - id: root_cause
    title: Root cause
    guidance: |
      Give a clear description of the root cause: it decides which actions are needed
      and may be shared with users. Describe systems and processes, not people.
      If the root cause is unknown, say so and make the first action item to find it.
    example: |
      Due to a rapid price drop a user account became under-collateralized; an attempt to
      liquidate it failed because of an error in the smart contract, which in turn caused
      all liquidation calls to fail. The code involved was not audited.
    fields:
      - id: root_cause
        kind: paragraph
        prompt: Root cause
        required: true
        external: true
        help: A few lines of text; if unknown, say so and add an action item to find it

  - id: review
    title: Worked well, could be better
    guidance: |
      List what worked well: system protections, communications, processes, tools.
      Then, from the timeline and the root cause, what could have been better in
      avoiding or handling the incident. Each "could be better" should lead to an action.
    example: |
      Worked well:
        Failed TX detection
        Responders notified and online fast
        Patch development, testing, code review
      Could be better:
        Response to users and on social media
        Upgrade deployment tooling
        Audit all smart contract modifications
    fields:
      - id: went_well
        kind: list
        prompt: What worked well?
        help: One item per line; an empty line ends the list
      - id: could_be_better
        kind: list
        prompt: What could be better?
        help: One item per line; an empty line ends the list

  - id: actions
    title: Follow-up actions
    guidance: |
      Specific actions the team commits to complete, each with an owner and a target date,
      tracked to completion; open items are reviewed monthly.
      P1 within 1 week, P2 within 2 weeks, P3 within 1 month (leave the date out and the priority sets it).
    example: |
      Add a step to involve comms early in an emergency | Susan J | P1 | 2026-11-27
      Implement a tool for faster smart contract upgrades | Adam K | P2 | 2026-12-04
      Establish a plan to audit incremental changes | Tony L | P2
    fields:
      - id: action_items
        kind: actions
        prompt: Follow-up actions, one per line
        required: true
        external: true
        help: 'what to do | owner | P1 | YYYY-MM-DD (the due date may be left out: the priority sets it)'

"""#
}
