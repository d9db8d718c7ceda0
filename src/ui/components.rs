//! Pieces shared by the screens.

pub mod confirm_button;
pub mod contact_card;
pub mod family_tabs;
pub mod help_lines;
pub mod import_field;
pub mod notice;
pub mod people_picker;
pub mod plan_section;
pub mod score_scale;
pub mod select_field;
pub mod text_field;
pub mod trend_chart;
pub mod update_banner;
