//! The screens.

pub mod contact_form;
pub mod contacts;
