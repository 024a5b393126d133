# Chain Lab：权益证明验证者页面。

## 通用格式
validators-pct = { $p }%
validators-usd = ${ $v }
validators-eth = { $v } ETH
validators-yes = 是
validators-no = 否
validators-none = 无
validators-nobody = 无人
validators-epoch-day = 第 { $epoch } 个纪元（第 { $day } 天）

## 页面
validators-title = 权益证明验证者
validators-subtitle = 质押、罚没、集中度，以及代币崩盘对它们的影响
validators-presets-label = 预设场景
validators-preset-ethereum = 以太坊实体，2022 年
validators-preset-mass-slashing = 最大运营商被罚没
validators-preset-decline = 价格下跌 90%
validators-preset-collapse = 代币崩盘 −99.99%
validators-preset-luna = 来自稳定币模拟的 LUNA
validators-preset-offline = 超过三分之一离线（40%）
validators-preset-partition = 网络分区
validators-lorenz-name = 洛伦兹曲线
validators-chart-name = 图表
validators-status = 第 { $epoch } / { $epochs } 个纪元 · 第 { $day } 天 · 代币 { $price } · { $active } 个活跃验证者（{ $stake } ETH），{ $exiting } 个在退出队列中，{ $slashed } 个被罚没，{ $exited } 个已退出
validators-nc-label = 个运营商控制 { $share }
validators-nc-halt = 可使最终性停止
validators-nc-outvote = 可在投票中压过其余
validators-nc-finalise = 可单独完成最终确认
validators-nc-cost = 攻击成本 { $cost }
validators-whatif-label = 假如
validators-whatif-now = 假如现在：
validators-whatif-redelegate = 重新委托最大者
validators-whatif-merge = 合并最大的两个
validators-whatif-slash = 罚没最大者
validators-whatif-redelegate-hint = 最大运营商的验证者转给其他运营商，从最小的开始
validators-whatif-merge-hint = 第二大运营商并入最大运营商
validators-whatif-slash-hint = 最大运营商的每个验证者同时被罚没
validators-largest = 最大：{ $name }（占活跃质押的 { $share }%）
validators-stage-role = 验证者集合
validators-stage-label = 验证者，每个一个方块，按运营商分组；空心：离线；红色：被罚没；黄色圆环：在退出队列中；灰色：已退出；圆点：本纪元提议了区块。用方向键查看单个验证者：左右键切换到下一个验证者，上下键切换到下一个运营商
validators-key-attesting = 正在证明（相邻运营商蓝绿交替）
validators-key-offline = 离线
validators-key-slashed = 被罚没
validators-key-queue = 在退出队列中
validators-key-exited = 已退出
validators-key-proposer = 本纪元提议了区块。方块随余额缩小。
validators-lorenz-label = 质押在运营商之间分布的洛伦兹曲线；基尼系数 { $gini }
validators-chart-nakamoto-label = 中本聪系数（{ $a }、{ $b } 和 { $c }）随时间的变化
validators-chart-cost-label = 以美元计的攻击成本随时间的变化，对数刻度
validators-chart-active-label = 活跃验证者和退出队列中的验证者随时间的变化
validators-gini = 基尼系数（运营商）
validators-operators-with-stake = 有质押的运营商
validators-participation = 参与率
validators-apr-title = 本纪元每个质押 ETH 的奖励，乘以每年 82,125 个纪元
validators-apr = 年化奖励率
validators-apr-note = 每个验证者的奖励与 1/√(总质押) 成正比：质押离开时它会上升，而本模型的集合比以太坊的小得多
validators-whatifs-so-far = 已应用的假设

## 最终性面板
validators-strip-label = 最终性条带：每一列是一段纪元，绿色为已最终确认，蓝色为仅已证成，灰色为未证成，红色带表示链处于泄漏中。已最终确认的纪元 { $finalized }，最终性延迟 { $delay } 个纪元
validators-finality-title = 最终性（Casper FFG）
validators-finalised-epoch = 已最终确认的纪元
validators-finality-delay = 最终性延迟
validators-finality-delay-value = { $epochs } 个纪元（{ $days } 天）
validators-target-voting = 为目标投票
validators-target-share = { $share }%（需要 2/3）
validators-leak = 不活跃泄漏
validators-key-final = 已最终确认
validators-key-justified = 已证成
validators-key-none = 未证成
validators-key-leak = 不活跃泄漏；虚线：中断开始
validators-balances-label = 一个被切断的验证者和一个保持在线的验证者的余额随时间的变化，单位 ETH；16 ETH 时被驱逐

