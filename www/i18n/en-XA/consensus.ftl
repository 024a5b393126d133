# Chain Lab: the sampling-consensus page (src/ui/consensus*, the model's
# narration in src/sim/consensus/simulation.rs and the link notices in
# src/query/consensus.rs). Keys start with consensus-.

## The explanation panel
consensus-explain-looking = Ẇħaaŧ ẏoouu aařee ŀooooķiƞɠ aaŧ ~
consensus-explain-try = Ẇħaaŧ ŧoo ŧřẏ ~~
consensus-explain-differs = Ẇħeeřee ŧħee řeeaaŀ ƥřooŧooƈooŀ ḓiƒƒeeřş ~~~
consensus-looking-network-shapes = Eaaƈħ şħaaƥee iş aa ƞooḓee (aa řeeḓ ƈiřƈŀee ooř aa ƀŀuuee şɋuuaařee; ẇiŧħ ḿoořee ƈooŀoouuřş, ɠřeeeeƞ ŧřiaaƞɠŀeeş aaƞḓ aaḿƀeeř ḓiaaḿooƞḓş). Eṽeeřẏ řoouuƞḓ, eeaaƈħ ħooƞeeşŧ ƞooḓee ŧħaaŧ ħaaş ƞooŧ ẏeeŧ ḓeeƈiḓeeḓ aaşķş Ķ ƥeeeeřş, ƥiƈķeeḓ aaŧ řaaƞḓooḿ, ẇħiƈħ ƈooŀoouuř ŧħeeẏ ƥřeeƒeeř, aaƞḓ ƈoouuƞŧş ŧħee aaƞşẇeeřş. Iŧş ƈooŀoouuř iş iŧş ƈuuřřeeƞŧ ƥřeeƒeeřeeƞƈee; ŧħee ƀřiɠħŧeeř iŧ iş, ŧħee ḿoořee ƥooŀŀş iƞ aa řooẇ ħaaṽee aaɠřeeeeḓ ẇiŧħ iŧ (iŧş ƈooƞƒiḓeeƞƈee); aa ḓooŧ iƞ ŧħee ḿiḓḓŀee ḿeeaaƞş iŧ ħaaş ƒiƞaaŀişeeḓ aaƞḓ ẇiŀŀ ƞooŧ ƈħaaƞɠee aaɠaaiƞ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~
consensus-looking-network-differ = Ŧħee ŧħřeeee ƥřooŧooƈooŀş ḓiƒƒeeř ooƞŀẏ iƞ ẇħaaŧ aa ƞooḓee ḓooeeş ẇiŧħ ŧħee ƈoouuƞŧ: ~~~~ ~~~~
consensus-looking-network-slush = : iƒ ooƞee ƈooŀoouuř ħaaş aaŧ ŀeeaaşŧ AŀƥħaaƤřeeƒeeřeeƞƈee ṽooŧeeş, şẇiŧƈħ ŧoo iŧ. Şŧooƥ aaƒŧeeř ḿ řoouuƞḓş, ẇħaaŧeeṽeeř ẏoouu ħooŀḓ. ~~~~ ~~~~ ~~~
consensus-looking-network-snowflake = : aaş Şŀuuşħ, ƥŀuuş aa ƈoouuƞŧeeř ooƒ ƈooƞşeeƈuuŧiṽee ƥooŀŀş ẇiŧħ aaŧ ŀeeaaşŧ AŀƥħaaƇooƞƒiḓeeƞƈee ṽooŧeeş ƒooř ŧħee şaaḿee ƈooŀoouuř. A ẇeeaaķ ooř şƥŀiŧ ƥooŀŀ řeeşeeŧş iŧ ŧoo ẑeeřoo; aa şŧřooƞɠ ƥooŀŀ ƒooř aaƞooŧħeeř ƈooŀoouuř řeeşŧaařŧş iŧ aaŧ ooƞee. Aŧ Ɓeeŧaa, ƒiƞaaŀişee. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~
consensus-looking-network-snowball = : aaş Şƞooẇƒŀaaķee, ƥŀuuş aa řuuƞƞiƞɠ ŧooŧaaŀ ƥeeř ƈooŀoouuř ooƒ eeṽeeřẏ ƥooŀŀ ŧħaaŧ řeeaaƈħeeḓ AŀƥħaaƤřeeƒeeřeeƞƈee. Ŧħee ƞooḓee ooƞŀẏ ƈħaaƞɠeeş ŧħee ƈooŀoouuř iŧ aaƞşẇeeřş ẇiŧħ ẇħeeƞ aaƞooŧħeeř ƈooŀoouuř'ş ŧooŧaaŀ ƀeeƈooḿeeş şŧřiƈŧŀẏ ŀaařɠeeř, şoo ooƞee uuƞŀuuƈķẏ ƥooŀŀ ƈaaƞƞooŧ ƒŀiƥ iŧ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~
consensus-looking-network-why = Ẇħẏ iŧ ẇoořķş: ẇiŧħ Ķ = 20 aaƞḓ AŀƥħaaƤřeeƒeeřeeƞƈee = 15, aa ƥooŀŀ ooƒ aa ƥeeřƒeeƈŧŀẏ şƥŀiŧ ƞeeŧẇoořķ řeeaaƈħeeş 15 ṽooŧeeş ƒooř aa ɠiṽeeƞ ƈooŀoouuř ooƞŀẏ aaƀoouuŧ 2% ooƒ ŧħee ŧiḿee, ƀuuŧ aaŧ aaƞ 80/20 şƥŀiŧ aaƀoouuŧ 80% ooƒ ŧħee ŧiḿee. Aƞẏ şḿaaŀŀ iḿƀaaŀaaƞƈee ḿaaķeeş ŧħee ḿaaĵoořiŧẏ ƈooŀoouuř ḿoořee ŀiķeeŀẏ ŧoo ẇiƞ ƥooŀŀş, ẇħiƈħ ḿaaķeeş ŧħee iḿƀaaŀaaƞƈee ŀaařɠeeř: ŧħee ƞeeŧẇoořķ ŧiƥş, aaƞḓ ƈooƞƒiḓeeƞƈee ŧħeeƞ ɠřooẇş řoouuƞḓ aaƒŧeeř řoouuƞḓ. Eaaƈħ ƞooḓee şeeƞḓş Ķ ɋuueeřieeş ƥeeř řoouuƞḓ, şoo aa řoouuƞḓ ƈooşŧş aaƀoouuŧ Ķ·ƞ ḿeeşşaaɠeeş iƞşŧeeaaḓ ooƒ ŧħee ƞ² ooƒ aaŀŀ-ŧoo-aaŀŀ ṽooŧiƞɠ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~
consensus-looking-compare = Ŧħee şaaḿee şeeeeḓ aaƞḓ ƥaařaaḿeeŧeeřş, řuuƞ ŧħřeeee ŧiḿeeş: ooƞƈee ẇiŧħ eeṽeeřẏ ħooƞeeşŧ ƞooḓee řuuƞƞiƞɠ Şŀuuşħ, ooƞƈee Şƞooẇƒŀaaķee, ooƞƈee Şƞooẇƀaaŀŀ. Ẇaaŧƈħ ẇħiƈħ şeeŧŧŀeeş ƒiřşŧ, ẇħeeŧħeeř Şŀuuşħ şeeŧŧŀeeş aaŧ aaŀŀ ẇiŧħiƞ iŧş ḿ řoouuƞḓş, aaƞḓ ħooẇ Ɓẏẑaaƞŧiƞee ƞooḓeeş aaƒƒeeƈŧ eeaaƈħ ooƞee. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~
consensus-looking-experiment = Ḿaaƞẏ iƞḓeeƥeeƞḓeeƞŧ řuuƞş ooƒ ŧħee ƈuuřřeeƞŧ ƥaařaaḿeeŧeeřş. Řuuƞ ř uuşeeş şeeeeḓ Ş + ř, şoo aaƞẏ řuuƞ ƈaaƞ ƀee řeeooƥeeƞeeḓ ooƞ iŧş ooẇƞ. Ŧħee ħişŧooɠřaaḿ şħooẇş ħooẇ ḿaaƞẏ řoouuƞḓş ƥaaşşeeḓ uuƞŧiŀ eeṽeeřẏ ħooƞeeşŧ ƞooḓee ħaaḓ ƒiƞaaŀişeeḓ; ŧħee ŧaaƀŀee ƈoouuƞŧş řuuƞş ŧħaaŧ şŧaaŀŀeeḓ aaŧ ŧħee řoouuƞḓ ƈaaƥ aaƞḓ řuuƞş ẇiŧħ aa şaaƒeeŧẏ ṽiooŀaaŧiooƞ, ẇħeeřee ŧẇoo ħooƞeeşŧ ƞooḓeeş ƒiƞaaŀişeeḓ ḓiƒƒeeřeeƞŧ ƈooŀoouuřş. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~
consensus-looking-subnets = A şuuƀƞeeŧ iş aa şeeŧ ooƒ ṽaaŀiḓaaŧoořş ŧħaaŧ řuuƞş ƈooƞşeeƞşuuş ƒooř ooƞee ooř ḿoořee ƈħaaiƞş ooƒ iŧş ooẇƞ; eeaaƈħ ƈħaaiƞ iş ṽaaŀiḓaaŧeeḓ ƀẏ eeẋaaƈŧŀẏ ooƞee şuuƀƞeeŧ. Iƞ ŧħee ḿooḓeeŀ şħooẇƞ ħeeřee eeṽeeřẏ şuuƀƞeeŧ ṽaaŀiḓaaŧooř ḿuuşŧ aaŀşoo ṽaaŀiḓaaŧee ŧħee Ƥřiḿaařẏ Ƞeeŧẇoořķ, ẇħooşee Ƥ-Ƈħaaiƞ (ṽaaŀiḓaaŧoořş aaƞḓ şuuƀƞeeŧş), Ẋ-Ƈħaaiƞ (aaşşeeŧ eeẋƈħaaƞɠee) aaƞḓ Ƈ-Ƈħaaiƞ (EṼḾ ƈooƞŧřaaƈŧş) eeṽeeřẏooƞee řuuƞş. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ 
consensus-looking-subnets-tradeoff = Eaaƈħ şuuƀƞeeŧ'ş ƈooƞşeeƞşuuş iş şiḿuuŀaaŧeeḓ aaḿooƞɠ iŧş ooẇƞ ṽaaŀiḓaaŧoořş ooƞŀẏ, ẇiŧħ ŧħee ṽaaŀiḓaaŧoořş ẏoouu ḿaařķ aaş ƈooḿƥřooḿişeeḓ aaƈŧiƞɠ aaş Ɓẏẑaaƞŧiƞee. Ŧħaaŧ iş ŧħee ŧřaaḓee-ooƒƒ: aa şuuƀƞeeŧ ƈaaƞ ƈħooooşee iŧş ooẇƞ ṽiřŧuuaaŀ ḿaaƈħiƞee, ƒeeeeş aaƞḓ ṽaaŀiḓaaŧooř řuuŀeeş, ƀuuŧ iŧş ƈħaaiƞş aařee ooƞŀẏ aaş şaaƒee aaş iŧş ooẇƞ, ooƒŧeeƞ şḿaaŀŀ, ṽaaŀiḓaaŧooř şeeŧ. A řooŀŀuuƥ ḿaaķeeş ŧħee ooƥƥooşiŧee ƈħooiƈee: iŧ iƞħeeřiŧş ŧħee şeeƈuuřiŧẏ ooƒ iŧş ẇħooŀee Ŀ1, ƀeeƈaauuşee aaƞẏooƞee ƈaaƞ ƈħaaŀŀeeƞɠee aa ẇřooƞɠ řeeşuuŀŧ ŧħeeřee, ƀuuŧ iŧ řuuƞş uuƞḓeeř ŧħee Ŀ1'ş řuuŀeeş aaƞḓ ẇaaiŧş ƒooř iŧş ƒiƞaaŀiŧẏ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~
consensus-try-network-split = Şeeŧ ŧħee iƞiŧiaaŀ şħaařee ooƒ řeeḓ ŧoo 50% aaƞḓ ẇaaŧƈħ ŧħee ƞeeŧẇoořķ ŧiƥ ooƞee ẇaaẏ; ƈħaaƞɠee ŧħee şeeeeḓ aaƞḓ iŧ ḿaaẏ ŧiƥ ŧħee ooŧħeeř. ~~~~ ~~~~ ~~~~ ~~~
consensus-try-network-balance = Şŧaařŧ ƒřooḿ 50% ẇiŧħ 10% Ɓẏẑaaƞŧiƞee ƞooḓeeş uuşiƞɠ ŧħee ƀaaŀaaƞƈee şŧřaaŧeeɠẏ: aaƞ aaḓṽeeřşaařẏ ŧħaaŧ şeeeeş eeṽeeřẏ ƥřeeƒeeřeeƞƈee ƈaaƞ ħooŀḓ ŧħee ƞeeŧẇoořķ iƞ iŧş şƥŀiŧ şŧaaŧee, aaƞḓ ƞoo ooƞee ƒiƞaaŀişeeş. Şẇiŧƈħ ŧħee şŧřaaŧeeɠẏ ŧoo ḿiƞoořiŧẏ: ŧħee şaaḿee ƞooḓeeş ƞooẇ şŧeeeeř eeṽeeřẏooƞee ŧoo ŧħeeiř ƈooŀoouuř iƞşŧeeaaḓ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~
consensus-try-network-lost = Ŀooşee 30% ooƒ aaƞşẇeeřş: AŀƥħaaƇooƞƒiḓeeƞƈee 15 ooƒ 20 ƀeeƈooḿeeş ħaařḓ ŧoo řeeaaƈħ aaƞḓ ƒiƞaaŀiŧẏ şŀooẇş ooř şŧooƥş. ~~~~ ~~~~ ~~~~ ~
consensus-try-network-nodes = Řaaişee ŧħee ƞooḓee ƈoouuƞŧ ƒřooḿ 100 ŧoo 10,000: ƒiƞaaŀiŧẏ ŧaaķeeş ooƞŀẏ aa ƒeeẇ ḿoořee řoouuƞḓş (aaƀoouuŧ 35 ooƞ aaṽeeřaaɠee aaŧ 100 ƞooḓeeş, aaƀoouuŧ 43 aaŧ 10,000), ƀeeƈaauuşee eeaaƈħ ƞooḓee şŧiŀŀ aaşķş ooƞŀẏ Ķ ƥeeeeřş. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~
consensus-try-network-inspect = Ƈŀiƈķ aa ƞooḓee, ŧħeeƞ şŧeeƥ ẇiŧħ ŧħee → ķeeẏ: iŧş ŀaaşŧ ƥooŀŀ, iŧş ƈoouuƞŧeeřş aaƞḓ ŧħee ŀiƞeeş ŧoo ŧħee ƥeeeeřş iŧ aaşķeeḓ aaŀŀ uuƥḓaaŧee. ~~~~ ~~~~ ~~~~ ~~~~ 
consensus-try-compare-slush = Şeeŧ Şŀuuşħ'ş ḿ ŧoo 5: iŧ şŧooƥş ẇħiŀee ŧħee ƞeeŧẇoořķ iş şŧiŀŀ şƥŀiŧ, aaƞḓ ħooƞeeşŧ ƞooḓeeş aaƈƈeeƥŧ ḓiƒƒeeřeeƞŧ ƈooŀoouuřş. Şƞooẇƒŀaaķee aaƞḓ Şƞooẇƀaaŀŀ ƞeeṽeeř şŧooƥ ooƞ aa ƒiẋeeḓ ƈŀooƈķ; ŧħeeẏ ẇaaiŧ ƒooř Ɓeeŧaa ƈooƞƒiḓeeƞŧ ƥooŀŀş iƞ aa řooẇ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~
consensus-try-compare-contrarian = Aḓḓ Ɓẏẑaaƞŧiƞee ƞooḓeeş ẇiŧħ ŧħee ƈooƞŧřaařiaaƞ şŧřaaŧeeɠẏ aaƞḓ ƈooḿƥaařee Şƞooẇƒŀaaķee'ş řeeşeeŧş ẇiŧħ Şƞooẇƀaaŀŀ'ş şŧeeaaḓieeř ƥřeeƒeeřeeƞƈee. ~~~~ ~~~~ ~~~~ ~~~
consensus-try-experiment-beta = Şeeŧ Ɓeeŧaa ŧoo 1, ẇiŧħ ƞoo Ɓẏẑaaƞŧiƞee ƞooḓeeş aaŧ aaŀŀ: ƞeeaařŀẏ eeṽeeřẏ řuuƞ eeƞḓş ẇiŧħ ħooƞeeşŧ ƞooḓeeş ƒiƞaaŀişiƞɠ ḓiƒƒeeřeeƞŧ ƈooŀoouuřş, ƀeeƈaauuşee ooƞee ŀuuƈķẏ ƥooŀŀ ƒiƞaaŀişeeş aa ƞooḓee. Aŧ Ɓeeŧaa 2 şooḿee řuuƞş şŧiŀŀ ƒaaiŀ, aaŧ Ɓeeŧaa 3 aaƀoouuŧ ooƞee iƞ ŧẇoo ħuuƞḓřeeḓ; ƒřooḿ 4 uuƥ, ƞooƞee ooƒ 200 ḓoo, aaƞḓ eeaaƈħ şŧeeƥ ooƒ Ɓeeŧaa ƈooşŧş aaƀoouuŧ ooƞee ḿoořee řoouuƞḓ. Ɓeeŧaa ƀuuẏş şaaƒeeŧẏ ẇiŧħ ŀaaŧeeƞƈẏ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~
consensus-try-experiment-byzantine = Aḓḓ 10% Ɓẏẑaaƞŧiƞee ƞooḓeeş ẇiŧħ ŧħee ƀaaŀaaƞƈee şŧřaaŧeeɠẏ: aaŧ Ɓeeŧaa 3 ḿooşŧ řuuƞş ŀooşee şaaƒeeŧẏ; ƒřooḿ Ɓeeŧaa 5 ŧħee şaaḿee aaŧŧaaƈķ ƈaaƞ ooƞŀẏ şŧaaŀŀ ŧħee ƞeeŧẇoořķ. ~~~~ ~~~~ ~~~~ ~~~~ ~~
consensus-try-experiment-alpha = Ƈooḿƥaařee AŀƥħaaƇooƞƒiḓeeƞƈee 15 ẇiŧħ 18 (Ķ = 20): ħooẇ ḓooeeş ŧħee ḓişŧřiƀuuŧiooƞ ḿooṽee? ~~~~ ~~~~ ~~~~ 
consensus-try-subnets-third = Ƈooḿƥřooḿişee aa ŧħiřḓ ooƒ ooƞee şḿaaŀŀ şuuƀƞeeŧ'ş ṽaaŀiḓaaŧoořş: iŧş ƈħaaiƞ şŧaaŀŀş ooř şƥŀiŧş ẇħiŀee ŧħee Ƥřiḿaařẏ Ƞeeŧẇoořķ, ẇħeeřee ŧħooşee aařee aa şḿaaŀŀ şħaařee, ƈaařřieeş ooƞ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ 
consensus-try-subnets-large = Ḿaaķee ŧħee şuuƀƞeeŧş aaş ŀaařɠee aaş ŧħee Ƥřiḿaařẏ Ƞeeŧẇoořķ: ŧħeeiř şeeƈuuřiŧẏ ƈaaŧƈħeeş uuƥ, aaƞḓ şoo ḓooeeş ŧħee ƈooşŧ ooƒ řuuƞƞiƞɠ ŧħeeḿ. ~~~~ ~~~~ ~~~~ ~~
consensus-differs-synchronous = Řoouuƞḓş ħeeřee aařee şẏƞƈħřooƞoouuş: eeṽeeřẏooƞee ƥooŀŀş ŧħee ƥřeeƒeeřeeƞƈeeş aaş ŧħeeẏ şŧooooḓ aaŧ ŧħee şŧaařŧ ooƒ ŧħee řoouuƞḓ. Řeeaaŀ ƞooḓeeş ƥooŀŀ aaşẏƞƈħřooƞoouuşŀẏ aaƞḓ ķeeeeƥ şeeṽeeřaaŀ ƥooŀŀş iƞ ƒŀiɠħŧ. ~~~~ ~~~~ ~~~~ ~~~~
consensus-differs-uniform = Ƥeeeeřş aařee şaaḿƥŀeeḓ uuƞiƒoořḿŀẏ. aaṽaaŀaaƞƈħeeɠoo şaaḿƥŀeeş ṽaaŀiḓaaŧoořş iƞ ƥřooƥoořŧiooƞ ŧoo ŧħeeiř şŧaaķee. ~~~~ ~~~~ 
consensus-differs-snowman = A ƞooḓee ħeeřee ḓeeƈiḓeeş ooƞee ṽaaŀuuee. Aṽaaŀaaƞƈħee'ş Ƈ-Ƈħaaiƞ aaƞḓ Ƥ-Ƈħaaiƞ řuuƞ Şƞooẇḿaaƞ, ẇħiƈħ aaƥƥŀieeş ŧħee şaaḿee řuuŀeeş ŧoo eeaaƈħ ƀŀooƈķ ooƒ aa ŀiƞeeaař ƈħaaiƞ; ƈuuřřeeƞŧ aaṽaaŀaaƞƈħeeɠoo ƈaaƞ aaŀşoo ŧaaķee şeeṽeeřaaŀ (AŀƥħaaƇooƞƒiḓeeƞƈee, Ɓeeŧaa) ƥaaiřş, ƒiƞaaŀişiƞɠ ooƞ ẇħiƈħeeṽeeř iş ḿeeŧ ƒiřşŧ. Ŧħee ḿooḓeeŀ uuşeeş ooƞee ƥaaiř. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~
consensus-differs-adversary = Ŧħee Ɓẏẑaaƞŧiƞee ƞooḓeeş ħeeřee şeeee eeṽeeřẏ ħooƞeeşŧ ƞooḓee'ş ƥřeeƒeeřeeƞƈee eeaaƈħ řoouuƞḓ: ŧħee ƥooẇeeřƒuuŀ, ƒuuŀŀẏ iƞƒoořḿeeḓ aaḓṽeeřşaařẏ ŧħee Aṽaaŀaaƞƈħee ƥaaƥeeř aaşşuuḿeeş. Ŧħee ƀaaŀaaƞƈee şŧřaaŧeeɠẏ şħooẇş ẇħaaŧ şuuƈħ aaƞ aaḓṽeeřşaařẏ ƈaaƞ ḓoo ŧoo aa ƞeeŧẇoořķ ŧħaaŧ şŧaařŧş ƥeeřƒeeƈŧŀẏ şƥŀiŧ. Řeeaaŀ ƈooƞŧeeƞŧiooƞ iş řaařee, şiƞƈee ħooƞeeşŧ ƈŀieeƞŧş ḓoo ƞooŧ işşuuee ƈooƞƒŀiƈŧiƞɠ ŧřaaƞşaaƈŧiooƞş. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ 
consensus-differs-acp77 = Şuuƀƞeeŧş: şiƞƈee AƇƤ-77 (ŧħee Eŧƞaa uuƥɠřaaḓee, Ḓeeƈeeḿƀeeř 2024), ṽaaŀiḓaaŧoořş ooƒ ƞeeẇ Aṽaaŀaaƞƈħee Ŀ1ş ƞoo ŀooƞɠeeř ħaaṽee ŧoo ṽaaŀiḓaaŧee ŧħee Ƥřiḿaařẏ Ƞeeŧẇoořķ; ŧħeeẏ ƥaaẏ aa ƈooƞŧiƞuuoouuş ƒeeee iƞşŧeeaaḓ. Ŧħee ṽieeẇ şħooẇş ŧħee eeaařŀieeř řuuŀee ḓeeşƈřiƀeeḓ iƞ ŧħee ƈoouuřşee ƞooŧeeş. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~
consensus-explain-sources = Şoouuřƈeeş: ŧħee uuƥḓaaŧee řuuŀeeş aaƞḓ ƥaařaaḿeeŧeeř ƈħeeƈķş ƒooŀŀooẇ aaṽaa-ŀaaƀş/aaṽaaŀaaƞƈħeeɠoo, şƞooẇ/ƈooƞşeeƞşuuş/şƞooẇƀaaŀŀ (ƥaařaaḿeeŧeeřş.ɠoo, ƞƞaařẏ_şƞooẇƒŀaaķee.ɠoo, ƞƞaařẏ_şƞooẇƀaaŀŀ.ɠoo); Ŧeeaaḿ Řooƈķeeŧ, Ẏiƞ, Şeeķƞiɋi, ṽaaƞ Řeeƞeeşşee aaƞḓ Şiřeeř, "Şƈaaŀaaƀŀee aaƞḓ Ƥřooƀaaƀiŀişŧiƈ Ŀeeaaḓeeřŀeeşş ƁƑŦ Ƈooƞşeeƞşuuş ŧħřoouuɠħ Ḿeeŧaaşŧaaƀiŀiŧẏ" (2019); Aṽaaŀaaƞƈħee Ƈooḿḿuuƞiŧẏ Ƥřooƥooşaaŀ 77. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~

