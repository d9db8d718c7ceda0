//! A package leaving or reaching this phone (issue 13): shown as one QR code when it fits,
//! else as a loop of codes (issue 14), and always offered as a file (the share sheet where the browser has one, else a
//! download, under a neutral name); received by the camera or from a file, whose size is
//! checked before it is read.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::envelope::{Refusal, MAX_PACKAGE_BYTES, ONE_QR_CODE_BYTES};
use crate::i18n::{Key, T};
use crate::service::{clock, ReceiveRefusal, SendRefusal};
use crate::ui::components::notice::Notice;
use crate::ui::components::qr_code::{AnimatedCode, QrCode};
use crate::ui::components::scanner::Scanner;
use crate::ui::env::{self, FileProblem};
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_lang::use_lang;

/// What the person is told about a refused package.
pub fn refusal_text(refusal: &ReceiveRefusal) -> Key {
    match refusal {
        ReceiveRefusal::Package(r) => match r {
            Refusal::TooLarge => T::PackageTooLarge.into(),
            Refusal::Malformed | Refusal::Unreadable => T::RefusedMalformed.into(),
            Refusal::NewerFormat => T::RefusedNewer.into(),
            Refusal::NotForThisDevice => T::RefusedNotForThisPhone.into(),
            Refusal::WrongKind => T::RefusedWrongKind.into(),
            Refusal::BadSignature => T::RefusedForged.into(),
            Refusal::UnknownSender => T::RefusedUnknownSender.into(),
            Refusal::Replayed => T::RefusedOld.into(),
        },
        ReceiveRefusal::Contents => T::RefusedMalformed.into(),
        ReceiveRefusal::OtherPerson => T::RefusedOtherPerson.into(),
        ReceiveRefusal::ProfessionalDevice => T::RefusedProfessionalDevice.into(),
        ReceiveRefusal::PlainFile => T::RefusedPlainFile.into(),
        ReceiveRefusal::CheckCode => T::CheckCodeWrong.into(),
        ReceiveRefusal::Storage(e) => storage_text(e).into(),
    }
}

/// What the person is told when nothing could be sent back.
pub fn send_refusal_text(refusal: &SendRefusal) -> Key {
    match refusal {
        SendRefusal::NoProfessional => T::NoProfessionalYet.into(),
        SendRefusal::NothingToSend => T::NothingToSend.into(),
        SendRefusal::Storage(e) => storage_text(e).into(),
        _ => T::SendFailed.into(),
    }
}

/// A file name that says nothing about whose it is or what it holds.
fn neutral_name() -> String {
    let id = clock::new_id().to_string();
    format!("data-{}.bin", &id[..8])
}

/// Props of [`SaveFile`].
#[derive(Properties, PartialEq)]
pub struct SaveFileProps {
    pub bytes: Rc<Vec<u8>>,
    /// The file was shared or is in the downloads.
    #[prop_or_default]
    pub on_saved: Callback<()>,
}

/// A file to give away: "Delen" through the share sheet where the browser can share files,
/// else "Opslaan" as a download; always under a neutral name.
#[function_component]
pub fn SaveFile(props: &SaveFileProps) -> Html {
    let lang = use_lang();
    // `Some(true)`: in the downloads; `Some(false)`: neither shared nor saved.
    let saved = use_state(|| None::<bool>);
    let name = use_memo((), |_| neutral_name());
    let share = env::can_share_files();
    let onclick = {
        let bytes = props.bytes.clone();
        let saved = saved.clone();
        let name = name.clone();
        let on_saved = props.on_saved.clone();
        Callback::from(move |_| {
            let (bytes, saved, name) = (bytes.clone(), saved.clone(), name.clone());
            let on_saved = on_saved.clone();
            let on_shared = on_saved.clone();
            let download = move |saved: UseStateHandle<Option<bool>>, name: &str, bytes: &[u8]| {
                let ok = env::download_bytes(name, bytes, "application/octet-stream").is_ok();
                saved.set(Some(ok));
                if ok {
                    on_saved.emit(());
                }
            };
            if share {
                wasm_bindgen_futures::spawn_local(async move {
                    match env::share_file(&name, &bytes).await {
                        Some(true) => on_shared.emit(()),
                        Some(false) => {}
                        None => download(saved, &name, &bytes),
                    }
                });
            } else {
                download(saved, &name, &bytes);
            }
        })
    };
    html! {
        <>
            { match *saved {
                Some(false) => html! { <Notice message={lang.t(T::PackageSaveFailed)} /> },
                Some(true) => html! { <p class="hint" role="status">{ lang.t(T::PackageSaved) }</p> },
                None => html! {},
            } }
            <button type="button" class="button wide" {onclick}>
                { lang.t(if share { T::PackageShare } else { T::PackageSave }) }
            </button>
        </>
    }
}

