# Chain Lab：乐观 Rollup 页面（#/rollup）。译自英文源目录（docs/translating.md）；
# `{ $x }` 是代码传入的参数。

## 页头、状态行与故障
rollup-title = 乐观 Rollup
rollup-subtitle = Arbitrum 式：批次发布到以太坊，一个挑战窗口，一个欺诈证明缩小到单步
rollup-squeeze = 时间压缩：当只有挑战时钟在走时，至少以 1 天/秒播放（{ $blocks } 个区块的窗口为 { $span }）
rollup-status-line = L1 区块 { $block } · 自开始 { $time } · { $txs } 笔 L2 交易 · { $batches ->
       *[other] { $batches } 个批次
    }
rollup-status-wrong-final = 一个错误的状态根已经最终确定：没有诚实验证者在其窗口内发起挑战。
rollup-status-challenged = 断言 { $assertion } 正被验证者 { $validator } 挑战。
rollup-status-done = 每个断言都已最终确定或已回滚。
rollup-status-counts = { $finals } 个断言已最终确定，{ $pending } 个待定。
rollup-compressing-status = 压缩中…… 区块 { $block } 需要一个批次的真实 Brotli 大小，而 Brotli 模块仍在加载：它到达后运行会自动继续。
rollup-pipeline-label = Rollup 流水线：L2 用户、排序器、批次、Brotli、L1、挑战窗口、最终确定
rollup-faults-label = 故障
rollup-proposer = 提议者：
rollup-fault-wrong = 为批次 { $batch } 发布错误的状态根（给自己铸造 { $eth } ETH）。
rollup-fault-honest = 诚实。
rollup-honest-proposer = 诚实的提议者
rollup-inject-title = 提议者的下一个断言声称一个它给自己记入了 1,000 ETH 的状态
rollup-inject = 注入错误的状态根（批次 { $batch }）
rollup-honest-validators = 诚实验证者：
rollup-validator-n = 验证者 { $i }
rollup-mode-online = 在线
rollup-mode-offline = 离线
rollup-mode-late = 迟到
rollup-mode-remove = 移除
rollup-from-block = 起始区块
rollup-no-validator = 不会有诚实验证者在线：没有任何东西能阻止错误的状态根。

## 欺诈证明
rollup-fraud-proof = 欺诈证明
rollup-no-challenge = 尚无挑战。在上方注入一个错误的状态根：在线验证者会重新执行该批次并发起挑战，二分博弈会显示在这里。
rollup-dissection-label = 分割
rollup-bold-bisection = BoLD 二分
rollup-classic-40 = 40 路（经典 Nitro）
rollup-classic-nitro = 经典 Nitro
rollup-dispute-title = 欺诈证明（{ $protocol }）：断言 { $assertion }（批次 { $batch }）
rollup-dispute-intro = 验证者 { $validator } 根据 L1 上的数据重新执行了批次 { $batch }，得到了不同的状态根，于是在区块 { $block } 发起挑战。双方对批次之前的状态一致，对其 { $steps } 个 VM 步骤之后的状态有分歧（每笔转账七步：读取两个余额、检查、相减、相加、写回两个余额）。每一轮中，防守方在争议范围内发布 { $posts }，挑战方指出第一个其终点有争议的部分，范围随之缩小。
rollup-dispute-posts-bold = 1 个哈希（位于 BoLD 要求的 2 的幂次点）
rollup-dispute-posts-classic = 至多 { $hashes } 个哈希
rollup-dispute-protocol = 争议协议
rollup-bold-rounds = BoLD 二分：{ $n } 轮
rollup-classic-rounds = 40 路（经典 Nitro）：{ $n } 轮
rollup-rounds-legend = 每一轮中：蓝色条是整个执行轨迹中的争议范围（BoLD 下补齐到 2 的幂次）；下方的条带就是该范围，带有已发布的点（绿色：双方一致，红色：不一致），橙色为下一轮选中的部分。
rollup-dispute-next = 第 { $k } 轮，共 { $n } 轮：其动作在区块 { $at } 上链（当前 { $now }）。
rollup-dispute-one-wide = 范围只剩一步：L1 在区块 { $block } 执行第 { $step } 步。
rollup-track-whole = 完整（补齐后）的历史：第 0 步到第 { $n } 步
rollup-track-round = 本轮的范围：第 { $lo } 步到第 { $hi } 步
rollup-round = 第 { $i } 轮
rollup-round-head = · 区块 { $block } · 范围 [{ $lo }, { $hi }]（{ $len } 步）→ [{ $next_lo }, { $next_hi }]
rollup-round-padded = · 第 { $steps } 步之后，补齐的历史重复最后一个状态
rollup-pt-after = 该步之后
rollup-pt-challenger = 挑战方（诚实）
rollup-pt-defender = 防守方的声明
rollup-pt-more = …… 另有 { $n } 个点 ……
rollup-pt-agree = 一致
rollup-pt-differ = 不同
rollup-osp-title = 单步证明：L1 只执行第 { $step } 步
rollup-osp-instruction = 指令
rollup-osp-transfer = （批次中的第 { $transfer } 笔转账）
rollup-osp-before = 之前的共识状态
rollup-osp-matches = ✓ 与共识哈希一致
rollup-osp-no-match = ✗ 不一致
rollup-osp-result = L1 的结果
rollup-osp-challenger = 挑战方声明
rollup-osp-defender = 防守方声明
rollup-verdict-challenger = 防守方的声明是错误的。其 { $eth } ETH 的保证金被罚没，转给验证者 { $validator }。已回滚：{ $rolled }；验证者从批次 { $batch } 起重新断言真实的状态根，每个都有新的挑战窗口。
rollup-verdict-rolled = { $n ->
       *[other] 断言 { $ids }
    }
