//! Pieces shared by the screens.

pub mod contact_card;
pub mod help_lines;
pub mod notice;
pub mod text_field;
pub mod update_banner;
