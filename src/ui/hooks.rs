//! `use_*` handles.

pub mod use_autosave;
pub mod use_lang;
pub mod use_service_worker;
