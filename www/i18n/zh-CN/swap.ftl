# Chain Lab：原子交换页面（src/ui/swap.rs、src/ui/swap/*.rs）、
# 其场景与结果（src/sim/swap/scenario.rs）、旁白和提示。

## 页面
swap-title = 原子交换
swap-subtitle = 两条链，两个哈希时间锁合约，一个秘密
swap-scenarios-label = 场景
swap-scenario-modified = 从“{ $scenario }”开始，并在面板中修改了设置：结果取决于模型如何处理这些设置。按该场景的按钮可恢复原设置。
swap-expected-outcome = 预期结果：
swap-status = { $outcome } · 已出 { $blocks } 个区块 · 当前 { $time }
swap-timeline-label = 两条链在同一时间轴上，显示交换的交易、时间锁和当前时刻
swap-diagram-a-title = Alice 在链 A 上的合约：凭秘密付给 Bob
swap-diagram-b-title = Bob 在链 B 上的合约：凭秘密付给 Alice
swap-from-height = 自高度 { $height } 起
swap-from-time = 自时刻 { $time } 起
swap-refund-to-alice = { $from }，退给 Alice
swap-refund-to-bob = { $from }，退给 Bob
swap-redeem-before = 在 { $time } 之前
swap-secret-label = 秘密（{ $bytes } 字节，在 Alice 赎回之前只有她知道）：
swap-digest-label = 两个合约中的 SHA-256 摘要：
swap-secret-public = 秘密已公开：一笔携带它的赎回交易已被广播。
swap-secret-private = 秘密仍未公开。
swap-balances-label = 双方在两条链上的余额随时间的变化
swap-balance-chart = 余额图
swap-what-happened = 发生了什么

## 场景与结果
swap-scenario-happy-path = 顺利路径
swap-scenario-participant-never-locks = Bob 始终不锁定
swap-scenario-initiator-never-redeems = Alice 始终不赎回
swap-scenario-misordered-timelocks = 时间锁顺序错误
swap-scenario-participant-offline = Bob 掉线
swap-scenario-wrong-secret-length = 33 字节的秘密
swap-scenario-congestion = 链 A 拥堵
swap-scenario-happy-path-desc = Alice 在链 A 上锁定 1 BTC，为期 48 小时；确认之后，Bob 在链 B 上以同一摘要锁定 15 ETH，为期 24 小时。Alice 在 B 上赎回，从而把秘密公布到链上；Bob 复制秘密，在 Alice 的时间锁到期之前很久就在 A 上赎回。
swap-scenario-participant-never-locks-desc = Alice 锁定了，但 Bob 始终没有锁定他那一方。Alice 什么也没有透露，所以她只需等到自己 48 小时的时间锁到期，然后取回退款。
swap-scenario-initiator-never-redeems-desc = 双方都锁定了，但 Alice 始终不赎回，所以秘密始终没有出现。Bob 在他 24 小时的时间锁到期后退款，Alice 在她 48 小时的时间锁到期后退款。
swap-scenario-misordered-timelocks-desc = Bob 的时间锁（48 小时）比 Alice 的（24 小时）更长。Alice 的时间锁一到期，她就取回自己的币，然后在 36 小时赎回 Bob 的币：秘密到达 Bob 时，Alice 的合约已经空了。
swap-scenario-participant-offline-desc = Bob 锁定后，从 2 小时到 60 小时掉线。在 6 小时，Alice 赎回他的币并公布了秘密，但 Bob 没有在看；到 48 小时，她的时间锁到期，她把自己的币也取了回来。
swap-scenario-wrong-secret-length-desc = Alice 的秘密有 33 字节，而 Bob 的合约不检查长度。Alice 在 B 上赎回，但 A 上的脚本要求 OP_SIZE 32，所以 Bob 复制的秘密永远无法赎回；Alice 在 48 小时退款。如果两条链都做这项检查，双方都无法赎回，双方都退款。
swap-scenario-congestion-desc = Bob 在秘密出现两小时后才做出反应。此时链 A 的区块已被出价更高的交易填满（从 3 小时起），所以他按正常手续费发出的赎回交易一直在内存池里等待，而他从未提高手续费。当 Alice 的时间锁到期时，她的退款交易出价更高（replace-by-fee）并被打包。
swap-outcome-pending = 进行中：仍有合约未结清
swap-outcome-nothing-locked = 没有交换：Bob 从未锁定，Alice 的币已回到她手中
swap-outcome-swapped = 已交换：双方各自赎回了对方的币
swap-outcome-both-refunded = 双方都已退款：没有交换，各方取回了自己的币
swap-outcome-initiator-lost = Alice 亏损：Bob 拿到了两边的币
swap-outcome-participant-lost = Bob 亏损：Alice 拿到了两边的币

