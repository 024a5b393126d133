# Chain Lab：稳定币页面（Terra 的市场模块、死亡螺旋、2022 年 5 月）。

## 页面
stablecoin-title = 算法稳定币
stablecoin-subtitle = Terra 的铸造与销毁锚定机制、它的死亡螺旋，以及 2022 年 5 月
stablecoin-scenarios-label = 场景
stablecoin-modified = 从“{ $scenario }”开始，并在面板中修改了参数。按该场景的按钮可恢复原样。
stablecoin-when-may = 第 { $day } 天 · { $date }
stablecoin-when-day = 第 { $day } 天
stablecoin-status-halted = · 链已停止，无法兑换
stablecoin-status-ust = UST ${ $price }
stablecoin-status-luna = LUNA { $price }
stablecoin-status-supplies = 供应量 UST { $ust } / LUNA { $luna }
stablecoin-status-reserve = 储备 { $btc } BTC
stablecoin-status-spread = 价差 { $pct }%
stablecoin-status-confidence = 信心 { $pct }%
stablecoin-quiet = 平静时段：什么都没有发生，因此以 { $x }× 速度播放。
stablecoin-history-badge = 灰点：2022 年 5 月的每日历史数据（近似值），叠加在模型之上。二者在哪里分道扬镳，见下文。
stablecoin-exports-hint = 导出 ▾（在时间控制下方）可将每张图表保存为 PNG 或 SVG，将序列保存为 CSV 或 JSON（目前 { $rows } 行，每{ $unit }一行，列与 chainlab stablecoin --csv 相同），并保存下方的关键时刻。
stablecoin-unit-minute = 分钟
stablecoin-unit-block = 区块
stablecoin-unit-hour = 小时
stablecoin-unit-step = 步
stablecoin-what-happened = 发生了什么
stablecoin-moments-empty = 暂无值得注意的事件：没有任何一步收盘低于 $0.98，储备尚未买入，铸造上限也尚未触及。

## 场景
stablecoin-scenario-calm = 平静市场
stablecoin-scenario-may = 2022 年 5 月
stablecoin-scenario-reserve = 假如：3 倍储备
stablecoin-scenario-lower-cap = 假如：更低的铸造上限
stablecoin-scenario-no-yield = 假如：没有收益
stablecoin-scenario-calm-desc = 三十天的需求小幅随机波动，以及第 10 天一笔 5000 万美元的小额抛售。通过市场模块的套利每次都把 UST（稳定币）拉回；它从未收盘低于 $0.98，恐慌也从未形成。
stablecoin-scenario-may-desc = 自 2022 年 5 月 5 日起：从 5 月 7 日 22:00 UTC 开始的一天内，25 亿美元的 UST（稳定币）被抛售。储备卖出 BTC 回购 UST，并在 5 月 10 日前耗尽；脱锚持续，持有者陷入恐慌；每一次赎回都会铸造 LUNA（伴生代币）。1164 号提案于 5 月 12 日提高铸造上限，链在 5 月 12 日停止 80 分钟，并于 5 月 13 日彻底停止。UST 在 5 月 16 日收于约 $0.05。
stablecoin-scenario-reserve-desc = 2022 年 5 月，但 LFG 的 BTC 增至三倍（约 241,000 BTC），防御速率不变，且链不停止（链之所以停止，是因为崩盘）：防御撑得比挤兑更久，UST 从未跌破约 $0.87，LUNA 仅被稀释约 1.1 倍。
stablecoin-scenario-lower-cap-desc = 2022 年 5 月，但 BasePool 为 1000 万 SDR 而非 5000 万，不提高上限、链也不停止：价差约束更紧，但由于链从未停止，赎回一直持续到第 12 天：UST 跌至约 $0.05，LUNA 被稀释约 59,000 倍。
stablecoin-scenario-no-yield-desc = 一个平静市场，提供的收益率从 19.5% 降为零：持有者现在只想持有当前持仓的约 38%。他们抛售的速度超过套利的吸收能力，锚定在几分钟内被打破，UST 跌至约 $0.04，LUNA 被稀释约 273,000 倍，而这期间根本没有大额提款。

