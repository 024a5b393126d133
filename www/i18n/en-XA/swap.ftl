# Chain Lab: the atomic-swap page (src/ui/swap.rs, src/ui/swap/*.rs), its
# scenarios and outcomes (src/sim/swap/scenario.rs), narration and notices.

## The page
swap-title = Aŧooḿiƈ şẇaaƥ ~~
swap-subtitle = ŧẇoo ƈħaaiƞş, ŧẇoo ħaaşħ ŧiḿee-ŀooƈķeeḓ ƈooƞŧřaaƈŧş, ooƞee şeeƈřeeŧ ~~~~ ~~~
swap-scenarios-label = Şƈeeƞaařiooş 
swap-scenario-modified = Şŧaařŧeeḓ ƒřooḿ " ~~{ $scenario }", ẇiŧħ şeeŧŧiƞɠş ƈħaaƞɠeeḓ iƞ ŧħee ƥaaƞeeŀ: ŧħee oouuŧƈooḿee iş ẇħaaŧeeṽeeř ŧħee ḿooḓeeŀ ḓooeeş ẇiŧħ ŧħeeḿ. Ƥřeeşş ŧħee şƈeeƞaařioo'ş ƀuuŧŧooƞ ŧoo řeeşŧoořee iŧ. ~~~~ ~~~~ ~~~~ ~~~~ ~
swap-expected-outcome = Eẋƥeeƈŧeeḓ oouuŧƈooḿee: 
swap-status = { $outcome } · { $blocks } ƀŀooƈķş ḿiƞeeḓ · ƞooẇ ~~~~ { $time }
swap-timeline-label = Ɓooŧħ ƈħaaiƞş ooƞ ooƞee ŧiḿee aaẋiş ẇiŧħ ŧħee şẇaaƥ'ş ŧřaaƞşaaƈŧiooƞş, ŧħee ŧiḿeeŀooƈķş aaƞḓ ƞooẇ ~~~~ ~~~~ ~~~~
swap-diagram-a-title = Aŀiƈee'ş ƈooƞŧřaaƈŧ ooƞ ƈħaaiƞ A: ƥaaẏş Ɓooƀ ẇiŧħ ŧħee şeeƈřeeŧ ~~~~ ~~~~ ~
swap-diagram-b-title = Ɓooƀ'ş ƈooƞŧřaaƈŧ ooƞ ƈħaaiƞ Ɓ: ƥaaẏş Aŀiƈee ẇiŧħ ŧħee şeeƈřeeŧ ~~~~ ~~~~ ~
swap-from-height = ƒřooḿ ħeeiɠħŧ ~~ { $height }
swap-from-time = ƒřooḿ ŧiḿee ~ { $time }
swap-refund-to-alice = { $from }, ŧoo Aŀiƈee ~
swap-refund-to-bob = { $from }, ŧoo Ɓooƀ ~
swap-redeem-before = ƀeeƒoořee { $time }
swap-secret-label = Şeeƈřeeŧ ( ~{ $bytes } ƀẏŧeeş, Aŀiƈee'ş uuƞŧiŀ şħee řeeḓeeeeḿş): ~~~~ ~
swap-digest-label = ŞĦA-256 ḓiɠeeşŧ iƞ ƀooŧħ ƈooƞŧřaaƈŧş: ~~~~ ~~~~
swap-secret-public = Ŧħee şeeƈřeeŧ iş ƥuuƀŀiƈ: aa řeeḓeeeeḿ ŧřaaƞşaaƈŧiooƞ ƈaařřẏiƞɠ iŧ ħaaş ƀeeeeƞ ƀřooaaḓƈaaşŧ. ~~~~ ~~~~ ~
swap-secret-private = Ŧħee şeeƈřeeŧ iş şŧiŀŀ ƥřiṽaaŧee. ~~~~ ~
swap-balances-label = Ɓooŧħ ƥaařŧieeş' ƀaaŀaaƞƈeeş ooƞ ƀooŧħ ƈħaaiƞş ooṽeeř ŧiḿee ~~~~ ~
swap-balance-chart = ƀaaŀaaƞƈee ƈħaařŧ ~
swap-what-happened = Ẇħaaŧ ħaaƥƥeeƞeeḓ ~

## Scenarios and outcomes
swap-scenario-happy-path = Ħaaƥƥẏ ƥaaŧħ ~
swap-scenario-participant-never-locks = Ɓooƀ ƞeeṽeeř ŀooƈķş ~
swap-scenario-initiator-never-redeems = Aŀiƈee ƞeeṽeeř řeeḓeeeeḿş ~
swap-scenario-misordered-timelocks = Ḿişoořḓeeřeeḓ ŧiḿeeŀooƈķş ~~
swap-scenario-participant-offline = Ɓooƀ ɠooeeş ooƒƒŀiƞee ~
swap-scenario-wrong-secret-length = 33-ƀẏŧee şeeƈřeeŧ ~~
swap-scenario-congestion = Ƈooƞɠeeşŧeeḓ ƈħaaiƞ A ~~
swap-scenario-happy-path-desc = Aŀiƈee ŀooƈķş 1 ƁŦƇ ooƞ ƈħaaiƞ A ƒooř 48 ħ; ooƞƈee iŧ iş ƈooƞƒiřḿeeḓ Ɓooƀ ŀooƈķş 15 EŦĦ ooƞ ƈħaaiƞ Ɓ ƒooř 24 ħ uuƞḓeeř ŧħee şaaḿee ḓiɠeeşŧ. Aŀiƈee řeeḓeeeeḿş ooƞ Ɓ, ẇħiƈħ ƥuuŧş ŧħee şeeƈřeeŧ ooƞ-ƈħaaiƞ; Ɓooƀ ƈooƥieeş iŧ aaƞḓ řeeḓeeeeḿş ooƞ A ŀooƞɠ ƀeeƒoořee Aŀiƈee'ş ŧiḿeeŀooƈķ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~
swap-scenario-participant-never-locks-desc = Aŀiƈee ŀooƈķş, ƀuuŧ Ɓooƀ ƞeeṽeeř ŀooƈķş ħiş şiḓee. Aŀiƈee ħaaş řeeṽeeaaŀeeḓ ƞooŧħiƞɠ, şoo şħee şiḿƥŀẏ ẇaaiŧş oouuŧ ħeeř 48 ħ ŧiḿeeŀooƈķ aaƞḓ řeeƒuuƞḓş. ~~~~ ~~~~ ~~~~ ~~~~ ~~~
swap-scenario-initiator-never-redeems-desc = Ɓooŧħ ŀooƈķ, ƀuuŧ Aŀiƈee ƞeeṽeeř řeeḓeeeeḿş, şoo ŧħee şeeƈřeeŧ ƞeeṽeeř aaƥƥeeaařş. Ɓooƀ řeeƒuuƞḓş aaƒŧeeř ħiş 24 ħ ŧiḿeeŀooƈķ aaƞḓ Aŀiƈee aaƒŧeeř ħeeř 48 ħ ooƞee. ~~~~ ~~~~ ~~~~ ~~~~
swap-scenario-misordered-timelocks-desc = Ɓooƀ'ş ŧiḿeeŀooƈķ (48 ħ) iş ŀooƞɠeeř ŧħaaƞ Aŀiƈee'ş (24 ħ). Aŀiƈee řeeƒuuƞḓş ħeeř ooẇƞ ƈooiƞş aaş şooooƞ aaş ħeeř ŧiḿeeŀooƈķ ooƥeeƞş, ŧħeeƞ řeeḓeeeeḿş Ɓooƀ'ş aaŧ 36 ħ: ŧħee şeeƈřeeŧ řeeaaƈħeeş Ɓooƀ ẇħeeƞ Aŀiƈee'ş ƈooƞŧřaaƈŧ iş aaŀřeeaaḓẏ eeḿƥŧẏ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~
swap-scenario-participant-offline-desc = Ɓooƀ ŀooƈķş, ŧħeeƞ ɠooeeş ooƒƒŀiƞee ƒřooḿ 2 ħ ŧoo 60 ħ. Aŧ 6 ħ Aŀiƈee řeeḓeeeeḿş ħiş ƈooiƞş, ƥuuƀŀişħiƞɠ ŧħee şeeƈřeeŧ, ƀuuŧ Ɓooƀ iş ƞooŧ ẇaaŧƈħiƞɠ; aaŧ 48 ħ ħeeř ŧiḿeeŀooƈķ ooƥeeƞş aaƞḓ şħee řeeƒuuƞḓş ħeeř ooẇƞ ƈooiƞş ŧoooo. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~
swap-scenario-wrong-secret-length-desc = Aŀiƈee'ş şeeƈřeeŧ iş 33 ƀẏŧeeş aaƞḓ Ɓooƀ'ş ƈooƞŧřaaƈŧ ḓooeeş ƞooŧ ƈħeeƈķ ŧħee ŀeeƞɠŧħ. Aŀiƈee řeeḓeeeeḿş ooƞ Ɓ, ƀuuŧ ŧħee şƈřiƥŧ ooƞ A řeeɋuuiřeeş OƤ_ŞIẐE 32, şoo ŧħee şeeƈřeeŧ Ɓooƀ ƈooƥieeş ƈaaƞ ƞeeṽeeř řeeḓeeeeḿ; Aŀiƈee řeeƒuuƞḓş aaŧ 48 ħ. Ẇiŧħ ŧħee ƈħeeƈķ ooƞ ƀooŧħ ƈħaaiƞş, ƞeeiŧħeeř ƈaaƞ řeeḓeeeeḿ aaƞḓ ƀooŧħ řeeƒuuƞḓ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~
swap-scenario-congestion-desc = Ɓooƀ řeeaaƈŧş ŧẇoo ħoouuřş aaƒŧeeř ŧħee şeeƈřeeŧ aaƥƥeeaařş. Ɓẏ ŧħeeƞ ƈħaaiƞ A'ş ƀŀooƈķş aařee ƒuuŀŀ ooƒ ħiɠħeeř-ƥaaẏiƞɠ ŧřaaƞşaaƈŧiooƞş (ƒřooḿ 3 ħ ooƞ), şoo ħiş řeeḓeeeeḿ aaŧ ŧħee ƞoořḿaaŀ ƒeeee ẇaaiŧş iƞ ŧħee ḿeeḿƥooooŀ, aaƞḓ ħee ƞeeṽeeř řaaişeeş ŧħee ƒeeee. Ẇħeeƞ Aŀiƈee'ş ŧiḿeeŀooƈķ ooƥeeƞş, ħeeř řeeƒuuƞḓ oouuŧƀiḓş iŧ (řeeƥŀaaƈee-ƀẏ-ƒeeee) aaƞḓ iş ḿiƞeeḓ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ 
swap-outcome-pending = Iƞ ƥřooɠřeeşş: aa ƈooƞŧřaaƈŧ iş şŧiŀŀ ooƥeeƞ ~~~~ ~~
swap-outcome-nothing-locked = Ƞoo şẇaaƥ: Ɓooƀ ƞeeṽeeř ŀooƈķeeḓ, aaƞḓ Aŀiƈee'ş ƈooiƞş aařee ƀaaƈķ ẇiŧħ ħeeř ~~~~ ~~~~ 
swap-outcome-swapped = Şẇaaƥƥeeḓ: eeaaƈħ ƥaařŧẏ řeeḓeeeeḿeeḓ ŧħee ooŧħeeř'ş ƈooiƞş ~~~~ 
swap-outcome-both-refunded = Ɓooŧħ řeeƒuuƞḓeeḓ: ƞoo şẇaaƥ, aaƞḓ eeaaƈħ ƥaařŧẏ ħaaş iŧş ooẇƞ ƈooiƞş ƀaaƈķ ~~~~ ~~~~ 
swap-outcome-initiator-lost = Aŀiƈee ŀooşŧ: Ɓooƀ ħaaş ƀooŧħ şiḓeeş ~~~~ 
swap-outcome-participant-lost = Ɓooƀ ŀooşŧ: Aŀiƈee ħaaş ƀooŧħ şiḓeeş ~~~~ 

## Narration (the live region) and URL notices
swap-narration-start = Ɓŀooƈķ 0: ƞooŧħiƞɠ ħaaş ħaaƥƥeeƞeeḓ ẏeeŧ ~~~~ ~
swap-narration-event = { $time }: { $text }
swap-narration-outcome = { $last }. Ouuŧƈooḿee:  { $outcome }
swap-notice-window = { $key } = { $raw } iş ƞooŧ aa ẇiƞḓooẇ ƑŘOḾ-UȠŦIĿ iƞ şeeƈooƞḓş (ƑŘOḾ < UȠŦIĿ <= ~~~~ ~~~~ ~~~~ ~ { $max }); uuşiƞɠ ŧħee şƈeeƞaařioo'ş ~~~~
swap-notice-params = { $problem }; uuşiƞɠ ŧħee ~~ { $scenario } şƈeeƞaařioo'ş ƥaařaaḿeeŧeeřş ~

## The contracts' state machines
swap-state-not-funded = ƞooŧ ƒuuƞḓeeḓ 
swap-state-locked = ŀooƈķeeḓ 
swap-state-redeemed = řeeḓeeeeḿeeḓ
swap-state-refunded = řeeƒuuƞḓeeḓ 
swap-edge-fund = ƒuuƞḓ 
swap-rule-redeem = řeeḓeeeeḿ: ŞĦA-256(şeeƈřeeŧ) = ḓiɠeeşŧ ~~~~ ~
swap-rule-redeem-until = řeeḓeeeeḿ: ŞĦA-256(şeeƈřeeŧ) = ḓiɠeeşŧ, ~~~~ ~~ { $rule }
swap-rule-refund = řeeƒuuƞḓ:  { $rule }
swap-diagram-aria = { $title }: { $state }
swap-diagram-svg-aria = Şŧaaŧee ḿaaƈħiƞee ooƒ ~ { $title }, ƞooẇ  { $state }

## The contracts as text
swap-script-a-label = Ɓiŧƈooiƞ şƈřiƥŧ ooƒ Aŀiƈee'ş ƈooƞŧřaaƈŧ ~~~~ ~~~
swap-contract-b-label = Şooŀiḓiŧẏ ƈooƞŧřaaƈŧ ooƒ Ɓooƀ'ş ƈooƞŧřaaƈŧ ~~~~ ~
swap-script-heading = Aŀiƈee'ş ƈooƞŧřaaƈŧ ooƞ ŧħee Ɓiŧƈooiƞ-ŀiķee ƈħaaiƞ (ƁIƤ-199, ẇiŧħ ḓeeƈřeeḓ'ş şiẑee ƈħeeƈķ) ~~~~ ~~~~ ~~~~ ~~~~
swap-script-size = ŧħee şeeƈřeeŧ ḿuuşŧ ƀee 32 ƀẏŧeeş ~~~~
swap-script-bob-pkh = Ɓooƀ'ş ƥuuƀķeeẏ ħaaşħ ~~
swap-script-bob-redeems = Ɓooƀ řeeḓeeeeḿş ẇiŧħ ŧħee şeeƈřeeŧ ~~~
swap-script-refund-from = ooƞŀẏ aaƀooṽee ħeeiɠħŧ ~ { $locktime }: ƒřooḿ ƀŀooƈķ ~~ { $first }
swap-script-alice-pkh = Aŀiƈee'ş ƥuuƀķeeẏ ħaaşħ ~~~
swap-script-alice-back = Aŀiƈee ŧaaķeeş iŧ ƀaaƈķ ~~~
swap-sol-heading = Ɓooƀ'ş ƈooƞŧřaaƈŧ ooƞ ŧħee Eŧħeeřeeuuḿ-ŀiķee ƈħaaiƞ (Şooŀiḓiŧẏ-şŧẏŀee) ~~~~ ~~~~ ~
swap-sol-after-start = { $time } aaƒŧeeř ŧħee şŧaařŧ ~
swap-sol-may-refund = ḿaaẏ řeeƒuuƞḓ 
swap-sol-may-redeem = ḿaaẏ řeeḓeeeeḿ
swap-sol-no-length-check = ƞoo ŀeeƞɠŧħ ƈħeeƈķ: aaƞẏ şeeƈřeeŧ ẇiŧħ ŧħee řiɠħŧ ħaaşħ iş aaƈƈeeƥŧeeḓ ~~~~ ~~~~ ~~
swap-sol-public = ŧħee şeeƈřeeŧ iş ƥuuƀŀiƈ ƒřooḿ ħeeřee ~~~~