rollup-verdict-proposer = 防守方是对的：挑战方的保证金被罚没，断言保持有效。
rollup-rounds-why = BoLD 把 { $n } 步的历史补齐到 2^{ $h } = { $padded } 个叶子，并在 mandatoryBisectionHeight 处分割，因此每局博弈恰好 { $h } 轮。经典 Nitro 把一个范围切成 40 份，每份 floor(len/40) 步，最后一份取余数，直到范围只剩一步为止：这里是 { $classic } 轮。

## BoLD 面板
rollup-bold-title = BoLD：诚实方对抗任意数量的攻击者
rollup-bold-attackers = 攻击者
rollup-bold-heights = 高度
rollup-bold-reduced = 缩小：2^4、2^3、2^3
rollup-bold-arb1 = Arbitrum One：2^26、2^19、2^23
rollup-bold-pause = 暂停
rollup-bold-play = 进行博弈
rollup-bold-step = 单步
rollup-bold-edges-label = 各层级的 BoLD 边：诚实方为绿色，攻击者为橙红色；圆点是单步证明
rollup-bold-legend-honest = 诚实方的边（圆点：单步证明）
rollup-bold-legend-attackers = 攻击者的边 · 每个层级的边按长度排列，最长的在上
rollup-bold-level = { $name } 2^{ $log2 }
rollup-level-block = 区块
rollup-level-big-step = 大步
rollup-level-small-step = 小步
rollup-heights-sep = {"、"}
rollup-heights-block = 2^{ $log2 } 个区块
rollup-heights-big-step = 2^{ $log2 } 个大步
rollup-heights-small-step = 2^{ $log2 } 个小步
rollup-move = 第 { $k } 个动作，共 { $n } 个（区块 { $block }）：{ $who }在{ $level }层级{ $what }，高度 { $start } 到 { $end }。
rollup-move-at = 第 { $k } 个动作，共 { $n } 个（区块 { $block }）：{ $who }在{ $level }层级{ $what }，高度 { $start } 到 { $end }，分割点 { $mid }。
rollup-move-honest = 诚实方
rollup-move-attacker = 攻击者 { $i }
rollup-move-open = 开启一条边
rollup-move-bisect = 二分
rollup-move-refine = 开启一个子挑战
rollup-move-osp = 赢得一次单步证明
rollup-moves-press-play = 共 { $n } 个动作；请按“进行博弈”。
rollup-bold-none = 没有攻击者：无人与诚实断言竞争，因此它在确认期之后、于区块 { $block }（{ $days } 天）得到确认。
rollup-bold-attackers-post = { $n ->
       *[other] { $n } 个攻击者
    }