## 罚没面板
validators-slashing-title = 当前罚没（{ $fork }）
validators-initial-penalty = 初始罚金，32 ETH 验证者
validators-slashed-window = 过去 36 天被罚没
validators-slashed-window-value = { $eth } ETH（占活跃的 { $share }%）
validators-correlation-penalty = 关联罚金（若今天到期）
validators-last-correlation = 最近一次罚没的关联罚金

## 查看单个验证者
validators-reason-slashed = （被罚没）
validators-reason-ejected = （被驱逐：余额降至 16 ETH）
validators-reason-unprofitable = （亏损运行）
validators-state-exited = 已退出{ $reason }
validators-state-exiting = 在退出队列中{ $reason }
validators-state-attesting = 正在证明
validators-operator-line = { $count } 个验证者，占活跃质押的 { $share }%
validators-focus-line = { $name } 的验证者 { $i }：{ $eth } ETH，{ $status }
validators-inspect-hint = 点击或轻触一个验证者，或用 Tab 键移到图上再用方向键，即可查看它。
validators-inspect-title = 验证者 { $i } · { $name }
validators-balance = 余额
validators-balance-value = { $eth } ETH（有效余额 { $effective } ETH）
validators-inspect-status = 状态
validators-proposed = 本纪元提议了区块
validators-its-operator = 所属运营商

## 设置
validators-price-stable = 稳定
validators-price-decline = 逐步下跌（线性）
validators-price-collapse = 崩盘：一周内 −99.99%（LUNA，2022 年 5 月）
validators-price-luna = 来自稳定币模拟的 LUNA（2022 年 5 月）
validators-dist-equal = 平均
validators-dist-powerlaw = 幂律
validators-dist-delegation = 委托给少数
validators-dist-real = 以太坊，2022 年 9 月
validators-not-a-number = { $raw } 不是数字
validators-set = 验证者集合
validators-field-distribution = 质押分布
validators-field-alpha = 幂律指数 α
validators-field-big = 大型运营商
validators-field-big-share = 它们的质押份额（%）
validators-field-validators = 验证者（每个 32 ETH）
validators-field-operators = 运营商
validators-rules = 规则
validators-field-fork = 罚没规则（初始罚金，关联 ×）
validators-field-offline = 每纪元离线（%）
validators-field-lone = 每 1,000 个纪元的单独罚没
validators-field-epochs = 运行的纪元数（每天 225 个）
validators-price-and-costs = 代币价格与成本
validators-field-price = 质押代币的价格
validators-field-depth = 运行期间的跌幅（%）
validators-field-start-price = 起始价格（美元）
validators-field-cost-share = 典型成本，占起始收入的 %
validators-cost-rule = 验证者的收入低于成本满一天（225 个纪元）后会申请退出。大型运营商每个验证者的成本更低。
validators-outage = 中断
validators-field-outage = 被切断的质押部分
validators-outage-none = 无
validators-outage-offline = 一部分离线
validators-outage-partition = 网络分区（两条链）
validators-field-outage-share = 被切断的份额（验证者的 %）
validators-field-outage-from = 起始纪元
validators-outage-offline-rule = 它们保持离线。最终性需要 2/3 的活跃质押投票；没有它，不活跃泄漏会消耗离线验证者，直到其余部分重新占有 2/3。
validators-outage-partition-rule = 每一方都把另一方视为离线并构建自己的链；双方都会泄漏，当各自的质押占其所计算总量的 2/3 时，各自最终确认自己的链。

## 最终性条带和泄漏中的余额（canvas）
validators-strip-chain-a = 链 a（其余部分）
validators-strip-chain-b = 链 b（被切断的一方）
validators-strip-chain = 链
validators-strip-row = { $chain }：已最终确认的纪元 { $epoch }
validators-day = 第 { $day } 天
validators-ejection-line = 16 ETH 时被驱逐
validators-balances-online = — 在线验证者
validators-balances-offline = — 离线验证者（余额，ETH）

