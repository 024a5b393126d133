# Chain Lab: la página de validadores de prueba de participación (proof of stake).

## Formatos comunes
validators-pct = { $p } %
validators-usd = { $v } $
validators-eth = { $v } ETH
validators-yes = sí
validators-no = no
validators-none = ninguno
validators-nobody = nadie
validators-epoch-day = época { $epoch } (día { $day })

## La página
validators-title = Validadores de prueba de participación
validators-subtitle = participación, slashing, concentración y lo que les hace un token que se desploma
validators-presets-label = Escenarios
validators-preset-ethereum = Entidades de Ethereum, 2022
validators-preset-mass-slashing = Slashing del mayor operador
validators-preset-decline = El precio cae un 90 %
validators-preset-collapse = El token se desploma −99,99 %
validators-preset-luna = LUNA de la simulación de la stablecoin
validators-preset-offline = Más de un tercio se desconecta (40 %)
validators-preset-partition = Partición de la red
validators-lorenz-name = curva de Lorenz
validators-chart-name = gráfico
validators-status = Época { $epoch } de { $epochs } · día { $day } · token { $price } · { $active } validadores activos ({ $stake } ETH), { $exiting } en la cola de salida, { $slashed } penalizados por slashing, { $exited } salidos
validators-nc-label = operadores controlan el { $share }
validators-nc-halt = pueden detener la finalidad
validators-nc-outvote = pueden imponerse al resto en votos
validators-nc-finalise = pueden finalizar solos
validators-nc-cost = el ataque cuesta { $cost }
validators-whatif-label = ¿Y si…?
validators-whatif-now = ¿Y si, ahora…?
validators-whatif-redelegate = Redelegar el mayor
validators-whatif-merge = Fusionar los dos mayores
validators-whatif-slash = Slashing al mayor
validators-whatif-redelegate-hint = Los validadores del mayor operador pasan a los demás, empezando por el más pequeño
validators-whatif-merge-hint = El segundo mayor operador se fusiona con el mayor
validators-whatif-slash-hint = Todos los validadores del mayor operador sufren slashing a la vez
validators-largest = Mayor: { $name } ({ $share } % de la participación activa)
validators-stage-role = conjunto de validadores
validators-stage-label = Los validadores, un cuadrado cada uno, agrupados por operador; hueco: desconectado; rojo: slashing; anillo amarillo: en la cola de salida; gris: salido; punto: propuso un bloque en esta época. Las flechas inspeccionan un validador: izquierda y derecha el siguiente, arriba y abajo el siguiente operador
validators-key-attesting = atestando (los operadores alternan azul y verde)
validators-key-offline = desconectado
validators-key-slashed = slashing
validators-key-queue = en la cola de salida
validators-key-exited = salido
validators-key-proposer = propuso en esta época. Los cuadrados encogen con su saldo.
validators-lorenz-label = Curva de Lorenz de la participación por operadores; Gini { $gini }
validators-chart-nakamoto-label = Coeficiente de Nakamoto al { $a }, { $b } y { $c } a lo largo del tiempo
validators-chart-cost-label = Coste de un ataque en USD a lo largo del tiempo, escala logarítmica
validators-chart-active-label = Validadores activos y en la cola de salida a lo largo del tiempo
validators-gini = Gini (operadores)
validators-operators-with-stake = Operadores con participación
validators-participation = Participación en los votos
validators-apr-title = Recompensas de esta época por ETH en staking, por 82.125 épocas al año
validators-apr = Tasa de recompensa anual
validators-apr-note = la recompensa de cada validador escala con 1/√(participación total): sube cuando la participación se va, y el conjunto de este modelo es mucho más pequeño que el de Ethereum
validators-whatifs-so-far = Hipótesis aplicadas

