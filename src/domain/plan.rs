//! The safety plan (veiligheidsplan): every part the guideline names, its validation, and
//! the step from a draft to an agreed revision.
//!
//! A family has one working copy of its plan (the draft, autosaved while the professional
//! types) and a history of agreed revisions that never change. Agreeing validates the draft
//! and makes revision N+1. Editing an agreed plan makes it a draft again, based on N.
//!
//! Free text is kept exactly as typed, even when not yet valid: nothing typed is ever lost.
//! [`SafetyPlan::validate`] says what must be fixed before the plan can be agreed.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

#[cfg(feature = "professional")]
use super::PersonKind;
use super::{Author, Family, Id, Person, RecordMeta};

/// Situations the guideline names for agreements, and the family's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Situation {
    DailyLife,
    BirthdaysAndParties,
    AlcoholAndDrugs,
    VisitorsAndBabysitting,
    /// A situation the family names itself.
    Own,
}

impl Situation {
    /// Every situation, in the order the parent's view groups them.
    pub const ALL: [Situation; 5] = [
        Situation::DailyLife,
        Situation::BirthdaysAndParties,
        Situation::AlcoholAndDrugs,
        Situation::VisitorsAndBabysitting,
        Situation::Own,
    ];
}

/// An agreement (afspraak): who does what, when, in which situation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agreement {
    pub id: Id,
    pub situation: Situation,
    /// The name of the situation when it is the family's own.
    #[serde(default)]
    pub own_situation: String,
    /// What will happen, in words a child can understand.
    pub what: String,
    /// Who does it.
    pub who: Vec<Id>,
    /// "Alleen voor deze ouder": the one parent or carer whose device receives it (partner
    /// violence); `None` for every parent and carer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub only_for: Option<Id>,
}

/// A person from the network with a task ("haalt de kinderen op", "belt elke zondag").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetworkRole {
    pub person: Id,
    pub task: String,
}

/// The safe people of one young person (plan element 1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SafePeopleOf {
    pub child: Id,
    pub people: Vec<Id>,
}

/// When and by whom the plan is explained to a young child (plan element 5).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Explanation {
    pub child: Id,
    /// The age at which it is explained.
    pub at_age: Option<u8>,
    /// Who explains it.
    pub by: Option<Id>,
    /// How: the words-and-pictures story, in a few lines.
    #[serde(default)]
    pub how: String,
}

/// A young person's development and how the plan grows with them (plan element 6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Development {
    pub child: Id,
    pub description: String,
    /// How the plan must change as the young person grows older.
    pub adaptation: String,
    /// When to look at it again.
    pub review_on: Option<NaiveDate>,
}

/// How long the plan applies (plan element 7).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub next_evaluation: Option<NaiveDate>,
}

/// Where a help goal is aimed, after the guideline's recommendations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalArea {
    Safety,
    ParentingSkills,
    BasicNeeds,
    OwnProblems,
    ChildRecovery,
    Other,
}

impl GoalArea {
    /// Every area, in the order forms offer them.
    pub const ALL: [GoalArea; 6] = [
        GoalArea::Safety,
        GoalArea::ParentingSkills,
        GoalArea::BasicNeeds,
        GoalArea::OwnProblems,
        GoalArea::ChildRecovery,
        GoalArea::Other,
    ];
}

/// How far a goal has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalStatus {
    NotStarted,
    InProgress,
    Achieved,
    Stopped,
}

impl GoalStatus {
    /// Every status, in order.
    pub const ALL: [GoalStatus; 4] = [
        GoalStatus::NotStarted,
        GoalStatus::InProgress,
        GoalStatus::Achieved,
        GoalStatus::Stopped,
    ];
}

/// A help goal (hulpverleningsdoel).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpGoal {
    pub id: Id,
    pub goal: String,
    pub area: GoalArea,
    pub for_whom: Vec<Id>,
    pub status: GoalStatus,
    /// How everyone will know the goal is reached (issue 18; empty in older records). Not in
    /// the family's app (see [`SafetyPlan`]).
    #[serde(default)]
    #[cfg(feature = "professional")]
    pub success: String,
    /// When it should be reached.
    #[serde(default)]
    #[cfg(feature = "professional")]
    pub by: Option<NaiveDate>,
    /// "Alleen voor deze ouder", as for an agreement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub only_for: Option<Id>,
}

