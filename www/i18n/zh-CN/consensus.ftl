# Chain Lab：抽样共识页面（en/consensus.ftl 的译文）。

## The explanation panel
consensus-explain-looking = 你看到的是什么
consensus-explain-try = 试一试
consensus-explain-differs = 真实协议的不同之处
consensus-looking-network-shapes = 每个图形是一个节点（红色圆形或蓝色方形；颜色更多时还有绿色三角形和琥珀色菱形）。每一轮，每个尚未做出决定的诚实节点随机挑选 K 个对等节点，询问它们偏好哪种颜色，并统计回答。节点的颜色是它当前的偏好；越亮，表示连续赞同它的查询越多（即它的置信度）；中间有一个圆点表示它已最终确定，不会再改变。
consensus-looking-network-differ = 三种协议的区别仅在于节点如何处理计票结果：
consensus-looking-network-slush = ：如果某种颜色至少获得 AlphaPreference 票，就改为该颜色。m 轮之后停止，无论当时持有哪种颜色。
consensus-looking-network-snowflake = ：与 Slush 相同，另加一个计数器，记录同一颜色至少获得 AlphaConfidence 票的连续查询次数。一次票数不足或分裂的查询会把它清零；一次对另一种颜色的强势查询会让它从一重新开始。达到 Beta 时最终确定。
consensus-looking-network-snowball = ：与 Snowflake 相同，另为每种颜色累计所有达到 AlphaPreference 的查询次数。只有当另一种颜色的累计数严格更大时，节点才会改变它回答的颜色，因此一次不走运的查询无法让它翻转。
consensus-looking-network-why = 为什么可行：当 K = 20、AlphaPreference = 15 时，在一个完全对半分裂的网络中，一次查询让某一颜色获得 15 票的概率只有约 2%，而在 80/20 的分布下约为 80%。任何微小的不平衡都会让多数颜色更容易赢得查询，从而让不平衡进一步扩大：网络发生倾斜，此后置信度一轮接一轮地增长。每个节点每轮发送 K 个查询，因此一轮的代价约为 K·n 条消息，而不是全员互相投票所需的 n² 条。
consensus-looking-compare = 相同的种子和参数运行三次：一次所有诚实节点运行 Slush，一次运行 Snowflake，一次运行 Snowball。观察哪一个最先稳定下来，Slush 能否在它的 m 轮之内稳定，以及拜占庭节点对每一种协议的影响。
consensus-looking-experiment = 用当前参数进行的多次独立运行。第 r 次运行使用种子 S + r，因此任何一次运行都可以单独重新打开。直方图显示直到所有诚实节点都最终确定所经过的轮数；表格统计在轮数上限处停滞的运行，以及出现安全性违规（两个诚实节点最终确定了不同颜色）的运行。
consensus-looking-subnets = 子网是一组为自己的一条或多条链运行共识的验证者；每条链恰好由一个子网验证。在这里展示的模型中，每个子网验证者还必须验证主网络，主网络的 P-Chain（验证者和子网）、X-Chain（资产交换）和 C-Chain（EVM 合约）由所有人运行。
consensus-looking-subnets-tradeoff = 每个子网的共识只在它自己的验证者之间模拟，你标记为被攻破的验证者充当拜占庭节点。这就是其中的权衡：子网可以选择自己的虚拟机、费用和验证者规则，但它的链只与它自己那组通常很小的验证者一样安全。Rollup 做出相反的选择：它继承整个 L1 的安全性，因为任何人都可以在 L1 上挑战错误的结果，但它要遵循 L1 的规则，并等待 L1 的最终性。
consensus-try-network-split = 把红色的初始占比设为 50%，看网络向一边倾斜；换一个种子，它可能倒向另一边。
consensus-try-network-balance = 从 50% 开始，加入 10% 使用 balance 策略的拜占庭节点：能看到所有偏好的对手可以让网络保持分裂，没有节点能最终确定。把策略换成 minority：同样的节点转而把所有人引向它们的颜色。
consensus-try-network-lost = 丢失 30% 的回答：AlphaConfidence 20 票中的 15 票变得难以达到，最终性变慢甚至停止。
consensus-try-network-nodes = 把节点数从 100 提高到 10,000：最终性只多花几轮（100 个节点时平均约 35 轮，10,000 个时约 43 轮），因为每个节点仍然只询问 K 个对等节点。
consensus-try-network-inspect = 点击一个节点，然后用 → 键单步前进：它的上一次查询、它的计数器以及连向被询问对等节点的连线都会随之更新。
consensus-try-compare-slush = 把 Slush 的 m 设为 5：它在网络仍然分裂时停止，诚实节点接受了不同的颜色。Snowflake 和 Snowball 从不按固定时钟停止；它们等待连续 Beta 次有信心的查询。
consensus-try-compare-contrarian = 加入使用 contrarian 策略的拜占庭节点，比较 Snowflake 的反复清零与 Snowball 更稳定的偏好。
consensus-try-experiment-beta = 把 Beta 设为 1，完全不加拜占庭节点：几乎每次运行都以诚实节点最终确定不同颜色告终，因为一次幸运的查询就能让节点最终确定。Beta 为 2 时仍有一些运行失败，Beta 为 3 时约两百次中有一次；从 4 起，200 次中一次也没有，而 Beta 每增加一级大约多花一轮。Beta 以延迟换取安全性。
consensus-try-experiment-byzantine = 加入 10% 使用 balance 策略的拜占庭节点：Beta 为 3 时大多数运行失去安全性；从 Beta 5 起，同样的攻击只能让网络停滞。
consensus-try-experiment-alpha = 比较 AlphaConfidence 15 与 18（K = 20）：分布如何移动？
consensus-try-subnets-third = 攻破一个小子网三分之一的验证者：它的链停滞或分裂，而主网络（这些验证者在其中只占很小比例）照常运行。
consensus-try-subnets-large = 让子网和主网络一样大：它们的安全性追了上来，运行它们的成本也一样。
consensus-differs-synchronous = 这里的轮次是同步的：所有节点查询的都是本轮开始时的偏好。真实节点异步查询，并同时保持多个查询在进行中。
consensus-differs-uniform = 这里均匀地抽样对等节点。avalanchego 按质押量的比例抽样验证者。
consensus-differs-snowman = 这里一个节点只决定一个值。Avalanche 的 C-Chain 和 P-Chain 运行 Snowman，它对线性链的每个区块应用同样的规则；当前的 avalanchego 还可以采用多组 (AlphaConfidence, Beta)，以最先满足的一组为准进行最终确定。本模型只用一组。
consensus-differs-adversary = 这里的拜占庭节点每轮都能看到每个诚实节点的偏好：这正是 Avalanche 论文所假设的强大且完全知情的对手。balance 策略展示了这样的对手能对一个从完全对半分裂开始的网络做些什么。真实环境中的争用很少见，因为诚实客户端不会发出相互冲突的交易。
consensus-differs-acp77 = 子网：自 ACP-77（Etna 升级，2024 年 12 月）起，新的 Avalanche L1 的验证者不再需要验证主网络，而是改为支付持续费用。本视图展示的是课程笔记中描述的早先规则。
consensus-explain-sources = 来源：更新规则和参数检查遵循 ava-labs/avalanchego 的 snow/consensus/snowball（parameters.go、nnary_snowflake.go、nnary_snowball.go）；Team Rocket、Yin、Sekniqi、van Renesse 和 Sirer，"Scalable and Probabilistic Leaderless BFT Consensus through Metastability"（2019）；Avalanche Community Proposal 77。