## 反馈回路
stablecoin-loop-title = 死亡螺旋的反馈回路；亮起的箭头表示当前正在起作用
stablecoin-loop-sell-1 = 持有者
stablecoin-loop-sell-2 = 抛售 UST
stablecoin-loop-price-1 = 其价格跌破
stablecoin-loop-price-2 = $1
stablecoin-loop-burn-1 = 套利者将其销毁，
stablecoin-loop-burn-2 = 铸造 LUNA
stablecoin-loop-diluted-1 = LUNA 被稀释：
stablecoin-loop-diluted-2 = 其价格下跌
stablecoin-loop-confidence-1 = 信心
stablecoin-loop-confidence-2 = 下降
stablecoin-loop-sales = 抛售
stablecoin-loop-redemptions = 赎回
stablecoin-loop-minting = 铸造
stablecoin-loop-fear = 恐慌
stablecoin-loop-exits = 撤离
stablecoin-loop-reserve = 储备买入
stablecoin-loop-cap = 铸造上限（价差）
stablecoin-loop-caption = 实线箭头推动螺旋；虚线箭头为其刹车（储备的买入、市场模块的价差）。每个箭头在其作用于当前步时亮起。

## 参数
stablecoin-params-title = 参数
stablecoin-params-hint = 每个值都实时生效：修改后运行会从其种子重新开始。天数从开始时算起（2022 年 5 月：5 月 5 日 00:00 UTC）；−1 表示从不。
stablecoin-param-not-number = { $label }：{ $raw } 不是数字
stablecoin-param-range = { $label } 必须介于 { $min } 和 { $max } 之间
stablecoin-param-unit = （{ $unit }）

## 多次运行
stablecoin-ensemble-label = 多种子集合
stablecoin-ensemble-title = 多次运行：扇形图
stablecoin-ensemble-hint = 同一场景和参数在多个种子（种子、种子 + 1、…）下运行：中位数路径、包含 80% 运行的区间（10–90%）以及所有运行的区间（最小–最大）。
stablecoin-ensemble-runs = 运行次数
stablecoin-ensemble-drawing = 正在绘制扇形图…
stablecoin-ensemble-running = 正在运行… { $done } / { $runs }
stablecoin-ensemble-run = 运行 { $runs } 个种子
stablecoin-ensemble-progress = 已完成的运行
stablecoin-ensemble-cancel = 取消
stablecoin-ensemble-fallback = 在本页运行：后台 worker 已停止（{ $why }）。
stablecoin-ensemble-on-page = 在本页运行，穿插在帧之间。
stablecoin-ensemble-workers = { $n ->
    [1] 在 1 个后台 worker 中运行。
   *[other] 在 { $n } 个后台 worker 中运行，每个核心一个。
}
stablecoin-ensemble-price-label = 各次运行中 UST 价格的扇形图
stablecoin-ensemble-supply-label = 各次运行中 LUNA 供应量的扇形图
stablecoin-ensemble-below-half = 在 { $runs } 次运行中有 { $below } 次 UST 跌破 $0.50：中位数 { $median }，10–90% { $p10 } – { $p90 }，最早 { $min }，最晚 { $max }。
stablecoin-ensemble-never-below-half = 在全部 { $runs } 次运行中，UST 从未跌破 $0.50。
stablecoin-ensemble-multiple = LUNA 倍数（最终供应量 / 初始供应量）：中位数 ×{ $median }，10–90% ×{ $p10 } – ×{ $p90 }，最小 ×{ $min }，最大 ×{ $max }。