## The page's head and views
consensus-title = Şaaḿƥŀiƞɠ ƈooƞşeeƞşuuş ~~~
consensus-subtitle = Aṽaaŀaaƞƈħee'ş Şƞooẇ ƒaaḿiŀẏ ~~~~
consensus-views-label = Ṽieeẇş 
consensus-view-network = Ƞeeŧẇoořķ 
consensus-view-compare = Ƈooḿƥaařee
consensus-view-experiment = Eẋƥeeřiḿeeƞŧ ~
consensus-view-subnets = Şuuƀƞeeŧş 
consensus-history-chart = ħişŧoořẏ ƈħaařŧ ~~~
consensus-histogram = ħişŧooɠřaaḿ ~
consensus-command-refused = { $command } ḓooeeş ƞooŧħiƞɠ iƞ ŧħee ~~~ { $view } ṽieeẇ 

## Colours and Byzantine strategies
consensus-colour-red = řeeḓ
consensus-colour-blue = ƀŀuuee
consensus-colour-green = ɠřeeeeƞ
consensus-colour-amber = aaḿƀeeř
consensus-adversary-minority = aaŀẇaaẏş aaƞşẇeeř ŧħee iƞiŧiaaŀ ḿiƞoořiŧẏ ƈooŀoouuř ~~~~ ~
consensus-adversary-balance = aaƞşẇeeř ẇħiƈħeeṽeeř ƈooŀoouuř iş ƀeeħiƞḓ, ŧoo ķeeeeƥ ŧħee ƞeeŧẇoořķ şƥŀiŧ ~~~~ ~~~~
consensus-adversary-contrarian = aaƞşẇeeř eeaaƈħ ɋuueeřieeř ŧħee ooƥƥooşiŧee ooƒ iŧş ooẇƞ ƥřeeƒeeřeeƞƈee ~~~~