rollup-bold-proofs = { $n ->
       *[other] { $n } 次单步证明
    }
rollup-bold-summary = { $attackers }在区块 1 发布竞争断言（每个 { $stake } ETH），并在 { $heights }上开边。经过 { $moves } 个动作（{ $edges } 条边，其中 { $honest_edges } 条来自诚实方）和 { $proofs }之后，诚实边的累计计时器在区块 { $edge_block } 达到 { $period } 个区块的挑战期；再经过 { $grace } 个区块的宽限期，诚实断言在区块 { $block } 得到确认（{ $days } 天；本次运行的上限——诚实断言最先发布、每一步都同时进行——为 { $bound }）。质押：诚实方 { $honest_stake } ETH（退还），攻击者 { $malicious_stake } ETH（没收）。
rollup-delay-title = 确认诚实断言所需时间，按攻击者数量
rollup-delay-label = 诚实断言得到确认所需天数与攻击者数量的关系：经典 Nitro 随之增长，BoLD 保持不变
rollup-delay-days = { $d } 天
rollup-delay-attackers = 攻击者
rollup-delay-with = { $n ->
       *[other] 有 { $n } 个攻击者时
    }
rollup-delay-summary = { $with }：经典 Nitro 在 { $classic_days } 天后（区块 { $classic_block }）确认诚实断言，挑战一个接一个；BoLD 在 { $bold_days } 天后（区块 { $bold_block }），无论加入多少攻击者。
rollup-delay-note = 经典 Nitro：每个攻击者的挑战都有一个国际象棋式计时器，时长为 { $confirm } 个区块的确认期加 200 个区块，而一个诚实的质押者同一时间只能参与一个挑战，所以每多一个攻击者大约增加 { $clock } 天。BoLD：所有边同时交锋，计时器沿诚实路径累加，因此在这里，诚实断言最先发布、每一步同时进行时，它大约在开始后一个挑战期加 { $grace } 天宽限期时得到确认，无论攻击者有多少。协议的保证——无论攻击者和时机如何——至多是两个挑战期（一个用于发起争议，一个用于解决争议）加上宽限期。

## 表格
rollup-assertions-title = 断言及其挑战窗口
rollup-col-batch = 批次
rollup-col-by = 发布者
rollup-col-root = 状态根
rollup-col-posted = 发布于
rollup-col-window = 挑战窗口
rollup-col-status = 状态
rollup-st-waiting-parent = 等待其父断言
rollup-st-pending = 待定
rollup-st-challenged = 被挑战
rollup-st-final-wrong = 错误的状态根已最终确定
rollup-st-final = 已最终确定
rollup-st-rolled-back = 已回滚
rollup-by-proposer = 提议者
rollup-by-validator = 验证者 { $v }
rollup-root-wrong = 错误
rollup-window-left = 剩余 { $span }（{ $blocks } 个区块）
rollup-window-closed = 已关闭
rollup-bond = 保证金 { $eth } ETH
rollup-no-assertion = 尚无断言：第一个断言随第一个批次而来。
rollup-batches-title = L1 上的批次
rollup-col-block = 区块
rollup-col-closed = 关闭原因
rollup-col-txs = 交易数
rollup-col-raw = 原始字节
rollup-col-brotli = Brotli 字节
rollup-col-ratio = 压缩比
rollup-col-blob-gas = blob gas
rollup-col-l1-gas = L1 gas
rollup-col-gwei-tx = gwei/笔
rollup-closed-full = 已满
rollup-closed-delay = 最大延迟
rollup-blob-gas-cell = { $gas }（{ $blobs }）
rollup-blobs-n = { $n ->
       *[other] { $n } 个 blob
    }
rollup-compressing-row = { $txs } 笔交易，原始 { $bytes } 字节：压缩中……
rollup-total-one = 这 1 个批次
rollup-total-all = 全部 { $n } 个批次

