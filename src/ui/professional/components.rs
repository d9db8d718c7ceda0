//! Pieces only the professional's screens use.

pub mod confirm_button;
pub mod family_tabs;
pub mod import_field;
pub mod kept_copies;
pub mod people_picker;
pub mod plan_section;
pub mod trend_chart;
