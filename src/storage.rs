//! Storage: the only code that touches IndexedDB.
//!
//! Everything here takes and returns domain types. Schema versions and upgrades live in
//! [`schema`]; every value passes the one [`codec`] seam on its way in and out, so that
//! encryption at rest can be added in exactly one place. Records use out-of-line string keys
//! (their ids) and opaque values: no index ever exposes the content of a record.

#[cfg(feature = "professional")]
pub mod backup;
pub mod codec;
pub mod key;
pub mod schema;
pub mod store;

pub mod cases;
pub mod coded;
pub mod crypto;
mod device;
pub mod home;
pub mod keys;
pub mod lock;
pub mod monitoring;
pub mod pairing;
pub mod prefs;
mod safe_people;
pub mod wipe;

use std::fmt;

use indexed_db_futures::database::{Database, ObjectStoreName};
use indexed_db_futures::error::{DomException, Error as IdbError, OpenDbError};
use indexed_db_futures::object_store::ObjectStore;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::{
    Transaction, TransactionDurability, TransactionMode, TransactionOptions,
};
use indexed_db_futures::KeyRange;
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::JsValue;

pub use key::{Key, MetaKey, Prefix};
pub use store::Store;

/// What went wrong in storage, in terms the UI can explain to a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// IndexedDB cannot be used here (some private-browsing modes, a disabled feature).
    Unavailable,
    /// The device or the browser's share of it is full.
    QuotaExceeded,
    /// The transaction was aborted; nothing of it was written.
    Aborted,
    /// The database on this device was written by a newer version of the app.
    VersionTooNew,
    /// Another tab upgraded the database, and this connection was closed.
    Closed,
    /// A stored value could not be decoded (it stays stored).
    Corrupt(String),
    /// A secret is set and the app is locked: nothing can be read or written.
    Locked,
    /// The secret does not open the data.
    WrongKey,
    /// Anything else, with the browser's own words for the developer.
    Other(String),
}

/// For logs and developers; a person sees the UI's translated message instead.
impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable => f.write_str("storage is not available in this browser"),
            StorageError::QuotaExceeded => f.write_str("the device's storage is full"),
            StorageError::Aborted => {
                f.write_str("the transaction was aborted; nothing was written")
            }
            StorageError::VersionTooNew => {
                f.write_str("the database was written by a newer version of the app")
            }
            StorageError::Closed => f.write_str("another tab upgraded the database"),
            StorageError::Corrupt(what) => write!(f, "a stored value could not be read: {what}"),
            StorageError::Locked => f.write_str("the app is locked"),
            StorageError::WrongKey => f.write_str("the secret does not open the data"),
            StorageError::Other(what) => write!(f, "storage failed: {what}"),
        }
    }
}

impl std::error::Error for StorageError {}

impl From<IdbError> for StorageError {
    fn from(e: IdbError) -> Self {
        match e {
            IdbError::DomException(dom) => from_dom_exception(dom),
            other => StorageError::Other(other.to_string()),
        }
    }
}

impl From<OpenDbError> for StorageError {
    fn from(e: OpenDbError) -> Self {
        match e {
            OpenDbError::Base(IdbError::DomException(dom)) => match from_dom_exception(dom) {
                // A failed open in private mode reports an invalid state.
                StorageError::Closed => StorageError::Unavailable,
                other => other,
            },
            OpenDbError::Base(other) => StorageError::Other(other.to_string()),
            OpenDbError::UnsupportedEnvironment | OpenDbError::NullFactory => {
                StorageError::Unavailable
            }
            OpenDbError::VersionZero => StorageError::Other(e.to_string()),
        }
    }
}

fn from_dom_exception(dom: DomException) -> StorageError {
    let sys: web_sys::DomException = dom.into();
    match sys.name().as_str() {
        "QuotaExceededError" => StorageError::QuotaExceeded,
        "AbortError" | "TransactionInactiveError" => StorageError::Aborted,
        "VersionError" => StorageError::VersionTooNew,
        "InvalidStateError" => StorageError::Closed,
        "SecurityError" => StorageError::Unavailable,
        name => StorageError::Other(format!("{name}: {}", sys.message())),
    }
}