## 旁白（实时区域）与网址提示
swap-narration-start = 区块 0：还什么都没有发生
swap-narration-event = { $time }：{ $text }
swap-narration-outcome = { $last }。结果：{ $outcome }
swap-notice-window = { $key } = { $raw } 不是以秒为单位的时间窗 FROM-UNTIL（FROM < UNTIL <= { $max }）；改用该场景的设置
swap-notice-params = { $problem }；改用“{ $scenario }”场景的参数

## 合约的状态机
swap-state-not-funded = 未注资
swap-state-locked = 已锁定
swap-state-redeemed = 已赎回
swap-state-refunded = 已退款
swap-edge-fund = 注资
swap-rule-redeem = 赎回：SHA-256(秘密) = 摘要
swap-rule-redeem-until = 赎回：SHA-256(秘密) = 摘要，{ $rule }
swap-rule-refund = 退款：{ $rule }
swap-diagram-aria = { $title }：{ $state }
swap-diagram-svg-aria = { $title }的状态机，当前为{ $state }

## 合约文本
swap-script-a-label = Alice 合约的比特币脚本
swap-contract-b-label = Bob 合约的 Solidity 代码
swap-script-heading = Alice 在类比特币链上的合约（BIP-199，带 decred 的长度检查）
swap-script-size = 秘密必须是 32 字节
swap-script-bob-pkh = Bob 的公钥哈希
swap-script-bob-redeems = Bob 凭秘密赎回
swap-script-refund-from = 仅在高度 { $locktime } 之上：从区块 { $first } 起
swap-script-alice-pkh = Alice 的公钥哈希
swap-script-alice-back = Alice 取回
swap-sol-heading = Bob 在类以太坊链上的合约（Solidity 风格）
swap-sol-after-start = 开始后 { $time }
swap-sol-may-refund = 可退款
swap-sol-may-redeem = 可赎回
swap-sol-no-length-check = 不检查长度：任何哈希正确的秘密都被接受
swap-sol-public = 从这里起秘密是公开的

## 时间线
swap-chain-a-like = 类比特币
swap-chain-b-like = 类以太坊
swap-tl-alice-offline = Alice 离线
swap-tl-bob-offline = Bob 离线
swap-tl-congested = 拥堵
swap-tl-block-every = 每 { $interval }一个区块
swap-tl-minutes = { $n } 分钟
swap-tl-seconds = { $n } 秒
swap-tx-lock = 锁定
swap-tx-redeem = 赎回
swap-tx-refund = 退款
swap-tl-tx = { $who } { $kind }
swap-tl-waiting = { $n } 笔等待中
swap-tl-refund-height = 自高度 { $height } 起可退款
swap-tl-refund-height-est = 自高度 { $height } 起可退款（估计）
swap-tl-refund-time = 自 { $time } 起可退款
swap-tl-now = 当前 { $time }

