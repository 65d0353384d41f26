// The `standard` template: the full document of seed 001, with seed 002's committee
// and tags and seed 004's contributing-factor checklist. Its sections are shared with
// `security`, which inserts its own section after "Summary and impact".

extension BundledTemplates {
    static let standardYAML = standardHeader + "sections:\n" + [
        StandardSections.overview, StandardSections.impact, StandardSections.timeline, StandardSections.analysis,
        StandardSections.detection, StandardSections.retrospective, StandardSections.actions, StandardSections.lessons,
    ].joined()

    static let standardHeader = #"""
name: standard
title: Standard post-mortem
description: |
  The full blameless post-mortem: overview, summary and impact, timeline,
  root cause with the 5 Whys and contributing factors, detection and response,
  what went well and what could be better, action items and lessons learned.
required_reviewers: {P0: 2, P1: 2}
action_sla_days: {P0: 7, P1: 7, P2: 14, P3: 30}

"""#
}

/// The sections of the standard template, one YAML fragment each (a `sections:` list item).
enum StandardSections {
    static let overview = #"""
  - id: overview
    title: Overview
    guidance: |
      Name the incident by what failed and who was affected, not by who was involved.
      The owner drives the post-mortem: a draft within 48 hours of the incident, published within a week.
      The peer-review committee checks the quality before publication; P0 and P1 need two reviewers,
      and the owner cannot review their own post-mortem. Tags make the incident findable later.
    example: |
      Title:      Service XYZ failed, affecting customers in the EU region
      Date:       2026-11-20
      Severity:   P1
      Owner:      Dana Reyes
      Reviewers:  Sam Okafor, Lee Chen
      Tags:       configuration, database, dependency, latent
    fields:
      - id: title
        kind: text
        prompt: Incident title
        required: true
        external: true
        help: One line saying what failed and for whom, e.g. Checkout API returned errors for EU customers
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
        prompt: Post-mortem owner (drives the process and tracks the actions)
        required: true
        help: A name, e.g. Dana Reyes
      - id: reviewers
        kind: people
        prompt: Peer-review committee (who verifies the post-mortem before publishing)
        required: true
        help: Names, comma-separated or one per line, e.g. Sam Okafor, Lee Chen (not the owner)
      - id: tags
        kind: list
        prompt: Tags, to classify the incident and find it later
        help: One per line, e.g. configuration, then database, then dependency

"""#

    static let impact = #"""
  - id: impact
    title: Summary and impact
    guidance: |
      The summary is 2-3 sentences: what happened, the impact, and how it was resolved.
      Describe the impact with numbers: the duration (start and end, UTC), users or customers affected
      (a number or a percentage), services impacted, data loss (or "none"), revenue impact, complaints.
      "Error rate rose from 0.1% to 15% for 42 minutes" says more than "errors went up".
    example: |
      Summary: From 14:25 to 14:45 UTC a faulty deployment made the sync API fail for a third of
        requests. Rolling back the deployment resolved it; no data was lost.
      Impact:
        Duration: 20 minutes (14:25 - 14:45 UTC)
        Users affected: about 12,000 (35% of active users), all regions
        Services impacted: sync API, mobile app sync
        Data loss: none
        Revenue impact: none known; 37 support tickets
    fields:
      - id: summary
        kind: paragraph
        prompt: Summary - what happened, the impact and the resolution, in 2-3 sentences
        required: true
        external: true
        help: A few lines of text; an empty line ends the answer
      - id: impact
        kind: paragraph
        prompt: Impact - duration, users affected, services, data loss, revenue, complaints
        required: true
        external: true
        help: A few lines of text with numbers; an empty line ends the answer
      - id: users_affected
        kind: number
        prompt: Number of users affected (best estimate)
        help: A number, e.g. 12000 or 12,000 (a percentage goes in the impact text)

"""#

    static let timeline = #"""
  - id: timeline
    title: Timeline
    guidance: |
      All times are UTC. Record what happened, not who did it or what they should have done.
      Be precise and factual; include automated and human actions; cite a source for each event
      (monitoring, deploy log, pager, chat) and note gaps where there is no data.
      Tag the milestones #started, #detected, #acknowledged, #mitigated and #resolved:
      the time to detect, acknowledge, mitigate and resolve is computed from them.
    example: |
      14:23:01 Deployment started [source: deploy log]
      14:25:33 Error rate began increasing [source: Prometheus] #started
      14:27 Alert fired (ErrorRateHigh) [source: PagerDuty] #detected
      14:28:15 On-call acknowledged [source: PagerDuty] #acknowledged
      14:35:42 Identified the deployment as the cause [source: Slack]
      14:39:15 Rollback completed [source: deploy log] #mitigated
      14:45 Incident resolved, error rate normal [source: PagerDuty] #resolved
    fields:
      - id: timeline
        kind: timeline
        prompt: Timeline, one event per line
        required: true
        external: true
        help: 'HH:MM[:SS] what happened [source: X] #milestone, in UTC; a time more than 12h earlier than the line before is the next day (23:58, then 00:03); YYYY-MM-DD HH:MM sets the day'

"""#

    static let analysis = #"""
  - id: analysis
    title: Root cause analysis
    guidance: |
      Dig past the surface cause: not "typo in a configuration file" but "configuration changes
      lack validation and testing". Never stop at human error: if a wrong command was entered,
      ask why no safeguard caught it and why it had no roll-back. Write about systems, not people:
      "the deployment process didn't catch this bug", not "John didn't test properly".
      If the root cause is still unknown, say so and add an action item to find it.
    example: |
      Root cause: our API design guidelines do not require pagination, so an endpoint
        could load an unbounded result set into memory.
      5 Whys:
        Problem: Website was down for 2 hours
        Because the workers crashed
        Because they ran out of memory
        Because a query was loading too much data
        Because there was no pagination on the endpoint
        Because our API design guidelines don't require pagination
      Contributing factors: inadequate_review, resource_exhaustion
    fields:
      - id: root_cause
        kind: paragraph
        prompt: Root cause - why did this happen? (systems and processes, not people)
        required: true
        external: true
        help: A few lines of text; if unknown, say so and add an action item to find it
      - id: whys
        kind: whys
        prompt: 5 Whys - the problem, then one "because" per line, each answering why the previous one happened
        help: 'Optional first line Problem: ...; then one because per line (Why 1: / Because: prefixes are fine)'
      - id: contributing_factors
        kind: checklist
        prompt: Contributing factors - check all that apply (there is rarely a single cause)
        help: Numbers or ids separated by commas, e.g. 8, 15 or inadequate_review, resource_exhaustion; none if none
        options:
          - lack_of_documentation: 'Human: lack of documentation'
          - inadequate_training: 'Human: inadequate training'
          - communication_breakdown: 'Human: communication breakdown'
          - process_misunderstanding: 'Human: misunderstanding of process'
          - fatigue: 'Human: fatigue or overwork'
          - distraction: 'Human: distraction'
          - missing_checklist_item: 'Process: missing checklist item'
          - inadequate_review: 'Process: inadequate review process'
          - missing_approval: 'Process: missing approval step'
          - inadequate_testing: 'Process: inadequate testing'
          - incomplete_documentation: 'Process: incomplete documentation'
          - no_change_control: 'Process: no change control process'
          - code_bug: 'Technical: undetected bug in code'
          - race_condition: 'Technical: race condition'
          - resource_exhaustion: 'Technical: resource exhaustion'
          - third_party_failure: 'Technical: third-party service failure'
          - network_issue: 'Technical: network issue'
          - database_issue: 'Technical: database issue'
          - infrastructure_failure: 'Technical: infrastructure failure'
          - production_config: 'Environment: production configuration issue'
          - wrong_env_variable: 'Environment: environment variable wrong'
          - secret_misconfigured: 'Environment: secret misconfigured'
          - permission_issue: 'Environment: permission issue'
          - other: 'Other (describe it in the details)'
      - id: contributing_details
        kind: paragraph
        prompt: Contributing factors in detail - how did each one contribute?
        help: A few lines of text; ask why each safeguard did not catch it

"""#

    static let detection = #"""
  - id: detection
    title: Detection and response
    guidance: |
      How was the incident first noticed, and how long after it started? Was that within the
      expected time, and how could the time to detection be improved?
      For the response: did escalation work? How did you know how to mitigate? What slowed the
      response down, and how did you confirm the incident was entirely mitigated?
    example: |
      Detection method: monitoring
      Detection: the ErrorRateHigh alert fired 90 seconds after errors began; there was no
        alert on sync latency, which had risen ten minutes earlier.
      Response: on-call acknowledged within a minute and found the deployment in the change log;
        the rollback took 4 minutes because it had to be run by hand.
    fields:
      - id: detection_method
        kind: choice
        prompt: How was the incident detected?
        help: One of the options, by id or number, e.g. monitoring or 1
        options:
          - monitoring: Automated monitoring or alerting
          - user_report: User report
          - manual: Manual discovery
          - third_party: Third-party notification
          - other: Other (describe it below)
      - id: detection
        kind: paragraph
        prompt: Detection - how was it noticed, and why not sooner?
        help: A few lines of text; the detection time is the lag between start and detection
      - id: response
        kind: paragraph
        prompt: Response - what was done to mitigate and resolve, and what slowed it down?
        help: A few lines of text

"""#

    static let retrospective = #"""
  - id: retrospective
    title: What went well, what could be better
    guidance: |
      List the protections, tools, processes and communications that worked, then what could
      have been better in avoiding or handling the incident: where you struggled, what was
      confusing, what slowed you down, what you wish you had. Name gaps in systems, not people.
      Each "could be better" should lead to an action item.
    example: |
      Went well:
        Failed-transaction detection
        Responders notified and online fast
        Root cause found by examining the transactions
      Could be better:
        Response to users and on social media
        Upgrade deployment tooling
        Audit of every smart contract modification
    fields:
      - id: went_well
        kind: list
        prompt: What went well?
        help: One item per line; an empty line ends the list
      - id: could_be_better
        kind: list
        prompt: What could be better?
        help: One item per line; an empty line ends the list

"""#

    static let actions = #"""
  - id: actions
    title: Action items
    guidance: |
      Each action is specific, measurable, has one owner, a priority and a due date.
      Priorities: P0 prevents recurrence or fixes data integrity or security; P1 within 1 week,
      P2 within 2 weeks, P3 within 1 month (leave the date out and the priority sets it).
      3 to 5 actions is typical; more than 10 suggests a lack of prioritisation.
      Not "Improve monitoring" but "Add alert for error rate > 5% sustained for > 2 minutes on /api/sync".
    example: |
      Add alert for error rate > 5% sustained for > 2 minutes on /api/sync | Dana Reyes | P1 | 2026-11-27
      Update the runbook with the new rollback procedure | Sam Okafor | P2
      Add pagination requirements to the API design guidelines | Lee Chen | P2 | 2026-12-04
    fields:
      - id: action_items
        kind: actions
        prompt: Action items, one per line
        required: true
        external: true
        help: 'what to do | owner | P1 | YYYY-MM-DD (the due date may be left out: the priority sets it)'

"""#

    static let lessons = #"""
  - id: lessons
    title: Lessons learned
    guidance: |
      What is the team taking away from this incident: technical, process and communication lessons.
      What did you learn that will help prevent similar events? What was unexpected? What process
      broke down? Each lesson should connect to an action item where possible.
    example: |
      Configuration changes need the same review and staging as code changes
      A rollback that must be run by hand is slow under pressure
      Telling users early reduces support load
    fields:
      - id: lessons
        kind: list
        prompt: Lessons learned
        help: One lesson per line; an empty line ends the list

"""#
}
