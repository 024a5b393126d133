# Chain Lab: la página del rollup optimista (#/rollup). Traducción del
# catálogo inglés (docs/translating.md); `{ $x }` es un argumento del código.

## Cabecera, línea de estado y fallos
rollup-title = Rollup optimista
rollup-subtitle = Al estilo de Arbitrum: lotes en Ethereum, una ventana de impugnación y una prueba de fraude hasta un solo paso
rollup-squeeze = Compresión del tiempo: mientras solo avanzan los relojes de impugnación, reproduce al menos 1 día/s (la ventana de { $blocks } bloques dura { $span })
rollup-status-line = Bloque L1 { $block } · { $time } desde el inicio · { $txs } tx de L2 · { $batches ->
        [one] { $batches } lote
       *[other] { $batches } lotes
    }
rollup-status-wrong-final = Una raíz de estado ERRÓNEA es final: ningún validador honesto la impugnó dentro de su ventana.
rollup-status-challenged = El validador { $validator } está impugnando la aserción { $assertion }.
rollup-status-done = Todas las aserciones son finales o se han revertido.
rollup-status-counts = Aserciones finales: { $finals }; pendientes: { $pending }.
rollup-compressing-status = Comprimiendo… el bloque { $block } necesita el tamaño Brotli real de un lote, y el módulo Brotli aún se está cargando: la ejecución seguirá sola cuando llegue.
rollup-pipeline-label = La cadena del rollup: usuarios de L2, secuenciador, lote, Brotli, L1, ventana de impugnación, final
rollup-faults-label = Fallos
rollup-proposer = Proponente:
rollup-fault-wrong = publica una raíz errónea para el lote { $batch } (se acuña { $eth } ETH a sí mismo).
rollup-fault-honest = honesto.
rollup-honest-proposer = Proponente honesto
rollup-inject-title = La próxima aserción del proponente declara un estado en el que se ha abonado 1000 ETH a sí mismo
rollup-inject = Inyectar una raíz errónea (lote { $batch })
rollup-honest-validators = Validadores honestos:
rollup-validator-n = Validador { $i }
rollup-mode-online = en línea
rollup-mode-offline = desconectado
rollup-mode-late = tardío
rollup-mode-remove = quitar
rollup-from-block = desde el bloque
rollup-no-validator = Ningún validador honesto estará en línea: nada detiene una raíz errónea.

## La prueba de fraude
rollup-fraud-proof = Prueba de fraude
rollup-no-challenge = Aún no hay impugnación. Inyecta arriba una raíz errónea: un validador en línea vuelve a ejecutar el lote, impugna, y el juego de bisección aparece aquí.
rollup-dissection-label = Disección
rollup-bold-bisection = Bisección BoLD
rollup-classic-40 = 40 partes (Nitro clásico)
rollup-classic-nitro = Nitro clásico
rollup-dispute-title = Prueba de fraude ({ $protocol }): aserción { $assertion } (lote { $batch })
rollup-dispute-intro = El validador { $validator } volvió a ejecutar el lote { $batch } a partir de sus datos en L1 y obtuvo otra raíz de estado, así que en el bloque { $block } impugnó. Ambas partes coinciden en el estado anterior al lote y discrepan tras sus { $steps } pasos de la VM (siete por transferencia: cargar ambos saldos, comprobar, restar, sumar, guardar ambos). En cada ronda el defensor publica { $posts } dentro del rango en disputa, el impugnador señala la primera parte con cuyo final no está de acuerdo, y el rango se reduce.
rollup-dispute-posts-bold = 1 hash, en el punto potencia de dos que exige BoLD,
rollup-dispute-posts-classic = hasta { $hashes } hashes
rollup-dispute-protocol = Protocolo de disputa
rollup-bold-rounds = Bisección BoLD: { $n } rondas
rollup-classic-rounds = 40 partes (Nitro clásico): { $n } rondas
rollup-rounds-legend = En cada ronda: la barra azul es el rango en disputa dentro de toda la traza (en BoLD, rellenada hasta una potencia de dos); la franja de abajo es ese rango, con los puntos publicados (verde: ambos coinciden; rojo: difieren) y, en naranja, la parte elegida para la ronda siguiente.
rollup-dispute-next = Ronda { $k } de { $n }: sus movimientos llegan en el bloque { $at } (ahora { $now }).
rollup-dispute-one-wide = El rango tiene un solo paso: L1 ejecuta el paso { $step } en el bloque { $block }.
rollup-track-whole = toda la historia (rellenada): pasos 0 a { $n }
rollup-track-round = el rango de esta ronda, pasos { $lo } a { $hi }
rollup-round = Ronda { $i }
rollup-round-head = · bloque { $block } · rango [{ $lo }, { $hi }] ({ $len } pasos) → [{ $next_lo }, { $next_hi }]
rollup-round-padded = · a partir del paso { $steps } la historia rellenada repite el último estado
rollup-pt-after = tras el paso
rollup-pt-challenger = impugnador (honesto)
rollup-pt-defender = afirmación del defensor
rollup-pt-more = … { $n } puntos más …
rollup-pt-agree = coinciden
rollup-pt-differ = difieren
rollup-osp-title = Prueba de un paso: L1 ejecuta solo el paso { $step }
rollup-osp-instruction = instrucción
rollup-osp-transfer = (transferencia { $transfer } del lote)
rollup-osp-before = estado acordado antes
rollup-osp-matches = ✓ coincide con el hash acordado
rollup-osp-no-match = ✗ no coincide
rollup-osp-result = resultado de L1
rollup-osp-challenger = afirmó el impugnador
rollup-osp-defender = afirmó el defensor
rollup-verdict-challenger = La afirmación del defensor es errónea. Su fianza de { $eth } ETH se confisca en favor del validador { $validator }. Revertido: { $rolled }; el validador vuelve a afirmar las raíces verdaderas desde el lote { $batch }, cada una con una ventana de impugnación nueva.
rollup-verdict-rolled = { $n ->
        [one] aserción { $ids }
       *[other] aserciones { $ids }
    }