## The timeline
swap-chain-a-like = Ɓiŧƈooiƞ-ŀiķee ~~
swap-chain-b-like = Eŧħeeřeeuuḿ-ŀiķee ~
swap-tl-alice-offline = Aŀiƈee ooƒƒŀiƞee ~~
swap-tl-bob-offline = Ɓooƀ ooƒƒŀiƞee ~
swap-tl-congested = ƈooƞɠeeşŧeeḓ 
swap-tl-block-every = ƀŀooƈķ eeṽeeřẏ ~ { $interval }
swap-tl-minutes = { $n } ḿiƞ
swap-tl-seconds = { $n } ş
swap-tx-lock = ŀooƈķ 
swap-tx-redeem = řeeḓeeeeḿ
swap-tx-refund = řeeƒuuƞḓ 
swap-tl-tx = { $who } { $kind }
swap-tl-waiting = { $n } ẇaaiŧiƞɠ ~
swap-tl-refund-height = řeeƒuuƞḓ ƒřooḿ ħeeiɠħŧ ~~~ { $height }
swap-tl-refund-height-est = řeeƒuuƞḓ ƒřooḿ ħeeiɠħŧ ~~~ { $height } (eeşŧ.) ~
swap-tl-refund-time = řeeƒuuƞḓ ƒřooḿ ~ { $time }
swap-tl-now = ƞooẇ { $time }

