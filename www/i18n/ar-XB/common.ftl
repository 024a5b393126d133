# Chain Lab: the shell, the classroom tools and the notices every page shares.
# English is the source catalog (docs/translating.md). Keys are grouped by where
# they are shown; `{ $x }` is an argument the code passes (numbers are formatted
# by the language's rules).

## The header, the navigation and the language menu
brand = ‮Ↄɥɐıu‬ ⅂‮ɐq‬
nav-label = ‮Sıɯnʅɐʇıous‬
sim-consensus-nav = ‮Sɐɯdʅıuƃ‬ ‮ɔousǝusns‬
sim-rollup-nav = ‮Odʇıɯısʇıɔ‬ ‮ɹoʅʅnd‬
sim-swap-nav = ∀‮ʇoɯıɔ‬ ‮sʍɐd‬
sim-stablecoin-nav = ‮Sʇɐqʅǝɔoıu‬
sim-validators-nav = ‮Ʌɐʅıpɐʇoɹs‬
lang-menu-label = ⅂‮ɐuƃnɐƃǝ‬
lang-problem = ‮Soɯǝ‬ ‮oɟ‬ ‮ʇɥıs‬ ‮dɐƃǝ‬ ‮ɔonʅp‬ ‮uoʇ‬ ‮qǝ‬ ‮sɥoʍu‬ ‮ıu‬ ‮ʎonɹ‬ ‮ʅɐuƃnɐƃǝ‬ ({ $why }); ‮ıʇ‬ ‮ıs‬ ‮sɥoʍu‬ ‮ıu‬ ‮Ǝuƃʅısɥ‬.

## Loading and missing pages
app-opening-playlist = ‮Odǝuıuƃ‬ ‮ʇɥǝ‬ ‮dʅɐʎʅısʇ‬…
app-loading-page = ⅂‮oɐpıuƃ‬ ‮ʇɥǝ‬ ‮dɐƃǝ‬…
not-found-title = ‮No‬ ‮snɔɥ‬ ‮sıɯnʅɐʇıou‬ ‮ʎǝʇ‬
not-found-text = ⊥‮ɥǝɹǝ‬ ‮ıs‬ ‮uo‬ ‮dɐƃǝ‬ ‮ɐʇ‬ { $path }.
not-found-link = ‮Sǝǝ‬ ‮ʇɥǝ‬ ‮sıɯnʅɐʇıous‬ ‮Ↄɥɐıu‬ ⅂‮ɐq‬ ‮ɥɐs‬
module-error-text = ‮Ǝɐɔɥ‬ ‮sıɯnʅɐʇıou‬ ‮ɔoɯǝs‬ ‮ɐs‬ ‮ɐ‬ ‮ɟıʅǝ‬ ‮oɟ‬ ‮ıʇs‬ ‮oʍu‬ ({ $file }), ‮ɟǝʇɔɥǝp‬ ‮ʇɥǝ‬ ‮ɟıɹsʇ‬ ‮ʇıɯǝ‬ ‮ıʇs‬ ‮dɐƃǝ‬ ‮odǝus‬, ‮ɐup‬ ‮ʇɥıs‬ ‮ouǝ‬ ‮ɔonʅp‬ ‮uoʇ‬ ‮qǝ‬ ‮ʅoɐpǝp‬.
offline-hint = ‮Oɟɟʅıuǝ‬? ⊥‮ɥǝ‬ ‮ɐdd‬ ‮ʞǝǝds‬ ‮ǝɐɔɥ‬ ‮dɐƃǝ‬ ‮ıʇ‬ ‮ɥɐs‬ ‮odǝuǝp‬; ‮ʇɥıs‬ ‮ouǝ‬ ‮ɥɐs‬ ‮uoʇ‬ ‮qǝǝu‬ ‮odǝuǝp‬ ‮ouʅıuǝ‬ ‮ıu‬ ‮ʇɥıs‬ ‮qɹoʍsǝɹ‬ ‮ʎǝʇ‬. ‮Ↄouuǝɔʇ‬ ‮ɐup‬ ‮ʇɹʎ‬ ‮ɐƃɐıu‬.
try-again = ⊥‮ɹʎ‬ ‮ɐƃɐıu‬
other-simulations = ‮Oʇɥǝɹ‬ ‮sıɯnʅɐʇıous‬