## 图表（标签的“长|短”形式：图表采用放得下的最长形式）
stablecoin-chart-stable-price = UST 价格（美元）
stablecoin-chart-companion-price = LUNA 价格（美元，对数）
stablecoin-chart-supplies = 供应量（对数）
stablecoin-chart-reserve = 储备（BTC）
stablecoin-chart-mint-capacity = 已用铸造额度（价差）
stablecoin-chart-model = 模型
stablecoin-chart-pool-delta = 池偏差 / 2% 价差时的偏差|池偏差 / 2% 偏差|已用
stablecoin-chart-two-percent = 100%：小额赎回支付 2% 价差|100% = 2% 价差
stablecoin-chart-history-daily = 历史，每日（近似）|历史
stablecoin-chart-history = 历史（近似）|历史
stablecoin-chart-lfg = LFG，日终（近似）|LFG
stablecoin-chart-date = 日期（2022）
stablecoin-chart-day = 运行天数
stablecoin-chart-usd-log = 美元（对数刻度）|美元（对数）
stablecoin-chart-tokens-log = 代币（对数刻度）|代币（对数）
stablecoin-chart-capacity = 已用额度（%）|已用（%）
stablecoin-chart-fan-price = UST（稳定币）价格，{ $runs } 次运行
stablecoin-chart-fan-supply = LUNA（伴生代币）供应量，{ $runs } 次运行
stablecoin-chart-median = 中位数
stablecoin-chart-band = 10–90% 的运行|10–90%
stablecoin-chart-all-runs = 全部运行（最小–最大）|最小–最大
stablecoin-may-day = 5月{ $d }日
stablecoin-jun-day = 6月{ $d }日
stablecoin-count-thousand = { $n }千
stablecoin-count-million = { $n }百万
stablecoin-count-billion = { $n }十亿
stablecoin-count-trillion = { $n }万亿

## 导出的日志（log.txt）
stablecoin-log-head = Chain Lab 稳定币：{ $scenario }{ $modified }，种子 { $seed }，第 { $step } / { $total } 步（每步 { $seconds } 秒）
stablecoin-log-modified = （参数已修改）
stablecoin-log-empty = 尚未发生值得注意的事件。
stablecoin-log-moment = { $time }（第 { $step } 步）：{ $text }
stablecoin-log-now = 当前：{ $text }

