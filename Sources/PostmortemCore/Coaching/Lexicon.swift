/// Word lists the coach reads text with. Lowercase throughout.
enum Lex {
    static func set(_ s: String) -> Set<String> { Set(s.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)) }

    // MARK: People

    /// Nouns that name a person by role (singular and plural).
    static let roles = set("""
    engineer engineers developer developers dev devs operator operators ops sre sres dba dbas admin admins administrator administrators \
    sysadmin sysadmins devops on-call oncall on-caller on-callers responder responders commander intern interns contractor contractors \
    undergraduate undergraduates trainee trainees apprentice apprentices rigger riggers crewmember crewmembers patroller patrollers driller drillers \
    treasurer treasurers matron matrons dyer dyers second-checker second-checkers countersigner \
    employee employees staffer colleague colleagues teammate teammates person individual individuals human humans manager managers \
    lead leads tech-lead maintainer maintainers reviewer reviewers approver approvers author committer analyst analysts technician technicians \
    tester testers qa support someone somebody team teams squad folks guy guys newcomer new-hire hire junior senior architect architects \
    programmer programmers coder coders member members owner owners release-manager deployer noc soc helpdesk help-desk servicedesk shift \
    staff personnel dispatcher dispatchers linguist linguists translator translators clerk clerks supervisor supervisors vendor vendors supplier suppliers trader traders \
    department dept division desk ic people office coordinator coordinators editors pharmacist pharmacists \
    nurse nurses clinician clinicians officer officers steward stewards volunteer volunteers receptionist receptionists moderator moderators mod mods
    cashier cashiers contributor contributors tech techs packager packagers vp vps cto cfo ceo coo cio ciso director directors \
    founder founders co-founder cofounder agency agencies consultant consultants presenter presenters committee cab \
    crew crews producer producers freelancer freelancers temp temps handler handlers auditor auditors inspector inspectors accountant accountants \
    attendant attendants representative representatives rep reps foreman foremen porter porters \
    co-maintainer co-maintainers co-author co-authors co-worker co-workers coworker coworkers \
    forecaster forecasters meteorologist meteorologists librarian librarians radiographer radiographers radiologist radiologists \
    surgeon surgeons doctor doctors physician physicians paramedic paramedics midwife midwives signaller signallers signalman signalmen \
    chemist chemists scientist scientists teacher teachers lecturer lecturers invigilator invigilators registrar registrars caretaker caretakers \
    electrician electricians plumber plumbers lineman linemen linesman linesmen fitter fitters mechanic mechanics welder welders machinist machinists \
    courier couriers postman postmen underwriter underwriters actuary actuaries lawyer lawyers solicitor solicitors paralegal paralegals \
    journalist journalists sonographer sonographers technologist technologists carer carers caseworker caseworkers councillor councillors \
    firefighter firefighters instructor instructors surveyor surveyors superintendent superintendents warden wardens therapist therapists \
    anaesthetist anaesthetists anesthesiologist anesthesiologists secretary secretaries call-taker call-takers calltaker calltakers \
    netops secops sysops itops stevedore stevedores longshoreman longshoremen \
    editor researcher researchers metallurgist metallurgists directorate directorates headteacher headteachers \
    pilot pilots flightcrew copilot copilots co-pilot co-pilots captain captains \
    subcontractor subcontractors sub-contractor sub-contractors skipper skippers helmsman deckhand deckhands aircrew aircrews \
    op super integrator integrators implementer implementers custodian custodians keyholder keyholders planner planners leader leaders provider providers \
    official officials mgr mgrs curator curators graduate graduates student learner buyer police \
    caregiver caregivers care-giver care-givers careworker careworkers loadmaster loadmasters harbourmaster harbourmasters harbormaster harbormasters yardmaster yardmasters stationmaster stationmasters dockmaster dockmasters
    """)
    /// Departments that act as a subject ("Marketing launched the campaign ...").
    static let departments = set("marketing engineering sales finance legal management leadership procurement hr facilities accounting compliance purchasing eng estates")
    /// Verbs of choosing: "John picked replica-2, which was 40 minutes behind".
    static let choiceVerbs = set("picked chose selected targeted promoted used restored")
    /// States of a chosen thing that make the choice the cause.
    static let badStates = set("""
    behind stale outdated out-of-date lagging wrong broken unhealthy degraded corrupted corrupt deprecated decommissioned incorrect \
    expired failing misconfigured obsolete inconsistent unpatched
    """)
    /// Framings of a sanctioned, planned action: "as planned in change CHG-4411", "a routine maintenance command".
    static let plannedWords = set("routine planned scheduled approved standard documented sanctioned regular")
    /// Verbs of training a person: "retrain John on the runbook".
    static let trainingVerbs = set("train retrain re-train coach educate re-educate reeducate remind discipline counsel reprimand")
    /// Words that, before "team"/"member"/"manager" etc., still make a role: handled by the NP scan.
    static let personPronouns = set("he she him her someone somebody")
    static let possessivePronouns = set("his her their")
    static let firstPersonPlural = set("we us our")

    /// Common first names (ambiguous English words such as Will, Mark, Grant are left out).

    // MARK: Systems and non-person capitalised words

    /// Capitalised words that are systems, products, places, times or document words, never people.
    static let nonPeople = set("""
    certain various numerous multiple wi-fi wifi \
    festival festivals sale sales season event events championship tournament league expansion campaign promotion raid weekend edition series summit conference \
    aws gcp azure kafka redis postgres postgresql mysql mariadb mongo mongodb cassandra elasticsearch opensearch kibana grafana prometheus \
    alertmanager pagerduty opsgenie victorops slack jira github gitlab bitbucket jenkins travis circleci buildkite kubernetes k8s docker \
    terraform ansible chef puppet nginx envoy istio linkerd consul vault nomad cloudflare fastly akamai datadog sentry splunk heroku netlify \
    vercel linux ubuntu debian windows macos java python ruby go golang node nodejs rails django spring helm argo argocd spinnaker zookeeper \
    etcd rabbitmq sqs sns s3 ec2 ebs rds aurora lambda dynamodb cloudfront route53 elb alb nlb iam vpc bgp dns cdn tls ssl http https api \
    apis ci cd db sql jvm gc cpu gpu ram oom slo slos sla sli mttr mttd ttd tta ttm ttr utc gmt pst pdt est edt cet cest eest bst ist jst \
    google microsoft amazon apple meta facebook twitter stripe twilio okta auth0 salesforce zendesk statuspage pingdom newrelic honeycomb \
    lightstep jaeger zipkin opentelemetry fluentd logstash loki thanos cortex memcached varnish haproxy traefik calico coredns kubelet \
    celery sidekiq airflow spark hadoop hdfs hive presto trino snowflake bigquery redshift looker git npm pypi maven gradle bazel webpack \
    react angular vue ios android chrome firefox safari edge cloud console dashboard gateway proxy service services worker workers cron \
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november \
    december postmortem post-mortem incident sev severity root cause action actions owner reviewer status impact timeline summary p0 p1 p2 \
    p3 p4 sev1 sev2 sev3 sev0 the a an this that these those it its we our they their i you he she after before during when while then \
    because since although though however unfortunately fortunately also later meanwhile next finally once initially eventually at on in \
    of for to by with from as and or but if so no not yes all some many most any each every both one two three what why how who where \
    which there here today yesterday tomorrow tonight am pm eu us uk apac emea na latam veid ml ai tx txs vpn ssh ldap sso saml oauth jwt \
    json yaml xml csv grpc rest graphql tcp udp ip ipv4 ipv6 nat lb waf ddos cve ssd hdd nvme raid nfs smtp spf dkim dmarc mx ntp \
    openssl letsencrypt certbot cert-manager istiod hpa vpa pod pods node nodes cluster region zone production prod staging canary \
    customers users error errors alert alerts alarm page pages deploy deployment release rollback hotfix patch config configuration \
    runbook playbook wiki confluence notion teams zoom email sms database queue cache storage network load balancer disk memory \
    latency traffic requests day week month hour minute minutes hours days weeks sunday internet dyn ntt verizon comcast cogent level3 \
    lumen equinix digitalocean linode hetzner ovh oracle ibm sap vmware citrix cisco juniper arista f5 palo alto fortinet crowdstrike \
    falcon atlassian trello asana figma dropbox box zoom webex teams outlook gmail exchange office sharepoint onedrive icloud \
    patroni stolon vitess karpenter renovate dependabot atlantis flux fluxcd crossplane pulumi packer keda knative velero cilium flannel \
    tekton concourse drone harness octopus rundeck sensu nagios zabbix icinga graphite statsd collectd telegraf influxdb clickhouse \
    cockroachdb tidb yugabyte scylla couchbase couchdb neo4j solr lucene kinesis pubsub nats pulsar temporal cadence sqlite pgbouncer \
    pgpool proxysql orchestrator galera keepalived pacemaker corosync caddy kong apigee contour gloo elastic filebeat fluentbit tempo \
    mimir teamcity bamboo gitops chaos gremlin litmus spanner bigtable firestore cosmos cosmosdb dynamo memorystore elasticache \
    cloudwatch stackdriver xray opsgenie firehydrant rootly \
    car cars truck trucks \
    pr prs vm vms os ui ux sdk sdks eta etas rca kms mfa otp url urls uri gpus rpc etl crm erp cms iot ota pki csr qps rps tps fyi asap tbd wip eod eow sop sops kpi kpis roi faq pdf html css svg gb mb kb tb cdns lbs
    """)

    // MARK: Verbs

    /// Verbs for a change someone makes to a running system.
    static let changeVerbs = set("""
    deployed pushed merged ran executed applied entered typed committed shipped released changed edited modified set configured overrode reassigned \
    assigned allocated rescheduled cancelled canceled \
    selected chose picked used restarted rebooted deleted removed dropped killed targeted approved updated upgraded installed copied \
    pasted wrote introduced clicked disabled enabled uploaded migrated truncated wiped reset rotated revoked overwrote replaced renamed moved blocked unplugged \
    muted silenced snoozed turned waved signed told instructed rubber-stamped re-ran left \
    scaled resized terminated stopped shut flipped toggled rolled started triggered launched submitted issued sent added granted \
    patched published promoted provisioned decommissioned cleaned purged cleared flushed re-ran reran invoked initiated altered tweaked \
    adjusted raised lowered bumped loaded pointed repointed re-pointed flashed reflashed re-flashed imported reimaged re-imaged deploys pushes runs deletes changes pulled unplugged swapped yanked silenced snoozed muted suppressed     dismissed closed overrode \
    switched formatted reformatted unmounted detached hard-coded hardcoded renewed saved activated deactivated \
    distributed plugged disconnected transferred reconfigured redeployed re-deployed kicked \
    greenlit green-lit okayed ok'd okd
    """)
    /// Verbs a person does when something is neglected: "X didn't <verb>".
    static let omissionExempt = set("""
    have has receive get need hear know want mean intend expect find see exist happen matter affect occur notice realize realise \
    understand recognize recognise be encounter experience hit face reproduce undergo
    """)
    /// Neutral / remediating verbs after a person: never blame on their own.
    static let neutralVerbs = set("""
    acknowledged paged escalated noticed identified spotted caught investigated declared communicated diagnosed resolved mitigated \
    restored recovered drained confirmed verified observed saw joined opened posted announced coordinated reviewed led handled helped \
    rolled reverted fixed responded answered worked found located traced isolated contained notified informed called responded
    """)
    /// "without <x>": the missing safeguard when a person acted.
    static let withoutObjects = set("""
    testing test tests checking check review reviewing approval verifying verification validation validating backup backups telling \
    notifying asking permission following reading looking staging canary peer confirmation double-checking a any running waiting \
    querying questioning challenging escalating informing clarifying investigating \
    consulting coordinating announcing a-review proper sufficient adequate first supervision oversight sign-off authorization authorisation \
    putting switching restoring resetting re-enabling reenabling handing securing isolating
    """)
    static let badModifiers = set("wrong incorrect bad broken buggy faulty untested unreviewed erroneous invalid malformed non-conformant nonconformant non-compliant corrupt")
    static let blameAdverbs = set("""
    accidentally mistakenly inadvertently carelessly wrongly incorrectly improperly blindly recklessly hastily negligently sloppily \
    erroneously unintentionally lazily falsely dishonestly
    """)
    static let trailingBlameAdverbs = set("wrong wrongly incorrectly improperly carelessly badly sloppily")
    /// Verbs that are a failing or omitting act when a person is the subject.
    static let failingVerbs = set("""
    condoned condones underestimated underestimates overestimated over-controlled over-corrected overcorrected over-steered over-rotated over-tightened overtightened forgot forget forgets forgotten ignored ignores ignore neglected neglects overlooked overlooks skipped skips bypassed bypasses \
    disregarded disregards circumvented misread misunderstood misjudged mishandled misconfigured misconfigures mistyped fat-fingered \
    fatfingered botched broke breaks caused causes messed screwed blew missed misses dropped-the-ball mis-typed mis-configured \
    undersized under-sized underprovisioned under-provisioned miscalculated mis-sized dismissed misdiagnosed misinterpreted misidentified \
    ghosted stonewalled violated breached flouted contravened misused misappropriated falsified misapplied
    """)
    static let causalVerbs = set("""
    caused causing causes broke breaking breaks led resulted triggered took brought knocked crashed overloaded corrupted exhausted \
    saturated wiped deleted started introduced
    """)
    /// Nouns that name a bad outcome: the subject of "was caused by".
    static let outcomeNouns = set("""
    outage incident issue problem failure failures error errors bug regression downtime breakage disruption degradation crash crashes \
    loss corruption event this it incidents outages interruption impact delay delays stoppage breach
    """)
    /// Things a person acts on; possessive + one of these + a causal verb is blame.
    static let actionNouns = set("""
    change changes deploy deployment commit push command typo mistake error action actions config configuration script query pr migration \
    code patch release edit update decision hotfix refactor rewrite instruction instructions insistence upgrade rollout cleanup override workaround bump merge
    """)
    static let blameNouns = set("mistake mistakes error errors fault oversight negligence carelessness typo blunder screw-up screwup fumble")

    static let skipAdverbs = set("""
    basically essentially literally \
    did does do also then just simply still already later subsequently quickly apparently again reportedly unfortunately initially \
    then eventually first had has have was were is are been be actually mistakenly accidentally inadvertently carelessly wrongly \
    incorrectly improperly blindly recklessly hastily negligently unknowingly erroneously unintentionally immediately manually
    """)
    static let negations = set("not never n't didn't don't doesn't wasn't weren't hasn't haven't hadn't isn't aren't no nobody cannot")

    static let clauseBreakers = set("""
    because since but and or which that who so although though while whereas when after before until unless if as
    """)

    // MARK: Actions

    static let vagueVerbs = set("""
    improve improved improving investigate investigating look review reviewing consider considering explore exploring ensure make revise refine \
    try monitor address enhance revisit follow check communicate discuss think work handle prevent avoid strengthen tighten optimize \
    optimise assess evaluate analyze analyse research understand study train retrain educate remind be keep pay better increase \
    increased raise clean reconsider rethink examine audit double-check reinforce emphasize emphasise encourage focus \
    harden dig beef shore bolster rationalise rationalize solidify revise refine invest accelerate support help maintain modernize modernise mature     streamline formalize formalise prioritize prioritise reassess re-evaluate reevaluate continue strive aim evolve revamp rework     overhaul socialize socialise align collaborate partner coordinate sync iterate establish develop setup \
    minimize minimise mitigate learn tweak tweaking adapt brief rebrief re-brief participate transform \
    re-energise re-energize reinvigorate revitalise revitalize consult chase engage leverage undertake
    """)
    static let concreteVerbs = set("""
    add create write build implement automate enable configure set migrate replace remove delete deprecate rotate patch upgrade \
    downgrade pin limit cap lower reduce enforce require block gate document publish schedule run alert split shard move introduce \
    switch roll backfill rewrite deploy install restrict revoke expire retire decommission tag label route throttle rate-limit version \
    validate instrument emit export track hold conduct test page extend change fix disable drop split wire adopt define draft file \
    open merge ship release provision tune adjust alert replace separate isolate partition cache retry bound raise
    """)
    static let vagueNounStarts = set("better more improved additional increased enhanced stronger greater further proper improve")
    /// Things an action may produce or change: named artifacts.
    static let artifacts = set("""
    alert alerts alarm alarms test tests runbook runbooks playbook playbooks checklist checklists dashboard dashboards guideline \
    guidelines linter lint rule rules check checks canary validation gate limit limits timeout timeouts quota quotas threshold thresholds \
    slo slos step section procedure policy script job cron pipeline monitor probe health-check healthcheck circuit breaker flag \
    feature-flag requirement requirements template doc page metric metrics panel graph lock confirmation prompt review approval \
    hook webhook job schema migration index retry backoff budget rotation schedule drill exercise game-day gameday sla
    """)
    static let qualifiers = set("for on in to with that when if at from into of per across so which above below over under after before")
    static let hedges = set("probably maybe perhaps possibly somehow hopefully")
    static let genericObjects = set("""
    it this that things thing stuff issue issues problem problems bug bugs monitoring alerting testing tests documentation docs \
    processes process communication awareness visibility coverage reliability quality stability practices situation system systems \
    everything code security performance observability tooling logging training
    """)

    // MARK: Impact

    static let numberWords = set("""
    zero one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty hundred hundreds \
    thousand thousands million millions billion dozen dozens half quarter third all none every entire whole no single double twice \
    doubled tripled quadrupled halved
    """)
    static let vagueQuantifiers = set("""
    some many several few lot lots most numerous various significant substantial large small considerable countless bunch while \
    multiple majority minority handful plenty tons
    """)
    static let impactNouns = set("""
    users user customers customer requests request errors error latency downtime revenue orders order transactions transaction traffic \
    complaints tickets merchants accounts sessions calls queries payments checkouts signups logins jobs messages emails uploads \
    builds deployments visitors clients tenants sites pages api responses timeouts outage degraded unavailable impact impacted affected \
    slow slower failures failed lost loss delayed delay
    """)
    static let unitWords = set("""
    second seconds sec secs s ms minute minutes min mins m hour hours hr hrs h day days d week weeks month months percent % k m gb mb \
    tb rps qps
    """)
}