## The schedule editor
swap-locks = ŀooƈķş 
swap-redeems = řeeḓeeeeḿş
swap-refunds = řeeƒuuƞḓş 
swap-reaction-delay = Řeeaaƈŧiooƞ ḓeeŀaaẏ (ḿiƞuuŧeeş) ~~
swap-offline = Oƒƒŀiƞee (ħoouuřş, ƒřooḿ-uuƞŧiŀ) ~~~~ 
swap-offline-placeholder = ee.ɠ. 2-50 ~~
swap-redeem-at = Řeeḓeeeeḿ ƞoo eeaařŀieeř ŧħaaƞ (ħoouuřş) ~
swap-redeem-at-placeholder = aaş şooooƞ aaş ƥooşşiƀŀee ~
swap-timelocks = Ŧiḿeeŀooƈķş ~
swap-timelock-alice = Aŀiƈee'ş, ooƞ ƈħaaiƞ A (ħoouuřş) ~~~~ 
swap-timelock-bob = Ɓooƀ'ş, ooƞ ƈħaaiƞ Ɓ (ħoouuřş) ~~~~
swap-timelock-warning = Ɓooƀ'ş ŧiḿeeŀooƈķ iş ƞooŧ şħoořŧeeř ŧħaaƞ Aŀiƈee'ş: Aŀiƈee ƈaaƞ řeeḓeeeeḿ ŀaaŧee aaƞḓ řeeƒuuƞḓ ŧoooo, aaƞḓ Ɓooƀ ƈaaƞ ŀooşee. ~~~~ ~~~~ ~~~~
swap-secret = Şeeƈřeeŧ 
swap-secret-length = Ŀeeƞɠŧħ (ƀẏŧeeş) ~~~
swap-checks-length = Ɓooƀ'ş ƈooƞŧřaaƈŧ ƈħeeƈķş ŧħee ŀeeƞɠŧħ ~~~~ ~
swap-alice-initiator = Aŀiƈee (iƞiŧiaaŧooř) ~~~
swap-bob-participant = Ɓooƀ (ƥaařŧiƈiƥaaƞŧ) ~~~
swap-chains = Ƈħaaiƞş ~
swap-a-block-time = A: ƀŀooƈķ ŧiḿee (ş) ~~~~
swap-a-jitter = A: řaaƞḓooḿ ƀŀooƈķ iƞŧeeřṽaaŀş ~~~~
swap-a-mempool = A: ḿeeḿƥooooŀ ḓeeŀaaẏ (ş) ~~
swap-b-block-time = Ɓ: ƀŀooƈķ ŧiḿee (ş) ~~~~
swap-b-mempool = Ɓ: ḿeeḿƥooooŀ ḓeeŀaaẏ (ş) ~~
swap-congestion = Ƈooƞɠeeşŧiooƞ (ħoouuřş, ƒřooḿ-uuƞŧiŀ) ~~~~
swap-congestion-placeholder = ƞooƞee
swap-congested-chain = Ƈooƞɠeeşŧeeḓ ƈħaaiƞ ~
swap-chain-a-option = A (Ɓiŧƈooiƞ-ŀiķee) ~~~~
swap-chain-b-option = Ɓ (Eŧħeeřeeuuḿ-ŀiķee) ~~
swap-keeps-settings = Ŧħee řuuƞ ķeeeeƥş iŧş ŀaaşŧ ṽaaŀiḓ şeeŧŧiƞɠş. ~~~~ ~~~
swap-err-reaction = řeeaaƈŧiooƞ ḓeeŀaaẏ: ḿiƞuuŧeeş ƒřooḿ 0 ŧoo 20160 ~~~~ ~
swap-err-redeem-at = řeeḓeeeeḿ ƞoo eeaařŀieeř ŧħaaƞ: ħoouuřş ~
swap-err-timelock-alice = Aŀiƈee'ş ŧiḿeeŀooƈķ: ħoouuřş, aaƀooṽee 0 ~~~~
swap-err-timelock-bob = Ɓooƀ'ş ŧiḿeeŀooƈķ: ħoouuřş, aaƀooṽee 0 ~~~
swap-err-secret-length = şeeƈřeeŧ ŀeeƞɠŧħ: aa ẇħooŀee ƞuuḿƀeeř ~~~
swap-err-block-time = ƀŀooƈķ ŧiḿee: ẇħooŀee şeeƈooƞḓş, aaƀooṽee 0 ~~~~
swap-err-mempool = ḿeeḿƥooooŀ ḓeeŀaaẏ: ẇħooŀee şeeƈooƞḓş ~~
swap-err-window = aa ẇiƞḓooẇ iş ƑŘOḾ-UȠŦIĿ iƞ ħoouuřş, ee.ɠ. 2-50 ~~~~ ~~~~ ~
swap-err-window-order = aa ẇiƞḓooẇ iş ƑŘOḾ-UȠŦIĿ iƞ ħoouuřş ẇiŧħ ƑŘOḾ < UȠŦIĿ, ee.ɠ. 2-50 ~~~~ ~~~~ ~~~~ ~~~

## Verify this configuration
swap-verify-label = Ṽeeřiƒẏ ŧħiş ƈooƞƒiɠuuřaaŧiooƞ ~~~~
swap-verify-button = Ṽeeřiƒẏ ~
swap-verify-checking = Ƈħeeƈķiƞɠ eeṽeeřẏ iƞŧeeřŀeeaaṽiƞɠ… ~~~~ 
swap-verify-hint = Eẋƥŀoořeeş eeṽeeřẏ oořḓeeř ooƒ ƀooŧħ ƥaařŧieeş' aaƈŧiooƞş aaƞḓ ƀooŧħ ƈħaaiƞş' ƀŀooƈķş ƒooř ŧħiş ƈooƞƒiɠuuřaaŧiooƞ (ẇiŧħ ŧiḿee şƈaaŀeeḓ ḓooẇƞ), aaƞḓ řeeƥoořŧş ẇħeeŧħeeř ŧħee şẇaaƥ iş aaŧooḿiƈ, ooř aa řuuƞ ẇħeeřee iŧ iş ƞooŧ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~
swap-verify-holds = ✓ Aŧooḿiƈiŧẏ ħooŀḓş ~~~~
swap-verify-fails = ✗ Ƈoouuƞŧeeřeeẋaaḿƥŀee ƒoouuƞḓ 
swap-verify-stats = · { $states } şŧaaŧeeş,  { $transitions } ŧřaaƞşiŧiooƞş, ~~ { $ms } ḿş
swap-property-alice = Aŀiƈee, ƒooŀŀooẇiƞɠ ħeeř ƥŀaaƞ, ƞeeṽeeř ŀooşeeş: şħee eeƞḓş ẇiŧħ ħeeř ooẇƞ ƈooiƞş ooř Ɓooƀ'ş, ẇħaaŧeeṽeeř Ɓooƀ ḓooeeş ~~~~ ~~~~ ~~~~ 
swap-property-bob = Ɓooƀ, ƒooŀŀooẇiƞɠ ħiş ƥŀaaƞ, ƞeeṽeeř ŀooşeeş: ħee eeƞḓş ẇiŧħ ħiş ooẇƞ ƈooiƞş ooř Aŀiƈee'ş, ẇħaaŧeeṽeeř Aŀiƈee ḓooeeş ~~~~ ~~~~ ~~~~ ~~~
swap-property-atomic = Ẇiŧħ ƀooŧħ ƒooŀŀooẇiƞɠ ŧħeeiř ƥŀaaƞş, ŧħee şẇaaƥ iş aaŧooḿiƈ: ƀooŧħ řeeḓeeeeḿ, ooř ƞeeiŧħeeř ḓooeeş aaƞḓ ƞooŧħiƞɠ şŧaaẏş ŀooƈķeeḓ ~~~~ ~~~~ ~~~~ ~~~~
swap-cx-broken = Ƥřooƥeeřŧẏ ƀřooķeeƞ: ~~ { $property }.
swap-cx-loses = { $who } ŀooşeeş. Şŧeeƥ ŧħřoouuɠħ ŧħee řuuƞ: ~~~~
swap-cx-prev = ◀ Ƥřeeṽioouuş 
swap-cx-next = Ƞeeẋŧ ▶ ~
swap-cx-position = şŧeeƥ  { $at } ooƒ { $n }
swap-cx-alice-title = Aŀiƈee'ş ƈooƞŧřaaƈŧ (ƈħaaiƞ A) aaŧ ŧħiş şŧeeƥ ~~~~ ~~~~
swap-cx-bob-title = Ɓooƀ'ş ƈooƞŧřaaƈŧ (ƈħaaiƞ Ɓ) aaŧ ŧħiş şŧeeƥ ~~~~ ~~~
swap-cx-after-timelock = aaƒŧeeř iŧş ŧiḿeeŀooƈķ ~~~
swap-cx-before-timelock = ƀeeƒoořee iŧş ŧiḿeeŀooƈķ ~~
swap-cx-summary = Şeeƈřeeŧ ƥuuƀŀiƈ: ~~ { $public } · Aŀiƈee'ş ƞeeŧ ɠaaiƞ ~~~~ { $alice } · Ɓooƀ'ş ƞeeŧ ɠaaiƞ ~~~ { $bob }
swap-yes = ẏeeş
swap-no = ƞoo

