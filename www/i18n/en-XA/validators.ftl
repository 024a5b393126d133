# Chain Lab: the proof-of-stake validators page (src/ui/validators*, src/charts/validators.rs,
# the model's narration and finality story, the link notices).

## Shared formats
validators-pct = { $p }%
validators-usd = ${ $v }
validators-eth = { $v } EŦĦ
validators-yes = ẏeeş
validators-no = ƞoo
validators-none = ƞooƞee
validators-nobody = ƞooƀooḓẏ 
validators-epoch-day = eeƥooƈħ { $epoch } (ḓaaẏ  { $day })

## The page
validators-title = Ƥřooooƒ-ooƒ-şŧaaķee ṽaaŀiḓaaŧoořş ~
validators-subtitle = şŧaaķee, şŀaaşħiƞɠ, ƈooƞƈeeƞŧřaaŧiooƞ, aaƞḓ ẇħaaŧ aa ƈooŀŀaaƥşiƞɠ ŧooķeeƞ ḓooeeş ŧoo ŧħeeḿ ~~~~ ~~~~ 
validators-presets-label = Ƥřeeşeeŧş 
validators-preset-ethereum = Eŧħeeřeeuuḿ'ş eeƞŧiŧieeş, 2022 ~~~~
validators-preset-mass-slashing = Ŧħee ŀaařɠeeşŧ ooƥeeřaaŧooř şŀaaşħeeḓ ~~
validators-preset-decline = Ƥřiƈee ƒaaŀŀş 90% ~~~
validators-preset-collapse = Ŧooķeeƞ ƈooŀŀaaƥşeeş −99.99% ~~~~
validators-preset-luna = ĿUȠA ƒřooḿ ŧħee şŧaaƀŀeeƈooiƞ şiḿuuŀaaŧiooƞ ~~~~ 
validators-preset-offline = Oṽeeř aa ŧħiřḓ ɠooeeş ooƒƒŀiƞee (40%) ~~~~ ~
validators-preset-partition = Ƞeeŧẇoořķ ƥaařŧiŧiooƞ ~~
validators-lorenz-name = Ŀoořeeƞẑ ƈuuřṽee 
validators-chart-name = ƈħaařŧ 
validators-status = Eƥooƈħ  { $epoch } ooƒ { $epochs } · ḓaaẏ  { $day } · ŧooķeeƞ  { $price } · { $active } aaƈŧiṽee ṽaaŀiḓaaŧoořş ( ~~{ $stake } EŦĦ), ~ { $exiting } iƞ ŧħee eeẋiŧ ɋuueeuuee, ~ { $slashed } şŀaaşħeeḓ, ~ { $exited } eeẋiŧeeḓ 
validators-nc-label = ooƥeeřaaŧoořş ƈooƞŧřooŀ  { $share }
validators-nc-halt = ƈaaƞ ħaaŀŧ ƒiƞaaŀiŧẏ ~~~
validators-nc-outvote = ƈaaƞ oouuŧṽooŧee ŧħee řeeşŧ 
validators-nc-finalise = ƈaaƞ ƒiƞaaŀişee aaŀooƞee ~
validators-nc-cost = aaŧŧaaƈķ ƈooşŧş ~ { $cost }
validators-whatif-label = Ẇħaaŧ iƒ ~
validators-whatif-now = Ẇħaaŧ iƒ, ƞooẇ: ~~~
validators-whatif-redelegate = Řee-ḓeeŀeeɠaaŧee ŧħee ŀaařɠeeşŧ ~
validators-whatif-merge = Ḿeeřɠee ŧħee ŧẇoo ŀaařɠeeşŧ ~~
validators-whatif-slash = Şŀaaşħ ŧħee ŀaařɠeeşŧ ~~
validators-whatif-redelegate-hint = Ŧħee ŀaařɠeeşŧ ooƥeeřaaŧooř'ş ṽaaŀiḓaaŧoořş ḿooṽee ŧoo ŧħee ooŧħeeřş, şḿaaŀŀeeşŧ ƒiřşŧ ~~~~ ~~~~
validators-whatif-merge-hint = Ŧħee şeeƈooƞḓ-ŀaařɠeeşŧ ooƥeeřaaŧooř ḿeeřɠeeş iƞŧoo ŧħee ŀaařɠeeşŧ ~~~~ 
validators-whatif-slash-hint = Eṽeeřẏ ṽaaŀiḓaaŧooř ooƒ ŧħee ŀaařɠeeşŧ ooƥeeřaaŧooř iş şŀaaşħeeḓ aaŧ ooƞƈee ~~~~ ~
validators-largest = Ŀaařɠeeşŧ: ~ { $name } ({ $share }% ooƒ aaƈŧiṽee şŧaaķee) ~~
validators-stage-role = ṽaaŀiḓaaŧooř şeeŧ ~
validators-stage-label = Ŧħee ṽaaŀiḓaaŧoořş, ooƞee şɋuuaařee eeaaƈħ, ɠřoouuƥeeḓ ƀẏ ooƥeeřaaŧooř; ħooŀŀooẇ: ooƒƒŀiƞee; řeeḓ: şŀaaşħeeḓ; ẏeeŀŀooẇ řiƞɠ: iƞ ŧħee eeẋiŧ ɋuueeuuee; ɠřeeẏ: eeẋiŧeeḓ; ḓooŧ: ƥřooƥooşeeḓ aa ƀŀooƈķ ŧħiş eeƥooƈħ. Ařřooẇ ķeeẏş iƞşƥeeƈŧ ooƞee ṽaaŀiḓaaŧooř: ŀeeƒŧ aaƞḓ řiɠħŧ ŧħee ƞeeẋŧ, uuƥ aaƞḓ ḓooẇƞ ŧħee ƞeeẋŧ ooƥeeřaaŧooř ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~
validators-key-attesting = aaŧŧeeşŧiƞɠ (ooƥeeřaaŧoořş aaŀŧeeřƞaaŧee ƀŀuuee aaƞḓ ɠřeeeeƞ) ~~~
validators-key-offline = ooƒƒŀiƞee 
validators-key-slashed = şŀaaşħeeḓ 
validators-key-queue = iƞ ŧħee eeẋiŧ ɋuueeuuee 
validators-key-exited = eeẋiŧeeḓ 
validators-key-proposer = ƥřooƥooşeeḓ ŧħiş eeƥooƈħ. Şɋuuaařeeş şħřiƞķ ẇiŧħ ŧħeeiř ƀaaŀaaƞƈee. ~~~~ ~~~~
validators-lorenz-label = Ŀoořeeƞẑ ƈuuřṽee ooƒ şŧaaķee ooṽeeř ooƥeeřaaŧoořş; Ɠiƞi ~~~ { $gini }
validators-chart-nakamoto-label = Ƞaaķaaḿooŧoo ƈooeeƒƒiƈieeƞŧ aaŧ ~ { $a }, { $b } aaƞḓ { $c } ooṽeeř ŧiḿee 
validators-chart-cost-label = Ƈooşŧ ooƒ aaŧŧaaƈķ iƞ UŞḒ ooṽeeř ŧiḿee, ŀooɠ şƈaaŀee ~~~~ ~
validators-chart-active-label = Ṽaaŀiḓaaŧoořş aaƈŧiṽee aaƞḓ iƞ ŧħee eeẋiŧ ɋuueeuuee ooṽeeř ŧiḿee ~~~~
validators-gini = Ɠiƞi (ooƥeeřaaŧoořş) ~~
validators-operators-with-stake = Oƥeeřaaŧoořş ẇiŧħ şŧaaķee ~~
validators-participation = Ƥaařŧiƈiƥaaŧiooƞ ~~
validators-apr-title = Ŧħiş eeƥooƈħ'ş řeeẇaařḓş ƥeeř şŧaaķeeḓ EŦĦ, ŧiḿeeş 82,125 eeƥooƈħş aa ẏeeaař ~~~~ ~~~~ ~~
validators-apr = Řeeẇaařḓ řaaŧee, ẏeeaařŀẏ ~
validators-apr-note = eeaaƈħ ṽaaŀiḓaaŧooř'ş řeeẇaařḓ şƈaaŀeeş ẇiŧħ 1/√(ŧooŧaaŀ şŧaaķee): iŧ řişeeş aaş şŧaaķee ŀeeaaṽeeş, aaƞḓ ŧħiş ḿooḓeeŀ'ş şeeŧ iş ƒaař şḿaaŀŀeeř ŧħaaƞ Eŧħeeřeeuuḿ'ş ~~~~ ~~~~ ~~~~ ~~~~ ~
validators-whatifs-so-far = Ẇħaaŧ-iƒş şoo ƒaař ~~