## 说明
validators-explain-what-title = 你看到的是什么
validators-explain-what-1 = 每个方块是一个验证者：锁定 32 ETH，以换取提议区块并为区块作证明的权利。方块按运行它们的运营商分组（Lido、Coinbase、某个交易所、某个独立质押者）。在每个 6.4 分钟的纪元中，每个在线验证者都会作证明并获得少量收益；32 个时隙各有一个提议者，按质押比例抽取（圆点）。离线验证者（空心）会失去本可通过来源（source）和目标（target）投票获得的收益。
validators-explain-what-2 = 签署两张相互冲突投票的验证者会被罚没（红色）：它立即损失一小笔初始罚金，被强制通过退出队列离开，大约 18 天后（4,096 个纪元）再支付一笔关联罚金，金额为前后 36 天内被罚没质押占全部质押份额的三倍。单个验证者的失误几乎没有代价；全网三分之一同时作恶则会损失全部。有效余额降至 16 ETH（余额低于 16.75 ETH）的验证者会被驱逐。退出要在队列中等待，每个纪元只放出一定数量的质押（流转上限：自 Electra 起为 128 到 256 ETH，此前至少 4 个验证者）。
validators-explain-what-3 = 最终性（Casper FFG）：在每个纪元中，验证者为一个检查点（该纪元的第一个区块）投票。当投给它的票至少占活跃有效余额的 2/3 时，它就被证成；连续两个被证成的检查点会使第一个被最终确认，而被最终确认的区块永远不会被回滚。最终性条带逐个纪元显示这一过程。如果超过三分之一的质押离线，就没有任何检查点能被证成，最终性停止。失去最终性 4 个纪元后，不活跃泄漏开始：每个错过投票的验证者每个纪元将不活跃分数加 4，并在通常罚金之外损失 有效余额 × 分数 / 2^26（自 Bellatrix 起；Altair 规则下为 3 × 2^26），因此损失随离线时间的平方增长，而投票者也得不到投票奖励。当仍在投票的质押重新占有活跃余额的 2/3 时，泄漏停止：离线验证者已损失足够多（或已在 16 ETH 时被驱逐），最终性恢复。略多于三分之一离线时几天就能恢复；40% 离线约需两周。
validators-explain-what-4 = 网络分区把验证者分成互相听不到对方的两方。每一方都构建自己的链，并把另一方视为离线，因此双方都会泄漏。数周后，每一方都占有其自身链上仍计入的质押的 2/3，于是双方都完成最终确认：两条相互冲突的已最终确认的链，这是协议自身无法撤销的安全性失败。这就是为什么持续时间超过泄漏过程的分区很危险。
validators-explain-what-5 = 去中心化按运营商而不是按验证者衡量：中本聪系数是共同控制某一质押门槛所需的最少运营商数量。33.4%（超过三分之一）可以阻止链完成最终确认；50% 可以在分叉选择中压过其余；66.7% 可以随意最终确认任何内容。攻击成本是活跃质押的相应份额乘以代币价格。
validators-explain-what-6 = 当质押代币的价格下跌时，验证者的收入（以代币计，固定不变）按美元计会下降，而其成本（服务器、人员）不会。收入低于成本满一天的验证者会申请退出；每个验证者成本更高的小型运营商最先离开。活跃质押减少，剩余质押集中在更少、更大的运营商手中，攻击成本降低：以代币计如此，以美元计更是大幅降低。
validators-explain-try-title = 可以尝试
validators-explain-try-1 = 在默认场景（2022 年 9 月的以太坊实体）中，按下“合并最大的两个”：Lido 和 Coinbase 合计持有 46%，33.4% 处的系数从 2 降到 1。重置后，再按“重新委托最大者”：Lido 的验证者分散到其他运营商，系数从 2 升到 4。
validators-explain-try-2 = 按下“罚没最大者”，在 Electra 规则下运行 20 天（4,500 个纪元）：初始罚金很小，但在第 18 天，关联罚金几乎拿走了被罚没的 31% 的全部，因为同时被罚没的太多。然后把规则切换为 Bellatrix–Deneb，比较第一次下跌（1/32 = 1 ETH，而不是 1/4096）。
validators-explain-try-3 = 选择崩盘价格（一周内下跌 99.99%，如 2022 年 5 月的 LUNA）并运行：大约从第 5 天起，退出队列被填满，活跃质押和攻击成本下降，中本聪系数也随着小型运营商先于大型运营商离开而变小。
validators-explain-try-4 = 对比“价格下跌 90%”：以美元计的攻击成本从第一天起就随价格下跌，而验证者只有在价格跌破各自的盈亏平衡点时才离开：第 20 天时少数离开，第 27 天时约一半离开，小型运营商最先（33.4% 处的系数最终为 1）。
validators-explain-try-5 = “来自稳定币模拟的 LUNA”把稳定币页面 2022 年 5 月的运行结果输入给验证者：LUNA 在几天内从约 $85 跌到不足一美分，所有验证者都离开了。
validators-explain-try-6 = “超过三分之一离线（40%）”：最终性在第 223 个纪元之后停止，泄漏在六个纪元后开始，离线验证者的余额曲线越来越快地向下弯曲，而在线验证者的曲线保持平坦。大约在第 14 天，当在线的 60% 占有剩余部分的 2/3 时，最终性恢复。然后在“中断”设置中把份额设为 34%：只需下降 1 ETH 就足够，最终性在大约两天内恢复。
validators-explain-try-7 = “网络分区”：40% 与其余部分被切断。两条链都在泄漏；较大的一方大约 2 周后最终确认自己的链，较小的一方则要等到较大一方在其链上的验证者在 16 ETH 时被驱逐，大约 3 周后。从那以后，两条相互冲突的链都已最终确认。
validators-explain-try-8 = 在崩盘类预设中，观察最终性条带：留下的验证者继续投票，因此在其他验证者离开期间链仍在继续最终确认，直到最后一个也离开。
validators-explain-try-9 = 在运营商数量相同的情况下尝试平均分布和幂律分布，观察洛伦兹曲线和基尼系数。
validators-explain-published-title = 已公布的中本聪系数
validators-explain-published-1 = 按公布原样列出；方法和门槛各不相同，部分数据来源较弱（见“quality”列），而且所有数据都会随时间变化。
validators-explain-published-download = 下载表格（CSV）
validators-published-network = 网络
validators-published-coefficient = 系数
validators-published-threshold = 门槛
validators-published-validators = 验证者
validators-published-as-of = 截至
validators-published-source = 来源
validators-published-quality = 质量
validators-published-entities = { $network }（实体）
validators-published-share = { $pct }%
validators-published-share-halt = { $pct }%（停机）
validators-published-quality-computed = 推算
validators-published-quality-good = 可靠
validators-published-quality-medium = 一般
validators-published-quality-weak = 薄弱
validators-operator = 运营方 { $n }
validators-operator-short = { $n } 号
validators-explain-simplifies-title = 模型的简化之处
validators-explain-simplifies-1 = 每个验证者开始时都是活跃的，持有 32 ETH，提款凭证类型为 0x01；没有新的存款，没有最高 2,048 ETH 的复利验证者（Electra），奖励也不会被提取。
validators-explain-simplifies-2 = 奖励遵循 Altair 的公式（基础奖励取决于总质押的平方根；来源、目标和头部的权重分别为 64 中的 14、26 和 14；提议者为 64 中的 8），但每个证明都按时到达，并省略了同步委员会的 64 中的 2。每个纪元的投票在该纪元结束时计算（链上要晚一个纪元才计算），因此这里的最终性比以太坊提前一个纪元。从 Bellatrix 到 Electra，泄漏除以 4 × 2^24 = 2^26；Altair 的运行使用 Altair 的 3 × 2^26，Phase 0 的运行也是如此，因为 Phase 0 自身随最终性延迟增长的泄漏没有被建模。
validators-explain-simplifies-3 = 中断使固定份额的验证者退出工作，这些验证者分布在各运营商之间；在中断类预设中，没有人有运营成本，也没有随机宕机，因此只有协议在起作用。分区是同一种子下链的两个副本；双方永远不会重新连接。
validators-explain-simplifies-4 = 提议者按有效余额抽取，与规范中的拒绝抽样相同，但使用模型的随机数生成器而不是 RANDAO。
validators-explain-simplifies-5 = 小型网络（数百到数千个验证者，而不是一百万个）使流转上限保持在最小值，因此这里的退出需要几天，而不是以太坊上的几周。它的收益也高得多：Altair 的奖励随总质押的平方根下降，因此 1,000 个验证者每年约赚 90%，而以太坊的一百万个验证者每年约赚 3%。成本是相对于收入设定的，因此连锁退出不受此影响。
validators-explain-simplifies-6 = 成本是一种假设：每个验证者起始收入的一部分，大型运营商每个验证者的成本更低。代币价格是给定的，而不是市场：没有人买入离开的质押。崩盘也意味着验证者想要抛售；模型只让它们在亏损运行时离开。
validators-explain-simplifies-7 = “重新委托”会把最大运营商的验证者一次性转给其他运营商，就像委托权益证明链那样；在以太坊上，这需要经过两个队列的退出和新存款。2022 年 9 月份额中四个具名实体之外的剩余部分被平均分配，这是一种假设。
validators-explain-simplifies-sources = 来源：ethereum/consensus-specs，specs/phase0、altair、bellatrix 和 electra 的 beacon-chain.md（slash_validator、process_slashings、initiate_validator_exit、compute_exit_epoch_and_update_churn、get_base_reward、EJECTION_BALANCE、weigh_justification_and_finalization、process_inactivity_updates、get_inactivity_penalty_deltas、INACTIVITY_PENALTY_QUOTIENT_BELLATRIX、process_effective_balance_updates）；中本聪系数：data/nakamoto-coefficients.csv 及上文所列来源；LUNA 的下跌：data/terra-may-2022-daily.csv；Chain Lab reference/models.md §5。

