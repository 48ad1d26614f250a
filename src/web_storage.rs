//! `localStorage` as the core's `KeyValue` port, for the saved list and plan (`saved/kept.rs`)
//! and the shell's remembered country and language. Every access is checked: even reading
//! `window.localStorage` throws in a storage-blocked iframe, and `setItem` throws when storage is
//! full.

use kindred_core::bookmarks::{KeyValue, StoreError};
use wasm_bindgen::{JsCast, JsValue};

pub struct WebStorage;

fn local() -> Result<web_sys::Storage, StoreError> {
    match crate::browser::window().map(|w| w.local_storage()) {
        Some(Ok(Some(storage))) => Ok(storage),
        _ => Err(StoreError::Unavailable),
    }
}

fn classify(error: JsValue) -> StoreError {
    match error.dyn_into::<web_sys::DomException>() {
        // By name (Chrome 138+ has its own class; others a DOMException), or legacy codes.
        Ok(e) if e.name() == "QuotaExceededError" || e.name() == "NS_ERROR_DOM_QUOTA_REACHED" || e.code() == 22 || e.code() == 1014 => {
            StoreError::Full
        }
        Ok(e) if e.name() == "SecurityError" => StoreError::Unavailable,
        _ => StoreError::Failed,
    }
}

impl KeyValue for WebStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        local()?.get_item(key).map_err(classify)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        local()?.set_item(key, value).map_err(classify)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        local()?.remove_item(key).map_err(classify)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let storage = local()?;
        let n = storage.length().map_err(classify)?;
        Ok((0..n).filter_map(|i| storage.key(i).ok().flatten()).collect())
    }
}