## The page's head and views
consensus-title = 抽样共识
consensus-subtitle = Avalanche 的 Snow 协议族
consensus-views-label = 视图
consensus-view-network = 网络
consensus-view-compare = 对比
consensus-view-experiment = 实验
consensus-view-subnets = 子网
consensus-history-chart = 历史图表
consensus-histogram = 直方图
consensus-command-refused = { $command } 在 { $view } 视图中不起作用

## Colours and Byzantine strategies
consensus-colour-red = 红色
consensus-colour-blue = 蓝色
consensus-colour-green = 绿色
consensus-colour-amber = 琥珀色
consensus-adversary-minority = 始终回答初始的少数颜色
consensus-adversary-balance = 回答落后的那种颜色，使网络保持分裂
consensus-adversary-contrarian = 对每个查询者回答与它自身偏好相反的颜色

## The network view: status line, counts, inspector
consensus-status-running = 未决定 · { $honest } 个诚实节点中有 { $finalised } 个已最终确定
consensus-status-finalised-colour = 所有诚实节点在 { $rounds } 轮内最终确定了{ $colour }
consensus-status-finalised = 所有诚实节点在 { $rounds } 轮内最终确定
consensus-status-stalled = 停滞：{ $rounds } 轮内并非所有诚实节点都已最终确定
consensus-status-safety-violation = 安全性违规：诚实节点最终确定了不同的颜色
consensus-round = 轮次
consensus-prefer = 偏好{ $colour }
consensus-finalised = 已最终确定
consensus-mean-confidence = 平均置信度
consensus-successful-polls = 成功的查询
consensus-byzantine = 拜占庭节点
consensus-nodes-roledescription = 网络
consensus-nodes-label = { $nodes } 个节点；颜色表示偏好，亮度表示置信度；点击节点或使用方向键来查看它
consensus-history-chart-label = 图表：每轮偏好各颜色的诚实节点占比及平均置信度
consensus-legend = 越亮 = 置信度越高 · 圆点 = 已最终确定 · 深色带叉 = 拜占庭节点 · 形状与颜色对应（红色圆形、蓝色方形、绿色三角形、琥珀色菱形） · 点击节点查看它的上一次查询。
consensus-focus-byzantine = 节点 { $id }：拜占庭节点
consensus-focus-finalised = 在第 { $round } 轮最终确定
consensus-focus-not-finalised = 尚未最终确定
consensus-focus-node = 节点 { $id }：偏好{ $colour }，置信度 { $confidence }/{ $beta }，{ $finalised }
consensus-inspect-hint = 点击或轻触一个节点来查看它。
consensus-inspector-byzantine = 节点 { $id } · 拜占庭节点
consensus-inspector-adversary = 不运行协议；它以对抗方式回答每个查询：{ $strategy }。
consensus-node = 节点 { $id }
consensus-preference = 偏好
consensus-snowflake-preference = Snowflake 偏好
consensus-strength = 强度
consensus-confidence = 置信度
consensus-node-finalised = 已最终确定
consensus-in-round = 第 { $round } 轮
consensus-not-yet = 尚未
consensus-no-poll = 还没有查询（或在查询之前已最终确定）。
consensus-poll-lost = 丢失 { $lost }
consensus-last-poll = 上一次查询 K = { $k } 个对等节点：{ $votes }（AlphaPreference { $ap }，AlphaConfidence { $ac }）
consensus-chip-answer = 节点 { $peer } 回答{ $colour }
consensus-chip-lost = 节点 { $peer }：回答丢失

