//! Animated codes (issue 14): a package too large for one code travels as a loop of codes,
//! each a piece made by a rateless (fountain) code, so that the reader can start at any
//! frame, take them in any order, and a missed frame costs only time. The coding itself is
//! the `ur` crate's (Blockchain Commons' multipart fountain code: the first pieces are the
//! package's own fragments, later ones mix a few of them chosen by a seeded generator).
//!
//! A frame is `"VLF" | the piece as CBOR` (sequence, count, message length, CRC-32, data),
//! so a reader tells it from a single package (`"VLG"`) or a pairing code. What a frame
//! claims is bounded before anything is allocated: a hostile code cannot announce a
//! gigabyte or a million pieces.

use ur::fountain::{Decoder, Encoder, Part};
use wasm_bindgen::prelude::wasm_bindgen;

/// The first bytes of every frame of an animated code.
pub const FRAME_MAGIC: [u8; 3] = *b"VLF";
/// The largest package that travels as animated codes (the app's largest package).
pub const MAX_MESSAGE: usize = 64 * 1024;
/// The most bytes of the package in one frame: with the framing, a code of version 15 at
/// error correction M (412 bytes), which a phone reads quickly across a table.
pub const PIECE_BYTES: usize = 380;
/// The most pieces a package is cut into.
pub const MAX_PIECES: usize = MAX_MESSAGE.div_ceil(PIECE_BYTES / 2);
/// After this many frames in a row that belong to another package, the reader starts over
/// with the new one (the other phone started showing something else).
const SWITCH_AFTER: u32 = 6;

/// The frames of one package, without end.
#[wasm_bindgen]
pub struct Frames {
    encoder: Encoder,
    pieces: usize,
}

#[wasm_bindgen]
impl Frames {
    /// The frames of `data`; `None` when it is empty or larger than [`MAX_MESSAGE`].
    pub fn of(data: &[u8]) -> Option<Frames> {
        if data.is_empty() || data.len() > MAX_MESSAGE {
            return None;
        }
        let encoder = Encoder::new(data, PIECE_BYTES).ok()?;
        Some(Frames {
            pieces: data.len().div_ceil(PIECE_BYTES),
            encoder,
        })
    }

    /// How many pieces the package is cut into (at least this many frames are needed).
    pub fn pieces(&self) -> usize {
        self.pieces
    }

    /// The next frame's bytes.
    pub fn next_frame(&mut self) -> Vec<u8> {
        let part = self.encoder.next_part();
        let mut out = FRAME_MAGIC.to_vec();
        // Writing to a vector cannot fail.
        let _ = minicbor::encode(&part, &mut out);
        out
    }

    /// The next frame as a code: the same layout as [`crate::encode`].
    pub fn next_code(&mut self) -> Vec<u8> {
        crate::encode(&self.next_frame())
    }
}

/// What a frame did to the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Took {
    /// Not a frame of an animated code (then it may be a code of its own).
    NotAFrame = 0,
    /// A frame, but nothing new (seen before, or of another package).
    Nothing = 1,
    /// A new piece.
    Piece = 2,
    /// The package is whole.
    Whole = 3,
}

/// Joins the frames of one package.
#[wasm_bindgen]
#[derive(Default)]
pub struct Joiner {
    decoder: Decoder,
    /// Frames of another package seen in a row.
    others: u32,
    whole: Option<Vec<u8>>,
}

/// A frame's piece, if its claims are within bounds.
fn piece(frame: &[u8]) -> Option<Part> {
    let cbor = frame.strip_prefix(&FRAME_MAGIC)?;
    if cbor.len() > PIECE_BYTES + 32 {
        return None;
    }
    let part: Part = minicbor::decode(cbor).ok()?;
    // The CBOR's numbers, read again to bound them (the crate keeps them private).
    let mut d = minicbor::Decoder::new(cbor);
    d.array().ok()?;
    let sequence = d.u32().ok()? as usize;
    let count = d.u32().ok()? as usize;
    let length = d.u32().ok()? as usize;
    let data = part.data().len();
    let sane = sequence >= 1
        && (1..=MAX_PIECES).contains(&count)
        && (1..=MAX_MESSAGE).contains(&length)
        && (1..=PIECE_BYTES).contains(&data)
        && count == length.div_ceil(data);
    sane.then_some(part)
}

#[wasm_bindgen]
impl Joiner {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Joiner {
        Joiner::default()
    }

    /// Take one frame's bytes.
    pub fn take(&mut self, frame: &[u8]) -> u8 {
        self.take_frame(frame) as u8
    }

    /// Read a grey camera frame and take the code in it: [`Took`] as a number. A code that
    /// is not a frame is kept as [`Joiner::single`].
    pub fn scan(&mut self, grey: &[u8], width: usize, height: usize) -> u8 {
        match crate::decode(grey, width, height) {
            Some(bytes) => {
                let took = self.take_frame(&bytes);
                if took == Took::NotAFrame {
                    self.whole = Some(bytes);
                }
                took as u8
            }
            None => Took::Nothing as u8,
        }
    }

    /// Pieces of the package known so far (received or worked out).
    pub fn known(&self) -> usize {
        self.decoder.resolved_fragment_count().unwrap_or(0)
    }

    /// How many pieces the package has (0 before the first frame).
    pub fn pieces(&self) -> usize {
        self.decoder.fragment_count()
    }

    /// The whole package (or the single code read), once there.
    pub fn single(&self) -> Option<Vec<u8>> {
        self.whole.clone()
    }
}

