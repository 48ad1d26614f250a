use super::*;
use crate::exchange::{import, ImportError, MAX_IMPORT_BYTES};
use proptest::prelude::*;

fn store_with(raw: Option<&str>) -> Store<MemoryStorage> {
    let mut s = MemoryStorage::default();
    if let Some(raw) = raw {
        s.map.insert(KEY.into(), raw.into());
    }
    Store::open(s, 1000)
}

fn ids(saved: &Saved) -> Vec<&str> {
    saved.items.iter().map(|i| i.id.as_str()).collect()
}

#[test]
fn migrates_v0_forward_idempotently_and_keeps_a_backup() {
    let store = store_with(Some(r#"["us-988-lifeline","uk-samaritans",""]"#));
    assert_eq!(ids(&store.saved), ["us-988-lifeline", "uk-samaritans"]);
    let written = store.storage().map[KEY].clone();
    assert!(written.starts_with(r#"{"v":1,"items":[{"kind":"resource","id":"us-988-lifeline"}"#), "{written}");
    assert!(store.storage().map.contains_key("kindred.saved.v0-backup"));
    // Running the migration again changes nothing.
    let again = Store::open(store.storage().clone(), 2000);
    assert_eq!(again.storage().map[KEY], written);
    assert_eq!(again.saved, store.saved);
}

#[test]
fn unknown_fields_survive_a_rewrite() {
    let raw = r#"{"v":1,"items":[{"kind":"resource","id":"a","colour":"blue"}],"syncHint":{"x":[1,2]}}"#;
    let mut store = store_with(Some(raw));
    store.change(2000, |s| s.add(Item::new(ItemKind::Article, "understanding-peer-support")));
    let out = &store.storage().map[KEY];
    assert!(out.contains(r#""colour":"blue""#) && out.contains(r#""syncHint":{"x":[1,2]}"#), "{out}");
}

#[test]
fn one_bad_item_does_not_drop_the_others_and_is_kept_verbatim() {
    let raw = r#"{"v":1,"items":[{"kind":"resource","id":"a"},{"id":null},{"kind":"resource","id":"b"}]}"#;
    let mut store = store_with(Some(raw));
    assert_eq!(ids(&store.saved), ["a", "b"]);
    store.change(2000, |s| s.add(Item::new(ItemKind::Resource, "c")));
    let out = &store.storage().map[KEY];
    assert!(out.contains(r#""unreadable":[{"id":null}]"#), "{out}");
    assert_eq!(ids(&decode(Some(out)).saved_or_default()), ["a", "b", "c"]);
}

#[test]
fn unreadable_data_is_set_aside_untouched_before_anything_is_written() {
    let raw = r#"{"v":2,"items":[{"id":"#;
    let mut store = store_with(Some(raw));
    assert_eq!(store.kept, Some(KeptAside { backup: "kindred.saved.kept-1000".into(), newer: false }));
    assert_eq!(store.health, Health::Saved, "new saves are kept");
    assert_eq!(store.kept_aside().as_deref(), Some(raw));
    store.change(2000, |s| s.add(Item::new(ItemKind::Resource, "a")));
    assert_eq!(store.storage().map["kindred.saved.kept-1000"], raw, "the original bytes are kept");
    // Opening again does not set it aside a second time.
    let again = Store::open(store.storage().clone(), 2000);
    assert_eq!(again.storage().map.keys().filter(|k| k.contains(".kept-")).count(), 1);
    assert_eq!(ids(&again.saved), ["a"]);
}

#[test]
fn if_setting_aside_fails_the_original_is_never_overwritten() {
    let raw = "not json at all";
    let mut storage = MemoryStorage::default();
    storage.map.insert(KEY.into(), raw.into());
    storage.fail_set = Some(StoreError::Full);
    let mut store = Store::open(storage, 1);
    assert_eq!(store.health, Health::MemoryOnly(StoreError::Full));
    store.storage_mut().fail_set = None; // even once writing works again
    store.change(2000, |s| s.add(Item::new(ItemKind::Resource, "a")));
    assert_eq!(store.storage().map[KEY], raw);
    assert_eq!(ids(&store.saved), ["a"], "it still works for this visit");
}

#[test]
fn newer_versions_are_kept_aside_and_their_items_shown() {
    let raw = r#"{"v":99,"items":[{"kind":"resource","id":"a"}],"future":true}"#;
    let store = store_with(Some(raw));
    assert_eq!(ids(&store.saved), ["a"]);
    assert!(matches!(store.kept, Some(KeptAside { newer: true, .. })));
    assert_eq!(store.kept_aside().as_deref(), Some(raw));
}

#[test]
fn storage_failures_degrade_to_memory_with_a_status() {
    let mut blocked = MemoryStorage { fail_get: Some(StoreError::Unavailable), ..Default::default() };
    blocked.fail_set = Some(StoreError::Unavailable);
    let mut store = Store::open(blocked, 1);
    assert_eq!(store.health, Health::MemoryOnly(StoreError::Unavailable));
    store.change(2000, |s| s.add(Item::new(ItemKind::Resource, "a")));
    assert_eq!(ids(&store.saved), ["a"]);

    let mut full = store_with(Some(r#"{"v":1,"items":[{"kind":"resource","id":"old"}]}"#));
    full.storage_mut().fail_set = Some(StoreError::Full);
    full.change(2000, |s| s.add(Item::new(ItemKind::Resource, "new")));
    assert_eq!(full.health, Health::MemoryOnly(StoreError::Full));
    assert_eq!(ids(&full.saved), ["old", "new"]);
    assert!(!full.storage().map[KEY].contains("new"), "nothing half-written");
    // Space freed: the next change saves everything, including what waited in memory.
    full.storage_mut().fail_set = None;
    full.change(2000, |s| s.add(Item::new(ItemKind::Resource, "third")));
    assert_eq!(full.health, Health::Saved);
    assert_eq!(ids(&decode(Some(&full.storage().map[KEY])).saved_or_default()), ["old", "new", "third"]);
}

#[test]
fn two_tabs_keep_each_others_changes() {
    let shared = store_with(None).storage().clone();
    let mut a = Store::open(shared.clone(), 1);
    a.change(2000, |s| s.add(Item::new(ItemKind::Resource, "from-a")));
    // Tab B opened before A's write, then adds its own.
    let mut b = Store::open(shared, 1);
    *b.storage_mut() = a.storage().clone();
    b.change(2000, |s| s.add(Item::new(ItemKind::Resource, "from-b")));
    *a.storage_mut() = b.storage().clone();
    a.refresh(3000);
    assert_eq!(ids(&a.saved), ["from-a", "from-b"]);
}

#[test]
fn merge_import_share_and_edit() {
    let mut mine = Saved::default();
    mine.add(Item::new(ItemKind::Resource, "a"));
    mine.add(Item::new(ItemKind::Article, "x"));
    let theirs =
        import(r#"{"v":1,"items":[{"kind":"resource","id":"a"},{"kind":"resource","id":"b"},{"kind":"planet","id":"c"}]}"#).unwrap().saved;
    assert_eq!(mine.merge(&theirs, |_, _| true), MergeSummary { added: 1, already_saved: 1, rejected: 1, ..Default::default() });
    assert_eq!(ids(&mine), ["a", "x", "b"]);
    assert_eq!(import("hello"), Err(ImportError::NotAList));
    let fragment = share_fragment(&mine);
    assert_eq!(fragment, "saved=r:a,a:x,r:b");
    assert_eq!(parse_share(&format!("#{fragment}&x=1"), |_, _| true), (mine.items.clone(), 0));
    assert_eq!(parse_share("#saved=r:ok,r:<script>,z:q,r:", |_, _| true), (vec![Item::new(ItemKind::Resource, "ok")], 3));
    mine.shift(ItemKind::Resource, "b", -1);
    assert_eq!(ids(&mine), ["a", "b", "x"]);
    let (at, item) = mine.remove(ItemKind::Resource, "a").unwrap();
    mine.restore(at, item);
    assert_eq!(ids(&mine), ["a", "b", "x"]);
    mine.set_note(ItemKind::Resource, "a", "call after 6pm");
    assert!(encode(&mine).contains(r#""note":"call after 6pm""#));
}

#[test]
fn clear_all_removes_only_kindred_keys() {
    let mut store = store_with(Some(r#"{"v":1,"items":[]}"#));
    store.storage_mut().map.insert("someone-else".into(), "keep".into());
    store.storage_mut().map.insert("kindred.saved.kept-1".into(), "x".into());
    store.clear_all();
    assert_eq!(store.storage().map.keys().collect::<Vec<_>>(), ["someone-else"]);
}

impl Decoded<Saved> {
    fn saved_or_default(self) -> Saved {
        match self {
            Decoded::Current { saved, .. } | Decoded::Newer { saved, .. } => saved,
            _ => Saved::default(),
        }
    }
}

proptest! {
    /// Whatever is stored, reading and re-writing never loses an item, readable or not, or an
    /// unknown field.
    #[test]
    fn decode_encode_never_drops_data(
        ids in proptest::collection::vec("[a-z0-9-]{1,12}", 0..8),
        junk in proptest::collection::vec("[ -~]{0,10}", 0..3),
        note in ".{0,20}",
    ) {
        let mut items: Vec<String> = ids.iter().map(|id| format!(r#"{{"kind":"resource","id":"{id}","note":{}}}"#, serde_json::to_string(&note).unwrap())).collect();
        items.extend(junk.iter().map(|j| serde_json::to_string(j).unwrap()));
        let raw = format!(r#"{{"v":1,"items":[{}],"extra":"kept"}}"#, items.join(","));
        let Decoded::Current { saved, .. } = decode(Some(&raw)) else { panic!("readable") };
        let again = encode(&saved);
        let Decoded::Current { saved: back, .. } = decode(Some(&again)) else { panic!("readable") };
        prop_assert_eq!(&back, &saved);
        prop_assert!(again.contains(r#""extra":"kept""#));
        let mut unique = ids.clone();
        unique.dedup();
        for id in &ids {
            prop_assert!(saved.contains(ItemKind::Resource, id));
        }
        prop_assert_eq!(saved.unreadable.len(), junk.len());
    }

    #[test]
    fn decode_never_panics(s in ".{0,80}") {
        let _ = decode(Some(&s));
        let _ = parse_share(&s, |_, _| true);
    }
}

#[test]
fn a_list_another_tab_removed_is_blanked_here_and_never_written_back() {
    let mut a = store_with(Some(r#"{"v":1,"items":[{"kind":"resource","id":"a","note":"private"}]}"#));
    assert_eq!(ids(&a.saved), ["a"]);
    // Another tab pressed "Leave and clear".
    a.storage_mut().map.clear();
    a.refresh(2000);
    assert!(a.saved.items.is_empty(), "blanked here too");
    a.change(3000, |s| s.add(Item::new(ItemKind::Resource, "new")));
    let written = &a.storage().map[KEY];
    assert!(!written.contains("private") && !written.contains("\"a\""), "nothing of the old list comes back: {written}");
    // Told directly (a broadcast), the same.
    let mut b = store_with(Some(r#"{"v":1,"items":[{"kind":"resource","id":"a"}]}"#));
    b.forget();
    assert!(b.saved.items.is_empty());
}

#[test]
fn data_another_tab_wrote_that_this_version_cant_read_is_kept_aside_before_any_write() {
    let mut a = store_with(Some(r#"{"v":1,"items":[{"kind":"resource","id":"a"}]}"#));
    let newer = r#"{"v":7,"items":[{"kind":"resource","id":"a","pinned":true},{"kind":"planet","id":"b"}],"sync":1}"#;
    a.storage_mut().map.insert(KEY.into(), newer.into());
    a.change(5000, |s| s.add(Item::new(ItemKind::Resource, "c")));
    assert_eq!(a.storage().map.get("kindred.saved.kept-5000").map(String::as_str), Some(newer), "copied aside, byte for byte");
    assert!(matches!(a.kept, Some(KeptAside { newer: true, .. })));
    let corrupt = "{\"v\":1,\"items\":[";
    a.storage_mut().map.insert(KEY.into(), corrupt.into());
    a.refresh(6000);
    assert_eq!(a.storage().map.get("kindred.saved.kept-6000").map(String::as_str), Some(corrupt));
    // If the copy can't be made, the other tab's data is never overwritten.
    let mut b = store_with(Some(r#"{"v":1,"items":[]}"#));
    b.storage_mut().map.insert(KEY.into(), corrupt.into());
    b.storage_mut().fail_set = Some(StoreError::Full);
    b.change(7000, |s| s.add(Item::new(ItemKind::Resource, "x")));
    b.storage_mut().fail_set = None;
    b.change(8000, |s| s.add(Item::new(ItemKind::Resource, "y")));
    assert_eq!(b.storage().map[KEY], corrupt);
    assert!(!b.is_persisting());
}

#[test]
fn a_save_after_data_was_kept_aside_says_whether_it_is_kept() {
    let mut store = store_with(Some("not json"));
    assert!(store.kept.is_some() && store.is_persisting());
    store.storage_mut().fail_set = Some(StoreError::Full);
    store.change(2000, |s| s.add(Item::new(ItemKind::Resource, "a")));
    assert!(!store.is_persisting(), "the save lasts this visit only, and the store says so");
    assert_eq!(store.health, Health::MemoryOnly(StoreError::Full));
    assert!(store.kept.is_some(), "the kept copy is still offered");
}

#[test]
fn imports_are_bounded_linear_and_take_only_what_kindred_has() {
    let big = format!(
        r#"{{"v":1,"items":[{}]}}"#,
        (0..60_000).map(|i| format!(r#"{{"kind":"resource","id":"r-{i}"}}"#)).collect::<Vec<_>>().join(",")
    );
    assert_eq!(import(&big), Err(ImportError::TooLarge), "over 1 MB is refused unread");
    let many = format!(
        r#"{{"v":1,"items":[{}]}}"#,
        (0..20_000).map(|i| format!(r#"{{"kind":"resource","id":"r{i}"}}"#)).collect::<Vec<_>>().join(",")
    );
    assert!(many.len() < MAX_IMPORT_BYTES);
    let theirs = import(&many).unwrap().saved;
    let started = std::time::Instant::now();
    let mut mine = Saved::default();
    mine.add(Item::new(ItemKind::Resource, "r1"));
    let summary = mine.merge(&theirs, |kind, id| kind == ItemKind::Resource && id != "r5");
    assert!(started.elapsed() < std::time::Duration::from_millis(500), "linear: {:?}", started.elapsed());
    assert_eq!(mine.items.len(), MAX_ITEMS);
    assert_eq!(
        summary,
        MergeSummary { added: MAX_ITEMS - 1, already_saved: 1, rejected: 0, over_limit: 20_000 - MAX_ITEMS - 1, unknown: 1 }
    );
    // Made-up ids in a share link are not offered.
    let (items, skipped) = parse_share("saved=r:real,r:555-0100-call-now,a:real-article", |kind, id| {
        id.starts_with("real") && (kind == ItemKind::Article) == id.ends_with("article")
    });
    assert_eq!(items.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(), ["real", "real-article"]);
    assert_eq!(skipped, 1);
}