## The compare and experiment views
consensus-compare-network-label = { $protocol } 网络
consensus-compare-chart-label = { $protocol } 每轮的偏好和置信度
consensus-experiment-progress = { $total } 次运行中已完成 { $done } 次（种子 { $first } 到 { $last }）
consensus-histogram-label = 达到最终性所需轮数的直方图
consensus-runs-finalised = 最终确定的运行
consensus-n-of-m = { $n }/{ $m }
consensus-stalled-runs = 停滞（到上限仍未最终确定）
consensus-safety-violations = 安全性违规
consensus-rounds-to-finality = 达到最终性的轮数：平均值 / 中位数 / 第 95 百分位
consensus-fastest-slowest = 最快 / 最慢
consensus-runs-per-colour = 各颜色上确定的运行数
consensus-violation-runs = 出现安全性违规的运行（打开一个来观看）：
consensus-seed-button = 种子 { $seed }
consensus-cancel = 取消
consensus-workers-fallback-playing = 正在本页面上于帧间运行：后台 Worker 已停止（{ $why }）。
consensus-workers-fallback = 在本页面上于帧间运行：后台 Worker 已停止（{ $why }）。
consensus-workers-starting = 正在启动后台 Worker…
consensus-workers-running = { $n ->
   *[other] 正在 { $n } 个后台 Worker 中运行，每个核心一个。
}
consensus-workers-idle = 播放时，各次运行交给后台 Worker，每个核心一个。
consensus-worker-out-of-order = 某个 Worker 的运行不是下一个：{ $why }
consensus-worker-params-unsent = 无法发送参数：{ $why }
consensus-worker-unreadable = 无法读取某个 Worker 的运行：{ $why }

