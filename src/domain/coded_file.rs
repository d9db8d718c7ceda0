//! A file locked with a code the app makes (issue 13, until the backup of issue 16 takes
//! over): the professional's export of a whole case. The code is not the short device
//! secret: it is 28 random symbols (140 bits), so no one can guess it and no slow key
//! stretching is needed.
//!
//! ```text
//! magic "VLK" | format u8 | kind u8 | salt 16 | nonce 12 | ciphertext (AES-256-GCM)
//! ```
//!
//! The key is HKDF-SHA-256 of the code's canonical symbols with the salt; the header (every
//! byte before the ciphertext) is the associated data, so a changed header does not open.
//! The contents are compressed before they are encrypted. The code is written in Crockford's
//! base 32 (digits and letters without I, L, O and U) in groups of four; reading it back
//! ignores case, spaces and dashes, and takes O for 0 and I or L for 1, the letters people
//! confuse.

/// The first bytes of every coded file.
pub const MAGIC: [u8; 3] = *b"VLK";
/// The format this code writes and reads.
pub const FORMAT_VERSION: u8 = 1;
pub const SALT_BYTES: usize = 16;
pub const NONCE_BYTES: usize = 12;
/// Every byte before the ciphertext.
pub const HEADER_BYTES: usize = 3 + 1 + 1 + SALT_BYTES + NONCE_BYTES;
/// The symbols of a code.
pub const CODE_SYMBOLS: usize = 28;
/// Random bytes for one code (5 bits per symbol; the last four bits are not used).
pub const CODE_RANDOM_BYTES: usize = (CODE_SYMBOLS * 5).div_ceil(8);
/// The info string of the key derivation, so the key is never one for another purpose.
pub const HKDF_INFO: &[u8] = b"veilig coded file 1";

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// What a coded file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One family's case (the export).
    Case,
    /// Everything on a professional's device (issue 16), locked with its recovery code.
    Backup,
}

impl Kind {
    fn byte(self) -> u8 {
        match self {
            Kind::Case => 1,
            Kind::Backup => 2,
        }
    }

    fn from_byte(byte: u8) -> Option<Kind> {
        match byte {
            1 => Some(Kind::Case),
            2 => Some(Kind::Backup),
            _ => None,
        }
    }
}

/// The header of a coded file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub kind: Kind,
    pub salt: [u8; SALT_BYTES],
    pub nonce: [u8; NONCE_BYTES],
}

/// Why a file is not a coded file this release can open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileProblem {
    /// Not a coded file at all (an old plain export is one of these).
    NotCoded,
    /// Made by a newer release.
    NewerFormat,
    /// A coded file, cut short or of a kind this release does not know.
    Damaged,
}

impl Header {
    /// The header's bytes: also the encryption's associated data.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER_BYTES);
        out.extend_from_slice(&MAGIC);
        out.push(FORMAT_VERSION);
        out.push(self.kind.byte());
        out.extend_from_slice(&self.salt);
        out.extend_from_slice(&self.nonce);
        out
    }
}

/// Whether `bytes` start like a coded file (then a code is needed to read it).
pub fn is_coded(bytes: &[u8]) -> bool {
    bytes.starts_with(&MAGIC)
}

/// Split a coded file into its header and ciphertext, checking only its shape.
pub fn parse(bytes: &[u8]) -> Result<(Header, &[u8]), FileProblem> {
    if !is_coded(bytes) {
        return Err(FileProblem::NotCoded);
    }
    // An AES-GCM ciphertext has at least its 16-byte tag.
    if bytes.len() < HEADER_BYTES + 16 {
        return Err(FileProblem::Damaged);
    }
    if bytes[3] > FORMAT_VERSION {
        return Err(FileProblem::NewerFormat);
    }
    if bytes[3] == 0 {
        return Err(FileProblem::Damaged);
    }
    let kind = Kind::from_byte(bytes[4]).ok_or(FileProblem::Damaged)?;
    let mut salt = [0u8; SALT_BYTES];
    salt.copy_from_slice(&bytes[5..5 + SALT_BYTES]);
    let mut nonce = [0u8; NONCE_BYTES];
    nonce.copy_from_slice(&bytes[5 + SALT_BYTES..HEADER_BYTES]);
    Ok((Header { kind, salt, nonce }, &bytes[HEADER_BYTES..]))
}

/// A code made from [`CODE_RANDOM_BYTES`] random bytes: its canonical symbols.
pub fn make_code(random: &[u8; CODE_RANDOM_BYTES]) -> String {
    symbols(random, CODE_SYMBOLS)
}

/// The first `n` symbols (five bits each) that `bytes` spell, in the codes' alphabet.
pub fn symbols(bytes: &[u8], n: usize) -> String {
    let mut bits: u64 = 0;
    let mut held = 0;
    let mut out = String::with_capacity(n);
    for byte in bytes {
        bits = (bits << 8) | u64::from(*byte);
        held += 8;
        while held >= 5 && out.len() < n {
            held -= 5;
            out.push(ALPHABET[((bits >> held) & 31) as usize] as char);
        }
    }
    out
}

/// What was typed, as a code's symbols: case, spaces and dashes ignored, O read as 0 and I
/// or L as 1 (other characters kept, so they never match).
pub fn canonical(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect()
}

