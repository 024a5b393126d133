//! The one random number generator every simulation uses.
//!
//! `Pcg32` from `rand_pcg` is documented as value-stable and portable: the
//! same seed yields the same stream on every platform, 32-bit wasm
//! included. Its 64-bit state keeps it fast in wasm, which has no 128-bit
//! multiply. All draws in the models go through `u32`/`f64` ranges (never
//! `usize`), so results do not depend on the pointer width.

use rand::SeedableRng;
use rand_pcg::Pcg32;

/// The simulations' random number generator.
pub type SimRng = Pcg32;

/// A generator seeded from a user-visible `u64` seed.
pub fn seeded(seed: u64) -> SimRng {
    SimRng::seed_from_u64(seed)
}

/// FNV-1a, 64-bit: a cheap, stable fingerprint of a simulation state, used
/// to check that two runs (native and wasm, or two page loads) reached the
/// same state. Not a cryptographic hash and never used as one.
#[derive(Clone, Copy, Debug)]
pub struct Fingerprint(u64);

impl Default for Fingerprint {
    fn default() -> Self {
        Fingerprint(0xcbf2_9ce4_8422_2325)
    }
}

impl Fingerprint {
    pub fn add(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    pub fn add_u32(&mut self, v: u32) {
        self.add(&v.to_le_bytes());
    }
    pub fn finish(self) -> u64 {
        self.0
    }
}