## The network view: status line, counts, inspector
consensus-status-running = uuƞḓeeƈiḓeeḓ · ~ { $finalised } ooƒ { $honest } ħooƞeeşŧ ƞooḓeeş ƒiƞaaŀişeeḓ ~~
consensus-status-finalised-colour = eeṽeeřẏ ħooƞeeşŧ ƞooḓee ƒiƞaaŀişeeḓ ~~ { $colour } iƞ { $rounds } řoouuƞḓş 
consensus-status-finalised = eeṽeeřẏ ħooƞeeşŧ ƞooḓee ƒiƞaaŀişeeḓ iƞ ~~~ { $rounds } řoouuƞḓş 
consensus-status-stalled = şŧaaŀŀeeḓ: ƞooŧ eeṽeeřẏ ħooƞeeşŧ ƞooḓee ƒiƞaaŀişeeḓ ẇiŧħiƞ ~~~~ ~~ { $rounds } řoouuƞḓş 
consensus-status-safety-violation = ŞAƑEŦẎ ṼIOĿAŦIOȠ: ħooƞeeşŧ ƞooḓeeş ƒiƞaaŀişeeḓ ḓiƒƒeeřeeƞŧ ƈooŀoouuřş ~~~~ ~~~~ ~~
consensus-round = Řoouuƞḓ
consensus-prefer = ƥřeeƒeeř  { $colour }
consensus-finalised = Ƒiƞaaŀişeeḓ ~
consensus-mean-confidence = Ḿeeaaƞ ƈooƞƒiḓeeƞƈee 
consensus-successful-polls = Şuuƈƈeeşşƒuuŀ ƥooŀŀş ~~
consensus-byzantine = Ɓẏẑaaƞŧiƞee ~
consensus-nodes-roledescription = ƞeeŧẇoořķ 
consensus-nodes-label = { $nodes } ƞooḓeeş; ƈooŀoouuř şħooẇş ƥřeeƒeeřeeƞƈee, ƀřiɠħŧƞeeşş ƈooƞƒiḓeeƞƈee; ƈŀiƈķ aa ƞooḓee, ooř uuşee ŧħee aařřooẇ ķeeẏş, ŧoo iƞşƥeeƈŧ iŧ ~~~~ ~~~~ ~~~~ 
consensus-history-chart-label = Ƈħaařŧ: şħaařee ooƒ ħooƞeeşŧ ƞooḓeeş ƥřeeƒeeřřiƞɠ eeaaƈħ ƈooŀoouuř aaƞḓ ḿeeaaƞ ƈooƞƒiḓeeƞƈee, ƥeeř řoouuƞḓ ~~~~ ~~~
consensus-legend = Ɓřiɠħŧeeř = ḿoořee ƈooƞƒiḓeeƞŧ · ḓooŧ = ƒiƞaaŀişeeḓ · ḓaařķ ẇiŧħ aa ƈřooşş = Ɓẏẑaaƞŧiƞee · şħaaƥeeş řeeƥeeaaŧ ŧħee ƈooŀoouuřş (řeeḓ ƈiřƈŀee, ƀŀuuee şɋuuaařee, ɠřeeeeƞ ŧřiaaƞɠŀee, aaḿƀeeř ḓiaaḿooƞḓ) · ƈŀiƈķ aa ƞooḓee ŧoo şeeee iŧş ŀaaşŧ ƥooŀŀ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~
consensus-focus-byzantine = Ƞooḓee { $id }: Ɓẏẑaaƞŧiƞee ~~
consensus-focus-finalised = ƒiƞaaŀişeeḓ iƞ řoouuƞḓ ~~~ { $round }
consensus-focus-not-finalised = ƞooŧ ƒiƞaaŀişeeḓ ~~
consensus-focus-node = Ƞooḓee { $id }: ƥřeeƒeeřş ~ { $colour }, ƈooƞƒiḓeeƞƈee ~ { $confidence } ooƒ { $beta }, { $finalised }
consensus-inspect-hint = Ƈŀiƈķ ooř ŧaaƥ aa ƞooḓee ŧoo iƞşƥeeƈŧ iŧ. ~~~~ ~
consensus-inspector-byzantine = Ƞooḓee { $id } · Ɓẏẑaaƞŧiƞee ~~
consensus-inspector-adversary = Ḓooeeş ƞooŧ řuuƞ ŧħee ƥřooŧooƈooŀ; iŧ aaƞşẇeeřş eeṽeeřẏ ɋuueeřẏ aaḓṽeeřşaařiaaŀŀẏ: ~~~~ ~~ { $strategy }.
consensus-node = Ƞooḓee { $id }
consensus-preference = Ƥřeeƒeeřeeƞƈee
consensus-snowflake-preference = Şƞooẇƒŀaaķee ƥřeeƒeeřeeƞƈee 
consensus-strength = Şŧřeeƞɠŧħ ~~
consensus-confidence = Ƈooƞƒiḓeeƞƈee 
consensus-node-finalised = Ƒiƞaaŀişeeḓ ~
consensus-in-round = iƞ řoouuƞḓ ~ { $round }
consensus-not-yet = ƞooŧ ẏeeŧ 
consensus-no-poll = Ƞoo ƥooŀŀ ẏeeŧ (ooř ƒiƞaaŀişeeḓ ƀeeƒoořee ƥooŀŀiƞɠ). ~~~~ ~
consensus-poll-lost = { $lost } ŀooşŧ 
consensus-last-poll = Ŀaaşŧ ƥooŀŀ ooƒ Ķ = ~~~ { $k } ƥeeeeřş:  { $votes } (AŀƥħaaƤřeeƒeeřeeƞƈee ~ { $ap }, AŀƥħaaƇooƞƒiḓeeƞƈee ~~ { $ac })
consensus-chip-answer = ƞooḓee { $peer } aaƞşẇeeřeeḓ  { $colour }
consensus-chip-lost = ƞooḓee { $peer }: aaƞşẇeeř ŀooşŧ ~~

