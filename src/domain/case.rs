//! A family's whole case, as storage holds it and a file carries it, and how two copies of
//! one case merge without asking anyone.

use super::{Family, SafetyPlan};

/// A family's whole case: what storage holds and what a file carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    pub family: Family,
    pub plan: SafetyPlan,
    /// Agreed revisions, oldest first.
    pub revisions: Vec<SafetyPlan>,
}

/// Merge an incoming copy of a case into the stored one, without asking anyone: the newer
/// family record, plan and person win (by revision, then time); agreed revisions are
/// unioned by number, and a stored revision is never replaced.
pub fn merge(stored: Option<Case>, incoming: Case) -> Case {
    let Some(stored) = stored else {
        let mut case = incoming;
        case.revisions.sort_by_key(|r| r.revision);
        return case;
    };
    let mut family = if incoming.family.meta.supersedes(&stored.family.meta) {
        Family {
            people: Vec::new(),
            ..incoming.family.clone()
        }
    } else {
        Family {
            people: Vec::new(),
            ..stored.family.clone()
        }
    };
    let mut people = stored.family.people;
    for person in incoming.family.people {
        match people.iter_mut().find(|p| p.id == person.id) {
            Some(existing) if person.meta.supersedes(&existing.meta) => *existing = person,
            Some(_) => {}
            None => people.push(person),
        }
    }
    family.people = people;
    let plan = if incoming.plan.meta.supersedes(&stored.plan.meta) {
        incoming.plan
    } else {
        stored.plan
    };
    let mut revisions = stored.revisions;
    for revision in incoming.revisions {
        if !revisions.iter().any(|r| r.revision == revision.revision) {
            revisions.push(revision);
        }
    }
    revisions.sort_by_key(|r| r.revision);
    Case {
        family,
        plan,
        revisions,
    }
}