rollup-verdict-proposer = El defensor tenía razón: se confisca la fianza del impugnador y la aserción se mantiene.
rollup-rounds-why = BoLD rellena la historia de { $n } pasos hasta 2^{ $h } = { $padded } hojas y la divide en mandatoryBisectionHeight, así que toda partida dura exactamente { $h } rondas. Nitro clásico corta un rango en 40 partes de floor(len/40) pasos, la última con el resto, y se detiene cuando el rango es de un paso: aquí { $classic }.

## El panel BoLD
rollup-bold-title = BoLD: el lado honesto contra cualquier número de atacantes
rollup-bold-attackers = Atacantes
rollup-bold-heights = Alturas
rollup-bold-reduced = reducidas: 2^4, 2^3, 2^3
rollup-bold-arb1 = Arbitrum One: 2^26, 2^19, 2^23
rollup-bold-pause = Pausa
rollup-bold-play = Jugar la partida
rollup-bold-step = Paso
rollup-bold-edges-label = Aristas de BoLD por nivel: las honestas en verde, las de los atacantes en rojo anaranjado; los puntos son pruebas de un paso
rollup-bold-legend-honest = aristas honestas (puntos: pruebas de un paso)
rollup-bold-legend-attackers = aristas de los atacantes · las aristas de cada nivel por longitud, la más larga arriba
rollup-bold-level = { $name } 2^{ $log2 }
rollup-level-block = bloque
rollup-level-big-step = paso grande
rollup-level-small-step = paso pequeño
rollup-heights-sep = {", "}
rollup-heights-block = 2^{ $log2 } bloques
rollup-heights-big-step = 2^{ $log2 } pasos grandes
rollup-heights-small-step = 2^{ $log2 } pasos pequeños
rollup-move = Movimiento { $k } de { $n } (bloque { $block }): { $who } { $what } en el nivel de { $level }, alturas { $start } a { $end }.
rollup-move-at = Movimiento { $k } de { $n } (bloque { $block }): { $who } { $what } en el nivel de { $level }, alturas { $start } a { $end } en { $mid }.
rollup-move-honest = el lado honesto
rollup-move-attacker = el atacante { $i }
rollup-move-open = abre una arista
rollup-move-bisect = biseca
rollup-move-refine = abre una subimpugnación
rollup-move-osp = gana una prueba de un paso
rollup-moves-press-play = { $n } movimientos; pulsa Jugar.
rollup-bold-none = Sin atacantes: nadie rivaliza con la aserción honesta, así que se confirma tras el periodo de confirmación, en el bloque { $block } ({ $days } días).
rollup-bold-attackers-post = { $n ->
        [one] { $n } atacante publica
       *[other] { $n } atacantes publican
    }
