//! Component tests in headless Chromium: the real form, typed into like a person would,
//! saving to a real (randomly named) IndexedDB database.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use veilig::domain::{Author, Id, Role, SafePerson};
use veilig::service::Session;
use veilig::storage::Db;
use veilig::ui::family::contact_form::{ContactForm, ContactFormProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlButtonElement, HtmlInputElement, InputEvent, InputEventInit};
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

fn random_id() -> Id {
    let mut bytes = [0u8; 16];
    for b in bytes.iter_mut() {
        *b = (js_sys::Math::random() * 256.0) as u8;
    }
    Id::from_random_bytes(bytes)
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(20)).await;
}

fn root() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

fn type_into(root: &Element, id: &str, text: &str) {
    let input: HtmlInputElement = root
        .query_selector(&format!("#{id}"))
        .unwrap()
        .unwrap_or_else(|| panic!("no #{id}"))
        .unchecked_into();
    input.set_value(text);
    let init = InputEventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&InputEvent::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
}

fn click_button(root: &Element, text: &str) {
    let buttons = root.query_selector_all("button").unwrap();
    for i in 0..buttons.length() {
        let button: HtmlButtonElement = buttons.get(i).unwrap().unchecked_into();
        if button.text_content().unwrap_or_default().trim() == text {
            button.click();
            return;
        }
    }
    panic!("no button {text}");
}

async fn mount_form(db: Db) -> (Element, Rc<RefCell<Option<SafePerson>>>) {
    let saved = Rc::new(RefCell::new(None));
    let sink = saved.clone();
    let author = Author {
        device: random_id(),
        role: Role::YoungPerson,
    };
    let props = ContactFormProps {
        session: Session::new(db, author),
        existing: None,
        on_saved: Callback::from(move |p| *sink.borrow_mut() = Some(p)),
        on_removed: Callback::noop(),
        on_cancel: Callback::noop(),
    };
    let root = root();
    yew::Renderer::<ContactForm>::with_root_and_props(root.clone(), props).render();
    settle().await;
    (root, saved)
}

#[wasm_bindgen_test]
async fn the_form_saves_a_valid_person_to_indexeddb() {
    let name = format!("veilig-ui-test-{}", random_id());
    let db = Db::open(&name, || {}).await.unwrap();
    let (root, saved) = mount_form(db.clone()).await;

    type_into(&root, "person-name", "Oma Els");
    type_into(&root, "person-relation", "oma");
    type_into(&root, "person-phone", "06-12345678");
    settle().await;
    click_button(&root, "Persoon opslaan");
    for _ in 0..100 {
        if saved.borrow().is_some() {
            break;
        }
        settle().await;
    }
    let person = saved.borrow().clone().expect("the form reported a save");
    assert_eq!(person.name, "Oma Els");
    assert_eq!(person.phone.canonical(), "+31612345678");
    assert_eq!(db.safe_people().await.unwrap().items, vec![person]);
    root.remove();
    db.close();
    Db::delete_database(&name).await.unwrap();
}

#[wasm_bindgen_test]
async fn the_form_shows_problems_and_stores_nothing() {
    let name = format!("veilig-ui-test-{}", random_id());
    let db = Db::open(&name, || {}).await.unwrap();
    let (root, saved) = mount_form(db.clone()).await;

    type_into(&root, "person-name", "Oma Els");
    type_into(&root, "person-phone", "06-123");
    settle().await;
    click_button(&root, "Persoon opslaan");
    settle().await;
    settle().await;

    let text = root.text_content().unwrap_or_default();
    assert!(
        text.contains("Vul in wie deze persoon voor je is"),
        "{text}"
    );
    assert!(text.contains("gebruik 10 cijfers"), "{text}");
    let phone = root.query_selector("#person-phone").unwrap().unwrap();
    assert_eq!(phone.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(saved.borrow().is_none());
    assert!(db.safe_people().await.unwrap().items.is_empty());
    root.remove();
    db.close();
    Db::delete_database(&name).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_storage_failure_shows_a_message_and_keeps_what_was_typed() {
    let name = format!("veilig-ui-test-{}", random_id());
    let db = Db::open(&name, || {}).await.unwrap();
    let (root, saved) = mount_form(db.clone()).await;

    type_into(&root, "person-name", "Oma Els");
    type_into(&root, "person-relation", "oma");
    type_into(&root, "person-phone", "06-12345678");
    settle().await;
    // The connection goes away under the form (as when another tab upgrades the database).
    db.clone().close();
    click_button(&root, "Persoon opslaan");
    settle().await;
    settle().await;

    let alert = root
        .query_selector("[role=alert]")
        .unwrap()
        .expect("a message about the failed save");
    assert!(alert
        .text_content()
        .unwrap_or_default()
        .contains("Laad deze pagina opnieuw"));
    let name_field: HtmlInputElement = root
        .query_selector("#person-name")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(name_field.value(), "Oma Els");
    assert!(saved.borrow().is_none());
    // The button is usable again, so the person can retry after reloading.
    let save: HtmlButtonElement = root
        .query_selector("button[type=submit]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(!save.disabled());
    root.remove();
    Db::delete_database(&name).await.unwrap();
}