/// Props of [`PackageOut`].
#[derive(Properties, PartialEq)]
pub struct PackageOutProps {
    pub bytes: Rc<Vec<u8>>,
}

/// A package to hand over: its code (when it fits one) and the file.
#[function_component]
pub fn PackageOut(props: &PackageOutProps) -> Html {
    let lang = use_lang();
    let fits = props.bytes.len() <= ONE_QR_CODE_BYTES;
    html! {
        <div class="package-out">
            if fits {
                <p>{ lang.t(T::PackageShowCode) }</p>
                <QrCode data={props.bytes.clone()} label={lang.t(T::PackageCodeLabel)} />
            } else {
                <p>{ lang.t(T::PackageShowCodes) }</p>
                <AnimatedCode data={props.bytes.clone()} label={lang.t(T::PackageCodesLabel)} />
            }
            <SaveFile bytes={props.bytes.clone()} />
            <p class="hint">{ lang.t(T::PackageFileHint) }</p>
        </div>
    }
}

/// Props of [`PackageIn`].
#[derive(Properties, PartialEq)]
pub struct PackageInProps {
    /// The bytes read from a code or a file.
    pub on_bytes: Callback<Vec<u8>>,
    /// Why the last one was refused (said right here).
    #[prop_or_default]
    pub refusal: Option<Key>,
    /// What the file button's hint says.
    #[prop_or(T::PackageOpenFileHint)]
    pub file_hint: T,
    /// The largest file read (a colleague's case is larger than a plan).
    #[prop_or(MAX_PACKAGE_BYTES)]
    pub limit: usize,
}

/// The camera or a file.
#[function_component]
pub fn PackageIn(props: &PackageInProps) -> Html {
    let lang = use_lang();
    let scanning = use_state(|| false);
    let problem = use_state(|| None::<Key>);
    // Pieces of an animated code in so far: stopping before it is whole says so.
    let joined = use_mut_ref(|| None::<(u32, u32)>);
    let toggle = {
        let (scanning, problem, joined) = (scanning.clone(), problem.clone(), joined.clone());
        Callback::from(move |_| {
            let partial = joined.borrow_mut().take();
            if *scanning {
                if partial.is_some_and(|(known, pieces)| known < pieces) {
                    problem.set(Some(T::PackageScanIncomplete.into()));
                }
            } else {
                problem.set(None);
            }
            scanning.set(!*scanning);
        })
    };
    let on_progress = {
        let joined = joined.clone();
        Callback::from(move |progress| *joined.borrow_mut() = Some(progress))
    };
    let on_read = {
        let (scanning, joined) = (scanning.clone(), joined.clone());
        let on_bytes = props.on_bytes.clone();
        Callback::from(move |bytes: Vec<u8>| {
            joined.borrow_mut().take();
            scanning.set(false);
            on_bytes.emit(bytes);
        })
    };
    let onchange = {
        let problem = problem.clone();
        let on_bytes = props.on_bytes.clone();
        let limit = props.limit;
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let (problem, on_bytes) = (problem.clone(), on_bytes.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let read = env::read_chosen_file_limited(&input, limit).await;
                // Let the same file be chosen again.
                input.set_value("");
                match read {
                    Ok(Some(bytes)) => {
                        problem.set(None);
                        on_bytes.emit(bytes);
                    }
                    Ok(None) => {}
                    Err(FileProblem::TooLarge) => problem.set(Some(T::PackageTooLarge.into())),
                    Err(FileProblem::Unreadable) => {
                        problem.set(Some(T::PackageFileUnreadable.into()))
                    }
                }
            });
        })
    };
    let message = (*problem).or(props.refusal);
    html! {
        <div class="package-in">
            if let Some(text) = message {
                <Notice message={lang.t(text)} />
            }
            if *scanning {
                <Scanner {on_read} {on_progress} />
            }
            <button type="button" class="button primary wide" onclick={toggle}>
                { lang.t(if *scanning { T::PackageScanStop } else { T::PackageScan }) }
            </button>
            <div class="field file-field">
                <label for="package-file" class="button wide">{ lang.t(T::PackageOpenFile) }</label>
                <input id="package-file" class="visually-hidden-file" type="file"
                    {onchange} aria-describedby="package-hint" />
                <p class="hint" id="package-hint">{ lang.t(props.file_hint) }</p>
            </div>
        </div>
    }
}