rollup-bold-proofs = { $n ->
        [one] { $n } prueba de un paso
       *[other] { $n } pruebas de un paso
    }
rollup-bold-summary = { $attackers } aserciones rivales en el bloque 1 ({ $stake } ETH cada una) y aristas sobre { $heights }. Tras { $moves } movimientos ({ $edges } aristas, { $honest_edges } del lado honesto) y { $proofs }, el temporizador acumulado de la arista honesta alcanza el periodo de impugnación de { $period } bloques en el bloque { $edge_block }; tras el periodo de gracia de { $grace } bloques la aserción honesta se confirma en el bloque { $block } ({ $days } días; la cota de esta ejecución, con la aserción honesta primero y cada movimiento hecho a la vez: { $bound }). Fianzas: honesta { $honest_stake } ETH (devuelta), atacantes { $malicious_stake } ETH (perdidas).
rollup-delay-title = Tiempo hasta confirmar la aserción honesta, según el número de atacantes
rollup-delay-label = Días hasta que se confirma la aserción honesta frente al número de atacantes: Nitro clásico crece, BoLD se mantiene plano
rollup-delay-days = { $d } d
rollup-delay-attackers = atacantes
rollup-delay-with = { $n ->
        [one] Con { $n } atacante
       *[other] Con { $n } atacantes
    }
rollup-delay-summary = { $with }: Nitro clásico confirma la aserción honesta tras { $classic_days } días (bloque { $classic_block }), una impugnación tras otra; BoLD tras { $bold_days } días (bloque { $bold_block }), se sumen los atacantes que se sumen.
rollup-delay-note = Nitro clásico: la impugnación de cada atacante recibe un reloj de ajedrez del periodo de confirmación de { $confirm } bloques más 200 bloques, y un validador honesto con fianza solo puede estar en una impugnación a la vez, así que cada atacante más añade unos { $clock } días. BoLD: todas las aristas se disputan a la vez y los temporizadores se suman a lo largo del camino honesto, así que aquí, con la aserción honesta publicada primero y cada movimiento hecho a la vez, se confirma aproximadamente un periodo de impugnación más el periodo de gracia de { $grace } días después del inicio, sea cual sea el número de atacantes. La garantía del protocolo, sean cuales sean los atacantes y los tiempos, es como mucho dos periodos de impugnación (uno para abrir una disputa y otro para resolverla) más el periodo de gracia.

## Las tablas
rollup-assertions-title = Aserciones y sus ventanas de impugnación
rollup-col-batch = lote
rollup-col-by = por
rollup-col-root = raíz de estado
rollup-col-posted = publicada
rollup-col-window = ventana de impugnación
rollup-col-status = estado
rollup-st-waiting-parent = esperando a su madre
rollup-st-pending = pendiente
rollup-st-challenged = impugnada
rollup-st-final-wrong = FINAL con una raíz errónea
rollup-st-final = final
rollup-st-rolled-back = revertida
rollup-by-proposer = proponente
rollup-by-validator = validador { $v }
rollup-root-wrong = errónea
rollup-window-left = quedan { $span } ({ $blocks } bloques)
rollup-window-closed = cerrada
rollup-bond = fianza { $eth } ETH
rollup-no-assertion = Aún no hay aserciones: la primera llega con el primer lote.
rollup-batches-title = Lotes en L1
rollup-col-block = bloque
rollup-col-closed = cerrado
rollup-col-txs = tx
rollup-col-raw = B sin comprimir
rollup-col-brotli = B Brotli
rollup-col-ratio = ratio
rollup-col-blob-gas = gas de blob
rollup-col-l1-gas = gas de L1
rollup-col-gwei-tx = gwei/tx
rollup-closed-full = lleno
rollup-closed-delay = retraso máx.
rollup-blob-gas-cell = { $gas } ({ $blobs })
rollup-blobs-n = { $n ->
        [one] { $n } blob
       *[other] { $n } blobs
    }
rollup-compressing-row = { $txs } tx, { $bytes } B sin comprimir: comprimiendo…
rollup-total-one = 1 lote en total
rollup-total-all = los { $n } lotes