/// An open connection to the app's database.
#[derive(Debug, Clone)]
pub struct Db {
    inner: Database,
    /// The key of this connection (none while locked or before a secret is set).
    cipher: codec::Cipher,
}

/// Two handles are equal when they are clones of one connection.
impl PartialEq for Db {
    fn eq(&self, other: &Self) -> bool {
        self.cipher.same(&other.cipher)
    }
}

impl Db {
    /// Open (creating or upgrading as needed) the database called `name`.
    ///
    /// `on_blocked` is called when another tab holds an older connection open; the open
    /// then waits until that tab lets go.
    pub async fn open(name: &str, on_blocked: impl FnOnce() + 'static) -> Result<Db, StorageError> {
        Self::open_at(name, schema::Version::CURRENT, on_blocked).await
    }

    /// Open at an older schema version: only for tests that need the database an earlier
    /// release left behind. The app always uses [`Db::open`].
    pub async fn open_at(
        name: &str,
        version: schema::Version,
        on_blocked: impl FnOnce() + 'static,
    ) -> Result<Db, StorageError> {
        let inner = schema::open_and_upgrade(name, version, on_blocked).await?;
        Ok(Db {
            inner,
            cipher: codec::Cipher::default(),
        })
    }

    /// When another tab upgrades the database, close this connection (so the upgrade can
    /// go ahead) and call `notify`, which should ask the person to reload.
    pub fn on_version_change(&self, notify: impl FnOnce() + 'static) {
        if let Ok(mut listener) = self.inner.version_changes() {
            wasm_bindgen_futures::spawn_local(async move {
                if listener.recv().await.is_some() {
                    listener.db().clone().close();
                    notify();
                }
            });
        }
    }

    /// Close the connection.
    pub fn close(self) {
        self.inner.close();
    }

    /// Delete the database called `name` (used by tests and, later, by a reset).
    pub async fn delete_database(name: &str) -> Result<(), StorageError> {
        Database::delete_by_name(name)?.await?;
        Ok(())
    }

    /// The schema version of the open database.
    pub fn version(&self) -> u32 {
        self.inner.version() as u32
    }

    fn read<S: ObjectStoreName>(&self, stores: S) -> Result<Transaction<'_>, StorageError> {
        Ok(self.inner.transaction(stores).build()?)
    }

    /// A read-write transaction with strict durability: when it commits, it is on disk.
    fn write<S: ObjectStoreName>(&self, stores: S) -> Result<Transaction<'_>, StorageError> {
        Ok(self
            .inner
            .transaction(stores)
            .with_mode(TransactionMode::Readwrite)
            .with_options(TransactionOptions::new().with_durability(TransactionDurability::Strict))
            .build()?)
    }

    async fn put_record<T: Serialize>(
        &self,
        store: Store,
        key: &Key,
        value: &T,
    ) -> Result<(), StorageError> {
        // Encode first: the transaction must not wait on anything but IndexedDB.
        let stored = codec::encode(&self.cipher, store, key, value).await?;
        let tx = self.write([store])?;
        put_raw(&object_store(&tx, store)?, key, stored).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn get_record<T: DeserializeOwned>(
        &self,
        store: Store,
        key: &Key,
    ) -> Result<Option<T>, StorageError> {
        let tx = self.read([store])?;
        let raw = get_raw(&object_store(&tx, store)?, key).await?;
        drop(tx);
        match raw {
            Some(raw) => Ok(Some(codec::decode(&self.cipher, store, key, raw).await?)),
            None => Ok(None),
        }
    }

    /// Every record of a store that decodes, and how many did not (those stay stored).
    async fn list_records<T: DeserializeOwned>(
        &self,
        store: Store,
    ) -> Result<Listing<T>, StorageError> {
        let tx = self.read([store])?;
        let entries = raw_entries(&object_store(&tx, store)?, None).await?;
        drop(tx);
        Ok(decode_all(&self.cipher, store, entries).await)
    }

    /// Every record of a store under `{prefix}/` that decodes, and how many did not.
    async fn list_prefixed<T: DeserializeOwned>(
        &self,
        store: Store,
        prefix: &Prefix,
    ) -> Result<Listing<T>, StorageError> {
        let tx = self.read([store])?;
        let entries = raw_entries(&object_store(&tx, store)?, Some(prefix)).await?;
        drop(tx);
        Ok(decode_all(&self.cipher, store, entries).await)
    }

    async fn delete_record(&self, store: Store, key: &Key) -> Result<(), StorageError> {
        let tx = self.write([store])?;
        object_store(&tx, store)?
            .delete(key.as_str().to_string())
            .await?;
        tx.commit().await?;
        Ok(())
    }
}

