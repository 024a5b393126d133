# Chain Lab：首页。

home-lede = 区块链基础设施究竟如何运作，做成可以播放、暂停、单步执行和重放的实时模拟。每次运行都有种子：同一个链接在任何机器上都给出同样的运行。
sim-consensus-title = 抽样共识
sim-consensus-line = Avalanche 的 Slush、Snowflake 和 Snowball：节点反复随机询问少数几个对等节点，直到整个网络达成一致；以及其中少数说谎者能造成什么影响。
sim-rollup-title = 乐观 Rollup
sim-rollup-line = Arbitrum 式的批次，经 Brotli 压缩后发布到以太坊；6.4 天的挑战窗口；以及一步步缩小范围、最终只需 L1 执行一步的欺诈证明。注入一个错误的状态根，看它被抓住，或者在没有验证者监视时成为最终结果。
sim-swap-title = 原子交换
sim-swap-line = 两条链、两个哈希时间锁合约和一个秘密：双方都遵守协议时，两边要么都完成结算，要么都不结算。七个场景展示有人中途停下、作弊或动作太慢时会发生什么。
sim-stablecoin-title = 稳定币死亡螺旋
sim-stablecoin-line = Terra 的市场模块通过铸造和销毁来维持锚定，直到一场挤兑把它变成死亡螺旋：实时呈现这个反馈循环，并与 2022 年 5 月的真实历史并列对照。
sim-validators-title = 权益证明验证者
sim-validators-line = 质押、奖励、罚没与集中度，以及质押代币崩盘时的连锁反应。