## 日程编辑器
swap-locks = 锁定
swap-redeems = 赎回
swap-refunds = 退款
swap-reaction-delay = 反应延迟（分钟）
swap-offline = 离线（小时，从-到）
swap-offline-placeholder = 例如 2-50
swap-redeem-at = 最早赎回时间（小时）
swap-redeem-at-placeholder = 尽快
swap-timelocks = 时间锁
swap-timelock-alice = Alice 的，在链 A 上（小时）
swap-timelock-bob = Bob 的，在链 B 上（小时）
swap-timelock-warning = Bob 的时间锁不比 Alice 的短：Alice 可以晚些赎回再退款，Bob 可能亏损。
swap-secret = 秘密
swap-secret-length = 长度（字节）
swap-checks-length = Bob 的合约检查长度
swap-alice-initiator = Alice（发起方）
swap-bob-participant = Bob（参与方）
swap-chains = 链
swap-a-block-time = A：出块时间（秒）
swap-a-jitter = A：随机出块间隔
swap-a-mempool = A：内存池延迟（秒）
swap-b-block-time = B：出块时间（秒）
swap-b-mempool = B：内存池延迟（秒）
swap-congestion = 拥堵（小时，从-到）
swap-congestion-placeholder = 无
swap-congested-chain = 拥堵的链
swap-chain-a-option = A（类比特币）
swap-chain-b-option = B（类以太坊）
swap-keeps-settings = 运行保留其最后一组有效设置。
swap-err-reaction = 反应延迟：0 到 20160 分钟
swap-err-redeem-at = 最早赎回时间：小时
swap-err-timelock-alice = Alice 的时间锁：小时，大于 0
swap-err-timelock-bob = Bob 的时间锁：小时，大于 0
swap-err-secret-length = 秘密长度：一个整数
swap-err-block-time = 出块时间：整秒数，大于 0
swap-err-mempool = 内存池延迟：整秒数
swap-err-window = 时间窗的格式是以小时为单位的 FROM-UNTIL，例如 2-50
swap-err-window-order = 时间窗的格式是以小时为单位的 FROM-UNTIL，且 FROM < UNTIL，例如 2-50

## 验证此配置
swap-verify-label = 验证此配置
swap-verify-button = 验证
swap-verify-checking = 正在检查每一种交错顺序…
swap-verify-hint = 针对此配置（时间按比例缩小），穷举双方操作与两条链出块的每一种顺序，并报告交换是否具有原子性，或给出一个不具有原子性的运行。
swap-verify-holds = ✓ 原子性成立
swap-verify-fails = ✗ 找到反例
swap-verify-stats = · { $states } 个状态，{ $transitions } 次转移，{ $ms } 毫秒
swap-property-alice = Alice 按计划行事就不会亏损：无论 Bob 做什么，她最终拿到自己的币或 Bob 的币
swap-property-bob = Bob 按计划行事就不会亏损：无论 Alice 做什么，他最终拿到自己的币或 Alice 的币
swap-property-atomic = 双方都按计划行事时，交换具有原子性：要么双方都赎回，要么都不赎回且没有币仍被锁定
swap-cx-broken = 被违反的性质：{ $property }。
swap-cx-loses = { $who } 亏损。逐步查看这次运行：
swap-cx-prev = ◀ 上一步
swap-cx-next = 下一步 ▶
swap-cx-position = 第 { $at } 步，共 { $n } 步
swap-cx-alice-title = 此步时 Alice 的合约（链 A）
swap-cx-bob-title = 此步时 Bob 的合约（链 B）
swap-cx-after-timelock = 时间锁到期后
swap-cx-before-timelock = 时间锁到期前
swap-cx-summary = 秘密已公开：{ $public } · Alice 的净收益 { $alice } · Bob 的净收益 { $bob }
swap-yes = 是
swap-no = 否

