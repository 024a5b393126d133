//! The honest and the attackers' histories and their Merkle commitments
//! (moved from `bold.rs`).

use super::*;

/// Merkle root of `leaves` padded to `virtual_len` with the last leaf
/// (BoLD's history commitment; SHA-256 here, keccak in BoLD), `virtual_len`
/// a power of two ≥ `leaves.len() ≥ 1`.
pub fn merkle_root_padded(leaves: &[Hash], virtual_len: u64) -> Hash {
    assert!(!leaves.is_empty() && virtual_len.is_power_of_two() && virtual_len >= leaves.len() as u64);
    let last = *leaves.last().expect("non-empty");
    let mut layer: Vec<Hash> = (0..virtual_len).map(|i| *leaves.get(i as usize).unwrap_or(&last)).collect();
    while layer.len() > 1 {
        layer = layer
            .chunks(2)
            .map(|p| {
                let mut h = Sha256::new();
                h.update(p[0]);
                h.update(p[1]);
                h.finalize().into()
            })
            .collect();
    }
    layer[0]
}

pub(super) fn tag_hash(parts: &[&[u8]]) -> Hash {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u32).to_be_bytes());
        h.update(p);
    }
    h.finalize().into()
}

/// The leaf `j` of a party's history at a level under `origin`; a
/// malicious party differs from leaf `diverge` on.
pub(super) fn leaf(side: Side, diverge: u64, level: u8, origin: u32, j: u64) -> Hash {
    let who = match side {
        Side::Malicious(i) if j >= diverge => i + 1,
        _ => 0,
    };
    tag_hash(&[b"leaf", &who.to_be_bytes(), &[level], &origin.to_be_bytes(), &j.to_be_bytes()])
}

/// A party's history at one level under one origin.
pub(super) struct History {
    pub(super) side: Side,
    pub(super) diverge: u64,
    pub(super) level: u8,
    pub(super) origin: u32,
    pub(super) log2: u32,
}

impl History {
    /// The commitment to the prefix `[0, end]` (`end + 1` leaves), padded
    /// with its last leaf to `2^(log2 + 1)` leaves (the next power of two
    /// above the level's `2^log2 + 1` heights).
    pub(super) fn root(&self, end: u64) -> Hash {
        let size = 1u64 << self.log2;
        if size <= MATERIALISE_LEAVES {
            let leaves: Vec<Hash> =
                (0..=end).map(|j| leaf(self.side, self.diverge, self.level, self.origin, j)).collect();
            merkle_root_padded(&leaves, (size + 1).next_power_of_two())
        } else {
            // Symbolic: equal for two histories exactly when their prefixes are.
            let who = match self.side {
                Side::Malicious(i) if end >= self.diverge => i + 1,
                _ => 0,
            };
            tag_hash(&[b"prefix", &who.to_be_bytes(), &[self.level], &self.origin.to_be_bytes(), &end.to_be_bytes()])
        }
    }
}
