# Chain Lab: la página de consenso por muestreo (traducción de en/consensus.ftl).

## The explanation panel
consensus-explain-looking = Qué estás viendo
consensus-explain-try = Qué probar
consensus-explain-differs = En qué se diferencia el protocolo real
consensus-looking-network-shapes = Cada figura es un nodo (un círculo rojo o un cuadrado azul; con más colores, triángulos verdes y rombos ámbar). En cada ronda, cada nodo honesto que aún no ha decidido pregunta a K pares, elegidos al azar, qué color prefieren, y cuenta las respuestas. Su color es su preferencia actual; cuanto más brillante, más consultas seguidas han coincidido con ella (su confianza); un punto en el centro indica que ha finalizado y ya no cambiará.
consensus-looking-network-differ = Los tres protocolos solo difieren en lo que hace un nodo con el recuento:
consensus-looking-network-slush = : si un color tiene al menos AlphaPreference votos, cámbiate a él. Detente tras m rondas, tengas lo que tengas.
consensus-looking-network-snowflake = : como Slush, más un contador de consultas consecutivas con al menos AlphaConfidence votos para el mismo color. Una consulta débil o dividida lo pone a cero; una consulta fuerte a favor de otro color lo reinicia en uno. Al llegar a Beta, finaliza.
consensus-looking-network-snowball = : como Snowflake, más un total acumulado por color de todas las consultas que alcanzaron AlphaPreference. El nodo solo cambia el color con el que responde cuando el total de otro color pasa a ser estrictamente mayor, así que una consulta desafortunada no puede hacerle cambiar.
consensus-looking-network-why = Por qué funciona: con K = 20 y AlphaPreference = 15, una consulta en una red dividida a partes exactamente iguales alcanza 15 votos para un color dado solo alrededor del 2% de las veces, pero con un reparto 80/20, alrededor del 80%. Cualquier pequeño desequilibrio hace que el color mayoritario gane más consultas, lo que agranda el desequilibrio: la red se decanta, y después la confianza crece ronda tras ronda. Cada nodo envía K consultas por ronda, así que una ronda cuesta unos K·n mensajes en lugar de los n² de una votación de todos con todos.
consensus-looking-compare = La misma semilla y los mismos parámetros, ejecutados tres veces: una con todos los nodos honestos ejecutando Slush, otra con Snowflake y otra con Snowball. Observa cuál se estabiliza primero, si Slush llega a estabilizarse dentro de sus m rondas y cómo afectan los nodos bizantinos a cada uno.
consensus-looking-experiment = Muchas ejecuciones independientes con los parámetros actuales. La ejecución r usa la semilla S + r, así que cualquier ejecución puede reabrirse por separado. El histograma muestra cuántas rondas pasaron hasta que todos los nodos honestos finalizaron; la tabla cuenta las ejecuciones que se estancaron en el límite de rondas y las que tuvieron una violación de seguridad, en la que dos nodos honestos finalizaron colores distintos.
consensus-looking-subnets = Una subred es un conjunto de validadores que ejecuta el consenso de una o varias cadenas propias; cada cadena la valida exactamente una subred. En el modelo que se muestra aquí, todo validador de una subred debe validar también la Red Primaria, cuya P-Chain (validadores y subredes), X-Chain (intercambio de activos) y C-Chain (contratos EVM) ejecutan todos.
consensus-looking-subnets-tradeoff = El consenso de cada subred se simula solo entre sus propios validadores, y los validadores que marques como comprometidos actúan como bizantinos. Ese es el compromiso: una subred puede elegir su propia máquina virtual, sus comisiones y sus reglas de validadores, pero sus cadenas solo son tan seguras como su propio conjunto de validadores, a menudo pequeño. Un rollup toma la decisión contraria: hereda la seguridad de toda su L1, porque cualquiera puede impugnar allí un resultado erróneo, pero funciona con las reglas de la L1 y espera a su finalidad.
consensus-try-network-split = Pon la proporción inicial de rojo en el 50% y observa cómo la red se decanta hacia un lado; cambia la semilla y puede decantarse hacia el otro.
consensus-try-network-balance = Empieza en el 50% con un 10% de nodos bizantinos que usen la estrategia balance: un adversario que ve todas las preferencias puede mantener la red dividida, y nadie finaliza. Cambia la estrategia a minority: los mismos nodos llevan ahora a todos hacia su color.
consensus-try-network-lost = Pierde el 30% de las respuestas: AlphaConfidence 15 de 20 se vuelve difícil de alcanzar y la finalidad se ralentiza o se detiene.
consensus-try-network-nodes = Sube el número de nodos de 100 a 10.000: la finalidad solo tarda unas pocas rondas más (unas 35 de media con 100 nodos, unas 43 con 10.000), porque cada nodo sigue preguntando solo a K pares.
consensus-try-network-inspect = Haz clic en un nodo y avanza con la tecla →: su última consulta, sus contadores y las líneas hacia los pares a los que preguntó se actualizan.
consensus-try-compare-slush = Pon la m de Slush en 5: se detiene mientras la red sigue dividida, y los nodos honestos aceptan colores distintos. Snowflake y Snowball nunca se detienen por reloj; esperan Beta consultas confiadas seguidas.
consensus-try-compare-contrarian = Añade nodos bizantinos con la estrategia contrarian y compara los reinicios de Snowflake con la preferencia más estable de Snowball.
consensus-try-experiment-beta = Pon Beta en 1, sin ningún nodo bizantino: casi todas las ejecuciones terminan con nodos honestos que finalizan colores distintos, porque una consulta afortunada basta para finalizar un nodo. Con Beta 2 algunas ejecuciones siguen fallando, con Beta 3 alrededor de una de cada doscientas; a partir de 4, ninguna de 200 falla, y cada paso de Beta cuesta alrededor de una ronda más. Beta compra seguridad con latencia.
consensus-try-experiment-byzantine = Añade un 10% de nodos bizantinos con la estrategia balance: con Beta 3 la mayoría de las ejecuciones pierden la seguridad; a partir de Beta 5 el mismo ataque solo puede estancar la red.
consensus-try-experiment-alpha = Compara AlphaConfidence 15 con 18 (K = 20): ¿cómo se desplaza la distribución?
consensus-try-subnets-third = Compromete a un tercio de los validadores de una subred pequeña: su cadena se estanca o se divide mientras la Red Primaria, donde esos validadores son una parte pequeña, sigue adelante.
consensus-try-subnets-large = Haz las subredes tan grandes como la Red Primaria: su seguridad se pone al día, y también el coste de mantenerlas.
consensus-differs-synchronous = Aquí las rondas son síncronas: todos consultan las preferencias tal como estaban al empezar la ronda. Los nodos reales consultan de forma asíncrona y mantienen varias consultas en curso.
consensus-differs-uniform = Los pares se muestrean de manera uniforme. avalanchego muestrea validadores en proporción a su participación (stake).
consensus-differs-snowman = Aquí un nodo decide un único valor. La C-Chain y la P-Chain de Avalanche ejecutan Snowman, que aplica las mismas reglas a cada bloque de una cadena lineal; el avalanchego actual también admite varios pares (AlphaConfidence, Beta) y finaliza con el primero que se cumpla. El modelo usa un solo par.
consensus-differs-adversary = Aquí los nodos bizantinos ven la preferencia de cada nodo honesto en cada ronda: el adversario poderoso y plenamente informado que supone el artículo de Avalanche. La estrategia balance muestra lo que un adversario así puede hacer a una red que empieza dividida a partes exactamente iguales. En la práctica la contienda es rara, porque los clientes honestos no emiten transacciones en conflicto.
consensus-differs-acp77 = Subredes: desde ACP-77 (la actualización Etna, diciembre de 2024), los validadores de las nuevas L1 de Avalanche ya no tienen que validar la Red Primaria; a cambio pagan una comisión continua. La vista muestra la regla anterior, la que describen los apuntes del curso.
consensus-explain-sources = Fuentes: las reglas de actualización y las comprobaciones de parámetros siguen ava-labs/avalanchego, snow/consensus/snowball (parameters.go, nnary_snowflake.go, nnary_snowball.go); Team Rocket, Yin, Sekniqi, van Renesse y Sirer, "Scalable and Probabilistic Leaderless BFT Consensus through Metastability" (2019); Avalanche Community Proposal 77.