/// A professional intervention or a treatment: what, by whom, for whom, when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Intervention {
    pub id: Id,
    pub name: String,
    pub provider: String,
    pub for_whom: Vec<Id>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    /// Whether it is a recognised intervention of the Dutch databank of effective youth
    /// interventions, and how: `None` when not known. Not in the family's app (see
    /// [`SafetyPlan`]).
    #[serde(default)]
    #[cfg(feature = "professional")]
    pub recognition: Option<Recognition>,
}

/// How an intervention is recognised in the databank of effective youth interventions
/// (Databank Effectieve Jeugdinterventies): effective, or well-founded (goed onderbouwd).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Recognition {
    Effective,
    WellFounded,
    NotRecognised,
}

impl Recognition {
    /// Every answer a form offers, "not known" first.
    pub const CHOICES: [Option<Recognition>; 4] = [
        None,
        Some(Recognition::Effective),
        Some(Recognition::WellFounded),
        Some(Recognition::NotRecognised),
    ];
}

/// A danger statement: who is worried, about what, and what may happen if nothing changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DangerStatement {
    pub id: Id,
    pub who_worried: String,
    pub about: String,
    pub if_nothing_changes: String,
}

/// A safety goal: what everyone must see happening, and for how long.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SafetyGoal {
    pub id: Id,
    pub what_seen: String,
    pub how_long: String,
}

/// Where circumstances weigh on the family (systemic factors).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactorArea {
    Money,
    Housing,
    Work,
    School,
    Health,
    Other,
}

impl FactorArea {
    /// Every area, in the order forms offer them.
    pub const ALL: [FactorArea; 6] = [
        FactorArea::Money,
        FactorArea::Housing,
        FactorArea::Work,
        FactorArea::School,
        FactorArea::Health,
        FactorArea::Other,
    ];
}

/// A circumstance that weighs on the family: debts, housing, school, health.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Factor {
    pub id: Id,
    pub area: FactorArea,
    pub what: String,
}

/// A young person's own problems (not the parents').
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChildProblem {
    pub child: Id,
    pub what: String,
}

/// The three forms of help the guideline asks for at once when a child is neglected.
pub const NEGLECT_HELP: [GoalArea; 3] = [
    GoalArea::ParentingSkills,
    GoalArea::BasicNeeds,
    GoalArea::OwnProblems,
];

/// From this age on, a child must have an explanation of the plan (who, at what age).
pub const EXPLAIN_FROM_AGE: u32 = 4;

/// Who coordinates the help (regie), and how to reach them: the contact as shown. Since
/// issue 18 the plan names a person of the family's network ([`SafetyPlan::coordinator_person`])
/// and keeps only the organisation here; older plans typed name, phone and email here, and
/// are still read and shown that way.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coordinator {
    pub name: String,
    pub organisation: String,
    /// As typed; checked by validation.
    pub phone: String,
    pub email: String,
}

/// Whether the working copy is agreed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanStatus {
    Draft,
    Agreed,
}

/// Who agreed to a revision, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Approval {
    pub on: NaiveDate,
    pub by: Vec<Id>,
}