## The keyboard help
help-button-title = ‮Ӽǝʎqoɐɹp‬ ‮sɥoɹʇɔnʇs‬ (?)
help-title = ‮Ӽǝʎqoɐɹp‬
help-key-space = ‮Sdɐɔǝ‬
help-do-space = ‮dʅɐʎ‬ ‮oɹ‬ ‮dɐnsǝ‬
help-key-next = → ‮oɹ‬ ‮Ԁɐƃǝ‬ ‮ᗡoʍu‬
help-do-next = ‮sʇǝd‬ ‮ouǝ‬ ‮ɹonup‬ (‮ʍɥɐʇ‬ ‮dɹǝsǝuʇǝɹ‬ ‮ɔʅıɔʞǝɹs‬ ‮sǝup‬)
help-key-back = ← ‮oɹ‬ ‮Ԁɐƃǝ‬ ∩‮d‬
help-do-back = ‮qɐɔʞ‬ ‮ouǝ‬ ‮ɹonup‬ (‮ɹǝdʅɐʎs‬ ‮ʇɥǝ‬ ‮ɹnu‬ ‮ɟɹoɯ‬ ‮ıʇs‬ ‮sǝǝp‬)
help-key-reset = ‮ᴚ‬
help-do-reset = ‮ɹǝsǝʇ‬ ‮ʇɥǝ‬ ‮ɹnu‬ ‮ʇo‬ ‮ɹonup‬ 0
help-key-views = 1 – 4
help-do-views = ‮ɔousǝusns‬ ‮dɐƃǝ‬: ‮sʍıʇɔɥ‬ ‮ʌıǝʍ‬ (‮uǝʇʍoɹʞ‬, ‮ɔoɯdɐɹǝ‬, ‮ǝxdǝɹıɯǝuʇ‬, ‮snquǝʇs‬)
help-key-help = ?
help-do-help = ‮odǝu‬ ‮ʇɥıs‬ ‮ɥǝʅd‬
help-key-close = ‮Ǝsɔ‬
help-do-close = ‮ɔʅosǝ‬ ‮ʇɥıs‬ ‮ɥǝʅd‬
help-key-tab = ⊥‮ɐq‬
help-do-tab = ‮ɯoʌǝ‬ ‮qǝʇʍǝǝu‬ ‮ɔouʇɹoʅs‬; ‮Ǝuʇǝɹ‬ ‮oɹ‬ ‮Sdɐɔǝ‬ ‮ɐɔʇıʌɐʇǝs‬
help-clicker = ∀ ‮dɹǝsǝuʇǝɹ‬ ‮ɔʅıɔʞǝɹ‬'‮s‬ ‮ɟoɹʍɐɹp‬ ‮ɐup‬ ‮qɐɔʞ‬ ‮qnʇʇous‬ ‮sǝup‬ ‮Ԁɐƃǝ‬ ‮ᗡoʍu‬ ‮ɐup‬ ‮Ԁɐƃǝ‬ ∩‮d‬: ‮ʇɥǝʎ‬ ‮sʇǝd‬ ‮ʇɥǝ‬ ‮sıɯnʅɐʇıou‬, ‮oɹ‬, ‮ıu‬ ‮dɹǝsǝuʇǝɹ‬ ‮ɯopǝ‬ ‮ʍıʇɥ‬ ‮ɐ‬ ‮dʅɐʎʅısʇ‬, ‮ɯoʌǝ‬ ‮ʇo‬ ‮ʇɥǝ‬ ‮uǝxʇ‬ ‮oɹ‬ ‮dɹǝʌıons‬ ‮ɔnǝ‬ (‮ʇɥǝ‬ ‮ɐɹɹoʍ‬ ‮ʞǝʎs‬ ‮sʇıʅʅ‬ ‮sʇǝd‬).
close = ‮Ↄʅosǝ‬

## Each page's explanation panel
explain-label = ‮Ǝxdʅɐuɐʇıou‬