## 图表（canvas 和 SVG；`长|短` 标题：图表选用放得下的那个）
validators-series-nakamoto = 中本聪系数（运营商）
validators-series-cost = 攻击成本（美元，对数刻度）
validators-series-active = 活跃与离开中的验证者
validators-unit-nakamoto = 所需运营商数|运营商
validators-unit-cost = 买下质押所需美元（对数）|美元（对数）
validators-unit-active = 验证者
validators-lorenz-stake = 持有的质押
validators-lorenz-equal = 均等份额
validators-lorenz-gap = 差距：基尼系数 = 其面积的两倍|差距：基尼系数
validators-lorenz-title = 质押的洛伦兹曲线 · 基尼系数 { $gini }|洛伦兹曲线 · 基尼 { $gini }
validators-lorenz-x = 运营商份额，从小到大（%）|运营商，从小到大
validators-lorenz-y = 质押份额（%）|质押（%）
validators-line-halt = { $share }（使最终性停止）
validators-line-majority = { $share }（多数）
validators-line-finalise = { $share }（单独最终确认）
validators-line-of-stake = 质押的 { $share }
validators-line-active = 活跃
validators-line-leaving = 离开中（在退出队列中）
validators-x-days = 运行天数（每天 225 个纪元）|运行天数|天
validators-usd-b = ${ $v }B
validators-usd-m = ${ $v }M
validators-usd-k = ${ $v }k

