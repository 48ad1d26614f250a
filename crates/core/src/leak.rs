//! Lists read to live as long as the program: the content is read once and never freed, so the
//! model keeps `&'static [T]` fields, and serde fills them through [`leak`]. Its own module, so
//! the model (`model`, `article`) and the bundle that holds them don't depend on each other for
//! it.

use serde::{Deserialize, Deserializer};

/// Reads a list that lives as long as the app (`#[serde(deserialize_with = "leak")]`).
pub(crate) fn leak<'de, D, T>(d: D) -> Result<&'static [T], D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + 'static,
{
    Ok(Vec::<T>::deserialize(d)?.leak())
}