## The finality panel
validators-strip-label = Ƒiƞaaŀiŧẏ şŧřiƥ: eeaaƈħ ƈooŀuuḿƞ iş aa şŧřeeŧƈħ ooƒ eeƥooƈħş, ɠřeeeeƞ ƒiƞaaŀişeeḓ, ƀŀuuee ĵuuşŧiƒieeḓ ooƞŀẏ, ɠřeeẏ ƞooŧ ĵuuşŧiƒieeḓ, aa řeeḓ ƀaaƞḓ ẇħeeřee ŧħee ƈħaaiƞ ŀeeaaķş. Ƒiƞaaŀişeeḓ eeƥooƈħ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~ { $finalized }, ƒiƞaaŀiŧẏ ḓeeŀaaẏ ~~~ { $delay } eeƥooƈħş 
validators-finality-title = Ƒiƞaaŀiŧẏ (Ƈaaşƥeeř ƑƑƓ) ~~~~ 
validators-finalised-epoch = Ƒiƞaaŀişeeḓ eeƥooƈħ ~
validators-finality-delay = Ƒiƞaaŀiŧẏ ḓeeŀaaẏ ~~
validators-finality-delay-value = { $epochs } eeƥooƈħş ( ~{ $days } ḓaaẏş) 
validators-target-voting = Ṽooŧiƞɠ ƒooř ŧħee ŧaařɠeeŧ ~~~
validators-target-share = { $share }% (2/3 ƞeeeeḓeeḓ) ~~
validators-leak = Iƞaaƈŧiṽiŧẏ ŀeeaaķ ~~
validators-key-final = ƒiƞaaŀişeeḓ ~
validators-key-justified = ĵuuşŧiƒieeḓ ~
validators-key-none = ƞooŧ ĵuuşŧiƒieeḓ ~~
validators-key-leak = iƞaaƈŧiṽiŧẏ ŀeeaaķ; ḓaaşħeeḓ: ŧħee oouuŧaaɠee ƀeeɠiƞş ~~~~ 
validators-balances-label = Ɓaaŀaaƞƈee ooṽeeř ŧiḿee ooƒ ooƞee ṽaaŀiḓaaŧooř ŧħaaŧ iş ƈuuŧ ooƒƒ aaƞḓ ooƞee ŧħaaŧ şŧaaẏş ooƞŀiƞee, iƞ EŦĦ; eeĵeeƈŧiooƞ aaŧ 16 EŦĦ ~~~~ ~~~~ ~~~~ 

## The slashing panel
validators-slashing-title = Şŀaaşħiƞɠ ƞooẇ ( ~~~{ $fork })
validators-initial-penalty = Iƞiŧiaaŀ ƥeeƞaaŀŧẏ, 32 EŦĦ ṽaaŀiḓaaŧooř ~~~~ ~~
validators-slashed-window = Şŀaaşħeeḓ iƞ ŧħee ŀaaşŧ 36 ḓaaẏş ~~~~ 
validators-slashed-window-value = { $eth } EŦĦ ( ~{ $share }% ooƒ aaƈŧiṽee) ~
validators-correlation-penalty = Ƈoořřeeŀaaŧiooƞ ƥeeƞaaŀŧẏ, iƒ ḓuuee ŧooḓaaẏ ~~~
validators-last-correlation = Ŀaaşŧ şŀaaşħiƞɠ'ş ƈoořřeeŀaaŧiooƞ ƥeeƞaaŀŧẏ ~~~~ 

## Inspecting one validator
validators-reason-slashed = {" "}(şŀaaşħeeḓ) ~
validators-reason-ejected = {" "}(eeĵeeƈŧeeḓ: ƀaaŀaaƞƈee aaŧ 16 EŦĦ) ~~~~
validators-reason-unprofitable = {" "}(řuuƞƞiƞɠ aaŧ aa ŀooşş) ~~~
validators-state-exited = eeẋiŧeeḓ { $reason }
validators-state-exiting = iƞ ŧħee eeẋiŧ ɋuueeuuee { $reason }
validators-state-attesting = aaŧŧeeşŧiƞɠ ~
validators-operator-line = { $count } ṽaaŀiḓaaŧoořş, ~ { $share }% ooƒ ŧħee aaƈŧiṽee şŧaaķee ~~
validators-focus-line = Ṽaaŀiḓaaŧooř  { $i } ooƒ { $name }: { $eth } EŦĦ, ~ { $status }
validators-inspect-hint = Ƈŀiƈķ ooř ŧaaƥ aa ṽaaŀiḓaaŧooř, ooř Ŧaaƀ ŧoo ŧħee ƥiƈŧuuřee aaƞḓ uuşee ŧħee aařřooẇ ķeeẏş, ŧoo iƞşƥeeƈŧ iŧ. ~~~~ ~~~~ ~~~
validators-inspect-title = Ṽaaŀiḓaaŧooř  { $i } · { $name }
validators-balance = Ɓaaŀaaƞƈee
validators-balance-value = { $eth } EŦĦ (eeƒƒeeƈŧiṽee ~~ { $effective } EŦĦ) ~
validators-inspect-status = Şŧaaŧuuş 
validators-proposed = Ƥřooƥooşeeḓ ŧħiş eeƥooƈħ ~~
validators-its-operator = Iŧş ooƥeeřaaŧooř 

## Settings
validators-price-stable = Şŧaaƀŀee 
validators-price-decline = Ɠřaaḓuuaaŀ ḓeeƈŀiƞee (ŀiƞeeaař) ~~
validators-price-collapse = Ƈooŀŀaaƥşee: −99.99% iƞ aa ẇeeeeķ (ĿUȠA, Ḿaaẏ 2022) ~~~~ ~~~~ 
validators-price-luna = ĿUȠA ƒřooḿ ŧħee şŧaaƀŀeeƈooiƞ şiḿuuŀaaŧiooƞ (Ḿaaẏ 2022) ~~~~ ~~~~
validators-dist-equal = Eɋuuaaŀ
validators-dist-powerlaw = Ƥooẇeeř ŀaaẇ 
validators-dist-delegation = Ḓeeŀeeɠaaŧiooƞ ŧoo aa ƒeeẇ 
validators-dist-real = Eŧħeeřeeuuḿ, Şeeƥŧ 2022 ~~~
validators-not-a-number = { $raw } iş ƞooŧ aa ƞuuḿƀeeř ~
validators-set = Ṽaaŀiḓaaŧooř şeeŧ ~
validators-field-distribution = Şŧaaķee ḓişŧřiƀuuŧiooƞ ~~~
validators-field-alpha = Ƥooẇeeř-ŀaaẇ eeẋƥooƞeeƞŧ α ~
validators-field-big = Ŀaařɠee ooƥeeřaaŧoořş
validators-field-big-share = Ŧħeeiř şħaařee ooƒ şŧaaķee (%) ~~~
validators-field-validators = Ṽaaŀiḓaaŧoořş (32 EŦĦ eeaaƈħ) ~~~~
validators-field-operators = Oƥeeřaaŧoořş 
validators-rules = Řuuŀeeş
validators-field-fork = Şŀaaşħiƞɠ řuuŀeeş (iƞiŧiaaŀ ƥeeƞaaŀŧẏ, ƈoořřeeŀaaŧiooƞ ×) ~~~~ ~~~
validators-field-offline = Oƒƒŀiƞee ƥeeř eeƥooƈħ (%) ~~~~
validators-field-lone = Ŀooƞee şŀaaşħiƞɠş ƥeeř 1,000 eeƥooƈħş ~~~~ ~
validators-field-epochs = Eƥooƈħş iƞ ŧħee řuuƞ (225 aa ḓaaẏ) ~~~~ ~
validators-price-and-costs = Ŧooķeeƞ ƥřiƈee aaƞḓ ƈooşŧş ~~~
validators-field-price = Ƥřiƈee ooƒ ŧħee şŧaaķeeḓ ŧooķeeƞ ~~
validators-field-depth = Ḓeeƈŀiƞee ooṽeeř ŧħee řuuƞ (%) ~~~
validators-field-start-price = Şŧaařŧiƞɠ ƥřiƈee (UŞḒ) ~~~~ 
validators-field-cost-share = Ŧẏƥiƈaaŀ ƈooşŧ, % ooƒ şŧaařŧiƞɠ iƞƈooḿee ~~~~ ~~
validators-cost-rule = A ṽaaŀiḓaaŧooř aaşķş ŧoo eeẋiŧ aaƒŧeeř aa ḓaaẏ (225 eeƥooƈħş) ooƒ iƞƈooḿee ƀeeŀooẇ iŧş ƈooşŧş. Ŀaařɠee ooƥeeřaaŧoořş ƥaaẏ ŀeeşş ƥeeř ṽaaŀiḓaaŧooř. ~~~~ ~~~~ ~~~~ ~
validators-outage = Ouuŧaaɠee
validators-field-outage = Ƥaařŧ ooƒ ŧħee şŧaaķee ƈuuŧ ooƒƒ ~~
validators-outage-none = Ƞooƞee
validators-outage-offline = A şħaařee ɠooeeş ooƒƒŀiƞee ~
validators-outage-partition = Ƞeeŧẇoořķ ƥaařŧiŧiooƞ (ŧẇoo ƈħaaiƞş) ~~~~ 
validators-field-outage-share = Şħaařee ƈuuŧ ooƒƒ (% ooƒ ṽaaŀiḓaaŧoořş) ~~~~
validators-field-outage-from = Ƒřooḿ eeƥooƈħ 
validators-outage-offline-rule = Ŧħeeẏ şŧaaẏ ooƒƒŀiƞee. Ƒiƞaaŀiŧẏ ƞeeeeḓş 2/3 ooƒ ŧħee aaƈŧiṽee şŧaaķee ṽooŧiƞɠ; ẇiŧħoouuŧ iŧ ŧħee iƞaaƈŧiṽiŧẏ ŀeeaaķ ḓřaaiƞş ŧħee ooƒƒŀiƞee ṽaaŀiḓaaŧoořş uuƞŧiŀ ŧħee řeeşŧ ħooŀḓş 2/3 aaɠaaiƞ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ 
validators-outage-partition-rule = Eaaƈħ şiḓee şeeeeş ŧħee ooŧħeeř aaş ooƒƒŀiƞee aaƞḓ ƀuuiŀḓş iŧş ooẇƞ ƈħaaiƞ; ƀooŧħ ŀeeaaķ, aaƞḓ eeaaƈħ ƒiƞaaŀişeeş iŧş ooẇƞ ooƞƈee iŧş şŧaaķee ħooŀḓş 2/3 ooƒ ẇħaaŧ iŧ ƈoouuƞŧş. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ 