## La cadena (lienzo)
rollup-stage-users = Usuarios de L2
rollup-stage-tps = { $tps } tx/s
rollup-stage-accounts = { $n } cuentas
rollup-stage-sending = aún { $span }
rollup-stage-traffic-over = tráfico terminado
rollup-stage-sequencer = Secuenciador
rollup-stage-txs = { $n } tx
rollup-stage-ordered = ejecutadas en orden
rollup-stage-root = raíz { $root }…
rollup-stage-batch = Lote
rollup-stage-raw = { $bytes } B brutos
rollup-stage-age = edad { $age } / { $max }
rollup-stage-compressing = comprimiendo…
rollup-stage-brotli-loading = cargando Brotli
rollup-stage-bytes = { $raw } → { $compressed } B
rollup-stage-of-cap = { $pct } % del tope
rollup-stage-no-batch = aún no hay lotes
rollup-stage-l1 = L1 (Ethereum)
rollup-stage-block = bl. { $block }
rollup-stage-posted = { $n ->
        [one] { $n } lote
       *[other] { $n } lotes
    }
rollup-stage-blob-gas = { $gas } gas blob
rollup-stage-gas = { $gas } gas
rollup-stage-window = Impugnación
rollup-stage-open = { $n } abiertas
rollup-stage-ends = #{ $id } cierra en { $span }
rollup-stage-challenged = #{ $id } IMPUGNADA
rollup-stage-window-long = de { $blocks } bloques
rollup-stage-window-blocks = { $blocks } bloques
rollup-stage-final = Final
rollup-stage-rolled = revertidas: { $rolled }
rollup-stage-assertions = aserciones
rollup-stage-wrong-final = RAÍZ ERRÓNEA FINAL

## Duraciones (d, h, min, s)
rollup-span-dh = { $d } d { $h } h
rollup-span-hm = { $h } h { $m } min
rollup-span-ms = { $m } min { $s } s
rollup-span-s = { $s } s

## Costes, el barrido de carga y el registro
rollup-cost-compare = Coste de publicación por transacción hasta ahora: { $per_tx } en el rollup frente a { $l1 } gwei de una transferencia simple solo en L1 (21.000 de gas a { $price } gwei). L1 sola admite { $capacity } transferencias por bloque (unas { $tps } tx/s); con esta carga acumularía un retraso de { $backlog } transferencias.
rollup-cost-no-batch = aún ningún lote
rollup-cost-gwei = { $gwei } gwei
rollup-sweep-name = barrido de carga
rollup-sweep-title = Al crecer la carga: L1 sola frente al rollup
rollup-sweep-running = Ejecutando la carga { $k } de { $n }…
rollup-sweep-run = Ejecutar el barrido de carga
rollup-sweep-note = Ejecuta estos ajustes con { $loads } cargas de 0,1 a 1000 tx/s, cada una durante un retraso de lote o 30.000 transferencias, con Brotli real a calidad { $q }.
rollup-sweep-stale = (El gráfico es de otros ajustes: vuelve a ejecutarlo.)
rollup-sweep-label = Rendimiento y coste por transacción frente a la carga ofrecida, L1 sola y el rollup
rollup-log-title = Qué ha pasado
rollup-log-empty = Aún no ha pasado nada en L1: pulsa Reproducir, o → para avanzar hasta el primer lote.
rollup-log-block = bloque { $block }