impl Joiner {
    /// Take one frame.
    pub fn take_frame(&mut self, frame: &[u8]) -> Took {
        if self.whole.is_some() {
            return Took::Nothing;
        }
        if !frame.starts_with(&FRAME_MAGIC) {
            return Took::NotAFrame;
        }
        let Some(part) = piece(frame) else {
            return Took::Nothing;
        };
        if self.decoder.fragment_count() > 0 && !self.decoder.validate(&part) {
            self.others += 1;
            if self.others < SWITCH_AFTER {
                return Took::Nothing;
            }
            // The other phone shows another package now: start over with it.
            self.decoder = Decoder::default();
        }
        self.others = 0;
        match self.decoder.receive(part) {
            Ok(true) if self.decoder.complete() => match self.decoder.message() {
                Ok(Some(message)) => {
                    self.whole = Some(message);
                    Took::Whole
                }
                // Pieces that do not add up (a forged stream): start over.
                _ => {
                    self.decoder = Decoder::default();
                    Took::Nothing
                }
            },
            Ok(true) => Took::Piece,
            _ => Took::Nothing,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn package(len: usize) -> Vec<u8> {
        (0..len).map(|i| (i * 31 % 251) as u8).collect()
    }

    fn join(frames: impl Iterator<Item = Vec<u8>>) -> (Option<Vec<u8>>, usize) {
        let mut joiner = Joiner::new();
        let mut used = 0;
        for frame in frames {
            used += 1;
            if joiner.take_frame(&frame) == Took::Whole {
                break;
            }
            assert!(used < 1000, "never whole");
        }
        (joiner.single(), used)
    }

    #[test]
    fn a_package_comes_through_in_as_many_frames_as_it_has_pieces() {
        for len in [1usize, 380, 381, 1152, 5000, MAX_MESSAGE] {
            let data = package(len);
            let mut frames = Frames::of(&data).unwrap();
            let pieces = frames.pieces();
            assert_eq!(pieces, len.div_ceil(PIECE_BYTES));
            let (got, used) = join(std::iter::from_fn(|| Some(frames.next_frame())));
            assert_eq!(got, Some(data), "{len} bytes");
            assert_eq!(used, pieces);
        }
    }

    #[test]
    fn every_frame_fits_a_code_of_moderate_density() {
        let data = package(5000);
        let mut frames = Frames::of(&data).unwrap();
        for _ in 0..40 {
            let frame = frames.next_frame();
            assert!(frame.len() <= 412, "{} bytes", frame.len());
            let code = crate::encode(&frame);
            // Version 15 is 77 modules a side.
            assert!(code[0] <= 77, "version of {} modules", code[0]);
        }
    }

    #[test]
    fn any_start_any_order_and_one_frame_in_five_missed() {
        let data = package(1152);
        let mut frames = Frames::of(&data).unwrap();
        // Start late, skip every fifth frame.
        let stream: Vec<Vec<u8>> = (0..60).map(|_| frames.next_frame()).collect();
        let late = stream
            .iter()
            .skip(3)
            .enumerate()
            .filter(|(i, _)| i % 5 != 4);
        let (got, used) = join(late.map(|(_, f)| f.clone()));
        assert_eq!(got, Some(data.clone()));
        assert!(used <= 12, "{used} frames");
        // Backwards.
        let (got, _) = join(stream[..20].iter().rev().cloned());
        assert_eq!(got, Some(data));
    }

    #[test]
    fn frames_that_claim_too_much_or_do_not_add_up_are_ignored() {
        let data = package(1152);
        let mut frames = Frames::of(&data).unwrap();
        let good = frames.next_frame();
        let mut joiner = Joiner::new();
        // Not a frame at all: a single code.
        assert_eq!(joiner.take_frame(b"VLG..."), Took::NotAFrame);
        // A frame announcing a huge package or a million pieces.
        for (count, length) in [
            (1u32, 100_000_000u32),
            (1_000_000, 1_000_000),
            (0, 10),
            (4, 1152 * 9),
        ] {
            let mut forged = FRAME_MAGIC.to_vec();
            let mut e = minicbor::Encoder::new(&mut forged);
            e.array(5)
                .unwrap()
                .u32(1)
                .unwrap()
                .u32(count)
                .unwrap()
                .u32(length)
                .unwrap()
                .u32(7)
                .unwrap()
                .bytes(&[1u8; 288])
                .unwrap();
            assert_eq!(
                joiner.take_frame(&forged),
                Took::Nothing,
                "{count} {length}"
            );
        }
        // Damaged CBOR, an oversized frame.
        assert_eq!(joiner.take_frame(&good[..good.len() / 2]), Took::Nothing);
        assert_eq!(
            joiner.take_frame(&[&good[..], &[0u8; 600]].concat()),
            Took::Nothing
        );
        assert_eq!(joiner.pieces(), 0);
        assert_eq!(joiner.take_frame(&good), Took::Piece);
        assert_eq!(joiner.known(), 1);
        // The same frame again adds nothing.
        assert_eq!(joiner.take_frame(&good), Took::Nothing);
    }

    #[test]
    fn a_new_package_on_the_other_screen_takes_over_after_a_few_frames() {
        let (first, second) = (package(1152), package(900));
        let mut a = Frames::of(&first).unwrap();
        let mut b = Frames::of(&second).unwrap();
        let mut joiner = Joiner::new();
        assert_eq!(joiner.take_frame(&a.next_frame()), Took::Piece);
        let mut took = Vec::new();
        for _ in 0..20 {
            took.push(joiner.take_frame(&b.next_frame()));
            if took.last() == Some(&Took::Whole) {
                break;
            }
        }
        assert_eq!(took.last(), Some(&Took::Whole));
        assert_eq!(joiner.single(), Some(second));
    }

    #[test]
    fn nothing_to_animate() {
        assert!(Frames::of(&[]).is_none());
        assert!(Frames::of(&package(MAX_MESSAGE + 1)).is_none());
    }
}