/// The whole plan of one family.
///
/// The family's app reads plans to show a family member's view on a shared device, and
/// writes one only as a new example family ([`crate::storage::Db::add_case`], which never
/// overwrites a stored plan). It leaves out the parts no family screen shows (the worries,
/// safety goals, circumstances, the children's own problems, neglect, a goal's success
/// criterion, an intervention's recognition), which keeps their code off a child's phone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SafetyPlan {
    pub family: Id,
    /// The agreed revision this is (status Agreed) or is based on (Draft); 0 before the
    /// first agreement.
    pub revision: u32,
    pub status: PlanStatus,
    pub approval: Option<Approval>,
    // What the plan is for (issue 18; empty in older records). Not in the family's app.
    #[serde(default)]
    #[cfg(feature = "professional")]
    pub dangers: Vec<DangerStatement>,
    #[serde(default)]
    #[cfg(feature = "professional")]
    pub safety_goals: Vec<SafetyGoal>,
    #[serde(default)]
    #[cfg(feature = "professional")]
    pub factors: Vec<Factor>,
    #[serde(default)]
    #[cfg(feature = "professional")]
    pub child_problems: Vec<ChildProblem>,
    /// The children are neglected: the three forms of help must all be in the goals.
    #[serde(default)]
    #[cfg(feature = "professional")]
    pub neglect: bool,
    // The safety plan proper.
    pub safe_people: Vec<SafePeopleOf>,
    pub watchers: Vec<NetworkRole>,
    pub stand_ins: Vec<NetworkRole>,
    pub agreements: Vec<Agreement>,
    pub explanations: Vec<Explanation>,
    pub development: Vec<Development>,
    pub period: Period,
    // The other parts of the plan.
    pub goals: Vec<HelpGoal>,
    /// The family's own strength and network (eigen kracht en netwerk).
    pub strengths: String,
    pub interventions: Vec<Intervention>,
    pub treatments: Vec<Intervention>,
    pub coordinator: Coordinator,
    /// The person of the network who coordinates the help (issue 18).
    #[serde(default)]
    pub coordinator_person: Option<Id>,
    /// How safety and results are monitored.
    pub monitoring: String,
    /// Young people who witnessed violence at home (they get content for that).
    pub witnessed_violence: Vec<Id>,
    /// Agreed revisions only: the family's people as they were when the plan was agreed,
    /// so an old revision stays readable after someone leaves the family's list.
    #[serde(default)]
    pub people: Vec<Person>,
    pub meta: RecordMeta,
}

/// Which part of the plan a problem is in, so the editor can open that section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlanPart {
    People,
    Dangers,
    SafetyGoals,
    Factors,
    ChildProblems,
    Harm,
    SafePeople,
    Watchers,
    StandIns,
    Agreements,
    Explanations,
    Development,
    Period,
    Goals,
    Strengths,
    Interventions,
    Treatments,
    Coordinator,
    Monitoring,
}

/// One thing that stops a plan from being agreed. Validation returns all of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanProblem {
    NoChildren,
    DuplicatePerson {
        name: String,
    },
    NoSafePeople {
        child: Id,
    },
    UnknownPerson {
        part: PlanPart,
    },
    AgreementEmpty {
        id: Id,
    },
    AgreementWithoutWho {
        id: Id,
    },
    OwnSituationUnnamed {
        id: Id,
    },
    TaskEmpty {
        part: PlanPart,
        person: Id,
    },
    StartMissing,
    EndBeforeStart,
    EvaluationMissing,
    EvaluationOutsidePeriod,
    GoalEmpty {
        id: Id,
    },
    GoalWithoutSuccess {
        id: Id,
    },
    GoalWithoutDate {
        id: Id,
    },
    NoDanger,
    DangerIncomplete {
        id: Id,
    },
    NoSafetyGoal,
    SafetyGoalIncomplete {
        id: Id,
    },
    FactorEmpty {
        id: Id,
    },
    /// Neglect, and no goal yet in these areas.
    NeglectHelpMissing {
        missing: Vec<GoalArea>,
    },
    /// A child who witnessed violence at home, without a targeted intervention.
    WitnessedHelpMissing {
        child: Id,
    },
    NoWatcher,
    NoStandIn,
    EndMissing,
    NoExplanation {
        child: Id,
    },
    InterventionUnnamed {
        part: PlanPart,
        id: Id,
    },
    InterventionEndsBeforeStart {
        part: PlanPart,
        id: Id,
    },
    CoordinatorMissing,
    CoordinatorUnreachable,
    CoordinatorOrganisationMissing,
    NobodyAgreed,
}