## 流水线（画布）
rollup-stage-users = L2 用户
rollup-stage-tps = { $tps } 笔/秒
rollup-stage-accounts = { $n } 个账户
rollup-stage-sending = 还将发送 { $span }
rollup-stage-traffic-over = 流量已结束
rollup-stage-sequencer = 排序器
rollup-stage-txs = { $n } 笔
rollup-stage-ordered = 已排序、已执行
rollup-stage-root = 状态根 { $root }…
rollup-stage-batch = 批次
rollup-stage-raw = 原始 { $bytes } 字节
rollup-stage-age = 已等 { $age } / { $max }
rollup-stage-compressing = 压缩中……
rollup-stage-brotli-loading = Brotli 加载中
rollup-stage-bytes = { $raw } → { $compressed } 字节
rollup-stage-of-cap = 上限的 { $pct }%
rollup-stage-no-batch = 尚无批次
rollup-stage-l1 = L1（以太坊）
rollup-stage-block = 区块 { $block }
rollup-stage-posted = { $n ->
       *[other] 已发布 { $n } 个批次
    }
rollup-stage-blob-gas = { $gas } blob gas
rollup-stage-gas = { $gas } gas
rollup-stage-window = 挑战窗口
rollup-stage-open = { $n } 个未关闭
rollup-stage-ends = #{ $id } 剩余 { $span }
rollup-stage-challenged = #{ $id } 被挑战
rollup-stage-window-long = 长 { $blocks } 个区块
rollup-stage-window-blocks = { $blocks } 个区块
rollup-stage-final = 最终确定
rollup-stage-rolled = { $rolled } 个已回滚
rollup-stage-assertions = 个断言
rollup-stage-wrong-final = 错误状态根已确定

## 时长（天、小时、分、秒）
rollup-span-dh = { $d } 天 { $h } 小时
rollup-span-hm = { $h } 小时 { $m } 分
rollup-span-ms = { $m } 分 { $s } 秒
rollup-span-s = { $s } 秒

## 成本、负载扫描与日志
rollup-cost-compare = 截至目前每笔交易的发布成本：Rollup 上为 { $per_tx }，而仅用 L1 时一笔普通转账为 { $l1 } gwei（21,000 gas，单价 { $price } gwei）。仅用 L1 时每个区块可容纳 { $capacity } 笔转账（约 { $tps } 笔/秒）；在此负载下它会积压 { $backlog } 笔转账。
rollup-cost-no-batch = 尚无批次
rollup-cost-gwei = { $gwei } gwei
rollup-sweep-name = 负载扫描
rollup-sweep-title = 负载增长时：仅用 L1 对比 Rollup
rollup-sweep-running = 正在运行第 { $k } 个负载，共 { $n } 个……
rollup-sweep-run = 运行负载扫描
rollup-sweep-note = 用这些设置在 { $loads } 个负载（从 0.1 到 1,000 笔/秒）下运行，每个持续一个批次延迟或 30,000 笔转账，使用质量为 { $q } 的真实 Brotli。
rollup-sweep-stale = （图表对应的是其他设置：请重新运行。）
rollup-sweep-label = 吞吐量和每笔交易成本与提供负载的关系：仅用 L1 与 Rollup
rollup-log-title = 发生了什么
rollup-log-empty = L1 上还没有发生任何事：按“播放”，或按 → 单步前进到第一个批次。
rollup-log-block = 区块 { $block }

