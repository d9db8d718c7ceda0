//! QR codes: the QR module (`crates/qr`, a wasm of its own that only the screens that show
//! or scan a code load), and reading a camera frame with it.
//!
//! `scripts/post-build.mjs` names the module's files in `<meta name="veilig-qr">`; the
//! service worker fetches them in the background after the first visit, so they work
//! offline without growing the family's first load.

use js_sys::{Promise, Uint8Array};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

// A module script of the build (wasm-bindgen writes it to `snippets/`): the CSP allows no
// other way to import a module at run time.
#[wasm_bindgen(inline_js = r#"
let loading = null;
export function qr_module() {
  if (!loading) {
    const meta = document.querySelector('meta[name="veilig-qr"]');
    if (!meta) return Promise.reject(new Error("no QR module in this build"));
    const [js, wasm] = meta.content.split(" ");
    loading = import(js).then(async (m) => {
      await m.default({ module_or_path: wasm });
      return m;
    });
    loading.catch(() => { loading = null; });
  }
  return loading;
}
export function qr_encode(m, data) { return m.encode(data); }
export function qr_decode(m, grey, width, height) { return m.decode(grey, width, height); }
"#)]
extern "C" {
    fn qr_module() -> Promise;
    fn qr_encode(module: &JsValue, data: &Uint8Array) -> Uint8Array;
    fn qr_decode(module: &JsValue, grey: &Uint8Array, width: u32, height: u32) -> JsValue;
}

/// The loaded QR module.
#[derive(Clone, PartialEq)]
pub struct QrModule(JsValue);

/// Load the QR module (once; later calls get the same one). `None` if it cannot load
/// (offline before the service worker kept it).
pub async fn load() -> Option<QrModule> {
    JsFuture::from(qr_module()).await.ok().map(QrModule)
}

/// A code's modules.
#[derive(Clone, Debug, PartialEq)]
pub struct Modules {
    pub size: usize,
    /// Row by row, `true` = dark.
    pub dark: Vec<bool>,
}

impl QrModule {
    /// The code for `data`, or `None` when it does not fit one code.
    pub fn encode(&self, data: &[u8]) -> Option<Modules> {
        let out = qr_encode(&self.0, &Uint8Array::from(data)).to_vec();
        let (&size, rest) = out.split_first()?;
        let size = usize::from(size);
        (rest.len() == size * size).then(|| Modules {
            size,
            dark: rest.iter().map(|m| *m == 1).collect(),
        })
    }

    /// The bytes of a code in a grey frame, if one reads.
    pub fn decode(&self, grey: &[u8], width: u32, height: u32) -> Option<Vec<u8>> {
        let out = qr_decode(&self.0, &Uint8Array::from(grey), width, height);
        (!out.is_undefined() && !out.is_null()).then(|| Uint8Array::new(&out).to_vec())
    }
}

/// RGBA pixels to grey (one byte a pixel), as the decoder wants them.
pub fn grey(rgba: &[u8]) -> Vec<u8> {
    rgba.chunks_exact(4)
        .map(|p| ((u32::from(p[0]) * 77 + u32::from(p[1]) * 150 + u32::from(p[2]) * 29) >> 8) as u8)
        .collect()
}