impl PlanProblem {
    /// The part of the plan to open to fix this.
    pub fn part(&self) -> PlanPart {
        use PlanProblem::*;
        match self {
            NoChildren | DuplicatePerson { .. } => PlanPart::People,
            NoSafePeople { .. } => PlanPart::SafePeople,
            NoDanger | DangerIncomplete { .. } => PlanPart::Dangers,
            NoSafetyGoal | SafetyGoalIncomplete { .. } => PlanPart::SafetyGoals,
            FactorEmpty { .. } => PlanPart::Factors,
            NeglectHelpMissing { .. } | WitnessedHelpMissing { .. } => PlanPart::Harm,
            NoWatcher => PlanPart::Watchers,
            NoStandIn => PlanPart::StandIns,
            NoExplanation { .. } => PlanPart::Explanations,
            UnknownPerson { part }
            | TaskEmpty { part, .. }
            | InterventionUnnamed { part, .. }
            | InterventionEndsBeforeStart { part, .. } => *part,
            AgreementEmpty { .. } | AgreementWithoutWho { .. } | OwnSituationUnnamed { .. } => {
                PlanPart::Agreements
            }
            StartMissing
            | EndMissing
            | EndBeforeStart
            | EvaluationMissing
            | EvaluationOutsidePeriod => PlanPart::Period,
            GoalEmpty { .. } | GoalWithoutSuccess { .. } | GoalWithoutDate { .. } => {
                PlanPart::Goals
            }
            CoordinatorMissing | CoordinatorUnreachable | CoordinatorOrganisationMissing => {
                PlanPart::Coordinator
            }
            NobodyAgreed => PlanPart::People,
        }
    }
}

/// Where a case stands on a given day, for the caseload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseStatus {
    /// Never agreed, or changed since the last agreement.
    Draft,
    Agreed,
    /// Agreed, but its end date has passed.
    Expired,
}

/// An email address needs something before and after one `@`, and a dot after it.
pub(crate) fn plausible_email(email: &str) -> bool {
    let email = email.trim();
    match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !email.contains(char::is_whitespace)
        }
        None => false,
    }
}

impl SafetyPlan {
    /// An empty draft for a family.
    pub fn new(family: Id, author: Author, now: DateTime<Utc>) -> Self {
        SafetyPlan {
            family,
            revision: 0,
            status: PlanStatus::Draft,
            approval: None,
            #[cfg(feature = "professional")]
            dangers: Vec::new(),
            #[cfg(feature = "professional")]
            safety_goals: Vec::new(),
            #[cfg(feature = "professional")]
            factors: Vec::new(),
            #[cfg(feature = "professional")]
            child_problems: Vec::new(),
            #[cfg(feature = "professional")]
            neglect: false,
            safe_people: Vec::new(),
            watchers: Vec::new(),
            stand_ins: Vec::new(),
            agreements: Vec::new(),
            explanations: Vec::new(),
            development: Vec::new(),
            period: Period::default(),
            goals: Vec::new(),
            strengths: String::new(),
            interventions: Vec::new(),
            treatments: Vec::new(),
            coordinator: Coordinator::default(),
            coordinator_person: None,
            monitoring: String::new(),
            witnessed_violence: Vec::new(),
            people: Vec::new(),
            meta: RecordMeta::new(author, now),
        }
    }

    /// The safe people of `child` (empty if none are set).
    pub fn safe_people_of(&self, child: Id) -> &[Id] {
        self.safe_people
            .iter()
            .find(|s| s.child == child)
            .map(|s| s.people.as_slice())
            .unwrap_or(&[])
    }

    /// Turn `person` on or off as a safe person of `child`.
    pub fn toggle_safe_person(&mut self, child: Id, person: Id) {
        match self.safe_people.iter_mut().find(|s| s.child == child) {
            Some(entry) => toggle(&mut entry.people, person),
            None => self.safe_people.push(SafePeopleOf {
                child,
                people: vec![person],
            }),
        }
    }

    #[cfg(feature = "professional")]
    /// Remove every reference to `person` (they left the family's list).
    pub fn forget_person(&mut self, person: Id) {
        self.safe_people.retain(|s| s.child != person);
        for entry in &mut self.safe_people {
            entry.people.retain(|p| *p != person);
        }
        self.watchers.retain(|r| r.person != person);
        self.stand_ins.retain(|r| r.person != person);
        for agreement in &mut self.agreements {
            agreement.who.retain(|p| *p != person);
        }
        self.explanations.retain(|e| e.child != person);
        for explanation in &mut self.explanations {
            if explanation.by == Some(person) {
                explanation.by = None;
            }
        }
        self.development.retain(|d| d.child != person);
        for goal in &mut self.goals {
            goal.for_whom.retain(|p| *p != person);
        }
        for item in self.interventions.iter_mut().chain(&mut self.treatments) {
            item.for_whom.retain(|p| *p != person);
        }
        self.witnessed_violence.retain(|p| *p != person);
        self.child_problems.retain(|c| c.child != person);
        if self.coordinator_person == Some(person) {
            self.coordinator_person = None;
        }
    }