## 设置
rollup-settings = 设置
rollup-settings-note = 更改这些设置会重新开始运行。页面最多运行 { $most } 笔转账（负载 × 流量）；命令行工具（CLI）可运行任意规模。
rollup-set-tps = L2 负载，笔/秒
rollup-set-traffic = 流量，分钟
rollup-set-delay = 最大批次延迟，分钟
rollup-set-data = L1 上的数据
rollup-set-q = Brotli 质量
rollup-set-gas = L1 gas 价格，gwei
rollup-set-fork = 以太坊分叉
rollup-set-blobgas = 起始 blob 基础费用，gwei
rollup-set-demand = 其他用户的 blob，× 目标值
rollup-set-window = 挑战窗口，L1 区块数
rollup-data-auto = 自动：选每字节更便宜的（同 Nitro）
rollup-data-calldata-floor = calldata（EIP-7623 下限：每个 token 10 gas）
rollup-data-calldata = calldata（每字节 16/4 gas）
rollup-data-blobs = blob（EIP-4844）
rollup-q-11 = 11（Nitro，无积压）
rollup-q-6 = 6（Nitro，有积压时）
rollup-quality-hint = 在此负载下批次会填满到 100,000 字节的上限，而 Brotli 11 级压缩每个满批次约需一秒的 wasm 时间：压缩每个批次时播放会停顿。6 级（Nitro 积压时使用的级别）可以流畅播放。
rollup-fork = { $name }（自 { $since }）：{ $target }/{ $max } 个 blob
rollup-fork-today = { $name }（自 { $since }）：{ $target }/{ $max } 个 blob，当前
rollup-blob-fee-now = 当前 blob 基础费用：{ $fee } gwei（EIP-4844 的规则；其他用户每个区块发布 { $blobs } 个 blob，目标值为 { $target }）。
rollup-window-note = Arbitrum One：45,818 个区块 ≈ { $span }。一次分割动作需要 { $blocks } 个 L1 区块；一轮包含两次动作。

## 本次运行的设置说明
rollup-setup = 本次运行：争议协议为 { $protocol }；L1 数据成本按 { $fork }（自 { $since }）：每个区块目标 { $target } 个 / 最多 { $max } 个 blob，blob 基础费用更新系数 { $fraction }，{ $calldata }；数据以 { $data } 形式发布。
rollup-setup-today = 这是当前生效的分叉。
rollup-setup-bold = BoLD（Arbitrum One 自 2025 年 2 月起采用）：在补齐到 2 的幂次的历史上于 mandatoryBisectionHeight 处二分
rollup-setup-classic = 经典 Nitro（按 extractChallengeSegment 进行 { $arity } 路分割，1 对 1）
rollup-setup-data-auto = calldata 或 blob，取每字节更便宜者（同 Nitro 的批次发布器）
rollup-setup-calldata-floor = calldata 每个 token 至少 10 gas（EIP-7623）
rollup-setup-calldata-old = calldata 每字节 16/4 gas（EIP-7623 之前）

