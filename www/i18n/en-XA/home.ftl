# Chain Lab: the home page.

home-lede = Ħooẇ ƀŀooƈķƈħaaiƞ iƞƒřaaşŧřuuƈŧuuřee řeeaaŀŀẏ ẇoořķş, aaş ŀiṽee şiḿuuŀaaŧiooƞş ẏoouu ƈaaƞ ƥŀaaẏ, ƥaauuşee, şŧeeƥ aaƞḓ řeeƥŀaaẏ. Eṽeeřẏ řuuƞ iş şeeeeḓeeḓ: ŧħee şaaḿee ŀiƞķ ɠiṽeeş ŧħee şaaḿee řuuƞ ooƞ eeṽeeřẏ ḿaaƈħiƞee. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ 
sim-consensus-title = Şaaḿƥŀiƞɠ ƈooƞşeeƞşuuş ~~~
sim-consensus-line = Aṽaaŀaaƞƈħee'ş Şŀuuşħ, Şƞooẇƒŀaaķee aaƞḓ Şƞooẇƀaaŀŀ: ƞooḓeeş ƥooŀŀ aa ƒeeẇ řaaƞḓooḿ ƥeeeeřş uuƞŧiŀ ŧħee ẇħooŀee ƞeeŧẇoořķ aaɠřeeeeş, aaƞḓ ẇħaaŧ aa ƒeeẇ ŀiaařş aaḿooƞɠ ŧħeeḿ ƈaaƞ ḓoo. ~~~~ ~~~~ ~~~~ ~~~~
sim-rollup-title = Oƥŧiḿişŧiƈ řooŀŀuuƥ ~~~~
sim-rollup-line = Ařƀiŧřuuḿ-şŧẏŀee ƀaaŧƈħeeş, Ɓřooŧŀi-ƈooḿƥřeeşşeeḓ aaƞḓ ƥooşŧeeḓ ŧoo Eŧħeeřeeuuḿ, aa 6.4-ḓaaẏ ƈħaaŀŀeeƞɠee ẇiƞḓooẇ, aaƞḓ aa ƒřaauuḓ ƥřooooƒ ƞaařřooẇeeḓ ḓooẇƞ ŧoo ŧħee ooƞee şŧeeƥ Ŀ1 eeẋeeƈuuŧeeş. Iƞĵeeƈŧ aa ẇřooƞɠ şŧaaŧee řooooŧ aaƞḓ şeeee iŧ ƈaauuɠħŧ, ooř ƀeeƈooḿee ƒiƞaaŀ ẇħeeƞ ƞoo ṽaaŀiḓaaŧooř ẇaaŧƈħeeş. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~
sim-swap-title = Aŧooḿiƈ şẇaaƥ ~~
sim-swap-line = Ŧẇoo ƈħaaiƞş, ŧẇoo ħaaşħ ŧiḿee-ŀooƈķeeḓ ƈooƞŧřaaƈŧş aaƞḓ ooƞee şeeƈřeeŧ: ẇħeeƞ ƀooŧħ ƒooŀŀooẇ ŧħee ƥřooŧooƈooŀ, ƀooŧħ ŀeeɠş şeeŧŧŀee ooř ƞeeiŧħeeř ḓooeeş. Şeeṽeeƞ şƈeeƞaařiooş şħooẇ ẇħaaŧ ħaaƥƥeeƞş ẇħeeƞ şooḿeeooƞee şŧooƥş, ƈħeeaaŧş ooř iş şŀooẇ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~
sim-stablecoin-title = Şŧaaƀŀeeƈooiƞ ḓeeaaŧħ şƥiřaaŀ ~~~
sim-stablecoin-line = Ŧeeřřaa'ş ḿaařķeeŧ ḿooḓuuŀee ḿiƞŧş aaƞḓ ƀuuřƞş ŧoo ħooŀḓ aa ƥeeɠ, uuƞŧiŀ aa řuuƞ ŧuuřƞş iŧ iƞŧoo aa ḓeeaaŧħ şƥiřaaŀ: ŧħee ƒeeeeḓƀaaƈķ ŀooooƥ ŀiṽee, ƀeeşiḓee ŧħee řeeaaŀ ħişŧoořẏ ooƒ Ḿaaẏ 2022. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~
sim-validators-title = Ƥřooooƒ-ooƒ-şŧaaķee ṽaaŀiḓaaŧoořş ~
sim-validators-line = Şŧaaķee, řeeẇaařḓş, şŀaaşħiƞɠ aaƞḓ ƈooƞƈeeƞŧřaaŧiooƞ, aaƞḓ ŧħee ƈaaşƈaaḓee ẇħeeƞ ŧħee şŧaaķeeḓ ŧooķeeƞ ƈooŀŀaaƥşeeş. ~~~~ ~~~~ ~~