    /// Who coordinates the help, as shown: the chosen person's name and ways to reach them
    /// with the organisation, or the contact as older plans typed it.
    pub fn coordinator_contact(&self, family: &Family) -> Coordinator {
        let person = self.coordinator_person.and_then(|id| {
            family
                .person(id)
                .or_else(|| self.people.iter().find(|p| p.id == id))
        });
        match person {
            Some(p) => Coordinator {
                name: p.name.clone(),
                organisation: self.coordinator.organisation.clone(),
                phone: p.phone.as_ref().map(|n| n.display()).unwrap_or_default(),
                email: p.email.clone().unwrap_or_default(),
            },
            None => self.coordinator.clone(),
        }
    }

    #[cfg(feature = "professional")]
    /// The own problems written for `child` (empty if none).
    pub fn child_problem(&self, child: Id) -> &str {
        self.child_problems
            .iter()
            .find(|c| c.child == child)
            .map_or("", |c| c.what.as_str())
    }

    /// This plan after an edit: a draft again, stamped with who changed it and when.
    pub fn touched(mut self, author: Author, now: DateTime<Utc>) -> Self {
        self.status = PlanStatus::Draft;
        self.approval = None;
        self.people.clear();
        self.meta = self.meta.touched(author, now);
        self
    }

    #[cfg(feature = "professional")]
    /// Check everything that must hold before the plan can be agreed on `today` (the local
    /// date: a child's age decides whether the plan must say how it is explained to them).
    /// A revision agreed under older rules stays as it was; these rules apply to the next.
    pub fn validate(&self, family: &Family, today: NaiveDate) -> Vec<PlanProblem> {
        let mut problems = Vec::new();
        let known = |id: &Id| family.person(*id).is_some();

        // The people.
        if family.children().next().is_none() {
            problems.push(PlanProblem::NoChildren);
        }
        let mut seen: Vec<(PersonKind, String, Option<NaiveDate>)> = Vec::new();
        for person in &family.people {
            let key = (
                person.kind,
                person.name.trim().to_lowercase(),
                person.birth_date,
            );
            if seen.contains(&key) {
                problems.push(PlanProblem::DuplicatePerson {
                    name: person.name.clone(),
                });
            } else {
                seen.push(key);
            }
        }

        // What the plan is for: the dangers, and what everyone must see instead.
        if self.dangers.is_empty() {
            problems.push(PlanProblem::NoDanger);
        }
        for d in &self.dangers {
            if [&d.who_worried, &d.about, &d.if_nothing_changes]
                .iter()
                .any(|t| t.trim().is_empty())
            {
                problems.push(PlanProblem::DangerIncomplete { id: d.id });
            }
        }
        if self.safety_goals.is_empty() {
            problems.push(PlanProblem::NoSafetyGoal);
        }
        for g in &self.safety_goals {
            if g.what_seen.trim().is_empty() || g.how_long.trim().is_empty() {
                problems.push(PlanProblem::SafetyGoalIncomplete { id: g.id });
            }
        }
        for f in &self.factors {
            if f.what.trim().is_empty() {
                problems.push(PlanProblem::FactorEmpty { id: f.id });
            }
        }
        if self.neglect {
            // A goal counts when it is for a parent or carer and not stopped.
            let for_a_carer = |g: &HelpGoal| {
                g.status != GoalStatus::Stopped
                    && g.for_whom.iter().any(|id| {
                        family
                            .person(*id)
                            .is_some_and(|p| p.kind == PersonKind::Carer)
                    })
            };
            let missing: Vec<GoalArea> = NEGLECT_HELP
                .into_iter()
                .filter(|area| !self.goals.iter().any(|g| g.area == *area && for_a_carer(g)))
                .collect();
            if !missing.is_empty() {
                problems.push(PlanProblem::NeglectHelpMissing { missing });
            }
        }
        // A child who witnessed violence gets a targeted intervention within the family's
        // help; trauma treatment when needed, which the plan shows but does not demand.
        for child in &self.witnessed_violence {
            if !self
                .interventions
                .iter()
                .any(|i| i.for_whom.contains(child))
            {
                problems.push(PlanProblem::WitnessedHelpMissing { child: *child });
            }
        }

        // 1. Safe people for every young person.
        for child in family.children() {
            if !self.safe_people_of(child.id).iter().any(known) {
                problems.push(PlanProblem::NoSafePeople { child: child.id });
            }
        }
        // Every reference must point at someone of this family.
        let references: [(PlanPart, Vec<Id>); 6] = [
            (
                PlanPart::SafePeople,
                self.safe_people
                    .iter()
                    .flat_map(|s| std::iter::once(s.child).chain(s.people.iter().copied()))
                    .collect(),
            ),
            (
                PlanPart::Watchers,
                self.watchers.iter().map(|r| r.person).collect(),
            ),
            (
                PlanPart::StandIns,
                self.stand_ins.iter().map(|r| r.person).collect(),
            ),
            (
                PlanPart::Agreements,
                self.agreements
                    .iter()
                    .flat_map(|a| a.who.iter().copied())
                    .collect(),
            ),
            (
                PlanPart::Explanations,
                self.explanations
                    .iter()
                    .flat_map(|e| std::iter::once(e.child).chain(e.by))
                    .collect(),
            ),
            (
                PlanPart::Goals,
                self.goals
                    .iter()
                    .flat_map(|g| g.for_whom.iter().copied())
                    .collect(),
            ),
        ];
        for (part, ids) in references {
            if !ids.iter().all(known) {
                problems.push(PlanProblem::UnknownPerson { part });
            }
        }
        // 2 and 3. Someone watches over safety; someone steps in.
        // Someone of the network watches over safety: not (only) the parents.
        let of_network = |id: &Id| {
            family
                .person(*id)
                .is_some_and(|p| matches!(p.kind, PersonKind::Network | PersonKind::Professional))
        };
        if !self.watchers.iter().any(|r| of_network(&r.person)) {
            problems.push(PlanProblem::NoWatcher);
        }
        if !self.stand_ins.iter().any(|r| known(&r.person)) {
            problems.push(PlanProblem::NoStandIn);
        }
        // The network's tasks.
        for (part, roles) in [
            (PlanPart::Watchers, &self.watchers),
            (PlanPart::StandIns, &self.stand_ins),
        ] {
            for role in roles {
                if role.task.trim().is_empty() {
                    problems.push(PlanProblem::TaskEmpty {
                        part,
                        person: role.person,
                    });
                }
            }
        }
        // 4. Agreements: who does what.
        for agreement in &self.agreements {
            if agreement.what.trim().is_empty() {
                problems.push(PlanProblem::AgreementEmpty { id: agreement.id });
            }
            if agreement.who.is_empty() {
                problems.push(PlanProblem::AgreementWithoutWho { id: agreement.id });
            }
            if agreement.situation == Situation::Own && agreement.own_situation.trim().is_empty() {
                problems.push(PlanProblem::OwnSituationUnnamed { id: agreement.id });
            }
        }
        // 5. Every child old enough has someone who explains the plan, at an age.
        for child in family.children() {
            let old_enough = child
                .age_on(today)
                .is_none_or(|age| age >= EXPLAIN_FROM_AGE);
            let explained = self.explanations.iter().any(|e| {
                e.child == child.id && e.at_age.is_some() && e.by.is_some_and(|b| known(&b))
            });
            if old_enough && !explained {
                problems.push(PlanProblem::NoExplanation { child: child.id });
            }
        }
        // 7. How long the plan applies.
        let period = &self.period;
        if period.start.is_none() {
            problems.push(PlanProblem::StartMissing);
        }
        if period.end.is_none() {
            problems.push(PlanProblem::EndMissing);
        }
        if let (Some(start), Some(end)) = (period.start, period.end) {
            if end < start {
                problems.push(PlanProblem::EndBeforeStart);
            }
        }
        match period.next_evaluation {
            None => problems.push(PlanProblem::EvaluationMissing),
            Some(evaluation) => {
                let before_start = period.start.is_some_and(|s| evaluation < s);
                let after_end = period.end.is_some_and(|e| evaluation > e);
                if before_start || after_end {
                    problems.push(PlanProblem::EvaluationOutsidePeriod);
                }
            }
        }
        // Help goals, interventions and treatment.
        for goal in &self.goals {
            if goal.goal.trim().is_empty() {
                problems.push(PlanProblem::GoalEmpty { id: goal.id });
            }
            if goal.success.trim().is_empty() {
                problems.push(PlanProblem::GoalWithoutSuccess { id: goal.id });
            }
            if goal.by.is_none() {
                problems.push(PlanProblem::GoalWithoutDate { id: goal.id });
            }
        }
        for (part, list) in [
            (PlanPart::Interventions, &self.interventions),
            (PlanPart::Treatments, &self.treatments),
        ] {
            for item in list {
                if item.name.trim().is_empty() {
                    problems.push(PlanProblem::InterventionUnnamed { part, id: item.id });
                }
                if let (Some(start), Some(end)) = (item.start, item.end) {
                    if end < start {
                        problems
                            .push(PlanProblem::InterventionEndsBeforeStart { part, id: item.id });
                    }
                }
            }
        }
        // Who coordinates the help: a person of the network, with an organisation, reachable.
        let coordinator = self
            .coordinator_person
            .and_then(|id| family.person(id))
            .filter(|p| matches!(p.kind, PersonKind::Network | PersonKind::Professional));
        match coordinator {
            None => problems.push(PlanProblem::CoordinatorMissing),
            Some(person) => {
                if person.phone.is_none()
                    && person.email.as_deref().is_none_or(|e| e.trim().is_empty())
                {
                    problems.push(PlanProblem::CoordinatorUnreachable);
                }
            }
        }
        if self.coordinator.organisation.trim().is_empty() {
            problems.push(PlanProblem::CoordinatorOrganisationMissing);
        }
        problems
    }

