//! Pieces shared by the screens.

pub mod contact_card;
pub mod help_lines;
pub mod notice;
pub mod package;
pub mod qr_code;
pub mod scanner;
pub mod score_scale;
pub mod select_field;
pub mod storage_facts;
pub mod text_field;
pub mod update_banner;
