# Chain Lab: the atomic-swap page (src/ui/swap.rs, src/ui/swap/*.rs), its
# scenarios and outcomes (src/sim/swap/scenario.rs), narration and notices.

## The page
swap-title = Atomic swap
swap-subtitle = two chains, two hash time-locked contracts, one secret
swap-scenarios-label = Scenarios
swap-scenario-modified = Started from "{ $scenario }", with settings changed in the panel: the outcome is whatever the model does with them. Press the scenario's button to restore it.
swap-expected-outcome = Expected outcome:
swap-status = { $outcome } · { $blocks } blocks mined · now { $time }
swap-timeline-label = Both chains on one time axis with the swap's transactions, the timelocks and now
swap-diagram-a-title = Alice's contract on chain A: pays Bob with the secret
swap-diagram-b-title = Bob's contract on chain B: pays Alice with the secret
swap-from-height = from height { $height }
swap-from-time = from time { $time }
swap-refund-to-alice = { $from }, to Alice
swap-refund-to-bob = { $from }, to Bob
swap-redeem-before = before { $time }
swap-secret-label = Secret ({ $bytes } bytes, Alice's until she redeems):
swap-digest-label = SHA-256 digest in both contracts:
swap-secret-public = The secret is public: a redeem transaction carrying it has been broadcast.
swap-secret-private = The secret is still private.
swap-balances-label = Both parties' balances on both chains over time
swap-balance-chart = balance chart
swap-what-happened = What happened

## Scenarios and outcomes
swap-scenario-happy-path = Happy path
swap-scenario-participant-never-locks = Bob never locks
swap-scenario-initiator-never-redeems = Alice never redeems
swap-scenario-misordered-timelocks = Misordered timelocks
swap-scenario-participant-offline = Bob goes offline
swap-scenario-wrong-secret-length = 33-byte secret
swap-scenario-congestion = Congested chain A
swap-scenario-happy-path-desc = Alice locks 1 BTC on chain A for 48 h; once it is confirmed Bob locks 15 ETH on chain B for 24 h under the same digest. Alice redeems on B, which puts the secret on-chain; Bob copies it and redeems on A long before Alice's timelock.
swap-scenario-participant-never-locks-desc = Alice locks, but Bob never locks his side. Alice has revealed nothing, so she simply waits out her 48 h timelock and refunds.
swap-scenario-initiator-never-redeems-desc = Both lock, but Alice never redeems, so the secret never appears. Bob refunds after his 24 h timelock and Alice after her 48 h one.
swap-scenario-misordered-timelocks-desc = Bob's timelock (48 h) is longer than Alice's (24 h). Alice refunds her own coins as soon as her timelock opens, then redeems Bob's at 36 h: the secret reaches Bob when Alice's contract is already empty.
swap-scenario-participant-offline-desc = Bob locks, then goes offline from 2 h to 60 h. At 6 h Alice redeems his coins, publishing the secret, but Bob is not watching; at 48 h her timelock opens and she refunds her own coins too.
swap-scenario-wrong-secret-length-desc = Alice's secret is 33 bytes and Bob's contract does not check the length. Alice redeems on B, but the script on A requires OP_SIZE 32, so the secret Bob copies can never redeem; Alice refunds at 48 h. With the check on both chains, neither can redeem and both refund.
swap-scenario-congestion-desc = Bob reacts two hours after the secret appears. By then chain A's blocks are full of higher-paying transactions (from 3 h on), so his redeem at the normal fee waits in the mempool, and he never raises the fee. When Alice's timelock opens, her refund outbids it (replace-by-fee) and is mined.
swap-outcome-pending = In progress: a contract is still open
swap-outcome-nothing-locked = No swap: Bob never locked, and Alice's coins are back with her
swap-outcome-swapped = Swapped: each party redeemed the other's coins
swap-outcome-both-refunded = Both refunded: no swap, and each party has its own coins back
swap-outcome-initiator-lost = Alice lost: Bob has both sides
swap-outcome-participant-lost = Bob lost: Alice has both sides

## Narration (the live region) and URL notices
swap-narration-start = Block 0: nothing has happened yet
swap-narration-event = { $time }: { $text }
swap-narration-outcome = { $last }. Outcome: { $outcome }
swap-notice-window = { $key } = { $raw } is not a window FROM-UNTIL in seconds (FROM < UNTIL <= { $max }); using the scenario's
swap-notice-params = { $problem }; using the { $scenario } scenario's parameters

## The contracts' state machines
swap-state-not-funded = not funded
swap-state-locked = locked
swap-state-redeemed = redeemed
swap-state-refunded = refunded
swap-edge-fund = fund
swap-rule-redeem = redeem: SHA-256(secret) = digest
swap-rule-redeem-until = redeem: SHA-256(secret) = digest, { $rule }
swap-rule-refund = refund: { $rule }
swap-diagram-aria = { $title }: { $state }
swap-diagram-svg-aria = State machine of { $title }, now { $state }

## The contracts as text
swap-script-a-label = Bitcoin script of Alice's contract
swap-contract-b-label = Solidity contract of Bob's contract
swap-script-heading = Alice's contract on the Bitcoin-like chain (BIP-199, with decred's size check)
swap-script-size = the secret must be 32 bytes
swap-script-bob-pkh = Bob's pubkey hash
swap-script-bob-redeems = Bob redeems with the secret
swap-script-refund-from = only above height { $locktime }: from block { $first }
swap-script-alice-pkh = Alice's pubkey hash
swap-script-alice-back = Alice takes it back
swap-sol-heading = Bob's contract on the Ethereum-like chain (Solidity-style)
swap-sol-after-start = { $time } after the start
swap-sol-may-refund = may refund
swap-sol-may-redeem = may redeem
swap-sol-no-length-check = no length check: any secret with the right hash is accepted
swap-sol-public = the secret is public from here