## El panel de finalidad
validators-strip-label = Franja de finalidad: cada columna es un tramo de épocas, verde finalizado, azul solo justificado, gris no justificado, una banda roja donde la cadena sufre la fuga. Época finalizada { $finalized }, retraso de finalidad { $delay } épocas
validators-finality-title = Finalidad (Casper FFG)
validators-finalised-epoch = Época finalizada
validators-finality-delay = Retraso de finalidad
validators-finality-delay-value = { $epochs } épocas ({ $days } días)
validators-target-voting = Votando por el objetivo
validators-target-share = { $share } % (se necesitan 2/3)
validators-leak = Fuga por inactividad
validators-key-final = finalizado
validators-key-justified = justificado
validators-key-none = no justificado
validators-key-leak = fuga por inactividad; discontinua: empieza el corte
validators-balances-label = Saldo a lo largo del tiempo de un validador aislado y de uno que sigue conectado, en ETH; expulsión a 16 ETH

## El panel de slashing
validators-slashing-title = Slashing ahora ({ $fork })
validators-initial-penalty = Penalización inicial, validador de 32 ETH
validators-slashed-window = Slashing en los últimos 36 días
validators-slashed-window-value = { $eth } ETH ({ $share } % de lo activo)
validators-correlation-penalty = Penalización por correlación, si venciera hoy
validators-last-correlation = Penalización por correlación del último slashing

## Inspeccionar un validador
validators-reason-slashed = {" "}(slashing)
validators-reason-ejected = {" "}(expulsado: saldo en 16 ETH)
validators-reason-unprofitable = {" "}(opera con pérdidas)
validators-state-exited = salido{ $reason }
validators-state-exiting = en la cola de salida{ $reason }
validators-state-attesting = atestando
validators-operator-line = { $count } validadores, { $share } % de la participación activa
validators-focus-line = Validador { $i } de { $name }: { $eth } ETH, { $status }
validators-inspect-hint = Haz clic o toca un validador, o ve con Tab a la imagen y usa las flechas, para inspeccionarlo.
validators-inspect-title = Validador { $i } · { $name }
validators-balance = Saldo
validators-balance-value = { $eth } ETH (efectivo { $effective } ETH)
validators-inspect-status = Estado
validators-proposed = Propuso en esta época
validators-its-operator = Su operador

## Ajustes
validators-price-stable = Estable
validators-price-decline = Descenso gradual (lineal)
validators-price-collapse = Desplome: −99,99 % en una semana (LUNA, mayo de 2022)
validators-price-luna = LUNA de la simulación de la stablecoin (mayo de 2022)
validators-dist-equal = Igualitaria
validators-dist-powerlaw = Ley de potencia
validators-dist-delegation = Delegación en unos pocos
validators-dist-real = Ethereum, sept. 2022
validators-not-a-number = { $raw } no es un número
validators-set = Conjunto de validadores
validators-field-distribution = Reparto de la participación
validators-field-alpha = Exponente de la ley de potencia α
validators-field-big = Operadores grandes
validators-field-big-share = Su parte de la participación (%)
validators-field-validators = Validadores (32 ETH cada uno)
validators-field-operators = Operadores
validators-rules = Reglas
validators-field-fork = Reglas de slashing (penalización inicial, × correlación)
validators-field-offline = Desconectados por época (%)
validators-field-lone = Slashings aislados cada 1000 épocas
validators-field-epochs = Épocas de la ejecución (225 al día)
validators-price-and-costs = Precio del token y costes
validators-field-price = Precio del token en staking
validators-field-depth = Descenso a lo largo de la ejecución (%)
validators-field-start-price = Precio inicial (USD)
validators-field-cost-share = Coste típico, % de los ingresos iniciales
validators-cost-rule = Un validador pide salir tras un día (225 épocas) con ingresos por debajo de sus costes. Los operadores grandes pagan menos por validador.
validators-outage = Corte
validators-field-outage = Parte de la participación aislada
validators-outage-none = Ninguno
validators-outage-offline = Una parte se desconecta
validators-outage-partition = Partición de la red (dos cadenas)
validators-field-outage-share = Parte aislada (% de validadores)
validators-field-outage-from = Desde la época
validators-outage-offline-rule = Siguen desconectados. La finalidad necesita que vote 2/3 de la participación activa; sin ello, la fuga por inactividad drena a los validadores desconectados hasta que el resto vuelve a tener 2/3.
validators-outage-partition-rule = Cada lado ve al otro como desconectado y construye su propia cadena; ambos sufren la fuga, y cada uno finaliza la suya cuando su participación llega a 2/3 de lo que cuenta.