## Ajustes
rollup-settings = Ajustes
rollup-settings-note = Cambiarlos reinicia la ejecución. La página ejecuta como mucho { $most } transferencias (carga × tráfico); la CLI ejecuta cualquier tamaño.
rollup-set-tps = Carga de L2, tx/s
rollup-set-traffic = Tráfico, minutos
rollup-set-delay = Retraso máximo de lote, minutos
rollup-set-data = Datos en L1
rollup-set-q = Calidad de Brotli
rollup-set-gas = Precio del gas en L1, gwei
rollup-set-fork = Bifurcación de Ethereum
rollup-set-blobgas = Tarifa base de blob al inicio, gwei
rollup-set-demand = Blobs de otros usuarios, × objetivo
rollup-set-window = Ventana de impugnación, bloques de L1
rollup-data-auto = auto: lo más barato por byte (como Nitro)
rollup-data-calldata-floor = calldata (mínimo de EIP-7623: 10 de gas por token)
rollup-data-calldata = calldata (16/4 de gas por byte)
rollup-data-blobs = blobs (EIP-4844)
rollup-q-11 = 11 (Nitro, sin retraso acumulado)
rollup-q-6 = 6 (Nitro con retraso acumulado)
rollup-quality-hint = Con esta carga los lotes se llenan hasta el tope de 100.000 bytes, y Brotli de nivel 11 tarda alrededor de un segundo de wasm por lote lleno: la reproducción se detiene mientras se comprime cada uno. El nivel 6 (el de Nitro con retraso acumulado) se reproduce con fluidez.
rollup-fork = { $name } (desde { $since }): { $target }/{ $max } blobs
rollup-fork-today = { $name } (desde { $since }): { $target }/{ $max } blobs, la actual
rollup-blob-fee-now = Tarifa base de blob ahora: { $fee } gwei (regla de EIP-4844; otros usuarios publican { $blobs } blobs por bloque frente a un objetivo de { $target }).
rollup-window-note = Arbitrum One: 45.818 bloques ≈ { $span }. Un movimiento de disección tarda { $blocks } bloque de L1; una ronda son dos movimientos.

## La línea de configuración de la ejecución
rollup-setup = Esta ejecución: disputas con { $protocol }; costes de datos en L1 de { $fork } (desde { $since }): { $target } blobs objetivo / { $max } máximo por bloque, fracción de actualización de la tarifa base de blob { $fraction }, { $calldata }; datos publicados como { $data }.
rollup-setup-today = Es la bifurcación vigente hoy.
rollup-setup-bold = BoLD (Arbitrum One desde febrero de 2025): bisección en mandatoryBisectionHeight sobre una historia rellenada hasta una potencia de dos
rollup-setup-classic = Nitro clásico (disección en { $arity } partes según extractChallengeSegment, 1 contra 1)
rollup-setup-data-auto = calldata o blobs, lo que cueste menos por byte (como el publicador de Nitro)
rollup-setup-calldata-floor = calldata a 10 de gas por token como mínimo (EIP-7623)
rollup-setup-calldata-old = calldata a 16/4 de gas por byte (antes de EIP-7623)