## The timeline
swap-chain-a-like = Bitcoin-like
swap-chain-b-like = Ethereum-like
swap-tl-alice-offline = Alice offline
swap-tl-bob-offline = Bob offline
swap-tl-congested = congested
swap-tl-block-every = block every { $interval }
swap-tl-minutes = { $n } min
swap-tl-seconds = { $n } s
swap-tx-lock = lock
swap-tx-redeem = redeem
swap-tx-refund = refund
swap-tl-tx = { $who } { $kind }
swap-tl-waiting = { $n } waiting
swap-tl-refund-height = refund from height { $height }
swap-tl-refund-height-est = refund from height { $height } (est.)
swap-tl-refund-time = refund from { $time }
swap-tl-now = now { $time }

## The schedule editor
swap-locks = locks
swap-redeems = redeems
swap-refunds = refunds
swap-reaction-delay = Reaction delay (minutes)
swap-offline = Offline (hours, from-until)
swap-offline-placeholder = e.g. 2-50
swap-redeem-at = Redeem no earlier than (hours)
swap-redeem-at-placeholder = as soon as possible
swap-timelocks = Timelocks
swap-timelock-alice = Alice's, on chain A (hours)
swap-timelock-bob = Bob's, on chain B (hours)
swap-timelock-warning = Bob's timelock is not shorter than Alice's: Alice can redeem late and refund too, and Bob can lose.
swap-secret = Secret
swap-secret-length = Length (bytes)
swap-checks-length = Bob's contract checks the length
swap-alice-initiator = Alice (initiator)
swap-bob-participant = Bob (participant)
swap-chains = Chains
swap-a-block-time = A: block time (s)
swap-a-jitter = A: random block intervals
swap-a-mempool = A: mempool delay (s)
swap-b-block-time = B: block time (s)
swap-b-mempool = B: mempool delay (s)
swap-congestion = Congestion (hours, from-until)
swap-congestion-placeholder = none
swap-congested-chain = Congested chain
swap-chain-a-option = A (Bitcoin-like)
swap-chain-b-option = B (Ethereum-like)
swap-keeps-settings = The run keeps its last valid settings.
swap-err-reaction = reaction delay: minutes from 0 to 20160
swap-err-redeem-at = redeem no earlier than: hours
swap-err-timelock-alice = Alice's timelock: hours, above 0
swap-err-timelock-bob = Bob's timelock: hours, above 0
swap-err-secret-length = secret length: a whole number
swap-err-block-time = block time: whole seconds, above 0
swap-err-mempool = mempool delay: whole seconds
swap-err-window = a window is FROM-UNTIL in hours, e.g. 2-50
swap-err-window-order = a window is FROM-UNTIL in hours with FROM < UNTIL, e.g. 2-50

