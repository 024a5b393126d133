//! The two contracts as text with the real values filled in: the BIP-199
//! script on the Bitcoin-like chain and an equivalent Solidity-style
//! contract on the Ethereum-like chain, the executing branch highlighted.

use crate::sim::swap::{hex, ChainId, Htlc, SwapSim, Timelock, Transition, TxKind, TxOutcome};
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
        <pre class="contract" id={id.to_string()} tabindex="0" aria-label={if id == "script-a" { "Bitcoin script of Alice's contract" } else { "Solidity contract of Bob's contract" }}><code>
            { for lines.iter().enumerate().map(|(i, (path, text))| {
                let on = matches!((path, active), (Path::Redeem, Some(Transition::Redeem)) | (Path::Refund, Some(Transition::Refund)));
                let fail = failing == Some(i);
                html! { <span class={classes!("line", on.then_some("run"), fail.then_some("fail"))}>{ text }{ "\n" }</span> }
            }) }
        </code></pre>
    }
}

/// The last rejected transaction on a chain, with its reason.
fn last_rejection(sim: &SwapSim, chain: ChainId) -> Option<(TxKind, String)> {
    sim.chain(chain).iter().flat_map(|b| b.txs.iter()).rev().find_map(|tx| match &tx.outcome {
        TxOutcome::Rejected(why) => Some((tx.kind.clone(), why.to_lowercase())),
        TxOutcome::Applied => None,
    })
}

fn executing(h: &Htlc) -> Option<Transition> {
    h.last_transition.filter(|t| *t != Transition::Fund)
}

pub fn bitcoin_script(sim: &SwapSim) -> Html {
    let h = sim.htlc(ChainId::A);
    let (locktime, first) = match h.timelock {
        Timelock::Height(x) | Timelock::Time(x) => (x, x + 1),
    };
    let lines = vec![
        (Path::Both, "# Alice's contract on the Bitcoin-like chain (BIP-199, with decred's size check)".to_string()),
        (Path::Both, "OP_IF".to_string()),
        (Path::Redeem, "    OP_SIZE 32 OP_EQUALVERIFY            # the secret must be 32 bytes".to_string()),
        (Path::Redeem, format!("    OP_SHA256 {} OP_EQUALVERIFY", hex(&h.digest))),
        (Path::Redeem, "    OP_DUP OP_HASH160 <Bob's pubkey hash>   # Bob redeems with the secret".to_string()),
        (Path::Both, "OP_ELSE".to_string()),
        (Path::Refund, format!("    {locktime} OP_CHECKLOCKTIMEVERIFY OP_DROP   # only above height {locktime}: from block {first}")),
        (Path::Refund, "    OP_DUP OP_HASH160 <Alice's pubkey hash> # Alice takes it back".to_string()),
        (Path::Both, "OP_ENDIF".to_string()),
        (Path::Both, "OP_EQUALVERIFY OP_CHECKSIG".to_string()),
    ];
    let failing = last_rejection(sim, ChainId::A).and_then(|(kind, why)| match kind {
        TxKind::Redeem { .. } if why.contains("32 bytes") || why.contains("32-byte") || why.contains("length") || why.contains("size") => Some(2),
        TxKind::Redeem { .. } => Some(3),
        TxKind::Refund => Some(6),
        TxKind::Lock => None,
    });
    listing(&lines, executing(h), failing, "script-a")
}

pub fn solidity_contract(sim: &SwapSim) -> Html {
    let h = sim.htlc(ChainId::B);
    let t = match h.timelock {
        Timelock::Time(t) | Timelock::Height(t) => t,
    };
    let mut lines = vec![
        (Path::Both, "// Bob's contract on the Ethereum-like chain (Solidity-style)".to_string()),
        (Path::Both, "contract HashedTimelock {".to_string()),
        (Path::Both, format!("    bytes32 constant DIGEST = 0x{};", hex(&h.digest))),
        (Path::Both, format!("    uint256 constant TIMELOCK = START + {t};   // {}h{:02} after the start", t / 3600, t % 3600 / 60)),
        (Path::Both, "    address constant SENDER = bob;       // may refund".to_string()),
        (Path::Both, "    address constant RECIPIENT = alice;  // may redeem".to_string()),
        (Path::Both, String::new()),
        (Path::Both, "    bool settled;".to_string()),
        (Path::Both, String::new()),
        (Path::Redeem, "    function redeem(bytes calldata secret) external {".to_string()),
        (Path::Redeem, "        require(msg.sender == RECIPIENT && !settled);".to_string()),
    ];
    let length_line = h.checks_length.then(|| {
        lines.push((Path::Redeem, "        require(secret.length == 32, \"secret must be 32 bytes\");".to_string()));
        lines.len() - 1
    });
    if !h.checks_length {
        lines.push((Path::Redeem, "        // no length check: any secret with the right hash is accepted".to_string()));
    }
    lines.push((Path::Redeem, "        require(sha256(secret) == DIGEST, \"wrong secret\");".to_string()));
    let hash_line = lines.len() - 1;
    lines.push((Path::Redeem, "        require(block.timestamp < TIMELOCK, \"too late: only a refund now\");".to_string()));
    let late_line = lines.len() - 1;
    lines.extend([
        (Path::Redeem, "        settled = true;".to_string()),
        (Path::Redeem, "        emit Redeemed(secret);               // the secret is public from here".to_string()),
        (Path::Redeem, "        payable(RECIPIENT).transfer(address(this).balance);".to_string()),
        (Path::Redeem, "    }".to_string()),
        (Path::Both, String::new()),
        (Path::Refund, "    function refund() external {".to_string()),
        (Path::Refund, "        require(msg.sender == SENDER && !settled);".to_string()),
        (Path::Refund, "        require(block.timestamp >= TIMELOCK, \"too early\");".to_string()),
    ]);
    let early_line = lines.len() - 1;
    lines.extend([
        (Path::Refund, "        settled = true;".to_string()),
        (Path::Refund, "        payable(SENDER).transfer(address(this).balance);".to_string()),
        (Path::Refund, "    }".to_string()),
        (Path::Both, "}".to_string()),
    ]);
    let failing = last_rejection(sim, ChainId::B).and_then(|(kind, why)| match kind {
        TxKind::Redeem { .. } if why.contains("32 bytes") || why.contains("32-byte") || why.contains("length") || why.contains("size") => length_line,
        TxKind::Redeem { .. } if why.contains("late") || why.contains("deadline") || why.contains("timelock") || why.contains("expired") => Some(late_line),
        TxKind::Redeem { .. } => Some(hash_line),
        TxKind::Refund => Some(early_line),
        TxKind::Lock => None,
    });
    listing(&lines, executing(h), failing, "contract-b")
}