## La explicación
rollup-explain-look-title = Qué estás viendo
rollup-explain-look-1 = Un rollup optimista ejecuta las transacciones fuera de la cadena principal y usa Ethereum (L1) solo para guardar sus datos y resolver disputas. Aquí llegan transferencias de L2 entre 32 cuentas al ritmo que elijas; el secuenciador las ordena y las ejecuta al instante. El publicador de lotes las serializa (14 bytes cada una), comprime el lote con Brotli, como hace Arbitrum Nitro, y lo publica en L1 cuando superaría su tope (100.000 bytes comprimidos de calldata, 130.048 por blob) o cuando su primera transacción ha esperado el retraso máximo. Como el publicador de Nitro, pone cada lote donde el byte cuesta menos: en blobs, a la tarifa base de blob actual, o en calldata, que desde Pectra (EIP-7623) paga al menos 10 de gas por token (40 por byte no nulo). Cada tamaño, ratio y cifra de gas de esta página sale de comprimir los bytes reales de la ejecución; cada raíz de estado es una raíz de Merkle real (SHA-256) sobre los saldos.
rollup-explain-look-2 = Con cada lote el proponente publica una aserción, la raíz de estado tras el lote, con una fianza. Nadie en L1 la comprueba. Solo se vuelve final cuando ha pasado su ventana de impugnación (45.818 bloques de L1, unos 6,4 días) sin una impugnación con éxito. Cualquier validador honesto puede volver a ejecutar el lote a partir de los datos en L1 y, si su raíz es distinta, impugnar.
rollup-explain-look-3 = La impugnación es un juego sobre la traza de ejecución del lote. Ambas partes coinciden en el estado anterior al lote y discrepan tras él. En cada ronda el defensor publica los hashes de estado en puntos dentro del rango en disputa; el impugnador señala la primera parte con cuyo final no está de acuerdo. BoLD, el protocolo por defecto (como en Arbitrum One desde febrero de 2025), rellena la historia hasta 2^h pasos y divide cada rango en mandatoryBisectionHeight, un punto potencia de dos: exactamente h = ceil(log2 N) rondas para N pasos. La disección en 40 partes de Nitro clásico (extractChallengeSegment) corta un rango en 40 partes de floor(len/40) pasos, la última con el resto, con 39 hashes por ronda; cuántas rondas necesita depende de dónde esté el paso en disputa. Cuando el rango tiene un solo paso, L1 ejecuta ese único paso desde el estado acordado y ve quién tenía razón. L1 nunca vuelve a ejecutar el lote, solo una instrucción. Se confisca la fianza del perdedor; una aserción errónea y todas las construidas sobre ella se revierten.
rollup-explain-look-4 = La seguridad exige al menos un validador honesto en línea dentro de la ventana. Si no hay ninguno, nada detiene una raíz errónea: se vuelve final, y las monedas acuñadas son tan reales como cualesquiera otras. Pocas demostraciones similares muestran este caso; pon los validadores desconectados y compruébalo.
rollup-explain-try-title = Qué probar
rollup-explain-try-1 = Pulsa «Inyectar una raíz errónea» y reproduce. El proponente se abona 1000 ETH en la raíz de estado del siguiente lote; el validador en línea impugna en el mismo bloque en que llega la aserción, y la bisección reduce los 8400 pasos de la VM del lote (1200 transferencias, siete pasos cada una) al único STORE donde el estado del proponente difiere por primera vez, en exactamente 14 rondas: BoLD rellena los 8400 pasos hasta 2^14 = 16.384.
rollup-explain-try-2 = Cambia a 40 partes (Nitro clásico): 3 rondas en lugar de 14 (partes de 210 pasos, luego de 5), a cambio de 39 hashes por movimiento en lugar de uno.
rollup-explain-try-3 = Pon todos los validadores desconectados, inyecta el fallo y reproduce con la compresión del tiempo activada: tras los 6,4 días de la ventana la raíz errónea se vuelve final. Luego prueba «tardío» con un bloque antes y otro después del final de la ventana.
rollup-explain-try-4 = Sube la carga a 100 tx/s (con Brotli de nivel 6, para que la reproducción sea fluida): los lotes se cierran llenos a pocos puntos porcentuales del tope de 100.000 bytes, y el coste por transacción baja muy por debajo de la centésima parte de los 21.000 de gas de L1. Ejecuta el barrido de carga para ver ambas curvas.
rollup-explain-try-5 = Baja la calidad de Brotli de 11 a 6 (el nivel de Nitro cuando su publicador se retrasa): la compresión es unas cinco veces más rápida, pero a 100 tx/s la ratio cae de unos 3,1× a 2,5×, así que cada lote lleno lleva alrededor de una quinta parte menos de transacciones y cada transacción cuesta más. Cambia el publicador a calldata, o elige Cancun (antes del mínimo de calldata) en el selector de bifurcación, para ver qué cambió EIP-7623; sube la demanda de blobs de otros usuarios por encima de 1× el objetivo para ver subir la tarifa base de blob hasta que el publicador pasa a calldata.
rollup-explain-model-title = En qué difiere el modelo del Arbitrum actual
rollup-explain-model-1 = BoLD. La prueba de fraude de arriba es un validador contra un proponente sobre la traza de un lote, bisecada como hace BoLD. El panel BoLD juega la partida de todos contra todos en sí, de forma simbólica: tres niveles (Arbitrum One: 2^26 bloques, 2^19 pasos grandes, 2^23 pasos pequeños; o un tamaño reducido), historias como raíces de Merkle rellenadas hasta una potencia de dos, temporizadores acumulados y el periodo de gracia de 14.400 bloques, fianzas de 3600 ETH por aserción y de 555 y 79 ETH por arista de paso grande y de paso pequeño (nitro-contracts scripts/files/configs/arb1.ts). En el modelo todas las partes responden a la vez y nunca se quedan sin fondos; las partes reales pagan gas por cada movimiento, y las minifianzas reales se devuelven arista por arista.
rollup-explain-model-2 = Blobs y tarifas. La tarifa base de blob sigue la regla de EIP-4844 con el precio de reserva de EIP-7918 (en las bifurcaciones BPO), y la demanda de otros usuarios es un ritmo constante; la tarifa base de ejecución es un ajuste fijo (sin el movimiento de EIP-1559).
rollup-explain-model-3 = Aquí los lotes son transferencias de 14 bytes sin firmas; los lotes reales llevan transacciones firmadas y codificadas en RLP cuyas firmas de 65 bytes no se comprimen, así que las ratios reales son menores que estas.
rollup-explain-model-4 = Arbitrum publica una aserción aproximadamente una vez por hora sobre muchos lotes; el modelo publica una aserción por lote. Las fianzas en la ejecución lote a lote son de 1 ETH fijo; el panel BoLD usa las fianzas reales de Arbitrum One.
rollup-explain-model-5 = El publicador de Nitro elige su nivel de Brotli según su retraso acumulado: 11 cuando va al día, 6 a partir de 21 lotes de retraso, 4 (recomprimiendo a 6) a partir de 61 (arbnode/compression_level.go). Este publicador nunca se retrasa, así que 11 es el valor por defecto; el ajuste de calidad te permite cambiar tamaño por velocidad.
rollup-explain-model-6 = La prueba de un paso recibe todo el estado previo (diminuto); Nitro real solo demuestra la memoria tocada con pruebas de Merkle, y ejecuta una instrucción de WebAssembly (WAVM). El precio del gas de ejecución en L1 es un ajuste, y L1 sola nunca sube su precio aunque crezca su retraso acumulado.
rollup-explain-sources = Fuentes: Chain Lab reference/models.md §2; Offchain Labs, «Arbitrum Nitro: a second-generation optimistic rollup» (2022); documentación de Arbitrum: batch poster (Brotli, MaxSize 100.000), periodo de impugnación de 45.818 bloques, BoLD; OffchainLabs/nitro arbnode/batch_poster.go y compression_level.go; EIP-2028 (gas de calldata 16/4); EIP-7623 (mínimo de calldata); EIP-4844 (blobs, fake_exponential); EIP-7691 (Prague 6/9); EIP-7892 (bifurcaciones BPO: BPO1 10/15, BPO2 14/21); EIP-7918 (precio de reserva de blob); OffchainLabs/nitro-contracts (ChallengeLib.sol, EdgeChallengeManagerLib.sol, RollupUserLogic.sol, arb1.ts) y OffchainLabs/bold.