## Verify this configuration
swap-verify-label = Verify this configuration
swap-verify-button = Verify
swap-verify-checking = Checking every interleaving…
swap-verify-hint = Explores every order of both parties' actions and both chains' blocks for this configuration (with time scaled down), and reports whether the swap is atomic, or a run where it is not.
swap-verify-holds = ✓ Atomicity holds
swap-verify-fails = ✗ Counterexample found
swap-verify-stats = · { $states } states, { $transitions } transitions, { $ms } ms
swap-property-alice = Alice, following her plan, never loses: she ends with her own coins or Bob's, whatever Bob does
swap-property-bob = Bob, following his plan, never loses: he ends with his own coins or Alice's, whatever Alice does
swap-property-atomic = With both following their plans, the swap is atomic: both redeem, or neither does and nothing stays locked
swap-cx-broken = Property broken: { $property }.
swap-cx-loses = { $who } loses. Step through the run:
swap-cx-prev = ◀ Previous
swap-cx-next = Next ▶
swap-cx-position = step { $at } of { $n }
swap-cx-alice-title = Alice's contract (chain A) at this step
swap-cx-bob-title = Bob's contract (chain B) at this step
swap-cx-after-timelock = after its timelock
swap-cx-before-timelock = before its timelock
swap-cx-summary = Secret public: { $public } · Alice's net gain { $alice } · Bob's net gain { $bob }
swap-yes = yes
swap-no = no

## The custodial bridge
swap-bridge-label = Custodial bridge compared
swap-bridge-heading = The same trade through a custodial bridge
swap-bridge-held = BTC the bridge holds for all its users
swap-bridge-held-value = { $btc } BTC
swap-bridge-undo = Keys stolen: undo
swap-bridge-steal = Steal the operators' keys
swap-bridge-atomic = Atomic swap (this page)
swap-bridge-atomic-text = Alice's { $btc } BTC can move only to Bob with the secret, or back to Alice after the timelock; Bob's { $eth } ETH only to Alice with the secret, or back to Bob later. No one else holds a key to either contract.
swap-bridge-atomic-stolen = Stolen keys: the attacker can take nothing here. No operator holds a key to either contract; the swap carries on.
swap-bridge-atomic-cost = Cost: two chains' confirmation times, both parties online, and a timeout if either walks away.
swap-bridge-custodial = Custodial bridge
swap-bridge-custodial-text = Alice sends { $btc } BTC to the bridge's custody address, controlled by a few operators' keys (say 5 of 9). The bridge mints { $btc } wrapped BTC on the Ethereum-like chain, and Alice sells it to Bob there in one fast, cheap transaction.
swap-bridge-custodial-stolen = Stolen keys: the attacker withdraws all { $held } BTC the bridge holds, everyone's, not just this trade's. Every wrapped BTC on the other chain, Bob's included, is now backed by nothing.
swap-bridge-custodial-cost = Faster and more convenient, which is why most cross-chain volume uses bridges; but every user trusts the operators' keys.
swap-bridge-sources = Bridges have been robbed this way: the Ronin bridge lost about $600 million in March 2022 after attackers obtained five of its nine validator keys; Wormhole lost about $320 million in February 2022 through a bug that let an attacker bypass its signature verification: no key was stolen, but the custodied coins were taken all the same.

