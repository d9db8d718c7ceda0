//! The phone's own lock as a second key (WebAuthn with the PRF extension). Where the phone
//! has a platform authenticator (fingerprint, face or screen lock) that can give a secret
//! bound to it, that secret is mixed into the key together with the code: a copy of the
//! browser's data then cannot be opened by guessing the code, however short it is. The
//! secret is asked for at every unlock, kept in memory only while unlocked, never stored.
//!
//! The browser's WebAuthn objects are built through `js_sys::Reflect`: the PRF extension is
//! newer than the typed bindings.

use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::storage::crypto::random_bytes;

/// Why the phone's lock did not give its secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasskeyError {
    /// This phone or browser cannot give such a secret.
    Unsupported,
    /// The person cancelled, the phone said no, or the credential is not on this phone.
    Refused,
}

/// How long the phone's prompt may stay open.
const TIMEOUT_MS: u32 = 120_000;
/// The name the phone's list of passkeys shows: nothing that says Veilig.
const NEUTRAL_NAME: &str = "Start";

fn get(object: &JsValue, name: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn set(object: &Object, name: &str, value: impl Into<JsValue>) {
    let _ = Reflect::set(object, &JsValue::from_str(name), &value.into());
}

fn object(fields: Vec<(&str, JsValue)>) -> Object {
    let o = Object::new();
    for (name, value) in fields {
        set(&o, name, value);
    }
    o
}

fn buffer(bytes: &[u8]) -> JsValue {
    Uint8Array::from(bytes).buffer().into()
}

fn random(n: usize) -> Result<Vec<u8>, PasskeyError> {
    random_bytes(n).map_err(|_| PasskeyError::Unsupported)
}

/// Call `navigator.credentials[method](options)` and wait for it.
async fn credentials(method: &str, options: Object) -> Result<JsValue, PasskeyError> {
    let container = get(&gloo::utils::window().navigator(), "credentials");
    let call: Function = get(&container, method)
        .dyn_into()
        .map_err(|_| PasskeyError::Unsupported)?;
    let promise = call
        .call1(&container, &options)
        .map_err(|_| PasskeyError::Refused)?;
    let promise: Promise = promise.dyn_into().map_err(|_| PasskeyError::Refused)?;
    JsFuture::from(promise)
        .await
        .map_err(|_| PasskeyError::Refused)
}

/// The credential's extension results (`getClientExtensionResults()`).
fn extension_results(credential: &JsValue) -> JsValue {
    get(credential, "getClientExtensionResults")
        .dyn_into::<Function>()
        .ok()
        .and_then(|f| f.call0(credential).ok())
        .unwrap_or(JsValue::UNDEFINED)
}

/// Whether this phone has a lock of its own that WebAuthn can ask for. (Whether it can
/// also give a PRF secret shows only when a credential is made.)
pub async fn available() -> bool {
    let class = get(&js_sys::global(), "PublicKeyCredential");
    let Ok(check) =
        get(&class, "isUserVerifyingPlatformAuthenticatorAvailable").dyn_into::<Function>()
    else {
        return false;
    };
    let Some(promise) = check
        .call0(&class)
        .ok()
        .and_then(|p| p.dyn_into::<Promise>().ok())
    else {
        return false;
    };
    JsFuture::from(promise)
        .await
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Make a credential on the phone's own authenticator that can give a PRF secret, after
/// the phone's lock says yes. Returns its id.
pub async fn create() -> Result<Vec<u8>, PasskeyError> {
    let params = Array::new();
    for alg in [-7, -257] {
        params.push(&object(vec![
            ("type", "public-key".into()),
            ("alg", alg.into()),
        ]));
    }
    let public_key = object(vec![
        ("rp", object(vec![("name", NEUTRAL_NAME.into())]).into()),
        (
            "user",
            object(vec![
                ("id", buffer(&random(16)?)),
                ("name", NEUTRAL_NAME.into()),
                ("displayName", NEUTRAL_NAME.into()),
            ])
            .into(),
        ),
        ("challenge", buffer(&random(32)?)),
        ("pubKeyCredParams", params.into()),
        (
            "authenticatorSelection",
            object(vec![
                ("authenticatorAttachment", "platform".into()),
                ("userVerification", "required".into()),
                ("residentKey", "discouraged".into()),
            ])
            .into(),
        ),
        ("timeout", TIMEOUT_MS.into()),
        (
            "extensions",
            object(vec![("prf", Object::new().into())]).into(),
        ),
    ]);
    let credential = credentials("create", object(vec![("publicKey", public_key.into())])).await?;
    let prf = get(&extension_results(&credential), "prf");
    if get(&prf, "enabled").as_bool() != Some(true) {
        return Err(PasskeyError::Unsupported);
    }
    let id = get(&credential, "rawId");
    if !id.is_instance_of::<js_sys::ArrayBuffer>() {
        return Err(PasskeyError::Refused);
    }
    Ok(Uint8Array::new(&id).to_vec())
}

/// The PRF secret of credential `id` for `salt`, after the phone's lock says yes.
pub async fn secret(id: &[u8], salt: &[u8]) -> Result<Vec<u8>, PasskeyError> {
    let allow = Array::of1(&object(vec![
        ("type", "public-key".into()),
        ("id", buffer(id)),
    ]));
    let public_key = object(vec![
        ("challenge", buffer(&random(32)?)),
        ("allowCredentials", allow.into()),
        ("userVerification", "required".into()),
        ("timeout", TIMEOUT_MS.into()),
        (
            "extensions",
            object(vec![(
                "prf",
                object(vec![("eval", object(vec![("first", buffer(salt))]).into())]).into(),
            )])
            .into(),
        ),
    ]);
    let credential = credentials("get", object(vec![("publicKey", public_key.into())])).await?;
    let first = get(
        &get(&get(&extension_results(&credential), "prf"), "results"),
        "first",
    );
    if !first.is_instance_of::<js_sys::ArrayBuffer>() {
        return Err(PasskeyError::Unsupported);
    }
    let secret = Uint8Array::new(&first).to_vec();
    // The PRF gives 32 bytes; anything shorter is not one.
    if secret.len() < 32 {
        return Err(PasskeyError::Unsupported);
    }
    Ok(secret)
}