## The finality strip and the leak's balances (canvas)
validators-strip-chain-a = ƈħaaiƞ aa (ŧħee řeeşŧ) ~~~
validators-strip-chain-b = ƈħaaiƞ ƀ (ƈuuŧ-ooƒƒ şiḓee) ~~~~
validators-strip-chain = ƈħaaiƞ 
validators-strip-row = { $chain }: ƒiƞaaŀişeeḓ eeƥooƈħ ~~ { $epoch }
validators-day = ḓaaẏ { $day }
validators-ejection-line = eeĵeeƈŧiooƞ aaŧ 16 EŦĦ ~~~
validators-balances-online = — ooƞŀiƞee ṽaaŀiḓaaŧooř ~~
validators-balances-offline = — ooƒƒŀiƞee ṽaaŀiḓaaŧooř (ƀaaŀaaƞƈee, EŦĦ) ~~~~ 

## The explanation
validators-explain-what-title = Ẇħaaŧ ẏoouu aařee ŀooooķiƞɠ aaŧ ~
validators-explain-what-1 = Eaaƈħ şɋuuaařee iş aa ṽaaŀiḓaaŧooř: 32 EŦĦ ŀooƈķeeḓ ƒooř ŧħee řiɠħŧ ŧoo ƥřooƥooşee ƀŀooƈķş aaƞḓ aaŧŧeeşŧ ŧoo ŧħeeḿ. Şɋuuaařeeş aařee ɠřoouuƥeeḓ ƀẏ ŧħee ooƥeeřaaŧooř ŧħaaŧ řuuƞş ŧħeeḿ (Ŀiḓoo, Ƈooiƞƀaaşee, aaƞ eeẋƈħaaƞɠee, aa şooŀoo şŧaaķeeř). Iƞ eeṽeeřẏ 6.4-ḿiƞuuŧee eeƥooƈħ eeaaƈħ ooƞŀiƞee ṽaaŀiḓaaŧooř aaŧŧeeşŧş aaƞḓ eeaařƞş aa ŀiŧŧŀee; eeaaƈħ ooƒ ŧħee 32 şŀooŧş ħaaş aa ƥřooƥooşeeř, ḓřaaẇƞ iƞ ƥřooƥoořŧiooƞ ŧoo şŧaaķee (ŧħee ḓooŧş). Aƞ ooƒƒŀiƞee ṽaaŀiḓaaŧooř (ħooŀŀooẇ) ŀooşeeş ẇħaaŧ iŧ ẇoouuŀḓ ħaaṽee eeaařƞeeḓ ƒooř şoouuřƈee aaƞḓ ŧaařɠeeŧ ṽooŧeeş. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~
validators-explain-what-2 = A ṽaaŀiḓaaŧooř ŧħaaŧ şiɠƞş ŧẇoo ƈooƞƒŀiƈŧiƞɠ ṽooŧeeş iş şŀaaşħeeḓ (řeeḓ): iŧ ŀooşeeş aa şḿaaŀŀ iƞiŧiaaŀ ƥeeƞaaŀŧẏ aaŧ ooƞƈee, iş ƒoořƈeeḓ oouuŧ ŧħřoouuɠħ ŧħee eeẋiŧ ɋuueeuuee, aaƞḓ aaƀoouuŧ 18 ḓaaẏş ŀaaŧeeř (4,096 eeƥooƈħş) ƥaaẏş aa ƈoořřeeŀaaŧiooƞ ƥeeƞaaŀŧẏ ooƒ ŧħřeeee ŧiḿeeş ŧħee şħaařee ooƒ aaŀŀ şŧaaķee şŀaaşħeeḓ iƞ ŧħee şuuřřoouuƞḓiƞɠ 36 ḓaaẏş. Oƞee ṽaaŀiḓaaŧooř'ş ḿişŧaaķee ƈooşŧş aaŀḿooşŧ ƞooŧħiƞɠ; aa ŧħiřḓ ooƒ ŧħee ƞeeŧẇoořķ ḿişƀeeħaaṽiƞɠ ŧooɠeeŧħeeř ŀooşeeş eeṽeeřẏŧħiƞɠ. A ṽaaŀiḓaaŧooř ẇħooşee eeƒƒeeƈŧiṽee ƀaaŀaaƞƈee ƒaaŀŀş ŧoo 16 EŦĦ (iŧş ƀaaŀaaƞƈee ƀeeŀooẇ 16.75 EŦĦ) iş eeĵeeƈŧeeḓ. Eẋiŧş ẇaaiŧ iƞ aa ɋuueeuuee ŧħaaŧ ŀeeŧş oouuŧ ooƞŀẏ şoo ḿuuƈħ şŧaaķee ƥeeř eeƥooƈħ (ŧħee ƈħuuřƞ ŀiḿiŧ: 128 ŧoo 256 EŦĦ ƒřooḿ Eŀeeƈŧřaa, aaŧ ŀeeaaşŧ 4 ṽaaŀiḓaaŧoořş ƀeeƒoořee iŧ). ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ 
validators-explain-what-3 = Ƒiƞaaŀiŧẏ (Ƈaaşƥeeř ƑƑƓ): iƞ eeaaƈħ eeƥooƈħ ŧħee ṽaaŀiḓaaŧoořş ṽooŧee ƒooř aa ƈħeeƈķƥooiƞŧ, ŧħee eeƥooƈħ'ş ƒiřşŧ ƀŀooƈķ. Ẇħeeƞ ŧħee ṽooŧeeş ƒooř iŧ ƈaařřẏ aaŧ ŀeeaaşŧ 2/3 ooƒ ŧħee aaƈŧiṽee eeƒƒeeƈŧiṽee ƀaaŀaaƞƈee iŧ iş ĵuuşŧiƒieeḓ; ŧẇoo ĵuuşŧiƒieeḓ ƈħeeƈķƥooiƞŧş iƞ aa řooẇ ƒiƞaaŀişee ŧħee ƒiřşŧ, aaƞḓ aa ƒiƞaaŀişeeḓ ƀŀooƈķ iş ƞeeṽeeř řeeṽeeřŧeeḓ. Ŧħee ƒiƞaaŀiŧẏ şŧřiƥ şħooẇş ŧħiş eeƥooƈħ ƀẏ eeƥooƈħ. Iƒ ḿoořee ŧħaaƞ aa ŧħiřḓ ooƒ ŧħee şŧaaķee iş ooƒƒŀiƞee, ƞooŧħiƞɠ iş ĵuuşŧiƒieeḓ aaƞḓ ƒiƞaaŀiŧẏ şŧooƥş. Aƒŧeeř 4 eeƥooƈħş ẇiŧħoouuŧ iŧ ŧħee iƞaaƈŧiṽiŧẏ ŀeeaaķ ƀeeɠiƞş: eeṽeeřẏ ṽaaŀiḓaaŧooř ŧħaaŧ ḿişşeeş iŧş ṽooŧee aaḓḓş 4 ŧoo iŧş iƞaaƈŧiṽiŧẏ şƈoořee eeaaƈħ eeƥooƈħ aaƞḓ ŀooşeeş eeƒƒeeƈŧiṽee ƀaaŀaaƞƈee × şƈoořee / 2^26 (ƒřooḿ Ɓeeŀŀaaŧřiẋ ooƞ; 3 × 2^26 uuƞḓeeř Aŀŧaaiř'ş řuuŀeeş) ooƞ ŧooƥ ooƒ ŧħee uuşuuaaŀ ƥeeƞaaŀŧieeş, şoo ŧħee ŀooşş ɠřooẇş ẇiŧħ ŧħee şɋuuaařee ooƒ ŧħee ŧiḿee ooƒƒŀiƞee, ẇħiŀee ŧħooşee ẇħoo ṽooŧee eeaařƞ ƞooŧħiƞɠ ƒooř iŧ. Ŧħee ŀeeaaķ şŧooƥş ooƞƈee ŧħee şŧaaķee şŧiŀŀ ṽooŧiƞɠ ħooŀḓş 2/3 ooƒ ŧħee aaƈŧiṽee ƀaaŀaaƞƈee aaɠaaiƞ: ŧħee ooƒƒŀiƞee ṽaaŀiḓaaŧoořş ħaaṽee ŀooşŧ eeƞoouuɠħ (ooř ƀeeeeƞ eeĵeeƈŧeeḓ aaŧ 16 EŦĦ), aaƞḓ ƒiƞaaŀiŧẏ řeeŧuuřƞş. Ĵuuşŧ ooṽeeř aa ŧħiřḓ ooƒƒŀiƞee ƈooḿeeş ƀaaƈķ iƞ ḓaaẏş; 40% ŧaaķeeş aaƀoouuŧ ŧẇoo ẇeeeeķş. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ 
validators-explain-what-4 = A ƞeeŧẇoořķ ƥaařŧiŧiooƞ şƥŀiŧş ŧħee ṽaaŀiḓaaŧoořş iƞŧoo ŧẇoo şiḓeeş ŧħaaŧ ƈaaƞƞooŧ ħeeaař eeaaƈħ ooŧħeeř. Eaaƈħ şiḓee ƀuuiŀḓş iŧş ooẇƞ ƈħaaiƞ aaƞḓ şeeeeş ŧħee ooŧħeeř şiḓee aaş ooƒƒŀiƞee, şoo ƀooŧħ ŀeeaaķ. Aƒŧeeř ẇeeeeķş eeaaƈħ şiḓee ħooŀḓş 2/3 ooƒ ŧħee şŧaaķee ŧħaaŧ iŧş ooẇƞ ƈħaaiƞ şŧiŀŀ ƈoouuƞŧş, aaƞḓ ƀooŧħ ƒiƞaaŀişee: ŧẇoo ƈooƞƒŀiƈŧiƞɠ ƒiƞaaŀişeeḓ ƈħaaiƞş, aa şaaƒeeŧẏ ƒaaiŀuuřee ŧħaaŧ ŧħee ƥřooŧooƈooŀ ƈaaƞƞooŧ uuƞḓoo ƀẏ iŧşeeŀƒ. Ŧħaaŧ iş ẇħẏ aa ƥaařŧiŧiooƞ ŀooƞɠeeř ŧħaaƞ ŧħee ŀeeaaķ iş ḓaaƞɠeeřoouuş. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~
validators-explain-what-5 = Ḓeeƈeeƞŧřaaŀişaaŧiooƞ iş ḿeeaaşuuřeeḓ ooṽeeř ooƥeeřaaŧoořş, ƞooŧ ṽaaŀiḓaaŧoořş: ŧħee Ƞaaķaaḿooŧoo ƈooeeƒƒiƈieeƞŧ iş ŧħee ƒeeẇeeşŧ ooƥeeřaaŧoořş ẇħoo ŧooɠeeŧħeeř ƈooƞŧřooŀ aa ŧħřeeşħooŀḓ ooƒ şŧaaķee. 33.4% (ḿoořee ŧħaaƞ aa ŧħiřḓ) ƈaaƞ şŧooƥ ŧħee ƈħaaiƞ ƒřooḿ ƒiƞaaŀişiƞɠ; 50% ƈaaƞ oouuŧṽooŧee ŧħee řeeşŧ ooƞ ŧħee ƒoořķ ƈħooiƈee; 66.7% ƈaaƞ ƒiƞaaŀişee ẇħaaŧeeṽeeř iŧ ŀiķeeş. Ŧħee ƈooşŧ ooƒ aaŧŧaaƈķ iş ŧħaaŧ şħaařee ooƒ ŧħee aaƈŧiṽee şŧaaķee, ŧiḿeeş ŧħee ŧooķeeƞ'ş ƥřiƈee. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~
validators-explain-what-6 = Ẇħeeƞ ŧħee şŧaaķeeḓ ŧooķeeƞ'ş ƥřiƈee ƒaaŀŀş, aa ṽaaŀiḓaaŧooř'ş iƞƈooḿee (ƒiẋeeḓ iƞ ŧooķeeƞş) ƒaaŀŀş iƞ ḓooŀŀaařş ẇħiŀee iŧş ƈooşŧş (şeeřṽeeřş, şŧaaƒƒ) ḓoo ƞooŧ. Ŧħooşee ẇħooşee iƞƈooḿee şŧaaẏş ƀeeŀooẇ ŧħeeiř ƈooşŧş ƒooř aa ḓaaẏ aaşķ ŧoo eeẋiŧ; şḿaaŀŀ ooƥeeřaaŧoořş, ẇiŧħ ħiɠħeeř ƈooşŧş ƥeeř ṽaaŀiḓaaŧooř, ŀeeaaṽee ƒiřşŧ. Aƈŧiṽee şŧaaķee şħřiƞķş, ŧħee şŧaaķee ŀeeƒŧ iş ħeeŀḓ ƀẏ ƒeeẇeeř, ŀaařɠeeř ooƥeeřaaŧoořş, aaƞḓ aaƞ aaŧŧaaƈķ ƈooşŧş ŀeeşş: iƞ ŧooķeeƞş aaƞḓ ḿuuƈħ ḿoořee iƞ ḓooŀŀaařş. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ 
validators-explain-try-title = Ẇħaaŧ ŧoo ŧřẏ ~~
validators-explain-try-1 = Oƞ ŧħee ḓeeƒaauuŀŧ (Eŧħeeřeeuuḿ'ş eeƞŧiŧieeş iƞ Şeeƥŧeeḿƀeeř 2022), ƥřeeşş “Ḿeeřɠee ŧħee ŧẇoo ŀaařɠeeşŧ”: Ŀiḓoo aaƞḓ Ƈooiƞƀaaşee ŧooɠeeŧħeeř ħooŀḓ 46%, aaƞḓ ŧħee ƈooeeƒƒiƈieeƞŧ aaŧ 33.4% ḓřooƥş ƒřooḿ 2 ŧoo 1. Řeeşeeŧ, ŧħeeƞ “Řee-ḓeeŀeeɠaaŧee ŧħee ŀaařɠeeşŧ”: Ŀiḓoo'ş ṽaaŀiḓaaŧoořş şƥřeeaaḓ ooṽeeř ŧħee ooŧħeeřş aaƞḓ iŧ řişeeş ƒřooḿ 2 ŧoo 4. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~
validators-explain-try-2 = Ƥřeeşş “Şŀaaşħ ŧħee ŀaařɠeeşŧ” aaƞḓ ƥŀaaẏ ƒooř 20 ḓaaẏş (4,500 eeƥooƈħş) ẇiŧħ ŧħee Eŀeeƈŧřaa řuuŀeeş: ŧħee iƞiŧiaaŀ ƥeeƞaaŀŧẏ iş ŧiƞẏ, ƀuuŧ aaŧ ḓaaẏ 18 ŧħee ƈoořřeeŀaaŧiooƞ ƥeeƞaaŀŧẏ ŧaaķeeş aaŀḿooşŧ aaŀŀ ooƒ ŧħee şŀaaşħeeḓ 31%, ƀeeƈaauuşee şoo ḿuuƈħ ẇaaş şŀaaşħeeḓ aaŧ ooƞƈee. Ŧħeeƞ şẇiŧƈħ ŧħee řuuŀeeş ŧoo Ɓeeŀŀaaŧřiẋ–Ḓeeƞeeƀ aaƞḓ ƈooḿƥaařee ŧħee ƒiřşŧ ḓřooƥ (1/32 = 1 EŦĦ iƞşŧeeaaḓ ooƒ 1/4096). ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~
validators-explain-try-3 = Ƈħooooşee ŧħee ƈooŀŀaaƥşee ƥřiƈee (99.99% iƞ aa ẇeeeeķ, aaş ĿUȠA iƞ Ḿaaẏ 2022) aaƞḓ ƥŀaaẏ: ƒřooḿ aaƀoouuŧ ḓaaẏ 5 ŧħee eeẋiŧ ɋuueeuuee ƒiŀŀş, aaƈŧiṽee şŧaaķee aaƞḓ ŧħee ƈooşŧ ooƒ aaŧŧaaƈķ ƒaaŀŀ, aaƞḓ ŧħee Ƞaaķaaḿooŧoo ƈooeeƒƒiƈieeƞŧ şħřiƞķş aaş şḿaaŀŀ ooƥeeřaaŧoořş ŀeeaaṽee ƀeeƒoořee ŧħee ŀaařɠee ooƞeeş. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~
validators-explain-try-4 = Ƈooḿƥaařee “Ƥřiƈee ƒaaŀŀş 90%”: ŧħee ƈooşŧ ooƒ aaŧŧaaƈķ iƞ ḓooŀŀaařş ƒaaŀŀş ẇiŧħ ŧħee ƥřiƈee ƒřooḿ ŧħee ƒiřşŧ ḓaaẏ, ẇħiŀee ṽaaŀiḓaaŧoořş ŀeeaaṽee ooƞŀẏ aaş ŧħee ƥřiƈee ƥaaşşeeş eeaaƈħ ooƞee'ş ƀřeeaaķ-eeṽeeƞ: aa ƒeeẇ ƀẏ ḓaaẏ 20, aaƀoouuŧ ħaaŀƒ ƀẏ ḓaaẏ 27, ŧħee şḿaaŀŀ ooƥeeřaaŧoořş ƒiřşŧ (ŧħee ƈooeeƒƒiƈieeƞŧ aaŧ 33.4% eeƞḓş aaŧ 1). ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~
validators-explain-try-5 = “ĿUȠA ƒřooḿ ŧħee şŧaaƀŀeeƈooiƞ şiḿuuŀaaŧiooƞ” ƒeeeeḓş ŧħee şŧaaƀŀeeƈooiƞ ƥaaɠee'ş Ḿaaẏ 2022 řuuƞ iƞŧoo ŧħee ṽaaŀiḓaaŧoořş: ĿUȠA ƒaaŀŀş ƒřooḿ aaƀoouuŧ $85 ŧoo uuƞḓeeř aa ƈeeƞŧ ẇiŧħiƞ ḓaaẏş, aaƞḓ eeṽeeřẏ ṽaaŀiḓaaŧooř ŀeeaaṽeeş. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~
validators-explain-try-6 = “Oṽeeř aa ŧħiřḓ ɠooeeş ooƒƒŀiƞee (40%)”: ƒiƞaaŀiŧẏ şŧooƥş aaƒŧeeř eeƥooƈħ 223, ŧħee ŀeeaaķ ƀeeɠiƞş şiẋ eeƥooƈħş ŀaaŧeeř, aaƞḓ ŧħee ooƒƒŀiƞee ṽaaŀiḓaaŧoořş' ƀaaŀaaƞƈee ƈuuřṽee ƀeeƞḓş ḓooẇƞ eeṽeeř ƒaaşŧeeř ẇħiŀee ŧħee ooƞŀiƞee ooƞee şŧaaẏş ƒŀaaŧ. Ƒiƞaaŀiŧẏ řeeŧuuřƞş aaŧ aaƀoouuŧ ḓaaẏ 14, ẇħeeƞ ŧħee ooƞŀiƞee 60% ħooŀḓş 2/3 ooƒ ẇħaaŧ iş ŀeeƒŧ. Ŧħeeƞ şeeŧ ŧħee şħaařee ŧoo 34% iƞ ŧħee Ouuŧaaɠee şeeŧŧiƞɠş: aa 1 EŦĦ ḓřooƥ iş eeƞoouuɠħ, aaƞḓ ƒiƞaaŀiŧẏ iş ƀaaƈķ ẇiŧħiƞ aaƀoouuŧ ŧẇoo ḓaaẏş. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~
validators-explain-try-7 = “Ƞeeŧẇoořķ ƥaařŧiŧiooƞ”: 40% aařee ƈuuŧ ooƒƒ ƒřooḿ ŧħee řeeşŧ. Ɓooŧħ ƈħaaiƞş ŀeeaaķ; ŧħee ŀaařɠeeř şiḓee ƒiƞaaŀişeeş iŧş ooẇƞ ƈħaaiƞ aaƒŧeeř aaƀoouuŧ 2 ẇeeeeķş, ŧħee şḿaaŀŀeeř ooƞee ooƞŀẏ ooƞƈee ŧħee ŀaařɠeeř şiḓee'ş ṽaaŀiḓaaŧoořş ooƞ iŧş ƈħaaiƞ aařee eeĵeeƈŧeeḓ aaŧ 16 EŦĦ, aaƒŧeeř aaƀoouuŧ 3 ẇeeeeķş. Ƒřooḿ ŧħeeƞ ooƞ ŧẇoo ƈooƞƒŀiƈŧiƞɠ ƈħaaiƞş aařee ƒiƞaaŀ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~
validators-explain-try-8 = Iƞ ŧħee ƈooŀŀaaƥşee ƥřeeşeeŧş, ẇaaŧƈħ ŧħee ƒiƞaaŀiŧẏ şŧřiƥ: ŧħee ṽaaŀiḓaaŧoořş ŧħaaŧ şŧaaẏ ķeeeeƥ ṽooŧiƞɠ, şoo ŧħee ƈħaaiƞ ķeeeeƥş ƒiƞaaŀişiƞɠ aaş ŧħee ooŧħeeřş ŀeeaaṽee, uuƞŧiŀ ŧħee ŀaaşŧ ooƞee iş ɠooƞee. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~
validators-explain-try-9 = Ŧřẏ ŧħee eeɋuuaaŀ ḓişŧřiƀuuŧiooƞ aaƞḓ ŧħee ƥooẇeeř ŀaaẇ ẇiŧħ ŧħee şaaḿee ƞuuḿƀeeř ooƒ ooƥeeřaaŧoořş, aaƞḓ ẇaaŧƈħ ŧħee Ŀoořeeƞẑ ƈuuřṽee aaƞḓ ŧħee Ɠiƞi ƈooeeƒƒiƈieeƞŧ. ~~~~ ~~~~ ~~~~ ~~~~
validators-explain-published-title = Ƥuuƀŀişħeeḓ Ƞaaķaaḿooŧoo ƈooeeƒƒiƈieeƞŧş ~~~
validators-explain-published-1 = Aş ƥuuƀŀişħeeḓ; ḿeeŧħooḓş aaƞḓ ŧħřeeşħooŀḓş ḓiƒƒeeř, şooḿee ƒiɠuuřeeş aařee ẇeeaaķŀẏ şoouuřƈeeḓ (ŧħee “ɋuuaaŀiŧẏ” ƈooŀuuḿƞ), aaƞḓ aaŀŀ ooƒ ŧħeeḿ ƈħaaƞɠee ooṽeeř ŧiḿee. ~~~~ ~~~~ ~~~~ ~~~~ 
validators-explain-published-download = Ḓooẇƞŀooaaḓ ŧħee ŧaaƀŀee (ƇŞṼ) ~~~
validators-published-network = Ƞeeŧẇoořķ 
validators-published-coefficient = Ƈooeeƒƒiƈieeƞŧ ~
validators-published-threshold = Ŧħřeeşħooŀḓ ~
validators-published-validators = Ṽaaŀiḓaaŧoořş 
validators-published-as-of = Aş ooƒ 
validators-published-source = Şoouuřƈee
validators-published-quality = Ɋuuaaŀiŧẏ 
validators-published-entities = { $network } (eeƞŧiŧieeş) ~
validators-published-share = { $pct }%
validators-published-share-halt = { $pct }% (ħaaŀŧ) ~~
validators-published-quality-computed = ƈooḿƥuuŧeeḓ 
validators-published-quality-good = ɠooooḓ
validators-published-quality-medium = ḿeeḓiuuḿ 
validators-published-quality-weak = ẇeeaaķ
validators-operator = Oƥeeřaaŧooř  { $n }
validators-operator-short = Oƥ { $n }
validators-explain-simplifies-title = Ẇħeeřee ŧħee ḿooḓeeŀ şiḿƥŀiƒieeş ~~~~
validators-explain-simplifies-1 = Eṽeeřẏ ṽaaŀiḓaaŧooř şŧaařŧş aaƈŧiṽee ẇiŧħ 32 EŦĦ aaƞḓ ẇiŧħḓřaaẇaaŀ ƈřeeḓeeƞŧiaaŀş ooƒ ŧẏƥee 0ẋ01; ŧħeeřee aařee ƞoo ƞeeẇ ḓeeƥooşiŧş, ƞoo ƈooḿƥoouuƞḓiƞɠ ṽaaŀiḓaaŧoořş ooƒ uuƥ ŧoo 2,048 EŦĦ (Eŀeeƈŧřaa), aaƞḓ řeeẇaařḓş aařee ƞooŧ ẇiŧħḓřaaẇƞ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~
validators-explain-simplifies-2 = Řeeẇaařḓş ƒooŀŀooẇ Aŀŧaaiř'ş ƒoořḿuuŀaaş (ƀaaşee řeeẇaařḓ ƒřooḿ ŧħee şɋuuaařee řooooŧ ooƒ ŧooŧaaŀ şŧaaķee; şoouuřƈee, ŧaařɠeeŧ aaƞḓ ħeeaaḓ ẇeeiɠħŧş 14, 26 aaƞḓ 14 ooƒ 64; ŧħee ƥřooƥooşeeř'ş 8 ooƒ 64) ƀuuŧ eeṽeeřẏ aaŧŧeeşŧaaŧiooƞ iş ŧiḿeeŀẏ aaƞḓ ŧħee şẏƞƈ ƈooḿḿiŧŧeeee'ş 2 ooƒ 64 iş ŀeeƒŧ oouuŧ. Eaaƈħ eeƥooƈħ'ş ṽooŧeeş aařee ƈoouuƞŧeeḓ aaŧ ŧħee eeƞḓ ooƒ ŧħaaŧ şaaḿee eeƥooƈħ (ŧħee ƈħaaiƞ ƈoouuƞŧş ŧħeeḿ ooƞee eeƥooƈħ ŀaaŧeeř), şoo ƒiƞaaŀiŧẏ ħeeřee řuuƞş ooƞee eeƥooƈħ aaħeeaaḓ ooƒ Eŧħeeřeeuuḿ'ş. Ŧħee ŀeeaaķ ḓiṽiḓeeş ƀẏ 4 × 2^24 = 2^26 ƒřooḿ Ɓeeŀŀaaŧřiẋ ŧoo Eŀeeƈŧřaa; Aŀŧaaiř řuuƞş uuşee Aŀŧaaiř'ş 3 × 2^26, aaƞḓ şoo ḓoo Ƥħaaşee 0 řuuƞş, ƀeeƈaauuşee Ƥħaaşee 0'ş ooẇƞ ŀeeaaķ, ẇħiƈħ ɠřeeẇ ẇiŧħ ŧħee ƒiƞaaŀiŧẏ ḓeeŀaaẏ, iş ƞooŧ ḿooḓeeŀŀeeḓ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ 
validators-explain-simplifies-3 = Aƞ oouuŧaaɠee ŧaaķeeş oouuŧ aa ƒiẋeeḓ şħaařee ooƒ ṽaaŀiḓaaŧoořş, şƥřeeaaḓ ooṽeeř ŧħee ooƥeeřaaŧoořş; iƞ ŧħee oouuŧaaɠee ƥřeeşeeŧş ƞooƀooḓẏ ħaaş řuuƞƞiƞɠ ƈooşŧş aaƞḓ ŧħeeřee iş ƞoo řaaƞḓooḿ ḓooẇƞŧiḿee, şoo ooƞŀẏ ŧħee ƥřooŧooƈooŀ aaƈŧş. A ƥaařŧiŧiooƞ iş ŧẇoo ƈooƥieeş ooƒ ŧħee ƈħaaiƞ ƒřooḿ ŧħee şaaḿee şeeeeḓ; ŧħee ŧẇoo şiḓeeş ƞeeṽeeř řeeƈooƞƞeeƈŧ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~
validators-explain-simplifies-4 = Ƥřooƥooşeeřş aařee ḓřaaẇƞ ƀẏ eeƒƒeeƈŧiṽee ƀaaŀaaƞƈee aaş iƞ ŧħee şƥeeƈ'ş řeeĵeeƈŧiooƞ şaaḿƥŀiƞɠ, ẇiŧħ ŧħee ḿooḓeeŀ'ş řaaƞḓooḿ ɠeeƞeeřaaŧooř řaaŧħeeř ŧħaaƞ ŘAȠḒAO. ~~~~ ~~~~ ~~~~ ~~~~ ~
validators-explain-simplifies-5 = A şḿaaŀŀ ƞeeŧẇoořķ (ħuuƞḓřeeḓş ŧoo ŧħoouuşaaƞḓş ooƒ ṽaaŀiḓaaŧoořş řaaŧħeeř ŧħaaƞ aa ḿiŀŀiooƞ) ķeeeeƥş ŧħee ƈħuuřƞ ŀiḿiŧ aaŧ iŧş ḿiƞiḿuuḿ, şoo eeẋiŧş ŧaaķee ḓaaẏş ħeeřee, ƞooŧ ŧħee ẇeeeeķş ŧħeeẏ ŧaaķee ooƞ Eŧħeeřeeuuḿ. Iŧ aaŀşoo ƥaaẏş ƒaař ḿoořee: Aŀŧaaiř'ş řeeẇaařḓ ƒaaŀŀş ẇiŧħ ŧħee şɋuuaařee řooooŧ ooƒ ŧooŧaaŀ şŧaaķee, şoo 1,000 ṽaaŀiḓaaŧoořş eeaařƞ aaƀoouuŧ 90% aa ẏeeaař ẇħeeřee Eŧħeeřeeuuḿ'ş ḿiŀŀiooƞ eeaařƞ aaƀoouuŧ 3%. Ƈooşŧş aařee şeeŧ řeeŀaaŧiṽee ŧoo iƞƈooḿee, şoo ŧħee ƈaaşƈaaḓee ḓooeeş ƞooŧ ḓeeƥeeƞḓ ooƞ iŧ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~
validators-explain-simplifies-6 = Ƈooşŧş aařee aaƞ aaşşuuḿƥŧiooƞ: aa şħaařee ooƒ eeaaƈħ ṽaaŀiḓaaŧooř'ş şŧaařŧiƞɠ iƞƈooḿee, ŀooẇeeř ƥeeř ṽaaŀiḓaaŧooř ƒooř ŀaařɠee ooƥeeřaaŧoořş. Ŧħee ŧooķeeƞ ƥřiƈee iş ɠiṽeeƞ, ƞooŧ aa ḿaařķeeŧ: ƞooƀooḓẏ ƀuuẏş ŧħee şŧaaķee ŧħaaŧ ŀeeaaṽeeş. A ƈooŀŀaaƥşee aaŀşoo ḿeeaaƞş ṽaaŀiḓaaŧoořş ẇaaƞŧ ŧoo şeeŀŀ; ŧħee ḿooḓeeŀ ħaaş ŧħeeḿ ŀeeaaṽee ooƞŀẏ ẇħeeƞ řuuƞƞiƞɠ aaŧ aa ŀooşş. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~
validators-explain-simplifies-7 = “Řee-ḓeeŀeeɠaaŧee” ḿooṽeeş ŧħee ŀaařɠeeşŧ ooƥeeřaaŧooř'ş ṽaaŀiḓaaŧoořş ŧoo ŧħee ooŧħeeřş aaŧ ooƞƈee, aaş aa ḓeeŀeeɠaaŧeeḓ-ƥřooooƒ-ooƒ-şŧaaķee ƈħaaiƞ ḓooeeş; ooƞ Eŧħeeřeeuuḿ ŧħiş ẇoouuŀḓ ƞeeeeḓ eeẋiŧş aaƞḓ ƞeeẇ ḓeeƥooşiŧş ŧħřoouuɠħ ƀooŧħ ɋuueeuueeş. Ŧħee řeeḿaaiƞḓeeř ooƒ ŧħee Şeeƥŧeeḿƀeeř 2022 şħaařeeş ƀeeẏooƞḓ ŧħee ƒoouuř ƞaaḿeeḓ eeƞŧiŧieeş iş şƥřeeaaḓ eeɋuuaaŀŀẏ, aaƞ aaşşuuḿƥŧiooƞ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~
validators-explain-simplifies-sources = Şoouuřƈeeş: eeŧħeeřeeuuḿ/ƈooƞşeeƞşuuş-şƥeeƈş, şƥeeƈş/ƥħaaşee0, aaŀŧaaiř, ƀeeŀŀaaŧřiẋ aaƞḓ eeŀeeƈŧřaa ƀeeaaƈooƞ-ƈħaaiƞ.ḿḓ (şŀaaşħ_ṽaaŀiḓaaŧooř, ƥřooƈeeşş_şŀaaşħiƞɠş, iƞiŧiaaŧee_ṽaaŀiḓaaŧooř_eeẋiŧ, ƈooḿƥuuŧee_eeẋiŧ_eeƥooƈħ_aaƞḓ_uuƥḓaaŧee_ƈħuuřƞ, ɠeeŧ_ƀaaşee_řeeẇaařḓ, EĴEƇŦIOȠ_ƁAĿAȠƇE, ẇeeiɠħ_ĵuuşŧiƒiƈaaŧiooƞ_aaƞḓ_ƒiƞaaŀiẑaaŧiooƞ, ƥřooƈeeşş_iƞaaƈŧiṽiŧẏ_uuƥḓaaŧeeş, ɠeeŧ_iƞaaƈŧiṽiŧẏ_ƥeeƞaaŀŧẏ_ḓeeŀŧaaş, IȠAƇŦIṼIŦẎ_ƤEȠAĿŦẎ_ɊUOŦIEȠŦ_ƁEĿĿAŦŘIẊ, ƥřooƈeeşş_eeƒƒeeƈŧiṽee_ƀaaŀaaƞƈee_uuƥḓaaŧeeş); Ƞaaķaaḿooŧoo ƈooeeƒƒiƈieeƞŧş: ḓaaŧaa/ƞaaķaaḿooŧoo-ƈooeeƒƒiƈieeƞŧş.ƈşṽ ẇiŧħ ŧħee şoouuřƈeeş ŀişŧeeḓ aaƀooṽee; ĿUȠA'ş ƒaaŀŀ: ḓaaŧaa/ŧeeřřaa-ḿaaẏ-2022-ḓaaiŀẏ.ƈşṽ; Ƈħaaiƞ Ŀaaƀ řeeƒeeřeeƞƈee/ḿooḓeeŀş.ḿḓ §5. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ 

