//! The case file: one family, its current plan and every agreed revision, as one JSON file.
//!
//! This is the same serialisation a sync would use. Every file says its `format_version`;
//! [`import`] upgrades older files step by step to the current version, so a file written
//! today opens in every later release. A file from a newer release is refused with a clear
//! reason instead of being half-read.

use chrono::{DateTime, Utc};
use serde::Deserialize;
#[cfg(feature = "professional")]
use serde::Serialize;

use super::{Case, Family, SafetyPlan};

/// The version this release writes.
pub const FORMAT_VERSION: u64 = 2;
/// Marks a file as Veilig's.
pub const APP: &str = "veilig";
/// Larger files are refused before parsing (a real case file is a few dozen KB).
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// One family's case, as exported.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "professional", derive(Serialize))]
pub struct CaseFile {
    pub format_version: u64,
    pub app: String,
    pub exported_at: DateTime<Utc>,
    pub family: Family,
    /// The working copy of the plan.
    pub plan: SafetyPlan,
    /// Every agreed revision, oldest first.
    pub revisions: Vec<SafetyPlan>,
}

/// Why a file could not be imported. Nothing is stored when any of these is returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    TooLarge,
    /// Not JSON at all (a photo, a PDF, a damaged download).
    NotJson,
    /// JSON, but not a Veilig case file.
    NotACaseFile,
    /// Written by a newer release of the app.
    FromNewerVersion {
        version: u64,
    },
    /// A Veilig file whose content does not fit its version (the detail is for developers).
    Damaged(String),
    /// The parts of the file do not belong together (plans of another family, revisions
    /// numbered twice).
    Inconsistent,
}

/// The case file for a family, as JSON. Compact, like storage: one serialiser for the whole
/// app keeps the WebAssembly small.
#[cfg(feature = "professional")]
pub fn export(
    family: &Family,
    plan: &SafetyPlan,
    revisions: &[SafetyPlan],
    now: DateTime<Utc>,
) -> String {
    let file = CaseFile {
        format_version: FORMAT_VERSION,
        app: APP.to_string(),
        exported_at: now,
        family: family.clone(),
        plan: plan.clone(),
        revisions: revisions.to_vec(),
    };
    // Serialising plain data structures with string keys cannot fail.
    serde_json::to_string(&file).unwrap_or_default()
}

/// Read a case file, upgrading it from an older format if needed.
pub fn import(bytes: &[u8]) -> Result<CaseFile, ImportError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    if bytes.len() > MAX_BYTES {
        return Err(ImportError::TooLarge);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotJson)?;
    // First only the envelope, to learn whose file it is and which format.
    let envelope: Envelope = serde_json::from_str(text).map_err(|e| {
        if e.is_data() {
            ImportError::NotACaseFile
        } else {
            ImportError::NotJson
        }
    })?;
    let version = match (envelope.app.as_deref(), envelope.format_version) {
        (Some(APP), Some(v)) if v >= 1 => v,
        _ => return Err(ImportError::NotACaseFile),
    };
    if version > FORMAT_VERSION {
        return Err(ImportError::FromNewerVersion { version });
    }
    let text = upgrade(text, version)?;
    // The same reader as storage uses (`from_str`): one copy of every decoder in the app.
    let file: CaseFile =
        serde_json::from_str(&text).map_err(|e| ImportError::Damaged(e.to_string()))?;
    check_consistent(&file)?;
    Ok(file)
}

/// The fields every format version has.
#[derive(Deserialize)]
struct Envelope {
    app: Option<String>,
    format_version: Option<u64>,
}

/// Bring a file of `version` up to [`FORMAT_VERSION`]. Each released format gets an arm
/// that rewrites the text one step (through `serde_json::Value`) and recurses, as in
/// `1 => upgrade(&upgrade_1_to_2(text)?, 2)`; a released step is never changed.
fn upgrade(text: &str, version: u64) -> Result<std::borrow::Cow<'_, str>, ImportError> {
    match version {
        FORMAT_VERSION => Ok(std::borrow::Cow::Borrowed(text)),
        // Format 2 (issue 18) only added fields with defaults (the worries, safety goals,
        // circumstances, the coordinator as a person, ...): a format 1 file reads as it is.
        // The number went up so that a release before it refuses a newer file instead of
        // dropping what it does not know.
        1 => Ok(std::borrow::Cow::Borrowed(text)),
        other => Err(ImportError::Damaged(format!(
            "no upgrade from format {other}"
        ))),
    }
}

fn check_consistent(file: &CaseFile) -> Result<(), ImportError> {
    let family = file.family.id;
    let mut numbers: Vec<u32> = file.revisions.iter().map(|r| r.revision).collect();
    numbers.sort_unstable();
    let unique = numbers.windows(2).all(|w| w[0] != w[1]);
    let belongs = file.plan.family == family && file.revisions.iter().all(|r| r.family == family);
    let agreed_numbered = numbers.first().is_none_or(|n| *n >= 1);
    if unique && belongs && agreed_numbered {
        Ok(())
    } else {
        Err(ImportError::Inconsistent)
    }
}

impl From<CaseFile> for Case {
    fn from(file: CaseFile) -> Self {
        Case {
            family: file.family,
            plan: file.plan,
            revisions: file.revisions,
        }
    }
}
