//! The screens.

pub mod caseload;
pub mod contact_form;
pub mod contacts;
pub mod new_family;
pub mod plan_editor;
pub mod plan_view;