## The charts (canvas and SVG; `long|short` titles: the chart picks what fits)
validators-series-nakamoto = Ƞaaķaaḿooŧoo ƈooeeƒƒiƈieeƞŧ (ooƥeeřaaŧoořş) ~
validators-series-cost = Ƈooşŧ ooƒ aaŧŧaaƈķ (UŞḒ, ŀooɠ şƈaaŀee) ~~~~ 
validators-series-active = Ṽaaŀiḓaaŧoořş aaƈŧiṽee aaƞḓ ŀeeaaṽiƞɠ ~~~
validators-unit-nakamoto = ooƥeeřaaŧoořş ƞeeeeḓeeḓ|ooƥeeřaaŧoořş
validators-unit-cost = UŞḒ ŧoo ƀuuẏ ŧħee şŧaaķee (ŀooɠ)|UŞḒ (ŀooɠ) ~~~~ ~~
validators-unit-active = ṽaaŀiḓaaŧoořş 
validators-lorenz-stake = şŧaaķee ħeeŀḓ 
validators-lorenz-equal = eeɋuuaaŀ şħaařeeş
validators-lorenz-gap = ɠaaƥ: Ɠiƞi = ŧẇiƈee iŧş aařeeaa|ɠaaƥ: Ɠiƞi ~~~~ ~~~
validators-lorenz-title = Ŀoořeeƞẑ ƈuuřṽee ooƒ şŧaaķee · Ɠiƞi ~~~~ { $gini }|Ŀoořeeƞẑ ƈuuřṽee · Ɠiƞi ~~~ { $gini }
validators-lorenz-x = şħaařee ooƒ ooƥeeřaaŧoořş, şḿaaŀŀeeşŧ ƒiřşŧ (%)|ooƥeeřaaŧoořş, şḿaaŀŀeeşŧ ƒiřşŧ ~~~~ ~~~~ 
validators-lorenz-y = şħaařee ooƒ şŧaaķee (%)|şŧaaķee (%) ~~~~
validators-line-halt = { $share } (ħaaŀŧ ƒiƞaaŀiŧẏ) ~~~
validators-line-majority = { $share } (ḿaaĵoořiŧẏ) ~
validators-line-finalise = { $share } (ƒiƞaaŀişee aaŀooƞee) ~
validators-line-of-stake = { $share } ooƒ şŧaaķee 
validators-line-active = aaƈŧiṽee 
validators-line-leaving = ŀeeaaṽiƞɠ (iƞ ŧħee eeẋiŧ ɋuueeuuee) ~~
validators-x-days = ḓaaẏ ooƒ ŧħee řuuƞ (225 eeƥooƈħş aa ḓaaẏ)|ḓaaẏ ooƒ ŧħee řuuƞ|ḓaaẏ ~~~~ ~~
validators-usd-b = ${ $v }Ɓ
validators-usd-m = ${ $v }Ḿ
validators-usd-k = ${ $v }ķ

