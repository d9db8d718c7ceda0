//! A professional's backup (issue 16): the recovery code made once, a backup of everything
//! on the device locked with it, and restoring a backup by merging it with what is there.

use chrono::{DateTime, Utc};

use crate::domain::backup::{self, BackupError, Changes, Record, MAX_BYTES};
use crate::domain::coded_file::{self, CodeProblem, FileProblem, Kind};
use crate::storage::backup::BackupState;
use crate::storage::coded::{self, OpenProblem};
use crate::storage::StorageError;

use super::{clock, Session};

/// A backup made: the file, and what it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct MadeBackup {
    pub bytes: Vec<u8>,
    pub made_at: DateTime<Utc>,
    /// Visits (distinct) and evaluations in it.
    pub visits: usize,
    pub evaluations: usize,
    /// Records that could not be opened on this device, and so are not in it.
    pub unreadable: usize,
}

/// What a restore did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Restored {
    /// Families, visits and evaluations the backup holds.
    pub families: usize,
    pub visits: usize,
    pub evaluations: usize,
    /// Records written (new, or newer than what was here).
    pub written: usize,
    /// Working copies set aside because both this device's and the backup's were changed.
    pub kept: usize,
    /// Family members' phones from the backup that must be paired again from this device.
    pub unpaired: usize,
}

/// Why a backup was not restored. Nothing changed when any is returned.
#[derive(Debug, Clone, PartialEq)]
pub enum RestoreRefusal {
    /// What was typed cannot be a recovery code.
    Code(CodeProblem),
    /// The code does not open the file (or the file was changed).
    WrongCode,
    /// Not a file locked with a code, or one this release cannot read.
    File(FileProblem),
    /// A family's file, not a backup: it is opened with "Bestand openen".
    IsCaseFile,
    /// Opened, but its contents are not a backup this release can read.
    Contents(BackupError),
    /// Something on this device changed while the backup was merged (another tab):
    /// nothing was written; trying again merges with what is there now.
    ChangedMeanwhile,
    Storage(StorageError),
}

impl Session {
    /// The device's recovery code, made now if there is none yet (not yet confirmed).
    pub async fn recovery_code(&self) -> Result<BackupState, StorageError> {
        if let Some(state) = self.db().backup_state().await? {
            return Ok(state);
        }
        let state = BackupState {
            code: coded::new_code()?,
            confirmed: false,
            last_backup_at: None,
            asked_on: None,
        };
        self.db().put_backup_state(&state).await?;
        Ok(state)
    }

    /// What the device knows of its backups (`None`: no recovery code was made yet).
    pub async fn backup_state(&self) -> Result<Option<BackupState>, StorageError> {
        self.db().backup_state().await
    }

    /// A new recovery code, when the paper is lost or someone else may know the code: shown
    /// and checked like the first, then every backup is locked with it. Backups made before
    /// stay locked with the old code.
    pub async fn new_recovery_code(&self) -> Result<BackupState, StorageError> {
        let mut state = self.recovery_code().await?;
        state.code = coded::new_code()?;
        state.confirmed = false;
        self.db().put_backup_state(&state).await?;
        Ok(state)
    }

    /// The professional showed they wrote the recovery code down.
    pub async fn confirm_recovery_code(&self) -> Result<BackupState, StorageError> {
        let mut state = self.recovery_code().await?;
        state.confirmed = true;
        self.db().put_backup_state(&state).await?;
        Ok(state)
    }

    /// The caseload asked for a backup today (it asks once a day at most).
    pub async fn backup_asked(&self) -> Result<(), StorageError> {
        // Before the first backup there is no record yet: the one with the code is made now
        // (the code is shown when the first backup is made).
        let mut state = self.recovery_code().await?;
        state.asked_on = Some(clock::today());
        self.db().put_backup_state(&state).await
    }

    /// A backup of everything on this device, locked with the confirmed recovery code.
    pub async fn make_backup(&self) -> Result<MadeBackup, StorageError> {
        let state = self.recovery_code().await?;
        if !state.confirmed {
            return Err(StorageError::Other("recovery code not confirmed".into()));
        }
        let (records, unreadable) = self.db().backup_records().await?;
        let (visits, evaluations) = backup::made_since(&records, None);
        let made_at = clock::now();
        let plain = backup::write(records, made_at);
        let bytes = coded::lock(Kind::Backup, &state.code, &plain, MAX_BYTES).await?;
        Ok(MadeBackup {
            bytes,
            made_at,
            visits,
            evaluations,
            unreadable,
        })
    }