## 说明
stablecoin-explain-look-title = 你看到的是什么
stablecoin-explain-look-p1 = UST（稳定币）靠代码而非现金锚定。Terra 的市场模块始终按预言机价格把一个 UST 兑换成价值一美元的 LUNA（伴生代币），反之亦然：销毁收到的代币、铸造付出的代币，并扣除一笔价差。支撑 UST 的只有这一承诺和 LUNA 的市值。
stablecoin-explain-look-1 = 低于 $1 时，套利者低价买入 UST，赎回价值 $1 的 LUNA 并将其卖出：UST 的供应量下降，价格回升。高于 $1 时则反向操作。在平静市场中，这能把锚定维持在价差（0.5%）之内。
stablecoin-explain-look-2 = 每一次赎回都会铸造新的 LUNA 并被卖出。当 UST 持有者撤离的速度超过 LUNA 市场的吸收能力时，LUNA 价格下跌，于是每多赎回一美元就要铸造更多 LUNA，价格进一步下跌，信心下降，更多持有者撤离：这就是图中的回路。
stablecoin-explain-look-3 = 铸造上限。市场模块用一个虚拟池为兑换定价：BasePool 是它以 SDR 计的规模（国际货币基金组织的一篮子货币，2022 年 5 月约合 $1.36，是该模块的记账单位）；池偏差是近期兑换把池子推离平衡的程度。价差随偏差增大，而每个 6 秒的区块，池子会恢复偏差的 1/PoolRecoveryPeriod（1/36）。按 2022 年 5 月的设置，一旦每天赎回约 2.76 亿美元，小额赎回支付的价差就会超过 2%。
stablecoin-explain-look-4 = 一笔储备（LFG 的 80,394 BTC）在耗尽之前买入 UST 以捍卫锚定，每小时最多 2,000 BTC。
stablecoin-explain-look-p2 = 图表：价格（LUNA 使用对数刻度）、两种代币的供应量（对数）、储备，以及已用铸造额度（池偏差除以小额赎回支付 2% 价差时的偏差）。多次运行面板在多个种子下运行同一场景：中位数路径及其 10–90% 和最小–最大区间、每次运行中 UST 跌破 $0.50 的日期，以及每次运行的 LUNA 倍数。
stablecoin-explain-try-title = 可以试试
stablecoin-explain-try-1 = 平静市场：把大额提款设为 10 亿美元（事件）。同一个曾轻松消化 5000 万美元抛售的市场会在第 10 天脱锚，储备耗尽，LUNA 的供应量增长约 50,000 倍。
stablecoin-explain-try-2 = 平静市场：把 MinStabilitySpread 提高到 0.03。现在 UST 要先跌到锚定价下方 3% 套利才有利可图，超出了持有者所能容忍的 1%；恐慌积累，锚定在第 10.5 天被打破。
stablecoin-explain-try-3 = 2022 年 5 月：把提款减少到 10 亿美元。储备将其吸收（花费约 25,000 BTC），锚定得以维持。
stablecoin-explain-try-4 = 2022 年 5 月，去掉铸造上限的提高（raise = −1）：结局几乎相同（LUNA 被稀释约 3,700 倍，而不是 3,800 倍）。在这个模型中，到 5 月 12 日损害已经造成。
stablecoin-explain-try-5 = 2022 年 5 月，去掉两次停链（halt1 = −1，halt = −1）：赎回一直持续到 5 月 16 日，LUNA 最终被稀释约 41,000 倍。停链冻结了供应量，却没有拯救 UST。
stablecoin-explain-try-6 = 2022 年 5 月，把每日恐慌设为 0：持有者仍然抛售那 25 亿美元，储备花费约 48,000 BTC，但没有出现螺旋。螺旋需要信心的丧失。
stablecoin-explain-try-7 = 用 →（一小时）单步前进，观察回路中的箭头依次亮起；← 通过从种子重放运行来后退。
stablecoin-explain-history-title = 2022 年 5 月：历史，以及模型在哪里与之分道扬镳
stablecoin-explain-history-p1 = 图表上的灰点是来自 www/data 的每日历史数据（近似值：文件的每一行都注明了来源；数值标在正午）。历史是衡量标准，从不作为输入：模型仅从 5 月 5 日的供应量和价格出发。5 月 7 日，Curve 上开始出现大额抛售，随后是 Anchor 的提款（Anchor 存款：5 月 6 日 140 亿美元，5 月 9 日 87 亿美元，5 月 12 日约 26 亿美元）；UST 在 5 月 8–9 日首次脱锚；LFG 在 5 月 9–10 日卖出约 80,000 BTC；5 月 12 日，1164 号提案把 BasePool 从 5000 万 SDR 提高到 1 亿 SDR，并把 PoolRecoveryPeriod 从 36 个区块缩短到 18 个；链于 5 月 12 日在区块 7603700 停止（约 80 分钟），又于 5 月 13 日在区块 7607789 停止，此后兑换被禁用；此时 LUNA 的供应量已从约 3.45 亿增长到 6.5 万亿。
stablecoin-explain-history-1 = 接近（十个种子，由测试检验）：UST 在 5 月 12 日跌破 $0.40，在最后一次停链时约为 $0.16–0.18，且没有反弹；最后一次停链时 UST 供应量约为 121 亿（历史 113 亿–126 亿，即 11.3–12.6 十亿）；LUNA 的供应量增长约 3,000–4,200 倍，几乎全部发生在 5 月 12 日（历史：到 5 月 13 日约 19,000 倍）；储备在 5 月 9 日晚间耗尽（历史：5 月 9–10 日）。
stablecoin-explain-history-2 = 偏晚：LUNA 直到 5 月 9 日都维持在 $85 附近（历史：5 月 8 日 $62，5 月 9 日 $44），UST 在 5 月 11 日仍在 $0.82 附近（历史 $0.31）。模型中的崩盘比历史晚了约一天。
stablecoin-explain-history-3 = 停链后 UST 继续下滑（到 5 月 16 日约 $0.05；历史 $0.11）；在模型中，LUNA 价格部分回升，因为其持有者用自己的美元回购（历史：它一直停留在 $0.0001 附近）。
stablecoin-explain-history-4 = 未建模：收益率自身的下降（这里 Anchor 的利率是固定参数）、这几天 BTC 从约 $36,000 跌到 $29,000、验证者确切的预言机投票。
stablecoin-explain-choices-title = 建模选择及其来源
stablecoin-explain-choices-1 = 无论步长如何都按区块计算：市场模块的兑换、ApplySwapToPool 以及 EndBlocker 的 ReplenishPools 在每个 6 秒区块运行一次（classic-core x/market）；预言机在每个 5 个区块的投票周期取一次 LUNA 的市场价格（x/oracle，30 秒）。一分钟的一步运行十个区块，6 秒的一步运行一个：结果与步长无关（有测试在每个场景上把 60 秒和 20 秒步长与 6 秒步长进行比较）。
stablecoin-explain-choices-2 = 账目平衡：每一美元、每个 UST 和 LUNA 都属于某个主体（UST 持有者、LUNA 持有者、外部买家、套利者、储备、两个市场的做市商、预言机的手续费池），或由市场模块铸造或销毁。美元只按明确的速率流入：储备出售 BTC，以及外部买家的预算（信心充足时每天 20 亿美元，按信心缩放，兑换被禁用时停止）。每一步之后，按资产计，余额之和等于初始值加铸造、减销毁、再加上这些流入。
stablecoin-explain-choices-3 = LUNA 持有者按其在网络中的份额估值：一个代币的价值等于 LUNA 的初始市值乘以信心，再除以当前供应量，因此稀释促使他们卖出而非买入（历史：到 5 月 10 日 LUNA 从 $85 跌到 $16，而其供应量只增长了 1.12 倍）。
stablecoin-explain-choices-4 = UST 持有者在恐慌中撤离得更快（高度恐慌时每天 30–40%，即 Anchor 存款从 5 月 6 日的 140 亿美元降到 5 月 9 日的 87 亿美元、5 月 12 日约 26 亿美元的速度），而在大幅折价时撤离得更慢（速率随 UST 价格缩放）。
stablecoin-explain-choices-5 = 套利吞吐量按区块受限：UST 成交量上限（100 万 UST），以及一个区块的卖出最多可占 LUNA 市场深度的比例（0.6%）：限制真实挤兑的是链和交易所的吞吐量，而不是资本。
stablecoin-explain-choices-6 = 恐慌是有界的：当脱锚超过 1 美分的容忍度、以及 LUNA 市值低于 UST 供应量时，恐慌增长，在 3 处饱和（信心从不低于 5%），否则逐渐消退。
stablecoin-explain-choices-7 = 经过校准，而非实测：恐慌增益、外部买家的预算和两个吞吐量上限的取值，是为了让 2022 年 5 月落在其记录范围之内；记录的历史仅用于检验。
stablecoin-explain-differs-title = 模型与现实的差异
stablecoin-explain-differs-1 = 每类主体只有一个代表性主体。外部市场是恒定乘积订单簿：UST 的市场（每边 10 亿美元）代表 Curve 和各交易所，在锚定价附近不如 Curve 平坦；LUNA 的市场起始深度为 20 亿美元，且从不凭空补充。
stablecoin-explain-differs-2 = 需求随收益率变化，为 exp(弹性 × (收益率 − 初始收益率)) 乘以信心，而信心为 exp(−恐慌)。这些是建模选择，而非实测规律。
stablecoin-explain-differs-3 = 守恒是精确的：每次兑换都销毁所提供的代币，并按预言机价值精确铸造另一种代币，扣除给交易者的价差，以及作为手续费进入预言机奖励池的价差。
stablecoin-explain-sources = 来源：terra-money/classic-core x/market（keeper/swap.go ComputeSwap 和 ApplySwapToPool、keeper/keeper.go ReplenishPools、abci.go EndBlocker、keeper/msg_server.go、types/params.go）以及 x/oracle（VotePeriod）；Terra 治理提案 1164；LFG 2022 年 5 月 16 日的储备声明；Chain Lab reference/models.md §4 以及数据文件 www/data/terra-may-2022-daily.csv 和 lfg-reserve-may-2022.csv（近似值）。