/// The code as shown: groups of four, "7KQ2 XM9D …".
pub fn grouped(code: &str) -> String {
    code.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Why a typed code cannot be a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeProblem {
    Empty,
    /// Fewer symbols than a code has.
    TooShort,
    TooLong,
    /// A character that is in no code (such as U, or a punctuation mark).
    NotInCode(char),
}

/// The canonical symbols of a typed code: case, spaces and dashes ignored, O read as 0 and
/// I or L as 1.
pub fn read_code(typed: &str) -> Result<String, CodeProblem> {
    let mut out = String::with_capacity(CODE_SYMBOLS);
    for c in typed.chars() {
        if c.is_whitespace() || c == '-' {
            continue;
        }
        let c = match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        };
        if !c.is_ascii() || !ALPHABET.contains(&(c as u8)) {
            return Err(CodeProblem::NotInCode(c));
        }
        out.push(c);
    }
    match out.len() {
        0 => Err(CodeProblem::Empty),
        n if n < CODE_SYMBOLS => Err(CodeProblem::TooShort),
        n if n > CODE_SYMBOLS => Err(CodeProblem::TooLong),
        _ => Ok(out),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header() -> Header {
        Header {
            kind: Kind::Case,
            salt: [7; SALT_BYTES],
            nonce: [9; NONCE_BYTES],
        }
    }

    #[test]
    fn a_code_has_140_random_bits_in_seven_groups() {
        let code = make_code(&[0xff; CODE_RANDOM_BYTES]);
        assert_eq!(code, "Z".repeat(CODE_SYMBOLS));
        let code = make_code(&[0; CODE_RANDOM_BYTES]);
        assert_eq!(code, "0".repeat(CODE_SYMBOLS));
        const { assert!(CODE_SYMBOLS * 5 >= 128) };
        let random: [u8; CODE_RANDOM_BYTES] = core::array::from_fn(|i| (i * 37 + 11) as u8);
        let code = make_code(&random);
        assert_eq!(code.len(), CODE_SYMBOLS);
        let shown = grouped(&code);
        assert_eq!(shown.split(' ').count(), 7);
        assert!(shown.split(' ').all(|g| g.len() == 4));
        // Every symbol of a code reads back as itself.
        assert_eq!(read_code(&shown), Ok(code));
    }

    #[test]
    fn every_used_bit_changes_the_code() {
        let base = [0u8; CODE_RANDOM_BYTES];
        for n in 0..CODE_SYMBOLS * 5 {
            let mut changed = base;
            changed[n / 8] ^= 0x80 >> (n % 8);
            assert_ne!(make_code(&changed), make_code(&base), "bit {n}");
        }
    }

    #[test]
    fn typed_codes_forgive_what_people_confuse() {
        let code = make_code(&[0x5a; CODE_RANDOM_BYTES]);
        let typed = grouped(&code).to_lowercase().replace(' ', "-");
        assert_eq!(read_code(&typed), Ok(code));
        assert_eq!(
            read_code(&format!("O{}", "1".repeat(CODE_SYMBOLS - 1))).map(|c| c.starts_with('0')),
            Ok(true)
        );
        assert_eq!(
            read_code(&format!("il{}", "0".repeat(CODE_SYMBOLS - 2))),
            Ok(format!("11{}", "0".repeat(CODE_SYMBOLS - 2)))
        );
        assert_eq!(read_code("  "), Err(CodeProblem::Empty));
        assert_eq!(read_code("ABCD EFGH"), Err(CodeProblem::TooShort));
        assert_eq!(read_code(&"A".repeat(29)), Err(CodeProblem::TooLong));
        assert_eq!(read_code("ABCU"), Err(CodeProblem::NotInCode('U')));
        assert_eq!(read_code("AB!C"), Err(CodeProblem::NotInCode('!')));
        assert_eq!(read_code("ABé"), Err(CodeProblem::NotInCode('é')));
    }

    #[test]
    fn header_round_trips() {
        let mut bytes = header().to_bytes();
        assert_eq!(bytes.len(), HEADER_BYTES);
        bytes.extend_from_slice(&[1; 20]);
        let (parsed, ciphertext) = parse(&bytes).unwrap();
        assert_eq!(parsed, header());
        assert_eq!(ciphertext, &[1; 20]);
    }

    #[test]
    fn files_that_are_not_coded_or_are_damaged_are_told_apart() {
        assert_eq!(parse(b"{\"app\":\"veilig\"}"), Err(FileProblem::NotCoded));
        assert_eq!(parse(b""), Err(FileProblem::NotCoded));
        let mut bytes = header().to_bytes();
        bytes.extend_from_slice(&[1; 16]);
        // Cut short: no room for the tag.
        assert_eq!(parse(&bytes[..bytes.len() - 1]), Err(FileProblem::Damaged));
        let mut newer = bytes.clone();
        newer[3] = FORMAT_VERSION + 1;
        assert_eq!(parse(&newer), Err(FileProblem::NewerFormat));
        let mut zero = bytes.clone();
        zero[3] = 0;
        assert_eq!(parse(&zero), Err(FileProblem::Damaged));
        let mut unknown = bytes.clone();
        unknown[4] = 99;
        assert_eq!(parse(&unknown), Err(FileProblem::Damaged));
    }
}