## The parameters panel
consensus-legend-protocol = 协议
consensus-legend-network = 网络
consensus-legend-snow = Snow 参数
consensus-legend-adversity = 对抗条件
consensus-param-nodes = 节点数
consensus-param-nodes-title = 诚实节点和拜占庭节点的总数
consensus-param-colours = 颜色数
consensus-param-split = 红色的初始占比
consensus-param-split-title = 一开始偏好红色的诚实节点所占比例；其余节点分布在其他颜色上
consensus-param-k = K（样本大小）
consensus-param-k-title = K：每次查询抽样的对等节点数
consensus-param-ap-title = AlphaPreference：采纳某种颜色所需的票数
consensus-param-ac-title = AlphaConfidence：查询计入置信度所需的票数
consensus-param-beta-title = Beta：最终确定所需的连续有信心查询次数
consensus-param-m = 轮数 m
consensus-param-m-title = Slush 在 m 轮之后接受它的偏好
consensus-param-rule = 当 K/2 < AlphaPreference ≤ AlphaConfidence ≤ K 时有效（avalanchego）。
consensus-preset-default = avalanchego 默认值 20/15/15/20
consensus-preset-small = 小型 10/7/8/10
consensus-param-byz = 拜占庭节点
consensus-param-byz-title = 以对抗方式回答的节点比例
consensus-param-strategy = 策略
consensus-param-drop = 丢失的回答
consensus-param-drop-title = 任一回答永远无法送达的概率
consensus-param-max = 轮数上限
consensus-param-max-title = 如果并非所有诚实节点都已最终确定，运行在此停止
consensus-param-runs = 运行次数
consensus-param-runs-title = 实验进行多少次带种子的运行
consensus-param-kept = 运行保留其最后一组有效参数。
consensus-param-not-number = { $label }：{ $raw } 不是数字
consensus-param-out-of-range = { $label } = { $value }：必须介于 { $min } 和 { $max } 之间

## The subnets view
consensus-subnets-primary-validators = 主网络验证者
consensus-subnets-count = 子网数
consensus-subnets-size = 每个子网的验证者
consensus-subnets-compromised = 被攻破的验证者
consensus-subnets-clear = 清除被攻破标记
consensus-subnets-hint = 点击一个验证者来攻破它（或恢复它）。{ $validators } 个中有 { $compromised } 个被攻破。每条链所在的行显示仅在该子网验证者之间模拟的 { $runs } 次 Snowball 运行。
consensus-subnets-compromise-third = 攻破其中三分之一
consensus-subnets-validators-label = { $subnet } 的验证者
consensus-validator = 验证者 { $v }
consensus-validator-compromised = 验证者 { $v }（已被攻破）
consensus-verdict-unsafe = 不安全：{ $runs } 次运行中有 { $n } 次最终确定了相互冲突的值
consensus-verdict-stalls = 停滞：{ $runs } 次运行中有 { $n } 次达到最终性
consensus-verdict-healthy = 健康：{ $runs } 次运行中有 { $n } 次最终确定，平均 { $mean } 轮
consensus-verdict-line = { $validators } 个验证者，{ $compromised } 个被攻破（{ $pct }%），K = { $k }，alpha = { $alpha }
consensus-subnet-primary = 主网络
consensus-subnet-primary-purpose = 平台、交换和合约；所有验证者都参与
consensus-subnet-defi = DeFi 子网
consensus-subnet-defi-purpose = 快速出块，并有自己的 gas 代币用于交易
consensus-subnet-gaming = 游戏子网
consensus-subnet-gaming-purpose = 玩家免费交易，自定义 VM
consensus-subnet-enterprise = 企业子网
consensus-subnet-enterprise-purpose = 用于资产结算的许可制验证者
consensus-subnet-data = 数据子网
consensus-subnet-data-purpose = 用于存储证明的非 EVM 虚拟机
consensus-chain-dex = DEX 链
consensus-chain-game = 游戏链
consensus-chain-items = 道具链
consensus-chain-settlement = 结算链
consensus-chain-storage = 存储链
consensus-vm-platform = Platform VM（验证者、子网）
consensus-vm-avalanche = Avalanche VM（资产交换）
consensus-vm-contracts = EVM（合约）
consensus-vm-permissioned = EVM（许可制）
consensus-vm-custom = 自定义 VM
consensus-tradeoff-subnet = 子网：自己的安全性
consensus-tradeoff-subnet-text = 自行选择 VM、gas 代币以及谁可以验证。安全性取决于子网自己的验证者；一组小规模的验证者运行成本低，攻击成本也低。
consensus-tradeoff-rollup = Rollup：继承的安全性
consensus-tradeoff-rollup-text = 交易在链下执行，但由 L1 的验证者裁决争议：只需一个诚实的挑战者加上 L1 就足够。代价是：L1 的规则、L1 的数据费用，以及提款最终确定前的挑战期。