## La franja de finalidad y los saldos de la fuga (canvas)
validators-strip-chain-a = cadena a (el resto)
validators-strip-chain-b = cadena b (lado aislado)
validators-strip-chain = cadena
validators-strip-row = { $chain }: época finalizada { $epoch }
validators-day = día { $day }
validators-ejection-line = expulsión a 16 ETH
validators-balances-online = — validador conectado
validators-balances-offline = — validador desconectado (saldo, ETH)

## La explicación
validators-explain-what-title = Qué estás viendo
validators-explain-what-1 = Cada cuadrado es un validador: 32 ETH bloqueados a cambio del derecho a proponer bloques y atestarlos. Los cuadrados se agrupan por el operador que los ejecuta (Lido, Coinbase, un exchange, un staker en solitario). En cada época de 6,4 minutos, cada validador conectado atesta y gana un poco; cada uno de los 32 slots tiene un proponente, elegido en proporción a la participación (los puntos). Un validador desconectado (hueco) pierde lo que habría ganado por los votos de origen (source) y de objetivo (target).
validators-explain-what-2 = Un validador que firma dos votos contradictorios sufre slashing (rojo): pierde de inmediato una pequeña penalización inicial, es forzado a salir por la cola de salida y, unos 18 días después (4096 épocas), paga una penalización por correlación de tres veces la parte de toda la participación que sufrió slashing en los 36 días de alrededor. El error de un validador no cuesta casi nada; un tercio de la red portándose mal a la vez lo pierde todo. Un validador cuyo saldo efectivo cae a 16 ETH (su saldo por debajo de 16,75 ETH) es expulsado. Las salidas esperan en una cola que solo deja salir cierta cantidad de participación por época (el límite de churn: de 128 a 256 ETH desde Electra, al menos 4 validadores antes).
validators-explain-what-3 = Finalidad (Casper FFG): en cada época los validadores votan por un checkpoint, el primer bloque de la época. Cuando los votos a su favor reúnen al menos 2/3 del saldo efectivo activo, queda justificado; dos checkpoints justificados seguidos finalizan el primero, y un bloque finalizado nunca se revierte. La franja de finalidad lo muestra época a época. Si más de un tercio de la participación está desconectada, nada se justifica y la finalidad se detiene. Tras 4 épocas sin ella empieza la fuga por inactividad: cada validador que no vota suma 4 a su puntuación de inactividad en cada época y pierde saldo efectivo × puntuación / 2^26 (desde Bellatrix; 3 × 2^26 con las reglas de Altair) además de las penalizaciones habituales, de modo que la pérdida crece con el cuadrado del tiempo desconectado, mientras quienes votan no ganan nada por ello. La fuga se detiene cuando la participación que sigue votando vuelve a tener 2/3 del saldo activo: los validadores desconectados han perdido lo suficiente (o han sido expulsados a 16 ETH) y la finalidad vuelve. Con poco más de un tercio desconectado vuelve en días; con un 40 %, en unas dos semanas.
validators-explain-what-4 = Una partición de la red divide a los validadores en dos lados que no se oyen. Cada lado construye su propia cadena y ve al otro como desconectado, así que ambos sufren la fuga. Tras semanas, cada lado tiene 2/3 de la participación que su propia cadena aún cuenta, y ambos finalizan: dos cadenas finalizadas en conflicto, un fallo de seguridad que el protocolo no puede deshacer por sí solo. Por eso es peligrosa una partición más larga que la fuga.
validators-explain-what-5 = La descentralización se mide sobre operadores, no sobre validadores: el coeficiente de Nakamoto es el menor número de operadores que juntos controlan un umbral de la participación. El 33,4 % (más de un tercio) puede impedir que la cadena finalice; el 50 % puede imponerse al resto en la elección de bifurcación (fork choice); el 66,7 % puede finalizar lo que quiera. El coste de un ataque es esa parte de la participación activa por el precio del token.
validators-explain-what-6 = Cuando cae el precio del token en staking, los ingresos de un validador (fijos en tokens) caen en dólares mientras sus costes (servidores, personal) no. Quienes tienen ingresos por debajo de sus costes durante un día piden salir; los operadores pequeños, con costes más altos por validador, se van primero. La participación activa se reduce, la que queda está en manos de menos operadores y más grandes, y un ataque cuesta menos: en tokens, y mucho menos en dólares.
validators-explain-try-title = Qué probar
validators-explain-try-1 = En el escenario por defecto (las entidades de Ethereum en septiembre de 2022), pulsa «Fusionar los dos mayores»: Lido y Coinbase juntos tienen el 46 %, y el coeficiente al 33,4 % baja de 2 a 1. Reinicia y pulsa «Redelegar el mayor»: los validadores de Lido se reparten entre los demás y sube de 2 a 4.
validators-explain-try-2 = Pulsa «Slashing al mayor» y reproduce 20 días (4500 épocas) con las reglas de Electra: la penalización inicial es mínima, pero el día 18 la penalización por correlación se lleva casi todo el 31 % que sufrió slashing, porque fue tanto a la vez. Después cambia las reglas a Bellatrix–Deneb y compara la primera caída (1/32 = 1 ETH en lugar de 1/4096).
validators-explain-try-3 = Elige el precio de desplome (99,99 % en una semana, como LUNA en mayo de 2022) y reproduce: desde el día 5 aproximadamente la cola de salida se llena, caen la participación activa y el coste de un ataque, y el coeficiente de Nakamoto se reduce porque los operadores pequeños se van antes que los grandes.
validators-explain-try-4 = Compara con «El precio cae un 90 %»: el coste de un ataque en dólares cae con el precio desde el primer día, mientras que los validadores solo se van cuando el precio cruza el umbral de rentabilidad de cada uno: unos pocos hacia el día 20, cerca de la mitad hacia el día 27, los operadores pequeños primero (el coeficiente al 33,4 % acaba en 1).
validators-explain-try-5 = «LUNA de la simulación de la stablecoin» lleva a los validadores la ejecución de mayo de 2022 de la página de la stablecoin: LUNA cae de unos 85 $ a menos de un centavo en pocos días, y todos los validadores se van.
validators-explain-try-6 = «Más de un tercio se desconecta (40 %)»: la finalidad se detiene tras la época 223, la fuga empieza seis épocas después, y la curva de saldo de los validadores desconectados se curva hacia abajo cada vez más rápido mientras la del conectado sigue plana. La finalidad vuelve hacia el día 14, cuando el 60 % conectado tiene 2/3 de lo que queda. Después pon la parte en el 34 % en los ajustes de Corte: basta con una caída de 1 ETH, y la finalidad vuelve en unos dos días.
validators-explain-try-7 = «Partición de la red»: el 40 % queda aislado del resto. Ambas cadenas sufren la fuga; el lado mayor finaliza su propia cadena tras unas 2 semanas, el menor solo cuando los validadores del lado mayor en su cadena son expulsados a 16 ETH, tras unas 3 semanas. A partir de entonces hay dos cadenas en conflicto finalizadas.
validators-explain-try-8 = En los escenarios de desplome, observa la franja de finalidad: los validadores que se quedan siguen votando, así que la cadena sigue finalizando mientras los demás se van, hasta que se va el último.
validators-explain-try-9 = Prueba el reparto igualitario y la ley de potencia con el mismo número de operadores, y observa la curva de Lorenz y el coeficiente de Gini.
validators-explain-published-title = Coeficientes de Nakamoto publicados
validators-explain-published-1 = Tal como se publicaron; los métodos y umbrales difieren, algunas cifras tienen fuentes débiles (la columna «quality») y todas cambian con el tiempo.
validators-explain-published-download = Descargar la tabla (CSV)
validators-published-network = Red
validators-published-coefficient = Coeficiente
validators-published-threshold = Umbral
validators-published-validators = Validadores
validators-published-as-of = Fecha
validators-published-source = Fuente
validators-published-quality = Calidad
validators-published-entities = { $network } (entidades)
validators-published-share = { $pct } %
validators-published-share-halt = { $pct } % (detención)
validators-published-quality-computed = calculado
validators-published-quality-good = buena
validators-published-quality-medium = media
validators-published-quality-weak = débil
validators-operator = Operador { $n }
validators-operator-short = Op. { $n }
validators-explain-simplifies-title = Dónde simplifica el modelo
validators-explain-simplifies-1 = Cada validador empieza activo con 32 ETH y credenciales de retirada de tipo 0x01; no hay depósitos nuevos, ni validadores con capitalización de hasta 2048 ETH (Electra), y las recompensas no se retiran.
validators-explain-simplifies-2 = Las recompensas siguen las fórmulas de Altair (recompensa base a partir de la raíz cuadrada de la participación total; pesos de origen, objetivo y cabeza de 14, 26 y 14 sobre 64; los 8 sobre 64 del proponente), pero toda atestación llega a tiempo y se omiten los 2 sobre 64 del comité de sincronización. Los votos de cada época se cuentan al final de esa misma época (la cadena los cuenta una época después), así que aquí la finalidad va una época por delante de la de Ethereum. La fuga divide por 4 × 2^24 = 2^26 de Bellatrix a Electra; las ejecuciones con Altair usan los 3 × 2^26 de Altair, y también las de Phase 0, porque la fuga propia de Phase 0, que crecía con el retraso de finalidad, no está modelada.
validators-explain-simplifies-3 = Un corte deja fuera una parte fija de los validadores, repartida entre los operadores; en los escenarios de corte nadie tiene costes de operación y no hay caídas aleatorias, así que solo actúa el protocolo. Una partición son dos copias de la cadena con la misma semilla; los dos lados nunca se reconectan.
validators-explain-simplifies-4 = Los proponentes se eligen por saldo efectivo, como en el muestreo por rechazo de la especificación, con el generador aleatorio del modelo en lugar de RANDAO.
validators-explain-simplifies-5 = Una red pequeña (cientos o miles de validadores en lugar de un millón) mantiene el límite de churn en su mínimo, así que aquí las salidas tardan días, no las semanas que tardan en Ethereum. También paga mucho más: la recompensa de Altair baja con la raíz cuadrada de la participación total, así que 1000 validadores ganan cerca de un 90 % al año, donde el millón de Ethereum gana cerca de un 3 %. Los costes se fijan en relación con los ingresos, así que la cascada no depende de ello.
validators-explain-simplifies-6 = Los costes son una suposición: una parte de los ingresos iniciales de cada validador, menor por validador en los operadores grandes. El precio del token viene dado, no es un mercado: nadie compra la participación que se va. Un desplome también significa que los validadores quieren vender; el modelo solo los hace salir cuando operan con pérdidas.
validators-explain-simplifies-7 = «Redelegar» mueve de golpe los validadores del mayor operador a los demás, como hace una cadena de prueba de participación delegada; en Ethereum esto requeriría salidas y depósitos nuevos por ambas colas. El resto de las participaciones de septiembre de 2022, más allá de las cuatro entidades con nombre, se reparte a partes iguales, una suposición.
validators-explain-simplifies-sources = Fuentes: ethereum/consensus-specs, specs/phase0, altair, bellatrix y electra beacon-chain.md (slash_validator, process_slashings, initiate_validator_exit, compute_exit_epoch_and_update_churn, get_base_reward, EJECTION_BALANCE, weigh_justification_and_finalization, process_inactivity_updates, get_inactivity_penalty_deltas, INACTIVITY_PENALTY_QUOTIENT_BELLATRIX, process_effective_balance_updates); coeficientes de Nakamoto: data/nakamoto-coefficients.csv con las fuentes indicadas arriba; la caída de LUNA: data/terra-may-2022-daily.csv; Chain Lab reference/models.md §5.