## 托管跨链桥
swap-bridge-label = 与托管跨链桥的比较
swap-bridge-heading = 通过托管跨链桥进行同一笔交易
swap-bridge-held = 跨链桥为所有用户托管的 BTC
swap-bridge-held-value = { $btc } BTC
swap-bridge-undo = 密钥已被盗：撤销
swap-bridge-steal = 盗取运营方的密钥
swap-bridge-atomic = 原子交换（本页）
swap-bridge-atomic-text = Alice 的 { $btc } BTC 只能凭秘密转给 Bob，或在时间锁到期后退回 Alice；Bob 的 { $eth } ETH 只能凭秘密转给 Alice，或稍后退回 Bob。没有其他人持有这两个合约的任何密钥。
swap-bridge-atomic-stolen = 密钥被盗：攻击者在这里什么也拿不走。没有任何运营方持有这两个合约的密钥；交换照常进行。
swap-bridge-atomic-cost = 代价：两条链的确认时间、双方都要在线，以及任何一方退出时要等到超时。
swap-bridge-custodial = 托管跨链桥
swap-bridge-custodial-text = Alice 把 { $btc } BTC 发送到跨链桥的托管地址，该地址由几个运营方的密钥控制（比如 9 个中的 5 个）。跨链桥在类以太坊链上铸造 { $btc } 个包装 BTC，Alice 在那里用一笔快速、便宜的交易把它卖给 Bob。
swap-bridge-custodial-stolen = 密钥被盗：攻击者提走跨链桥托管的全部 { $held } BTC，是所有人的，而不只是这笔交易的。另一条链上的每一个包装 BTC，包括 Bob 的，如今都没有任何支撑。
swap-bridge-custodial-cost = 更快也更方便，这就是大部分跨链交易量使用跨链桥的原因；但每个用户都要信任运营方的密钥。
swap-bridge-sources = 跨链桥确实这样被盗过：2022 年 3 月，攻击者拿到了 Ronin 跨链桥九个验证者密钥中的五个，该桥损失约 6 亿美元；2022 年 2 月，Wormhole 因一个让攻击者绕过签名验证的漏洞损失约 3.2 亿美元：没有密钥被盗，但托管的币同样被拿走了。

## 说明
swap-explain-look = 你看到的是什么
swap-explain-look-intro = Alice 在一条类比特币链上有币，想要 Bob 在一条类以太坊链上的币。双方互不信任，中间也没有任何人。Alice 选一个随机的 32 字节秘密，只把它的 SHA-256 摘要放进两个合约：
swap-explain-look-1 = Alice 在链 A 上把币锁进一个合约：Bob 出示秘密就付给 Bob，否则在一个较长的时间锁（这里是 48 小时，按链 A 的区块高度计）到期后退还给 Alice。
swap-explain-look-2 = 该锁定确认后，Bob 在链 B 上把币锁进一个摘要相同的合约：Alice 出示秘密就付给 Alice，否则在一个较短的时间锁（24 小时，按链 B 的区块时间戳计）到期后退还给 Bob。
swap-explain-look-3 = Alice 赎回 Bob 的合约。为此她必须在链 B 的一笔交易中公布秘密，任何人（包括 Bob）都能读到。
swap-explain-look-4 = Bob 从链 B 上复制秘密，在 Alice 较长的时间锁到期之前很久，就在链 A 上赎回 Alice 的合约。
swap-explain-look-end = 如果双方都遵守协议，双方都能赎回；如果在秘密公开之前有人中途停止，每个已注资的合约都会超时并退款。Alice 公开秘密之后，Bob 必须行动：时间锁的先后顺序让他有时间在 Alice 取回自己的币之前使用秘密，但前提是他在线，并且他的交易被打包。
swap-explain-try = 可以试试
swap-explain-try-1 = 用按钮运行每个场景，并用 → 单步前进，看每笔交易进入区块、每个合约改变状态。
swap-explain-try-2 = 把 Bob 的时间锁设得和 Alice 的一样长，然后按“验证”：检查器会找到一次运行，其中 Bob 及时行动却仍然亏损。
swap-explain-try-3 = 选择 33 字节的秘密，并取消勾选“Bob 的合约检查长度”：Alice 可以赎回 Bob 的币，但 Bob 复制的秘密被脚本的 OP_SIZE 32 拒绝。重新勾选：现在双方都无法赎回，双方都退款。
swap-explain-try-4 = 打开“Bob 掉线”：Alice 把赎回推迟到 Bob 离开之后，秘密在他看不到时出现，而她的退款在他回来之前就已开放。
swap-explain-try-5 = 在下方盗取跨链桥运营方的密钥，比较攻击者在两种设计中各能得到什么。
swap-explain-differ = 真实交换有何不同
swap-explain-differ-1 = 真实的交换会等待多个确认，因为区块可能被重组；本模型没有重组，所以这里一个确认就够了。
swap-explain-differ-2 = 比特币的 OP_CHECKLOCKTIMEVERIFY 可以按高度或 median-time-past 计时；以太坊的区块时间戳由提议者在一定范围内选定。本模型在 A 上使用精确的高度，在 B 上使用精确的时间戳。
swap-explain-differ-3 = 这里的拥堵只让支付两倍手续费的交易进入区块。Alice 的退款支付了这个费用，并替换掉 Bob 待处理的赎回；Bob 从不提高自己的手续费。真实的 Bob 会提高手续费（replace-by-fee、child-pays-for-parent），竞争会更加激烈。
swap-explain-differ-4 = 在锁定之前，真实的参与方会审核发起方的合约（decred 的工具有一个 auditcontract 命令）。这里的公钥及其哈希只是占位符；摘要和时间锁是本次运行的真实值。
swap-explain-sources = 来源：BIP-199（哈希时间锁合约脚本）；decred/atomicswap（48 小时和 24 小时的时间锁，32 字节秘密的长度检查）；Chain Lab reference/models.md §3。

