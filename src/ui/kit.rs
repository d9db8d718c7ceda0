//! Hooks the screens build on: an editor over a working copy that saves itself, and loading
//! what a screen shows.

pub mod editor;
pub mod load;