## Los gráficos (canvas y SVG; títulos `largo|corto`: el gráfico elige el que cabe)
validators-series-nakamoto = Coeficiente de Nakamoto (operadores)
validators-series-cost = Coste de un ataque (USD, escala log.)
validators-series-active = Validadores activos y saliendo
validators-unit-nakamoto = operadores necesarios|operadores
validators-unit-cost = USD para comprar la participación (log)|USD (log)
validators-unit-active = validadores
validators-lorenz-stake = participación
validators-lorenz-equal = partes iguales
validators-lorenz-gap = hueco: Gini = el doble de su área|hueco: Gini
validators-lorenz-title = Curva de Lorenz de la participación · Gini { $gini }|Curva de Lorenz · Gini { $gini }
validators-lorenz-x = parte de los operadores, de menor a mayor (%)|operadores, de menor a mayor
validators-lorenz-y = parte de la participación (%)|participación (%)
validators-line-halt = { $share } (detener la finalidad)
validators-line-majority = { $share } (mayoría)
validators-line-finalise = { $share } (finalizar solos)
validators-line-of-stake = { $share } de la participación
validators-line-active = activos
validators-line-leaving = saliendo (en la cola de salida)
validators-x-days = día de la ejecución (225 épocas al día)|día de la ejecución|día
validators-usd-b = { $v } mil M$
validators-usd-m = { $v } M$
validators-usd-k = { $v } k$