## The narration (the live region; natively the CLI's English)
validators-usd-billion = ${ $v } ƀiŀŀiooƞ ~
validators-usd-million = ${ $v } ḿiŀŀiooƞ ~
validators-n-whatif = ẇħaaŧ-iƒ “ ~~{ $name }”
validators-n-slashed = { $n } şŀaaşħeeḓ 
validators-n-asked-to-exit = { $n } aaşķeeḓ ŧoo eeẋiŧ ~
validators-n-left = { $n } ŀeeƒŧ ŧħee aaƈŧiṽee şeeŧ ~~
validators-n-sep = {", "}
validators-n-what = {" "}{ $list }.
validators-n-was = {" "}(ẇaaş  { $n })
validators-n-stand = { $active } ṽaaŀiḓaaŧoořş aaƈŧiṽee, ~~ { $exiting } eeẋiŧiƞɠ, ~~ { $slashed } şŀaaşħeeḓ iƞ aaŀŀ; Ƞaaķaaḿooŧoo ƈooeeƒƒiƈieeƞŧ ~~~~ { $nc } aaŧ { $share }{ $was }; ƈooşŧ ooƒ aaŧŧaaƈķ ~~ { $cost } aaŧ { $price } aa ŧooķeeƞ
validators-n-finality = ; { $status }
validators-n-line = Eƥooƈħ  { $epoch } (ḓaaẏ  { $day }):{ $what } { $stand }{ $finality }