## The narration (live region, embeds, the CLI) and the link notices
consensus-narration-share = { $pct }% 偏好{ $colour }
consensus-narration-running = 第 { $round } 轮：{ $shares }；{ $honest } 个诚实节点中有 { $finalised } 个已最终确定
consensus-narration-finalised-colour = 第 { $round } 轮：所有诚实节点都最终确定了{ $colour }
consensus-narration-finalised = 第 { $round } 轮：所有诚实节点都已最终确定
consensus-narration-stalled = 第 { $round } 轮：停滞，{ $honest } 个诚实节点中有 { $finalised } 个已最终确定
consensus-narration-safety-violation = { $line }。安全性违规：诚实节点最终确定了不同的颜色
consensus-narration-compare-part = { $protocol }：{ $honest } 个中 { $finalised } 个已最终确定
consensus-narration-compare = 第 { $round } 轮：{ $parts }
consensus-narration-experiment = { $total } 次运行中已完成 { $done } 次：{ $finalised } 次最终确定，{ $stalled } 次停滞，{ $violations } 次安全性违规
consensus-narration-subnets = 子网与主网络
consensus-notice-defaults = { $rule }；{ $params } 改用默认值
consensus-notice-at = at = { $at } 会在加载时重放 { $nodes } 个节点的 { $at } 轮；改为在第 { $round } 轮打开

## The parameters' rules (src/sim/consensus/params.rs: the parameters panel's
## error line and the link notices)
consensus-rule-nodes = nodes = { $nodes }：必须介于 { $min } 和 { $max } 之间
consensus-rule-batch-samples = nodes x K = { $nodes } x { $k }：最多保存 { $max } 个抽样对等节点（约 250 MB）
consensus-rule-k-positive = K = { $k }：不满足规则 0 < K
consensus-rule-k-max = K = { $k }：模型最多允许 { $max }（avalanchego 的默认值为 20）
consensus-rule-k-nodes = K = { $k }，nodes = { $nodes }：不满足规则 K <= nodes - 1（节点抽样 K 个不同的对等节点，从不包括自己）
consensus-rule-alpha-pref = K = { $k }，AlphaPreference = { $ap }：不满足规则 K/2 < AlphaPreference
consensus-rule-alpha-order = AlphaPreference = { $ap }，AlphaConfidence = { $ac }：不满足规则 AlphaPreference <= AlphaConfidence
consensus-rule-alpha-conf = K = { $k }，AlphaConfidence = { $ac }：不满足规则 AlphaConfidence <= K
consensus-rule-beta = Beta = { $beta }：不满足规则 0 < Beta
consensus-rule-m = Slush 轮数 m = 0：不满足规则 0 < m
consensus-rule-colours = colours = { $colours }：必须介于 2 和 { $max } 之间
consensus-rule-split = split = { $split }：必须介于 0 和 1 之间
consensus-rule-byzantine = 拜占庭节点比例 = { $byzantine }：必须不小于 0 且小于 1
consensus-rule-no-honest = 拜占庭节点比例使得没有诚实节点
consensus-rule-drop = drop = { $drop }：必须不小于 0 且小于 1
consensus-rule-max-rounds = 最大轮数 = 0：必须至少为 1