## The custodial bridge
swap-bridge-label = Ƈuuşŧooḓiaaŀ ƀřiḓɠee ƈooḿƥaařeeḓ ~~
swap-bridge-heading = Ŧħee şaaḿee ŧřaaḓee ŧħřoouuɠħ aa ƈuuşŧooḓiaaŀ ƀřiḓɠee ~~~~
swap-bridge-held = ƁŦƇ ŧħee ƀřiḓɠee ħooŀḓş ƒooř aaŀŀ iŧş uuşeeřş ~~~~ ~~~
swap-bridge-held-value = { $btc } ƁŦƇ
swap-bridge-undo = Ķeeẏş şŧooŀeeƞ: uuƞḓoo ~
swap-bridge-steal = Şŧeeaaŀ ŧħee ooƥeeřaaŧoořş' ķeeẏş ~
swap-bridge-atomic = Aŧooḿiƈ şẇaaƥ (ŧħiş ƥaaɠee) ~~~~ 
swap-bridge-atomic-text = Aŀiƈee'ş ~ { $btc } ƁŦƇ ƈaaƞ ḿooṽee ooƞŀẏ ŧoo Ɓooƀ ẇiŧħ ŧħee şeeƈřeeŧ, ooř ƀaaƈķ ŧoo Aŀiƈee aaƒŧeeř ŧħee ŧiḿeeŀooƈķ; Ɓooƀ'ş ~~~~ ~~~~ ~~~~ { $eth } EŦĦ ooƞŀẏ ŧoo Aŀiƈee ẇiŧħ ŧħee şeeƈřeeŧ, ooř ƀaaƈķ ŧoo Ɓooƀ ŀaaŧeeř. Ƞoo ooƞee eeŀşee ħooŀḓş aa ķeeẏ ŧoo eeiŧħeeř ƈooƞŧřaaƈŧ. ~~~~ ~~~~ ~~~~
swap-bridge-atomic-stolen = Şŧooŀeeƞ ķeeẏş: ŧħee aaŧŧaaƈķeeř ƈaaƞ ŧaaķee ƞooŧħiƞɠ ħeeřee. Ƞoo ooƥeeřaaŧooř ħooŀḓş aa ķeeẏ ŧoo eeiŧħeeř ƈooƞŧřaaƈŧ; ŧħee şẇaaƥ ƈaařřieeş ooƞ. ~~~~ ~~~~ ~~~~
swap-bridge-atomic-cost = Ƈooşŧ: ŧẇoo ƈħaaiƞş' ƈooƞƒiřḿaaŧiooƞ ŧiḿeeş, ƀooŧħ ƥaařŧieeş ooƞŀiƞee, aaƞḓ aa ŧiḿeeoouuŧ iƒ eeiŧħeeř ẇaaŀķş aaẇaaẏ. ~~~~ ~~~~ ~~~~ 
swap-bridge-custodial = Ƈuuşŧooḓiaaŀ ƀřiḓɠee ~~
swap-bridge-custodial-text = Aŀiƈee şeeƞḓş ~~ { $btc } ƁŦƇ ŧoo ŧħee ƀřiḓɠee'ş ƈuuşŧooḓẏ aaḓḓřeeşş, ƈooƞŧřooŀŀeeḓ ƀẏ aa ƒeeẇ ooƥeeřaaŧoořş' ķeeẏş (şaaẏ 5 ooƒ 9). Ŧħee ƀřiḓɠee ḿiƞŧş ~~~~ ~~~~ ~~~~ ~~~~  { $btc } ẇřaaƥƥeeḓ ƁŦƇ ooƞ ŧħee Eŧħeeřeeuuḿ-ŀiķee ƈħaaiƞ, aaƞḓ Aŀiƈee şeeŀŀş iŧ ŧoo Ɓooƀ ŧħeeřee iƞ ooƞee ƒaaşŧ, ƈħeeaaƥ ŧřaaƞşaaƈŧiooƞ. ~~~~ ~~~~ ~~~~ ~~
swap-bridge-custodial-stolen = Şŧooŀeeƞ ķeeẏş: ŧħee aaŧŧaaƈķeeř ẇiŧħḓřaaẇş aaŀŀ ~~~~ ~ { $held } ƁŦƇ ŧħee ƀřiḓɠee ħooŀḓş, eeṽeeřẏooƞee'ş, ƞooŧ ĵuuşŧ ŧħiş ŧřaaḓee'ş. Eṽeeřẏ ẇřaaƥƥeeḓ ƁŦƇ ooƞ ŧħee ooŧħeeř ƈħaaiƞ, Ɓooƀ'ş iƞƈŀuuḓeeḓ, iş ƞooẇ ƀaaƈķeeḓ ƀẏ ƞooŧħiƞɠ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~
swap-bridge-custodial-cost = Ƒaaşŧeeř aaƞḓ ḿoořee ƈooƞṽeeƞieeƞŧ, ẇħiƈħ iş ẇħẏ ḿooşŧ ƈřooşş-ƈħaaiƞ ṽooŀuuḿee uuşeeş ƀřiḓɠeeş; ƀuuŧ eeṽeeřẏ uuşeeř ŧřuuşŧş ŧħee ooƥeeřaaŧoořş' ķeeẏş. ~~~~ ~~~~ ~~~~ ~~~~
swap-bridge-sources = Ɓřiḓɠeeş ħaaṽee ƀeeeeƞ řooƀƀeeḓ ŧħiş ẇaaẏ: ŧħee Řooƞiƞ ƀřiḓɠee ŀooşŧ aaƀoouuŧ $600 ḿiŀŀiooƞ iƞ Ḿaařƈħ 2022 aaƒŧeeř aaŧŧaaƈķeeřş ooƀŧaaiƞeeḓ ƒiṽee ooƒ iŧş ƞiƞee ṽaaŀiḓaaŧooř ķeeẏş; Ẇoořḿħooŀee ŀooşŧ aaƀoouuŧ $320 ḿiŀŀiooƞ iƞ Ƒeeƀřuuaařẏ 2022 ŧħřoouuɠħ aa ƀuuɠ ŧħaaŧ ŀeeŧ aaƞ aaŧŧaaƈķeeř ƀẏƥaaşş iŧş şiɠƞaaŧuuřee ṽeeřiƒiƈaaŧiooƞ: ƞoo ķeeẏ ẇaaş şŧooŀeeƞ, ƀuuŧ ŧħee ƈuuşŧooḓieeḓ ƈooiƞş ẇeeřee ŧaaķeeƞ aaŀŀ ŧħee şaaḿee. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~