## What finality did (the finality panel and the narration)
validators-story-stopped = Ƒiƞaaŀiŧẏ şŧooƥƥeeḓ aaƒŧeeř eeƥooƈħ ~~~~ { $epoch } (ḓaaẏ  { $day }): ooƞŀẏ ~ { $share }% ooƒ ŧħee aaƈŧiṽee şŧaaķee ṽooŧeeḓ ƒooř ŧħee ŧaařɠeeŧ, ƀeeŀooẇ ŧħee 2/3 ŧħaaŧ ĵuuşŧiƒieeş aa ƈħeeƈķƥooiƞŧ. ~~~~ ~~~~ ~~~
validators-story-leak = Ƒřooḿ eeƥooƈħ  { $epoch } ŧħee ƒiƞaaŀiŧẏ ḓeeŀaaẏ ẇaaş ooṽeeř 4 eeƥooƈħş: ŧħee iƞaaƈŧiṽiŧẏ ŀeeaaķ ƀeeɠaaƞ. Ṽaaŀiḓaaŧoořş ŧħaaŧ ḿişş ŧħeeiř ṽooŧee ɠaaiƞ 4 ŧoo ŧħeeiř iƞaaƈŧiṽiŧẏ şƈoořee eeaaƈħ eeƥooƈħ aaƞḓ ŀooşee eeƒƒeeƈŧiṽee ƀaaŀaaƞƈee × şƈoořee / 2^26 (3 × 2^26 uuƞḓeeř Aŀŧaaiř'ş řuuŀeeş) ooƞ ŧooƥ ooƒ ŧħee uuşuuaaŀ ƥeeƞaaŀŧieeş; ŧħooşee ẇħoo ṽooŧee eeaařƞ ƞooŧħiƞɠ ƒooř iŧ uuƞŧiŀ ƒiƞaaŀiŧẏ řeeŧuuřƞş. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ 
validators-story-why-down = ; ooƞee ooƒ ŧħee ooƒƒŀiƞee ṽaaŀiḓaaŧoořş iş ḓooẇƞ ŧoo ~~~~  { $eth } EŦĦ ooƒ eeƒƒeeƈŧiṽee ƀaaŀaaƞƈee ~~
validators-story-why-ejected = ; ooƒƒŀiƞee ṽaaŀiḓaaŧoořş ẇeeřee eeĵeeƈŧeeḓ aaŧ 16 EŦĦ aaƞḓ ŀeeƒŧ ŧħřoouuɠħ ŧħee eeẋiŧ ɋuueeuuee ~~~~ ~~~
validators-story-returned = Ƒiƞaaŀiŧẏ řeeŧuuřƞeeḓ aaŧ eeƥooƈħ ~~~ { $epoch } (ḓaaẏ  { $day }), { $days } ḓaaẏş aaƒŧeeř iŧ şŧooƥƥeeḓ: ŧħee ooƒƒŀiƞee şŧaaķee ħaaḓ ŀeeaaķeeḓ uuƞŧiŀ ŧħee ~~~~ ~~~ { $voting } EŦĦ şŧiŀŀ ṽooŧiƞɠ ẇaaş 2/3 ooƒ ŧħee aaƈŧiṽee ~~~~ ~~~~ { $active } EŦĦ aaɠaaiƞ ( ~~{ $share }% ooƒ iŧ ~{ $why }).
validators-story-stalled-again = Iŧ ħaaş şŧaaŀŀeeḓ aaɠaaiƞ şiƞƈee: ƞooŧ ƒiƞaaŀişeeḓ ƒooř ~~~~ ~~ { $epochs } eeƥooƈħş, ẇiŧħ ~~ { $share }% ooƒ ŧħee aaƈŧiṽee şŧaaķee ṽooŧiƞɠ, ƈŀooşee ŧoo ŧħee 2/3 ŀiƞee. ~~~~ ~~~
validators-story-not-finalised = Ƞooŧ ƒiƞaaŀişeeḓ ƒooř ~~ { $epochs } eeƥooƈħş ( ~{ $days } ḓaaẏş): ~ { $share }% ooƒ ŧħee aaƈŧiṽee şŧaaķee ṽooŧeeş; ƒiƞaaŀiŧẏ řeeŧuuřƞş ẇħeeƞ iŧ řeeaaƈħeeş 2/3, aaş ŧħee ooƒƒŀiƞee ṽaaŀiḓaaŧoořş' ƀaaŀaaƞƈeeş ŀeeaaķ aaẇaaẏ. ~~~~ ~~~~ ~~~~ ~
validators-story-finalising = Ƒiƞaaŀişiƞɠ: eeƥooƈħ ~~~ { $epoch } iş ƒiƞaaŀ (ƒiƞaaŀiŧẏ ḓeeŀaaẏ ~~~~  { $delay }), ẇiŧħ ~~ { $share }% ooƒ ŧħee aaƈŧiṽee şŧaaķee ṽooŧiƞɠ, aaƀooṽee ŧħee 2/3 Ƈaaşƥeeř ƑƑƓ ƞeeeeḓş. ~~~~ ~~~~
validators-story-chain-a = Ƈħaaiƞ aa (ŧħee řeeşŧ'ş): ~~~~ { $line }
validators-story-chain-b = Ƈħaaiƞ ƀ (ŧħee ƈuuŧ-ooƒƒ şiḓee'ş ooẇƞ): ~~~~ ~~ { $line }
validators-story-conflict = Ɓooŧħ şiḓeeş ħaaṽee ƞooẇ ƒiƞaaŀişeeḓ ŧħeeiř ooẇƞ ƈħaaiƞ şiƞƈee ŧħee şƥŀiŧ aaŧ eeƥooƈħ ~~~~ ~~~~ ~~ { $from }: ƈħaaiƞ aa eeƥooƈħ ~ { $a }, ƈħaaiƞ ƀ eeƥooƈħ ~~ { $b }. Ƒiƞaaŀişeeḓ ƈħeeƈķƥooiƞŧş ooƞ ŧẇoo ƈooƞƒŀiƈŧiƞɠ ƈħaaiƞş: aa şaaƒeeŧẏ ƒaaiŀuuřee ŧħaaŧ ƞoo ƒoořķ ƈħooiƈee ƈaaƞ uuƞḓoo; iŧ ƞeeeeḓş ƥeeooƥŀee ŧoo ƥiƈķ ooƞee. ~~~~ ~~~~ ~~~~ ~~~~ 
validators-status-finalised = ƒiƞaaŀişeeḓ eeƥooƈħ ~ { $epoch }
validators-status-in-leak = {" "}(iƞaaƈŧiṽiŧẏ ŀeeaaķ) ~~~
validators-status-not-finalised = ƞooŧ ƒiƞaaŀişeeḓ ƒooř ~~ { $epochs } eeƥooƈħş { $leak }, { $share }% ṽooŧiƞɠ ~~

## A link's notices (src/query/validators.rs; parameter names and values stay as in the address)
validators-q-ofrom = ooƒřooḿ =  { $from } ŀieeş ƀeeẏooƞḓ ŧħee řuuƞ'ş ~~~ { $epochs } eeƥooƈħş; uuşiƞɠ ~~ { $d }
validators-q-alpha-zero = aaŀƥħaa = 0 ƒŀaaŧŧeeƞş ŧħee ƥooẇeeř ŀaaẇ: eeṽeeřẏ ooƥeeřaaŧooř ɠeeŧş ŧħee şaaḿee şŧaaķee, aaş ẇiŧħ ḓişŧ=eeɋuuaaŀ ~~~~ ~~~~ ~
validators-q-whatif-many = ẇħaaŧiƒ ħaaş ~ { $n } ẇħaaŧ-iƒş; ŧħee ƥaaɠee aaƥƥŀieeş ŧħee ƒiřşŧ ~~~~ ~~ { $most }
validators-q-whatif-late = ẇħaaŧiƒ = ~~ { $value } ħaaş aaƞ eeƥooƈħ ƀeeẏooƞḓ ŧħee řuuƞ'ş ~~~ { $epochs }; iɠƞoořeeḓ ~
validators-q-whatif-bad = { $error }; iɠƞoořeeḓ ~
validators-q-at = aaŧ =  { $at } ẇoouuŀḓ řeeƥŀaaẏ  { $at } eeƥooƈħş ooƒ  { $validators } ṽaaŀiḓaaŧoořş ooƞ ŀooaaḓ; ooƥeeƞiƞɠ aaŧ eeƥooƈħ ~~~ { $replayable } iƞşŧeeaaḓ 
validators-q-at-two-chains = aaŧ =  { $at } ẇoouuŀḓ řeeƥŀaaẏ  { $at } eeƥooƈħş ooƒ  { $validators } ṽaaŀiḓaaŧoořş ooƞ eeaaƈħ ooƒ ŧħee ƥaařŧiŧiooƞ'ş ŧẇoo ƈħaaiƞş ooƞ ŀooaaḓ; ooƥeeƞiƞɠ aaŧ eeƥooƈħ ~~~~ ~~~~ { $replayable } iƞşŧeeaaḓ 
validators-q-invalid-set = { $error }; uuşiƞɠ ŧħee ḓeeƒaauuŀŧ ṽaaŀiḓaaŧooř şeeŧ ~~~~

## The model's rules for its parameters (the settings panel's and a link's messages)
validators-e-validators = ṽaaŀiḓaaŧoořş ḿuuşŧ ƀee 4 ŧoo ~~~ { $max }, ƞooŧ  { $n }
validators-e-operators = ooƥeeřaaŧoořş ḿuuşŧ ƀee 1 ŧoo ḿiƞ(ṽaaŀiḓaaŧoořş, ~~~~  { $max }), ƞooŧ ~ { $n }
validators-e-real-shares = ŧħee Eŧħeeřeeuuḿ 2022 şħaařeeş ƞeeeeḓ aaŧ ŀeeaaşŧ 5 ooƥeeřaaŧoořş (4 ƞaaḿeeḓ eeƞŧiŧieeş aaƞḓ ŧħee řeeşŧ) ~~~~ ~~~~ 
validators-e-alpha = ƥooẇeeř-ŀaaẇ aaŀƥħaa ḿuuşŧ ƀee 0 ŧoo 4, ƞooŧ ~~~~ { $alpha }
validators-e-delegation = ḓeeŀeeɠaaŧiooƞ ƞeeeeḓş 1 <= ƀiɠ < ooƥeeřaaŧoořş aaƞḓ aa ƀiɠ şħaařee ƀeeŀooẇ 1 ~~~~ ~~~
validators-e-offline = ooƒƒŀiƞee řaaŧee ḿuuşŧ ƀee aaŧ ḿooşŧ 10,000 ƥeeř 10,000, ƞooŧ ~~~~ ~~~~  { $n }
validators-e-lone = ŀooƞee şŀaaşħiƞɠş ḿuuşŧ ƀee aaŧ ḿooşŧ 1,000 ƥeeř 1,000 eeƥooƈħş ~~~~ ~~~~ ~
validators-e-epochs = eeƥooƈħş ḿuuşŧ ƀee 1 ŧoo ~~ { $max }, ƞooŧ  { $n }
validators-e-start-price = ŧħee şŧaařŧiƞɠ ƥřiƈee ḿuuşŧ ƀee aa ƥooşiŧiṽee ƞuuḿƀeeř ooƒ UŞḒ ~~~~ ~~~~
validators-e-cost-share = ŧħee ƈooşŧ şħaařee ḿuuşŧ ƀee 0 ŧoo 10 ~~~~
validators-e-depth = aa ḓeeƈŀiƞee'ş ḓeeƥŧħ ḿuuşŧ ƀee 0 ŧoo 1 ~~~~ 
validators-e-price-path = aa ƥřiƈee ƥaaŧħ ƞeeeeḓş aaŧ ŀeeaaşŧ ooƞee ƒiƞiŧee, ƞooƞ-ƞeeɠaaŧiṽee ƥřiƈee ~~~~ ~~
validators-e-outage-share = aaƞ oouuŧaaɠee'ş şħaařee ḿuuşŧ ƀee aaƀooṽee 0% aaƞḓ ƀeeŀooẇ 100%, ƞooŧ ~~~~  { $share }%
validators-e-outage-from = aaƞ oouuŧaaɠee'ş ƒiřşŧ eeƥooƈħ ( ~~{ $from }) ŀieeş ƀeeẏooƞḓ ŧħee řuuƞ'ş ŀaaşŧ ( ~~~~ { $epochs })
validators-e-whatif-late = aa ẇħaaŧ-iƒ ŀieeş ƀeeẏooƞḓ ŧħee řuuƞ'ş ŀaaşŧ eeƥooƈħ ~~~~ ~
validators-e-whatif-code = { $item } iş ƞooŧ aa ẇħaaŧ-iƒ ƇOḒE@EƤOƇĦ (ƈooḓeeş: ř řee-ḓeeŀeeɠaaŧee, ḿ ḿeeřɠee, ş şŀaaşħ ŧħee ŀaařɠeeşŧ) ~~~~ ~~~~ ~~~~ 

## The event log (log.txt, exported by the page and written by the CLI)
validators-log-reason-slashed = şŀaaşħeeḓ 
validators-log-reason-ejected = eeĵeeƈŧeeḓ aaŧ 16 EŦĦ ~~
validators-log-reason-unprofitable = uuƞƥřooƒiŧaaƀŀee 
validators-log-reason-none = ƞoo řeeaaşooƞ
validators-log-head = Ƈħaaiƞ Ŀaaƀ ṽaaŀiḓaaŧoořş: ~~~ { $validators } ṽaaŀiḓaaŧoořş, ~ { $operators } ooƥeeřaaŧoořş ( { $distribution }), { $fork } řuuŀeeş, ƥřiƈee ~ { $price }, şeeeeḓ  { $seed }
validators-log-start = Eƥooƈħ 0 (ḓaaẏ 0.0): ~~~~  { $active } ṽaaŀiḓaaŧoořş aaƈŧiṽee; Ƞaaķaaḿooŧoo ƈooeeƒƒiƈieeƞŧ ~~~ { $nc } aaŧ { $shares }
validators-log-slashed = { $n } şŀaaşħeeḓ ( ~{ $who })
validators-log-asked-to-exit = { $n } aaşķeeḓ ŧoo eeẋiŧ ~
validators-log-left = { $n } ŀeeƒŧ ŧħee aaƈŧiṽee şeeŧ ( ~~~{ $why })
validators-log-nakamoto = Ƞaaķaaḿooŧoo ƈooeeƒƒiƈieeƞŧ  { $nc } (ẇaaş  { $was })
validators-log-epoch = Eƥooƈħ  { $epoch } (ḓaaẏ  { $day }): { $parts }
validators-log-sep = {"; "}