## 说明
rollup-explain-look-title = 你看到的是什么
rollup-explain-look-1 = 乐观 Rollup 在主链之外执行交易，只用以太坊（L1）存储交易数据和解决争议。这里，32 个账户之间的 L2 转账按你选择的速率到达；排序器立即对其排序并执行。批次发布器将它们序列化（每笔 14 字节），像 Arbitrum Nitro 一样用 Brotli 压缩批次，并在批次将超过上限（calldata 为 100,000 个压缩字节，每个 blob 为 130,048 字节）或其第一笔交易已等待了最大延迟时发布到 L1。与 Nitro 的发布器一样，它把每个批次放在每字节更便宜的地方：按当前 blob 基础费用放入 blob，或放入 calldata——自 Pectra（EIP-7623）起，calldata 每个 token 至少支付 10 gas（每个非零字节 40 gas）。本页上的每个大小、压缩比和 gas 数字都来自对本次运行真实字节的压缩；每个状态根都是基于余额的真实 Merkle 根（SHA-256）。
rollup-explain-look-2 = 每个批次发布时，提议者都会附带保证金发布一个断言，即该批次之后的状态根。L1 上没有人检查它。只有当它的挑战窗口（45,818 个 L1 区块，约 6.4 天）过去且没有成功的挑战时，它才会最终确定。任何诚实的验证者都可以根据 L1 上的数据重新执行该批次，如果得到的状态根不同，就发起挑战。
rollup-explain-look-3 = 挑战是一场围绕批次执行轨迹的博弈。双方对批次之前的状态一致，对之后的状态有分歧。每一轮中，防守方在争议范围内的若干点上发布状态哈希；挑战方指出第一个其终点有争议的部分。BoLD 是默认协议（Arbitrum One 自 2025 年 2 月起采用），它把历史补齐到 2^h 步，并在 mandatoryBisectionHeight（一个 2 的幂次点）处分割每个范围：N 步恰好需要 h = ceil(log2 N) 轮。经典 Nitro 的 40 路分割（extractChallengeSegment）把一个范围切成 40 份，每份 floor(len/40) 步，最后一份取余数，每轮 39 个哈希；所需轮数取决于争议步骤所在的位置。当范围只剩一步时，L1 从共识状态执行这一步，看谁是对的。L1 从不重新执行整个批次，只执行一条指令。败方的保证金被罚没；错误的断言以及建立在它之上的所有断言都会被回滚。
rollup-explain-look-4 = 安全性要求在窗口期内至少有一个诚实的验证者在线。如果一个都没有，就没有任何东西能阻止错误的状态根：它会被最终确定，铸造出的代币和其他代币一样真实。很少有同类演示展示这种情况；把验证者设为离线，亲自看看。
rollup-explain-try-title = 试一试
rollup-explain-try-1 = 按下“注入错误的状态根”并播放。提议者在下一个批次的状态根中给自己记入 1,000 ETH；在线验证者在该断言上链的同一区块发起挑战，二分过程把该批次的 8,400 个 VM 步骤（1,200 笔转账，每笔七步）缩小到提议者状态首次出现差异的那一个 STORE，恰好用 14 轮：BoLD 把 8,400 步补齐到 2^14 = 16,384。
rollup-explain-try-2 = 切换到 40 路（经典 Nitro）：3 轮而不是 14 轮（先分成 210 步的份，再分成 5 步的份），代价是每次动作 39 个哈希而不是一个。
rollup-explain-try-3 = 把所有验证者设为离线，注入故障，并在开启时间压缩的情况下播放：窗口的 6.4 天过后，错误的状态根被最终确定。然后试试“迟到”，分别设在窗口结束之前和之后的某个区块。
rollup-explain-try-4 = 把负载提高到 100 笔/秒（使用 Brotli 6 级，以保持播放流畅）：批次在距 100,000 字节上限不到几个百分点时满额关闭，每笔交易的成本降到远低于 L1 上 21,000 gas 的百分之一。运行负载扫描，查看两条曲线。
rollup-explain-try-5 = 把 Brotli 质量从 11 降到 6（Nitro 的发布器落后时使用的级别）：压缩速度快约五倍，但在 100 笔/秒时压缩比从约 3.1× 降到 2.5×，因此每个满批次承载的交易少了约五分之一，每笔交易的成本更高。把发布器切换为 calldata，或在分叉选择器中选择 Cancun（calldata 下限之前），看看 EIP-7623 改变了什么；把其他用户的 blob 需求提高到目标值的 1× 以上，观察 blob 基础费用上涨，直到发布器改用 calldata。
rollup-explain-model-title = 模型与当今 Arbitrum 的不同之处
rollup-explain-model-1 = BoLD。上面的欺诈证明是一个验证者对一个提议者，针对一个批次的执行轨迹，按 BoLD 的方式二分。BoLD 面板以符号方式演示全员对全员的博弈本身：三个层级（Arbitrum One：2^26 个区块、2^19 个大步、2^23 个小步；或缩小的规模），历史以补齐到 2 的幂次的 Merkle 根表示，累计计时器和 14,400 个区块的宽限期，每个断言质押 3,600 ETH，每条大步边和小步边分别质押 555 和 79 ETH（nitro-contracts scripts/files/configs/arb1.ts）。在模型中，各方同时应答且资金永不耗尽；现实中各方每次动作都要支付 gas，真实的小额质押逐条边退还。
rollup-explain-model-2 = blob 与费用。blob 基础费用遵循 EIP-4844 的规则以及 EIP-7918 的保留价格（在 BPO 分叉上），其他用户的需求为恒定速率；执行层基础费用是固定设置（没有 EIP-1559 的变动）。
rollup-explain-model-3 = 这里的批次是不带签名的 14 字节转账；真实批次承载经过签名和 RLP 编码的交易，其 65 字节的签名无法压缩，因此真实的压缩比低于这里的数值。
rollup-explain-model-4 = Arbitrum 大约每小时针对许多批次发布一次断言；模型每个批次发布一个断言。逐批次运行中的保证金固定为 1 ETH；BoLD 面板使用 Arbitrum One 的真实质押额。
rollup-explain-model-5 = Nitro 的发布器根据积压情况选择 Brotli 级别：跟得上时用 11，落后 21 个批次起用 6，落后 61 个起用 4（以 6 重新压缩）（arbnode/compression_level.go）。这个发布器从不落后，所以默认是 11；质量设置让你在大小和速度之间取舍。
rollup-explain-model-6 = 单步证明获得完整的（很小的）先前状态；真实的 Nitro 只用 Merkle 证明来证明被访问的内存，并执行一条 WebAssembly（WAVM）指令。L1 执行层 gas 价格是一个设置，仅用 L1 时价格也不会随积压增长而上涨。
rollup-explain-sources = 来源：Chain Lab reference/models.md §2；Offchain Labs，“Arbitrum Nitro: a second-generation optimistic rollup”（2022）；Arbitrum 文档：batch poster（Brotli，MaxSize 100,000）、挑战期 45,818 个区块、BoLD；OffchainLabs/nitro arbnode/batch_poster.go 与 compression_level.go；EIP-2028（calldata gas 16/4）；EIP-7623（calldata 下限）；EIP-4844（blob，fake_exponential）；EIP-7691（Prague 6/9）；EIP-7892（BPO 分叉：BPO1 10/15，BPO2 14/21）；EIP-7918（blob 保留价格）；OffchainLabs/nitro-contracts（ChallengeLib.sol、EdgeChallengeManagerLib.sol、RollupUserLogic.sol、arb1.ts）以及 OffchainLabs/bold。