## The time controls (every simulation page)
time-controls-label = ⊥‮ıɯǝ‬ ‮ɔouʇɹoʅs‬
time-play = ‮Ԁʅɐʎ‬
time-pause = ‮Ԁɐnsǝ‬
time-finished = ‮Ⅎıuısɥǝp‬
time-play-title = ‮Ԁʅɐʎ‬ ‮oɹ‬ ‮dɐnsǝ‬ (‮Sdɐɔǝ‬)
time-back = ‮Ԑɐɔʞ‬
time-back-title = ‮Ԑɐɔʞ‬ ‮ouǝ‬ { $unit } (⅂‮ǝɟʇ‬ ‮ɐɹɹoʍ‬, ‮Ԁɐƃǝ‬ ∩‮d‬)
time-step = ‮Sʇǝd‬
time-step-title = ‮Sʇǝd‬ ‮ouǝ‬ { $unit } (‮ᴚıƃɥʇ‬ ‮ɐɹɹoʍ‬, ‮Ԁɐƃǝ‬ ‮ᗡoʍu‬)
time-reset = ‮ᴚǝsǝʇ‬
time-reset-title = ‮ᴚǝsǝʇ‬ ‮ʇo‬ ‮ʇɥǝ‬ ‮sʇɐɹʇ‬ (‮ᴚ‬)
time-speed = ‮Sdǝǝp‬
time-speed-max = ‮ɐs‬ ‮ɟɐsʇ‬ ‮ɐs‬ ‮dossıqʅǝ‬
time-seed = ‮Sǝǝp‬
time-seed-error = { $value } ‮ıs‬ ‮uoʇ‬ ‮ɐ‬ ‮sǝǝp‬: ‮nsǝ‬ ‮ɐ‬ ‮ʍɥoʅǝ‬ ‮unɯqǝɹ‬ ‮ɟɹoɯ‬ 0 ‮ʇo‬ 18446744073709551615
time-new-seed = ‮Nǝʍ‬ ‮sǝǝp‬
time-new-seed-title = ‮ᗡɹɐʍ‬ ‮ɐ‬ ‮uǝʍ‬ ‮ɹɐupoɯ‬ ‮sǝǝp‬
time-copy-link = ‮Ↄodʎ‬ ‮ʅıuʞ‬
time-copy-link-title = ‮Ↄodʎ‬ ‮ɐ‬ ‮ʅıuʞ‬ ‮ʇo‬ ‮ʇɥıs‬ ‮ɹnu‬ ‮ɐʇ‬ ‮ʇɥıs‬ ‮ɯoɯǝuʇ‬
time-link-copied = ⅂‮ıuʞ‬ ‮ɔodıǝp‬
time-link-below = ⅂‮ıuʞ‬ ‮qǝʅoʍ‬
time-link-label = ⅂‮ıuʞ‬ ‮ʇo‬ ‮ʇɥıs‬ ‮ɯoɯǝuʇ‬
notice-settings = ‮Soɯǝ‬ ‮sǝʇʇıuƃs‬ ‮ıu‬ ‮ʇɥıs‬ ‮ʅıuʞ‬ ‮ɔonʅp‬ ‮uoʇ‬ ‮qǝ‬ ‮nsǝp‬:
notice-dismiss = ‮ᗡısɯıss‬

## What one step of a simulation is called (inserted into the time controls' texts)
unit-round = ‮ɹonup‬
unit-run = ‮ɹnu‬
unit-block = ‮qʅoɔʞ‬
unit-epoch = ‮ǝdoɔɥ‬
unit-minute = ‮ɯıunʇǝ‬
unit-hour = ‮ɥonɹ‬
unit-batch = ‮qɐʇɔɥ‬
unit-step = ‮sʇǝd‬