## The page's head and views
consensus-title = Consenso por muestreo
consensus-subtitle = La familia Snow de Avalanche
consensus-views-label = Vistas
consensus-view-network = Red
consensus-view-compare = Comparar
consensus-view-experiment = Experimento
consensus-view-subnets = Subredes
consensus-history-chart = gráfico del historial
consensus-histogram = histograma
consensus-command-refused = { $command } no hace nada en la vista { $view }

## Colours and Byzantine strategies
consensus-colour-red = rojo
consensus-colour-blue = azul
consensus-colour-green = verde
consensus-colour-amber = ámbar
consensus-adversary-minority = responder siempre el color minoritario inicial
consensus-adversary-balance = responder el color que vaya por detrás, para mantener la red dividida
consensus-adversary-contrarian = responder a cada nodo que pregunta lo contrario de su propia preferencia

## The network view: status line, counts, inspector
consensus-status-running = sin decidir · { $finalised } de { $honest } nodos honestos han finalizado
consensus-status-finalised-colour = todos los nodos honestos finalizaron { $colour } en { $rounds } rondas
consensus-status-finalised = todos los nodos honestos finalizaron en { $rounds } rondas
consensus-status-stalled = estancada: no todos los nodos honestos finalizaron en { $rounds } rondas
consensus-status-safety-violation = VIOLACIÓN DE SEGURIDAD: nodos honestos finalizaron colores distintos
consensus-round = Ronda
consensus-prefer = prefieren { $colour }
consensus-finalised = Finalizados
consensus-mean-confidence = Confianza media
consensus-successful-polls = Consultas con éxito
consensus-byzantine = Bizantinos
consensus-nodes-roledescription = red
consensus-nodes-label = { $nodes } nodos; el color indica la preferencia y el brillo, la confianza; haz clic en un nodo, o usa las teclas de flecha, para inspeccionarlo
consensus-history-chart-label = Gráfico: proporción de nodos honestos que prefieren cada color y confianza media, por ronda
consensus-legend = Más brillante = más confianza · punto = finalizado · oscuro con una cruz = bizantino · las figuras repiten los colores (círculo rojo, cuadrado azul, triángulo verde, rombo ámbar) · haz clic en un nodo para ver su última consulta.
consensus-focus-byzantine = Nodo { $id }: bizantino
consensus-focus-finalised = finalizado en la ronda { $round }
consensus-focus-not-finalised = sin finalizar
consensus-focus-node = Nodo { $id }: prefiere { $colour }, confianza { $confidence } de { $beta }, { $finalised }
consensus-inspect-hint = Haz clic o toca un nodo para inspeccionarlo.
consensus-inspector-byzantine = Nodo { $id } · Bizantino
consensus-inspector-adversary = No ejecuta el protocolo; responde a cada consulta de forma adversaria: { $strategy }.
consensus-node = Nodo { $id }
consensus-preference = Preferencia
consensus-snowflake-preference = Preferencia de Snowflake
consensus-strength = Fuerza
consensus-confidence = Confianza
consensus-node-finalised = Finalizado
consensus-in-round = en la ronda { $round }
consensus-not-yet = todavía no
consensus-no-poll = Aún no hay consultas (o finalizó antes de consultar).
consensus-poll-lost = { $lost ->
    [one] { $lost } perdida
   *[other] { $lost } perdidas
}
consensus-last-poll = Última consulta a K = { $k } pares: { $votes } (AlphaPreference { $ap }, AlphaConfidence { $ac })
consensus-chip-answer = el nodo { $peer } respondió { $colour }
consensus-chip-lost = nodo { $peer }: respuesta perdida