/// One store of a transaction.
fn object_store<'a>(
    tx: &'a Transaction<'_>,
    store: Store,
) -> Result<ObjectStore<'a>, StorageError> {
    Ok(tx.object_store(store.name())?)
}

/// A key and its value as stored, not yet decoded.
type RawEntry = (Key, JsValue);

/// The key range of every key that starts with `{prefix}/`.
fn prefix_range(prefix: &Prefix) -> KeyRange<String> {
    let prefix = prefix.as_str();
    KeyRange::Bound(
        format!("{prefix}/"),
        false,
        format!("{prefix}/\u{ffff}"),
        false,
    )
}

/// Keys and raw values of a store, all of them or those under `{prefix}/`.
async fn raw_entries(
    store: &ObjectStore<'_>,
    prefix: Option<&Prefix>,
) -> Result<Vec<RawEntry>, StorageError> {
    // Every key here is a string, and every string is at least "".
    let range = match prefix {
        Some(prefix) => prefix_range(prefix),
        None => KeyRange::LowerBound(String::new(), false),
    };
    let keys: Vec<String> = store
        .get_all_keys::<String>()
        .with_query::<String, _>(range.clone())
        .primitive()?
        .await?
        .collect::<Result<_, _>>()?;
    let values: Vec<JsValue> = store
        .get_all::<JsValue>()
        .with_query::<String, _>(range)
        .primitive()?
        .await?
        .collect::<Result<_, _>>()?;
    Ok(keys.into_iter().map(Key::stored).zip(values).collect())
}

async fn get_raw(store: &ObjectStore<'_>, key: &Key) -> Result<Option<JsValue>, StorageError> {
    Ok(store.get(key.as_str().to_string()).primitive()?.await?)
}

async fn put_raw(store: &ObjectStore<'_>, key: &Key, value: JsValue) -> Result<(), StorageError> {
    store
        .put(value)
        .with_key(key.as_str().to_string())
        .primitive()?
        .await?;
    Ok(())
}

/// Add a value that must not exist yet (history is append-only): an existing key fails the
/// request, and so the transaction.
async fn add_raw(store: &ObjectStore<'_>, key: &Key, value: JsValue) -> Result<(), StorageError> {
    store
        .add(value)
        .with_key(key.as_str().to_string())
        .primitive()?
        .await?;
    Ok(())
}

async fn delete_raw(store: &ObjectStore<'_>, key: &Key) -> Result<(), StorageError> {
    store.delete(key.as_str().to_string()).await?;
    Ok(())
}

/// Put many values in one go: every request is issued at once and the transaction's commit
/// waits for all of them (awaiting each put would cost a round trip per record). A put that
/// fails aborts the transaction, so the commit reports it and nothing is written.
fn put_all(store: &ObjectStore<'_>, entries: Vec<RawEntry>) -> Result<(), StorageError> {
    for (key, value) in entries {
        drop(store.put(value).with_key(key.into_string()).primitive()?);
    }
    Ok(())
}

/// Decode raw entries, counting (and skipping) the ones that do not decode.
async fn decode_all<T: DeserializeOwned>(
    cipher: &codec::Cipher,
    store: Store,
    entries: Vec<RawEntry>,
) -> Listing<T> {
    let mut listing = Listing {
        items: Vec::with_capacity(entries.len()),
        unreadable: 0,
    };
    for item in codec::decode_many(cipher, store, entries).await {
        match item {
            Ok(item) => listing.items.push(item),
            Err(_) => listing.unreadable += 1,
        }
    }
    listing
}

/// The records of a store that could be read, and a count of those that could not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listing<T> {
    pub items: Vec<T>,
    /// Records that failed to decode. They are left in place, never deleted.
    pub unreadable: usize,
}
