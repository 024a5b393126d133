//! The two contracts as text with the real values filled in: the BIP-199
//! script on the Bitcoin-like chain and an equivalent Solidity-style
//! contract on the Ethereum-like chain, the executing branch highlighted.

use crate::sim::swap::{hex, sha256, ChainId, Htlc, SwapSim, Timelock, Transition, TxKind, TxOutcome, SECRET_LEN};
use yew::prelude::*;

/// A line of contract text and whether it belongs to the redeem path, the
/// refund path, or both.
#[derive(Clone, Copy, PartialEq)]
enum Path {
    Both,
    Redeem,
    Refund,
}

fn listing(lines: &[(Path, String)], active: Option<Transition>, failing: Option<usize>, id: &str) -> Html {
    html! {
        // Focusable, so the listing scrolls from the keyboard too.
        <pre class="contract" id={id.to_string()} tabindex="0" aria-label={if id == "script-a" { crate::t!("swap-script-a-label") } else { crate::t!("swap-contract-b-label") }}><code>
            { for lines.iter().enumerate().map(|(i, (path, text))| {
                let on = matches!((path, active), (Path::Redeem, Some(Transition::Redeem)) | (Path::Refund, Some(Transition::Refund)));
                let fail = failing == Some(i);
                html! { <span class={classes!("line", on.then_some("run"), fail.then_some("fail"))}>{ text }{ "\n" }</span> }
            }) }
        </code></pre>
    }
}

/// Which check refused a transaction: read from the transaction and the
/// contract (not from the reason's words, which are in the reader's language).
#[derive(Clone, Copy, PartialEq)]
enum Refusal {
    Length,
    Hash,
    Late,
    Refund,
}

/// The check that refused the last rejected transaction on a chain, in the
/// order the script or contract runs them (`Htlc::check_redeem`).
fn last_rejection(sim: &SwapSim, chain: ChainId) -> Option<Refusal> {
    let h = sim.htlc(chain);
    let mut spent = false;
    let mut last = None;
    for b in sim.chain(chain) {
        for tx in &b.txs {
            match (&tx.outcome, &tx.kind) {
                (TxOutcome::Applied, TxKind::Redeem { .. } | TxKind::Refund) => spent = true,
                (TxOutcome::Applied, TxKind::Lock) | (TxOutcome::Rejected(_), TxKind::Lock) => {}
                (TxOutcome::Rejected(_), TxKind::Refund) => last = Some(Refusal::Refund),
                (TxOutcome::Rejected(_), TxKind::Redeem { preimage }) => {
                    let wrong_length = h.checks_length && preimage.len() != SECRET_LEN;
                    last = Some(match h.timelock {
                        // Bitcoin refuses a spent output before running the script.
                        Timelock::Height(_) if !spent && wrong_length => Refusal::Length,
                        Timelock::Height(_) => Refusal::Hash,
                        Timelock::Time(_) if wrong_length => Refusal::Length,
                        Timelock::Time(_) if sha256(preimage) != h.digest || tx.from != h.recipient => Refusal::Hash,
                        Timelock::Time(t) if b.time >= t => Refusal::Late,
                        Timelock::Time(_) => Refusal::Hash,
                    });
                }
            }
        }
    }
    last
}

fn executing(h: &Htlc) -> Option<Transition> {
    h.last_transition.filter(|t| *t != Transition::Fund)
}

/// The script's check that a party signs: its public key hashes to `pkh`
/// (`pad` aligns the comment).
fn key_check(path: Path, pkh: String, pad: &str, comment: String) -> (Path, String) {
    (path, format!("    OP_DUP OP_HASH160 <{pkh}>{pad}# {comment}"))
}

pub fn bitcoin_script(sim: &SwapSim) -> Html {
    let h = sim.htlc(ChainId::A);
    let (locktime, first) = match h.timelock {
        Timelock::Height(x) | Timelock::Time(x) => (x, x + 1),
    };
    // The script is code; its comments and placeholders are in the reader's language.
    let lines = vec![
        (Path::Both, format!("# {}", crate::t!("swap-script-heading"))),
        (Path::Both, "OP_IF".to_string()),
        (Path::Redeem, format!("    OP_SIZE 32 OP_EQUALVERIFY            # {}", crate::t!("swap-script-size"))),
        (Path::Redeem, format!("    OP_SHA256 {} OP_EQUALVERIFY", hex(&h.digest))),
        key_check(Path::Redeem, crate::t!("swap-script-bob-pkh"), "   ", crate::t!("swap-script-bob-redeems")),
        (Path::Both, "OP_ELSE".to_string()),
        (
            Path::Refund,
            format!(
                "    {locktime} OP_CHECKLOCKTIMEVERIFY OP_DROP   # {}",
                crate::t!("swap-script-refund-from", locktime = locktime.to_string(), first = first.to_string())
            ),
        ),
        key_check(Path::Refund, crate::t!("swap-script-alice-pkh"), " ", crate::t!("swap-script-alice-back")),
        (Path::Both, "OP_ENDIF".to_string()),
        (Path::Both, "OP_EQUALVERIFY OP_CHECKSIG".to_string()), // i18n-ok: Bitcoin script
    ];
    let failing = last_rejection(sim, ChainId::A).map(|r| match r {
        Refusal::Length => 2,
        Refusal::Hash | Refusal::Late => 3,
        Refusal::Refund => 6,
    });
    listing(&lines, executing(h), failing, "script-a")
}