## 旁白（实时播报区域、日志的最后一行）
rollup-nar = 区块 { $block }（{ $time }）：{ $parts }。
rollup-nar-batch = 批次 { $batch } 已发布，含 { $txs }，原始 { $raw } 字节，压缩后 { $compressed } 字节（压缩比 { $ratio }），{ $gas }，每笔交易 { $cost } gwei
rollup-nar-sep = {"；"}
rollup-nar-txs = { $n ->
       *[other] { $n } 笔交易
    }
rollup-nar-blob-gas = { $gas } blob gas
rollup-nar-l1-gas = { $gas } L1 gas
rollup-nar-proposer = 提议者
rollup-nar-validator = 验证者 { $v }
rollup-nar-true-root = 真实的状态根
rollup-nar-true-roots = 真实的状态根
rollup-nar-wrong-root = 一个错误的状态根
rollup-nar-wrong-roots = 错误的状态根
rollup-nar-posts = { $who } 发布{ $ids }，附带{ $root }
rollup-nar-assertion = 断言 { $id }
rollup-nar-assertions-range = 断言 { $first } 到 { $last }
rollup-nar-assertions-list = 断言 { $list }
rollup-nar-challenge = 验证者 { $v } 挑战断言 { $a }：在该批次的 { $steps } 个 VM 步骤上进行 { $rounds } 轮 { $arity } 路分割
rollup-nar-round = 第 { $k } 轮分割（共 { $n } 轮）：争议范围缩小到第 { $lo } 步到第 { $hi } 步
rollup-nar-wrong-claim = L1 执行第 { $step } 步（{ $op }）：提议者的声明是错误的，其 { $eth } ETH 保证金归验证者 { $v }
rollup-nar-wrong-claim-rolled = L1 执行第 { $step } 步（{ $op }）：提议者的声明是错误的，其 { $eth } ETH 保证金归验证者 { $v }，{ $ids } 已回滚
rollup-nar-right-claim = L1 执行第 { $step } 步（{ $op }）：提议者是对的，验证者 { $v } 失去其保证金
rollup-nar-final = { $ids } 已最终确定
rollup-nar-wrong-final = { $ids } 带着错误的状态根被最终确定：没有人及时挑战
rollup-nar-filling = 批次 { $batch } 填充中：{ $txs }，原始 { $raw } 字节，第一笔已等待 { $age }
rollup-nar-no-batch = 尚无批次；L2 交易以每秒 { $tps } 笔的速度到达
rollup-nar-nothing = L1 上没有新情况
rollup-nar-window = 断言 { $id } 的挑战窗口已过去 { $pct }%，剩余 { $left }
rollup-nar-assertions-n = { $n ->
       *[other] { $n } 个断言
    }
