use super::*;
use crate::bookmarks::{Item, ItemKind, Saved};
use crate::exchange::{export, import};
use crate::store::{Health, KeyValue, MemoryStorage, StoreError};
use proptest::prelude::*;

fn store_with(raw: Option<&str>) -> Store<MemoryStorage> {
    let mut s = MemoryStorage::default();
    if let Some(raw) = raw {
        s.map.insert(KEY.into(), raw.into());
    }
    Store::open(s, 1000)
}

#[test]
fn a_plan_is_written_read_and_edited_in_its_sections() {
    let mut store = store_with(None);
    store.change(2000, |p| {
        p.add(Section::WarningSigns, Entry::text("I stop answering messages"));
        p.add(Section::PeopleToAsk, Entry::person("Sam", "+44 7700 900123"));
        p.add(Section::Services, Entry::service("uk-samaritans"));
        p.add(Section::Reasons, Entry::text("My cat"));
        p.add(Section::Reasons, Entry::text("  "));
    });
    let again = store_with(store.storage().get(KEY).unwrap().as_deref());
    assert_eq!(again.saved.entries(Section::PeopleToAsk)[0].phone, "+44 7700 900123");
    assert_eq!(again.saved.entries(Section::Reasons).len(), 1, "nothing empty is kept");
    let mut p = again.saved.clone();
    p.add(Section::Reasons, Entry::text("The sea"));
    p.shift(Section::Reasons, 1, -1);
    assert_eq!(p.entries(Section::Reasons).iter().map(|e| e.text.as_str()).collect::<Vec<_>>(), ["The sea", "My cat"]);
    p.set_text(Section::Reasons, 0, &"x".repeat(1000));
    assert_eq!(p.entries(Section::Reasons)[0].text.chars().count(), MAX_TEXT);
    assert_eq!(p.remove(Section::Reasons, 1).map(|e| e.text), Some("My cat".into()));
    for _ in 0..20 {
        p.add(Section::OnMyOwn, Entry::text("walk"));
    }
    assert_eq!(p.entries(Section::OnMyOwn).len(), MAX_ENTRIES, "a section stays short");
}

#[test]
fn unknown_fields_sections_and_bad_entries_survive_a_rewrite() {
    let raw = r#"{"v":1,"sections":{"reasons":[{"text":"a","mood":"calm"},{"text":7}],"future-section":[{"text":"b"}]},"theme":"dark"}"#;
    let mut store = store_with(Some(raw));
    assert_eq!(store.saved.entries(Section::Reasons).len(), 1);
    store.change(2000, |p| {
        p.add(Section::OnMyOwn, Entry::text("music"));
    });
    let out = &store.storage().map[KEY];
    for kept in [r#""mood":"calm""#, r#""future-section":[{"text":"b"}]"#, r#""theme":"dark""#, r#""text":7"#] {
        assert!(out.contains(kept), "{kept} kept in {out}");
    }
}

#[test]
fn a_newer_or_unreadable_plan_is_kept_aside_and_storage_faults_degrade_to_memory() {
    let newer = r#"{"v":3,"sections":{"reasons":[{"text":"a"}]},"new":1}"#;
    let store = store_with(Some(newer));
    assert!(matches!(store.kept, Some(crate::store::KeptAside { newer: true, .. })));
    assert_eq!(store.kept_aside().as_deref(), Some(newer));
    assert_eq!(store.saved.entries(Section::Reasons)[0].text, "a");
    let corrupt = store_with(Some("{not json"));
    assert!(corrupt.kept.is_some());
    let mut full = store_with(None);
    full.storage_mut().fail_set = Some(StoreError::Full);
    full.change(2000, |p| {
        p.add(Section::Reasons, Entry::text("kept in memory"));
    });
    assert_eq!(full.health, Health::MemoryOnly(StoreError::Full));
    assert!(!full.is_persisting());
    assert_eq!(full.saved.entries(Section::Reasons).len(), 1);
}

#[test]
fn two_tabs_editing_different_sections_keep_both() {
    let shared = store_with(None).storage().clone();
    let mut a = Store::open(shared.clone(), 1);
    let mut b = Store::open(shared, 1);
    a.change(2, |p| {
        p.add(Section::WarningSigns, Entry::text("from a"));
    });
    *b.storage_mut() = a.storage().clone();
    b.change(3, |p| {
        p.add(Section::Reasons, Entry::text("from b"));
    });
    *a.storage_mut() = b.storage().clone();
    a.refresh(4);
    assert_eq!(a.saved.entries(Section::WarningSigns)[0].text, "from a");
    assert_eq!(a.saved.entries(Section::Reasons)[0].text, "from b");
}

