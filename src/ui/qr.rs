//! QR codes: the QR module (`crates/qr`, a wasm of its own that only the screens that show
//! or scan a code load), reading a camera frame with it, and animated codes for a package
//! too large for one code (issue 14).
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
export function qr_frames(m, data) { return m.Frames.of(data) ?? null; }
export function qr_next_code(frames) { return frames.next_code(); }
export function qr_pieces(o) { return o.pieces(); }
export function qr_joiner(m) { return new m.Joiner(); }
export function qr_scan(joiner, grey, width, height) { return joiner.scan(grey, width, height); }
export function qr_known(joiner) { return joiner.known(); }
export function qr_single(joiner) { return joiner.single() ?? null; }
export function qr_free(o) { o.free(); }
"#)]
extern "C" {
    fn qr_module() -> Promise;
    fn qr_encode(module: &JsValue, data: &Uint8Array) -> Uint8Array;
    fn qr_frames(module: &JsValue, data: &Uint8Array) -> JsValue;
    fn qr_next_code(frames: &JsValue) -> Uint8Array;
    fn qr_pieces(frames_or_joiner: &JsValue) -> u32;
    fn qr_joiner(module: &JsValue) -> JsValue;
    fn qr_scan(joiner: &JsValue, grey: &Uint8Array, width: u32, height: u32) -> u8;
    fn qr_known(joiner: &JsValue) -> u32;
    fn qr_single(joiner: &JsValue) -> JsValue;
    fn qr_free(object: &JsValue);
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

/// The module's layout of a code (`[size, size × size modules]`), or `None` for none.
fn modules(out: Vec<u8>) -> Option<Modules> {
    let (&size, rest) = out.split_first()?;
    let size = usize::from(size);
    (rest.len() == size * size).then(|| Modules {
        size,
        dark: rest.iter().map(|m| *m == 1).collect(),
    })
}

impl QrModule {
    /// The code for `data`, or `None` when it does not fit one code.
    pub fn encode(&self, data: &[u8]) -> Option<Modules> {
        modules(qr_encode(&self.0, &Uint8Array::from(data)).to_vec())
    }

    /// The endless loop of codes for `data` (any size up to the largest package).
    pub fn animate(&self, data: &[u8]) -> Option<Animation> {
        let frames = qr_frames(&self.0, &Uint8Array::from(data));
        (!frames.is_null() && !frames.is_undefined()).then(|| Animation(frames))
    }

    /// A reader of camera frames: single codes and animated ones.
    pub fn reader(&self) -> Reader {
        Reader(qr_joiner(&self.0))
    }
}

/// The codes of one package, shown one after the other.
pub struct Animation(JsValue);

impl Animation {
    /// How many pieces the package is cut into.
    pub fn pieces(&self) -> u32 {
        qr_pieces(&self.0)
    }

    /// The next code.
    pub fn next_code(&mut self) -> Option<Modules> {
        modules(qr_next_code(&self.0).to_vec())
    }
}

impl Drop for Animation {
    fn drop(&mut self) {
        qr_free(&self.0);
    }
}

/// What one camera frame brought.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scanned {
    /// No code, or nothing new.
    Nothing,
    /// A new piece of an animated code.
    Piece,
    /// A code of its own, or the last piece of an animated one: [`Reader::result`] has it.
    Done,
}

/// Reads camera frames until a code (single, or every piece of an animated one) is whole.
pub struct Reader(JsValue);

impl Reader {
    /// Read one grey frame.
    pub fn scan(&mut self, grey: &[u8], width: u32, height: u32) -> Scanned {
        // The module's `Took`: 0 a code of its own, 2 a new piece, 3 whole.
        match qr_scan(&self.0, &Uint8Array::from(grey), width, height) {
            0 | 3 => Scanned::Done,
            2 => Scanned::Piece,
            _ => Scanned::Nothing,
        }
    }

    /// Pieces known so far, and how many there are.
    pub fn progress(&self) -> (u32, u32) {
        (qr_known(&self.0), qr_pieces(&self.0))
    }

    /// The bytes read, once [`Scanned::Done`].
    pub fn result(&self) -> Option<Vec<u8>> {
        let out = qr_single(&self.0);
        (!out.is_null() && !out.is_undefined()).then(|| Uint8Array::new(&out).to_vec())
    }
}

impl Drop for Reader {
    fn drop(&mut self) {
        qr_free(&self.0);
    }
}

/// RGBA pixels to grey (one byte a pixel), as the decoder wants them.
pub fn grey(rgba: &[u8]) -> Vec<u8> {
    rgba.chunks_exact(4)
        .map(|p| ((u32::from(p[0]) * 77 + u32::from(p[1]) * 150 + u32::from(p[2]) * 29) >> 8) as u8)
        .collect()
}