    /// The backup made at `made_at` was saved or shared: records up to then are in one.
    pub async fn backup_saved(&self, made_at: DateTime<Utc>) -> Result<BackupState, StorageError> {
        let mut state = self.recovery_code().await?;
        state.last_backup_at = Some(state.last_backup_at.map_or(made_at, |t| t.max(made_at)));
        self.db().put_backup_state(&state).await?;
        crate::storage::prefs::set_last_backup(made_at);
        Ok(state)
    }

    /// Restore a backup: open it with the typed recovery code, merge it with what this
    /// device holds, and write the result in one transaction. A refused file or code
    /// changes nothing.
    pub async fn restore_backup(
        &self,
        file: &[u8],
        typed_code: &str,
    ) -> Result<Restored, RestoreRefusal> {
        let (header, _) = coded_file::parse(file).map_err(RestoreRefusal::File)?;
        if header.kind == Kind::Case {
            return Err(RestoreRefusal::IsCaseFile);
        }
        let code = coded_file::read_code(typed_code).map_err(RestoreRefusal::Code)?;
        let plain = match coded::open(file, &code, MAX_BYTES).await {
            Ok((Kind::Backup, plain)) => plain,
            Ok((Kind::Case, _)) => return Err(RestoreRefusal::IsCaseFile),
            Err(OpenProblem::File(problem)) => return Err(RestoreRefusal::File(problem)),
            Err(OpenProblem::WrongCode) => return Err(RestoreRefusal::WrongCode),
            Err(OpenProblem::Contents) => return Err(RestoreRefusal::File(FileProblem::Damaged)),
            Err(OpenProblem::Storage(e)) => return Err(RestoreRefusal::Storage(e)),
        };
        let file = backup::read(&plain).map_err(RestoreRefusal::Contents)?;
        let (stored, _, snapshot) = self
            .db()
            .backup_snapshot()
            .await
            .map_err(RestoreRefusal::Storage)?;
        let (_, changes) = backup::merge(&stored, &file.records);
        let written = self
            .db()
            .apply_backup(&changes, Some(&snapshot))
            .await
            .map_err(RestoreRefusal::Storage)?;
        if !written {
            return Err(RestoreRefusal::ChangedMeanwhile);
        }
        // A device without a recovery code of its own (a new phone) takes the one that
        // opened the backup: the code the professional wrote down stays the one to keep.
        // Everything up to the backup's making is in that backup.
        if let Ok(None)
        | Ok(Some(BackupState {
            confirmed: false, ..
        })) = self.db().backup_state().await
        {
            let state = BackupState {
                code,
                confirmed: true,
                last_backup_at: Some(file.made_at),
                asked_on: None,
            };
            if self.db().put_backup_state(&state).await.is_ok() {
                crate::storage::prefs::set_last_backup(file.made_at);
            }
        }
        Ok(summary(&file.records, &changes))
    }

    /// The working copies a merge set aside (not those let go).
    pub async fn kept_copies(&self) -> Result<Vec<Record>, StorageError> {
        let mut copies = self.db().kept_copies().await?;
        copies.retain(|r| !backup::is_discarded(&r.json));
        Ok(copies)
    }

    /// Let a kept copy go: a mark stays under its key, so a backup that holds the same copy
    /// does not bring it back.
    pub async fn discard_kept_copy(&self, key: &str) -> Result<(), StorageError> {
        let changes = Changes {
            put: vec![Record {
                store: backup::KEPT.to_string(),
                key: key.to_string(),
                json: backup::DISCARDED.to_string(),
            }],
            ..Changes::default()
        };
        self.db().apply_backup(&changes, None).await.map(|_| ())
    }

    /// Make a kept copy the working copy again; the one it replaces is kept in its turn.
    pub async fn use_kept_copy(&self, key: &str) -> Result<(), StorageError> {
        let (records, _) = self.db().backup_records().await?;
        let changes = backup::use_kept(&records, key)
            .ok_or_else(|| StorageError::Other("the kept copy is gone".into()))?;
        self.db().apply_backup(&changes, None).await.map(|_| ())
    }
}

fn summary(records: &[Record], changes: &Changes) -> Restored {
    let (visits, evaluations) = backup::made_since(records, None);
    let families = records.iter().filter(|r| r.store == "families").count();
    let unpaired = changes
        .put
        .iter()
        .filter(|r| r.store == "paired_devices")
        .filter(|r| {
            serde_json::from_str::<crate::domain::pairing::PairedDevice>(&r.json)
                .is_ok_and(|d| d.unpaired)
        })
        .count();
    Restored {
        families,
        visits,
        evaluations,
        written: changes.put.len(),
        kept: changes.kept,
        unpaired,
    }
}