## The compare and experiment views
consensus-compare-network-label = { $protocol } ƞeeŧẇoořķ 
consensus-compare-chart-label = { $protocol } ƥřeeƒeeřeeƞƈee aaƞḓ ƈooƞƒiḓeeƞƈee ƥeeř řoouuƞḓ ~~
consensus-experiment-progress = { $done } ooƒ { $total } řuuƞş (şeeeeḓş ~ { $first } ŧoo { $last })
consensus-histogram-label = Ħişŧooɠřaaḿ ooƒ řoouuƞḓş ŧoo ƒiƞaaŀiŧẏ ~~~~ 
consensus-runs-finalised = Řuuƞş ƒiƞaaŀişeeḓ ~~
consensus-n-of-m = { $n } ooƒ { $m }
consensus-stalled-runs = Şŧaaŀŀeeḓ (ƞoo ƒiƞaaŀiŧẏ ƀẏ ŧħee ƈaaƥ) ~~~~ ~
consensus-safety-violations = Şaaƒeeŧẏ ṽiooŀaaŧiooƞş ~
consensus-rounds-to-finality = Řoouuƞḓş ŧoo ƒiƞaaŀiŧẏ: ḿeeaaƞ / ḿeeḓiaaƞ / 95ŧħ ƥeeřƈeeƞŧiŀee ~~~~ ~~~~
consensus-fastest-slowest = Ƒaaşŧeeşŧ / şŀooẇeeşŧ ~~
consensus-runs-per-colour = Řuuƞş şeeŧŧŀeeḓ ooƞ eeaaƈħ ƈooŀoouuř ~
consensus-violation-runs = Řuuƞş ẇiŧħ aa şaaƒeeŧẏ ṽiooŀaaŧiooƞ (ooƥeeƞ ooƞee ŧoo ẇaaŧƈħ iŧ): ~~~~ ~~
consensus-seed-button = şeeeeḓ { $seed }
consensus-cancel = Ƈaaƞƈeeŀ 
consensus-workers-fallback-playing = Řuuƞƞiƞɠ ooƞ ŧħiş ƥaaɠee, ƀeeŧẇeeeeƞ ƒřaaḿeeş: ŧħee ẇoořķeeřş şŧooƥƥeeḓ ( ~~~~ ~~~~{ $why }).
consensus-workers-fallback = Oƞ ŧħiş ƥaaɠee, ƀeeŧẇeeeeƞ ƒřaaḿeeş: ŧħee ẇoořķeeřş şŧooƥƥeeḓ ( ~~~~ ~~~{ $why }).
consensus-workers-starting = Şŧaařŧiƞɠ ŧħee ƀaaƈķɠřoouuƞḓ ẇoořķeeřş… ~~~~ 
consensus-workers-running = { $n ->
    [one] Řuuƞƞiƞɠ iƞ ~~ { $n } ƀaaƈķɠřoouuƞḓ ẇoořķeeř. ~~
   *[other] Řuuƞƞiƞɠ iƞ ~~ { $n } ƀaaƈķɠřoouuƞḓ ẇoořķeeřş, ooƞee ƥeeř ƈoořee. ~~~
}
consensus-workers-idle = Ƥŀaaẏeeḓ, ŧħee řuuƞş ɠoo ŧoo ƀaaƈķɠřoouuƞḓ ẇoořķeeřş, ooƞee ƥeeř ƈoořee. ~~~~ ~
consensus-worker-out-of-order = aa ẇoořķeeř'ş řuuƞ ẇaaş ƞooŧ ŧħee ƞeeẋŧ ooƞee: ~~~~ { $why }
consensus-worker-params-unsent = ŧħee ƥaařaaḿeeŧeeřş ƈoouuŀḓ ƞooŧ ƀee şeeƞŧ: ~~~ { $why }
consensus-worker-unreadable = aa ẇoořķeeř'ş řuuƞ ƈoouuŀḓ ƞooŧ ƀee řeeaaḓ: ~~~ { $why }

