//! The visitor's region, guessed on the device (nothing is looked up).

/// The region the device's language settings suggest (`en-GB` → "uk"), for presets only.
pub fn device_region() -> Option<&'static str> {
    let lang = crate::browser::language()?;
    let region = lang.rsplit(['-', '_']).next()?.to_ascii_uppercase();
    Some(match region.as_str() {
        "US" => "us",
        "GB" => "uk",
        "CA" => "canada",
        "AU" => "australia",
        "IE" => "ireland",
        "NZ" => "new-zealand",
        _ => return None,
    })
}