## 参数的名称、单位和分组
stablecoin-param-base = BasePool
stablecoin-param-recovery = PoolRecoveryPeriod
stablecoin-param-spread = MinStabilitySpread
stablecoin-param-sdr = SDR 价格
stablecoin-param-raise = 铸造上限提高于第几天
stablecoin-param-rbase = 提高后的 BasePool
stablecoin-param-rrecovery = 提高后的 PoolRecoveryPeriod
stablecoin-param-halt1 = 首次停链于第几天
stablecoin-param-halt1min = 首次停链时长
stablecoin-param-halt = 链彻底停止于第几天
stablecoin-param-shock = 大额提款于第几天
stablecoin-param-shockusd = 提款规模
stablecoin-param-shockh = 提款持续
stablecoin-param-btc = 储备
stablecoin-param-btcusd = BTC 价格
stablecoin-param-trigger = 低于此价格时防御
stablecoin-param-defrate = 防御速率
stablecoin-param-yield = 提供的收益率
stablecoin-param-refyield = 持有者最初的收益率
stablecoin-param-elasticity = 需求的收益率弹性
stablecoin-param-adjust = UST 持有者每日调整
stablecoin-param-noise = 每日需求波动
stablecoin-param-tolerance = 可容忍的脱锚
stablecoin-param-gain = 每 $ 脱锚每日产生的恐慌
stablecoin-param-backing = 支撑不足时每日产生的恐慌
stablecoin-param-decay = 每日恐慌消退
stablecoin-param-exit = 每单位恐慌的撤离速度
stablecoin-param-exitpow = 折价抛售的不情愿程度（价格的幂）
stablecoin-param-panicmax = 最大恐慌
stablecoin-param-cadjust = LUNA 持有者每日调整
stablecoin-param-arbcap = 套利者的美元
stablecoin-param-arbdepth = 每区块套利卖出量占 LUNA 深度的比例
stablecoin-param-arbblock = 每区块套利成交量
stablecoin-param-days = 模拟天数
stablecoin-param-step = 每步秒数
stablecoin-param-supply = UST 供应量
stablecoin-param-csupply = LUNA 供应量
stablecoin-param-cprice = LUNA 价格
stablecoin-param-depth = UST 市场深度
stablecoin-param-cdepth = LUNA 市场深度
stablecoin-param-cash = UST 持有者的美元
stablecoin-param-ccash = LUNA 持有者的美元
stablecoin-param-dip = 外部 LUNA 买家每日预算
stablecoin-param-dipspend = 外部买家每日花费预算的比例
stablecoin-param-dipbelow = 外部买家在低于此价格时买入（占初始价格的比例）
stablecoin-param-unit-blocks = 区块
stablecoin-param-unit-day = 天
stablecoin-param-unit-min = 分钟
stablecoin-param-unit-hours = 小时
stablecoin-param-unit-days = 天
stablecoin-param-unit-s = 秒
stablecoin-group-market = 市场模块（铸造上限）
stablecoin-group-start = 初始状态与外部市场
stablecoin-group-holders = UST 持有者与收益率
stablecoin-group-panic = 恐慌
stablecoin-group-events = 事件
stablecoin-group-reserve = 储备（类似 LFG）