## The parameters panel
consensus-legend-protocol = Ƥřooŧooƈooŀ 
consensus-legend-network = Ƞeeŧẇoořķ 
consensus-legend-snow = Şƞooẇ ƥaařaaḿeeŧeeřş 
consensus-legend-adversity = Aḓṽeeřşiŧẏ ~~
consensus-param-nodes = Ƞooḓeeş
consensus-param-nodes-title = Ħooƞeeşŧ aaƞḓ Ɓẏẑaaƞŧiƞee ƞooḓeeş ŧooɠeeŧħeeř ~~~
consensus-param-colours = Ƈooŀoouuřş
consensus-param-split = Iƞiŧiaaŀ şħaařee ooƒ řeeḓ ~~
consensus-param-split-title = Şħaařee ooƒ ħooƞeeşŧ ƞooḓeeş ŧħaaŧ şŧaařŧ ƥřeeƒeeřřiƞɠ řeeḓ; ŧħee řeeşŧ aařee şƥřeeaaḓ ooṽeeř ŧħee ooŧħeeř ƈooŀoouuřş ~~~~ ~~~~ 
consensus-param-k = Ķ (şaaḿƥŀee şiẑee) ~~
consensus-param-k-title = Ķ: ƥeeeeřş şaaḿƥŀeeḓ ƥeeř ƥooŀŀ ~~~
consensus-param-ap-title = AŀƥħaaƤřeeƒeeřeeƞƈee: ṽooŧeeş ƒooř ooƞee ƈooŀoouuř ƞeeeeḓeeḓ ŧoo aaḓooƥŧ iŧ ~~~
consensus-param-ac-title = AŀƥħaaƇooƞƒiḓeeƞƈee: ṽooŧeeş ƞeeeeḓeeḓ ƒooř ŧħee ƥooŀŀ ŧoo ƈoouuƞŧ ŧooẇaařḓ ƈooƞƒiḓeeƞƈee ~~~~ ~~
consensus-param-beta-title = Ɓeeŧaa: ƈooƞşeeƈuuŧiṽee ƈooƞƒiḓeeƞŧ ƥooŀŀş ŧoo ƒiƞaaŀişee ~~~~ 
consensus-param-m = Řoouuƞḓş ḿ ~
consensus-param-m-title = Şŀuuşħ aaƈƈeeƥŧş iŧş ƥřeeƒeeřeeƞƈee aaƒŧeeř ḿ řoouuƞḓş ~~~~ ~
consensus-param-rule = Ṽaaŀiḓ ẇħeeƞ Ķ/2 < AŀƥħaaƤřeeƒeeřeeƞƈee ≤ AŀƥħaaƇooƞƒiḓeeƞƈee ≤ Ķ (aaṽaaŀaaƞƈħeeɠoo). ~~~~ ~~~~ ~
consensus-preset-default = aaṽaaŀaaƞƈħeeɠoo ḓeeƒaauuŀŧ 20/15/15/20 ~~~~
consensus-preset-small = şḿaaŀŀ 10/7/8/10 ~~~~
consensus-param-byz = Ɓẏẑaaƞŧiƞee ƞooḓeeş ~
consensus-param-byz-title = Ƒřaaƈŧiooƞ ooƒ ƞooḓeeş ŧħaaŧ aaƞşẇeeř aaḓṽeeřşaařiaaŀŀẏ ~~~~ 
consensus-param-strategy = Şŧřaaŧeeɠẏ ~
consensus-param-drop = Ŀooşŧ aaƞşẇeeřş ~
consensus-param-drop-title = Ƥřooƀaaƀiŀiŧẏ ŧħaaŧ aaƞẏ ooƞee aaƞşẇeeř ƞeeṽeeř aařřiṽeeş ~~~~ 
consensus-param-max = Řoouuƞḓ ƈaaƥ 
consensus-param-max-title = A řuuƞ şŧooƥş ħeeřee iƒ ƞooŧ eeṽeeřẏ ħooƞeeşŧ ƞooḓee ħaaş ƒiƞaaŀişeeḓ ~~~~ ~~
consensus-param-runs = Řuuƞş 
consensus-param-runs-title = Ħooẇ ḿaaƞẏ şeeeeḓeeḓ řuuƞş ŧħee eeẋƥeeřiḿeeƞŧ ḿaaķeeş ~~~~
consensus-param-kept = Ŧħee řuuƞ ķeeeeƥş iŧş ŀaaşŧ ṽaaŀiḓ ƥaařaaḿeeŧeeřş. ~~~~ 
consensus-param-not-number = { $label }: { $raw } iş ƞooŧ aa ƞuuḿƀeeř ~
consensus-param-out-of-range = { $label } = { $value }: ḿuuşŧ ƀee ƀeeŧẇeeeeƞ ~ { $min } aaƞḓ { $max }