## 事件日志（模型的经过，src/sim/swap/{agents,mining,contract}.rs）
swap-ev-timelock-b = Bob 的时间锁到期（{ $time }）：链 B 现在只接受他的退款
swap-ev-congested = 链 { $chain } 拥堵：其区块被出价更高的交易填满，交换交易至少要付正常手续费的 { $multiple }× 才能进入
swap-ev-congestion-clears = 链 { $chain } 的拥堵解除
swap-ev-offline = { $who } 离线直到 { $time }：什么也看不到，什么也不做
swap-ev-online = { $who } 重新上线
swap-ev-alice-holds-back = Alice 看到 Bob 的锁定已确认，把她的赎回推迟到 { $time }
swap-ev-alice-lock = Alice 广播她的锁定：把 { $coins } 放入摘要为 { $digest }… 的 BIP-199 脚本，自高度 { $height } 起可退款
swap-ev-alice-too-late = Alice 不赎回：赎回交易无法在 Bob 的时间锁（{ $time }）之前被打包
swap-ev-alice-redeem = Alice 在链 B 上广播她的赎回：这次调用携带了 { $bytes } 字节的秘密
swap-ev-alice-refund = Alice 的时间锁已到期：她在链 A 上广播退款（nLockTime { $locktime }）
swap-ev-bob-lock = Bob 看到 Alice 的合约已确认，广播他的锁定：以同一摘要锁定 { $coins }，自 { $time } 起可退款
swap-ev-bob-too-late = Bob 不再锁定：现在进行交换已经太晚
swap-ev-bob-redeem = Bob 从 Alice 在链 B 上的赎回中复制秘密，并在链 A 上广播他的赎回
swap-ev-bob-too-late-secret = Bob 在链 B 上读到了秘密，但 Alice 在链 A 上的合约已经退款：秘密对他已毫无价值
swap-ev-bob-too-late-secret-at = Bob 在链 B 上读到了秘密，但 Alice 在链 A 上的合约已于 { $time } 退款：秘密对他已毫无价值
swap-ev-bob-refund = Bob 在链 B 上广播他的退款
swap-ev-rbf = { $text }，支付 { $other } 对同一输出的待处理花费的 { $multiple }× 手续费，并在内存池中替换掉它（replace-by-fee）
swap-ev-replaced = { $tx }离开链 A 的内存池，被出价更高的花费替换
swap-ev-outbid = { $text }，支付 { $other } 待处理调用的 { $multiple }× 手续费，使区块优先打包它
swap-ev-spent-dropped = { $tx }离开链 A 的内存池：合约的输出已被花费
swap-ev-height-reached = 链 A 到达高度 { $height }：从下一个区块起，Alice 的退款有效（OP_CHECKLOCKTIMEVERIFY）
swap-ev-lock-mined = { $who } 的锁定在区块 { $block } 中被打包：{ $coins } 存入合约，{ $to } 凭秘密可取走，或自 { $from } 起退回 { $who }
swap-ev-redeem-mined = { $who } 的赎回在区块 { $block } 中被打包：{ $who } 收到 { $coins }
swap-ev-redeem-mined-public = { $who } 的赎回在区块 { $block } 中被打包：{ $who } 收到 { $coins }，秘密（{ $secret }…）现已在链 B 上公开
swap-ev-refund-mined = { $who } 的退款在区块 { $block } 中被打包：{ $coins } 退回 { $who }
swap-ev-invalid = { $tx }无效，没有区块会接受它：{ $why }
swap-ev-reverts = { $tx }在区块 { $block } 中被打包并回滚：{ $why }
swap-at-height = 高度 { $height }
swap-at-time = 时刻 { $time }
swap-txd-alice-lock = Alice 的锁定
swap-txd-alice-redeem = Alice 的赎回
swap-txd-alice-refund = Alice 的退款
swap-txd-bob-lock = Bob 的锁定
swap-txd-bob-redeem = Bob 的赎回
swap-txd-bob-refund = Bob 的退款
swap-why-funded = 合约已经注资
swap-why-never-funded = 合约里什么也没有：它从未被注资
swap-why-redeemed = 合约已被赎回：里面什么也不剩
swap-why-refunded = 合约已经退款：里面什么也不剩
swap-why-size-a = 秘密有 { $bytes } 字节：OP_SIZE 32 OP_EQUALVERIFY 失败，脚本只接受 32 字节的秘密
swap-why-hash-a = 秘密错误：OP_SHA256 <digest> OP_EQUALVERIFY 失败
swap-why-signature = 签名检查失败：只有 { $who } 能赎回
swap-why-length-b = require(secret.length == 32) 失败：秘密有 { $bytes } 字节
swap-why-hash-b = 秘密错误：sha256(secret) 不等于摘要
swap-why-only-redeem = 只有 { $who } 能赎回
swap-why-late = 太晚了：区块时间 { $time } 不早于时间锁 { $timelock }
swap-why-only-refund = 只有 { $who } 能退款
swap-why-not-reached = 时间锁未到（高度 { $height } <= { $locktime }）：nLockTime 为 { $locktime } 的退款从高度 { $first } 起才能被打包
swap-why-early = 太早了：区块时间 { $time } 早于时间锁 { $timelock }