## The explanation
swap-explain-look = What you are looking at
swap-explain-look-intro = Alice has coins on a Bitcoin-like chain and wants Bob's coins on an Ethereum-like chain. Neither trusts the other, and no one sits in the middle. Alice picks a random 32-byte secret and puts only its SHA-256 digest into two contracts:
swap-explain-look-1 = Alice locks her coins on chain A in a contract that pays Bob if he shows the secret, or returns them to Alice after a long timelock (48 hours here, counted in chain A's block heights).
swap-explain-look-2 = Once that lock is confirmed, Bob locks his coins on chain B in a contract with the same digest that pays Alice if she shows the secret, or returns them to Bob after a shorter timelock (24 hours, by chain B's block timestamps).
swap-explain-look-3 = Alice redeems Bob's contract. To do so she must publish the secret in a transaction on chain B, where anyone, Bob included, can read it.
swap-explain-look-4 = Bob copies the secret from chain B and redeems Alice's contract on chain A, well before her longer timelock runs out.
swap-explain-look-end = If both follow the protocol, both redeem; if anyone stops before the secret is revealed, every contract that was funded times out and refunds. After Alice reveals the secret, Bob must act: the order of the timelocks gives him time to use it before Alice can take her own coins back, but only if he is online and his transaction gets mined.
swap-explain-try = What to try
swap-explain-try-1 = Run each scenario with the buttons, and step with → to see each transaction enter a block and each contract change state.
swap-explain-try-2 = Make Bob's timelock as long as Alice's, then press Verify: the checker finds a run in which Bob acts in time and still loses.
swap-explain-try-3 = Choose a 33-byte secret and untick "Bob's contract checks the length": Alice can redeem Bob's coins, but Bob's copy of the secret is refused by the script's OP_SIZE 32. Tick it again: now neither can redeem and both refund.
swap-explain-try-4 = Open "Bob goes offline": Alice holds her redeem back until Bob is away, the secret appears while he cannot see it, and her refund opens before he is back.
swap-explain-try-5 = Steal the bridge operators' keys below and compare what an attacker gets in each design.
swap-explain-differ = Where real swaps differ
swap-explain-differ-1 = Real swaps wait for several confirmations, because blocks can be reorganised; the model has no reorganisations, so one confirmation is enough here.
swap-explain-differ-2 = Bitcoin's OP_CHECKLOCKTIMEVERIFY can count heights or median-time-past; Ethereum block timestamps are chosen by proposers within bounds. The model uses exact heights on A and exact timestamps on B.
swap-explain-differ-3 = Congestion here lets only transactions paying twice the fee into blocks. Alice's refund pays it and replaces Bob's pending redeem; Bob never raises his own fee. A real Bob would bump his fee (replace-by-fee, child-pays-for-parent) and the race would be closer.
swap-explain-differ-4 = Before locking, a real participant audits the initiator's contract (decred's tools have an auditcontract command). Public keys and their hashes are placeholders here; the digest and timelocks are the run's real values.
swap-explain-sources = Sources: BIP-199 (hashed time-locked contract script); decred/atomicswap (48 h and 24 h timelocks, the 32-byte secret size check); Chain Lab reference/models.md §3.

## The event log (the model's story, src/sim/swap/{agents,mining,contract}.rs)
swap-ev-timelock-b = Bob's timelock passes ({ $time }): chain B now accepts only his refund
swap-ev-congested = Chain { $chain } is congested: its blocks fill with transactions paying more, and a swap transaction needs at least { $multiple }× the normal fee to get in
swap-ev-congestion-clears = Chain { $chain }'s congestion clears
swap-ev-offline = { $who } goes offline until { $time }: sees nothing, does nothing
swap-ev-online = { $who } is back online
swap-ev-alice-holds-back = Alice sees Bob's lock confirmed, and holds back her redeem until { $time }
swap-ev-alice-lock = Alice broadcasts her lock: { $coins } into the BIP-199 script with digest { $digest }…, refundable from height { $height }
swap-ev-alice-too-late = Alice does not redeem: it could not be mined before Bob's timelock at { $time }
swap-ev-alice-redeem = Alice broadcasts her redeem on chain B: the call carries the { $bytes }-byte secret
swap-ev-alice-refund = Alice's timelock is open: she broadcasts her refund on chain A (nLockTime { $locktime })
swap-ev-bob-lock = Bob sees Alice's contract confirmed and broadcasts his lock: { $coins } under the same digest, refundable from { $time }
swap-ev-bob-too-late = Bob no longer locks: it is too late for the swap
swap-ev-bob-redeem = Bob copies the secret from Alice's redeem on chain B and broadcasts his redeem on chain A
swap-ev-bob-too-late-secret = Bob reads the secret on chain B, but Alice's contract on chain A was already refunded: the secret is worth nothing to him now
swap-ev-bob-too-late-secret-at = Bob reads the secret on chain B, but Alice's contract on chain A was already refunded at { $time }: the secret is worth nothing to him now
swap-ev-bob-refund = Bob broadcasts his refund on chain B
swap-ev-rbf = { $text }, paying { $multiple }× the fee of { $other }'s pending spend of the same output, which it replaces in the mempool (replace-by-fee)
swap-ev-replaced = { $tx } leaves chain A's mempool, replaced by the higher-paying spend
swap-ev-outbid = { $text }, paying { $multiple }× the fee of { $other }'s pending call so that a block takes it first
swap-ev-spent-dropped = { $tx } leaves chain A's mempool: the contract's output is already spent
swap-ev-height-reached = Chain A reaches height { $height }: from the next block on, Alice's refund is valid (OP_CHECKLOCKTIMEVERIFY)
swap-ev-lock-mined = { $who }'s lock is mined in block { $block }: { $coins } sits in the contract, for { $to } with the secret or back to { $who } from { $from }
swap-ev-redeem-mined = { $who }'s redeem is mined in block { $block }: { $who } receives { $coins }
swap-ev-redeem-mined-public = { $who }'s redeem is mined in block { $block }: { $who } receives { $coins }, and the secret ({ $secret }…) is now public on chain B
swap-ev-refund-mined = { $who }'s refund is mined in block { $block }: { $coins } back with { $who }
swap-ev-invalid = { $tx } is invalid, so no block takes it: { $why }
swap-ev-reverts = { $tx } is mined in block { $block } and reverts: { $why }
swap-at-height = height { $height }
swap-at-time = time { $time }
swap-txd-alice-lock = Alice's lock
swap-txd-alice-redeem = Alice's redeem
swap-txd-alice-refund = Alice's refund
swap-txd-bob-lock = Bob's lock
swap-txd-bob-redeem = Bob's redeem
swap-txd-bob-refund = Bob's refund
swap-why-funded = the contract is already funded
swap-why-never-funded = the contract holds nothing: it was never funded
swap-why-redeemed = the contract was already redeemed: nothing is left in it
swap-why-refunded = the contract was already refunded: nothing is left in it
swap-why-size-a = the secret is { $bytes } bytes: OP_SIZE 32 OP_EQUALVERIFY fails, the script takes only 32-byte secrets
swap-why-hash-a = wrong secret: OP_SHA256 <digest> OP_EQUALVERIFY fails
swap-why-signature = signature check fails: only { $who } can redeem
swap-why-length-b = require(secret.length == 32) fails: the secret is { $bytes } bytes
swap-why-hash-b = wrong secret: sha256(secret) is not the digest
swap-why-only-redeem = only { $who } can redeem
swap-why-late = too late: block time { $time } is not before the timelock { $timelock }
swap-why-only-refund = only { $who } can refund
swap-why-not-reached = timelock not reached (height { $height } <= { $locktime }): a refund with nLockTime { $locktime } can be mined from height { $first }
swap-why-early = too early: block time { $time } is before the timelock { $timelock }

## Verify: the counterexample's steps and the abstraction (src/sim/swap/verify/report.rs)
swap-vr-start-alice = Start: Alice follows her plan; Bob may do anything he can sign
swap-vr-start-bob = Start: Bob follows his plan; Alice may do anything she can sign, and picked a { $bytes }-byte secret
swap-vr-start-bob-a-refuses = Start: Bob follows his plan; Alice may do anything she can sign, and picked a { $bytes }-byte secret, which chain B accepts but chain A's script (OP_SIZE 32) refuses
swap-vr-start-bob-b-refuses = Start: Bob follows his plan; Alice may do anything she can sign, and picked a { $bytes }-byte secret, which chain A accepts but chain B refuses
swap-vr-start-bob-both-refuse = Start: Bob follows his plan; Alice may do anything she can sign, and picked a { $bytes }-byte secret, which both chains refuse
swap-vr-start-both = Start: both follow their plans
swap-vr-alice-lock = Alice broadcasts her lock on chain { $chain }
swap-vr-alice-redeem = Alice broadcasts her redeem on chain { $chain }, revealing the secret
swap-vr-alice-refund = Alice broadcasts her refund on chain { $chain }
swap-vr-bob-lock = Bob broadcasts his lock on chain { $chain }
swap-vr-bob-redeem = Bob broadcasts his redeem on chain { $chain } with the secret from chain B
swap-vr-bob-refund = Bob broadcasts his refund on chain { $chain }
swap-vr-mined = { $tx } is mined
swap-vr-fails = { $tx } fails ({ $why })
swap-vr-fail-settled = the contract is already settled
swap-vr-fail-not-funded = the contract is not funded
swap-vr-fail-funded = already funded
swap-vr-fail-secret = the secret's length is refused
swap-vr-fail-late = too late: past the timelock
swap-vr-fail-early = timelock not reached
swap-vr-block-a = Chain A block { $n }
swap-vr-block-a-open = Chain A block { $n } (refund window open)
swap-vr-block-b = Chain B block at tick { $n }
swap-vr-block-b-timelock = Chain B block at tick { $n } (Bob's timelock passes within it: redeems before it, refunds after)
swap-vr-block-b-past = Chain B block at tick { $n } (past Bob's timelock)
swap-vr-block = { $what }: { $parts }
swap-vr-quiet-one = A block passes with nothing for the swap (tick { $tick }, chain A at height { $height })
swap-vr-quiet-many = { $n } blocks pass with nothing for the swap (tick { $tick }, chain A at height { $height })
swap-vr-quiet-span = { $n } blocks pass with nothing for the swap (ticks { $from } to { $tick }, chain A at height { $height })
swap-vr-offline = { $who } is offline
swap-vr-waits = { $tx } waits in chain { $chain }'s mempool
swap-vr-waits-congested = { $tx } waits in chain { $chain }'s mempool (the chain is congested)
swap-vr-end-alice = End: Alice has neither her own coins back nor Bob's
swap-vr-end-bob = End: Bob has neither his own coins back nor Alice's
swap-vr-end = End
swap-vr-abs-time = Time is counted in ticks of { $tick }: Bob's timelock ({ $bob }) is { $ticks } ticks, and Alice's ({ $alice }) is height { $height } on chain A, so her refund can be mined from block { $first }.
swap-vr-abs-drift = Each chain makes one block per tick: chain B's block at tick k has timestamp k, and chain A's height may run up to { $drift ->
        [one] { $drift } block
       *[other] { $drift } blocks
    } ahead of or behind the ticks.
swap-vr-abs-drift-jitter = Each chain makes one block per tick: chain B's block at tick k has timestamp k, and chain A's height may run up to { $drift ->
        [one] { $drift } block
       *[other] { $drift } blocks
    } ahead of or behind the ticks (two standard deviations of its random block times by the timelock).
swap-vr-abs-react = An honest party acts within { $alice ->
        [one] { $alice } tick
       *[other] { $alice } ticks
    } (Alice) / { $bob ->
        [one] { $bob } tick
       *[other] { $bob } ticks
    } (Bob) of seeing what it waits for, and its transaction is mined within { $blocks } blocks of its chain, but not while that chain is congested; the other party may get anything it can sign mined in any block, congested or not, ahead of the honest party's, or do nothing.
swap-vr-abs-offline = { $who } is offline from tick { $from } to { $until }.
swap-vr-abs-congested = Chain { $chain } is congested from tick { $from } to { $until }.
swap-vr-abs-last-block = Chain B's block at tick { $tick } holds the last moments before Bob's timelock and the first after it: a redeem in it is mined ahead of a refund.
swap-vr-abs-redeem-at = Alice redeems no earlier than tick { $tick }.
swap-vr-abs-never = Following her plan, Alice never redeems.
swap-vr-abs-redeem-by = Following her plan, Alice broadcasts her redeem no later than tick { $tick } (as in the simulation: only if it can still reach a block before Bob's timelock), and then it is mined by tick { $by }.
swap-vr-abs-cannot = Following her plan, Alice never redeems: no block before Bob's timelock could take it.
swap-vr-abs-secret-32 = Alice's secret is 32 bytes, the only length both contracts accept.
swap-vr-abs-secret-checked = Following her plan, Alice's secret is { $bytes } bytes; when she may do anything, she may also pick a 32-byte one.
swap-vr-abs-secret-unchecked = Following her plan, Alice's secret is { $bytes } bytes; when she may do anything, she may also pick a length that chain B accepts and chain A's script (OP_SIZE 32) refuses.
swap-vr-abs-horizon = Every run is followed to tick { $tick } or until both contracts settle; fees are left out.
swap-vr-abs-doubled = The tick was doubled { $n ->
        [one] { $n } time
       *[other] { $n } times
    } to keep each exploration under { $budget } states.