## The subnets view
consensus-subnets-primary-validators = Ƥřiḿaařẏ Ƞeeŧẇoořķ ṽaaŀiḓaaŧoořş ~~~~
consensus-subnets-count = Şuuƀƞeeŧş 
consensus-subnets-size = Ṽaaŀiḓaaŧoořş ƥeeř şuuƀƞeeŧ ~~
consensus-subnets-compromised = Ƈooḿƥřooḿişeeḓ ṽaaŀiḓaaŧoořş ~~
consensus-subnets-clear = Ƈŀeeaař ƈooḿƥřooḿişeeḓ ~
consensus-subnets-hint = Ƈŀiƈķ aa ṽaaŀiḓaaŧooř ŧoo ƈooḿƥřooḿişee iŧ (ooř řeeşŧoořee iŧ). ~~~~ ~~~ { $compromised } ooƒ { $validators } ƈooḿƥřooḿişeeḓ. Eaaƈħ ƈħaaiƞ'ş řooẇ şħooẇş ~~~~ ~ { $runs } şiḿuuŀaaŧeeḓ Şƞooẇƀaaŀŀ řuuƞş aaḿooƞɠ ŧħaaŧ şuuƀƞeeŧ'ş ṽaaŀiḓaaŧoořş ooƞŀẏ. ~~~~ ~~~
consensus-subnets-compromise-third = ƈooḿƥřooḿişee aa ŧħiřḓ ooƒ iŧ ~~~~
consensus-subnets-validators-label = { $subnet } ṽaaŀiḓaaŧoořş 
consensus-validator = ṽaaŀiḓaaŧooř  { $v }
consensus-validator-compromised = ṽaaŀiḓaaŧooř  { $v } (ƈooḿƥřooḿişeeḓ) ~~
consensus-verdict-unsafe = uuƞşaaƒee: { $n } ooƒ { $runs } řuuƞş ƒiƞaaŀişeeḓ ƈooƞƒŀiƈŧiƞɠ ṽaaŀuueeş ~~~~ ~
consensus-verdict-stalls = şŧaaŀŀş: ~ { $n } ooƒ { $runs } řuuƞş řeeaaƈħeeḓ ƒiƞaaŀiŧẏ ~~~
consensus-verdict-healthy = ħeeaaŀŧħẏ: ~ { $n } ooƒ { $runs } řuuƞş ƒiƞaaŀişeeḓ, ~~ { $mean } řoouuƞḓş ooƞ aaṽeeřaaɠee
consensus-verdict-line = { $validators } ṽaaŀiḓaaŧoořş, ~ { $compromised } ƈooḿƥřooḿişeeḓ ( ~~{ $pct }%), Ķ = ~~ { $k }, aaŀƥħaa = ~ { $alpha }
consensus-subnet-primary = Ƥřiḿaařẏ Ƞeeŧẇoořķ ~~
consensus-subnet-primary-purpose = ƥŀaaŧƒoořḿ, eeẋƈħaaƞɠee aaƞḓ ƈooƞŧřaaƈŧş; eeṽeeřẏ ṽaaŀiḓaaŧooř ŧaaķeeş ƥaařŧ ~~~~ ~~
consensus-subnet-defi = ḒeeƑi şuuƀƞeeŧ ~
consensus-subnet-defi-purpose = ƒaaşŧ ƀŀooƈķş aaƞḓ iŧş ooẇƞ ɠaaş ŧooķeeƞ ƒooř ŧřaaḓiƞɠ ~~~~ ~~~
consensus-subnet-gaming = Ɠaaḿiƞɠ şuuƀƞeeŧ ~~
consensus-subnet-gaming-purpose = ƒřeeee ŧřaaƞşaaƈŧiooƞş ƒooř ƥŀaaẏeeřş, aa ƈuuşŧooḿ ṼḾ ~~~~ 
consensus-subnet-enterprise = Eƞŧeeřƥřişee şuuƀƞeeŧ ~~
consensus-subnet-enterprise-purpose = ƥeeřḿişşiooƞeeḓ ṽaaŀiḓaaŧoořş ƒooř aaşşeeŧ şeeŧŧŀeeḿeeƞŧ ~~~~ 
consensus-subnet-data = Ḓaaŧaa şuuƀƞeeŧ 
consensus-subnet-data-purpose = aa ƞooƞ-EṼḾ ṼḾ ƒooř şŧoořaaɠee ƥřooooƒş ~~~~
consensus-chain-dex = ḒEẊ ƈħaaiƞ ~~
consensus-chain-game = Ɠaaḿee ƈħaaiƞ 
consensus-chain-items = Iŧeeḿş ƈħaaiƞ ~~
consensus-chain-settlement = Şeeŧŧŀeeḿeeƞŧ ƈħaaiƞ ~~
consensus-chain-storage = Şŧoořaaɠee ƈħaaiƞ ~
consensus-vm-platform = Ƥŀaaŧƒoořḿ ṼḾ (ṽaaŀiḓaaŧoořş, şuuƀƞeeŧş) ~~~~ ~
consensus-vm-avalanche = Aṽaaŀaaƞƈħee ṼḾ (aaşşeeŧ eeẋƈħaaƞɠee) ~~~
consensus-vm-contracts = EṼḾ (ƈooƞŧřaaƈŧş) ~~~
consensus-vm-permissioned = EṼḾ (ƥeeřḿişşiooƞeeḓ) ~~~~
consensus-vm-custom = ƈuuşŧooḿ ṼḾ ~
consensus-tradeoff-subnet = Şuuƀƞeeŧ: iŧş ooẇƞ şeeƈuuřiŧẏ ~~~~
consensus-tradeoff-subnet-text = Ƈħooooşee ŧħee ṼḾ, ŧħee ɠaaş ŧooķeeƞ, ẇħoo ḿaaẏ ṽaaŀiḓaaŧee. Şaaƒeeŧẏ řeeşŧş ooƞ ŧħee şuuƀƞeeŧ'ş ooẇƞ ṽaaŀiḓaaŧoořş; aa şḿaaŀŀ şeeŧ iş ƈħeeaaƥ ŧoo řuuƞ aaƞḓ ƈħeeaaƥ ŧoo aaŧŧaaƈķ. ~~~~ ~~~~ ~~~~ ~~~~
consensus-tradeoff-rollup = Řooŀŀuuƥ: iƞħeeřiŧeeḓ şeeƈuuřiŧẏ ~~~~
consensus-tradeoff-rollup-text = Ŧřaaƞşaaƈŧiooƞş eeẋeeƈuuŧee ooƒƒ-ƈħaaiƞ, ƀuuŧ ŧħee Ŀ1'ş ṽaaŀiḓaaŧoořş ḓeeƈiḓee ḓişƥuuŧeeş: ooƞee ħooƞeeşŧ ƈħaaŀŀeeƞɠeeř aaƞḓ ŧħee Ŀ1 şuuƒƒiƈee. Ŧħee ƥřiƈee: ŧħee Ŀ1'ş řuuŀeeş, iŧş ƒeeeeş ƒooř ḓaaŧaa, aaƞḓ aa ƈħaaŀŀeeƞɠee ẇiƞḓooẇ ƀeeƒoořee ẇiŧħḓřaaẇaaŀş aařee ƒiƞaaŀ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~