#[test]
fn one_file_holds_the_list_and_the_plan_and_old_files_still_import() {
    let mut saved = Saved::default();
    saved.add(Item::new(ItemKind::Resource, "uk-samaritans"));
    let mut plan = Plan::default();
    plan.add(Section::Reasons, Entry::text("my sister"));
    assert_eq!(export(&saved, &Plan::default()), crate::bookmarks::encode(&saved), "no plan: the stored list, byte for byte");
    let file = export(&saved, &plan);
    let back = import(&file).unwrap();
    assert_eq!(back.saved.items, saved.items);
    assert_eq!(back.plan.as_ref(), Some(&plan));
    assert!(!back.saved.extra.contains_key("plan"), "the plan is not kept as an unknown field of the list");
    let old = import(r#"{"v":1,"items":[{"kind":"article","id":"x"}]}"#).unwrap();
    assert_eq!(old.plan, None);
    assert_eq!(old.saved.items.len(), 1);
    // Merging an imported plan adds only what isn't there yet.
    let mut mine = Plan::default();
    mine.add(Section::Reasons, Entry::text("my sister"));
    mine.add(Section::Reasons, Entry::text("the garden"));
    assert_eq!(mine.merge(&plan), 0);
    let mut other = Plan::default();
    other.add(Section::OnMyOwn, Entry::text("bath"));
    assert_eq!(mine.merge(&other), 1);
}

#[test]
fn a_removed_entry_comes_back_where_it_was() {
    let mut p = Plan::default();
    for t in ["a", "b", "c"] {
        p.add(Section::OnMyOwn, Entry::text(t));
    }
    let gone = p.remove(Section::OnMyOwn, 1).unwrap();
    assert!(p.restore(Section::OnMyOwn, 1, gone));
    assert_eq!(p.entries(Section::OnMyOwn).iter().map(|e| e.text.as_str()).collect::<Vec<_>>(), ["a", "b", "c"]);
    assert!(p.restore(Section::OnMyOwn, 99, Entry::text("d")), "past the end goes at the end");
    assert_eq!(p.entries(Section::OnMyOwn).last().unwrap().text, "d");
}

#[test]
fn the_text_copy_lists_every_section_with_the_crisis_line_first_in_services() {
    let mut p = Plan::default();
    p.add(Section::WarningSigns, Entry::text("  Can't sleep "));
    p.add(Section::PeopleToAsk, Entry::person("Sam", "555-0142"));
    p.add(Section::Services, Entry::service("us-warmline"));
    p.add(Section::Services, Entry::service("gone"));
    let text = p.to_text(
        "My plan",
        |s| s.slug(),
        |id| (id == "us-warmline").then(|| "A warmline: 555-0100".to_owned()),
        &["988 Lifeline: call or text 988".to_owned()],
        "Kept on this device",
    );
    assert!(text.starts_with("My plan\n=======\n"), "{text}");
    assert!(text.contains("warning-signs\n- Can't sleep\n"), "{text}");
    assert!(text.contains("people-to-ask\n- Sam: 555-0142\n"), "{text}");
    assert!(text.contains("services\n- 988 Lifeline: call or text 988\n- A warmline: 555-0100\n- gone\n"), "{text}");
    assert!(text.contains("reasons\n-\n"), "an empty section still shows, to write in by hand: {text}");
    assert!(text.ends_with("Kept on this device\n"));
}

#[test]
fn an_edit_finds_its_line_even_after_another_tab_moved_or_removed_it() {
    let mut p = Plan::default();
    for t in ["a", "b", "c"] {
        p.add(Section::Reasons, Entry::text(t));
    }
    // This tab shows "c" at 2; another tab removed "a", so "c" is at 1 now.
    p.remove(Section::Reasons, 0);
    p.edit_text(Section::Reasons, 2, "c", "c!");
    assert_eq!(p.entries(Section::Reasons).iter().map(|e| e.text.as_str()).collect::<Vec<_>>(), ["b", "c!"]);
    // The line was removed elsewhere: what was typed becomes a new line.
    p.edit_text(Section::Reasons, 0, "gone", "typed");
    assert_eq!(p.entries(Section::Reasons).last().unwrap().text, "typed");
    p.add(Section::PeopleToAsk, Entry::person("Sam", ""));
    p.edit_phone(Section::PeopleToAsk, 0, "Sam", "", "555-0142");
    assert_eq!(p.entries(Section::PeopleToAsk)[0].phone, "555-0142");
    p.edit_text(Section::PeopleToAsk, 0, "Sam", "");
    assert_eq!(p.entries(Section::PeopleToAsk)[0].text, "", "a person's name can be cleared while their number stays");
}

fn arb_entry() -> impl Strategy<Value = Entry> {
    ("[^\\x00]{1,40}", proptest::option::of("[0-9 +]{3,15}"), proptest::option::of("[a-z0-9-]{1,20}"))
        .prop_map(|(text, phone, resource)| Entry { text, phone: phone.unwrap_or_default(), resource, ..Default::default() })
}

proptest! {
    #[test]
    fn export_then_import_gives_back_any_plan(entries in proptest::collection::vec((0usize..7, arb_entry()), 0..30)) {
        let mut plan = Plan::default();
        for (s, e) in entries {
            plan.add(Section::ALL[s], e);
        }
        let back = import(&export(&Saved::default(), &plan)).unwrap();
        if plan.is_empty() {
            prop_assert_eq!(back.plan, None);
        } else {
            prop_assert_eq!(back.plan, Some(plan));
        }
    }

    #[test]
    fn decoding_anything_never_panics(s in ".{0,120}") {
        let _ = Plan::decode(Some(&s));
        let _ = import(&s);
    }
}
