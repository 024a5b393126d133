# Chain Lab: la página de inicio.

home-lede = Cómo funciona de verdad la infraestructura de las cadenas de bloques, en simulaciones en vivo que puedes reproducir, pausar, avanzar paso a paso y repetir. Cada ejecución tiene una semilla: el mismo enlace da la misma ejecución en cualquier máquina.
sim-consensus-title = Consenso por muestreo
sim-consensus-line = Slush, Snowflake y Snowball de Avalanche: los nodos consultan a unos pocos pares al azar hasta que toda la red se pone de acuerdo, y lo que pueden hacer unos pocos mentirosos entre ellos.
sim-rollup-title = Rollup optimista
sim-rollup-line = Lotes al estilo de Arbitrum, comprimidos con Brotli y publicados en Ethereum, una ventana de impugnación de 6,4 días y una prueba de fraude acotada hasta el único paso que ejecuta L1. Inyecta una raíz de estado errónea y mira cómo se detecta, o cómo se vuelve definitiva cuando ningún validador vigila.
sim-swap-title = Intercambio atómico
sim-swap-line = Dos cadenas, dos contratos con bloqueo por hash y por tiempo y un único secreto: si ambas partes siguen el protocolo, o se liquidan los dos tramos o ninguno. Siete escenarios muestran qué pasa cuando alguien se detiene, hace trampa o es lento.
sim-stablecoin-title = La espiral de muerte de una stablecoin
sim-stablecoin-line = El módulo de mercado de Terra acuña y quema para mantener la paridad, hasta que una estampida lo convierte en una espiral de muerte: el bucle de realimentación en vivo, junto a la historia real de mayo de 2022.
sim-validators-title = Validadores de prueba de participación
sim-validators-line = Participación, recompensas, penalizaciones (slashing) y concentración, y la cascada cuando se hunde el token en participación.