rollup-nar-over = 运行结束：{ $all } 中有 { $finals } 个已最终确定
rollup-nar-over-wrong = 运行结束：{ $all } 中有 { $finals } 个已最终确定，其中有一个错误的状态根

## 关于链接设置的提示
rollup-notice-val = val：已忽略 { $bad }（至多 { $most } 项，每项为 on、off 或 late:区块号）
rollup-notice-traffic = tps × traffic = { $txs } 笔转账；页面最多运行 { $most } 笔（命令行 `chainlab rollup` 可运行更多）；改用默认流量
rollup-notice-defaults = { $error }；改用页面的默认设置
rollup-notice-at = at = { $at } 会在加载时以质量 { $q } 压缩 { $txs } 笔转账；改为从区块 { $cap } 打开

## 模型的日志（“发生了什么”）
rollup-ev-batch-full = 批次 { $index } 已发布（已满）：{ $txs } 笔交易，原始 { $raw } 字节 -> Brotli { $compressed } 字节（{ $ratio }x），{ $gas } gas{ $blobs ->
        [0] {""}
       *[other] {" + "}{ $blobs } 个 blob
    }
rollup-ev-batch-delay = 批次 { $index } 已发布（最大延迟）：{ $txs } 笔交易，原始 { $raw } 字节 -> Brotli { $compressed } 字节（{ $ratio }x），{ $gas } gas{ $blobs ->
        [0] {""}
       *[other] {" + "}{ $blobs } 个 blob
    }
rollup-ev-assertion-proposer = 提议者为批次 { $batch } 发布断言 { $id }：状态根 { $root }…，窗口在区块 { $end } 结束
rollup-ev-assertion-proposer-wrong = 提议者为批次 { $batch } 发布断言 { $id }：状态根 { $root }…（错误），窗口在区块 { $end } 结束
rollup-ev-assertion-validator = 验证者 { $v } 为批次 { $batch } 发布断言 { $id }：状态根 { $root }…，窗口在区块 { $end } 结束
rollup-ev-assertion-validator-wrong = 验证者 { $v } 为批次 { $batch } 发布断言 { $id }：状态根 { $root }…（错误），窗口在区块 { $end } 结束
rollup-ev-challenge = 验证者 { $v } 挑战断言 { $id }（批次 { $batch }）：执行轨迹 { $steps } 步，{ $rounds } 轮 { $arity } 路分割（二分 { $binary } 轮，40 路 { $d40 } 轮）；在区块 { $at } 进行证明
rollup-ev-osp-right = 单步证明：L1 执行第 { $step } 步（第 { $transfer } 笔转账的 { $op }），得到 { $hash }…；提议者是对的
rollup-ev-osp-wrong = 单步证明：L1 执行第 { $step } 步（第 { $transfer } 笔转账的 { $op }），得到 { $hash }…；提议者的声明是错误的
rollup-ev-rolled-back = 提议者的 { $bond } gwei 保证金被罚没，转给验证者 { $v }；断言 { $ids } 已回滚
rollup-ev-final = 断言 { $id }（批次 { $batch }）已最终确定
rollup-ev-invalid-final = 断言 { $id }（批次 { $batch }）带着错误的状态根被最终确定：没有人挑战它

## Playback speeds (the time controls)
rollup-speed-1b = 1 区块/秒（12 秒/秒）
rollup-speed-1m = 1 分钟/秒
rollup-speed-3m = 3 分钟/秒
rollup-speed-10m = 10 分钟/秒
rollup-speed-1h = 1 小时/秒
rollup-speed-1d = 1 天/秒
rollup-speed-max = 尽可能快