## 旁白（实时区域）
validators-usd-billion = { $v } 十亿美元
validators-usd-million = { $v } 百万美元
validators-n-whatif = 假设“{ $name }”
validators-n-slashed = { $n } 个被罚没
validators-n-asked-to-exit = { $n } 个申请退出
validators-n-left = { $n } 个离开活跃集合
validators-n-sep = {"，"}
validators-n-what = { $list }。
validators-n-was = （之前为 { $n }）
validators-n-stand = { $active } 个验证者活跃，{ $exiting } 个正在退出，累计 { $slashed } 个被罚没；{ $share } 处的中本聪系数为 { $nc }{ $was }；代币价格 { $price } 时攻击成本为 { $cost }
validators-n-finality = ；{ $status }
validators-n-line = 第 { $epoch } 个纪元（第 { $day } 天）：{ $what }{ $stand }{ $finality }

## 最终性经过（最终性面板和旁白）
validators-story-stopped = 最终性在第 { $epoch } 个纪元（第 { $day } 天）之后停止：只有 { $share }% 的活跃质押为目标投票，低于证成检查点所需的 2/3。
validators-story-leak = 从第 { $epoch } 个纪元起，最终性延迟超过 4 个纪元：不活跃泄漏开始。错过投票的验证者每个纪元将不活跃分数加 4，并在通常罚金之外损失 有效余额 × 分数 / 2^26（Altair 规则下为 3 × 2^26）；在最终性恢复之前，投票者也得不到投票奖励。
validators-story-why-down = ；其中一个离线验证者的有效余额已降至 { $eth } ETH
validators-story-why-ejected = ；离线验证者已在 16 ETH 时被驱逐，并通过退出队列离开
validators-story-returned = 最终性在第 { $epoch } 个纪元（第 { $day } 天）恢复，距停止 { $days } 天：离线质押不断泄漏，直到仍在投票的 { $voting } ETH 重新达到活跃的 { $active } ETH 的 2/3（占 { $share }%{ $why }）。
validators-story-stalled-again = 此后又再次停滞：已有 { $epochs } 个纪元未最终确认，{ $share }% 的活跃质押在投票，接近 2/3 线。
validators-story-not-finalised = 已有 { $epochs } 个纪元（{ $days } 天）未最终确认：{ $share }% 的活跃质押在投票；随着离线验证者的余额泄漏，达到 2/3 时最终性就会恢复。
validators-story-finalising = 正在最终确认：第 { $epoch } 个纪元已最终确认（最终性延迟 { $delay }），{ $share }% 的活跃质押在投票，高于 Casper FFG 所需的 2/3。
validators-story-chain-a = 链 a（其余部分的链）：{ $line }
validators-story-chain-b = 链 b（被切断一方自己的链）：{ $line }
validators-story-conflict = 自第 { $from } 个纪元分裂以来，双方现已各自最终确认了自己的链：链 a 到第 { $a } 个纪元，链 b 到第 { $b } 个纪元。两条相互冲突的链上都有已最终确认的检查点：这是任何分叉选择都无法撤销的安全性失败，需要由人来选定其中一条。
validators-status-finalised = 已最终确认第 { $epoch } 个纪元
validators-status-in-leak = （不活跃泄漏）
validators-status-not-finalised = 已有 { $epochs } 个纪元未最终确认{ $leak }，{ $share }% 在投票