## La narración (la región viva, la última línea del registro)
rollup-nar = Bloque { $block } ({ $time }): { $parts }.
rollup-nar-batch = se publica el lote { $batch } con { $txs }, { $raw } bytes sin comprimir, { $compressed } comprimidos (ratio { $ratio }), { $gas }, { $cost } gwei por transacción
rollup-nar-sep = {"; "}
rollup-nar-txs = { $n ->
        [one] { $n } transacción
       *[other] { $n } transacciones
    }
rollup-nar-blob-gas = { $gas } de gas de blob
rollup-nar-l1-gas = { $gas } de gas de L1
rollup-nar-proposer = el proponente
rollup-nar-validator = el validador { $v }
rollup-nar-true-root = la raíz de estado verdadera
rollup-nar-true-roots = las raíces de estado verdaderas
rollup-nar-wrong-root = una raíz de estado ERRÓNEA
rollup-nar-wrong-roots = raíces de estado ERRÓNEAS
rollup-nar-posts = { $who } publica { $ids } con { $root }
rollup-nar-assertion = la aserción { $id }
rollup-nar-assertions-range = las aserciones { $first } a { $last }
rollup-nar-assertions-list = las aserciones { $list }
rollup-nar-challenge = el validador { $v } impugna la aserción { $a }: { $rounds } rondas de disección en { $arity } partes sobre los { $steps } pasos de la VM del lote
rollup-nar-round = ronda de disección { $k } de { $n }: el rango en disputa se reduce a los pasos { $lo } a { $hi }
rollup-nar-wrong-claim = L1 ejecuta el paso { $step } ({ $op }): la afirmación del proponente es errónea, su fianza de { $eth } ETH pasa al validador { $v }
rollup-nar-wrong-claim-rolled = L1 ejecuta el paso { $step } ({ $op }): la afirmación del proponente es errónea, su fianza de { $eth } ETH pasa al validador { $v }, se revierte: { $ids }
rollup-nar-right-claim = L1 ejecuta el paso { $step } ({ $op }): el proponente tenía razón, el validador { $v } pierde su fianza
rollup-nar-final = final: { $ids }
rollup-nar-wrong-final = final con una raíz de estado ERRÓNEA: { $ids }; nadie la impugnó a tiempo
rollup-nar-filling = el lote { $batch } se está llenando: { $txs }, { $raw } bytes sin comprimir, la primera con { $age } de antigüedad
rollup-nar-no-batch = aún no hay lotes; las transacciones de L2 llegan a { $tps } por segundo
rollup-nar-nothing = nada nuevo en L1
rollup-nar-window = ventana de impugnación de la aserción { $id }: { $pct } % transcurrido, quedan { $left }
rollup-nar-assertions-n = { $n ->
        [one] { $n } aserción
       *[other] { $n } aserciones
    }