## The classroom tools: the dock, the QR code, embedding, exports
dock-timeline = ⊥‮ıɯǝʅıuǝ‬
dock-step-label = { $unit } { $step } ‮oɟ‬ { $furthest } ‮ɹǝɐɔɥǝp‬
dock-tools-label = ‮Ↄʅɐssɹooɯ‬ ‮ʇooʅs‬
dock-qr = ‮Òᴚ‬ ‮ɔopǝ‬
dock-qr-title = ‮Sɥoʍ‬ ‮ɐ‬ ‮Òᴚ‬ ‮ɔopǝ‬ ‮oɟ‬ ‮ʇɥıs‬ ‮ɹnu‬ ‮ɟoɹ‬ ‮dɥouǝs‬
dock-present = ‮Ԁɹǝsǝuʇ‬
dock-present-title = ‮Ԁɹoɾǝɔʇoɹ‬ ‮ʇɥǝɯǝ‬, ‮ɟnʅʅsɔɹǝǝu‬, ‮dʅɐʎʅısʇs‬
dock-tour = ⅁‮nıpǝp‬ ‮ʇonɹ‬
dock-embed = ‮Ǝɯqǝp‬
dock-embed-title = ‮Ԁnʇ‬ ‮ʇɥıs‬ ‮sıɯnʅɐʇıou‬ ‮ıu‬ ‮ʎonɹ‬ ‮oʍu‬ ‮dɐƃǝ‬
qr-title = ‮Odǝu‬ ‮ʇɥıs‬ ‮ɹnu‬ ‮ou‬ ‮ʎonɹ‬ ‮dɥouǝ‬
qr-image-label = ‮Òᴚ‬ ‮ɔopǝ‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮ʅıuʞ‬ ‮ʇo‬ ‮ʇɥıs‬ ‮ɹnu‬
qr-too-long = ⊥‮ɥıs‬ ‮ʅıuʞ‬ ‮ıs‬ ‮ʇoo‬ ‮ʅouƃ‬ ‮ɟoɹ‬ ‮ɐ‬ ‮Òᴚ‬ ‮ɔopǝ‬.
qr-link-label = ⅂‮ıuʞ‬ ‮ıu‬ ‮ʇɥǝ‬ ‮Òᴚ‬ ‮ɔopǝ‬
embed-title = ‮Ǝɯqǝp‬ ‮ʇɥıs‬ ‮sıɯnʅɐʇıou‬
embed-text = ‮Ԁɐsʇǝ‬ ‮ʇɥıs‬ ‮ıuʇo‬ ‮ʎonɹ‬ ‮dɐƃǝ‬. ‮Iʇ‬ ‮odǝus‬ ‮ɐʇ‬ ‮ʇɥıs‬ ‮ɯoɯǝuʇ‬, ‮ʍıʇɥonʇ‬ ‮ʇɥǝ‬ ‮sıʇǝ‬'‮s‬ ‮ɯǝuns‬, ‮sʇɐɹʇs‬ ‮ʍɥǝu‬ ‮sɔɹoʅʅǝp‬ ‮ıuʇo‬ ‮ʌıǝʍ‬, ‮ɐup‬ ‮ʇɐʞǝs‬ ‮ɔoɯɯɐups‬ ‮qʎ‬ ‮dosʇWǝssɐƃǝ‬ (‮sǝǝ‬ ‮poɔs‬/‮ǝɯqǝp‬.‮ɯp‬).
embed-code-label = ‮Ǝɯqǝp‬ ‮ɔopǝ‬
embed-copy = ‮Ↄodʎ‬ ‮ǝɯqǝp‬ ‮ɔopǝ‬
embed-copied = ‮Ↄodıǝp‬
embed-copy-by-hand = ‮Sǝʅǝɔʇ‬ ‮ʇɥǝ‬ ‮ɔopǝ‬ ‮ɐqoʌǝ‬ ‮ɐup‬ ‮ɔodʎ‬ ‮ıʇ‬
# The title of the <iframe> in the embed code ($sim: the simulation's route name, "swap").
embed-iframe-title = ‮Ↄɥɐıu‬ ⅂‮ɐq‬: { $sim } ‮sıɯnʅɐʇıou‬
embed-footer = ‮Ↄɥɐıu‬ ⅂‮ɐq‬ · ‮odǝu‬ ‮ʇɥǝ‬ ‮ɟnʅʅ‬ ‮dɐƃǝ‬
export-button = ‮Ǝxdoɹʇ‬
export-files-failed = ⊥‮ɥǝ‬ ‮pɐʇɐ‬ ‮ɟıʅǝs‬ ‮ɔonʅp‬ ‮uoʇ‬ ‮qǝ‬ ‮ʍɹıʇʇǝu‬: { $why }
export-gone = { $file } ‮ıs‬ ‮uo‬ ‮ʅouƃǝɹ‬ ‮oɟɟǝɹǝp‬
export-save-failed = ⊥‮ɥǝ‬ ‮ɟıʅǝ‬ ‮ɔonʅp‬ ‮uoʇ‬ ‮qǝ‬ ‮sɐʌǝp‬: { $why }

## Presenter mode's bar
present-label = ‮Ԁɹǝsǝuʇǝɹ‬
present-back = ‮Ԑɐɔʞ‬ ‮ouǝ‬ { $unit }
present-back-title = ‮Ԑɐɔʞ‬ ‮ouǝ‬ { $unit } (⅂‮ǝɟʇ‬ ‮ɐɹɹoʍ‬)
present-step = ‮Sʇǝd‬ ‮ouǝ‬ { $unit }
present-step-title = ‮Sʇǝd‬ ‮ouǝ‬ { $unit } (‮ᴚıƃɥʇ‬ ‮ɐɹɹoʍ‬)
present-reset = ‮ᴚǝsǝʇ‬ ‮ʇo‬ ‮ʇɥǝ‬ ‮sʇɐɹʇ‬
present-step-label = { $unit } { $step }
present-fullscreen = ‮Ⅎnʅʅsɔɹǝǝu‬
present-playlist = ‮Ԁʅɐʎʅısʇ‬
present-playlist-none = ‮uouǝ‬
present-playlist-file = ‮ɟɹoɯ‬ ‮ɐ‬ ‮ɟıʅǝ‬
present-playlist-unknown = ‮uoʇ‬ ‮ɟonup‬: { $name }
present-open = ‮Odǝu‬ ‮ɟıʅǝ‬…
present-open-title = ‮Odǝu‬ ‮ɐ‬ ‮dʅɐʎʅısʇ‬ ‮ɟıʅǝ‬
present-exit = ‮Ǝxıʇ‬
present-exit-title = ‮Ǝxıʇ‬ ‮dɹǝsǝuʇǝɹ‬ ‮ɯopǝ‬