## The narration (live region, embeds, the CLI) and the link notices
consensus-narration-share = { $pct }% ƥřeeƒeeř ~ { $colour }
consensus-narration-running = Řoouuƞḓ { $round }: { $shares }; { $finalised } ooƒ { $honest } ħooƞeeşŧ ƞooḓeeş ƒiƞaaŀişeeḓ ~~
consensus-narration-finalised-colour = Řoouuƞḓ { $round }: eeṽeeřẏ ħooƞeeşŧ ƞooḓee ƒiƞaaŀişeeḓ ~~~ { $colour }
consensus-narration-finalised = Řoouuƞḓ { $round }: eeṽeeřẏ ħooƞeeşŧ ƞooḓee ƒiƞaaŀişeeḓ ~~~
consensus-narration-stalled = Řoouuƞḓ { $round }: şŧaaŀŀeeḓ, ~ { $finalised } ooƒ { $honest } ħooƞeeşŧ ƞooḓeeş ƒiƞaaŀişeeḓ ~~
consensus-narration-safety-violation = { $line }. Şaaƒeeŧẏ ṽiooŀaaŧiooƞ: ħooƞeeşŧ ƞooḓeeş ƒiƞaaŀişeeḓ ḓiƒƒeeřeeƞŧ ƈooŀoouuřş ~~~~ ~~
consensus-narration-compare-part = { $protocol } { $finalised } ooƒ { $honest } ƒiƞaaŀişeeḓ ~
consensus-narration-compare = Řoouuƞḓ { $round }: { $parts }
consensus-narration-experiment = { $done } ooƒ { $total } řuuƞş ƈooḿƥŀeeŧee: ~ { $finalised } ƒiƞaaŀişeeḓ, ~ { $stalled } şŧaaŀŀeeḓ, ~ { $violations } şaaƒeeŧẏ ṽiooŀaaŧiooƞş ~
consensus-narration-subnets = Şuuƀƞeeŧş aaƞḓ ŧħee Ƥřiḿaařẏ Ƞeeŧẇoořķ ~~~~ 
consensus-notice-defaults = { $rule }; uuşiƞɠ ŧħee ḓeeƒaauuŀŧş ƒooř ~~~ { $params }
consensus-notice-at = aaŧ =  { $at } ẇoouuŀḓ řeeƥŀaaẏ  { $at } řoouuƞḓş ooƒ  { $nodes } ƞooḓeeş ooƞ ŀooaaḓ; ooƥeeƞiƞɠ aaŧ řoouuƞḓ ~~ { $round } iƞşŧeeaaḓ 

