//! Veilig's QR codes, as a wasm module of their own: the family's first load does not carry
//! them, and the service worker fetches them in the background after the first visit so they
//! work offline (see `scripts/post-build.mjs` and `static/sw.js`).
//!
//! - [`encode`] makes a code for bytes (byte mode, error correction M or better) and returns
//!   its modules; the app draws them as SVG.
//! - [`decode`] looks for codes in a grey camera frame and returns the bytes of the first one
//!   that reads.
//! - [`fountain`]: a package too large for one code as an endless loop of codes, and the
//!   reader that joins them (and reads single codes too).

pub mod fountain;

use wasm_bindgen::prelude::wasm_bindgen;

/// The largest payload [`encode`] takes: what one code holds at error correction M.
pub const MAX_BYTES: usize = 2331;

/// A code for `data`: `[size, then size × size modules, 1 = dark, row by row]`, or empty
/// when `data` does not fit one code.
#[wasm_bindgen]
pub fn encode(data: &[u8]) -> Vec<u8> {
    use qrcodegen::{QrCode, QrCodeEcc};
    let Ok(code) = QrCode::encode_binary(data, QrCodeEcc::Medium) else {
        return Vec::new();
    };
    let size = code.size();
    let mut out = Vec::with_capacity(1 + (size * size) as usize);
    out.push(size as u8);
    for y in 0..size {
        for x in 0..size {
            out.push(u8::from(code.get_module(x, y)));
        }
    }
    out
}

/// The bytes of the first code that reads in a `width` × `height` grey frame (one byte per
/// pixel, row by row), or `None`.
#[wasm_bindgen]
pub fn decode(grey: &[u8], width: usize, height: usize) -> Option<Vec<u8>> {
    if width == 0 || height == 0 || grey.len() < width * height {
        return None;
    }
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| grey[y * width + x]);
    image.detect_grids().into_iter().find_map(|grid| {
        let mut out = Vec::new();
        grid.decode_to(&mut out).ok().map(|_| out)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Draw a code as a grey frame: `scale` pixels a module, a quiet zone of 4 modules.
    fn frame(code: &[u8], scale: usize) -> (Vec<u8>, usize) {
        let size = code[0] as usize;
        let side = (size + 8) * scale;
        let mut grey = vec![255u8; side * side];
        for y in 0..size {
            for x in 0..size {
                if code[1 + y * size + x] == 1 {
                    for dy in 0..scale {
                        for dx in 0..scale {
                            grey[((y + 4) * scale + dy) * side + (x + 4) * scale + dx] = 0;
                        }
                    }
                }
            }
        }
        (grey, side)
    }

    #[test]
    fn what_is_encoded_decodes_byte_for_byte() {
        for len in [0usize, 1, 146, 600, 1500, MAX_BYTES] {
            let data: Vec<u8> = (0..len).map(|i| (i * 37 % 256) as u8).collect();
            let code = encode(&data);
            assert!(!code.is_empty(), "{len} bytes fit one code");
            let (grey, side) = frame(&code, 3);
            assert_eq!(decode(&grey, side, side), Some(data), "{len} bytes");
        }
    }

    #[test]
    fn too_much_for_one_code_and_no_code_at_all() {
        assert!(encode(&vec![7u8; MAX_BYTES + 1]).is_empty());
        assert_eq!(decode(&vec![255u8; 100 * 100], 100, 100), None);
        assert_eq!(decode(&[0u8; 10], 100, 100), None);
        assert_eq!(decode(&[], 0, 0), None);
    }
}