## La narración (la región en vivo)
validators-usd-billion = { $v } mil millones de $
validators-usd-million = { $v } millones de $
validators-n-whatif = hipótesis «{ $name }»
validators-n-slashed = { $n } con slashing
validators-n-asked-to-exit = { $n } pidieron salir
validators-n-left = { $n } salieron del conjunto activo
validators-n-sep = {", "}
validators-n-what = {" "}{ $list }.
validators-n-was = {" "}(antes { $n })
validators-n-stand = { $active } validadores activos, { $exiting } saliendo, { $slashed } con slashing en total; coeficiente de Nakamoto { $nc } al { $share }{ $was }; coste de un ataque { $cost } a { $price } por token
validators-n-finality = ; { $status }
validators-n-line = Época { $epoch } (día { $day }):{ $what } { $stand }{ $finality }

## Lo que hizo la finalidad (el panel de finalidad y la narración)
validators-story-stopped = La finalidad se detuvo tras la época { $epoch } (día { $day }): solo el { $share } % de la participación activa votó por el objetivo, por debajo de los 2/3 que justifican un checkpoint.
validators-story-leak = Desde la época { $epoch } el retraso de finalidad superó las 4 épocas: empezó la fuga por inactividad. Los validadores que no votan suman 4 a su puntuación de inactividad en cada época y pierden saldo efectivo × puntuación / 2^26 (3 × 2^26 con las reglas de Altair) además de las penalizaciones habituales; quienes votan no ganan nada por ello hasta que vuelve la finalidad.
validators-story-why-down = ; uno de los validadores desconectados ha bajado a { $eth } ETH de saldo efectivo
validators-story-why-ejected = ; los validadores desconectados fueron expulsados a 16 ETH y salieron por la cola de salida
validators-story-returned = La finalidad volvió en la época { $epoch } (día { $day }), { $days } días después de detenerse: la participación desconectada se había fugado hasta que los { $voting } ETH que seguían votando volvieron a ser 2/3 de los { $active } ETH activos ({ $share } %{ $why }).
validators-story-stalled-again = Desde entonces se ha vuelto a detener: sin finalizar desde hace { $epochs } épocas, con el { $share } % de la participación activa votando, cerca de la línea de 2/3.
validators-story-not-finalised = Sin finalizar desde hace { $epochs } épocas ({ $days } días): vota el { $share } % de la participación activa; la finalidad vuelve cuando llegue a 2/3, a medida que se fugan los saldos de los validadores desconectados.
validators-story-finalising = Finalizando: la época { $epoch } es final (retraso de finalidad { $delay }), con el { $share } % de la participación activa votando, por encima de los 2/3 que necesita Casper FFG.
validators-story-chain-a = Cadena a (la del resto): { $line }
validators-story-chain-b = Cadena b (la propia del lado aislado): { $line }
validators-story-conflict = Ambos lados han finalizado ya su propia cadena desde la división en la época { $from }: cadena a, época { $a }; cadena b, época { $b }. Checkpoints finalizados en dos cadenas en conflicto: un fallo de seguridad que ninguna elección de bifurcación puede deshacer; hace falta que las personas elijan una.
validators-status-finalised = época finalizada { $epoch }
validators-status-in-leak = {" "}(fuga por inactividad)
validators-status-not-finalised = sin finalizar desde hace { $epochs } épocas{ $leak }, vota el { $share } %

