//! Where each dispute protocol splits a disputed range: the contracts'
//! own functions, transcribed.
//!
//! ## Classic Nitro (before February 2025)
//!
//! `ChallengeManager.bisectExecution` (OffchainLabs/nitro-contracts,
//! `src/challenge/ChallengeManager.sol`, removed with the BoLD upgrade)
//! requires `min(len, MAX_CHALLENGE_DEGREE) + 1` segment hashes with
//! `MAX_CHALLENGE_DEGREE = 40`. The segment a challenger then picks is
//! `ChallengeLib.extractChallengeSegment` (`src/challenge/ChallengeLib.sol`):
//!
//! ```solidity
//! uint256 oldChallengeDegree = selection.oldSegments.length - 1;
//! segmentLength = selection.oldSegmentsLength / oldChallengeDegree;
//! segmentStart = selection.oldSegmentsStart + segmentLength * selection.challengePosition;
//! if (selection.challengePosition == selection.oldSegments.length - 2) {
//!     segmentLength += selection.oldSegmentsLength % oldChallengeDegree;
//! }
//! ```
//!
//! So every part is `floor(len / degree)` long and the last part also takes
//! the remainder: the points are `start + i·floor(len/degree)` for
//! `i < degree`, then `start + len`.
//!
//! ## BoLD (Arbitrum One since February 2025)
//!
//! `EdgeChallengeManagerLib.mandatoryBisectionHeight`
//! (`src/challengeV2/libraries/EdgeChallengeManagerLib.sol`):
//!
//! ```solidity
//! if (end - start < 2) revert HeightDiffLtTwo(start, end);
//! if (end - start == 2) return start + 1;
//! uint256 diff = (end - 1) ^ start;
//! uint256 mostSignificantSharedBit = UintUtilsLib.mostSignificantBit(diff);
//! uint256 mask = type(uint256).max << mostSignificantSharedBit;
//! return ((end - 1) & mask);
//! ```
//!
//! The split point is the highest multiple of a power of two inside the
//! range, so edges stay aligned to the power-of-two Merkle tree of the
//! history. A level's histories are padded to `2^h` leaves (the last leaf
//! repeated; `bold/state-commitments/history`), so a layer-zero edge spans
//! `[0, 2^h]` and every bisection halves it: exactly `h` rounds to reach a
//! one-step edge.

/// Classic Nitro's most segments per bisection.
pub const MAX_CHALLENGE_DEGREE: u64 = 40;

/// The degree `bisectExecution` requires for a segment of `len` steps.
pub fn classic_degree(len: u64) -> u64 {
    len.min(MAX_CHALLENGE_DEGREE)
}

/// `ChallengeLib.extractChallengeSegment`: the start and length of segment
/// `position` (0-based) when a segment of `old_len` steps from `old_start`
/// is cut into `degree` parts. `degree ≥ 1`, `position < degree`.
pub fn extract_challenge_segment(old_start: u64, old_len: u64, degree: u64, position: u64) -> (u64, u64) {
    let mut len = old_len / degree;
    let start = old_start + len * position;
    if position == degree - 1 {
        len += old_len % degree;
    }
    (start, len)
}

/// The `degree + 1` points a classic bisection posts for the segment
/// `[start, start + len]` (both ends included), `degree = min(len, 40)`.
pub fn classic_points(start: u64, len: u64) -> Vec<u64> {
    let degree = classic_degree(len).max(1);
    let part = len / degree;
    (0..degree).map(|i| start + i * part).chain(std::iter::once(start + len)).collect()
}

/// `EdgeChallengeManagerLib.mandatoryBisectionHeight`; `None` where the
/// contract reverts (`end - start < 2`).
pub fn mandatory_bisection_height(start: u64, end: u64) -> Option<u64> {
    if end < start + 2 {
        return None;
    }
    if end - start == 2 {
        return Some(start + 1);
    }
    let diff = (end - 1) ^ start;
    let msb = 63 - diff.leading_zeros();
    let mask = u64::MAX << msb;
    Some((end - 1) & mask)
}

/// Rounds a BoLD level of `2^h` leaves takes: `h` (for `n` steps padded to
/// the next power of two, `ceil(log2 n)`).
pub fn bold_rounds(n: u64) -> u32 {
    n.max(1).next_power_of_two().trailing_zeros()
}