## The compare and experiment views
consensus-compare-network-label = Red con { $protocol }
consensus-compare-chart-label = Preferencia y confianza por ronda con { $protocol }
consensus-experiment-progress = { $done } de { $total } ejecuciones (semillas { $first } a { $last })
consensus-histogram-label = Histograma de rondas hasta la finalidad
consensus-runs-finalised = Ejecuciones finalizadas
consensus-n-of-m = { $n } de { $m }
consensus-stalled-runs = Estancadas (sin finalidad al llegar al límite)
consensus-safety-violations = Violaciones de seguridad
consensus-rounds-to-finality = Rondas hasta la finalidad: media / mediana / percentil 95
consensus-fastest-slowest = Más rápida / más lenta
consensus-runs-per-colour = Ejecuciones resueltas en cada color
consensus-violation-runs = Ejecuciones con una violación de seguridad (abre una para verla):
consensus-seed-button = semilla { $seed }
consensus-cancel = Cancelar
consensus-workers-fallback-playing = Ejecutándose en esta página, entre fotogramas: los workers se detuvieron ({ $why }).
consensus-workers-fallback = En esta página, entre fotogramas: los workers se detuvieron ({ $why }).
consensus-workers-starting = Iniciando los workers en segundo plano…
consensus-workers-running = { $n ->
    [one] Ejecutándose en { $n } worker en segundo plano.
   *[other] Ejecutándose en { $n } workers en segundo plano, uno por núcleo.
}
consensus-workers-idle = Al pulsar Reproducir, las ejecuciones van a workers en segundo plano, uno por núcleo.
consensus-worker-out-of-order = la ejecución de un worker no era la siguiente: { $why }
consensus-worker-params-unsent = no se pudieron enviar los parámetros: { $why }
consensus-worker-unreadable = no se pudo leer la ejecución de un worker: { $why }