    #[cfg(feature = "professional")]
    /// Agree the plan: validate it and, if nothing is wrong, return revision N+1.
    pub fn agree(
        &self,
        family: &Family,
        approval: Approval,
        author: Author,
        now: DateTime<Utc>,
    ) -> Result<SafetyPlan, Vec<PlanProblem>> {
        let mut problems = self.validate(family, approval.on);
        if approval.by.is_empty() {
            problems.push(PlanProblem::NobodyAgreed);
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let mut agreed = self.clone();
        agreed.revision = self.revision.saturating_add(1);
        agreed.status = PlanStatus::Agreed;
        agreed.approval = Some(approval);
        agreed.people = family.people.clone();
        agreed.meta = self.meta.touched(author, now);
        Ok(agreed)
    }

    /// Where the case stands on `today`.
    pub fn case_status(&self, today: NaiveDate) -> CaseStatus {
        match self.status {
            PlanStatus::Draft => CaseStatus::Draft,
            PlanStatus::Agreed if self.period.end.is_some_and(|end| end < today) => {
                CaseStatus::Expired
            }
            PlanStatus::Agreed => CaseStatus::Agreed,
        }
    }

    /// Days until the plan ends (negative once it has ended), if it has an end date.
    pub fn days_until_end(&self, today: NaiveDate) -> Option<i64> {
        self.period.end.map(|end| (end - today).num_days())
    }

    /// Is the evaluation date past?
    pub fn evaluation_overdue(&self, today: NaiveDate) -> bool {
        self.period.next_evaluation.is_some_and(|date| date < today)
    }
}

/// Add `id` to `list` if absent, remove it if present.
pub fn toggle(list: &mut Vec<Id>, id: Id) {
    match list.iter().position(|x| *x == id) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(id),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_checked_loosely() {
        for ok in ["a@b.nl", "regie@veiligthuis.example.nl", " x.y@z.org "] {
            assert!(plausible_email(ok), "{ok}");
        }
        for bad in [
            "", "a", "a@", "@b.nl", "a@b", "a@@b.nl", "a b@c.nl", "a@b.", "a@.b",
        ] {
            assert!(!plausible_email(bad), "{bad}");
        }
    }

    #[test]
    fn toggle_adds_then_removes() {
        let a = Id::from_random_bytes([1; 16]);
        let mut list = vec![];
        toggle(&mut list, a);
        assert_eq!(list, vec![a]);
        toggle(&mut list, a);
        assert!(list.is_empty());
    }
}