## Playlists and guided tours, cue by cue
walk-position = { $title } · { $i } ‮oɟ‬ { $n }
walk-predict = ‮Ԁɹǝpıɔʇ‬, ‮ʇɥǝu‬ ‮ɹnu‬:
walk-right = ‮ᴚıƃɥʇ‬.
walk-wrong = ‮Noʇ‬ ‮bnıʇǝ‬.
walk-run = ‮ᴚnu‬
walk-show-answer = ‮Sɥoʍ‬ ‮ɐusʍǝɹ‬
walk-next = ‮Nǝxʇ‬
walk-end-tour = ‮Ǝup‬ ‮ʇonɹ‬
walk-error = ⊥‮ɥıs‬ ‮dʅɐʎʅısʇ‬ ‮ɔonʅp‬ ‮uoʇ‬ ‮qǝ‬ ‮nsǝp‬: { $why }

## Problems with a link's shell keys (embed, present, playlist, tour, cue, end, lang)
shell-not-on-off = { $key } = { $value } ‮ıs‬ ‮uoʇ‬ 0 ‮oɹ‬ 1; ‮ʇɐʞǝu‬ ‮ɐs‬ 1 (‮ou‬)
shell-lang = ‮ʅɐuƃ‬ = { $value } ‮ıs‬ ‮uoʇ‬ ‮ɐ‬ ‮ʅɐuƃnɐƃǝ‬ ‮oɟ‬ ‮Ↄɥɐıu‬ ⅂‮ɐq‬ ({ $tags }); ‮nsıuƃ‬ ‮ʇɥǝ‬ ‮qɹoʍsǝɹ‬'‮s‬
shell-end = ‮ǝup‬ = { $value } ‮ıs‬ ‮uoʇ‬ ‮sʇod‬ ‮oɹ‬ ‮ʅood‬; ‮sʇoddıuƃ‬ ‮ɐʇ‬ ‮ʇɥǝ‬ ‮ɟıɹsʇ‬ ‮ɯoɯǝuʇ‬
shell-cue = ‮ɔnǝ‬ = { $value } ‮ıs‬ ‮uoʇ‬ ‮ɐ‬ ‮ɔnǝ‬ ‮unɯqǝɹ‬ (0, 1, 2…); ‮sɥoʍıuƃ‬ ‮ɔnǝ‬ 0
shell-cue-past = ‮ɔnǝ‬ = { $cue } ‮ıs‬ ‮dɐsʇ‬ ‮ʇɥıs‬ ‮dʅɐʎʅısʇ‬'‮s‬ { $n } ‮ɔnǝs‬ (0 ‮ʇo‬ { $last }); ‮sɥoʍıuƃ‬ ‮ʇɥǝ‬ ‮ʅɐsʇ‬
# A long value from a link, cut short for a notice.
query-clipped = { $start }… ({ $n } ‮ɔɥɐɹɐɔʇǝɹs‬)

