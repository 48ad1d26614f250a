//! The content bundle: one language's articles and directory listings, as the build writes them
//! (`dist/content/<lang>-<hash>.bin`) and the app reads them before it starts. Content is data,
//! not code: it is cached on its own, the wasm doesn't change when a listing does, and a page
//! loads only its own language.
//!
//! The format is postcard over the model's own serde types, so the app reads strings in place
//! from the loaded bytes (no escapes to undo) and the round trip is checked on the host.

use serde::{Deserialize, Serialize};

use crate::article::Article;
use crate::leak::leak;
use crate::model::Resource;

/// Bumped whenever the model's serde shape changes; a bundle of another format is refused.
pub const FORMAT: u32 = 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bundle {
    pub format: u32,
    /// The language of the text (`en`, `es`).
    pub lang: &'static str,
    #[serde(deserialize_with = "leak")]
    pub articles: &'static [Article],
    #[serde(deserialize_with = "leak")]
    pub resources: &'static [Resource],
}

/// Why a bundle couldn't be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BundleError {
    /// Written for another version of the app.
    Format(u32),
    /// Not a bundle (truncated, or another file).
    Corrupt,
}

#[derive(Deserialize)]
struct Header {
    format: u32,
}

impl Bundle {
    pub fn new(lang: &'static str, articles: &'static [Article], resources: &'static [Resource]) -> Bundle {
        Bundle { format: FORMAT, lang, articles, resources }
    }

    pub fn encode(&self) -> Vec<u8> {
        postcard::to_allocvec(self).unwrap_or_default()
    }

    /// Reads a bundle; its strings point into `bytes`, which therefore live for the app's life.
    pub fn decode(bytes: &'static [u8]) -> Result<Bundle, BundleError> {
        match postcard::take_from_bytes::<Header>(bytes) {
            Ok((Header { format: FORMAT }, _)) => {}
            Ok((Header { format }, _)) => return Err(BundleError::Format(format)),
            Err(_) => return Err(BundleError::Corrupt),
        }
        match postcard::take_from_bytes::<Bundle>(bytes) {
            Ok((bundle, [])) => Ok(bundle),
            _ => Err(BundleError::Corrupt),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synth;

    fn leak_bytes(v: Vec<u8>) -> &'static [u8] {
        v.leak()
    }

    #[test]
    fn a_bundle_reads_back_exactly_and_junk_is_refused() {
        let resources: &'static [Resource] = synth::directory(300, 7).leak();
        let bundle = Bundle::new("en", &[], resources);
        let bytes = leak_bytes(bundle.encode());
        assert_eq!(Bundle::decode(bytes), Ok(bundle));
        assert_eq!(Bundle::decode(&bytes[..bytes.len() / 2]), Err(BundleError::Corrupt));
        assert_eq!(Bundle::decode(b""), Err(BundleError::Corrupt));
        let mut other = bundle.encode();
        other[0] = 9;
        assert_eq!(Bundle::decode(leak_bytes(other)), Err(BundleError::Format(9)));
        let mut longer = bundle.encode();
        longer.push(0);
        assert_eq!(Bundle::decode(leak_bytes(longer)), Err(BundleError::Corrupt), "trailing bytes");
    }
}