## The parameters panel
consensus-legend-protocol = Protocolo
consensus-legend-network = Red
consensus-legend-snow = Parámetros de Snow
consensus-legend-adversity = Adversidad
consensus-param-nodes = Nodos
consensus-param-nodes-title = Nodos honestos y bizantinos en total
consensus-param-colours = Colores
consensus-param-split = Proporción inicial de rojo
consensus-param-split-title = Proporción de nodos honestos que empiezan prefiriendo el rojo; el resto se reparte entre los demás colores
consensus-param-k = K (tamaño de muestra)
consensus-param-k-title = K: pares muestreados por consulta
consensus-param-ap-title = AlphaPreference: votos para un color necesarios para adoptarlo
consensus-param-ac-title = AlphaConfidence: votos necesarios para que la consulta cuente para la confianza
consensus-param-beta-title = Beta: consultas confiadas consecutivas para finalizar
consensus-param-m = Rondas m
consensus-param-m-title = Slush acepta su preferencia tras m rondas
consensus-param-rule = Válido cuando K/2 < AlphaPreference ≤ AlphaConfidence ≤ K (avalanchego).
consensus-preset-default = avalanchego por defecto 20/15/15/20
consensus-preset-small = pequeño 10/7/8/10
consensus-param-byz = Nodos bizantinos
consensus-param-byz-title = Fracción de nodos que responden de forma adversaria
consensus-param-strategy = Estrategia
consensus-param-drop = Respuestas perdidas
consensus-param-drop-title = Probabilidad de que una respuesta cualquiera no llegue nunca
consensus-param-max = Límite de rondas
consensus-param-max-title = Una ejecución se detiene aquí si no todos los nodos honestos han finalizado
consensus-param-runs = Ejecuciones
consensus-param-runs-title = Cuántas ejecuciones con semilla hace el experimento
consensus-param-kept = La ejecución conserva sus últimos parámetros válidos.
consensus-param-not-number = { $label }: { $raw } no es un número
consensus-param-out-of-range = { $label } = { $value }: debe estar entre { $min } y { $max }

## The subnets view
consensus-subnets-primary-validators = Validadores de la Red Primaria
consensus-subnets-count = Subredes
consensus-subnets-size = Validadores por subred
consensus-subnets-compromised = Validadores comprometidos
consensus-subnets-clear = Quitar comprometidos
consensus-subnets-hint = Haz clic en un validador para comprometerlo (o restaurarlo). { $compromised } de { $validators } comprometidos. La fila de cada cadena muestra { $runs } ejecuciones simuladas de Snowball solo entre los validadores de esa subred.
consensus-subnets-compromise-third = comprometer a un tercio
consensus-subnets-validators-label = Validadores de { $subnet }
consensus-validator = validador { $v }
consensus-validator-compromised = validador { $v } (comprometido)
consensus-verdict-unsafe = insegura: { $n } de { $runs } ejecuciones finalizaron valores en conflicto
consensus-verdict-stalls = se estanca: { $n } de { $runs } ejecuciones alcanzaron la finalidad
consensus-verdict-healthy = sana: { $n } de { $runs } ejecuciones finalizaron, { $mean } rondas de media
consensus-verdict-line = { $validators } validadores, { $compromised } { $compromised ->
    [one] comprometido
   *[other] comprometidos
} ({ $pct }%), K = { $k }, alpha = { $alpha }
consensus-subnet-primary = Red Primaria
consensus-subnet-primary-purpose = plataforma, intercambio y contratos; participan todos los validadores
consensus-subnet-defi = Subred DeFi
consensus-subnet-defi-purpose = bloques rápidos y su propio token de gas para el trading
consensus-subnet-gaming = Subred de juegos
consensus-subnet-gaming-purpose = transacciones gratuitas para los jugadores, una VM propia
consensus-subnet-enterprise = Subred empresarial
consensus-subnet-enterprise-purpose = validadores con permisos para la liquidación de activos
consensus-subnet-data = Subred de datos
consensus-subnet-data-purpose = una VM no EVM para pruebas de almacenamiento
consensus-chain-dex = Cadena DEX
consensus-chain-game = Cadena del juego
consensus-chain-items = Cadena de objetos
consensus-chain-settlement = Cadena de liquidación
consensus-chain-storage = Cadena de almacenamiento
consensus-vm-platform = Platform VM (validadores, subredes)
consensus-vm-avalanche = Avalanche VM (intercambio de activos)
consensus-vm-contracts = EVM (contratos)
consensus-vm-permissioned = EVM (con permisos)
consensus-vm-custom = VM propia
consensus-tradeoff-subnet = Subred: seguridad propia
consensus-tradeoff-subnet-text = Elige la VM, el token de gas y quién puede validar. La seguridad depende de los propios validadores de la subred; un conjunto pequeño es barato de mantener y barato de atacar.
consensus-tradeoff-rollup = Rollup: seguridad heredada
consensus-tradeoff-rollup-text = Las transacciones se ejecutan fuera de la cadena, pero los validadores de la L1 resuelven las disputas: basta con un impugnador honesto y la L1. El precio: las reglas de la L1, sus comisiones por los datos y una ventana de impugnación antes de que las retiradas sean definitivas.