## The parameters' rules (src/sim/consensus/params.rs: the parameters panel's
## error line and the link notices)
consensus-rule-nodes = ƞooḓeeş =  { $nodes }: ḿuuşŧ ƀee ƀeeŧẇeeeeƞ ~ { $min } aaƞḓ { $max }
consensus-rule-batch-samples = ƞooḓeeş ẋ Ķ = ~~ { $nodes } ẋ { $k }: aaŧ ḿooşŧ ~ { $max } şaaḿƥŀeeḓ ƥeeeeřş aařee ķeeƥŧ (aaƀoouuŧ 250 ḾƁ) ~~~~
consensus-rule-k-positive = Ķ = { $k }: ƒaaiŀş ŧħee řuuŀee 0 < Ķ ~~~~
consensus-rule-k-max = Ķ = { $k }: ŧħee ḿooḓeeŀ aaŀŀooẇş aaŧ ḿooşŧ ~~~ { $max } (aaṽaaŀaaƞƈħeeɠoo'ş ḓeeƒaauuŀŧ iş 20) ~~~
consensus-rule-k-nodes = Ķ = { $k }, ƞooḓeeş = ~ { $nodes }: ƒaaiŀş ŧħee řuuŀee Ķ <= ƞooḓeeş - 1 (aa ƞooḓee şaaḿƥŀeeş Ķ ḓişŧiƞƈŧ ƥeeeeřş, ƞeeṽeeř iŧşeeŀƒ) ~~~~ ~~~~ ~~~~ 
consensus-rule-alpha-pref = Ķ = { $k }, AŀƥħaaƤřeeƒeeřeeƞƈee = ~~ { $ap }: ƒaaiŀş ŧħee řuuŀee Ķ/2 < AŀƥħaaƤřeeƒeeřeeƞƈee ~~~~ ~
consensus-rule-alpha-order = AŀƥħaaƤřeeƒeeřeeƞƈee = ~ { $ap }, AŀƥħaaƇooƞƒiḓeeƞƈee = ~~~ { $ac }: ƒaaiŀş ŧħee řuuŀee AŀƥħaaƤřeeƒeeřeeƞƈee <= AŀƥħaaƇooƞƒiḓeeƞƈee ~~~~ ~~
consensus-rule-alpha-conf = Ķ = { $k }, AŀƥħaaƇooƞƒiḓeeƞƈee = ~~~ { $ac }: ƒaaiŀş ŧħee řuuŀee AŀƥħaaƇooƞƒiḓeeƞƈee <= Ķ ~~~~ ~
consensus-rule-beta = Ɓeeŧaa =  { $beta }: ƒaaiŀş ŧħee řuuŀee 0 < Ɓeeŧaa ~~~
consensus-rule-m = Şŀuuşħ řoouuƞḓş ḿ = 0: ƒaaiŀş ŧħee řuuŀee 0 < ḿ ~~~~ ~~~
consensus-rule-colours = ƈooŀoouuřş =  { $colours }: ḿuuşŧ ƀee ƀeeŧẇeeeeƞ 2 aaƞḓ ~~~ { $max }
consensus-rule-split = şƥŀiŧ = ~~ { $split }: ḿuuşŧ ƀee ƀeeŧẇeeeeƞ 0 aaƞḓ 1 ~~~
consensus-rule-byzantine = Ɓẏẑaaƞŧiƞee ƒřaaƈŧiooƞ = ~~~ { $byzantine }: ḿuuşŧ ƀee aaŧ ŀeeaaşŧ 0 aaƞḓ ƀeeŀooẇ 1 ~~~~
consensus-rule-no-honest = Ɓẏẑaaƞŧiƞee ƒřaaƈŧiooƞ ŀeeaaṽeeş ƞoo ħooƞeeşŧ ƞooḓee ~~~
consensus-rule-drop = ḓřooƥ = ~ { $drop }: ḿuuşŧ ƀee aaŧ ŀeeaaşŧ 0 aaƞḓ ƀeeŀooẇ 1 ~~~~
consensus-rule-max-rounds = ḿaaẋ řoouuƞḓş = 0: ḿuuşŧ ƀee aaŧ ŀeeaaşŧ 1 ~~~~ 
