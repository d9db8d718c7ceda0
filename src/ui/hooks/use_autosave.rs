//! Autosave: what is typed is kept a moment after the typing pauses, and at once when the
//! screen closes, so a crash or a closed tab loses at most that moment.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::service::StorageError;

/// How long typing may pause before what was typed is saved.
pub const AUTOSAVE_MS: u32 = 400;

/// Saves what is waiting now, if anything: one an autosave on screen.
type Flusher = Rc<dyn Fn() -> Option<SaveFuture>>;

thread_local! {
    /// Every autosave on screen, so that hiding the app and locking it can save what waits
    /// before the key leaves memory.
    static FLUSHERS: RefCell<Vec<(u64, Flusher)>> = const { RefCell::new(Vec::new()) };
    static NEXT_FLUSHER: Cell<u64> = const { Cell::new(0) };
}

/// Save at once what every autosave on screen holds, and wait until it is stored (a save
/// that fails is shown by its screen, if it is still there). Called when the app is
/// hidden and before a lock drops the key.
pub async fn flush_pending() {
    let flushers: Vec<Flusher> =
        FLUSHERS.with(|f| f.borrow().iter().map(|(_, f)| f.clone()).collect());
    for save in flushers.iter().filter_map(|flush| flush()) {
        let _ = save.await;
    }
}

/// One save of a snapshot.
pub type SaveFuture = Pin<Box<dyn Future<Output = Result<(), StorageError>>>>;

type Save<T> = Rc<dyn Fn(T) -> SaveFuture>;

#[derive(Clone, PartialEq, Default)]
struct Progress {
    /// The newest version known to be stored.
    saved: u64,
    error: Option<StorageError>,
}

enum Report {
    Saved(u64),
    Failed(StorageError),
}

impl Reducible for Progress {
    type Action = Report;

    fn reduce(self: Rc<Self>, report: Report) -> Rc<Self> {
        Rc::new(match report {
            Report::Saved(version) => Progress {
                saved: self.saved.max(version),
                error: None,
            },
            Report::Failed(error) => Progress {
                error: Some(error),
                ..(*self).clone()
            },
        })
    }
}

/// Where an autosave stands, and a way to hold it while the working copy becomes a record.
#[derive(Clone)]
pub struct Autosave {
    /// Changes are waiting to be saved, or being saved.
    pub busy: bool,
    /// The last save failed; what was typed is still on screen.
    pub error: Option<StorageError>,
    held: Rc<Cell<bool>>,
    pending: Rc<RefCell<Option<Timeout>>>,
    nudge: UseStateHandle<u32>,
}

impl Autosave {
    /// Stop saving: the working copy is about to be recorded (and removed), so a save
    /// waiting now must not bring it back.
    pub fn hold(&self) {
        self.held.set(true);
        self.pending.borrow_mut().take();
    }

    /// Save again, at once (recording did not go through).
    pub fn resume(&self) {
        self.held.set(false);
        self.nudge.set(*self.nudge + 1);
    }
}

/// Save with `save` whatever `value` gives while `version` (a count of edits, 0 on load) is
/// ahead of what was stored: after [`AUTOSAVE_MS`] without a new edit, and right away when
/// the component goes away.
#[hook]
pub fn use_autosave<T, V, S>(version: u64, value: V, save: S) -> Autosave
where
    T: Clone + 'static,
    V: FnOnce() -> Option<T>,
    S: Fn(T) -> SaveFuture + 'static,
{
    let progress = use_reducer(Progress::default);
    let held = use_memo((), |_| Rc::new(Cell::new(false)));
    let pending = use_mut_ref(|| None::<Timeout>);
    let nudge = use_state(|| 0u32);
    // The newest unsaved snapshot and how to save it: what leaving would lose.
    let latest = use_mut_ref(|| None::<(T, Save<T>)>);
    let dirty = version > progress.saved;
    *latest.borrow_mut() = if dirty {
        let save: Save<T> = Rc::new(save);
        value().map(|snapshot| (snapshot, save))
    } else {
        None
    };
    {
        let (pending, latest, held) = (pending.clone(), latest.clone(), (*held).clone());
        let dispatch = progress.dispatcher();
        use_effect_with((version, *nudge), move |_| {
            if held.get() {
                return;
            }
            let Some((snapshot, save)) = latest.borrow().clone() else {
                return;
            };
            let timeout = Timeout::new(AUTOSAVE_MS, move || {
                wasm_bindgen_futures::spawn_local(async move {
                    match save(snapshot).await {
                        Ok(()) => dispatch.dispatch(Report::Saved(version)),
                        Err(e) => dispatch.dispatch(Report::Failed(e)),
                    }
                });
            });
            // Replacing the handle cancels the save that was waiting.
            *pending.borrow_mut() = Some(timeout);
        });
    }
    {
        // While on screen, what waits can be saved at once from outside (hide, lock).
        let (pending, latest, held) = (pending.clone(), latest.clone(), (*held).clone());
        let dispatch = progress.dispatcher();
        // The edit count of what `latest` holds, read when a flush saves it.
        let current = use_mut_ref(|| 0u64);
        *current.borrow_mut() = version;
        use_effect_with((), move |_| {
            let id = NEXT_FLUSHER.with(|n| {
                let id = n.get();
                n.set(id + 1);
                id
            });
            let flush: Flusher = Rc::new(move || {
                if held.get() {
                    return None;
                }
                let (snapshot, save) = latest.borrow().clone()?;
                if let Some(timeout) = pending.borrow_mut().take() {
                    timeout.cancel();
                }
                let dispatch = dispatch.clone();
                let saved_version = *current.borrow();
                Some(Box::pin(async move {
                    let result = save(snapshot).await;
                    match &result {
                        Ok(()) => dispatch.dispatch(Report::Saved(saved_version)),
                        Err(e) => dispatch.dispatch(Report::Failed(e.clone())),
                    }
                    result
                }) as SaveFuture)
            });
            FLUSHERS.with(|f| f.borrow_mut().push((id, flush)));
            move || FLUSHERS.with(|f| f.borrow_mut().retain(|(i, _)| *i != id))
        });
    }
    {
        let (pending, latest, held) = (pending.clone(), latest.clone(), (*held).clone());
        use_effect_with((), move |_| {
            move || {
                if let Some(timeout) = pending.borrow_mut().take() {
                    timeout.cancel();
                }
                if held.get() {
                    return;
                }
                if let Some((snapshot, save)) = latest.borrow_mut().take() {
                    // The screen is gone; a failure shows as the older copy next time.
                    wasm_bindgen_futures::spawn_local(async move {
                        let _ = save(snapshot).await;
                    });
                }
            }
        });
    }
    Autosave {
        busy: dirty,
        error: progress.error.clone(),
        held: (*held).clone(),
        pending,
        nudge,
    }
}
