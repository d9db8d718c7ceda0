//! The screens.

pub mod caseload;
pub mod check_in;
pub mod contact_form;
pub mod contacts;
pub mod evaluation;
pub mod learn;
pub mod lock;
pub mod monitoring;
pub mod new_family;
pub mod parent_plan;
pub mod plan_editor;
pub mod plan_view;
pub mod settings;
pub mod setup;
pub mod switch_app;
pub mod visit;
