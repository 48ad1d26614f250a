//! One component per route (see the route table in `App`).

pub mod about;
pub mod article;
pub mod choose;
pub mod directory;
pub mod embed_builder;
pub mod home;
pub mod lazy;
pub mod learn;
pub mod listing;
pub mod not_found;
pub mod plan;
pub mod saved;