## 链接的提示（参数名和取值保持与地址中相同）
validators-q-ofrom = ofrom = { $from } 超出了本次运行的 { $epochs } 个纪元；改用 { $d }
validators-q-alpha-zero = alpha = 0 使幂律变平：每个运营商获得相同的质押，与 dist=equal 相同
validators-q-whatif-many = whatif 包含 { $n } 个假设；页面只应用前 { $most } 个
validators-q-whatif-late = whatif = { $value } 中有超出本次运行 { $epochs } 个纪元的纪元；已忽略
validators-q-whatif-bad = { $error }；已忽略
validators-q-at = at = { $at } 会在加载时重放 { $validators } 个验证者的 { $at } 个纪元；改为在第 { $replayable } 个纪元打开
validators-q-at-two-chains = at = { $at } 会在加载时在分区的两条链上各重放 { $validators } 个验证者的 { $at } 个纪元；改为在第 { $replayable } 个纪元打开
validators-q-invalid-set = { $error }；改用默认的验证者集合

## 模型对参数的规则（设置面板和链接的提示）
validators-e-validators = validators 必须在 4 到 { $max } 之间，而不是 { $n }
validators-e-operators = operators 必须在 1 到 min(validators, { $max }) 之间，而不是 { $n }
validators-e-real-shares = 以太坊 2022 年份额至少需要 5 个运营商（4 个具名实体和其余部分）
validators-e-alpha = 幂律 alpha 必须在 0 到 4 之间，而不是 { $alpha }
validators-e-delegation = 委托需要 1 <= big < operators，且大型份额低于 1
validators-e-offline = 离线率最多为每 10,000 中 10,000，而不是 { $n }
validators-e-lone = 单独罚没最多为每 1,000 个纪元 1,000 次
validators-e-epochs = epochs 必须在 1 到 { $max } 之间，而不是 { $n }
validators-e-start-price = 起始价格必须是正的美元数
validators-e-cost-share = 成本份额必须在 0 到 10 之间
validators-e-depth = 下跌幅度必须在 0 到 1 之间
validators-e-price-path = 价格路径至少需要一个有限且非负的价格
validators-e-outage-share = 中断的份额必须大于 0% 且小于 100%，而不是 { $share }%
validators-e-outage-from = 中断的起始纪元（{ $from }）超出了本次运行的最后一个纪元（{ $epochs }）
validators-e-whatif-late = 有一个假设超出了本次运行的最后一个纪元
validators-e-whatif-code = { $item } 不是 CODE@EPOCH 形式的假设（代码：r 重新委托，m 合并，s 罚没最大者）

## 事件日志（log.txt）
validators-log-reason-slashed = 被罚没
validators-log-reason-ejected = 在 16 ETH 时被驱逐
validators-log-reason-unprofitable = 无利可图
validators-log-reason-none = 无原因
validators-log-head = Chain Lab 验证者：{ $validators } 个验证者，{ $operators } 个运营商（{ $distribution }），{ $fork } 规则，价格 { $price }，种子 { $seed }
validators-log-start = 第 0 个纪元（第 0.0 天）：{ $active } 个验证者活跃；{ $shares } 处的中本聪系数为 { $nc }
validators-log-slashed = { $n } 个被罚没（{ $who }）
validators-log-asked-to-exit = { $n } 个申请退出
validators-log-left = { $n } 个离开活跃集合（{ $why }）
validators-log-nakamoto = 中本聪系数 { $nc }（之前为 { $was }）
validators-log-epoch = 第 { $epoch } 个纪元（第 { $day } 天）：{ $parts }
validators-log-sep = {"；"}
