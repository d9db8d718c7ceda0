//! An editor over a working copy (a visit, an evaluation): every edit goes through one
//! reducer, which counts edits for the autosave; recording can be refused with problems,
//! be under way, or fail, and what was typed stays on screen throughout.

use std::rc::Rc;

use yew::prelude::*;

use crate::service::StorageError;
use crate::ui::hooks::use_autosave::{use_autosave, Autosave, SaveFuture};

/// What an editor holds.
#[derive(Clone)]
pub struct EditorState<T, P> {
    /// The working copy.
    pub value: T,
    /// Counts edits that changed the working copy, for the autosave.
    pub version: u64,
    /// Why recording was refused, all at once.
    pub problems: Vec<P>,
    pub failure: Option<StorageError>,
    /// Recording or throwing away is under way.
    pub busy: bool,
}

/// What can happen in an editor.
pub enum EditorAction<T, P> {
    /// Change the working copy.
    Edit(Rc<dyn Fn(&mut T)>),
    Refused(Vec<P>),
    Busy,
    Failed(StorageError),
}

impl<T: Clone + PartialEq, P: Clone> EditorState<T, P> {
    /// An editor on `value`, nothing typed yet.
    pub fn new(value: T) -> Self {
        EditorState {
            value,
            version: 0,
            problems: Vec::new(),
            failure: None,
            busy: false,
        }
    }

    /// Apply `action`: the reducer's logic, as a plain function.
    pub fn apply(&mut self, action: EditorAction<T, P>) {
        match action {
            EditorAction::Edit(edit) => {
                let before = self.value.clone();
                edit(&mut self.value);
                if self.value != before {
                    self.version += 1;
                }
            }
            EditorAction::Refused(problems) => self.problems = problems,
            EditorAction::Busy => {
                self.busy = true;
                self.failure = None;
            }
            EditorAction::Failed(e) => {
                self.busy = false;
                self.failure = Some(e);
            }
        }
    }
}

impl<T: Clone + PartialEq, P: Clone> Reducible for EditorState<T, P> {
    type Action = EditorAction<T, P>;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

/// An editor and its autosave.
pub struct Editor<T: Clone + PartialEq + 'static, P: Clone + 'static> {
    pub state: UseReducerHandle<EditorState<T, P>>,
    pub autosave: Autosave,
}

/// An editor on `initial`, whose working copy `save` keeps a moment after each edit and
/// when the screen goes.
#[hook]
pub fn use_editor<T, P, S>(initial: T, save: S) -> Editor<T, P>
where
    T: Clone + PartialEq + 'static,
    P: Clone + 'static,
    S: Fn(T) -> SaveFuture + 'static,
{
    let state = use_reducer(move || EditorState::new(initial));
    let autosave = use_autosave(state.version, || Some(state.value.clone()), save);
    Editor { state, autosave }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_real_change_counts_and_a_failure_ends_busy() {
        let mut editor: EditorState<String, u8> = EditorState::new("a".into());
        editor.apply(EditorAction::Edit(Rc::new(|s: &mut String| s.push('b'))));
        editor.apply(EditorAction::Edit(Rc::new(|s: &mut String| s.truncate(2))));
        assert_eq!((editor.value.as_str(), editor.version), ("ab", 1));
        editor.apply(EditorAction::Refused(vec![1]));
        editor.apply(EditorAction::Busy);
        assert!(editor.busy && editor.failure.is_none());
        editor.apply(EditorAction::Failed(StorageError::Aborted));
        assert!(!editor.busy && editor.failure.is_some());
        assert_eq!(editor.problems, vec![1]);
    }
}