## The explanation
swap-explain-look = Ẇħaaŧ ẏoouu aařee ŀooooķiƞɠ aaŧ ~
swap-explain-look-intro = Aŀiƈee ħaaş ƈooiƞş ooƞ aa Ɓiŧƈooiƞ-ŀiķee ƈħaaiƞ aaƞḓ ẇaaƞŧş Ɓooƀ'ş ƈooiƞş ooƞ aaƞ Eŧħeeřeeuuḿ-ŀiķee ƈħaaiƞ. Ƞeeiŧħeeř ŧřuuşŧş ŧħee ooŧħeeř, aaƞḓ ƞoo ooƞee şiŧş iƞ ŧħee ḿiḓḓŀee. Aŀiƈee ƥiƈķş aa řaaƞḓooḿ 32-ƀẏŧee şeeƈřeeŧ aaƞḓ ƥuuŧş ooƞŀẏ iŧş ŞĦA-256 ḓiɠeeşŧ iƞŧoo ŧẇoo ƈooƞŧřaaƈŧş: ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~
swap-explain-look-1 = Aŀiƈee ŀooƈķş ħeeř ƈooiƞş ooƞ ƈħaaiƞ A iƞ aa ƈooƞŧřaaƈŧ ŧħaaŧ ƥaaẏş Ɓooƀ iƒ ħee şħooẇş ŧħee şeeƈřeeŧ, ooř řeeŧuuřƞş ŧħeeḿ ŧoo Aŀiƈee aaƒŧeeř aa ŀooƞɠ ŧiḿeeŀooƈķ (48 ħoouuřş ħeeřee, ƈoouuƞŧeeḓ iƞ ƈħaaiƞ A'ş ƀŀooƈķ ħeeiɠħŧş). ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~
swap-explain-look-2 = Oƞƈee ŧħaaŧ ŀooƈķ iş ƈooƞƒiřḿeeḓ, Ɓooƀ ŀooƈķş ħiş ƈooiƞş ooƞ ƈħaaiƞ Ɓ iƞ aa ƈooƞŧřaaƈŧ ẇiŧħ ŧħee şaaḿee ḓiɠeeşŧ ŧħaaŧ ƥaaẏş Aŀiƈee iƒ şħee şħooẇş ŧħee şeeƈřeeŧ, ooř řeeŧuuřƞş ŧħeeḿ ŧoo Ɓooƀ aaƒŧeeř aa şħoořŧeeř ŧiḿeeŀooƈķ (24 ħoouuřş, ƀẏ ƈħaaiƞ Ɓ'ş ƀŀooƈķ ŧiḿeeşŧaaḿƥş). ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~
swap-explain-look-3 = Aŀiƈee řeeḓeeeeḿş Ɓooƀ'ş ƈooƞŧřaaƈŧ. Ŧoo ḓoo şoo şħee ḿuuşŧ ƥuuƀŀişħ ŧħee şeeƈřeeŧ iƞ aa ŧřaaƞşaaƈŧiooƞ ooƞ ƈħaaiƞ Ɓ, ẇħeeřee aaƞẏooƞee, Ɓooƀ iƞƈŀuuḓeeḓ, ƈaaƞ řeeaaḓ iŧ. ~~~~ ~~~~ ~~~~ ~~~~ ~
swap-explain-look-4 = Ɓooƀ ƈooƥieeş ŧħee şeeƈřeeŧ ƒřooḿ ƈħaaiƞ Ɓ aaƞḓ řeeḓeeeeḿş Aŀiƈee'ş ƈooƞŧřaaƈŧ ooƞ ƈħaaiƞ A, ẇeeŀŀ ƀeeƒoořee ħeeř ŀooƞɠeeř ŧiḿeeŀooƈķ řuuƞş oouuŧ. ~~~~ ~~~~ ~~~~ ~~
swap-explain-look-end = Iƒ ƀooŧħ ƒooŀŀooẇ ŧħee ƥřooŧooƈooŀ, ƀooŧħ řeeḓeeeeḿ; iƒ aaƞẏooƞee şŧooƥş ƀeeƒoořee ŧħee şeeƈřeeŧ iş řeeṽeeaaŀeeḓ, eeṽeeřẏ ƈooƞŧřaaƈŧ ŧħaaŧ ẇaaş ƒuuƞḓeeḓ ŧiḿeeş oouuŧ aaƞḓ řeeƒuuƞḓş. Aƒŧeeř Aŀiƈee řeeṽeeaaŀş ŧħee şeeƈřeeŧ, Ɓooƀ ḿuuşŧ aaƈŧ: ŧħee oořḓeeř ooƒ ŧħee ŧiḿeeŀooƈķş ɠiṽeeş ħiḿ ŧiḿee ŧoo uuşee iŧ ƀeeƒoořee Aŀiƈee ƈaaƞ ŧaaķee ħeeř ooẇƞ ƈooiƞş ƀaaƈķ, ƀuuŧ ooƞŀẏ iƒ ħee iş ooƞŀiƞee aaƞḓ ħiş ŧřaaƞşaaƈŧiooƞ ɠeeŧş ḿiƞeeḓ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~
swap-explain-try = Ẇħaaŧ ŧoo ŧřẏ ~~
swap-explain-try-1 = Řuuƞ eeaaƈħ şƈeeƞaařioo ẇiŧħ ŧħee ƀuuŧŧooƞş, aaƞḓ şŧeeƥ ẇiŧħ → ŧoo şeeee eeaaƈħ ŧřaaƞşaaƈŧiooƞ eeƞŧeeř aa ƀŀooƈķ aaƞḓ eeaaƈħ ƈooƞŧřaaƈŧ ƈħaaƞɠee şŧaaŧee. ~~~~ ~~~~ ~~~~ ~
swap-explain-try-2 = Ḿaaķee Ɓooƀ'ş ŧiḿeeŀooƈķ aaş ŀooƞɠ aaş Aŀiƈee'ş, ŧħeeƞ ƥřeeşş Ṽeeřiƒẏ: ŧħee ƈħeeƈķeeř ƒiƞḓş aa řuuƞ iƞ ẇħiƈħ Ɓooƀ aaƈŧş iƞ ŧiḿee aaƞḓ şŧiŀŀ ŀooşeeş. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~
swap-explain-try-3 = Ƈħooooşee aa 33-ƀẏŧee şeeƈřeeŧ aaƞḓ uuƞŧiƈķ "Ɓooƀ'ş ƈooƞŧřaaƈŧ ƈħeeƈķş ŧħee ŀeeƞɠŧħ": Aŀiƈee ƈaaƞ řeeḓeeeeḿ Ɓooƀ'ş ƈooiƞş, ƀuuŧ Ɓooƀ'ş ƈooƥẏ ooƒ ŧħee şeeƈřeeŧ iş řeeƒuuşeeḓ ƀẏ ŧħee şƈřiƥŧ'ş OƤ_ŞIẐE 32. Ŧiƈķ iŧ aaɠaaiƞ: ƞooẇ ƞeeiŧħeeř ƈaaƞ řeeḓeeeeḿ aaƞḓ ƀooŧħ řeeƒuuƞḓ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~
swap-explain-try-4 = Oƥeeƞ "Ɓooƀ ɠooeeş ooƒƒŀiƞee": Aŀiƈee ħooŀḓş ħeeř řeeḓeeeeḿ ƀaaƈķ uuƞŧiŀ Ɓooƀ iş aaẇaaẏ, ŧħee şeeƈřeeŧ aaƥƥeeaařş ẇħiŀee ħee ƈaaƞƞooŧ şeeee iŧ, aaƞḓ ħeeř řeeƒuuƞḓ ooƥeeƞş ƀeeƒoořee ħee iş ƀaaƈķ. ~~~~ ~~~~ ~~~~ ~~~~ ~
swap-explain-try-5 = Şŧeeaaŀ ŧħee ƀřiḓɠee ooƥeeřaaŧoořş' ķeeẏş ƀeeŀooẇ aaƞḓ ƈooḿƥaařee ẇħaaŧ aaƞ aaŧŧaaƈķeeř ɠeeŧş iƞ eeaaƈħ ḓeeşiɠƞ. ~~~~ ~~~~ ~
swap-explain-differ = Ẇħeeřee řeeaaŀ şẇaaƥş ḓiƒƒeeř ~~~
swap-explain-differ-1 = Řeeaaŀ şẇaaƥş ẇaaiŧ ƒooř şeeṽeeřaaŀ ƈooƞƒiřḿaaŧiooƞş, ƀeeƈaauuşee ƀŀooƈķş ƈaaƞ ƀee řeeoořɠaaƞişeeḓ; ŧħee ḿooḓeeŀ ħaaş ƞoo řeeoořɠaaƞişaaŧiooƞş, şoo ooƞee ƈooƞƒiřḿaaŧiooƞ iş eeƞoouuɠħ ħeeřee. ~~~~ ~~~~ ~~~~ 
swap-explain-differ-2 = Ɓiŧƈooiƞ'ş OƤ_ƇĦEƇĶĿOƇĶŦIḾEṼEŘIƑẎ ƈaaƞ ƈoouuƞŧ ħeeiɠħŧş ooř ḿeeḓiaaƞ-ŧiḿee-ƥaaşŧ; Eŧħeeřeeuuḿ ƀŀooƈķ ŧiḿeeşŧaaḿƥş aařee ƈħooşeeƞ ƀẏ ƥřooƥooşeeřş ẇiŧħiƞ ƀoouuƞḓş. Ŧħee ḿooḓeeŀ uuşeeş eeẋaaƈŧ ħeeiɠħŧş ooƞ A aaƞḓ eeẋaaƈŧ ŧiḿeeşŧaaḿƥş ooƞ Ɓ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~
swap-explain-differ-3 = Ƈooƞɠeeşŧiooƞ ħeeřee ŀeeŧş ooƞŀẏ ŧřaaƞşaaƈŧiooƞş ƥaaẏiƞɠ ŧẇiƈee ŧħee ƒeeee iƞŧoo ƀŀooƈķş. Aŀiƈee'ş řeeƒuuƞḓ ƥaaẏş iŧ aaƞḓ řeeƥŀaaƈeeş Ɓooƀ'ş ƥeeƞḓiƞɠ řeeḓeeeeḿ; Ɓooƀ ƞeeṽeeř řaaişeeş ħiş ooẇƞ ƒeeee. A řeeaaŀ Ɓooƀ ẇoouuŀḓ ƀuuḿƥ ħiş ƒeeee (řeeƥŀaaƈee-ƀẏ-ƒeeee, ƈħiŀḓ-ƥaaẏş-ƒooř-ƥaařeeƞŧ) aaƞḓ ŧħee řaaƈee ẇoouuŀḓ ƀee ƈŀooşeeř. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~
swap-explain-differ-4 = Ɓeeƒoořee ŀooƈķiƞɠ, aa řeeaaŀ ƥaařŧiƈiƥaaƞŧ aauuḓiŧş ŧħee iƞiŧiaaŧooř'ş ƈooƞŧřaaƈŧ (ḓeeƈřeeḓ'ş ŧooooŀş ħaaṽee aaƞ aauuḓiŧƈooƞŧřaaƈŧ ƈooḿḿaaƞḓ). Ƥuuƀŀiƈ ķeeẏş aaƞḓ ŧħeeiř ħaaşħeeş aařee ƥŀaaƈeeħooŀḓeeřş ħeeřee; ŧħee ḓiɠeeşŧ aaƞḓ ŧiḿeeŀooƈķş aařee ŧħee řuuƞ'ş řeeaaŀ ṽaaŀuueeş. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ 
swap-explain-sources = Şoouuřƈeeş: ƁIƤ-199 (ħaaşħeeḓ ŧiḿee-ŀooƈķeeḓ ƈooƞŧřaaƈŧ şƈřiƥŧ); ḓeeƈřeeḓ/aaŧooḿiƈşẇaaƥ (48 ħ aaƞḓ 24 ħ ŧiḿeeŀooƈķş, ŧħee 32-ƀẏŧee şeeƈřeeŧ şiẑee ƈħeeƈķ); Ƈħaaiƞ Ŀaaƀ řeeƒeeřeeƞƈee/ḿooḓeeŀş.ḿḓ §3. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~

## The event log (the model's story, src/sim/swap/{agents,mining,contract}.rs)
swap-ev-timelock-b = Ɓooƀ'ş ŧiḿeeŀooƈķ ƥaaşşeeş ( ~~~~{ $time }): ƈħaaiƞ Ɓ ƞooẇ aaƈƈeeƥŧş ooƞŀẏ ħiş řeeƒuuƞḓ ~~~~ ~~~
swap-ev-congested = Ƈħaaiƞ  { $chain } iş ƈooƞɠeeşŧeeḓ: iŧş ƀŀooƈķş ƒiŀŀ ẇiŧħ ŧřaaƞşaaƈŧiooƞş ƥaaẏiƞɠ ḿoořee, aaƞḓ aa şẇaaƥ ŧřaaƞşaaƈŧiooƞ ƞeeeeḓş aaŧ ŀeeaaşŧ ~~~~ ~~~~ ~~~~ ~~~ { $multiple }× ŧħee ƞoořḿaaŀ ƒeeee ŧoo ɠeeŧ iƞ ~~~
swap-ev-congestion-clears = Ƈħaaiƞ  { $chain }'ş ƈooƞɠeeşŧiooƞ ƈŀeeaařş ~~
swap-ev-offline = { $who } ɠooeeş ooƒƒŀiƞee uuƞŧiŀ ~~ { $time }: şeeeeş ƞooŧħiƞɠ, ḓooeeş ƞooŧħiƞɠ ~~~~ 
swap-ev-online = { $who } iş ƀaaƈķ ooƞŀiƞee ~~
swap-ev-alice-holds-back = Aŀiƈee şeeeeş Ɓooƀ'ş ŀooƈķ ƈooƞƒiřḿeeḓ, aaƞḓ ħooŀḓş ƀaaƈķ ħeeř řeeḓeeeeḿ uuƞŧiŀ ~~~~ ~~~~  { $time }
swap-ev-alice-lock = Aŀiƈee ƀřooaaḓƈaaşŧş ħeeř ŀooƈķ: ~~~~ { $coins } iƞŧoo ŧħee ƁIƤ-199 şƈřiƥŧ ẇiŧħ ḓiɠeeşŧ ~~~~ ~~~~  { $digest }…, řeeƒuuƞḓaaƀŀee ƒřooḿ ħeeiɠħŧ ~~~ { $height }
swap-ev-alice-too-late = Aŀiƈee ḓooeeş ƞooŧ řeeḓeeeeḿ: iŧ ƈoouuŀḓ ƞooŧ ƀee ḿiƞeeḓ ƀeeƒoořee Ɓooƀ'ş ŧiḿeeŀooƈķ aaŧ ~~~~ ~~~ { $time }
swap-ev-alice-redeem = Aŀiƈee ƀřooaaḓƈaaşŧş ħeeř řeeḓeeeeḿ ooƞ ƈħaaiƞ Ɓ: ŧħee ƈaaŀŀ ƈaařřieeş ŧħee ~~~~ ~~~ { $bytes }-ƀẏŧee şeeƈřeeŧ ~
swap-ev-alice-refund = Aŀiƈee'ş ŧiḿeeŀooƈķ iş ooƥeeƞ: şħee ƀřooaaḓƈaaşŧş ħeeř řeeƒuuƞḓ ooƞ ƈħaaiƞ A (ƞĿooƈķŦiḿee ~~~~ ~~~~ ~~~ { $locktime })
swap-ev-bob-lock = Ɓooƀ şeeeeş Aŀiƈee'ş ƈooƞŧřaaƈŧ ƈooƞƒiřḿeeḓ aaƞḓ ƀřooaaḓƈaaşŧş ħiş ŀooƈķ: ~~~~ ~~~~  { $coins } uuƞḓeeř ŧħee şaaḿee ḓiɠeeşŧ, řeeƒuuƞḓaaƀŀee ƒřooḿ ~~~~ { $time }
swap-ev-bob-too-late = Ɓooƀ ƞoo ŀooƞɠeeř ŀooƈķş: iŧ iş ŧoooo ŀaaŧee ƒooř ŧħee şẇaaƥ ~~~~ ~~
swap-ev-bob-redeem = Ɓooƀ ƈooƥieeş ŧħee şeeƈřeeŧ ƒřooḿ Aŀiƈee'ş řeeḓeeeeḿ ooƞ ƈħaaiƞ Ɓ aaƞḓ ƀřooaaḓƈaaşŧş ħiş řeeḓeeeeḿ ooƞ ƈħaaiƞ A ~~~~ ~~~~ ~~~
swap-ev-bob-too-late-secret = Ɓooƀ řeeaaḓş ŧħee şeeƈřeeŧ ooƞ ƈħaaiƞ Ɓ, ƀuuŧ Aŀiƈee'ş ƈooƞŧřaaƈŧ ooƞ ƈħaaiƞ A ẇaaş aaŀřeeaaḓẏ řeeƒuuƞḓeeḓ: ŧħee şeeƈřeeŧ iş ẇoořŧħ ƞooŧħiƞɠ ŧoo ħiḿ ƞooẇ ~~~~ ~~~~ ~~~~ ~~~~ ~
swap-ev-bob-too-late-secret-at = Ɓooƀ řeeaaḓş ŧħee şeeƈřeeŧ ooƞ ƈħaaiƞ Ɓ, ƀuuŧ Aŀiƈee'ş ƈooƞŧřaaƈŧ ooƞ ƈħaaiƞ A ẇaaş aaŀřeeaaḓẏ řeeƒuuƞḓeeḓ aaŧ ~~~~ ~~~~ ~~~ { $time }: ŧħee şeeƈřeeŧ iş ẇoořŧħ ƞooŧħiƞɠ ŧoo ħiḿ ƞooẇ ~~~~ ~~~
swap-ev-bob-refund = Ɓooƀ ƀřooaaḓƈaaşŧş ħiş řeeƒuuƞḓ ooƞ ƈħaaiƞ Ɓ ~~~~ ~
swap-ev-rbf = { $text }, ƥaaẏiƞɠ ~~ { $multiple }× ŧħee ƒeeee ooƒ  { $other }'ş ƥeeƞḓiƞɠ şƥeeƞḓ ooƒ ŧħee şaaḿee oouuŧƥuuŧ, ẇħiƈħ iŧ řeeƥŀaaƈeeş iƞ ŧħee ḿeeḿƥooooŀ (řeeƥŀaaƈee-ƀẏ-ƒeeee) ~~~~ ~~~~ ~~~
swap-ev-replaced = { $tx } ŀeeaaṽeeş ƈħaaiƞ A'ş ḿeeḿƥooooŀ, řeeƥŀaaƈeeḓ ƀẏ ŧħee ħiɠħeeř-ƥaaẏiƞɠ şƥeeƞḓ ~~~~ ~~~~ 
swap-ev-outbid = { $text }, ƥaaẏiƞɠ ~~ { $multiple }× ŧħee ƒeeee ooƒ  { $other }'ş ƥeeƞḓiƞɠ ƈaaŀŀ şoo ŧħaaŧ aa ƀŀooƈķ ŧaaķeeş iŧ ƒiřşŧ ~~~~ ~~~~ 
swap-ev-spent-dropped = { $tx } ŀeeaaṽeeş ƈħaaiƞ A'ş ḿeeḿƥooooŀ: ŧħee ƈooƞŧřaaƈŧ'ş oouuŧƥuuŧ iş aaŀřeeaaḓẏ şƥeeƞŧ ~~~~ ~~~
swap-ev-height-reached = Ƈħaaiƞ A řeeaaƈħeeş ħeeiɠħŧ ~~~ { $height }: ƒřooḿ ŧħee ƞeeẋŧ ƀŀooƈķ ooƞ, Aŀiƈee'ş řeeƒuuƞḓ iş ṽaaŀiḓ (OƤ_ƇĦEƇĶĿOƇĶŦIḾEṼEŘIƑẎ) ~~~~ ~~~~ ~~~~ ~~~~ 
swap-ev-lock-mined = { $who }'ş ŀooƈķ iş ḿiƞeeḓ iƞ ƀŀooƈķ ~~~~ ~ { $block }: { $coins } şiŧş iƞ ŧħee ƈooƞŧřaaƈŧ, ƒooř ~~~~  { $to } ẇiŧħ ŧħee şeeƈřeeŧ ooř ƀaaƈķ ŧoo ~~~~ { $who } ƒřooḿ  { $from }
swap-ev-redeem-mined = { $who }'ş řeeḓeeeeḿ iş ḿiƞeeḓ iƞ ƀŀooƈķ ~~~~  { $block }: { $who } řeeƈeeiṽeeş  { $coins }
swap-ev-redeem-mined-public = { $who }'ş řeeḓeeeeḿ iş ḿiƞeeḓ iƞ ƀŀooƈķ ~~~~  { $block }: { $who } řeeƈeeiṽeeş  { $coins }, aaƞḓ ŧħee şeeƈřeeŧ ( ~~~{ $secret }…) iş ƞooẇ ƥuuƀŀiƈ ooƞ ƈħaaiƞ Ɓ ~~~~ ~
swap-ev-refund-mined = { $who }'ş řeeƒuuƞḓ iş ḿiƞeeḓ iƞ ƀŀooƈķ ~~~~ ~ { $block }: { $coins } ƀaaƈķ ẇiŧħ ~~ { $who }
swap-ev-invalid = { $tx } iş iƞṽaaŀiḓ, şoo ƞoo ƀŀooƈķ ŧaaķeeş iŧ: ~~~~ ~~ { $why }
swap-ev-reverts = { $tx } iş ḿiƞeeḓ iƞ ƀŀooƈķ ~~~~ { $block } aaƞḓ řeeṽeeřŧş: ~ { $why }
swap-at-height = ħeeiɠħŧ ~ { $height }
swap-at-time = ŧiḿee  { $time }
swap-txd-alice-lock = Aŀiƈee'ş ŀooƈķ ~~
swap-txd-alice-redeem = Aŀiƈee'ş řeeḓeeeeḿ ~
swap-txd-alice-refund = Aŀiƈee'ş řeeƒuuƞḓ ~~
swap-txd-bob-lock = Ɓooƀ'ş ŀooƈķ ~
swap-txd-bob-redeem = Ɓooƀ'ş řeeḓeeeeḿ 
swap-txd-bob-refund = Ɓooƀ'ş řeeƒuuƞḓ ~
swap-why-funded = ŧħee ƈooƞŧřaaƈŧ iş aaŀřeeaaḓẏ ƒuuƞḓeeḓ ~~~
swap-why-never-funded = ŧħee ƈooƞŧřaaƈŧ ħooŀḓş ƞooŧħiƞɠ: iŧ ẇaaş ƞeeṽeeř ƒuuƞḓeeḓ ~~~~ ~~~
swap-why-redeemed = ŧħee ƈooƞŧřaaƈŧ ẇaaş aaŀřeeaaḓẏ řeeḓeeeeḿeeḓ: ƞooŧħiƞɠ iş ŀeeƒŧ iƞ iŧ ~~~~ ~~~~
swap-why-refunded = ŧħee ƈooƞŧřaaƈŧ ẇaaş aaŀřeeaaḓẏ řeeƒuuƞḓeeḓ: ƞooŧħiƞɠ iş ŀeeƒŧ iƞ iŧ ~~~~ ~~~~ 
swap-why-size-a = ŧħee şeeƈřeeŧ iş ~~ { $bytes } ƀẏŧeeş: OƤ_ŞIẐE 32 OƤ_EɊUAĿṼEŘIƑẎ ƒaaiŀş, ŧħee şƈřiƥŧ ŧaaķeeş ooƞŀẏ 32-ƀẏŧee şeeƈřeeŧş ~~~~ ~~~~ ~~~~ ~~~~ ~
swap-why-hash-a = ẇřooƞɠ şeeƈřeeŧ: OƤ_ŞĦA256 <ḓiɠeeşŧ> OƤ_EɊUAĿṼEŘIƑẎ ƒaaiŀş ~~~~ ~~~~ ~~~~ ~
swap-why-signature = şiɠƞaaŧuuřee ƈħeeƈķ ƒaaiŀş: ooƞŀẏ ~~~~ { $who } ƈaaƞ řeeḓeeeeḿ
swap-why-length-b = řeeɋuuiřee(şeeƈřeeŧ.ŀeeƞɠŧħ == 32) ƒaaiŀş: ŧħee şeeƈřeeŧ iş ~~~~ ~~~~ { $bytes } ƀẏŧeeş 
swap-why-hash-b = ẇřooƞɠ şeeƈřeeŧ: şħaa256(şeeƈřeeŧ) iş ƞooŧ ŧħee ḓiɠeeşŧ ~~~~ ~~~~
swap-why-only-redeem = ooƞŀẏ  { $who } ƈaaƞ řeeḓeeeeḿ
swap-why-late = ŧoooo ŀaaŧee: ƀŀooƈķ ŧiḿee ~ { $time } iş ƞooŧ ƀeeƒoořee ŧħee ŧiḿeeŀooƈķ ~~~ { $timelock }
swap-why-only-refund = ooƞŀẏ  { $who } ƈaaƞ řeeƒuuƞḓ 
swap-why-not-reached = ŧiḿeeŀooƈķ ƞooŧ řeeaaƈħeeḓ (ħeeiɠħŧ ~~~~ { $height } <= { $locktime }): aa řeeƒuuƞḓ ẇiŧħ ƞĿooƈķŦiḿee ~~~~  { $locktime } ƈaaƞ ƀee ḿiƞeeḓ ƒřooḿ ħeeiɠħŧ ~~~~ { $first }
swap-why-early = ŧoooo eeaařŀẏ: ƀŀooƈķ ŧiḿee ~~ { $time } iş ƀeeƒoořee ŧħee ŧiḿeeŀooƈķ ~~ { $timelock }

## Verify: the counterexample's steps and the abstraction (src/sim/swap/verify/report.rs)
swap-vr-start-alice = Şŧaařŧ: Aŀiƈee ƒooŀŀooẇş ħeeř ƥŀaaƞ; Ɓooƀ ḿaaẏ ḓoo aaƞẏŧħiƞɠ ħee ƈaaƞ şiɠƞ ~~~~ ~~~~ ~~
swap-vr-start-bob = Şŧaařŧ: Ɓooƀ ƒooŀŀooẇş ħiş ƥŀaaƞ; Aŀiƈee ḿaaẏ ḓoo aaƞẏŧħiƞɠ şħee ƈaaƞ şiɠƞ, aaƞḓ ƥiƈķeeḓ aa ~~~~ ~~~~ ~~~~ ~ { $bytes }-ƀẏŧee şeeƈřeeŧ ~
swap-vr-start-bob-a-refuses = Şŧaařŧ: Ɓooƀ ƒooŀŀooẇş ħiş ƥŀaaƞ; Aŀiƈee ḿaaẏ ḓoo aaƞẏŧħiƞɠ şħee ƈaaƞ şiɠƞ, aaƞḓ ƥiƈķeeḓ aa ~~~~ ~~~~ ~~~~ ~ { $bytes }-ƀẏŧee şeeƈřeeŧ, ẇħiƈħ ƈħaaiƞ Ɓ aaƈƈeeƥŧş ƀuuŧ ƈħaaiƞ A'ş şƈřiƥŧ (OƤ_ŞIẐE 32) řeeƒuuşeeş ~~~~ ~~~~ ~~~~ ~~~~
swap-vr-start-bob-b-refuses = Şŧaařŧ: Ɓooƀ ƒooŀŀooẇş ħiş ƥŀaaƞ; Aŀiƈee ḿaaẏ ḓoo aaƞẏŧħiƞɠ şħee ƈaaƞ şiɠƞ, aaƞḓ ƥiƈķeeḓ aa ~~~~ ~~~~ ~~~~ ~ { $bytes }-ƀẏŧee şeeƈřeeŧ, ẇħiƈħ ƈħaaiƞ A aaƈƈeeƥŧş ƀuuŧ ƈħaaiƞ Ɓ řeeƒuuşeeş ~~~~ ~~~~ 
swap-vr-start-bob-both-refuse = Şŧaařŧ: Ɓooƀ ƒooŀŀooẇş ħiş ƥŀaaƞ; Aŀiƈee ḿaaẏ ḓoo aaƞẏŧħiƞɠ şħee ƈaaƞ şiɠƞ, aaƞḓ ƥiƈķeeḓ aa ~~~~ ~~~~ ~~~~ ~ { $bytes }-ƀẏŧee şeeƈřeeŧ, ẇħiƈħ ƀooŧħ ƈħaaiƞş řeeƒuuşee ~~~~ ~~
swap-vr-start-both = Şŧaařŧ: ƀooŧħ ƒooŀŀooẇ ŧħeeiř ƥŀaaƞş ~~~~ 
swap-vr-alice-lock = Aŀiƈee ƀřooaaḓƈaaşŧş ħeeř ŀooƈķ ooƞ ƈħaaiƞ ~~~~  { $chain }
swap-vr-alice-redeem = Aŀiƈee ƀřooaaḓƈaaşŧş ħeeř řeeḓeeeeḿ ooƞ ƈħaaiƞ ~~~~ { $chain }, řeeṽeeaaŀiƞɠ ŧħee şeeƈřeeŧ ~~
swap-vr-alice-refund = Aŀiƈee ƀřooaaḓƈaaşŧş ħeeř řeeƒuuƞḓ ooƞ ƈħaaiƞ ~~~~  { $chain }
swap-vr-bob-lock = Ɓooƀ ƀřooaaḓƈaaşŧş ħiş ŀooƈķ ooƞ ƈħaaiƞ ~~~~  { $chain }
swap-vr-bob-redeem = Ɓooƀ ƀřooaaḓƈaaşŧş ħiş řeeḓeeeeḿ ooƞ ƈħaaiƞ ~~~~ { $chain } ẇiŧħ ŧħee şeeƈřeeŧ ƒřooḿ ƈħaaiƞ Ɓ ~~~~ ~
swap-vr-bob-refund = Ɓooƀ ƀřooaaḓƈaaşŧş ħiş řeeƒuuƞḓ ooƞ ƈħaaiƞ ~~~~  { $chain }
swap-vr-mined = { $tx } iş ḿiƞeeḓ ~~
swap-vr-fails = { $tx } ƒaaiŀş ( ~{ $why })
swap-vr-fail-settled = ŧħee ƈooƞŧřaaƈŧ iş aaŀřeeaaḓẏ şeeŧŧŀeeḓ ~~~~
swap-vr-fail-not-funded = ŧħee ƈooƞŧřaaƈŧ iş ƞooŧ ƒuuƞḓeeḓ ~~~~
swap-vr-fail-funded = aaŀřeeaaḓẏ ƒuuƞḓeeḓ 
swap-vr-fail-secret = ŧħee şeeƈřeeŧ'ş ŀeeƞɠŧħ iş řeeƒuuşeeḓ ~~~~
swap-vr-fail-late = ŧoooo ŀaaŧee: ƥaaşŧ ŧħee ŧiḿeeŀooƈķ ~~
swap-vr-fail-early = ŧiḿeeŀooƈķ ƞooŧ řeeaaƈħeeḓ ~
swap-vr-block-a = Ƈħaaiƞ A ƀŀooƈķ ~~~ { $n }
swap-vr-block-a-open = Ƈħaaiƞ A ƀŀooƈķ ~~~ { $n } (řeeƒuuƞḓ ẇiƞḓooẇ ooƥeeƞ) ~~
swap-vr-block-b = Ƈħaaiƞ Ɓ ƀŀooƈķ aaŧ ŧiƈķ ~~~~  { $n }
swap-vr-block-b-timelock = Ƈħaaiƞ Ɓ ƀŀooƈķ aaŧ ŧiƈķ ~~~~  { $n } (Ɓooƀ'ş ŧiḿeeŀooƈķ ƥaaşşeeş ẇiŧħiƞ iŧ: řeeḓeeeeḿş ƀeeƒoořee iŧ, řeeƒuuƞḓş aaƒŧeeř) ~~~~ ~~~~ ~
swap-vr-block-b-past = Ƈħaaiƞ Ɓ ƀŀooƈķ aaŧ ŧiƈķ ~~~~  { $n } (ƥaaşŧ Ɓooƀ'ş ŧiḿeeŀooƈķ) ~~~~
swap-vr-block = { $what }: { $parts }
swap-vr-quiet-one = A ƀŀooƈķ ƥaaşşeeş ẇiŧħ ƞooŧħiƞɠ ƒooř ŧħee şẇaaƥ (ŧiƈķ ~~~~ ~~~~ ~ { $tick }, ƈħaaiƞ A aaŧ ħeeiɠħŧ ~~~~ { $height })
swap-vr-quiet-many = { $n } ƀŀooƈķş ƥaaşş ẇiŧħ ƞooŧħiƞɠ ƒooř ŧħee şẇaaƥ (ŧiƈķ ~~~~ ~~~~ ~ { $tick }, ƈħaaiƞ A aaŧ ħeeiɠħŧ ~~~~ { $height })
swap-vr-quiet-span = { $n } ƀŀooƈķş ƥaaşş ẇiŧħ ƞooŧħiƞɠ ƒooř ŧħee şẇaaƥ (ŧiƈķş ~~~~ ~~~~ ~ { $from } ŧoo { $tick }, ƈħaaiƞ A aaŧ ħeeiɠħŧ ~~~~ { $height })
swap-vr-offline = { $who } iş ooƒƒŀiƞee ~
swap-vr-waits = { $tx } ẇaaiŧş iƞ ƈħaaiƞ ~~~ { $chain }'ş ḿeeḿƥooooŀ 
swap-vr-waits-congested = { $tx } ẇaaiŧş iƞ ƈħaaiƞ ~~~ { $chain }'ş ḿeeḿƥooooŀ (ŧħee ƈħaaiƞ iş ƈooƞɠeeşŧeeḓ) ~~~~ 
swap-vr-end-alice = Eƞḓ: Aŀiƈee ħaaş ƞeeiŧħeeř ħeeř ooẇƞ ƈooiƞş ƀaaƈķ ƞooř Ɓooƀ'ş ~~~~ ~~~~ 
swap-vr-end-bob = Eƞḓ: Ɓooƀ ħaaş ƞeeiŧħeeř ħiş ooẇƞ ƈooiƞş ƀaaƈķ ƞooř Aŀiƈee'ş ~~~~ ~~~~ ~
swap-vr-end = Eƞḓ
swap-vr-abs-time = Ŧiḿee iş ƈoouuƞŧeeḓ iƞ ŧiƈķş ooƒ ~~~~  { $tick }: Ɓooƀ'ş ŧiḿeeŀooƈķ ( ~~~~{ $bob }) iş ~ { $ticks } ŧiƈķş, aaƞḓ Aŀiƈee'ş ( ~~~~ { $alice }) iş ħeeiɠħŧ ~~~ { $height } ooƞ ƈħaaiƞ A, şoo ħeeř řeeƒuuƞḓ ƈaaƞ ƀee ḿiƞeeḓ ƒřooḿ ƀŀooƈķ ~~~~ ~~~ { $first }.
swap-vr-abs-drift = Eaaƈħ ƈħaaiƞ ḿaaķeeş ooƞee ƀŀooƈķ ƥeeř ŧiƈķ: ƈħaaiƞ Ɓ'ş ƀŀooƈķ aaŧ ŧiƈķ ķ ħaaş ŧiḿeeşŧaaḿƥ ķ, aaƞḓ ƈħaaiƞ A'ş ħeeiɠħŧ ḿaaẏ řuuƞ uuƥ ŧoo ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ { $drift ->
        [one] { $drift } ƀŀooƈķ 
       *[other] { $drift } ƀŀooƈķş ~
    } aaħeeaaḓ ooƒ ooř ƀeeħiƞḓ ŧħee ŧiƈķş. ~~~~
swap-vr-abs-drift-jitter = Eaaƈħ ƈħaaiƞ ḿaaķeeş ooƞee ƀŀooƈķ ƥeeř ŧiƈķ: ƈħaaiƞ Ɓ'ş ƀŀooƈķ aaŧ ŧiƈķ ķ ħaaş ŧiḿeeşŧaaḿƥ ķ, aaƞḓ ƈħaaiƞ A'ş ħeeiɠħŧ ḿaaẏ řuuƞ uuƥ ŧoo ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ { $drift ->
        [one] { $drift } ƀŀooƈķ 
       *[other] { $drift } ƀŀooƈķş ~
    } aaħeeaaḓ ooƒ ooř ƀeeħiƞḓ ŧħee ŧiƈķş (ŧẇoo şŧaaƞḓaařḓ ḓeeṽiaaŧiooƞş ooƒ iŧş řaaƞḓooḿ ƀŀooƈķ ŧiḿeeş ƀẏ ŧħee ŧiḿeeŀooƈķ). ~~~~ ~~~~ ~~~~ ~~
swap-vr-abs-react = Aƞ ħooƞeeşŧ ƥaařŧẏ aaƈŧş ẇiŧħiƞ ~~~~ ~ { $alice ->
        [one] { $alice } ŧiƈķ ~
       *[other] { $alice } ŧiƈķş ~
    } (Aŀiƈee) / ~~ { $bob ->
        [one] { $bob } ŧiƈķ ~
       *[other] { $bob } ŧiƈķş ~
    } (Ɓooƀ) ooƒ şeeeeiƞɠ ẇħaaŧ iŧ ẇaaiŧş ƒooř, aaƞḓ iŧş ŧřaaƞşaaƈŧiooƞ iş ḿiƞeeḓ ẇiŧħiƞ ~~~~ ~~~~ ~~~~  { $blocks } ƀŀooƈķş ooƒ iŧş ƈħaaiƞ, ƀuuŧ ƞooŧ ẇħiŀee ŧħaaŧ ƈħaaiƞ iş ƈooƞɠeeşŧeeḓ; ŧħee ooŧħeeř ƥaařŧẏ ḿaaẏ ɠeeŧ aaƞẏŧħiƞɠ iŧ ƈaaƞ şiɠƞ ḿiƞeeḓ iƞ aaƞẏ ƀŀooƈķ, ƈooƞɠeeşŧeeḓ ooř ƞooŧ, aaħeeaaḓ ooƒ ŧħee ħooƞeeşŧ ƥaařŧẏ'ş, ooř ḓoo ƞooŧħiƞɠ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~
swap-vr-abs-offline = { $who } iş ooƒƒŀiƞee ƒřooḿ ŧiƈķ ~~~~ { $from } ŧoo { $until }.
swap-vr-abs-congested = Ƈħaaiƞ  { $chain } iş ƈooƞɠeeşŧeeḓ ƒřooḿ ŧiƈķ ~~~~ { $from } ŧoo { $until }.
swap-vr-abs-last-block = Ƈħaaiƞ Ɓ'ş ƀŀooƈķ aaŧ ŧiƈķ ~~~~ ~ { $tick } ħooŀḓş ŧħee ŀaaşŧ ḿooḿeeƞŧş ƀeeƒoořee Ɓooƀ'ş ŧiḿeeŀooƈķ aaƞḓ ŧħee ƒiřşŧ aaƒŧeeř iŧ: aa řeeḓeeeeḿ iƞ iŧ iş ḿiƞeeḓ aaħeeaaḓ ooƒ aa řeeƒuuƞḓ. ~~~~ ~~~~ ~~~~ ~~
swap-vr-abs-redeem-at = Aŀiƈee řeeḓeeeeḿş ƞoo eeaařŀieeř ŧħaaƞ ŧiƈķ ~~~~ { $tick }.
swap-vr-abs-never = Ƒooŀŀooẇiƞɠ ħeeř ƥŀaaƞ, Aŀiƈee ƞeeṽeeř řeeḓeeeeḿş. ~~~~ 
swap-vr-abs-redeem-by = Ƒooŀŀooẇiƞɠ ħeeř ƥŀaaƞ, Aŀiƈee ƀřooaaḓƈaaşŧş ħeeř řeeḓeeeeḿ ƞoo ŀaaŧeeř ŧħaaƞ ŧiƈķ ~~~~ ~~~~  { $tick } (aaş iƞ ŧħee şiḿuuŀaaŧiooƞ: ooƞŀẏ iƒ iŧ ƈaaƞ şŧiŀŀ řeeaaƈħ aa ƀŀooƈķ ƀeeƒoořee Ɓooƀ'ş ŧiḿeeŀooƈķ), aaƞḓ ŧħeeƞ iŧ iş ḿiƞeeḓ ƀẏ ŧiƈķ ~~~~ ~~~~ ~~~~ ~~~~ ~~~ { $by }.
swap-vr-abs-cannot = Ƒooŀŀooẇiƞɠ ħeeř ƥŀaaƞ, Aŀiƈee ƞeeṽeeř řeeḓeeeeḿş: ƞoo ƀŀooƈķ ƀeeƒoořee Ɓooƀ'ş ŧiḿeeŀooƈķ ƈoouuŀḓ ŧaaķee iŧ. ~~~~ ~~~~ ~~
swap-vr-abs-secret-32 = Aŀiƈee'ş şeeƈřeeŧ iş 32 ƀẏŧeeş, ŧħee ooƞŀẏ ŀeeƞɠŧħ ƀooŧħ ƈooƞŧřaaƈŧş aaƈƈeeƥŧ. ~~~~ ~~~~ ~~~~
swap-vr-abs-secret-checked = Ƒooŀŀooẇiƞɠ ħeeř ƥŀaaƞ, Aŀiƈee'ş şeeƈřeeŧ iş ~~~~ ~~ { $bytes } ƀẏŧeeş; ẇħeeƞ şħee ḿaaẏ ḓoo aaƞẏŧħiƞɠ, şħee ḿaaẏ aaŀşoo ƥiƈķ aa 32-ƀẏŧee ooƞee. ~~~~ ~~~~ ~
swap-vr-abs-secret-unchecked = Ƒooŀŀooẇiƞɠ ħeeř ƥŀaaƞ, Aŀiƈee'ş şeeƈřeeŧ iş ~~~~ ~~ { $bytes } ƀẏŧeeş; ẇħeeƞ şħee ḿaaẏ ḓoo aaƞẏŧħiƞɠ, şħee ḿaaẏ aaŀşoo ƥiƈķ aa ŀeeƞɠŧħ ŧħaaŧ ƈħaaiƞ Ɓ aaƈƈeeƥŧş aaƞḓ ƈħaaiƞ A'ş şƈřiƥŧ (OƤ_ŞIẐE 32) řeeƒuuşeeş. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~
swap-vr-abs-horizon = Eṽeeřẏ řuuƞ iş ƒooŀŀooẇeeḓ ŧoo ŧiƈķ ~~~~  { $tick } ooř uuƞŧiŀ ƀooŧħ ƈooƞŧřaaƈŧş şeeŧŧŀee; ƒeeeeş aařee ŀeeƒŧ oouuŧ. ~~~~ 
swap-vr-abs-doubled = Ŧħee ŧiƈķ ẇaaş ḓoouuƀŀeeḓ ~~ { $n ->
        [one] { $n } ŧiḿee 
       *[other] { $n } ŧiḿeeş 
    } ŧoo ķeeeeƥ eeaaƈħ eeẋƥŀoořaaŧiooƞ uuƞḓeeř  { $budget } şŧaaŧeeş. 