## Problems with a playlist file
playlist-not-json = ‮uoʇ‬ ‮ɐ‬ ‮dʅɐʎʅısʇ‬: { $why }
playlist-cue-count = ‮ɐ‬ ‮dʅɐʎʅısʇ‬ ‮ɥɐs‬ 1 ‮ʇo‬ { $max } ‮ɔnǝs‬, ‮ʇɥıs‬ ‮ouǝ‬ { $n }
playlist-cue-sim = ‮ɔnǝ‬ { $n }: ‮sıɯ‬ { $sim } ‮ıs‬ ‮uoʇ‬ ‮ouǝ‬ ‮oɟ‬ { $sims }
playlist-cue-seed = ‮ɔnǝ‬ { $n }: ‮sǝǝp‬ = { $seed } ‮ıs‬ ‮dɐsʇ‬ { $max }, ‮ʇɥǝ‬ ‮ʅɐɹƃǝsʇ‬ ‮ʍɥoʅǝ‬ ‮unɯqǝɹ‬ ‮ɐ‬ ‮qɹoʍsǝɹ‬ ‮ʞǝǝds‬ ‮ǝxɐɔʇʅʎ‬
playlist-cue-at = ‮ɔnǝ‬ { $n }: ‮ɐʇ‬ = { $at } ‮ıs‬ ‮dɐsʇ‬ { $max }
playlist-cue-from = ‮ɔnǝ‬ { $n }: ‮ɟɹoɯ‬ ‮ɯnsʇ‬ ‮uoʇ‬ ‮qǝ‬ ‮ɐɟʇǝɹ‬ ‮ɐʇ‬
playlist-cue-params = ‮ɔnǝ‬ { $n }: ‮dɐɹɐɯs‬ ‮ıs‬ ‮ɐ‬ ‮bnǝɹʎ‬ ‮sʇɹıuƃ‬ ‮ʅıʞǝ‬ "‮u‬=400&‮ʞ‬=20"
playlist-cue-param-key = ‮ɔnǝ‬ { $n }: ‮dɐɹɐɯs‬ ‮ɯnsʇ‬ ‮uoʇ‬ ‮sǝʇ‬ { $key } (‮nsǝ‬ ‮ʇɥǝ‬ ‮ɔnǝ‬'‮s‬ ‮oʍu‬ ‮ɟıǝʅps‬)
playlist-cue-predict = ‮ɔnǝ‬ { $n }: ‮ɐ‬ ‮dɹǝpıɔʇıou‬ ‮ɥɐs‬ 2 ‮ʇo‬ 6 ‮ɔɥoıɔǝs‬ ‮ɐup‬ ‮ɐu‬ ‮ɐusʍǝɹ‬ ‮ɐɯouƃ‬ ‮ʇɥǝɯ‬
playlist-unknown = ‮ʇɥǝɹǝ‬ ‮ıs‬ ‮uo‬ ‮dʅɐʎʅısʇ‬ ‮ɔɐʅʅǝp‬ { $name }
playlist-untranslated = ⊥‮ɥıs‬ ‮dʅɐʎʅısʇ‬ ‮ıs‬ ‮uoʇ‬ ‮ʎǝʇ‬ ‮ɐʌɐıʅɐqʅǝ‬ ‮ıu‬ ‮ʎonɹ‬ ‮ʅɐuƃnɐƃǝ‬ ({ $why }); ‮ıʇ‬ ‮ıs‬ ‮sɥoʍu‬ ‮ıu‬ ‮Ǝuƃʅısɥ‬.

## Errors
error-title = ‮Soɯǝʇɥıuƃ‬ ‮ʍǝuʇ‬ ‮ʍɹouƃ‬
error-text = ⊥‮ɥǝ‬ ‮sıɯnʅɐʇıou‬ ‮ɥıʇ‬ ‮ɐu‬ ‮ǝɹɹoɹ‬ ‮ıʇ‬ ‮ɔonʅp‬ ‮uoʇ‬ ‮ɹǝɔoʌǝɹ‬ ‮ɟɹoɯ‬. ⅄‮onɹ‬ ‮ʅıuʞ‬ ‮ıs‬ ‮nuɔɥɐuƃǝp‬; ‮ʎon‬ ‮ɔɐu‬ ‮ɹǝʅoɐp‬ ‮ıʇ‬, ‮oɹ‬ ‮ɹǝsǝʇ‬ ‮ʇo‬ ‮ʇɥǝ‬ ‮ɥoɯǝ‬ ‮dɐƃǝ‬ ‮ʍıʇɥ‬ ‮pǝɟɐnʅʇ‬ ‮sǝʇʇıuƃs‬.
error-reload = ‮ᴚǝʅoɐp‬ ‮ʇɥıs‬ ‮ʅıuʞ‬
error-reset = ‮ᴚǝsǝʇ‬ ‮ʇo‬ ‮pǝɟɐnʅʇs‬
# $what: the picture, as the page names it ("history chart").
draw-failed = ⊥‮ɥǝ‬ { $what } ‮ɔonʅp‬ ‮uoʇ‬ ‮qǝ‬ ‮pɹɐʍu‬: { $why }
export-empty = { $file } ‮ɔɐɯǝ‬ ‮onʇ‬ ‮ǝɯdʇʎ‬
codec-loading = ⅂‮oɐpıuƃ‬ ‮ʇɥǝ‬ ‮qɐʇɔɥ‬ ‮dosʇǝɹ‬'‮s‬ ‮Ԑɹoʇʅı‬ ({ $file }, ‮ɐqonʇ‬ 460 ‮ӼԐ‬); ‮ʇɥǝ‬ ‮ɹnu‬ ‮ƃoǝs‬ ‮ou‬ ‮ɯǝɐuʍɥıʅǝ‬.
codec-failed = ⊥‮ɥıs‬ ‮dɐƃǝ‬ ‮ɔoɯdɹǝssǝs‬ ‮ǝʌǝɹʎ‬ ‮qɐʇɔɥ‬ ‮ʍıʇɥ‬ ‮ɹǝɐʅ‬ ‮Ԑɹoʇʅı‬, ‮ʍɥıɔɥ‬ ‮ɔoɯǝs‬ ‮ɐs‬ ‮ɐ‬ ‮sǝdɐɹɐʇǝ‬ ‮ɟıʅǝ‬ ({ $file }, ‮ɐqonʇ‬ 460 ‮ӼԐ‬) ‮ʇɥǝ‬ ‮ɟıɹsʇ‬ ‮ʇıɯǝ‬ ‮ʇɥǝ‬ ‮dɐƃǝ‬ ‮odǝus‬, ‮ɐup‬ ‮ʇɥɐʇ‬ ‮ɟıʅǝ‬ ‮ɔonʅp‬ ‮uoʇ‬ ‮qǝ‬ ‮ʅoɐpǝp‬: { $why }

## Chart text (drawn on the canvases; `long|short`: the short form is drawn where the long one does not fit)
chart-prefer = ‮dɹǝɟǝɹ‬ { $colour }
chart-mean-confidence = ‮ɯǝɐu‬ ‮ɔouɟıpǝuɔǝ‬ / ‮Ԑǝʇɐ‬
chart-finalised = ‮ɟıuɐʅısǝp‬
chart-history-title = ‮Houǝsʇ‬ ‮uopǝs‬ ‮qʎ‬ ‮dɹǝɟǝɹǝuɔǝ‬, ‮ɹonup‬ ‮qʎ‬ ‮ɹonup‬
chart-history-x = ‮ɹonup‬
chart-history-y = ‮sɥɐɹǝ‬ ‮oɟ‬ ‮ɥouǝsʇ‬ ‮uopǝs‬|‮ɥouǝsʇ‬ ‮uopǝs‬
chart-histogram-title = ‮ᴚonups‬ ‮ʇo‬ ‮ɟıuɐʅıʇʎ‬ ‮oʌǝɹ‬ { $n } ‮ɹnus‬
chart-histogram-empty = ‮Ԁɹǝss‬ ‮Ԁʅɐʎ‬ ‮ʇo‬ ‮sʇɐɹʇ‬ ‮ʇɥǝ‬ ‮ɹnus‬
chart-histogram-none = ‮No‬ ‮ɹnu‬ ‮ɥɐs‬ ‮ɟıuɐʅısǝp‬ ‮ʎǝʇ‬
chart-histogram-x = ‮ɹonups‬ ‮nuʇıʅ‬ ‮ǝʌǝɹʎ‬ ‮ɥouǝsʇ‬ ‮uopǝ‬ ‮ɟıuɐʅısǝp‬|‮ɹonups‬ ‮ʇo‬ ‮ɟıuɐʅıʇʎ‬
chart-histogram-y = ‮ɹnus‬
chart-balances-title = ‮Mɥo‬ ‮ɥoʅps‬ ‮ǝɐɔɥ‬ ‮ʅǝƃ‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮sʍɐd‬
chart-balances-x-minutes = ‮ʇıɯǝ‬ ‮sıuɔǝ‬ ‮ʇɥǝ‬ ‮sʇɐɹʇ‬ (‮ɯıunʇǝs‬)|‮ɯıunʇǝs‬
chart-balances-x-hours = ‮ʇıɯǝ‬ ‮sıuɔǝ‬ ‮ʇɥǝ‬ ‮sʇɐɹʇ‬ (‮ɥonɹs‬)|‮ɥonɹs‬
chart-balances-y = ‮sɥɐɹǝ‬ ‮oɟ‬ ‮ʇɥǝ‬ ‮ʅǝƃ‬ ‮ɥǝʅp‬|‮ɥǝʅp‬
chart-alice-a = ∀‮ʅıɔǝ‬ ‮ou‬ ∀ (‮Ԑ‬⊥‮Ↄ‬)
chart-bob-a = ‮Ԑoq‬ ‮ou‬ ∀ (‮Ԑ‬⊥‮Ↄ‬)
chart-alice-b = ∀‮ʅıɔǝ‬ ‮ou‬ ‮Ԑ‬ (‮Ǝ‬⊥‮H‬)
chart-bob-b = ‮Ԑoq‬ ‮ou‬ ‮Ԑ‬ (‮Ǝ‬⊥‮H‬)
chart-held-all = { $wallet }: ‮ɐʅʅ‬
chart-held-none = { $wallet }: ‮uouǝ‬
chart-held-part = { $wallet }: ‮dɐɹʇ‬
chart-sweep-title = ⅂1 ‮ɐʅouǝ‬ ‮ɐƃɐıusʇ‬ ‮ʇɥǝ‬ ‮ɹoʅʅnd‬, ‮qʎ‬ ‮oɟɟǝɹǝp‬ ‮ʅoɐp‬ (‮ʅoƃ‬ ‮sɔɐʅǝs‬)|⅂1 ‮ɐʅouǝ‬ ‮ɐƃɐıusʇ‬ ‮ʇɥǝ‬ ‮ɹoʅʅnd‬
chart-sweep-l1 = ⅂1 ‮ɐʅouǝ‬ (21,000 ‮ƃɐs‬ ‮ɐ‬ ‮ʇɹɐusɐɔʇıou‬)|⅂1 ‮ɐʅouǝ‬
chart-sweep-rollup = ‮ɹoʅʅnd‬ (‮qɐʇɔɥ‬ ‮pɐʇɐ‬ + 21,000 ‮ƃɐs‬ ‮ɐ‬ ‮qɐʇɔɥ‬)|‮ɹoʅʅnd‬
chart-sweep-capacity = ⅂1'‮s‬ ‮ɔɐdɐɔıʇʎ‬
chart-sweep-x = ‮oɟɟǝɹǝp‬ ‮ʅoɐp‬, ‮ʇx‬/‮s‬
chart-sweep-throughput = ⊥‮ɹɐusɐɔʇıous‬ ‮ıuɔʅnpǝp‬ (‮ʇɥɹonƃɥdnʇ‬)|‮ʇɥɹonƃɥdnʇ‬
chart-sweep-throughput-y = ‮ʇx‬/‮s‬ ‮ıuɔʅnpǝp‬
chart-sweep-cost = ⅂1 ‮ɔosʇ‬ ‮dǝɹ‬ ‮ʇɹɐusɐɔʇıou‬
chart-sweep-cost-y = ‮ƃʍǝı‬ ‮dǝɹ‬ ‮ʇx‬

## A link's settings that were not used as given ($key: the parameter, $value: as written)
query-more = ‮ɐup‬ { $n } ‮ɯoɹǝ‬ ‮sǝʇʇıuƃs‬ ‮ıu‬ ‮ʇɥıs‬ ‮ʅıuʞ‬ ‮ʍǝɹǝ‬ ‮uoʇ‬ ‮nsǝp‬ ‮ɐs‬ ‮ƃıʌǝu‬
query-outside = { $key } = { $value } ‮ıs‬ ‮onʇsıpǝ‬ { $lo }..{ $hi }; ‮nsıuƃ‬ ‮ʇɥǝ‬ ‮pǝɟɐnʅʇ‬, { $default }
query-not-whole = { $key } = { $value } ‮ıs‬ ‮uoʇ‬ ‮ɐ‬ ‮ʍɥoʅǝ‬ ‮unɯqǝɹ‬ ‮ɟɹoɯ‬ { $lo } ‮ʇo‬ { $hi }; ‮nsıuƃ‬ ‮ʇɥǝ‬ ‮pǝɟɐnʅʇ‬, { $default }
query-not-number = { $key } = { $value } ‮ıs‬ ‮uoʇ‬ ‮ɐ‬ ‮unɯqǝɹ‬; ‮nsıuƃ‬ ‮ʇɥǝ‬ ‮pǝɟɐnʅʇ‬, { $default }
query-list-ignored = { $key }: ‮ıƃuoɹǝp‬ { $bad } (‮ǝɐɔɥ‬ ‮ǝuʇɹʎ‬ ‮ɯnsʇ‬ ‮qǝ‬ ‮ɐ‬ ‮unɯqǝɹ‬ ‮ɟɹoɯ‬ { $lo } ‮ʇo‬ { $hi })
query-not-one-of = { $key } = { $value } ‮ıs‬ ‮uoʇ‬ ‮ouǝ‬ ‮oɟ‬ { $names }; ‮nsıuƃ‬ ‮ʇɥǝ‬ ‮pǝɟɐnʅʇ‬, { $default }
query-unknown = ‮nuʞuoʍu‬ ‮dɐɹɐɯǝʇǝɹ‬ { $key } ‮ıƃuoɹǝp‬