## 验证：反例的各个步骤与抽象说明（src/sim/swap/verify/report.rs）
swap-vr-start-alice = 开始：Alice 按计划行事；Bob 可以做任何他能签名的事
swap-vr-start-bob = 开始：Bob 按计划行事；Alice 可以做任何她能签名的事，并选了一个 { $bytes } 字节的秘密
swap-vr-start-bob-a-refuses = 开始：Bob 按计划行事；Alice 可以做任何她能签名的事，并选了一个 { $bytes } 字节的秘密，链 B 接受它，但链 A 的脚本（OP_SIZE 32）拒绝它
swap-vr-start-bob-b-refuses = 开始：Bob 按计划行事；Alice 可以做任何她能签名的事，并选了一个 { $bytes } 字节的秘密，链 A 接受它，但链 B 拒绝它
swap-vr-start-bob-both-refuse = 开始：Bob 按计划行事；Alice 可以做任何她能签名的事，并选了一个 { $bytes } 字节的秘密，两条链都拒绝它
swap-vr-start-both = 开始：双方都按计划行事
swap-vr-alice-lock = Alice 在链 { $chain } 上广播她的锁定
swap-vr-alice-redeem = Alice 在链 { $chain } 上广播她的赎回，公开了秘密
swap-vr-alice-refund = Alice 在链 { $chain } 上广播她的退款
swap-vr-bob-lock = Bob 在链 { $chain } 上广播他的锁定
swap-vr-bob-redeem = Bob 用来自链 B 的秘密在链 { $chain } 上广播他的赎回
swap-vr-bob-refund = Bob 在链 { $chain } 上广播他的退款
swap-vr-mined = { $tx }被打包
swap-vr-fails = { $tx }失败（{ $why }）
swap-vr-fail-settled = 合约已经结清
swap-vr-fail-not-funded = 合约未注资
swap-vr-fail-funded = 已经注资
swap-vr-fail-secret = 秘密的长度被拒绝
swap-vr-fail-late = 太晚了：已过时间锁
swap-vr-fail-early = 时间锁未到
swap-vr-block-a = 链 A 的区块 { $n }
swap-vr-block-a-open = 链 A 的区块 { $n }（退款窗口已开放）
swap-vr-block-b = 链 B 在第 { $n } 个时间步的区块
swap-vr-block-b-timelock = 链 B 在第 { $n } 个时间步的区块（Bob 的时间锁在其中到期：之前赎回，之后退款）
swap-vr-block-b-past = 链 B 在第 { $n } 个时间步的区块（已过 Bob 的时间锁）
swap-vr-block = { $what }：{ $parts }
swap-vr-quiet-one = 过了一个与交换无关的区块（时间步 { $tick }，链 A 高度 { $height }）
swap-vr-quiet-many = 过了 { $n } 个与交换无关的区块（时间步 { $tick }，链 A 高度 { $height }）
swap-vr-quiet-span = 过了 { $n } 个与交换无关的区块（时间步 { $from } 到 { $tick }，链 A 高度 { $height }）
swap-vr-offline = { $who } 离线
swap-vr-waits = { $tx }在链 { $chain } 的内存池中等待
swap-vr-waits-congested = { $tx }在链 { $chain } 的内存池中等待（该链拥堵）
swap-vr-end-alice = 结束：Alice 既没有取回自己的币，也没有拿到 Bob 的币
swap-vr-end-bob = 结束：Bob 既没有取回自己的币，也没有拿到 Alice 的币
swap-vr-end = 结束
swap-vr-abs-time = 时间以 { $tick } 为一个时间步计数：Bob 的时间锁（{ $bob }）是 { $ticks } 个时间步，Alice 的（{ $alice }）是链 A 上的高度 { $height }，所以她的退款从区块 { $first } 起可以被打包。
swap-vr-abs-drift = 每条链每个时间步出一个区块：链 B 在时间步 k 的区块时间戳为 k，链 A 的高度最多可以领先或落后时间步 { $drift ->
       *[other] { $drift } 个区块
    }。