## Los avisos de un enlace (los nombres y valores de los parámetros quedan como en la dirección)
validators-q-ofrom = ofrom = { $from } queda más allá de las { $epochs } épocas de la ejecución; se usa { $d }
validators-q-alpha-zero = alpha = 0 aplana la ley de potencia: cada operador recibe la misma participación, como con dist=equal
validators-q-whatif-many = whatif tiene { $n } hipótesis; la página aplica las primeras { $most }
validators-q-whatif-late = whatif = { $value } tiene una época más allá de las { $epochs } de la ejecución; se ignora
validators-q-whatif-bad = { $error }; se ignora
validators-q-at = at = { $at } reproduciría { $at } épocas de { $validators } validadores al cargar; se abre en la época { $replayable }
validators-q-at-two-chains = at = { $at } reproduciría { $at } épocas de { $validators } validadores en cada una de las dos cadenas de la partición al cargar; se abre en la época { $replayable }
validators-q-invalid-set = { $error }; se usa el conjunto de validadores por defecto

## Las reglas del modelo para sus parámetros (mensajes del panel de ajustes y de un enlace)
validators-e-validators = validators debe estar entre 4 y { $max }, no { $n }
validators-e-operators = operators debe estar entre 1 y min(validators, { $max }), no { $n }
validators-e-real-shares = las participaciones de Ethereum de 2022 necesitan al menos 5 operadores (4 entidades con nombre y el resto)
validators-e-alpha = el alpha de la ley de potencia debe estar entre 0 y 4, no { $alpha }
validators-e-delegation = la delegación necesita 1 <= big < operators y una parte grande por debajo de 1
validators-e-offline = la tasa de desconexión debe ser como mucho 10.000 de cada 10.000, no { $n }
validators-e-lone = los slashings aislados deben ser como mucho 1000 cada 1000 épocas
validators-e-epochs = epochs debe estar entre 1 y { $max }, no { $n }
validators-e-start-price = el precio inicial debe ser un número positivo de USD
validators-e-cost-share = la parte de coste debe estar entre 0 y 10
validators-e-depth = la profundidad de un descenso debe estar entre 0 y 1
validators-e-price-path = una trayectoria de precios necesita al menos un precio finito y no negativo
validators-e-outage-share = la parte de un corte debe estar por encima del 0 % y por debajo del 100 %, no { $share } %
validators-e-outage-from = la primera época de un corte ({ $from }) queda más allá de la última de la ejecución ({ $epochs })
validators-e-whatif-late = una hipótesis queda más allá de la última época de la ejecución
validators-e-whatif-code = { $item } no es una hipótesis CÓDIGO@ÉPOCA (códigos: r redelegar, m fusionar, s slashing al mayor)

## El registro de eventos (log.txt)
validators-log-reason-slashed = slashing
validators-log-reason-ejected = expulsado a 16 ETH
validators-log-reason-unprofitable = no rentable
validators-log-reason-none = sin motivo
validators-log-head = Chain Lab, validadores: { $validators } validadores, { $operators } operadores ({ $distribution }), reglas { $fork }, precio { $price }, semilla { $seed }
validators-log-start = Época 0 (día 0,0): { $active } validadores activos; coeficiente de Nakamoto { $nc } al { $shares }
validators-log-slashed = { $n } con slashing ({ $who })
validators-log-asked-to-exit = { $n } pidieron salir
validators-log-left = { $n } salieron del conjunto activo ({ $why })
validators-log-nakamoto = coeficiente de Nakamoto { $nc } (antes { $was })
validators-log-epoch = Época { $epoch } (día { $day }): { $parts }
validators-log-sep = {"; "}