## 参数规则（通知和面板中的错误）
stablecoin-rule-number = { $name } 必须是数字
stablecoin-rule-between = { $name } 必须介于 { $min } 和 { $max } 之间（当前为 { $value }）
stablecoin-rule-spread = MinStabilitySpread 必须小于 1：100% 的价差会使所有兑换停止
stablecoin-rule-one-step = 运行必须至少包含一步
stablecoin-rule-max-steps = 运行需要 { $steps } 步；最多 { $max } 步（减少天数或加长步长）
stablecoin-rule-stable-depth = UST 的市场深度必须小于其供应量
stablecoin-rule-companion-depth = LUNA 的市场深度必须小于其市值
stablecoin-notice-invalid = { $why }；改用“{ $scenario }”场景的参数

## 运行中的关键时刻与旁白（实时区域、事件日志、导出）
stablecoin-date-may = 5月{ $d }日 { $time } UTC
stablecoin-date-june = 6月{ $d }日 { $time } UTC
stablecoin-date-july = 7月{ $d }日 { $time } UTC
stablecoin-usd = ${ $n }
stablecoin-words-million = { $n } 百万
stablecoin-words-billion = { $n } 十亿
stablecoin-words-trillion = { $n } 万亿
stablecoin-words-ten-thousand = { $n } 万
stablecoin-words-hundred-million = { $n } 亿
stablecoin-moment-withdrawal = 大额提款开始：{ $usd } 的 UST 将在 { $hours } 小时内被抛售
stablecoin-moment-halt = 链停止：市场模块不再进行任何兑换
stablecoin-moment-cap-raised = 治理提高铸造上限（BasePool 从 { $base } 到 { $raised_base } SDR，PoolRecoveryPeriod 从 { $blocks } 到 { $raised_blocks } 个区块）：每日额度从 { $before } 到 { $after }
stablecoin-moment-cap-lowered = 治理降低铸造上限（BasePool 从 { $base } 到 { $raised_base } SDR，PoolRecoveryPeriod 从 { $blocks } 到 { $raised_blocks } 个区块）：每日额度从 { $before } 到 { $after }
stablecoin-moment-reserve-buys = 储备开始卖出 BTC 买入 UST，此前 UST 交易价格低于 { $price }
stablecoin-moment-reserve-spent = 储备耗尽：全部 { $btc } BTC 已卖出
stablecoin-moment-peg-lost = 锚定被打破：UST 某一步收盘低于 $0.98，报 { $price }
stablecoin-moment-peg-back = UST 回到 $0.99 以上，报 { $price }
stablecoin-moment-cap-used-up = 铸造上限起作用：小额赎回现在要支付超过 { $pct }% 的价差
stablecoin-moment-cap-free = 铸造上限重新有了余量：已用不到 { $pct }%
stablecoin-moment-below-one = LUNA 跌破 $1，至 { $price }
stablecoin-narr-when-may = { $date }（第 { $day } 天）
stablecoin-narr-when-day = 第 { $day } 天
stablecoin-narr-head = { $when }：UST { $price }
stablecoin-narr-change = ，{ $window }{ $change }
stablecoin-narr-last-hour = 过去一小时
stablecoin-narr-since-start = 自开始以来
stablecoin-narr-24-hours = 24 小时内
stablecoin-narr-unchanged = 没有变化
stablecoin-narr-up = 上涨 { $c } 美分
stablecoin-narr-down = 下跌 { $c } 美分
stablecoin-narr-no-change = 没有变化
stablecoin-narr-times = ×{ $x }
stablecoin-narr-plus = +{ $pct }%
stablecoin-narr-minus = −{ $pct }%
stablecoin-narr-luna = ；LUNA { $price }；LUNA 供应量 { $supply }
stablecoin-narr-reserve-spent = ；储备已耗尽
stablecoin-narr-reserve-untouched = ；储备未动用
stablecoin-narr-reserve-under-1 = ；储备已用不到 1%
stablecoin-narr-reserve-pct = ；储备已用 { $pct }%
stablecoin-narr-no-reserve = ；没有储备
stablecoin-narr-halted = ；链已停止，无法兑换
stablecoin-narr-moment = { $time }：{ $text }
stablecoin-narr-stop = 。
stablecoin-narr-over = 运行已结束。