pub fn solidity_contract(sim: &SwapSim) -> Html {
    let h = sim.htlc(ChainId::B);
    let t = match h.timelock {
        Timelock::Time(t) | Timelock::Height(t) => t,
    };
    let mut lines = vec![
        (Path::Both, format!("// {}", crate::t!("swap-sol-heading"))),
        (Path::Both, "contract HashedTimelock {".to_string()), // i18n-ok: Solidity source
        (Path::Both, format!("    bytes32 constant DIGEST = 0x{};", hex(&h.digest))),
        (
            Path::Both,
            format!(
                "    uint256 constant TIMELOCK = START + {t};   // {}",
                crate::t!("swap-sol-after-start", time = format!("{}h{:02}", t / 3600, t % 3600 / 60))
            ),
        ),
        (Path::Both, format!("    address constant SENDER = bob;       // {}", crate::t!("swap-sol-may-refund"))),
        (Path::Both, format!("    address constant RECIPIENT = alice;  // {}", crate::t!("swap-sol-may-redeem"))),
        (Path::Both, String::new()),
        (Path::Both, "    bool settled;".to_string()), // i18n-ok: Solidity source
        (Path::Both, String::new()),
        (Path::Redeem, "    function redeem(bytes calldata secret) external {".to_string()), // i18n-ok: Solidity source
        (Path::Redeem, "        require(msg.sender == RECIPIENT && !settled);".to_string()), // i18n-ok: Solidity source
    ];
    let length_line = h.checks_length.then(|| {
        // Revert strings are part of the contract's code, as deployed: not translated.
        lines.push((Path::Redeem, "        require(secret.length == 32, \"secret must be 32 bytes\");".to_string())); // i18n-ok: Solidity source
        lines.len() - 1
    });
    if !h.checks_length {
        lines.push((Path::Redeem, format!("        // {}", crate::t!("swap-sol-no-length-check"))));
    }
    lines.push((Path::Redeem, "        require(sha256(secret) == DIGEST, \"wrong secret\");".to_string())); // i18n-ok: Solidity source
    let hash_line = lines.len() - 1;
    let late = "        require(block.timestamp < TIMELOCK, \"too late: only a refund now\");"; // i18n-ok: Solidity source
    lines.push((Path::Redeem, late.to_string()));
    let late_line = lines.len() - 1;
    lines.extend([
        (Path::Redeem, "        settled = true;".to_string()), // i18n-ok: Solidity source
        (Path::Redeem, format!("        emit Redeemed(secret);               // {}", crate::t!("swap-sol-public"))),
        (Path::Redeem, "        payable(RECIPIENT).transfer(address(this).balance);".to_string()),
        (Path::Redeem, "    }".to_string()),
        (Path::Both, String::new()),
        (Path::Refund, "    function refund() external {".to_string()), // i18n-ok: Solidity source
        (Path::Refund, "        require(msg.sender == SENDER && !settled);".to_string()), // i18n-ok: Solidity source
        (Path::Refund, "        require(block.timestamp >= TIMELOCK, \"too early\");".to_string()), // i18n-ok: Solidity source
    ]);
    let early_line = lines.len() - 1;
    lines.extend([
        (Path::Refund, "        settled = true;".to_string()), // i18n-ok: Solidity source
        (Path::Refund, "        payable(SENDER).transfer(address(this).balance);".to_string()),
        (Path::Refund, "    }".to_string()),
        (Path::Both, "}".to_string()),
    ]);
    let failing = last_rejection(sim, ChainId::B).and_then(|r| match r {
        Refusal::Length => length_line,
        Refusal::Late => Some(late_line),
        Refusal::Hash => Some(hash_line),
        Refusal::Refund => Some(early_line),
    });
    listing(&lines, executing(h), failing, "contract-b")
}