## The narration (live region, embeds, the CLI) and the link notices
consensus-narration-share = { $pct }% prefiere { $colour }
consensus-narration-running = Ronda { $round }: { $shares }; { $finalised } de { $honest } nodos honestos han finalizado
consensus-narration-finalised-colour = Ronda { $round }: todos los nodos honestos finalizaron { $colour }
consensus-narration-finalised = Ronda { $round }: todos los nodos honestos finalizaron
consensus-narration-stalled = Ronda { $round }: estancada, { $finalised } de { $honest } nodos honestos han finalizado
consensus-narration-safety-violation = { $line }. Violación de seguridad: nodos honestos finalizaron colores distintos
consensus-narration-compare-part = { $protocol }: { $finalised } de { $honest } finalizados
consensus-narration-compare = Ronda { $round }: { $parts }
consensus-narration-experiment = { $done } de { $total } ejecuciones completadas: { $finalised } finalizadas, { $stalled } estancadas, { $violations } violaciones de seguridad
consensus-narration-subnets = Subredes y la Red Primaria
consensus-notice-defaults = { $rule }; se usan los valores por defecto de { $params }
consensus-notice-at = at = { $at } repetiría { $at } rondas de { $nodes } nodos al cargar; se abre en la ronda { $round }

## The parameters' rules (src/sim/consensus/params.rs: the parameters panel's
## error line and the link notices)
consensus-rule-nodes = nodes = { $nodes }: debe estar entre { $min } y { $max }
consensus-rule-batch-samples = nodes x K = { $nodes } x { $k }: se guardan como máximo { $max } pares muestreados (unos 250 MB)
consensus-rule-k-positive = K = { $k }: incumple la regla 0 < K
consensus-rule-k-max = K = { $k }: el modelo admite como máximo { $max } (el valor por defecto de avalanchego es 20)
consensus-rule-k-nodes = K = { $k }, nodes = { $nodes }: incumple la regla K <= nodes - 1 (un nodo muestrea K pares distintos, nunca a sí mismo)
consensus-rule-alpha-pref = K = { $k }, AlphaPreference = { $ap }: incumple la regla K/2 < AlphaPreference
consensus-rule-alpha-order = AlphaPreference = { $ap }, AlphaConfidence = { $ac }: incumple la regla AlphaPreference <= AlphaConfidence
consensus-rule-alpha-conf = K = { $k }, AlphaConfidence = { $ac }: incumple la regla AlphaConfidence <= K
consensus-rule-beta = Beta = { $beta }: incumple la regla 0 < Beta
consensus-rule-m = Rondas de Slush m = 0: incumple la regla 0 < m
consensus-rule-colours = colours = { $colours }: debe estar entre 2 y { $max }
consensus-rule-split = split = { $split }: debe estar entre 0 y 1
consensus-rule-byzantine = Fracción bizantina = { $byzantine }: debe ser al menos 0 y menor que 1
consensus-rule-no-honest = La fracción bizantina no deja ningún nodo honesto
consensus-rule-drop = drop = { $drop }: debe ser al menos 0 y menor que 1
consensus-rule-max-rounds = máximo de rondas = 0: debe ser al menos 1