swap-vr-abs-drift-jitter = 每条链每个时间步出一个区块：链 B 在时间步 k 的区块时间戳为 k，链 A 的高度最多可以领先或落后时间步 { $drift ->
       *[other] { $drift } 个区块
    }（到时间锁为止，其随机出块时间的两个标准差）。
swap-vr-abs-react = 诚实的一方在看到所等待的事件后 { $alice ->
       *[other] { $alice } 个时间步
    }（Alice）/ { $bob ->
       *[other] { $bob } 个时间步
    }（Bob）内行动，其交易在其链的 { $blocks } 个区块内被打包，但在该链拥堵时不会；另一方可以让任何它能签名的交易在任意区块中（无论是否拥堵）先于诚实一方的交易被打包，或者什么也不做。
swap-vr-abs-offline = { $who } 从时间步 { $from } 到 { $until } 离线。
swap-vr-abs-congested = 链 { $chain } 从时间步 { $from } 到 { $until } 拥堵。
swap-vr-abs-last-block = 链 B 在时间步 { $tick } 的区块包含 Bob 的时间锁到期前的最后时刻和到期后的最初时刻：其中的赎回先于退款被打包。
swap-vr-abs-redeem-at = Alice 最早在时间步 { $tick } 赎回。
swap-vr-abs-never = 按照计划，Alice 从不赎回。
swap-vr-abs-redeem-by = 按照计划，Alice 最迟在时间步 { $tick } 广播她的赎回（与模拟中一样：仅当它仍能在 Bob 的时间锁之前进入区块时），随后它最迟在时间步 { $by } 被打包。
swap-vr-abs-cannot = 按照计划，Alice 从不赎回：Bob 的时间锁之前没有任何区块能接受它。
swap-vr-abs-secret-32 = Alice 的秘密是 32 字节，这是两个合约都接受的唯一长度。
swap-vr-abs-secret-checked = 按照计划，Alice 的秘密是 { $bytes } 字节；当她可以任意行事时，她也可以选一个 32 字节的秘密。
swap-vr-abs-secret-unchecked = 按照计划，Alice 的秘密是 { $bytes } 字节；当她可以任意行事时，她也可以选一个链 B 接受而链 A 的脚本（OP_SIZE 32）拒绝的长度。
swap-vr-abs-horizon = 每次运行都跟踪到时间步 { $tick }，或直到两个合约都结清；不计手续费。
swap-vr-abs-doubled = 时间步被加倍了 { $n ->
       *[other] { $n } 次
    }，使每次探索不超过 { $budget } 个状态。