rollup-nar-over = ejecución terminada: { $finals } de { $all } finales
rollup-nar-over-wrong = ejecución terminada: { $finals } de { $all } finales, entre ellas una raíz de estado ERRÓNEA

## Avisos sobre los ajustes del enlace
rollup-notice-val = val: se ignora { $bad } (como mucho { $most } entradas, cada una on, off o late:BLOQUE)
rollup-notice-traffic = tps × traffic = { $txs } transferencias; la página ejecuta como mucho { $most } (la CLI `chainlab rollup` ejecuta más); se usa el tráfico por defecto
rollup-notice-defaults = { $error }; se usan los valores por defecto de la página
rollup-notice-at = at = { $at } comprimiría { $txs } transferencias a calidad { $q } al abrir; se abre en el bloque { $cap }

## El registro del modelo («Qué ha pasado»)
rollup-ev-batch-full = lote { $index } publicado (lleno): { $txs } tx, { $raw } B sin comprimir -> { $compressed } B Brotli ({ $ratio }x), { $gas } de gas{ $blobs ->
        [0] {""}
       *[other] {" + "}{ $blobs } blob(s)
    }
rollup-ev-batch-delay = lote { $index } publicado (retraso máximo): { $txs } tx, { $raw } B sin comprimir -> { $compressed } B Brotli ({ $ratio }x), { $gas } de gas{ $blobs ->
        [0] {""}
       *[other] {" + "}{ $blobs } blob(s)
    }
rollup-ev-assertion-proposer = aserción { $id } para el lote { $batch } del proponente: raíz { $root }…, la ventana termina en el bloque { $end }
rollup-ev-assertion-proposer-wrong = aserción { $id } para el lote { $batch } del proponente: raíz { $root }… (ERRÓNEA), la ventana termina en el bloque { $end }
rollup-ev-assertion-validator = aserción { $id } para el lote { $batch } del validador { $v }: raíz { $root }…, la ventana termina en el bloque { $end }
rollup-ev-assertion-validator-wrong = aserción { $id } para el lote { $batch } del validador { $v }: raíz { $root }… (ERRÓNEA), la ventana termina en el bloque { $end }
rollup-ev-challenge = el validador { $v } impugna la aserción { $id } (lote { $batch }): traza de { $steps } pasos, { $rounds } rondas de disección en { $arity } partes (binaria { $binary }, en 40 partes { $d40 }); prueba en el bloque { $at }
rollup-ev-osp-right = prueba de un paso: L1 ejecuta el paso { $step } ({ $op } de la transferencia { $transfer }) y obtiene { $hash }…; el proponente tenía razón
rollup-ev-osp-wrong = prueba de un paso: L1 ejecuta el paso { $step } ({ $op } de la transferencia { $transfer }) y obtiene { $hash }…; la afirmación del proponente es errónea
rollup-ev-rolled-back = la fianza del proponente, { $bond } gwei, se confisca en favor del validador { $v }; se revierten las aserciones { $ids }
rollup-ev-final = la aserción { $id } (lote { $batch }) es final
rollup-ev-invalid-final = la aserción { $id } (lote { $batch }) es final con una raíz de estado ERRÓNEA: nadie la impugnó

## Playback speeds (the time controls)
rollup-speed-1b = 1 bloque/s (12 s/s)
rollup-speed-1m = 1 min/s
rollup-speed-3m = 3 min/s
rollup-speed-10m = 10 min/s
rollup-speed-1h = 1 hora/s
rollup-speed-1d = 1 día/s
rollup-speed-max = lo más rápido posible
